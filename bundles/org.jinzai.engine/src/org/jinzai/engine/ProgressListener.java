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

    /**
     * This listener told about one run of several: its replications counted after {@code before} of {@code total} in
     * all; cancelled when this one is.
     */
    default ProgressListener part(int before, int total) {
        ProgressListener whole = this;
        return new ProgressListener() {
            @Override
            public void replicationsDone(int done, int of) {
                whole.replicationsDone(before + done, total);
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }
        };
    }
}
