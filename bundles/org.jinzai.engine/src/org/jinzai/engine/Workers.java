package org.jinzai.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Replications spread over worker threads: each thread makes its own worker (its own reusable state) and takes the next
 * replication until none is left; progress after each, cancellation between them. Each replication writes only its own
 * slots of the result, so the numbers do not depend on the threads.
 */
final class Workers {

    private Workers() {
    }

    /**
     * Runs replications 0 to {@code replications - 1} on up to {@code threadCount} threads.
     *
     * @throws CancelledException when the listener asks to stop
     */
    static void run(String name, int threadCount, int replications, ProgressListener listener, Supplier<IntConsumer> worker) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean cancelled = new AtomicBoolean();
        int threads = Math.max(1, Math.min(threadCount, replications));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    IntConsumer replication = worker.get();
                    for (int r = next.getAndIncrement(); r < replications; r = next.getAndIncrement()) {
                        if (cancelled.get() || listener.isCancelled()) {
                            cancelled.set(true);
                            return;
                        }
                        replication.accept(r);
                        listener.replicationsDone(done.incrementAndGet(), replications);
                    }
                }));
            }
            for (Future<?> each : workers) {
                each.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (cancelled.get()) {
            throw new CancelledException();
        }
    }
}
