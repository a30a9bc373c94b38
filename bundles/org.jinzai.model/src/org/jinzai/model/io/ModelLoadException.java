package org.jinzai.model.io;

import java.io.IOException;

/**
 * A baseline, scenario or results file that cannot be read. The message says which file, where in it
 * (line and column when the XML parser knows them) and why, in the user's language; no stack trace needs
 * to be shown.
 */
public class ModelLoadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public ModelLoadException(String file, int line, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
    }

    /** The file that could not be read. */
    public String getFile() {
        return file;
    }

    /** Line of the problem in the file, or 0 when unknown. */
    public int getLine() {
        return line;
    }
}
