package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.cli.SstRun.sst;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sst demo}: what it says when it is given an id it does not know or a folder it cannot write. */
class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void anIdThatIsNotInTheCaseIsABadUsageBeforeAnyOutput() {
    for (String option : List.of("--from", "--to")) {
      SstRun run = sst("demo", option, "nope", "-o", dir.toString());

      assertEquals(2, run.exitCode(), run.err());
      assertEquals("", run.out(), "nothing of the demo is printed");
      String first = run.errLines().get(0);
      assertTrue(first.contains("'nope'") && first.contains("--from and --to take ids of the reference case"),
          run.err());
      assertFalse(run.err().contains("fault in sst"), run.err());
      assertFalse(Files.exists(dir.resolve("hughes-2022.ttl")));
    }
  }

  @Test
  void aFolderThatCannotBeMadeIsExitOneWithAPlainMessage() throws IOException {
    Path file = Files.writeString(dir.resolve("out"), "a file where the folder should be\n");
    SstRun run = sst("demo", "-o", file.toString());

    assertEquals(1, run.exitCode(), run.err());
    assertEquals(List.of(file.resolve("hughes-2022.ttl") + ": cannot write: " + file + " is not a folder (choose"
        + " another folder with -o DIR)"), run.errLines());
  }
}
