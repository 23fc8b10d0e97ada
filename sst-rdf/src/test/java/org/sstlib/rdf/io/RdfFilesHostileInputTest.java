package org.sstlib.rdf.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.testing.ReferenceCase;

/**
 * RDF input that attacks the reader rather than the model: files that never end or never come, and JSON-LD whose
 * JSON the JSON-LD reader would silently change. Each is refused with a message that says where and what, never a
 * hang, an out-of-memory error or the reader's internals.
 */
class RdfFilesHostileInputTest {

  @TempDir Path dir;

  @Test
  void aTurtleFileThatLinksToAnEndlessDeviceIsRefusedUnread() throws IOException {
    // /dev/zero reports size 0 and never ends: read whole, it would fill the memory.
    Path link = Files.createSymbolicLink(dir.resolve("endless.ttl"), Path.of("/dev/zero"));
    RdfSyntaxException e = assertThrows(RdfSyntaxException.class, () -> RdfFiles.read(link));
    assertEquals(link + ": is not a regular file (it is a device, a FIFO or a socket, or links to one), so it is "
        + "not read: give an RDF file", e.getMessage());
  }

  @Test
  void aFifoIsRefusedWithoutWaitingForAWriter() throws Exception {
    // Opening a FIFO waits for a writer that may never come.
    Path fifo = dir.resolve("pipe.nt");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(), "mkfifo made a FIFO");
    RdfSyntaxException e = assertThrows(RdfSyntaxException.class, () -> RdfFiles.read(fifo));
    assertTrue(e.getMessage().startsWith(fifo + ": is not a regular file"), e.getMessage());
  }

  @Test
  void aLinkToARegularFileIsFollowed() throws IOException {
    Path turtle = Files.writeString(dir.resolve("hughes.ttl"), RdfFiles.toTurtle(ReferenceCase.read()));
    Path link = Files.createSymbolicLink(dir.resolve("link.ttl"), turtle.getFileName());
    assertEquals(List.of(ReferenceCase.read()), RdfFiles.read(link));
  }

  @Test
  void jsonLdWithAKeyTwiceInOneObjectIsRefusedWhereTheSecondIs() {
    // Two labels for one element: a JSON-LD reader keeps the last and drops "Alf" without a word.
    String json = String.join("\n",
        "{",
        "  \"@context\": {\"@vocab\": \"https://w3id.org/sst#\"},",
        "  \"@id\": \"urn:x:alf\",",
        "  \"http://www.w3.org/2000/01/rdf-schema#label\": \"Alf\",",
        "  \"http://www.w3.org/2000/01/rdf-schema#label\": \"Alfred\"",
        "}");
    RdfSyntaxException e = assertThrows(RdfSyntaxException.class, () -> readJsonLd(json));
    assertEquals("case.jsonld:5:3: the key \"http://www.w3.org/2000/01/rdf-schema#label\" is given twice in one "
        + "JSON object; give each key once (a JSON-LD reader would silently keep only the last)", e.getMessage());
    assertEquals(5, e.line());
    assertEquals(3, e.column());
  }

  @Test
  void theSameKeyInTwoObjectsIsFine() {
    // Not a duplicate: each object has its own @id. The file is refused later, for holding no case.
    String json = "[{\"@id\": \"urn:x:a\"}, {\"@id\": \"urn:x:b\"}]";
    RuntimeException e = assertThrows(RuntimeException.class, () -> readJsonLd(json));
    assertFalse(e.getMessage().contains("twice"), e.getMessage());
  }

  @Test
  void jsonLdErrorsAreToldInPlainWords() {
    // Each breaks a JSON-LD rule the reader reports with its own error type and code names.
    String[] documents = {
      "{\"@context\": 5, \"@id\": \"urn:x:a\"}",
      "[{\"@id\": 5}]",
      "{\"@context\": {\"x\": {\"@id\": \"urn:x:x\", \"@type\": \"@foo\"}}, \"x\": 1}",
    };
    String[] expected = {
      "case.jsonld: not valid JSON-LD: an invalid local context was detected",
      "case.jsonld: not valid JSON-LD: an @id entry was encountered whose value [5] was not a string",
      "case.jsonld: not valid JSON-LD: an @type entry in a term definition was encountered whose value could not "
          + "be expanded to an IRI",
    };
    for (int i = 0; i < documents.length; i++) {
      String json = documents[i];
      RdfSyntaxException e = assertThrows(RdfSyntaxException.class, () -> readJsonLd(json));
      assertEquals(expected[i], e.getMessage());
    }
  }

  @Test
  void jsonThatIsNotWellFormedIsLocated() {
    // A stray comma: the reader would say only that the document could not be loaded.
    RdfSyntaxException e = assertThrows(RdfSyntaxException.class,
        () -> readJsonLd("{\n  \"@id\": \"urn:x:a\",,\n}"));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().startsWith("case.jsonld:2:20: not valid JSON: Unexpected character (','"),
        e.getMessage());
  }

  private static void readJsonLd(String json) {
    RdfFiles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), RdfFormat.JSONLD, "case.jsonld");
  }
}
