package org.sstlib.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sstlib.core.Problem;
import org.sstlib.core.casefile.CaseFileException;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.casefile.CaseFormat;
import org.sstlib.core.testing.ReferenceCase;

/**
 * The reference case broken in each way a researcher might break it: each copy is refused with a problem that
 * is located (line and column), names the path, and says what is wrong.
 */
class BrokenReferenceCaseTest {
  private static final String TEXT = ReferenceCases.text(ReferenceCase.FILE);

  static Stream<Arguments> breakages() {
    return Stream.of(
        // what, from, to, expected path, expected words in the message
        Arguments.of("dangling reference", "    agentInFocus: icm-team\n", "    agentInFocus: icm-taem\n",
            "cycles[2].agentInFocus", "did you mean 'icm-team'"),
        Arguments.of("duplicate id", "  - id: glasses\n", "  - id: stairs\n", ".id", "duplicate id 'stairs'"),
        Arguments.of("bad id", "  - id: alf-fall\n", "  - id: alf fall\n", "events[2].id", "not a valid id"),
        Arguments.of("wrong role", "    internal: [ic-lens, team-knows-caseload,",
            "    internal: [alf-independence, ic-lens, team-knows-caseload,",
            "cycles[2].internal[0]", "not of the agent-in-focus"),
        Arguments.of("internal structure without kind", "    kind: general-dispositional\n", "\n",
            "structures[", "has no kind"),
        Arguments.of("cycle without agent-in-focus", "    agentInFocus: partnership-leaders\n", "",
            "cycles[0].agentInFocus", "missing required key 'agentInFocus'"),
        Arguments.of("qualifier in the wrong role", "{ref: alf-fall, change: event,",
            "{ref: alf-fall, force: irresistible-force, change: event,", "cycles[4].outcomes[0].force",
            "not outcomes"),
        Arguments.of("unknown code", "codes: [\"ic:risk-stratification\"]", "codes: [\"ic:risk-stratificaton\"]",
            ".codes[0]", "did you mean 'risk-stratification'"),
        Arguments.of("unknown key", "        reflexivity: strategic\n", "        reflexivty: strategic\n",
            ".reflexivty", "did you mean 'reflexivity'"),
        Arguments.of("duplicate key", "    site: Alf's home\n", "    site: Alf's home\n    site: Alf's kitchen\n",
            ".site", "duplicate key 'site'"),
        Arguments.of("wrong type", "    follows: [partnership-strategy]\n",
            "    follows: {after: partnership-strategy}\n", "cycles[1].follows", "should be a list"),
        Arguments.of("trailing content", "", "---\nid: another\n", "", "second YAML document"),
        Arguments.of("unknown format version", "sst: \"2\"", "sst: \"7\"", "sst", "reads format versions 1, 2"),
        Arguments.of("bad code-list value", "effect: enables", "effect: enabels", ".effect",
            "did you mean 'enables'"),
        Arguments.of("unavailable given as text", "available: false}", "available: nope}", ".available",
            "true or false"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakages")
  void eachBreakageIsRefusedWithALocatedReadableReason(String what, String from, String to, String path,
      String words) {
    String broken;
    if (from.isEmpty()) {
      broken = TEXT + to;
    } else {
      assertTrue(TEXT.contains(from), "the reference case no longer contains: " + from);
      broken = TEXT.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }
    CaseFileException e = assertThrows(CaseFileException.class,
        () -> CaseFiles.read(broken, CaseFormat.YAML, "hughes-2022.yaml"), what);
    assertFalse(e.problems().isEmpty());
    boolean found = false;
    for (Problem p : e.problems()) {
      assertTrue(p.line() > 0 && p.column() > 0, what + ": not located: " + p);
      assertTrue(p.toString().startsWith("hughes-2022.yaml:" + p.line() + ":" + p.column() + ": "), p.toString());
      if (p.path().contains(path) && p.message().contains(words)) {
        found = true;
      }
    }
    assertTrue(found, what + ": expected a problem at '" + path + "' saying '" + words + "', got:\n"
        + e.getMessage());
  }
}
