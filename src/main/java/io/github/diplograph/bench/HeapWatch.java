package io.github.diplograph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap one stage of the benchmark uses, on its own: the heap is collected and the pools' peaks reset
 * when the watch starts. The peak of the heap in use counts garbage too, and depends on when the collector
 * chooses to run; what a stage holds on to — the figure that grows with the corpus when texts are kept —
 * is measured by {@link #sampling}: the heap collected whole at a fixed interval while the stage runs, and
 * the most still in use after a collection. (A young collection's figure would not do: what it promotes
 * stays in the old generation, garbage or not, until a full or mixed collection, so it grows with the
 * work done even when nothing is held.) The collections slow the stage, so it is not timed then.
 */
final class HeapWatch {

    /** In MB; {@code liveMb} and {@code samples} only when sampling (0 otherwise). */
    record Figures(long beforeMb, long peakMb, long liveMb, int samples) {
    }

    private static final long MB = 1024 * 1024;

    private final long before;
    private final AtomicLong live = new AtomicLong();
    private final AtomicInteger samples = new AtomicInteger();
    private final Thread sampler;
    private volatile boolean stopped;

    private HeapWatch(Duration interval) {
        System.gc();
        this.before = heapUsed();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        if (interval == null) {
            sampler = null;
            return;
        }
        sampler = new Thread(() -> {
            while (!stopped) {
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
                if (!stopped) {
                    System.gc();
                    live.accumulateAndGet(heapUsed(), Math::max);
                    samples.incrementAndGet();
                }
            }
        }, "bench-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Peak heap only: the stage may be timed. */
    static HeapWatch start() {
        return new HeapWatch(null);
    }

    /** Also the heap in use after a full collection every {@code interval}. */
    static HeapWatch sampling(Duration interval) {
        return new HeapWatch(interval);
    }

    Figures stop() {
        stopped = true;
        if (sampler != null) {
            sampler.interrupt();
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return new Figures(before / MB, peak / MB, live.get() / MB, samples.get());
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
