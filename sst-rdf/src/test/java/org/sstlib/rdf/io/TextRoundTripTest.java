package org.sstlib.rdf.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Agent;
import org.sstlib.core.AgentType;
import org.sstlib.core.Case;
import org.sstlib.core.Cycle;
import org.sstlib.core.Problem;
import org.sstlib.core.SstException;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;
import org.sstlib.core.TextRule;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.casefile.CaseFormat;

/**
 * Every text the text rule allows is written by every format and read back equal; text it refuses is refused
 * when it comes in through RDF too, naming the element.
 */
class TextRoundTripTest {

  /** Awkward but allowed text: each a label somewhere in the case. */
  private static final List<String> AWKWARD = List.of(
      "\"quoted\" and 'single' and \"\"\"triple\"\"\" and a trailing quote\"",
      "back\\slash \\\\ \\n \\u0041 \\t (written as text, not escapes)\\",
      "tab\there, CR\rhere, CRLF\r\nhere, LF\nhere, and a lone CR at the end\r",
      "emoji \uD83D\uDE00 \uD83D\uDC69\u200D\u2695\uFE0F and U+10FFFD \uDBFF\uDFFD",
      "RTL marks \u200F\u05E9\u05DC\u05D5\u05DD\u200E and an override \u202Eoverride\u202C",
      "replacement \uFFFD, byte-order mark \uFEFF inside, U+FDCF \uFDCF and U+FDF0 \uFDF0",
      "combining: cafe\u0301 a\u0308\u0304 \u0915\u094D\u0937",
      "line separators \u2028 and \u2029, no-break\u00A0space",
      "  leading and trailing spaces  ",
      "a long line: " + "word ".repeat(4000),
      "yes");

  private static Case awkwardCase() {
    Case.Builder b = Case.builder("texts", AWKWARD.get(0));
    Cycle.Builder cycle = Cycle.builder("c", AWKWARD.get(1)).site(AWKWARD.get(2)).agentInFocus("a0");
    for (int i = 0; i < AWKWARD.size(); i++) {
      b.agent(Agent.builder("a" + i, AWKWARD.get(i), AgentType.INDIVIDUAL).build());
      b.structure(Structure.builder("s" + i, AWKWARD.get(i), StructureForm.OTHER).build());
      cycle.external("s" + i);
    }
    cycle.agency(ActiveAgency.builder("g", AWKWARD.get(3)).build()).outcome("s0");
    return b.cycle(cycle.build()).build();
  }

  @ParameterizedTest
  @EnumSource(RdfFormat.class)
  void awkwardTextRoundTripsThroughEveryRdfFormat(RdfFormat format) {
    Case c = awkwardCase();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RdfFiles.write(List.of(c), format, out);
    List<Case> back = RdfFiles.read(new ByteArrayInputStream(out.toByteArray()), format, "texts" + format.extension());
    assertEquals(List.of(c), back, format.toString());
  }

  @ParameterizedTest
  @EnumSource(CaseFormat.class)
  void awkwardTextRoundTripsThroughEveryCaseFileFormat(CaseFormat format) {
    Case c = awkwardCase();
    byte[] written = CaseFiles.write(c, format).getBytes(StandardCharsets.UTF_8);
    assertEquals(c, CaseFiles.read(written, format, "texts." + format.name().toLowerCase()), format.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"nul:0000", "escape:001B", "bell:0007", "noncharacter:FFFE"})
  void turtleWithARefusedCharacterInALabelIsRefusedNamingTheElement(String test) throws URISyntaxException {
    String name = test.substring(0, test.indexOf(':'));
    String code = test.substring(test.indexOf(':') + 1);
    Path file = Path.of(TextRoundTripTest.class.getResource("hostile/label-with-" + name + ".ttl").toURI());
    SstException e = assertThrows(SstException.class, () -> RdfFiles.read(file));
    Problem p = e.problems().stream().filter(q -> q.message().contains("U+" + code)).findFirst()
        .orElseThrow(() -> new AssertionError("no problem names U+" + code + ": " + e.problems()));
    assertEquals("nurse", p.elementId(), p.toString());
    assertTrue(p.message().contains("agent 'nurse'"), p.toString());
    assertTrue(TextRule.firstRefused(e.getMessage()).isEmpty(), "the message shows the character escaped");
  }
}
