package org.sstlib.core.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.events.Event;

/** The in-memory reader behaves exactly as SnakeYAML's own reader does: the same events at the same places. */
class TextYamlReaderTest {

  /** Every event with its start and end: index, line and column. */
  private static List<String> events(StreamReader reader) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    ParserImpl parser = new ParserImpl(reader, options);
    List<String> out = new ArrayList<>();
    try {
      while (parser.peekEvent() != null) {
        Event e = parser.getEvent();
        out.add(e + " " + mark(e.getStartMark()) + "-" + mark(e.getEndMark()));
        if (e.is(Event.ID.StreamEnd)) {
          break;
        }
      }
    } catch (RuntimeException e) {
      // A syntax error: both readers must fail at the same place with the same words.
      out.add(e.getClass().getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse(""));
    }
    return out;
  }

  private static String mark(org.yaml.snakeyaml.error.Mark m) {
    return m == null ? "-" : m.getIndex() + "@" + m.getLine() + ":" + m.getColumn();
  }

  private static void sameAsSnakeYaml(String text) {
    assertEquals(events(new StreamReader(text)), events(new TextYamlReader(text)), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "a: b\nc: [d, e]\n",
      "a: b\r\nc: d\r\n",
      "a: b\rc: d\r",
      "a: b\u0085c: d\u2028e: f\u2029g: h\n",
      "\uFEFFa: b\n",
      "title: \"\uD83D\uDE00 smile \uD83D\uDE00\"\nnext: \uD83D\uDE00x\uD83D\uDE00\n",
      "q: 'it''s'\nd: \"tab\\there \\u00e9\"\n",
      "block: |\n  line one\n  line two\nfolded: >\n  a\n  b\n",
      "list:\n  - {x: 1, y: [2, 3]}\n  - z\n",
      "bad: [unclosed\nnext: 1\n",
      "a: b: c\n",
      "x: \"unterminated\n",
      "a:\n\t- b\n",
      "",
  })
  void readsLikeSnakeYaml(String text) {
    sameAsSnakeYaml(text);
  }

  @Test
  void readsRandomTextLikeSnakeYaml() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String[] pieces = {"a", "b: ", "- ", "\n", "\r\n", "\r", "  ", "\"", "'", "[", "]", "{", "}", ", ", ":", "#",
        "\uD83D\uDE00", "\u00e9", "\u0085", "\u2028", "|\n", ">\n", "\t", "\\", "?", "&x ", "*x", "!t "};
    for (int i = 0; i < 300; i++) {
      StringBuilder s = new StringBuilder();
      int n = random.nextInt(40);
      for (int j = 0; j < n; j++) {
        s.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = s.toString();
      assertEquals(events(new StreamReader(text)), events(new TextYamlReader(text)), "seed " + seed + ": " + text);
    }
  }

  @Test
  void aLongValueWithoutSpacesIsOneScalar() {
    String word = "x".repeat(3_000_000);
    ParserImpl parser = new ParserImpl(new TextYamlReader("title: " + word + "\n"), new LoaderOptions());
    List<String> values = new ArrayList<>();
    while (parser.peekEvent() != null && !parser.peekEvent().is(Event.ID.StreamEnd)) {
      if (parser.getEvent() instanceof org.yaml.snakeyaml.events.ScalarEvent scalar) {
        values.add(scalar.getValue());
      }
    }
    assertEquals(List.of("title", word), values);
  }

  @Test
  void refusesCharactersYamlCannotCarry() {
    assertEquals(2, TextYamlReader.firstUnprintable("ab\u0000c"));
    assertEquals(1, TextYamlReader.firstUnprintable("a\uFFFE"));
    assertEquals(1, TextYamlReader.firstUnprintable("a\uD800b"));
    assertEquals(-1, TextYamlReader.firstUnprintable("a\tb\r\n\uD83D\uDE00\u0085"));
    assertThrows(IllegalArgumentException.class, () -> new TextYamlReader("a: \u001B[2J"));
  }
}
