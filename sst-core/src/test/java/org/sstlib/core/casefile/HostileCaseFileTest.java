package org.sstlib.core.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Problem;

/** Hostile case files kept in {@code hostile/}, each starting with a comment saying what it attacks. */
class HostileCaseFileTest {

  private static List<Problem> problems(String name) throws IOException {
    String text;
    try (InputStream in = HostileCaseFileTest.class.getResourceAsStream("hostile/" + name)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(text.startsWith("# "), name + " says what it attacks");
    CaseFileException e = assertThrows(CaseFileException.class,
        () -> CaseFiles.read(text.getBytes(StandardCharsets.UTF_8), CaseFormat.YAML, name));
    for (Problem p : e.problems()) {
      String shown = p.toString();
      assertFalse(shown.chars().anyMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F)), "raw control in " + shown);
      assertFalse(shown.contains("Event") || shown.contains("java.") || shown.contains("snakeyaml"), shown);
    }
    return e.problems();
  }

  private static Problem only(String name) throws IOException {
    List<Problem> problems = problems(name);
    assertEquals(1, problems.size(), problems.toString());
    return problems.get(0);
  }

  @Test
  void aKeyWithTerminalEscapeCodesIsShownEscaped() throws IOException {
    List<Problem> problems = problems("escape-codes-in-key.yaml");
    assertTrue(problems.stream().allMatch(p -> p.path().equals("clear\\u001B[2J")), problems.toString());
    assertTrue(problems.get(0).message().contains("U+001B"), problems.get(0).message());
  }

  @Test
  void aBellInALabelIsRefusedAtItsPath() throws IOException {
    Problem p = only("bell-in-label.yaml");
    assertEquals("agents[2].label", p.path());
    assertEquals(8, p.line());
    assertTrue(p.message().contains("U+0007"), p.message());
  }

  @Test
  void aNoncharacterInALabelIsRefusedAtItsPath() throws IOException {
    Problem p = only("noncharacter-in-label.yaml");
    assertEquals("agents[2].label", p.path());
    assertTrue(p.message().contains("U+FFFE"), p.message());
  }

  @Test
  void aScalarWhereAListBelongsGivesOneMessage() throws IOException {
    Problem p = only("scalar-for-list.yaml");
    assertEquals("cycles[0].agentsInContext", p.path());
  }

  @Test
  void aListWhereAnIdBelongsLeaksNoPlaceholder() throws IOException {
    Problem p = only("internal-to-list.yaml");
    assertEquals("structures[2].internalTo", p.path());
  }
}
