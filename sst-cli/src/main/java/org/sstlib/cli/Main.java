package org.sstlib.cli;

import java.io.Console;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code sst} command. On its own it only prints usage; the work is done by its subcommands.
 *
 * <pre>{@code
 * sst validate examples/cases/hughes-2022.yaml
 * sst help validate
 * sst --version
 * }</pre>
 *
 * <p>Use {@link #commandLine()} to run it in-process: it sets up the error handling that {@link #main} uses.
 */
@Command(
    name = "sst",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Strong Structuration Theory analysis: check, archive and share SST cases.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {DemoCommand.class, ValidateCommand.class, ExportCommand.class, LoadCommand.class,
      QueryCommand.class, SparqlCommand.class, ServeCommand.class, HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:invalid or unreadable input (every reason is printed)",
      "2:bad usage: unknown command or option, missing argument",
      "3:internal error in sst (please report it)"
    },
    footer = "%nRun 'sst help COMMAND' for the options of a command.")
public final class Main implements Callable<Integer> {
  @Spec CommandSpec spec;

  // Declared here and inherited by every subcommand (so 'sst validate --debug' works too); InternalErrorHandler
  // reads it from the parse result, which knows where it was given.
  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "On an internal error, print the full stack trace.")
  boolean debug;

  /** Runs {@code sst} with these arguments and exits with its {@link ExitCodes exit code}. */
  public static void main(String[] args) {
    CommandLine commandLine = commandLine();
    int exitCode;
    try {
      exitCode = commandLine.execute(args);
    } catch (Error e) {
      // picocli hands only Exceptions to the handler; an Error (out of memory, a broken jar) still gets one line.
      exitCode = InternalErrorHandler.report(e, commandLine.getErr(), Arrays.asList(args).contains("--debug"));
    }
    System.exit(exitCode);
  }

  /**
   * A new {@code sst} command line writing to standard output and error, with sst's exit codes: a
   * {@link UserError} or an {@link org.sstlib.core.SstException} thrown by a command is printed one problem a line
   * (exit 1); any other exception is reported as an internal error in one line (exit 3), with the stack trace only
   * under {@code --debug}. Set other writers with {@link CommandLine#setOut} and {@link CommandLine#setErr}.
   */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setOut(writer(System.out));
    commandLine.setErr(writer(System.err));
    commandLine.setExecutionExceptionHandler(new UserErrorHandler());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true); // -f csv as well as -f CSV
    return commandLine;
  }

  /** {@code sst} without a command: a usage error, so picocli prints the usage to standard error. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing command: give one, for example 'sst validate FILE'.");
  }

  /**
   * A writer in the terminal's encoding, or UTF-8 when the output goes to a file or a pipe (Java 17 would
   * otherwise write the locale's encoding, turning a researcher's non-ASCII text into question marks).
   */
  private static PrintWriter writer(OutputStream stream) {
    Console console = System.console();
    Charset charset = console != null ? console.charset() : StandardCharsets.UTF_8;
    return new PrintWriter(new OutputStreamWriter(stream, charset), true);
  }
}
