package org.sstlib.core.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sstlib.core.Case;
import org.sstlib.core.Event;
import org.sstlib.core.testing.RandomCases;
import org.sstlib.core.testing.TestSizes;

/**
 * A random valid case, written as a case file and read back, is the same case, in YAML and in JSON; and the text
 * is stable: writing the case read back gives the text written first. The cases come from {@link RandomCases},
 * whose text is hostile (quotes, backslashes, newlines, {@code yes}, {@code null}, {@code ~}, {@code 007},
 * right-to-left marks, emoji, both normal forms of "é").
 *
 * <p>Every failure names its seed and shows the first differing line of text, or the first differing part of the
 * case; replay one with {@code RandomCases.generate(seed)}, or run only it with
 * {@code -Dtest='CaseFileRoundTripPropertyTest' -Dsst.roundTrip.seed=SEED}.
 */
class CaseFileRoundTripPropertyTest {

  // Quick (-Dsst.tests=quick): seeds 0 to 39 reach every part of the model, each with hostile text in its fields and
  // ids a YAML reader may misread (RandomCasesTest checks it), so every branch of the writers and readers is taken.
  private static final int SEEDS = TestSizes.of(300, TestSizes.QUICK_SEEDS);

  static LongStream seeds() {
    String one = System.getProperty("sst.roundTrip.seed");
    return one != null ? LongStream.of(Long.parseLong(one)) : LongStream.range(0, SEEDS);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void yamlWrittenThenReadIsTheSameCaseAndStableText(long seed) {
    roundTrip(seed, CaseFormat.YAML);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void jsonWrittenThenReadIsTheSameCaseAndStableText(long seed) {
    roundTrip(seed, CaseFormat.JSON);
  }

  private static void roundTrip(long seed, CaseFormat format) {
    Case original = RandomCases.generate(seed);
    String name = "seed-" + seed + "." + format.name().toLowerCase(Locale.ROOT);
    String where = "seed=" + seed + " (RandomCases.generate(" + seed + ")), " + format;
    String written = CaseFiles.write(original, format);
    Case read;
    try {
      read = CaseFiles.read(written, format, name);
    } catch (CaseFileException e) {
      fail(where + ": the written text does not read back:\n" + e.getMessage() + "\n"
          + linesAround(written, e.problems().isEmpty() ? 0 : e.problems().get(0).line()));
      return;
    }
    if (!original.equals(read)) {
      fail(where + ": the case read back differs from the case written: " + firstDifference(original, read));
    }
    String rewritten = CaseFiles.write(read, format);
    if (!written.equals(rewritten)) {
      fail(where + ": writing the case read back gives different text: " + firstDifferentLine(written, rewritten));
    }
  }

  // ---------------------------------------------------------------------------------------------- diagnostics

  /** The first part of two cases that differs, as "path: expected <...> but was <...>", text escaped. */
  static String firstDifference(Case expected, Case actual) {
    List<Part<?>> parts = List.of(
        new Part<>("id", Case::id), new Part<>("title", Case::title), new Part<>("citation", Case::citation),
        new Part<>("doi", Case::doi), new Part<>("base", Case::base), new Part<>("analysts", Case::analysts),
        new Part<>("sources", Case::sources), new Part<>("agents", Case::agents),
        new Part<>("positionPractices", Case::positionPractices), new Part<>("structures", Case::structures),
        new Part<>("events", Case::events), new Part<>("cycles", Case::cycles),
        new Part<>("evidence", Case::evidence), new Part<>("codebooks", Case::codebooks));
    for (Part<?> part : parts) {
      Object e = part.get.apply(expected);
      Object a = part.get.apply(actual);
      if (Objects.equals(e, a)) {
        continue;
      }
      if (e instanceof List<?> el && a instanceof List<?> al) {
        for (int i = 0; i < Math.max(el.size(), al.size()); i++) {
          Object ei = i < el.size() ? el.get(i) : "(none)";
          Object ai = i < al.size() ? al.get(i) : "(none)";
          if (!Objects.equals(ei, ai)) {
            return part.name + "[" + i + "]: expected <" + escape(String.valueOf(ei)) + "> but was <"
                + escape(String.valueOf(ai)) + ">";
          }
        }
      }
      return part.name + ": expected <" + escape(String.valueOf(e)) + "> but was <" + escape(String.valueOf(a))
          + ">";
    }
    return "(equals() is false but no part differs)";
  }

  private record Part<T>(String name, Function<Case, T> get) {}

  /** The first line where two texts differ, both versions escaped, with its line number. */
  static String firstDifferentLine(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    for (int i = 0; i < Math.max(e.length, a.length); i++) {
      String el = i < e.length ? e[i] : "(end of text)";
      String al = i < a.length ? a[i] : "(end of text)";
      if (!el.equals(al)) {
        return "line " + (i + 1) + ": first written <" + escape(el) + "> but then <" + escape(al) + ">";
      }
    }
    return "(no line differs)";
  }

  /** A few lines of text around a 1-based line, escaped and numbered, to show where a problem is. */
  static String linesAround(String text, int line) {
    String[] lines = text.split("\n", -1);
    int from = Math.max(0, line - 3);
    int to = Math.min(lines.length, line <= 0 ? 10 : line + 2);
    List<String> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      out.add(String.format("%5d| %s", i + 1, escape(lines[i])));
    }
    return String.join("\n", out);
  }

  /** Text with invisible, control and non-ASCII characters written as {@code \}{@code uXXXX}, so they show. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        out.append("\\\\");
      } else if (c >= 0x20 && c < 0x7F) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04X", (int) c));
      }
    }
    return out.toString();
  }

  @Test
  void diagnosticsPointAtTheFirstDifference() {
    assertEquals("line 2: first written <b> but then <c\\u00E9>", firstDifferentLine("a\nb\n", "a\nc\u00e9\n"));
    assertEquals("line 3: first written <(end of text)> but then <x>", firstDifferentLine("a\nb", "a\nb\nx"));
    Case one = RandomCases.generate(1);
    Case recited = Case.builder(one).citation("caf\u00e9").build();
    String citation = firstDifference(one, recited);
    assertTrue(citation.startsWith("citation: expected <") && citation.endsWith("but was <Optional[caf\\u00E9]>"),
        citation);
    Event extra = Event.builder("zz-extra", "x").build();
    Case more = Case.builder(one).event(extra).build();
    assertEquals("events[" + one.events().size() + "]: expected <(none)> but was <" + extra + ">",
        firstDifference(one, more));
  }
}
