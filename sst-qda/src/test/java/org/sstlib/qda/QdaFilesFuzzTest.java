package org.sstlib.qda;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.sstlib.qda.testing.FuzzChecks.checkLocated;
import static org.sstlib.qda.testing.FuzzChecks.corpus;
import static org.sstlib.qda.testing.FuzzChecks.escaped;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the readers of a coded-segments spreadsheet ({@link CsvSegments}) and of a map file ({@link ImportMap}) with
 * arbitrary bytes. Whatever the bytes, reading ends in one of two ways: the data (or the map), or a {@link
 * QdaFileException} whose every problem names the file and has a message and a line and column that are not
 * negative. Any other exception or error is a bug of the reader. A spreadsheet is read three times: with the default
 * columns, with {@code preset: taguette}, and with named columns, a locator of two columns and {@code codeSeparator}.
 *
 * <p>Without {@code JAZZER_FUZZ} set, {@code mvn test} runs each target once for each file of its committed corpus,
 * {@code src/test/resources/org/sstlib/qda/QdaFilesFuzzTestInputs/<method>/} (valid spreadsheets and maps, and ones
 * with one defect each: an open quote, text after a closing quote, bytes that are not UTF-8, an unknown key, an
 * alias, a duplicate key, deep nesting...). To fuzz one target for a minute (Jazzer writes any crashing input into
 * that directory, and the inputs it generates into {@code sst-qda/.cifuzz-corpus/}, which is not committed):
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -pl sst-core,sst-qda test -Dtest='QdaFilesFuzzTest#csvReadsToSegmentsOrLocatedProblems' \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 */
class QdaFilesFuzzTest {
  private static final String CSV = "QdaFilesFuzzTestInputs/csvReadsToSegmentsOrLocatedProblems";
  private static final String MAP = "QdaFilesFuzzTestInputs/mapReadsToAMapOrLocatedProblems";

  /** The maps a spreadsheet is read with, by the prefix of the valid seeds that need them. */
  private static final Map<String, ImportMap> MAPS = Map.of(
      "valid-", ImportMap.parse("{}", "map.yaml"),
      "valid-taguette-", ImportMap.parse("preset: taguette\n", "map.yaml"),
      "valid-columns-", ImportMap.parse("columns: {source: Document, quote: Segment, locator: [Begin, End],"
          + " code: Code, coder: Coder, memo: Comment}\ncodeSeparator: \"\\\\\"\n", "map.yaml"));

  /** The one file the map target writes its inputs to, overwritten for each. */
  private static Path mapFile;

  @FuzzTest(maxDuration = "1m")
  // Words of the spreadsheets' columns and of CSV. Quotes, backslashes and control bytes are written \xNN.
  @DictionaryEntries({"source", "quote", "locator", "code", "coder", "memo", "id", "document", "tag", "content",
      "tag_parent", "tag_full_path", "Document", "Segment", "Begin", "End", "Code", "Coder", "Comment", ",", ";",
      "\\x09", "\\x22", "\\x22\\x22", "sep=;\\x0A", "sep=", "\\x0D\\x0A", "\\x0D", "\\x0A", "Parent\\x5CChild", "a/b",
      "\\xEF\\xBB\\xBF", "\\xF0\\x9F\\x91\\x80", "\\x00", "\\xC3\\x28"})
  void csvReadsToSegmentsOrLocatedProblems(byte[] input) {
    for (Map.Entry<String, ImportMap> map : MAPS.entrySet()) {
      try {
        CsvSegments.read(input, "fuzz.csv", map.getValue());
      } catch (QdaFileException e) {
        checkLocated(e, "fuzz.csv", "reading the spreadsheet with map " + map.getKey(), input);
      } catch (RuntimeException | Error e) {
        throw escaped("reading the spreadsheet with map " + map.getKey(), input, e);
      }
    }
  }

  @FuzzTest(maxDuration = "1m")
  // Words of the map format and of YAML.
  @DictionaryEntries({"codes", "ignore", "sourceTypes", "defaultSourceType", "kinds", "sourceIds", "analysts",
      "texts", "columns", "preset", "taguette", "codeSeparator", "source", "quote", "locator", "code", "coder",
      "memo", "id", "interview", "fieldnotes", "observation", "document", "policy", "publication", "other",
      "participant", "fieldnote", "author", "analyst", "composite", "a/b", "cycle/element", ": ", "- ", "\\x0A  ",
      "{", "}", "[", "]", "---", "...", "? ", "&a ", "*a", "<<: ", "!!str ", "!tag ", "%YAML 1.1", "|\\x0A",
      "\\x22\\x5C\\x5C\\x22", "~", "null", "yes", "\\x09", "\\xEF\\xBB\\xBF", "\\xC3\\x28"})
  void mapReadsToAMapOrLocatedProblems(byte[] input) {
    Path file = mapFile(input);
    try {
      ImportMap.read(file);
    } catch (QdaFileException e) {
      checkLocated(e, file.toString(), "reading the map", input);
    } catch (RuntimeException | Error e) {
      throw escaped("reading the map", input, e);
    }
  }

  private static synchronized Path mapFile(byte[] input) {
    try {
      if (mapFile == null) {
        mapFile = Files.createTempFile("sst-fuzz-", ".yaml");
        mapFile.toFile().deleteOnExit();
      }
      return Files.write(mapFile, input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The corpora are there and their valid seeds are valid: a spreadsheet named {@code valid-taguette-*} reads with
   * the taguette preset, {@code valid-columns-*} with named columns, any other {@code valid-*} with the default
   * columns; a map named {@code valid-*} reads.
   */
  @Test
  void corporaHoldValidFilesAndDefects() throws IOException {
    int valid = 0;
    for (Path seed : corpus(QdaFilesFuzzTest.class, CSV, 10)) {
      String name = seed.getFileName().toString();
      if (name.startsWith("valid-")) {
        String prefix = name.startsWith("valid-taguette-") ? "valid-taguette-"
            : name.startsWith("valid-columns-") ? "valid-columns-" : "valid-";
        try {
          assertTrue(CsvSegments.read(Files.readAllBytes(seed), name, MAPS.get(prefix)).segments().size() > 0, name);
        } catch (QdaFileException e) {
          fail("seed " + name + " should be valid: " + e.getMessage());
        }
        valid++;
      }
    }
    for (Path seed : corpus(QdaFilesFuzzTest.class, MAP, 10)) {
      String name = seed.getFileName().toString();
      if (name.startsWith("valid-")) {
        try {
          ImportMap.read(seed);
        } catch (QdaFileException e) {
          fail("seed " + name + " should be valid: " + e.getMessage());
        }
        valid++;
      }
    }
    assertTrue(valid >= 6, "only " + valid + " valid seeds");
  }
}
