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
 * Stanford CoreNLP, configured for what the extractor needs and nothing more: tokens and sentences over
 * the whole text; part-of-speech tags only on the sentences where a rule reads them, and the three-class CRF named-entity
 * model (PERSON, LOCATION, ORGANIZATION) only around capitalised words ({@link SentenceFilter}); no lemmas (no rule
 * reads them). Countries, titles, dates and relations come from our own rules on top, which are faster
 * and more precise for this domain than CoreNLP's fine-grained NER and SUTime.
 * Loading the models takes seconds, so there is one pipeline per process; it is thread-safe.
 */
public final class NlpPipeline {

    /** One pipeline per NER setting and process: loading the models takes seconds and hundreds of MB. */
    private static final java.util.Map<Boolean, NlpPipeline> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Tokens and sentences, over the whole text. */
    private final StanfordCoreNLP split;
    /** Part of speech, run only on the sentences {@link SentenceFilter#needsPos} picks. */
    private final StanfordCoreNLP pos;
    /** The 3-class CRF, run only on the stretches {@link SentenceFilter#nerStretches} picks; null without NER. */
    private final StanfordCoreNLP ner;

    private NlpPipeline(boolean ner) {
        // CoreNLP announces every model it loads on stderr; users should not see that.
        RedwoodConfiguration.current().clear().apply();
        Properties props = new Properties();
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
        // The taggers run on a subset of the sentences that tokenize/ssplit made; lemmas are read by no rule,
        // and the 3-class model uses no part-of-speech features.
        props.setProperty("enforceRequirements", "false");
        split = pipeline(props, "tokenize,ssplit");
        pos = pipeline(props, "pos");
        // Without the statistical NER (rules only) is there to measure what it adds.
        this.ner = ner ? pipeline(props, "ner") : null;
    }

    private static StanfordCoreNLP pipeline(Properties base, String annotators) {
        Properties props = new Properties();
        props.putAll(base);
        props.setProperty("annotators", annotators);
        return new StanfordCoreNLP(props);
    }

    public static NlpPipeline get(boolean ner) {
        return SHARED.computeIfAbsent(ner, NlpPipeline::new);
    }

    /** Splits and tags {@code text}; offsets refer to {@code text}. */
    public List<Sentence> analyse(String text) {
        Annotation annotation = new Annotation(text);
        split.annotate(annotation);
        List<CoreMap> all = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> forPos = new ArrayList<>();
        List<CoreMap> forNer = new ArrayList<>();
        for (CoreMap s : all) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(t.originalText(), t.beginPosition(), t.endPosition(), null, null, null));
            }
            if (SentenceFilter.needsPos(tokens)) {
                forPos.add(s);
            }
            if (ner != null) {
                forNer.addAll(stretches(s, SentenceFilter.nerStretches(tokens, ReferenceData.get())));
            }
        }
        annotateSome(pos, text, forPos);
        annotateSome(ner, text, forNer);
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int previousEnd = 0;
        for (CoreMap s : all) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                String nerClass = t.ner() == null && ner != null ? "O" : t.ner();
                tokens.add(new Token(t.originalText(), t.beginPosition(), t.endPosition(), t.tag(), t.lemma(), nerClass));
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

    /** The stretches of a sentence as sentences of their own, sharing its tokens (tagged in place). */
    private static List<CoreMap> stretches(CoreMap sentence, List<int[]> ranges) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (ranges.size() == 1 && ranges.get(0)[0] == 0 && ranges.get(0)[1] == tokens.size()) {
            return List.of(sentence);
        }
        List<CoreMap> parts = new ArrayList<>(ranges.size());
        for (int[] r : ranges) {
            CoreMap part = new edu.stanford.nlp.util.ArrayCoreMap();
            part.set(CoreAnnotations.TokensAnnotation.class, tokens.subList(r[0], r[1]));
            parts.add(part);
        }
        return parts;
    }

    /** Runs {@code annotator} on the given sentences only: their tokens are tagged in place. */
    private static void annotateSome(StanfordCoreNLP annotator, String text, List<CoreMap> some) {
        if (annotator == null || some.isEmpty()) {
            return;
        }
        Annotation subset = new Annotation(text);
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap s : some) {
            tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
        }
        subset.set(CoreAnnotations.SentencesAnnotation.class, some);
        subset.set(CoreAnnotations.TokensAnnotation.class, tokens);
        annotator.annotate(subset);
    }
}
