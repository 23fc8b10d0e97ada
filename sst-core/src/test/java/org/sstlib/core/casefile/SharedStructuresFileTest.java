package org.sstlib.core.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Case;
import org.sstlib.core.Cycle;
import org.sstlib.core.Problem;
import org.sstlib.core.Structure;

/**
 * A structure held by several agents ({@code internalTo: [a, b]}) and a cycle's {@code drawsOn} in the case file:
 * read, checked with located problems, and written back (one holder as a plain id, so version-1 files write as
 * before; several holders and drawsOn as lists, in format version 2).
 */
class SharedStructuresFileTest {

  /** A case with a lens shared by the leaders and the ICM team; the matron is a member of the team. */
  private static String file(String version, String internalTo, String drawsOn) {
    return """
        sst: "%s"
        id: lens
        title: The lens of integrated care
        agents:
          - {id: leaders, label: Partnership leaders, type: collective}
          - {id: icm-team, label: ICM team, type: collective}
          - {id: matron, label: Community matron, type: individual, memberOf: [icm-team]}
          - {id: gp, label: GP, type: individual}
        structures:
          - {id: bcf, label: Better Care Fund, form: funding}
          - id: lens
            label: The lens of integrated care
            internalTo: %s
            kind: general-dispositional
          - {id: caseload, label: Caseload, form: organisational-arrangement}
        cycles:
          - id: icm
            label: ICM meeting
            site: localities
            agentInFocus: matron
            external: [bcf]
            internal: [lens]
        %s
            agency:
              - {id: review, label: Reviews the list}
            outcomes: [caseload]
        """.formatted(version, internalTo, drawsOn);
  }

  private static Case read(String text) {
    return CaseFiles.read(text, CaseFormat.YAML, "lens.yaml");
  }

  private static List<Problem> problems(String text) {
    return assertThrows(CaseFileException.class, () -> read(text)).problems();
  }

  private static Problem only(String text) {
    List<Problem> problems = problems(text);
    assertEquals(1, problems.size(), problems::toString);
    return problems.get(0);
  }

  @Test
  void severalHoldersAreReadSortedAndWrittenAsAListInVersionTwo() {
    Case c = read(file("2", "[leaders, icm-team, matron]", ""));
    assertEquals(List.of("icm-team", "leaders", "matron"),
        c.element("lens", Structure.class).orElseThrow().internalTo());
    String written = CaseFiles.write(c, CaseFormat.YAML);
    assertTrue(written.startsWith("sst: \"2\""), written);
    assertTrue(written.replaceAll("\\s+", " ").contains("internalTo: - \"icm-team\" - \"leaders\" - \"matron\""),
        written);
    assertEquals(c, read(written));
  }

  @Test
  void oneHolderIsWrittenAsAPlainIdInVersionOne() {
    Case c = read(file("1", "matron", ""));
    assertEquals(List.of("matron"), c.element("lens", Structure.class).orElseThrow().internalTo());
    String written = CaseFiles.write(c, CaseFormat.YAML);
    assertTrue(written.startsWith("sst: \"1\""), written);
    assertTrue(written.contains("internalTo: \"matron\""), written);
    // One holder written as a list reads the same.
    assertEquals(c.element("lens", Structure.class), read(file("2", "[matron]", ""))
        .element("lens", Structure.class));
  }

  @Test
  void drawsOnIsReadAndWrittenInVersionTwo() {
    Case c = read(file("2", "icm-team", "    drawsOn: [icm-team]"));
    assertEquals(List.of("icm-team"), c.element("icm", Cycle.class).orElseThrow().drawsOn());
    String written = CaseFiles.write(c, CaseFormat.YAML);
    assertTrue(written.startsWith("sst: \"2\""), written);
    assertTrue(written.replaceAll("\\s+", " ").contains("drawsOn: - \"icm-team\""), written);
    assertEquals(c, read(written));
  }

  @Test
  void aListOfHoldersInAVersionOneFileIsRefused() {
    Problem p = only(file("1", "[leaders, matron]", ""));
    assertEquals("structures[1].internalTo", p.path());
    assertEquals(13, p.line());
    assertTrue(p.message().contains("format version 2") && p.message().contains("write sst: \"2\""), p.message());
  }

  @Test
  void drawsOnInAVersionOneFileIsRefused() {
    Problem p = problems(file("1", "icm-team", "    drawsOn: [icm-team]")).get(0);
    assertEquals("cycles[0].drawsOn", p.path());
    assertEquals(23, p.line());
    assertTrue(p.message().contains("write sst: \"2\""), p.message());
  }

  @Test
  void anEmptyListOfHoldersIsRefused() {
    Problem p = only(file("2", "[]", ""));
    assertEquals("structures[1].internalTo", p.path());
    assertEquals(13, p.line());
    assertTrue(p.message().contains("lists no agent"), p.message());
  }

  @Test
  void anUnknownHolderIsLocatedAtItsPlaceInTheList() {
    Problem p = only(file("2", "[matron, gpp]", ""));
    assertEquals("structures[1].internalTo[1]", p.path());
    assertEquals(13, p.line());
    assertTrue(p.message().contains("agent 'gpp' is referenced by structure 'lens' but not defined")
        && p.message().contains("did you mean 'gp'?"), p.message());
  }

  @Test
  void aHolderListedTwiceIsRefused() {
    Problem p = only(file("2", "[matron, leaders, matron]", ""));
    assertEquals("structures[1].internalTo[2]", p.path());
    assertTrue(p.message().contains("'matron' is listed twice in internalTo of structure 'lens'"), p.message());
  }

  @Test
  void aMemberDoesNotDrawOnItsCollectivesStructureWithoutDrawsOn() {
    Problem p = only(file("2", "[leaders, icm-team]", ""));
    assertEquals("cycles[0].internal[0]", p.path());
    assertEquals(22, p.line());
    assertTrue(p.message().contains("'lens' is an internal structure of 'icm-team', of which 'matron' is a member; "
        + "a member does not draw on its collective's internal structures unless the structure names it in "
        + "internalTo or the cycle says drawsOn: [icm-team]"), p.message());
  }

  @Test
  void drawsOnMustNameACollectiveTheFocusIsAMemberOf() {
    // The unknown collective is reported where it is named (and the lens is then not drawn on).
    Problem unknown = problems(file("2", "icm-team", "    drawsOn: [icm-tem]")).stream()
        .filter(p -> p.path().equals("cycles[0].drawsOn[0]")).findFirst().orElseThrow();
    assertTrue(unknown.message().contains("did you mean 'icm-team'?"), unknown.message());
    Problem notCollective = problems(file("2", "icm-team", "    drawsOn: [icm-team, gp]")).get(0);
    assertEquals("cycles[0].drawsOn[1]", notCollective.path());
    assertEquals(23, notCollective.line());
    assertTrue(notCollective.message().contains("'gp', which is not a collective agent"), notCollective.message());
    Problem notMember = only(file("2", "icm-team", "    drawsOn: [icm-team, leaders]"));
    assertEquals("cycles[0].drawsOn[1]", notMember.path());
    assertTrue(notMember.message().contains("the agent-in-focus 'matron' is not a member of it"),
        notMember.message());
  }
}
