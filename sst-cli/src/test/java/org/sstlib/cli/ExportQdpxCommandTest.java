package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.cli.SstRun.sst;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.Case;
import org.sstlib.core.casefile.CaseFiles;

/**
 * {@code sst export FILE -f qdpx}: the reference case's quotes out as a REFI-QDA project with its map, and back in
 * with {@code sst import qdpx}: into the case, nothing is added; usage mistakes and an invalid case write nothing.
 */
class ExportQdpxCommandTest {
  private static final Path HUGHES = Path.of("../examples/cases/hughes-2022.yaml");

  @TempDir Path dir;

  @Test
  void theQuotesGoOutAndComeBackAsTheEvidenceTheyWere() throws Exception {
    Path qdpx = dir.resolve("hughes.qdpx");
    SstRun out = sst("export", HUGHES.toString(), "-f", "qdpx", "-o", qdpx.toString());
    assertEquals(0, out.exitCode(), out.err());
    Path map = dir.resolve("hughes.map.yaml");
    assertTrue(Files.isRegularFile(map), out.err());
    Case study = CaseFiles.read(HUGHES);
    long quoted = study.evidence().stream().filter(e -> e.quote().isPresent()).count();
    assertTrue(out.err().contains(quoted + " quotes of case 'hughes-2022' written as coded selections"), out.err());
    assertTrue(out.err().contains((study.evidence().size() - quoted) + " evidence items without a quote not"
        + " written"), out.err());

    Path copy = Files.copy(HUGHES, dir.resolve("hughes-2022.yaml"));
    Path back = dir.resolve("back.yaml");
    SstRun in = sst("import", "qdpx", qdpx.toString(), "--map", map.toString(), "--into", copy.toString(), "-o",
        back.toString());
    assertEquals(0, in.exitCode(), in.err() + in.out());
    assertTrue(in.out().contains(quoted + " coded segments: 0 became evidence, " + quoted + " already in the case"),
        in.out());
    assertEquals(study, CaseFiles.read(back));
    // Into the case file itself: nothing to add, so the file is left as it was, its comments included.
    byte[] before = Files.readAllBytes(copy);
    SstRun same = sst("import", "qdpx", qdpx.toString(), "--map", map.toString(), "--into", copy.toString(), "-o",
        copy.toString());
    assertEquals(0, same.exitCode(), same.err());
    assertTrue(same.out().contains(copy + ": nothing to add; left as it was"), same.out());
    assertArrayEquals(before, Files.readAllBytes(copy));

    // The same case gives the same bytes.
    Path again = dir.resolve("again.qdpx");
    assertEquals(0, sst("export", HUGHES.toString(), "-f", "qdpx", "-o", again.toString(), "--map",
        dir.resolve("other-map.yaml").toString()).exitCode());
    assertArrayEquals(Files.readAllBytes(qdpx), Files.readAllBytes(again));
    assertEquals(Files.readString(map), Files.readString(dir.resolve("other-map.yaml")));
  }

  @Test
  void aProjectNeedsAFileAndTheMapAProject() {
    SstRun noFile = sst("export", HUGHES.toString(), "-f", "qdpx");
    assertEquals(2, noFile.exitCode());
    assertTrue(noFile.err().contains("-f qdpx writes a zip file: name it with -o"), noFile.err());
    SstRun mapAlone = sst("export", HUGHES.toString(), "-f", "turtle", "--map", dir.resolve("m.yaml").toString());
    assertEquals(2, mapAlone.exitCode());
    assertTrue(mapAlone.err().contains("--map goes with -f qdpx only"), mapAlone.err());
  }

  @Test
  void anInvalidCaseWritesNothing() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "sst: \"2\"\nid: bad\ntitle: Bad\nevidence:\n"
        + "  - {id: e1, source: nowhere, kind: participant, quote: \"x\", supports: [nothing]}\n");
    Path qdpx = dir.resolve("bad.qdpx");
    SstRun r = sst("export", bad.toString(), "-f", "qdpx", "-o", qdpx.toString());
    assertEquals(1, r.exitCode(), r.err());
    assertFalse(Files.exists(qdpx));
    assertFalse(Files.exists(dir.resolve("bad.map.yaml")));
  }
}
