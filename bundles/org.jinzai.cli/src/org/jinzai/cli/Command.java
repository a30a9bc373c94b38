package org.jinzai.cli;

import java.util.Set;

/**
 * One command of the command line. {@link Cli} parses its options (those it names), then the command checks the
 * command line and the files it names, runs, and writes its output as a unit; each phase has its exit code:
 * a wrong command line throws {@link UsageException} ({@link Cli#USAGE}), unusable files {@link InvalidInputException}
 * or return {@link Cli#INVALID}, a failed run {@link Cli#FAILED}, an interrupted one 130 (see
 * {@link CommandContext#reporting}).
 */
abstract class Command {

    /** The name it is called by ({@code simulate}). */
    final String name;
    /** The text of {@code <command> --help}. */
    final String help;
    /** The options that take a value ({@code --runs 100}). */
    final Set<String> valueOptions;
    /** The options without a value ({@code --replace}). */
    final Set<String> flags;

    Command(String name, String help, Set<String> valueOptions, Set<String> flags) {
        this.name = name;
        this.help = help;
        this.valueOptions = valueOptions;
        this.flags = flags;
    }

    /** Checks, runs and writes; returns the exit code. */
    abstract int run(Options options, CommandContext context) throws UsageException, InvalidInputException;
}
