package org.jinzai.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.jinzai.model.util.InternalErrors;

/**
 * The command line: finds the command, parses its options and runs it (each {@link Command} checks, runs and writes,
 * with documented exit codes). Messages go to the error stream, results only to the output folder; nothing here
 * needs a display.
 */
public final class Cli {

    /** Exit codes. */
    public static final int OK = 0, USAGE = 2, INVALID = 3, FAILED = 4;

    /** The product version shown by --version. */
    public static final String VERSION = "0.1.0"; //$NON-NLS-1$

    /** Every command, by the name it is called by. */
    private static final Map<String, Command> COMMANDS = Stream
            .of(new ValidateCommand(), new SimulateCommand(), new ImportStaffCommand(), new CompareCommand(),
                    new GoalSeekCommand(), new SweepCommand(), new SensitivityCommand(), new PolicyTemplateCommand(),
                    new CalibrateCommand(), new BacktestCommand())
            .collect(Collectors.toUnmodifiableMap(command -> command.name, Function.identity()));

    /** The names of the commands (the launch scripts pass exactly these to the command line). */
    public static java.util.Set<String> commandNames() {
        return COMMANDS.keySet();
    }

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs a command and returns its exit code. */
    public int run(String... args) {
        if (args.length == 2 && args[0].equals("help")) { //$NON-NLS-1$
            // help COMMAND: that command's help, as COMMAND --help
            return run(args[1], "--help"); //$NON-NLS-1$
        }
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            out.println(Messages.Help);
            return OK;
        }
        if (args[0].equals("--version")) { //$NON-NLS-1$
            out.println(NLS.bind(Messages.Version, VERSION));
            return OK;
        }
        Command command = COMMANDS.get(args[0]);
        if (command == null) {
            err.println(NLS.bind(Messages.UnknownCommand, args[0]));
            return USAGE;
        }
        List<String> rest = List.of(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) { //$NON-NLS-1$ //$NON-NLS-2$
            out.println(command.help);
            return OK;
        }
        try {
            Options options = Options.parse(rest, command.name, command.valueOptions, command.flags);
            return command.run(options, new CommandContext(out, err));
        } catch (UsageException e) {
            err.println(e.getMessage());
            return USAGE;
        } catch (InvalidInputException e) {
            // what is wrong with the files has been said
            return INVALID;
        } catch (RuntimeException | Error e) {
            return unexpected(e);
        }
    }

    /**
     * Anything unforeseen — a defect, running out of memory — ends with FAILED and one line that names the log file
     * holding the whole trace (never silently, never with exit 0). Running out of memory says how to give more.
     */
    public int unexpected(Throwable e) {
        String log = InternalErrors.log(e);
        if (e instanceof OutOfMemoryError) {
            err.println(NLS.bind(Messages.OutOfMemory, log));
        } else {
            err.println(NLS.bind(Messages.InternalError, log));
        }
        return FAILED;
    }
}
