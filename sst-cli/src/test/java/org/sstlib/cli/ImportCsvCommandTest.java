package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.Case;
import org.sstlib.core.casefile.CaseFiles;
import picocli.CommandLine;

/**
 * {@code sst import csv}: a Taguette highlights export into a copy of the Hughes et al. example and into a new case,
 * twice with the same result, and an invalid result that writes nothing. Run on the command's class directly, as it
 * is not yet a subcommand of {@code sst import}; the arguments are those after {@code sst import csv}.
 */
class ImportCsvCommandTest {
  private static final Path HUGHES = Path.of("../examples/cases/hughes-2022.yaml");

  @TempDir Path dir;

  private static final String TAGUETTE = "\uFEFFid,document,tag,content\r\n"
      + "4,Alf interview,phone,\"I can't see the numbers on the phone, love.\"\r\n"
      + "4,Alf interview,eyesight,\"I can't see the numbers on the phone, love.\"\r\n"
      + "9,Alf interview,admin,\"How do you manage?\"\r\n"
      + "11,Alf interview,warmth,\"love\"\r\n";

  private static final String MAP = """
      preset: taguette
      codes:
        phone: alf-daily-life/wall-phone
        eyesight: alf-daily-life/alf-independence
      ignore: [admin]
      sourceIds: {"Alf interview": alf-interview}
      """;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static SstRun csv(String... args) {
    return SstRun.run(new CommandLine(new ImportCsvCommand()), args);
  }

  @Test
  void importsIntoACopyOfAnExampleAndTwiceChangesNothing() throws IOException {
    Path segments = write("all_tags.csv", TAGUETTE);
    Path map = write("map.yaml", MAP);
    Path out = dir.resolve("hughes.yaml");
    Files.copy(HUGHES, out);
    Case before = CaseFiles.read(out);
    SstRun run = csv(segments.toString(), "--map", map.toString(), "--into", out.toString(), "-o", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("3 coded segments: 1 became evidence, 0 already in the case, 1 ignored, 1 with"
        + " no mapped code, 0 with no code"), run.out());
    assertTrue(run.out().contains("  warmth: 1 segment"), run.out());
    Case after = CaseFiles.read(out);
    assertEquals(before.evidence(), after.evidence().subList(0, before.evidence().size()));
    assertEquals(before.evidence().size() + 1, after.evidence().size());
    byte[] written = Files.readAllBytes(out);

    SstRun again = csv(segments.toString(), "--map", map.toString(), "--into", out.toString(), "-o", out.toString());
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(again.out().contains("0 became evidence, 1 already in the case"), again.out());
    assertEquals(new String(written, StandardCharsets.UTF_8), Files.readString(out));
    // The result validates as sst validate checks it.
    assertEquals(0, SstRun.sst("validate", out.toString()).exitCode());
  }

  @Test
  void anInvalidResultWritesNothingAndNamesTheMapKey() throws IOException {
    Path segments = write("all_tags.csv", TAGUETTE);
    Path map = write("map.yaml", MAP.replace("alf-daily-life/wall-phone", "wall-fone"));
    Path out = dir.resolve("hughes.yaml");
    SstRun run = csv(segments.toString(), "--map", map.toString(), "--into", HUGHES.toString(), "-o", out.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains(map + ":3:3: codes.phone: code 'phone' is mapped to 'wall-fone', which the case"
        + " does not define; did you mean 'wall-phone'?"), run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void withoutIntoANewCaseIsNamedAfterTheOutput() throws IOException {
    Path segments = write("all_tags.csv", TAGUETTE);
    Path map = write("map.yaml", "preset: taguette\n");
    Path out = dir.resolve("Alf interviews.yaml");
    SstRun run = csv(segments.toString(), "--map", map.toString(), "-o", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    Case made = CaseFiles.read(out);
    assertEquals("alf-interviews", made.id());
    assertEquals(1, made.sources().size());
    assertTrue(run.out().contains("3 with no mapped code"), run.out());
  }

  @Test
  void aSpreadsheetProblemIsLocatedAndWritesNothing() throws IOException {
    Path segments = write("segments.csv", "source,quote,code\n,no source,x\n");
    Path map = write("map.yaml", "{}\n");
    Path out = dir.resolve("case.yaml");
    SstRun run = csv(segments.toString(), "--map", map.toString(), "-o", out.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().startsWith(segments + ":2: row 2, column 'source': no source"), run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void aVersionOneCaseIsRefusedAtOnceSayingWhatToDo() throws IOException {
    String v1 = """
        sst: "1"
        id: letters
        title: Reading the surgery's letters
        agents:
          - {id: alf, label: Alf, type: individual}
        sources:
          - {id: alf-interview, type: interview}
        evidence:
          - {id: ev-1, source: alf-interview, quote: "my daughter reads them", supports: [alf]}
        """;
    // Neither the spreadsheet nor the map exists: the case is refused before either is read.
    String none = dir.resolve("none.csv").toString();
    String noMap = dir.resolve("none.yaml").toString();
    Path into = write("letters.yaml", v1);
    Path out = dir.resolve("out.yaml");
    SstRun run = csv(none, "--map", noMap, "--into", into.toString(), "-o", out.toString());
    assertEquals(1, run.exitCode());
    assertEquals(into + ": 1 evidence item has no kind (format version 1): ev-1; format version 2 says of each"
        + " whether it is participant, fieldnote, document, composite, author or analyst evidence",
        run.errLines().get(0));
    assertTrue(run.errLines().get(1).startsWith(into + ": the case is in format version 1")
        && run.err().contains("write sst: \"2\" at its top") && run.err().contains("nothing written"), run.err());
    assertEquals(2, run.errLines().size(), run.err());
    assertFalse(Files.exists(out));
    assertEquals(v1, Files.readString(into));

    // A file with no sst key is refused by the reader, which says what to write, before anything else is read.
    Path unmarked = write("unmarked.yaml", v1.replace("sst: \"1\"\n", ""));
    SstRun noVersion = csv(none, "--map", noMap, "--into", unmarked.toString(), "-o", out.toString());
    assertEquals(1, noVersion.exitCode());
    assertTrue(noVersion.errLines().get(0).startsWith(unmarked + ":1:1: sst: missing format version"),
        noVersion.err());
    assertFalse(noVersion.err().contains("none."), noVersion.err());
    assertFalse(Files.exists(out));
  }
}
