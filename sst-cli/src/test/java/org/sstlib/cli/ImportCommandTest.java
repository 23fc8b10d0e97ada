package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.cli.SstRun.sst;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.Case;
import org.sstlib.core.Codebook;
import org.sstlib.core.casefile.CaseFiles;

/** {@code sst import qdc} and {@code sst import qdpx --list-codes}, on files the tests write. */
class ImportCommandTest {
  @TempDir Path dir;

  private static final String CODES = """
      <Codes>
        <Code guid="c1" name="Access" isCodable="true">
          <Description>Getting to care</Description>
          <Code guid="c2" name="Own doctor" isCodable="true"/>
        </Code>
        <Code guid="c3" name="Conditions" isCodable="false">
          <Code guid="c4" name="Eyesight" isCodable="true"/>
        </Code>
      </Codes>""";

  private static final String CASE = """
      sst: "1"
      id: letters
      title: Reading the surgery's letters
      agents:
        - {id: patient, label: Patient, type: individual}
      """;

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  private Path qdc() throws Exception {
    return write("Interview codes.qdc", "<?xml version=\"1.0\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">"
        + CODES + "</CodeBook>");
  }

  private Path qdpx(String project) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("project.qde"));
      zip.write(project.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("sources/s1.txt"));
      zip.write("I cannot read the letters, my daughter reads them.".getBytes(StandardCharsets.UTF_8));
    }
    return Files.write(dir.resolve("study.qdpx"), bytes.toByteArray());
  }

  private static String project(String start, String end) {
    return """
        <?xml version="1.0"?>
        <Project xmlns="urn:QDA-XML:project:1.0" name="Letters">
          <Users><User guid="u1" name="Ann"/></Users>
          <CodeBook>%s</CodeBook>
          <Sources>
            <TextSource guid="s1" name="Interview 3.txt" plainTextPath="internal://s1.txt">
              <PlainTextSelection guid="x1" startPosition="%s" endPosition="%s">
                <Coding guid="k1" creatingUser="u1"><CodeRef targetGUID="c4"/></Coding>
                <Coding guid="k2" creatingUser="u1"><CodeRef targetGUID="c2"/></Coding>
              </PlainTextSelection>
              <PlainTextSelection guid="x2" startPosition="27" endPosition="50">
                <Coding guid="k3" creatingUser="u1"><CodeRef targetGUID="c2"/></Coding>
              </PlainTextSelection>
            </TextSource>
          </Sources>
        </Project>""".formatted(CODES, start, end);
  }

  @Test
  void printsACodebookToPaste() throws Exception {
    SstRun run = sst("import", "qdc", qdc().toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("""
        codebooks:
          - id: "interview-codes"
            label: "Interview codes"
            concepts:
              - id: "access"
                label: "Access"
                definition: "Getting to care"
              - id: "own-doctor"
                label: "Own doctor"
                broader: "access"
              - id: "conditions"
                label: "Conditions"
              - id: "eyesight"
                label: "Eyesight"
                broader: "conditions"
        """, run.out());
  }

  @Test
  void addsTheCodebookToACaseFile() throws Exception {
    Path caseFile = write("letters.yaml", CASE);
    SstRun run = sst("import", "qdc", qdc().toString(), "--id", "qda", "--label", "Codes from ATLAS.ti", "-o",
        caseFile.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("codebook 'qda' added, 4 concepts"), run.err());
    Case c = CaseFiles.read(caseFile);
    assertEquals(List.of("patient"), c.agents().stream().map(a -> a.id()).toList(), "what was there is kept");
    Codebook cb = c.codebooks().get(0);
    assertEquals("Codes from ATLAS.ti", cb.label());
    assertEquals(new Codebook.Concept("eyesight", "Eyesight", Optional.of("conditions")), cb.concepts().get(3));
    assertEquals(Optional.of("Getting to care"), cb.concepts().get(0).definition(), "the code's description");

    String before = Files.readString(caseFile);
    SstRun again = sst("import", "qdc", qdc().toString(), "--id", "qda", "-o", caseFile.toString());
    assertEquals(1, again.exitCode());
    assertTrue(again.err().contains("already has a codebook 'qda'") && again.err().contains("nothing written"),
        again.err());
    assertEquals(before, Files.readString(caseFile));
  }

  @Test
  void makesANewCaseHoldingJustTheCodebookWhenTheCaseFileDoesNotExist() throws Exception {
    Path caseFile = dir.resolve("Interview codes.yaml");
    SstRun run = sst("import", "qdc", qdc().toString(), "-o", caseFile.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("new case 'interview-codes' with codebook 'interview-codes', 4 concepts"),
        run.err());
    Case c = CaseFiles.read(caseFile);
    assertEquals("interview-codes", c.id());
    assertEquals("Codes from Interview codes.qdc", c.title());
    assertEquals(4, c.codebooks().get(0).concepts().size());
    assertTrue(c.agents().isEmpty() && c.cycles().isEmpty() && c.evidence().isEmpty(), c.toString());
    SstRun checked = sst("validate", caseFile.toString());
    assertEquals(0, checked.exitCode(), checked.err() + checked.out());

    SstRun notACaseFile = sst("import", "qdc", qdc().toString(), "-o", dir.resolve("codes.txt").toString());
    assertEquals(1, notACaseFile.exitCode());
    assertTrue(notACaseFile.err().contains("should end in .yaml, .yml or .json; nothing written"),
        notACaseFile.err());
    assertTrue(Files.notExists(dir.resolve("codes.txt")));
  }

  @Test
  void aVersionOneCaseWithEvidenceGetsTheCodebookWithoutDescriptionsAndSaysSo() throws Exception {
    Path caseFile = write("letters.yaml", CASE + """
        sources:
          - {id: int-03, type: interview}
        evidence:
          - {id: ev-1, source: int-03, quote: "my daughter reads them", supports: [patient]}
        """);
    SstRun run = sst("import", "qdc", qdc().toString(), "--id", "qda", "-o", caseFile.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("format version 1") && run.err().contains("the description of 1 code is left out"),
        run.err());
    assertTrue(Files.readString(caseFile).startsWith("sst: \"1\""), Files.readString(caseFile));
    Codebook cb = CaseFiles.read(caseFile).codebooks().get(0);
    assertTrue(cb.concepts().stream().allMatch(k -> k.definition().isEmpty()), cb.toString());
  }

  @Test
  void refusesAHostileCodebookWritingNothing() throws Exception {
    Path caseFile = write("letters.yaml", CASE);
    Path xxe = write("xxe.qdc", "<?xml version=\"1.0\"?>\n<!DOCTYPE CodeBook [<!ENTITY x SYSTEM"
        + " \"file:///etc/passwd\">]>\n<CodeBook><Codes><Code guid=\"a\" name=\"&x;\"/></Codes></CodeBook>");
    SstRun run = sst("import", "qdc", xxe.toString(), "-o", caseFile.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.errLines().get(0).startsWith(xxe + ":2:"), run.err());
    assertTrue(run.err().contains("DOCTYPE"), run.err());
    assertEquals(CASE, Files.readString(caseFile));

    Path broken = write("broken.qdc", "<CodeBook>\n<Codes>\n<Code name=\"A\"/></Codes></CodeBook>");
    SstRun missing = sst("import", "qdc", broken.toString());
    assertEquals(1, missing.exitCode());
    assertTrue(missing.errLines().get(0).startsWith(broken + ":3:") && missing.err().contains("has no guid"),
        missing.err());
    assertEquals("", missing.out());
  }

  @Test
  void listsTheCodeTreeWithCounts() throws Exception {
    SstRun run = sst("import", "qdpx", qdpx(project("0", "24")).toString(), "--list-codes");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of("Access  0 selections", "  Access/Own doctor  2 selections",
        "Conditions  0 selections (not codable)", "  Conditions/Eyesight  1 selection"), run.out().lines().toList());
    assertTrue(run.err().contains("4 codes, 2 coded selections in 1 sources, 1 users"), run.err());
  }

  @Test
  void refusesPositionsOutsideTheTextAndAskForListCodes() throws Exception {
    Path file = qdpx(project("10", "900"));
    SstRun run = sst("import", "qdpx", file.toString(), "--list-codes");
    assertEquals(1, run.exitCode());
    assertTrue(run.errLines().get(0).startsWith(file + "!project.qde:15:"), run.err());
    assertTrue(run.err().contains("selection x1 in source 'Interview 3.txt': characters 10-900 are outside its text"
        + " of 50 characters"), run.err());

    SstRun noList = sst("import", "qdpx", file.toString());
    assertEquals(2, noList.exitCode());
    assertTrue(noList.err().contains("needs --map MAP and -o OUT"), noList.err());
    assertEquals(2, sst("import").exitCode());
  }

  @Test
  void aProjectIsNotImportedIntoAVersionOneCaseWithEvidence() throws Exception {
    Path caseFile = write("letters.yaml", CASE + """
        sources:
          - {id: int-03, type: interview}
        evidence:
          - {id: ev-1, source: int-03, quote: "my daughter reads them", analyst: you, supports: [patient]}
        analysts:
          - {id: you, name: Your Name}
        """);
    Path map = write("map.yaml", "codes: {\"Access/Own doctor\": patient}\n");
    Path out = dir.resolve("out.yaml");
    SstRun run = sst("import", "qdpx", dir.resolve("none.qdpx").toString(), "--map", map.toString(), "--into",
        caseFile.toString(), "-o", out.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("1 evidence item has no kind (format version 1): ev-1"), run.err());
    assertTrue(run.err().contains("make the case version 2 first") && run.err().contains("write its analyst as by")
        && run.err().contains("docs/case-files.md"), run.err());
    assertTrue(Files.notExists(out));
  }

  @Test
  void aVersionOneCaseWithoutEvidenceTakesTheImportAndBecomesVersionTwo() throws Exception {
    Path caseFile = write("letters.yaml", CASE);
    Path map = write("map.yaml", "codes: {\"Access/Own doctor\": patient}\nignore: [Conditions]\n");
    SstRun run = sst("import", "qdpx", qdpx(project("0", "24")).toString(), "--map", map.toString(), "--into",
        caseFile.toString(), "-o", caseFile.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.readString(caseFile).startsWith("sst: \"2\""), Files.readString(caseFile));
  }

  @Test
  void importsTheProjectAsEvidenceQuotingTheSelectedPassagesAndTwiceChangesNothing() throws Exception {
    Path caseFile = write("letters.yaml", CASE.replace("sst: \"1\"", "sst: \"2\""));
    Path map = write("map.yaml", """
        codes:
          "Access/Own doctor": patient
        ignore: ["Conditions"]
        """);
    Path project = qdpx(project("0", "24"));
    SstRun run = sst("import", "qdpx", project.toString(), "--map", map.toString(), "--into", caseFile.toString(),
        "-o", caseFile.toString());
    assertEquals(0, run.exitCode(), run.err());
    Case c = CaseFiles.read(caseFile);
    assertEquals(List.of("patient"), c.agents().stream().map(a -> a.id()).toList(), "what was there is kept");
    // The exact selected passages, taken from the source's text by their positions.
    assertEquals(List.of("I cannot read the letter", "my daughter reads them."),
        c.evidence().stream().map(e -> e.quote().orElseThrow()).sorted().toList());
    assertTrue(c.evidence().stream().allMatch(e -> e.supports().equals(List.of("patient"))), c.evidence().toString());
    byte[] once = Files.readAllBytes(caseFile);

    SstRun again = sst("import", "qdpx", project.toString(), "--map", map.toString(), "--into", caseFile.toString(),
        "-o", caseFile.toString());
    assertEquals(0, again.exitCode(), again.err());
    assertEquals(new String(once, StandardCharsets.UTF_8), Files.readString(caseFile), "the second import adds nothing");
    SstRun checked = sst("validate", caseFile.toString());
    assertEquals(0, checked.exitCode(), checked.err() + checked.out());
  }
}
