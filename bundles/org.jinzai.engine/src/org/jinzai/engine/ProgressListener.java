package org.jinzai.engine;

/** Told about progress; asked whether to stop. Called from worker threads. */
public interface ProgressListener {

    /** A listener that ignores progress and never cancels. */
    ProgressListener NONE = (done, total) -> {
    };

    /** Another replication has finished. */
    void replicationsDone(int done, int total);

    /** Whether the run should stop; checked between replications. */
    default boolean isCancelled() {
        return false;
    }
}
