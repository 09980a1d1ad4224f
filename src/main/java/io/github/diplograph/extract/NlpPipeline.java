package io.github.diplograph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP, configured for what the extractor needs and nothing more: tokens, sentences,
 * part-of-speech tags, lemmas and the three-class CRF named-entity model (PERSON, LOCATION,
 * ORGANIZATION). Countries, titles, dates and relations come from our own rules on top, which are
 * faster and more precise for this domain than CoreNLP's fine-grained NER and SUTime.
 * Loading the models takes seconds, so there is one pipeline per process; it is thread-safe.
 */
public final class NlpPipeline {

    /** One pipeline per NER setting and process: loading the models takes seconds and hundreds of MB. */
    private static final java.util.Map<Boolean, NlpPipeline> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    private final StanfordCoreNLP pipeline;

    private NlpPipeline(boolean ner) {
        // CoreNLP announces every model it loads on stderr; users should not see that.
        RedwoodConfiguration.current().clear().apply();
        Properties props = new Properties();
        // Without the statistical NER (rules only) is there to measure what it adds.
        props.setProperty("annotators", ner ? "tokenize,ssplit,pos,lemma,ner" : "tokenize,ssplit,pos");
        props.setProperty("tokenize.language", "en");
        props.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true,ptb3Escaping=false");
        // Paragraph and line breaks always end a sentence: headlines and captions have no full stop.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.statisticalOnly", "true");
        pipeline = new StanfordCoreNLP(props);
    }

    public static NlpPipeline get(boolean ner) {
        return SHARED.computeIfAbsent(ner, NlpPipeline::new);
    }

    /** Splits and tags {@code text}; offsets refer to {@code text}. */
    public List<Sentence> analyse(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int previousEnd = 0;
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(t.originalText(), t.beginPosition(), t.endPosition(), t.tag(), t.lemma(), t.ner()));
            }
            if (tokens.isEmpty()) {
                continue;
            }
            int begin = tokens.get(0).begin();
            int end = tokens.get(tokens.size() - 1).end();
            if (text.substring(previousEnd, begin).contains("\n\n") || sentences.isEmpty()
                    || text.substring(previousEnd, begin).contains("\n")) {
                paragraph += sentences.isEmpty() ? 0 : 1;
            }
            previousEnd = end;
            sentences.add(new Sentence(sentences.size(), begin, end, text.substring(begin, end), List.copyOf(tokens), paragraph));
        }
        return sentences;
    }
}
