package org.sstlib.core.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.sstlib.core.testing.FuzzInputs.describe;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Case;
import org.sstlib.core.Problem;

/**
 * Fuzzes the case-file reader with arbitrary bytes, read as YAML and as JSON. Whatever the bytes, reading ends in
 * one of two ways: a {@link Case}, or a {@link CaseFileException} whose every problem has a message and a line and
 * column that are not negative. Any other exception or error (a stack overflow, a {@code NullPointerException}, an
 * index out of bounds...) is a bug of the reader. A case that is read must also survive the writer: written as
 * YAML and as JSON it reads back equal, and writing it again gives the same text.
 *
 * <p>Without {@code JAZZER_FUZZ} set, {@code mvn test} runs this test once for each file of its committed corpus,
 * {@code src/test/resources/org/sstlib/core/casefile/CaseFileFuzzTestInputs/readsToACaseOrLocatedProblems/}
 * (valid cases, and valid cases with one defect each: unknown and duplicate keys, wrong types, trailing content,
 * aliases, tags, deep nesting, broken Unicode...). To fuzz for two minutes (Jazzer writes any crashing input into
 * that directory, and the inputs it generates into {@code sst-core/.cifuzz-corpus/}, which is not committed):
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -pl sst-core test -Dtest='CaseFileFuzzTest#readsToACaseOrLocatedProblems'
 * }</pre>
 */
class CaseFileFuzzTest {
  private static final String CORPUS = "CaseFileFuzzTestInputs/readsToACaseOrLocatedProblems";
  /** Time allowed to read one of the large hostile files below; linear reading takes a small fraction of it. */

  @FuzzTest(maxDuration = "2m")
  // Words of the format and of YAML, so the fuzzer builds structure faster than from single bytes. Jazzer passes
  // them to libFuzzer as they are: quotes, backslashes and control bytes must be written \xNN.
  @DictionaryEntries({"sst", "\\x221\\x22", "id", "title", "citation", "doi", "base", "analysts", "sources",
      "agents", "positionPractices", "structures", "events", "cycles", "evidence", "codebooks", "label",
      "description", "scale", "codes", "type", "memberOf", "individual", "collective", "occupiedBy", "relations",
      "to", "form", "internalTo", "kind", "about", "of", "site", "time", "follows", "agentInFocus",
      "agentsInContext", "positionPractice", "external", "material", "internal", "agency", "outcomes", "ref",
      "effect", "force", "available", "change", "term", "intended", "producedBy", "drawsOn", "conditionedBy",
      "reflexivity", "concepts", "broader", "supports", "quote", "note", "source", "analyst", "material-resource",
      "other", "technology", "2016-03/2016-09", "c/e", "cb:concept", "urn:x:", ": ", "- ", "\\x0A  ", "---", "...",
      "? ", "&a ", "*a", "<<: ", "!!binary ", "!!str ", "!tag ", "%YAML 1.1", "|\\x0A", ">-\\x0A",
      "\\x22\\x5Cud800\\x22", "\\x22\\x5Cu0000\\x22", "yes", "no", "on", "off", "~", "null", "true", "007", "1e3",
      "\\x09", "\\x0D\\x0A", "\\xEF\\xBB\\xBF"})
  void readsToACaseOrLocatedProblems(byte[] input) {
    for (CaseFormat format : CaseFormat.values()) {
      readOne(input, format);
    }
  }

  private static void readOne(byte[] input, CaseFormat format) {
    String name = format == CaseFormat.YAML ? "fuzz.yaml" : "fuzz.json";
    Case read;
    try {
      read = CaseFiles.read(input, format, name);
    } catch (CaseFileException e) {
      checkProblems(e, name, format, input);
      return;
    } catch (RuntimeException | Error e) {
      // Errors too: a stack overflow or an out-of-memory from one huge allocation leaves the JVM usable, and is a
      // bug of the reader all the same.
      throw new AssertionError("reading " + describe(input) + " as " + format
          + " threw " + e + " instead of returning a case or throwing CaseFileException", e);
    }
    checkWriteAndReadBack(read, format, input);
  }

  private static void checkProblems(CaseFileException e, String name, CaseFormat format, byte[] input) {
    String where = "reading " + describe(input) + " as " + format + ": ";
    assertFalse(e.problems().isEmpty(), () -> where + "CaseFileException without problems: " + e.getMessage());
    assertEquals(name, e.file(), () -> where + "wrong file name in " + e.getMessage());
    for (Problem p : e.problems()) {
      assertEquals(Optional.of(name), p.file(), () -> where + "wrong file name in " + p);
      assertFalse(p.message().isBlank(), () -> where + "a problem without a message: " + p);
      assertTrue(p.line() >= 0 && p.column() >= 0, () -> where + "a negative line or column: " + p.line()
          + ":" + p.column() + " in " + p);
    }
  }

  private static void checkWriteAndReadBack(Case read, CaseFormat readAs, byte[] input) {
    for (CaseFormat format : CaseFormat.values()) {
      String where = "case read from " + describe(input) + " as " + readAs + ", written as " + format + ": ";
      String written;
      try {
        written = CaseFiles.write(read, format);
      } catch (RuntimeException e) {
        throw new AssertionError(where + "the writer threw " + e, e);
      }
      Case again;
      try {
        again = CaseFiles.read(written, format, "written." + format.name().toLowerCase(Locale.ROOT));
      } catch (CaseFileException e) {
        fail(where + "the written text does not read back: " + e.getMessage() + "\n--- written text:\n" + written);
        return;
      }
      assertEquals(read, again, () -> where + "reads back to a different case\n--- written text:\n" + written);
      String rewritten = CaseFiles.write(again, format);
      assertEquals(written, rewritten, () -> where + "writing the case read back gives different text");
    }
  }

  /**
   * A file with many problems reports each of them once. 40,000 malformed agents: each is one problem, and the
   * builder's repeats of them are dropped (a check that once compared every problem with every other, which took
   * minutes on such a file; it now walks up each path's ancestors).
   */
  @Test
  void manyMalformedItemsAreEachReportedOnce() {
    String yaml = "sst: \"1\"\nid: x\ntitle: t\nagents: [" + String.join(", ", Collections.nCopies(40_000, "1"))
        + "]\n";
    CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFiles.read(yaml, CaseFormat.YAML, "many.yaml"));
    assertEquals(40_000, e.problems().size());
    assertEquals("agents[0]", e.problems().get(0).path());
    assertEquals("agents[39999]", e.problems().get(39_999).path());
  }

  /**
   * A file with many dangling references reports each of them; "did you mean" is offered for the first ones only
   * (comparing every undefined id with every id of a large case took minutes).
   */
  @Test
  void manyDanglingReferencesAreEachReported() {
    StringBuilder yaml = new StringBuilder("sst: \"1\"\nid: x\ntitle: t\nagents:\n");
    for (int i = 0; i < 20_000; i++) {
      yaml.append("  - {id: a").append(i).append(", label: A, type: individual, memberOf: [nope").append(i)
          .append("]}\n");
    }
    String text = yaml.toString();
    CaseFileException e = assertThrows(CaseFileException.class,
        () -> CaseFiles.read(text, CaseFormat.YAML, "dangling.yaml"));
    assertEquals(20_000, e.problems().size());
    assertEquals("agents[0].memberOf[0]", e.problems().get(0).path());
    assertEquals("agents[19999].memberOf[0]", e.problems().get(19_999).path());
  }

  /**
   * The corpus is there and its valid seeds are valid, so the regression run goes through the writer too: a seed
   * named {@code valid-*} reads to a case in the format of its extension.
   */
  @Test
  void corpusHoldsValidCasesAndDefects() throws IOException, URISyntaxException {
    URL dir = CaseFileFuzzTest.class.getResource(CORPUS);
    assertNotNull(dir, "corpus directory " + CORPUS + " is not on the test class path");
    List<Path> seeds;
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      seeds = files.sorted().toList();
    }
    assertTrue(seeds.size() >= 30, "the corpus has only " + seeds.size() + " seeds");
    long valid = 0;
    for (Path seed : seeds) {
      String name = seed.getFileName().toString();
      if (name.startsWith("valid-")) {
        CaseFormat format = CaseFormat.ofFileName(name).orElseThrow();
        try {
          CaseFiles.read(Files.readAllBytes(seed), format, name);
        } catch (CaseFileException e) {
          fail("seed " + name + " should be a valid case: " + e.getMessage());
        }
        valid++;
      }
    }
    assertTrue(valid >= 4, "only " + valid + " valid seeds");
  }
}
