package org.jinzai.engine;

/** A run was cancelled through its {@link ProgressListener}; no result exists. */
public final class CancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("the simulation was cancelled");
    }
}
