package org.sstlib.qda.refi;

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
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the REFI-QDA readers with arbitrary bytes: a project's or a codebook's XML ({@link QdeReader#readQde},
 * {@link QdeReader#readCodebook}), and a project exchange archive ({@link QdpxArchive}, {@link
 * QdeReader#readQdpx(Path)}). Whatever the bytes, reading ends in one of two ways: a project (or codes), or a {@link
 * RefiQdaException} whose every problem names the file and has a message and a line and column that are not
 * negative. Any other exception or error (a stack overflow, a {@code NullPointerException}, an index out of
 * bounds, a zip library's own exception...) is a bug of the reader.
 *
 * <p>Without {@code JAZZER_FUZZ} set, {@code mvn test} runs each target once for each file of its committed corpus,
 * {@code src/test/resources/org/sstlib/qda/refi/RefiFuzzTestInputs/<method>/} (valid projects, codebooks and
 * archives, and ones with one defect each: a DOCTYPE with entities, positions outside the text, a sync point that
 * is not there, a truncated zip, an entry named {@code ../}, a symbolic link, a zip bomb...). To fuzz one target for
 * a minute (Jazzer writes any crashing input into that directory, and the inputs it generates into {@code
 * sst-qda/.cifuzz-corpus/}, which is not committed):
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -pl sst-core,sst-qda test -Dtest='RefiFuzzTest#qdeReadsToAProjectOrLocatedProblem' \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 */
class RefiFuzzTest {
  private static final String QDE = "RefiFuzzTestInputs/qdeReadsToAProjectOrLocatedProblem";
  private static final String QDPX = "RefiFuzzTestInputs/qdpxReadsToAProjectOrLocatedProblem";

  /** A source's text for any {@code internal://} path but {@code missing.txt}. */
  private static final Function<String, Optional<String>> TEXTS = path -> path.equals("missing.txt")
      ? Optional.empty() : Optional.of("Nurse: How are the letters?\nPatient: My daughter reads them \uD83D\uDC40.\n");

  /** The one file the archive target writes its inputs to, overwritten for each. */
  private static Path archive;

  @FuzzTest(maxDuration = "1m")
  // Words of the REFI-QDA project format and of XML. Quotes, backslashes and control bytes are written \xNN.
  @DictionaryEntries({"<Project", "</Project>", "<CodeBook>", "<Codes>", "<Code ", "</Code>", "guid=\\x22",
      "name=\\x22", "isCodable=\\x22true\\x22", "<Description>", "<Users>", "<User ", "creatingUser=\\x22",
      "<Sources>", "<TextSource ", "</TextSource>", "<PlainTextContent>", "</PlainTextContent>",
      "plainTextPath=\\x22internal://", "<PlainTextSelection ", "startPosition=\\x22", "endPosition=\\x22",
      "<Coding ", "</Coding>", "<CodeRef targetGUID=\\x22", "<NoteRef targetGUID=\\x22", "<PDFSource ",
      "<Representation ", "<PDFSelection ", "page=\\x22", "firstX=\\x22", "firstY=\\x22", "secondX=\\x22",
      "secondY=\\x22", "<PictureSource ", "<PictureSelection ", "<AudioSource ", "<VideoSource ",
      "<AudioSelection ", "<VideoSelection ", "begin=\\x22", "end=\\x22", "<Transcript ", "</Transcript>",
      "<SyncPoint ", "position=\\x22", "timeStamp=\\x22", "<TranscriptSelection ", "fromSyncPoint=\\x22",
      "toSyncPoint=\\x22", "<Notes>", "<Note ", "<Links>", "<Link ", "originGUID=\\x22", "targetGUID=\\x22",
      "\\x22/>", "\\x22>", "<?xml version=\\x221.0\\x22?>", "<!DOCTYPE Project [", "<!ENTITY e \\x22x\\x22>", "&e;",
      "&#x1F440;", "&#0;", "<![CDATA[", "]]>", "<!--", "-->", "xmlns=\\x22urn:QDA-XML:project:1.0\\x22",
      "-1", "99999999999999999999", "\\xEF\\xBB\\xBF", "\\xF0\\x9F\\x91\\x80"})
  void qdeReadsToAProjectOrLocatedProblem(byte[] input) {
    try {
      RefiProject p = QdeReader.readQde(input, "fuzz.qde", TEXTS);
      p.codeTreeLines();
      p.selectionCounts();
    } catch (RefiQdaException e) {
      checkLocated(e, "fuzz.qde", "reading the project", input);
    } catch (RuntimeException | Error e) {
      throw escaped("reading the project", input, e);
    }
    try {
      QdeReader.readCodebook(input, "fuzz.qdc");
    } catch (RefiQdaException e) {
      checkLocated(e, "fuzz.qdc", "reading the codebook", input);
    } catch (RuntimeException | Error e) {
      throw escaped("reading the codebook", input, e);
    }
  }

  @FuzzTest(maxDuration = "1m")
  // Words of the zip format (little-endian signatures) and of an exchange file's entries.
  @DictionaryEntries({"PK\\x03\\x04", "PK\\x01\\x02", "PK\\x05\\x06", "\\x14\\x00", "\\x00\\x00\\x00\\x00",
      "\\xFF\\xFF\\xFF\\xFF", "\\xFF\\xFF", "project.qde", "Trial.qde", "sources/", "sources/t.txt", "../", "..\\x5C",
      "/etc/passwd", "C:", "\\xA0\\x81\\x00\\x00", "<Project/>", "<Project name=\\x22p\\x22>"})
  void qdpxReadsToAProjectOrLocatedProblem(byte[] input) {
    Path file = archiveFile(input);
    String name = file.toString();
    try (QdpxArchive zip = QdpxArchive.open(file)) {
      for (String entry : zip.entryNames()) {
        try {
          zip.readText(entry);
        } catch (RefiQdaException e) {
          checkLocated(e, name, "reading entry '" + entry + "' of the archive", input);
        }
      }
    } catch (RefiQdaException e) {
      checkLocated(e, name, "opening the archive", input);
    } catch (IOException | RuntimeException | Error e) {
      throw escaped("opening the archive", input, e);
    }
    try {
      QdeReader.readQdpx(file).codeTreeLines();
    } catch (RefiQdaException e) {
      checkLocated(e, name + "!", "reading the archive's project", input);
    } catch (RuntimeException | Error e) {
      throw escaped("reading the archive's project", input, e);
    }
  }

  private static synchronized Path archiveFile(byte[] input) {
    try {
      if (archive == null) {
        archive = Files.createTempFile("sst-fuzz-", ".qdpx");
        archive.toFile().deleteOnExit();
      }
      return Files.write(archive, input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The corpora are there and their valid seeds are valid, so the regression run goes past the refusals too: a seed
   * named {@code valid-*} reads to a project ({@code .qde}, {@code .qdpx}) or to codes ({@code .qdc}).
   */
  @Test
  void corporaHoldValidFilesAndDefects() throws IOException {
    int valid = 0;
    for (Path seed : corpus(RefiFuzzTest.class, QDE, 12)) {
      String name = seed.getFileName().toString();
      if (name.startsWith("valid-")) {
        try {
          if (name.endsWith(".qdc")) {
            QdeReader.readCodebook(Files.readAllBytes(seed), name);
          } else {
            assertTrue(QdeReader.readQde(Files.readAllBytes(seed), name, TEXTS).data().segments().size() > 0, name);
          }
        } catch (RefiQdaException e) {
          fail("seed " + name + " should be valid: " + e.getMessage());
        }
        valid++;
      }
    }
    for (Path seed : corpus(RefiFuzzTest.class, QDPX, 10)) {
      String name = seed.getFileName().toString();
      if (name.startsWith("valid-")) {
        try {
          assertTrue(QdeReader.readQdpx(seed).data().segments().size() > 0, name);
        } catch (RefiQdaException e) {
          fail("seed " + name + " should be valid: " + e.getMessage());
        }
        valid++;
      }
    }
    assertTrue(valid >= 5, "only " + valid + " valid seeds");
  }
}
