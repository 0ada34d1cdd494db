package org.ganlab.experiments.cli;

import java.io.PrintWriter;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.data.DataException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code ganlab} command line. Exit codes: 0 ok, 1 the run failed or diverged, 2 bad input (a config
 * value, a missing file, a bad option), printed as one line per problem without a stack trace unless
 * {@code --debug} is given; 128 + the signal's number (143 SIGTERM, 130 SIGINT, 129 SIGHUP) when
 * {@code train} or {@code sweep} was stopped by a signal (see {@link StopSignals}).
 */
@Command(
    name = "ganlab",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Reproducible GAN experiments: train variants, compare them, report.",
    subcommands = {TrainCommand.class, SweepCommand.class, ReportCommand.class,
        ReproduceCommand.class, EvaluateCommand.class, ScoreCommand.class,
        TrainEvaluatorCommand.class, VariantsCommand.class, BenchCommand.class,
        SweepTaskCommand.class,
        QualityCommand.class, SweepWorkerCommand.class, CommandLine.HelpCommand.class})
public final class GanlabCli {
  /** Exit code for bad input. */
  static final int BAD_INPUT = 2;

  @Option(names = "--debug", description = "Print stack traces of errors.", scope = CommandLine.ScopeType.INHERIT)
  boolean debug;

  /**
   * Runs the CLI.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    System.setProperty("ai.djl.offline", "true");
    System.setProperty("java.awt.headless", "true");
    System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    System.exit(run(args));
  }

  /**
   * Runs the CLI without exiting, for tests.
   *
   * @param args command-line arguments
   * @return the exit code
   */
  public static int run(String... args) {
    CommandLine commandLine = new CommandLine(new GanlabCli());
    commandLine.setExecutionExceptionHandler(GanlabCli::handle);
    commandLine.setParameterExceptionHandler(GanlabCli::badArguments);
    return commandLine.execute(args);
  }

  /**
   * A bad option or argument: one line naming it and where the help is, exit code 2; a command that
   * only groups subcommands (e.g. {@code ganlab bench}) also lists them.
   */
  private static int badArguments(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    command.getErr().println("error: " + e.getMessage() + " (see '"
        + command.getCommandSpec().qualifiedName() + " --help')");
    if (!command.getSubcommands().isEmpty()) {
      command.usage(command.getErr());
    }
    return BAD_INPUT;
  }

  private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
    boolean debug = parsed.hasMatchedOption("--debug")
        || parsed.subcommands().stream().anyMatch(s -> s.hasMatchedOption("--debug"));
    PrintWriter err = commandLine.getErr();
    if (debug) {
      e.printStackTrace(err);
    }
    if (e instanceof ConfigException config) {
      config.problems().forEach(problem -> err.println("error: " + problem.message()));
      return BAD_INPUT;
    }
    if (e instanceof DataException || e instanceof IllegalArgumentException) {
      err.println("error: " + e.getMessage());
      return BAD_INPUT;
    }
    err.println("error: " + e.getClass().getSimpleName() + ": " + e.getMessage()
        + (debug ? "" : " (run with --debug for the stack trace)"));
    return 1;
  }
}
