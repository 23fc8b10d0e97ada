package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.cli.SstRun.sst;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quotes checked against their sources' texts from the command line: {@code sst validate} beside the case file and
 * with {@code --texts}, what it says of unchecked quotes and of evidence with no kind, and {@code sst export}
 * anchoring each found quote in the RDF it writes. The transcript is written by the test.
 */
class QuoteTextsCommandTest {
  @TempDir Path dir;

  private static final String TRANSCRIPT = """
      Interview 7: district nurse. Transcript.

      I: How long do you have with each patient?
      N: Fifteen minutes is what the contract gives you, whatever you find. If some-
      one has had a fall you stay, and the next patient on the list waits for you.
      """;

  private static String caseFile(String quote, String locator, String text) {
    return """
        sst: "2"
        id: visits
        title: Home visits
        analysts:
          - {id: you, name: Your Name}
        sources:
          - {id: int-07, type: interview%s}
        agents:
          - {id: nurse, label: Nurse, type: individual}
        structures:
          - {id: slots, label: Visit slots, form: contract-or-target}
          - {id: plan, label: Care plan, form: artefact}
        cycles:
          - id: visit
            label: A visit
            site: home
            agentInFocus: nurse
            external: [slots]
            agency:
              - {id: stay, label: Stays longer}
            outcomes: [plan]
        evidence:
          - id: ev-slots
            source: int-07
            kind: participant
            quote: "%s"
            locator: "%s"
            supports: [visit/slots]
        """.formatted(text == null ? "" : ", text: " + text, quote, locator);
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aQuoteFoundBesideTheCaseFileIsCounted() throws IOException {
    write("transcripts/int-07.txt", TRANSCRIPT);
    Path c = write("visits.yaml", caseFile("whatever you find. If someone has had a fall", "L4-L5",
        "transcripts/int-07.txt"));
    SstRun run = sst("validate", c.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains(c + ": quotes: 1 of 1 found in their sources' texts"), run.out());
  }

  @Test
  void aChangedWordIsAnErrorAtTheQuotesLineNamingTheClosestPassage() throws IOException {
    write("transcripts/int-07.txt", TRANSCRIPT);
    Path c = write("visits.yaml", caseFile("Fifteen minutes is what the contract gives you, whatever you see.", "L4",
        "transcripts/int-07.txt"));
    SstRun run = sst("validate", c.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains(c + ":26:12: evidence[0].quote: quote of evidence 'ev-slots' is not in text"),
        run.err());
    assertTrue(run.err().contains("the closest passage, at L4"), run.err());
    assertTrue(run.err().contains("'see' where the text has 'find'"), run.err());
  }

  @Test
  void aLocatorThatNamesOtherLinesIsAnError() throws IOException {
    write("transcripts/int-07.txt", TRANSCRIPT);
    Path c = write("visits.yaml", caseFile("whatever you find", "L2", "transcripts/int-07.txt"));
    SstRun run = sst("validate", c.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("evidence[0].locator"), run.err());
    assertTrue(run.err().contains("L4"), run.err());
  }

  @Test
  void aTextNotBesideTheCaseFileLeavesItsQuotesUncheckedAndTheCaseValid() throws IOException {
    Path c = write("cases/visits.yaml", caseFile("whatever you find", "L4", "int-07.txt"));
    SstRun run = sst("validate", c.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("sources[0].text: source 'int-07': text 'int-07.txt' is not found"), run.out());
    assertTrue(run.out().contains("quotes: 1 unchecked (source 'int-07' text 'int-07.txt' not found: 1)"),
        run.out());
  }

  @Test
  void textsGivesTheFolderAndATextMissingThereIsAnError() throws IOException {
    Path c = write("cases/visits.yaml", caseFile("whatever you find", "L4", "int-07.txt"));
    Path texts = Files.createDirectories(dir.resolve("papers"));
    SstRun missing = sst("validate", c.toString(), "--texts", texts.toString());
    assertEquals(1, missing.exitCode());
    assertTrue(missing.err().contains(":7:"), "at the source's line: " + missing.err());
    write("papers/int-07.txt", TRANSCRIPT);
    SstRun found = sst("validate", c.toString(), "--texts", texts.toString());
    assertEquals(0, found.exitCode(), found.err());
    assertTrue(found.out().contains("quotes: 1 of 1 found"), found.out());
    SstRun noFolder = sst("validate", c.toString(), "--texts", dir.resolve("nowhere").toString());
    assertEquals(1, noFolder.exitCode());
    assertTrue(noFolder.err().contains("--texts names no folder"), noFolder.err());
  }

  @Test
  void aTextThatLeavesTheFolderOrIsBinaryOrTooLargeIsRefused() throws IOException {
    Path up = write("cases/up.yaml", caseFile("x", "L1", "../int-07.txt"));
    SstRun escape = sst("validate", up.toString());
    assertEquals(1, escape.exitCode());
    assertTrue(escape.err().contains("'..'"), escape.err());

    Path binary = write("bin/visits.yaml", caseFile("x", "L1", "int-07.txt"));
    Files.write(dir.resolve("bin/int-07.txt"), new byte[] {'a', 0, 'b'});
    SstRun bin = sst("validate", binary.toString());
    assertEquals(1, bin.exitCode());
    assertTrue(bin.err().contains("binary"), bin.err());

    Path large = write("large/visits.yaml", caseFile("x", "L1", "int-07.txt"));
    try (RandomAccessFile f = new RandomAccessFile(dir.resolve("large/int-07.txt").toFile(), "rw")) {
      f.setLength(64L * 1024 * 1024 + 1);
    }
    SstRun big = sst("validate", large.toString());
    assertEquals(1, big.exitCode());
    assertTrue(big.err().contains("64 MiB"), big.err());

    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), TRANSCRIPT);
    Path linked = write("linked/visits.yaml", caseFile("whatever you find", "L4", "int-07.txt"));
    Files.createSymbolicLink(dir.resolve("linked/int-07.txt"), outside.resolve("secret.txt"));
    SstRun link = sst("validate", linked.toString());
    assertEquals(1, link.exitCode());
    assertFalse(link.out().contains("1 of 1 found"), link.out());
  }

  @Test
  void aVersionOneCaseSaysWhichEvidenceHasNoKind() throws IOException {
    Path c = write("v1.yaml", caseFile("whatever you find", "L4", null)
        .replace("sst: \"2\"", "sst: \"1\"").replace("    kind: participant\n", ""));
    SstRun run = sst("validate", c.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("1 evidence item has no kind (format version 1): ev-slots"), run.out());
  }

  @Test
  void exportAnchorsEachFoundQuoteInTheRdf() throws IOException {
    write("transcripts/int-07.txt", TRANSCRIPT);
    Path c = write("visits.yaml", caseFile("whatever you find", "L4", "transcripts/int-07.txt"));
    Path ttl = dir.resolve("visits.ttl");
    SstRun run = sst("export", c.toString(), "-f", "turtle", "-o", ttl.toString());
    assertEquals(0, run.exitCode(), run.err());
    String turtle = Files.readString(ttl);
    assertTrue(turtle.contains("oa:TextPositionSelector"), turtle);
    assertTrue(turtle.contains("oa:prefix"), turtle);
    int start = TRANSCRIPT.codePoints().limit(TRANSCRIPT.indexOf("whatever you find")).toArray().length;
    assertTrue(turtle.contains("oa:start " + start) || turtle.contains("oa:start \"" + start + "\""), turtle);

    Path bad = write("bad.yaml", caseFile("whatever you see", "L4", "transcripts/int-07.txt"));
    Path none = dir.resolve("bad.ttl");
    SstRun refused = sst("export", bad.toString(), "-f", "turtle", "-o", none.toString());
    assertEquals(1, refused.exitCode());
    assertFalse(Files.exists(none), "an invalid case writes no output");
  }
}
