package org.jinzai.cli;

/** Input files that cannot be used, already told on the error stream: exit code {@link Cli#INVALID}. */
final class InvalidInputException extends Exception {

    private static final long serialVersionUID = 1L;

    InvalidInputException() {
        super(null, null, false, false);
    }
}
