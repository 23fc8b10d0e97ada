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
      assertFalse(namesLibraryInternals(shown), shown);
    }
    return e.problems();
  }

  private static boolean namesLibraryInternals(String shown) {
    return shown.contains("Event") || shown.contains("org.yaml") || shown.contains("snakeyaml")
        || shown.contains("Feature") || shown.contains("while scanning");
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

  @Test
  void aTabInIndentationIsNamedAtItsLine() throws IOException {
    Problem p = only("tab-indentation.yaml");
    assertEquals(16, p.line());
    assertEquals(1, p.column());
    assertEquals("a tab is used for indentation at line 16; YAML indents with spaces: replace the tab with spaces",
        p.message());
  }

  @Test
  void anUnbalancedQuoteIsReportedAtTheOpeningQuote() throws IOException {
    Problem p = only("unbalanced-quote.yaml");
    assertEquals(11, p.line(), p.toString());
    assertEquals(25, p.column(), p.toString());
    assertTrue(p.message().contains("add the closing quote on line 11"), p.message());
  }

  @Test
  void aQuoteNeverClosedIsReportedAtTheOpeningQuote() {
    String text = CaseFilesTest.GOOD.replace("label: Variance report", "label: \"Variance report");
    CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFiles.read(text, CaseFormat.YAML, "q.yaml"));
    Problem p = e.problems().get(0);
    assertEquals(9, p.line(), p.toString());
    assertTrue(p.message().contains("is never closed"), p.message());
  }

  @Test
  void anUnquotedColonInAValueSaysToQuoteIt() throws IOException {
    Problem p = only("colon-in-value.yaml");
    assertEquals(15, p.line());
    assertTrue(p.message().contains("put the value in quotes, for example label: \"Month-end close: the ledgers\""),
        p.message());
  }

  /** Every malformed file of the fuzz corpus is described without the parsers' own class and setting names. */
  @Test
  void noMessageOfTheCorpusNamesLibraryInternals() throws Exception {
    java.nio.file.Path corpus = java.nio.file.Path.of(HostileCaseFileTest.class
        .getResource("CaseFileFuzzTestInputs/readsToACaseOrLocatedProblems").toURI());
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(corpus)) {
      for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files::iterator) {
        try {
          CaseFiles.read(file);
        } catch (CaseFileException e) {
          e.problems().forEach(p -> assertFalse(namesLibraryInternals(p.message()), p.toString()));
        }
      }
    }
  }

  @Test
  void aLongValueRefusedIsShownShortened() {
    String text = CaseFilesTest.GOOD.replace("    internal: [know]", "    internal: [know]\n    follows: "
        + "x".repeat(1_000_000));
    CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFiles.read(text, CaseFormat.YAML, "l.yaml"));
    Problem p = e.problems().get(0);
    assertEquals("cycles[0].follows", p.path(), p.toString());
    assertTrue(p.message().length() < 400, () -> p.message().substring(0, 400));
    assertTrue(p.message().contains("(1000000 characters)"), p.message());
  }
}
