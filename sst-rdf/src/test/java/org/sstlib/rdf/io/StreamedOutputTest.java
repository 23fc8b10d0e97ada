package org.sstlib.rdf.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Agent;
import org.sstlib.core.AgentType;
import org.sstlib.core.Case;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.testing.RandomCases;
import org.sstlib.rdf.RdfCaseException;

/** Output written to a stream or a writer as it is laid out: the same bytes as before, in pieces, or none at all. */
class StreamedOutputTest {
  private static final Path REFERENCE = Path.of("../examples/cases/hughes-2022.yaml");
  private static final String DIGESTS = "written-before-streaming.sha256";

  private static Case hughes;
  /** File name to the SHA-256 of its bytes, as written before output was streamed. */
  private static Map<String, String> before;

  @BeforeAll
  static void readReferenceCaseAndDigests() throws IOException {
    hughes = CaseFiles.read(REFERENCE);
    before = new LinkedHashMap<>();
    try (InputStream in = StreamedOutputTest.class.getResourceAsStream(DIGESTS)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("#") && !line.isBlank()) {
          before.put(line.substring(66), line.substring(0, 64));
        }
      }
    }
  }

  @Test
  void referenceCaseGivesTheBytesItGaveBeforeStreamingInEveryFormat() throws IOException {
    assertEquals(before.get("hughes-2022.yaml"), sha256(Files.readAllBytes(REFERENCE)),
        "the reference case file has changed since " + DIGESTS + " was made: these digests no longer apply");
    for (RdfFormat format : RdfFormat.values()) {
      assertEquals(before.get("hughes-2022" + format.extension()), sha256(bytes(List.of(hughes), format)),
          format.toString());
    }
    List<Case> several = RdfFilesTest.WriteFiles.several(hughes);
    for (RdfFormat format : List.of(RdfFormat.TRIG, RdfFormat.NQUADS, RdfFormat.JSONLD)) {
      assertEquals(before.get("several" + format.extension()), sha256(bytes(several, format)), "several " + format);
    }
  }

  @Test
  void randomCasesWithHostileTextGiveTheBytesTheyGaveBeforeStreaming() {
    for (RdfFormat format : List.of(RdfFormat.TURTLE, RdfFormat.TRIG, RdfFormat.NTRIPLES, RdfFormat.NQUADS)) {
      MessageDigest digest = sha256();
      for (long seed = 0; seed < 50; seed++) {
        digest.update(bytes(List.of(RandomCases.generate(seed)), format));
      }
      assertEquals(before.get("random-0-49" + format.extension()), HexFormat.of().formatHex(digest.digest()),
          format.toString());
    }
  }

  @Test
  void aWriterGetsTheCharactersOfTheBytesAStreamGets() {
    List<List<Case>> inputs = new ArrayList<>();
    inputs.add(List.of(hughes));
    for (long seed = 10; seed < 30; seed++) {
      inputs.add(List.of(RandomCases.generate(seed)));
    }
    for (List<Case> cases : inputs) {
      for (RdfFormat format : RdfFormat.values()) {
        StringWriter text = new StringWriter();
        RdfFiles.write(cases, format, text);
        assertArrayEquals(bytes(cases, format), text.toString().getBytes(StandardCharsets.UTF_8),
            cases.get(0).id() + " " + format);
      }
    }
    List<Case> several = RdfFilesTest.WriteFiles.several(hughes);
    for (RdfFormat format : List.of(RdfFormat.TRIG, RdfFormat.NQUADS, RdfFormat.JSONLD)) {
      StringWriter text = new StringWriter();
      RdfFiles.write(several, format, text);
      assertArrayEquals(bytes(several, format), text.toString().getBytes(StandardCharsets.UTF_8), "several " + format);
    }
  }

  @Test
  void toTurtleIsTheTextOfTheStream() {
    for (Case c : List.of(hughes, RandomCases.generate(7), RandomCases.generate(8))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      RdfFiles.writeTurtle(c, out);
      assertEquals(new String(out.toByteArray(), StandardCharsets.UTF_8), RdfFiles.toTurtle(c), c.id());
    }
  }

  @Test
  void theTextArrivesInPiecesAsItIsLaidOutNotAsOneDocument() {
    for (RdfFormat format : List.of(RdfFormat.TURTLE, RdfFormat.TRIG, RdfFormat.NTRIPLES, RdfFormat.NQUADS)) {
      Pieces out = new Pieces();
      RdfFiles.write(List.of(hughes), format, out);
      assertTrue(out.total > 150_000, format + ": " + out.total + " bytes");
      assertTrue(out.largest <= 64 * 1024, format + ": one write of " + out.largest + " bytes");
      assertTrue(out.writes >= out.total / (64 * 1024), format + ": " + out.writes + " writes");

      PieceWriter text = new PieceWriter();
      RdfFiles.write(List.of(hughes), format, text);
      assertTrue(text.largest < 20_000, format + ": one write of " + text.largest + " characters");
    }
  }

  @Test
  void aCaseThatCannotBeWrittenWritesNothing() {
    // "http://example.org:" + "controller" puts letters in the port: the mapping refuses the IRI.
    Case bad = Case.builder("port", "Bad port").base("http://example.org:")
        .agent(Agent.builder("controller", "Controller", AgentType.INDIVIDUAL).build()).build();
    for (RdfFormat format : RdfFormat.values()) {
      List<Case> cases = format.holdsNamedGraphs() ? List.of(hughes, bad) : List.of(bad);
      Pieces out = new Pieces();
      assertThrows(RdfCaseException.class, () -> RdfFiles.write(cases, format, out), format.toString());
      assertEquals(0, out.total, format + ": bytes were written before the failure");
      StringWriter text = new StringWriter();
      assertThrows(RdfCaseException.class, () -> RdfFiles.write(cases, format, text), format.toString());
      assertEquals("", text.toString(), format.toString());
    }
  }

  @Test
  void aFailingStreamIsReportedAsUnchecked() {
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    for (RdfFormat format : RdfFormat.values()) {
      UncheckedIOException e = assertThrows(UncheckedIOException.class,
          () -> RdfFiles.write(List.of(hughes), format, full), format.toString());
      assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
    }
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /** Counts what is written and the largest single write. */
  private static final class Pieces extends OutputStream {
    long total;
    long writes;
    long largest;

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      total += len;
      writes++;
      largest = Math.max(largest, len);
    }
  }

  private static final class PieceWriter extends Writer {
    long largest;

    @Override
    public void write(char[] chars, int off, int len) {
      largest = Math.max(largest, len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  private static byte[] bytes(List<Case> cases, RdfFormat format) {
    return RdfFilesTest.bytes(cases, format);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }
}
