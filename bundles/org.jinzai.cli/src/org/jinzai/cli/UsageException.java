package org.jinzai.cli;

/** A wrong command line: said on the error stream, exit code {@link Cli#USAGE}. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
