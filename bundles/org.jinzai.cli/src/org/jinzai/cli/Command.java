package org.jinzai.cli;

import java.util.Set;

/**
 * One command of the command line. {@link Cli} parses its options (those it names), then the command checks the
 * command line and the files it names, runs, and writes its output as a unit; each phase has its exit code:
 * a wrong command line throws {@link UsageException} ({@link Cli#USAGE}), invalid files return {@link Cli#INVALID},
 * a failed run {@link Cli#FAILED}, an interrupted one 130 (see {@link CommandContext#reporting}).
 */
interface Command {

    /** The name it is called by ({@code simulate}). */
    String name();

    /** The text of {@code <command> --help}. */
    String help();

    /** The options that take a value ({@code --runs 100}). */
    Set<String> valueOptions();

    /** The options without a value ({@code --replace}). */
    default Set<String> flags() {
        return Set.of();
    }

    /** Checks, runs and writes; returns the exit code. */
    int run(Options options, CommandContext context) throws UsageException;
}
