package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.cli.SstRun.sst;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.testing.ReferenceCase;

/** {@code --store DIR} for the commands that only read: they open a store read-only and never make one. */
class StoreOptionsTest {

  @TempDir Path dir;

  @Test
  void theReadingCommandsLeaveAnEmptyDirectoryEmpty() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Path query = Files.writeString(dir.resolve("q.rq"), "ASK { ?s ?p ?o }");
    List<String[]> runs = List.of(
        new String[] {"query", "--store", empty.toString(), "factors"},
        new String[] {"sparql", "--store", empty.toString(), query.toString()},
        new String[] {"export", "--store", empty.toString(), "-f", "trig"});
    for (String[] args : runs) {
      SstRun run = sst(args);
      assertEquals(1, run.exitCode(), args[0] + ": " + run.err());
      assertTrue(run.err().contains("there is no store at " + empty.toAbsolutePath().normalize() + ": the "
          + "directory is empty, and was left so (a store is made by loading cases into it: sst load FILE --store "
          + "DIR)"), args[0] + ": " + run.err());
      try (Stream<Path> entries = Files.list(empty)) {
        assertEquals(List.of(), entries.toList(), args[0] + " left the directory empty");
      }
    }
    try (Stream<Path> entries = Files.list(dir)) {
      assertEquals(2, entries.count(), "nothing was made beside it");
    }
  }

  @Test
  void theReadingCommandsReadALoadedStore() throws IOException {
    Path store = dir.resolve("store");
    assertEquals(0, sst("load", ReferenceCase.FILE.toString(), "--store", store.toString()).exitCode());
    SstRun query = sst("query", "--store", store.toString(), "factors", "-f", "csv");
    assertEquals(0, query.exitCode(), query.err());
    Path out = dir.resolve("all.nq");
    SstRun export = sst("export", "--store", store.toString(), "-f", "nquads", "-o", out.toString());
    assertEquals(0, export.exitCode(), export.err());
    assertTrue(Files.readString(out).contains("<urn:sst:graph:hughes-2022>"));
  }
}
