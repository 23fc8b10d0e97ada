package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.sstlib.cli.SstRun.sst;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sst completion bash|zsh}: a script that bash itself runs to complete sst's commands and options. */
class CompletionCommandTest {
  private static final Path BASH = Path.of("/bin/bash");

  @TempDir Path dir;

  @Test
  void theBashScriptCompletesEveryCommand() throws Exception {
    SstRun run = sst("completion", "bash");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("complete -F _complete_sst"), "registers a completion function for sst");
    List<String> commands = Main.commandLine().getSubcommands().keySet().stream().sorted().toList();
    assertTrue(commands.contains("completion") && commands.contains("validate"), commands.toString());
    for (String command : commands) {
      assertTrue(run.out().contains(command), command);
    }
  }

  @Test
  void bashCompletesACommandFromItsFirstLettersAndAnOptionOfThatCommand() throws Exception {
    assumeTrue(Files.isExecutable(BASH), "bash is not installed here");
    Path script = Files.writeString(dir.resolve("sst-completion.bash"), sst("completion", "bash").out());

    assertEquals(List.of("validate"), complete(script, "sst", "vali"));
    assertEquals(List.of("export"), complete(script, "sst", "exp"));
    List<String> options = complete(script, "sst", "export", "--");
    assertTrue(options.containsAll(List.of("--format", "--output", "--store", "--help")), options.toString());
    assertTrue(complete(script, "sst", "completion", "").containsAll(List.of("bash", "zsh")),
        "the shells are completed too");
  }

  /** What bash offers for the last word, with the script loaded, the words typed so far as COMP_WORDS. */
  private List<String> complete(Path script, String... words) throws IOException, InterruptedException {
    StringBuilder array = new StringBuilder();
    for (String word : words) {
      array.append(" '").append(word).append('\'');
    }
    String program = "source '" + script + "'\n"
        + "COMP_WORDS=(" + array + " )\n"
        + "COMP_CWORD=" + (words.length - 1) + "\n"
        + "COMP_LINE=\"${COMP_WORDS[*]}\"\nCOMP_POINT=${#COMP_LINE}\n"
        + "_complete_sst\n"
        + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
    Process bash = new ProcessBuilder(BASH.toString(), "--norc", "--noprofile", "-c", program)
        .redirectErrorStream(true).start();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(bash.waitFor(30, TimeUnit.SECONDS), "bash did not finish");
    assertEquals(0, bash.exitValue(), out);
    return out.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  @Test
  void theZshScriptIsTheBashScriptWhichLoadsBashcompinitInZsh() {
    SstRun zsh = sst("completion", "zsh");
    SstRun bash = sst("completion", "bash");

    assertEquals(0, zsh.exitCode(), zsh.err());
    assertTrue(zsh.out().endsWith(bash.out()), "the same script, after a comment line");
    assertTrue(zsh.out().contains("bashcompinit"), "the script turns on zsh's bash completion compatibility");
  }

  @Test
  void anotherShellIsBadUsage() {
    SstRun run = sst("completion", "fish");

    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("expected one of [BASH, ZSH] (case-insensitive)"), run.err());
    assertTrue(run.err().contains("'fish'"), run.err());
  }
}
