package org.sstlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRuleTest {

  @ParameterizedTest
  @ValueSource(ints = {0x00, 0x07, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F, 0xD800, 0xDFFF, 0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF,
      0x1FFFE, 0x1FFFF, 0x10FFFE, 0x10FFFF})
  void refuses(int codePoint) {
    assertFalse(TextRule.allows(codePoint));
    String text = "ab" + new String(Character.toChars(codePoint)) + "c";
    assertEquals(2, TextRule.firstRefused(text).orElseThrow().index());
    assertTrue(TextRule.problem(text).orElseThrow().contains(String.format("U+%04X", codePoint)));
  }

  @ParameterizedTest
  @ValueSource(ints = {'\t', '\n', '\r', ' ', '~', 0xA0, 0x200F, 0x0301, 0xFDCF, 0xFDF0, 0xFFFD, 0x1F600, 0x10FFFD})
  void allows(int codePoint) {
    assertTrue(TextRule.allows(codePoint));
    assertTrue(TextRule.firstRefused("a" + new String(Character.toChars(codePoint))).isEmpty());
  }

  @Test
  void aLoneSurrogateIsRefusedAndAPairIsNot() {
    assertTrue(TextRule.firstRefused("\uD83D\uDE00").isEmpty());
    assertEquals(1, TextRule.firstRefused("a\uD83Db").orElseThrow().index());
    assertEquals(1, TextRule.firstRefused("a\uDE00").orElseThrow().index());
  }

  @Test
  void theProblemCountsCharactersNotChars() {
    assertEquals("the label holds the control character U+001B at character 3; text may hold tab, LF and CR but no "
        + "other control character", TextRule.problem("\uD83D\uDE00x\u001B", "the label").orElseThrow());
  }

  @Test
  void escapeShowsWhatATerminalWouldObey() {
    assertEquals("clear\\u001B[2J", TextRule.escape("clear\u001B[2J"));
    assertEquals("a\\u000Ab\\u0009c", TextRule.escape("a\nb\tc"));
    assertEquals("x\\U0001FFFE", TextRule.escape("x" + new String(Character.toChars(0x1FFFE))));
    String plain = "caf\u00e9 \uD83D\uDE00 \u05D0";
    assertTrue(plain == TextRule.escape(plain));
  }

  @Test
  void problemsEscapeEveryField() {
    Problem p = Problem.at("a\u001Bb.yaml", 1, 1, "key\u001B[2J", "bad \u0007 here");
    assertEquals("a\\u001Bb.yaml:1:1: key\\u001B[2J: bad \\u0007 here", p.toString());
  }

  @Test
  void theBuilderAppliesTheRuleToEveryText() {
    Case.Builder b = Case.builder("study", "Title \u0007")
        .agent(Agent.builder("nurse", "Nurse\u001B[2J", AgentType.INDIVIDUAL).build());
    List<Problem> problems = b.problems();
    assertTrue(problems.stream().anyMatch(p -> p.path().equals("title") && p.message().contains("U+0007")),
        problems.toString());
    Problem label = problems.stream().filter(p -> p.path().equals("agents[0].label")).findFirst().orElseThrow();
    assertEquals("nurse", label.elementId());
    assertTrue(label.message().contains("agent 'nurse'") && label.message().contains("U+001B"), label.message());
  }

  @Test
  void anIdTheRuleRefusesIsReportedOnce() {
    Case.Builder b = Case.builder("study", "Title")
        .agent(Agent.builder("nur\uFFFEse", "Nurse", AgentType.INDIVIDUAL).build());
    List<Problem> problems = b.problems().stream().filter(p -> p.path().equals("agents[0].id")).toList();
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).message().contains("U+FFFE"));
  }
}
