package org.sstlib.cli;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TraceLevel;

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
      CompactCommand.class, QueryCommand.class, SparqlCommand.class, ReportCommand.class, ServeCommand.class,
      ImportCommand.class, ArchiveCommand.class, CompletionCommand.class, HelpCommand.class},
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

  private final StandardOutput stdout;

  private Main(StandardOutput stdout) {
    this.stdout = stdout;
  }

  /** Runs {@code sst} with these arguments and exits with its {@link ExitCodes exit code}. */
  public static void main(String[] args) {
    // Standard output itself, not System.out: a PrintStream hides the reason a write failed.
    System.exit(run(commandLine(new FileOutputStream(FileDescriptor.out), System.err), args));
  }

  /** Runs a command line as {@link #main} does, without exiting: its exit code. */
  static int run(CommandLine commandLine, String... args) {
    try {
      return commandLine.execute(args);
    } catch (Error e) {
      // picocli hands only Exceptions to the handler; an Error (out of memory, a broken jar) still gets one line.
      Optional<String> mapped = FileErrors.mappedFileFault(e);
      if (mapped.isPresent()) {
        return new UserError(mapped.get()).print(commandLine.getErr());
      }
      return InternalErrorHandler.report(e, commandLine.getErr(), Arrays.asList(args).contains("--debug"));
    }
  }

  /**
   * A new {@code sst} command line writing to standard output and error, with sst's exit codes: a
   * {@link UserError} or an {@link org.sstlib.core.SstException} thrown by a command is printed one problem a line
   * (exit 1); any other exception is reported as an internal error in one line (exit 3), with the stack trace only
   * under {@code --debug}. Output that could not be written (a full disk, a closed pipe) is exit 1 with the reason.
   * Set other writers with {@link CommandLine#setOut} and {@link CommandLine#setErr} (an export without {@code -o}
   * still writes its bytes to {@code System.out}; {@link #commandLine(OutputStream, OutputStream)} sets both).
   */
  public static CommandLine commandLine() {
    return commandLine(System.out, System.err);
  }

  /**
   * A new {@code sst} command line writing its output (text and an export's bytes) to {@code out} and its messages
   * to {@code err}, as {@link #commandLine()} does otherwise.
   */
  static CommandLine commandLine(OutputStream out, OutputStream err) {
    StandardOutput stdout = new StandardOutput(out, charset());
    CommandLine commandLine = new CommandLine(new Main(stdout));
    commandLine.setOut(stdout.text());
    commandLine.setErr(new PrintWriter(new OutputStreamWriter(err, charset()), true));
    commandLine.setExecutionStrategy(new OutputCheck(stdout));
    commandLine.setExecutionExceptionHandler(new UserErrorHandler());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true); // -f csv as well as -f CSV
    // An argument is what it says: "@notes.yaml" names a file to read, not a file of more arguments.
    commandLine.setExpandAtFiles(false);
    // picocli's own diagnostics name Java fields and types ("[picocli WARN] Unbalanced quotes in ... for field
    // java.util.Map..."); every problem a user can cause is reported by the commands themselves.
    CommandLine.tracer().setLevel(TraceLevel.OFF);
    return commandLine;
  }

  /**
   * The byte stream of standard output, for a command that writes bytes as they are (an export); the text written
   * so far is flushed first. The caller flushes it and never closes it.
   */
  OutputStream standardOutput() {
    return stdout.bytes();
  }

  /** {@code sst} without a command: a usage error, so picocli prints the usage to standard error. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing command: give one, for example 'sst validate FILE'.");
  }

  /**
   * The terminal's encoding, or UTF-8 when the output goes to a file or a pipe (Java 17 would otherwise write the
   * locale's encoding, turning a researcher's non-ASCII text into question marks).
   */
  private static Charset charset() {
    Console console = System.console();
    return console != null ? console.charset() : StandardCharsets.UTF_8;
  }
}
