package org.readingcorpus.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code corpus} command: subcommands for each job, shared help and exit codes. */
@Command(name = "corpus",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds an annotated reading corpus of news articles: finds quotations and reported "
                + "statements, names who made them, and writes XML, a review spreadsheet and brat files; brings "
                + "reviewers' decisions back into the corpus.",
        subcommands = {AnnotateCommand.class, ConvertCommand.class, ReviewCommand.class, EvalCommand.class,
            TrainConfidenceCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:all done",
            "1:unexpected failure (a bug: please report it)",
            "2:usage error",
            "3:bad input (missing path, no .txt file, unreadable or invalid file, a wrong review row)",
            "4:output cannot be written (exists without --force, read-only, disk full)",
            "5:finished, but some inputs were skipped (each one reported): texts, or review rows"})
public final class CorpusCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        // POI logs through Log4j's API; without a backend Log4j complains on stderr at start-up.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns its exit code; prints errors as one line. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new CorpusCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserError user) {
                commandLine.getErr().println("corpus: " + user.getMessage());
                return user.exitCode();
            }
            commandLine.getErr().println("corpus: unexpected failure: " + e
                    + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : ""));
            return ExitCode.FAILURE;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("corpus: " + e.getMessage());
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for more information.");
            return ExitCode.USAGE;
        });
        return cli.execute(args);
    }
}
