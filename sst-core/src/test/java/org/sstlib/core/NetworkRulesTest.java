package org.sstlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.core.CaseFixture.assertHasProblem;
import static org.sstlib.core.CaseFixture.assertOnlyProblem;
import static org.sstlib.core.CaseFixture.fixture;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sstlib.core.casefile.CaseFileException;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.casefile.CaseFormat;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.core.chain.ChainPath;
import org.sstlib.core.chain.StepKind;

/** The network of position-practices: typed relations, their qualifiers, and a position-practice as an outcome. */
class NetworkRulesTest {

  private static final String V2 = """
      sst: "2"
      id: school
      title: A school
      agents:
        - {id: ann, label: Ann, type: individual}
      positionPractices:
        - id: teacher
          label: Class teacher
          occupiedBy: [ann]
          relations:
            - {to: pupil, type: cares-for, label: teaches and looks after, strength: high, trust: medium}
            - {to: head, type: accountable-to}
        - {id: pupil, label: Pupil}
        - {id: head, label: Head teacher}
      """;

  @Test
  void aVersionTwoRelationReadsItsTypeLabelStrengthAndTrust() {
    Case c = CaseFiles.read(V2, CaseFormat.YAML, "school.yaml");
    PositionPractice teacher = c.positionPractices().get(0);
    assertEquals(new PositionPractice.Relation("pupil", RelationType.CARES_FOR, Optional.of("teaches and looks after"),
        Optional.of(Degree.HIGH), Optional.of(Degree.MEDIUM)), teacher.relations().get(0));
    assertEquals(new PositionPractice.Relation("head", RelationType.ACCOUNTABLE_TO, Optional.empty(),
        Optional.empty(), Optional.empty()), teacher.relations().get(1));
    assertEquals(c, CaseFiles.read(CaseFiles.write(c, CaseFormat.YAML), CaseFormat.YAML, "again.yaml"));
    assertTrue(CaseFiles.write(c, CaseFormat.YAML).startsWith("sst: \"2\""));
  }

  @Test
  void aVersionOneRelationIsOfTypeOtherAndWritesAsVersionOneAgain() {
    String v1 = """
        sst: "1"
        id: school
        title: A school
        positionPractices:
          - id: teacher
            label: Class teacher
            relations:
              - {to: head, label: is managed by}
          - {id: head, label: Head teacher}
        """;
    Case c = CaseFiles.read(v1, CaseFormat.YAML, "school.yaml");
    assertEquals(new PositionPractice.Relation("head", "is managed by"), c.positionPractices().get(0).relations().get(0));
    assertEquals(RelationType.OTHER, c.positionPractices().get(0).relations().get(0).type());
    String written = CaseFiles.write(c, CaseFormat.YAML);
    assertTrue(written.startsWith("sst: \"1\""), written);
    assertTrue(!written.contains("type:"), written);
  }

  @Test
  void aTypedRelationOrAQualifierMakesTheCaseVersionTwo() {
    for (PositionPractice.Relation r : List.of(
        new PositionPractice.Relation("gp-role", RelationType.REFERS_TO, Optional.of("refers to"), Optional.empty(),
            Optional.empty()),
        new PositionPractice.Relation("gp-role", RelationType.OTHER, Optional.of("refers to"), Optional.of(Degree.LOW),
            Optional.empty()),
        new PositionPractice.Relation("gp-role", RelationType.OTHER, Optional.of("refers to"), Optional.empty(),
            Optional.of(Degree.HIGH)))) {
      Case.Builder b = fixture();
      b.positionPractices.set(0, PositionPractice.builder("case-manager", "Case manager").occupiedBy("matron")
          .relation(r).build());
      b.evidence.set(0, Evidence.builder("ev-template", "paper").quote("a short verbatim quote").by("rh")
          .kind(EvidenceKind.DOCUMENT).supports("risk-tool", "icm/risk-tool").build());
      Case c = b.build();
      String written = CaseFiles.write(c, CaseFormat.YAML);
      assertTrue(written.startsWith("sst: \"2\""), () -> r + ": " + written);
    }
    // A plain relation alone keeps a case at version 1: aVersionOneRelationIsOfTypeOtherAndWritesAsVersionOneAgain.
    // (The fixture itself is version 2 now: its icm cycle draws on the team's internal structures.)
  }

  @Test
  void anUnknownRelationTypeIsLocatedWithADidYouMean() {
    CaseFileException e = refused(V2.replace("type: cares-for", "type: care-for"));
    assertLocated(e, "positionPractices[0].relations[0].type", "'care-for' is not a valid type", "did you mean "
        + "'cares-for'?");
  }

  @Test
  void aVersionTwoRelationNeedsAType() {
    CaseFileException e = refused(V2.replace("{to: head, type: accountable-to}", "{to: head, label: answers to}"));
    assertLocated(e, "positionPractices[0].relations[1].type", "missing required key 'type'");
  }

  @Test
  void strengthAndTrustAreLowMediumOrHigh() {
    assertLocated(refused(V2.replace("strength: high", "strength: strong")),
        "positionPractices[0].relations[0].strength", "'strong' is not a valid strength", "low, medium, high");
    assertLocated(refused(V2.replace("trust: medium", "trust: meduim")),
        "positionPractices[0].relations[0].trust", "did you mean 'medium'?");
  }

  @Test
  void versionOneRefusesTypeStrengthAndTrust() {
    String v1 = V2.replace("sst: \"2\"", "sst: \"1\"").replace("{to: head, type: accountable-to}",
        "{to: head, label: answers to}");
    CaseFileException e = refused(v1);
    for (String key : List.of("type", "strength", "trust")) {
      assertLocated(e, "positionPractices[0].relations[0]." + key, "'" + key + "' is a key of case-file format "
          + "version 2");
    }
  }

  @Test
  void aRelationOfTypeOtherSaysWhatItIs() {
    Case.Builder b = fixture();
    b.positionPractices.set(0, PositionPractice.builder("case-manager", "Case manager").occupiedBy("matron")
        .relation("gp-role", RelationType.OTHER).build());
    assertOnlyProblem(b, "positionPractices[0].relations[0].label", "case-manager", "has type other and no label",
        "accountable-to");
  }

  @Test
  void aTypedRelationNeedsNoLabel() {
    Case.Builder b = fixture();
    b.positionPractices.set(0, PositionPractice.builder("case-manager", "Case manager").occupiedBy("matron")
        .relation("gp-role", RelationType.REFERS_TO).build());
    assertEquals(List.of(), b.problems());
  }

  @Test
  void anOutcomeMayCreateReproduceChangeOrErodeAPositionPractice() {
    for (Change change : List.of(Change.CREATED, Change.REPRODUCED, Change.CHANGED, Change.ERODED)) {
      Case.Builder b = fixture();
      b.cycles.set(1, CaseFixture.planning().outcome(Outcome.of("gp-role").withChange(change)).build());
      assertEquals(List.of(), b.problems(), change::code);
    }
    Case.Builder noChange = fixture();
    noChange.cycles.set(1, CaseFixture.planning().outcome("gp-role").build());
    assertEquals(List.of(), noChange.problems(), "a position-practice outcome need not say its change");
  }

  @Test
  void aPositionPracticeIsNotAnEvent() {
    Case.Builder b = fixture();
    b.cycles.set(1, CaseFixture.planning().outcome(Outcome.of("gp-role").withChange(Change.EVENT)).build());
    assertOnlyProblem(b, "cycles[1].outcomes[1].change", "planning",
        "a position-practice is created, reproduced, changed or eroded, not an event");
  }

  @Test
  void anOutcomeStillNamesAStructureAnEventOrAPositionPractice() {
    Case.Builder b = fixture();
    b.cycles.set(1, CaseFixture.planning().outcome("matron").build());
    assertHasProblem(b, "cycles[1].outcomes[1].ref", "planning", "a structure, an event or a position-practice");
  }

  @Test
  void theChainEndsAtAPositionPracticeAnOutcomeChanges() {
    Case.Builder b = fixture();
    b.cycles.set(1, CaseFixture.planning().outcome(Outcome.of("gp-role").withChange(Change.ERODED)).build());
    ChainGraph chain = ChainGraph.of(b.build());
    List<ChainPath> paths = chain.paths("caseload", "gp-role");
    assertTrue(!paths.isEmpty(), "a path from the caseload to the eroded position-practice");
    ChainPath path = paths.get(0);
    assertEquals(StepKind.PRODUCES, path.steps().get(path.steps().size() - 1).kind());
    assertEquals(Optional.of(Change.ERODED), path.steps().get(path.steps().size() - 1).change());
    // enactedIn stays: the matron's agency is enacted in the case manager's position-practice.
    assertTrue(!chain.paths("risk-tool", "case-manager").isEmpty());
  }

  private static CaseFileException refused(String text) {
    try {
      CaseFiles.read(text, CaseFormat.YAML, "school.yaml");
    } catch (CaseFileException e) {
      return e;
    }
    throw new AssertionError("read " + text);
  }

  private static void assertLocated(CaseFileException e, String path, String... parts) {
    Problem p = e.problems().stream().filter(q -> q.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no problem at " + path + " in " + e.problems()));
    for (String part : parts) {
      assertTrue(p.message().contains(part), () -> "message lacks [" + part + "]: " + p.message());
    }
    assertTrue(e.getMessage().contains("school.yaml:"), e::getMessage);
  }
}
