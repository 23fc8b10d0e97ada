package org.sstlib.core.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Case;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.InvalidCaseException;
import org.sstlib.core.Problem;

/**
 * Format versions 1 and 2 of the case file: what each reads and refuses, and which one the writer writes (version 2,
 * or version 1 for a case that says nothing version 2 adds), with located problems for what cannot be.
 */
class FormatVersionsTest {

  private static String file(String version, String top, String evidence) {
    return """
        sst: "%s"
        id: visits
        title: Home visits
        %s
        analysts:
          - {id: you, name: Your Name}
        sources:
          - {id: int-07, type: interview}
        agents:
          - {id: nurse, label: Nurse, type: individual}
        structures:
          - {id: plan, label: Care plan, form: artefact}
          - {id: slots, label: Visit slots, form: contract-or-target}
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
          - id: ev-1
            source: int-07
            quote: "whatever you find"
        %s
            supports: [visit/plan]
        """.formatted(version, top, evidence);
  }

  private static Case read(String text) {
    return CaseFiles.read(text, CaseFormat.YAML, "visits.yaml");
  }

  private static List<Problem> problems(String text) {
    return assertThrows(CaseFileException.class, () -> read(text)).problems();
  }

  @Test
  void aVersionOneFileReadsAsBeforeAndIsWrittenAsVersionOne() {
    Case c = read(file("1", "", "    analyst: you"));
    assertEquals(Optional.empty(), c.evidence().get(0).kind());
    assertEquals(Optional.of("you"), c.evidence().get(0).by());
    String written = CaseFiles.write(c, CaseFormat.YAML);
    assertTrue(written.startsWith("sst: \"1\""), written);
    assertTrue(written.contains("analyst: \"you\""), written);
    assertEquals(c, read(written));
  }

  @Test
  void aVersionTwoFileCarriesKindsAuthorsAndByAndIsWrittenAsVersionTwo() {
    Case c = read(file("2", "authors:\n  - {name: Ann Author, orcid: 0000-0002-1825-0097}",
        "    kind: participant\n    by: you"));
    assertEquals(Optional.of(EvidenceKind.PARTICIPANT), c.evidence().get(0).kind());
    assertEquals("Ann Author", c.authors().get(0).name());
    String written = CaseFiles.write(c, CaseFormat.YAML);
    assertTrue(written.startsWith("sst: \"2\""), written);
    assertTrue(written.contains("by: \"you\""), written);
    assertFalse(written.contains("analyst:"), written);
    assertEquals(c, read(written));
    assertEquals(c, CaseFiles.read(CaseFiles.write(c, CaseFormat.JSON), CaseFormat.JSON, "visits.json"));
  }

  @Test
  void aVersionOneFileUsingAVersionTwoKeyIsToldToSayVersionTwo() {
    Problem p = problems(file("1", "authors:\n  - {name: Ann Author}", "")).get(0);
    assertEquals("authors", p.path());
    assertEquals(4, p.line());
    assertTrue(p.message().contains("write sst: \"2\""), p.message());
    Problem kind = problems(file("1", "", "    kind: participant")).get(0);
    assertEquals("evidence[0].kind", kind.path());
  }

  @Test
  void versionTwoNeedsAKindAndSpellsTheAnalystBy() {
    Problem missing = problems(file("2", "", "")).get(0);
    assertEquals("evidence[0].kind", missing.path());
    assertTrue(missing.message().contains("participant, fieldnote, document, composite, author, analyst"),
        missing.message());
    Problem analyst = problems(file("2", "", "    kind: author\n    analyst: you")).get(0);
    assertEquals("evidence[0].analyst", analyst.path());
    assertTrue(analyst.message().contains("'by'"), analyst.message());
  }

  @Test
  void byNamesAnAnalystAndAnOrcidHasItsCheckDigit() {
    Problem by = problems(file("2", "", "    kind: author\n    by: nurse")).get(0);
    assertEquals("evidence[0].by", by.path());
    assertTrue(by.message().contains("'nurse' is an agent, not an analyst"), by.message());
    Problem orcid = problems(file("2", "authors:\n  - {name: Ann Author, orcid: 0000-0002-1825-0098}",
        "    kind: author")).get(0);
    assertEquals("authors[0].orcid", orcid.path());
    assertTrue(orcid.message().contains("check digit"), orcid.message());
  }

  @Test
  void wordsOfTheFieldAreQuoted() {
    Problem p = problems(file("2", "", "    kind: participant").replace("    quote: \"whatever you find\"\n",
        "    note: \"she said the slots are short\"\n")).get(0);
    assertEquals("evidence[0].quote", p.path());
    assertTrue(p.message().contains("a paraphrase is the authors' claim"), p.message());
  }

  @Test
  void versionTwoSaysWhoActsTheBracketTheLevelAndWhatResistingWouldHaveCost() {
    String text = file("2", "level: general", "    kind: author")
        .replace("    external: [slots]\n", """
                    bracket: conduct
                    external:
                      - ref: slots
                        force: irresistible-force
                        sacrifices: [seeing the next patient on time]
                        lacking: [power, knowledge]
                """)
        .replace("      - {id: stay, label: Stays longer}", "      - {id: stay, label: Stays longer, by: [nurse]}");
    assertTrue(text.contains("by: [nurse]") && text.contains("bracket: conduct"), text);
    Case c = read(text);
    assertEquals(org.sstlib.core.OntologyLevel.GENERAL, c.level());
    assertEquals(Optional.of(org.sstlib.core.Bracket.CONDUCT), c.cycles().get(0).bracket());
    assertEquals(List.of("seeing the next patient on time"), c.cycles().get(0).external().get(0).sacrifices());
    String written = CaseFiles.write(c, CaseFormat.YAML);
    assertTrue(written.contains("level: \"general\""), written);
    assertTrue(written.contains("lacking:"), written);
    assertFalse(written.contains("by:\n"), "the agent-in-focus acting is the default: " + written);
    assertEquals(c, read(written));
    Problem courage = problems(text.replace("[power, knowledge]", "[power, courage]")).get(0);
    assertEquals("cycles[0].external[0].lacking[1]", courage.path());
    assertTrue(courage.line() > 0, courage.toString());
    assertTrue(courage.message().contains("power, knowledge, critical-distance"), courage.message());
    Problem inVersionOne = problems(file("1", "level: general", "")).get(0);
    assertEquals("level", inVersionOne.path());
  }

  /** A codebook whose second concept says DEFINITION. */
  private static String codebook(String definition) {
    return """
        codebooks:
          - id: qda
            label: Interview codes
            concepts:
              - {id: access, label: Access}
              - id: own-doctor
                label: Own doctor
                broader: access
        %s""".formatted(definition);
  }

  private static final String TWO_LINES =
      "        definition: |-\n          Seeing the doctor one knows.\n          Not a locum.";

  @Test
  void aConceptsDefinitionIsAVersionTwoKeyAndACodebookWithoutOneStaysVersionOne() {
    Case c = read(file("2", codebook(TWO_LINES), "    kind: participant"));
    assertEquals(Optional.of("Seeing the doctor one knows.\nNot a locum."),
        c.codebooks().get(0).concepts().get(1).definition());
    assertEquals(Optional.empty(), c.codebooks().get(0).concepts().get(0).definition());
    String written = CaseFiles.write(c, CaseFormat.YAML);
    assertEquals(1, written.split("definition:", -1).length - 1, written);
    assertEquals(c, read(written));
    assertEquals(c, CaseFiles.read(CaseFiles.write(c, CaseFormat.JSON), CaseFormat.JSON, "visits.json"));

    Case without = read(file("1", codebook(""), ""));
    String v1 = CaseFiles.write(without, CaseFormat.YAML);
    assertTrue(v1.startsWith("sst: \"1\""), v1);
    assertFalse(v1.contains("definition"), v1);

    Problem p = problems(file("1", codebook(TWO_LINES), "")).get(0);
    assertEquals("codebooks[0].concepts[1].definition", p.path());
    assertTrue(p.message().contains("write sst: \"2\""), p.message());
    Problem blank = problems(file("2", codebook("        definition: \" \""), "    kind: participant")).get(0);
    assertEquals("codebooks[0].concepts[1].definition", blank.path());
    assertTrue(blank.message().contains("blank definition"), blank.message());
  }

  @Test
  void aCaseWithKindsOnSomeEvidenceAndNotOthersCannotBeWritten() {
    Case v1 = read(file("1", "", ""));
    Case mixed = Case.builder("visits", "Home visits", v1)
        .evidence(org.sstlib.core.Evidence.builder("ev-2", "int-07").kind(EvidenceKind.ANALYST).note("ours")
            .build())
        .build();
    InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> CaseFiles.write(mixed, CaseFormat.YAML));
    assertEquals("evidence[0].kind", e.problems().get(0).path());
    assertEquals(1, e.problems().size());
  }
}
