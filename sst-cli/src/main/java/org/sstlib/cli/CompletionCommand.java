package org.sstlib.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sst completion bash|zsh}: prints a script that makes the shell complete sst's commands and options with
 * the Tab key.
 *
 * <pre>{@code
 * source <(sst completion bash)     # in ~/.bashrc
 * source <(sst completion zsh)      # in ~/.zshrc
 * }</pre>
 *
 * <p>The script is picocli's ({@link AutoComplete#bash}), made from the commands and options of this very build,
 * so it never lists an option the command does not have. It is a bash script; zsh runs it through its bash
 * completion compatibility ({@code bashcompinit}), which the script loads itself when it finds it is in zsh.
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Print a script that completes sst's commands and options with the Tab key in bash or zsh.",
      "",
      "Load it in the shell's start-up file: 'source <(sst completion bash)' in ~/.bashrc, or"
          + " 'source <(sst completion zsh)' in ~/.zshrc (zsh runs it through its bash completion compatibility)."
          + " It completes 'sst' on the PATH, and './sst' in bash."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the script was written", "1:it could not be written", "2:bad usage: a shell other than"
        + " bash or zsh", "3:internal error in sst"})
final class CompletionCommand implements Callable<Integer> {
  /** The shells a completion script is written for. */
  enum Shell {
    BASH,
    ZSH;

    /** The name as it is typed: {@code bash}, {@code zsh}. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The names as they are typed, for picocli's help ({@code ${COMPLETION-CANDIDATES}}) and completion. */
    static final class Names extends EnumNames<Shell> {
      Names() {
        super(Shell.class);
      }
    }
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SHELL", completionCandidates = Shell.Names.class,
      description = "The shell: ${COMPLETION-CANDIDATES}.")
  Shell shell;

  @Override
  public Integer call() {
    String script = AutoComplete.bash(spec.root().name(), spec.root().commandLine());
    PrintWriter out = spec.commandLine().getOut();
    if (shell == Shell.ZSH) {
      out.println("# sst completion for zsh: a bash completion script, which loads zsh's bashcompinit itself.");
    }
    out.print(script);
    out.flush();
    return ExitCodes.OK;
  }
}
