package org.jinzai.engine;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where the parts of a computation running side by side wait for each other: the last to arrive runs what needs all of
 * their work (which reads the parts in a fixed order, so it does not matter which part runs it), then all go on.
 * Waiting spins briefly, then yields: meetings are frequent and short. When a part fails, the others stop at their
 * next meeting instead of waiting for ever.
 */
final class Meeting {
    private final int parties;
    private final AtomicInteger arrived = new AtomicInteger();
    private volatile int generation;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    Meeting(int parties) {
        this.parties = parties;
    }

    /** Waits for every part; the last to arrive runs {@code action} before any goes on. */
    void meet(Runnable action) {
        int now = generation;
        if (arrived.incrementAndGet() == parties) {
            arrived.set(0);
            try {
                action.run();
            } catch (RuntimeException | Error e) {
                // recorded before the others are let go, so that they stop instead of going on with half a decision
                fail(e);
                throw e;
            } finally {
                generation = now + 1;
            }
        } else {
            for (int spins = 0; generation == now; spins++) {
                if (failure.get() != null) {
                    break;
                }
                if (spins < 100) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
            }
        }
        if (failure.get() != null) {
            throw new PartFailed();
        }
    }

    /** A part failed: the others leave at their next meeting. */
    void fail(Throwable cause) {
        failure.compareAndSet(null, cause);
    }

    /** What made a part fail, or null. */
    Throwable failure() {
        return failure.get();
    }

    /** Thrown in the other parts when one fails; the failing part's exception is what the computation reports. */
    static final class PartFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PartFailed() {
            super(null, null, false, false);
        }
    }
}
