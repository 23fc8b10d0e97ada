package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.cli.SstRun.sst;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.testing.ReferenceCase;
import picocli.CommandLine;

/** {@code sst compact --store DIR}, run on its own command line with sst's error handling. */
class StoreCompactCommandTest {

  @TempDir Path dir;

  private static SstRun compact(String... args) {
    CommandLine commandLine = new CommandLine(new CompactCommand());
    commandLine.setExecutionExceptionHandler(new UserErrorHandler());
    return SstRun.run(commandLine, args);
  }

  @Test
  void aLoadedStoreIsCompactedAndStillAnswers() {
    Path store = dir.resolve("store");
    assertEquals(0, sst("load", ReferenceCase.FILE.toString(), "--store", store.toString()).exitCode());
    assertEquals(0, sst("load", ReferenceCase.FILE.toString(), "--store", store.toString()).exitCode());
    SstRun run = compact("--store", store.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(store + ": compacted; the store now uses Data-0002 and the old data was deleted", run.out().strip());
    SstRun query = sst("query", "--store", store.toString(), "unavailable", "-f", "csv");
    assertEquals(0, query.exitCode(), query.err());
    assertTrue(query.out().contains("family-help"), query.out());
  }

  @Test
  void anEmptyDirectoryIsRefusedAndLeftEmpty() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    SstRun run = compact("--store", empty.toString());
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.err().contains("there is no store at"), run.err());
    try (Stream<Path> entries = Files.list(empty)) {
      assertEquals(0, entries.count());
    }
  }
}
