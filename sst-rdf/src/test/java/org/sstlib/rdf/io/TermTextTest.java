package org.sstlib.rdf.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Test;

class TermTextTest {
  static {
    JenaSystem.init();
  }

  private static final Function<Node, String> NO_BLANKS = b -> {
    throw new AssertionError("no blank node here");
  };

  private static String nt(Node n) {
    StringBuilder out = new StringBuilder();
    TermText.appendNTriples(out, n, NO_BLANKS);
    return out.toString();
  }

  @Test
  void iriTextsCompareWithoutBeingMade() {
    // The characters where the order of texts and of IRIs part: '>' ends a text, escapes start with '\'.
    String alphabet = "ab/#:>< \"{}|^`\\\u0000\u0020-.~\u00E9";
    for (long seed = 0; seed < 40; seed++) {
      Random random = new Random(seed);
      List<String> iris = new ArrayList<>(List.of("", "a", "a/", "a/b", "ab", "a b", "a>b", "a\\", "a<"));
      for (int i = 0; i < 40; i++) {
        StringBuilder s = new StringBuilder("http://e.org/");
        for (int k = random.nextInt(6); k > 0; k--) {
          s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        iris.add(s.toString());
      }
      for (String a : iris) {
        for (String b : iris) {
          assertEquals(Integer.signum(TermText.iriRef(a).compareTo(TermText.iriRef(b))),
              Integer.signum(TermText.compareIriRefs(a, b)), "seed=" + seed + ": <" + a + "> and <" + b + ">");
        }
      }
    }
    // the N-Triples order is not the IRI order
    assertEquals(-1, Integer.signum(TermText.compareIriRefs("http://e.org/a/b", "http://e.org/a")));
  }

  @Test
  void oneEscapingForTurtleAndNTriples() {
    String s = "she said \"no\"\\\nthen\r\t\b\f\u0001\u007F caf\u00E9 \uD83D\uDE00 lone \uD800 end";
    String escaped = "she said \\\"no\\\"\\\\%sthen\\r\\t\\b\\f\\u0001\\u007F caf\u00E9 \uD83D\uDE00 lone \\uD800 end";
    assertEquals("\"\"\"" + String.format(escaped, "\n") + "\"\"\"", TermText.turtleString(s));
    assertEquals("\"" + String.format(escaped, "\\n") + "\"", nt(NodeFactory.createLiteralString(s)));
    assertEquals("\"plain\"", TermText.turtleString("plain"));
  }

  @Test
  void nTriplesTermsAreCanonical() {
    assertEquals("<http://e.org/a\\u0020b\\u003E>", nt(NodeFactory.createURI("http://e.org/a b>")));
    assertEquals("\"colour\"@en-GB", nt(NodeFactory.createLiteralLang("colour", "en-GB")));
    assertEquals("\"7\"^^<http://www.w3.org/2001/XMLSchema#integer>",
        nt(NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger)));
    StringBuilder blank = new StringBuilder();
    TermText.appendNTriples(blank, NodeFactory.createBlankNode(), b -> "g1b3");
    assertEquals("_:g1b3", blank.toString());
  }
}
