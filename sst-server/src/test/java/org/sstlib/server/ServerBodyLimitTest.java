package org.sstlib.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.server.testing.RawHttp;
import org.sstlib.server.testing.ReferenceStore;

/**
 * A query or update over the size limit is refused (413) before it is parsed, whether its size is announced
 * (Content-Length), counted (a chunked body) or in the URL; one within the limit is answered.
 */
class ServerBodyLimitTest {
  private static final int LIMIT = 2000;
  private static final String ASK = "ASK { GRAPH ?g { ?s ?p ?o } }";

  @TempDir static Path dir;
  private static SstServer server;
  private static RawHttp http;

  @BeforeAll
  static void start() {
    server = SstServer.builder(ReferenceStore.in(dir)).port(0).maxRequestBytes(LIMIT).update(true).start();
    http = new RawHttp(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A query of exactly {@code bytes} bytes: the ASK, padded with a comment line (a long token, slow to parse). */
  private static String queryOf(int bytes) {
    String head = ASK + "\n#";
    return head + "x".repeat(bytes - head.length());
  }

  @Test
  void aBodyOverTheLimitWithItsLengthIsRefusedUnread() throws Exception {
    RawHttp.Answer answer = http.post("/sst/sparql", "application/sparql-query", queryOf(LIMIT + 1));

    assertEquals(413, answer.status(), answer.body());
    assertEquals("refused: the request body is 2001 bytes, the limit of 2000 bytes for a query or update on this"
        + " server", answer.firstLine());
  }

  @Test
  void aChunkedBodyOverTheLimitIsCountedAndRefused() throws Exception {
    RawHttp.Answer answer = http.sendChunked(
        http.head("POST", "/sst/sparql", "Content-Type: application/sparql-query\r\n"),
        queryOf(3 * LIMIT).getBytes(UTF_8));

    assertEquals(413, answer.status(), answer.body());
    assertTrue(answer.firstLine().startsWith("refused: the request body is over the limit of 2000 bytes"),
        answer.body());
  }

  @Test
  void aChunkedUpdateOverTheLimitIsRefused() throws Exception {
    String update = "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> \"" + "y".repeat(LIMIT) + "\" } }";

    RawHttp.Answer answer = http.sendChunked(
        http.head("POST", "/sst/update", "Content-Type: application/sparql-update\r\n"), update.getBytes(UTF_8));

    assertEquals(413, answer.status(), answer.body());
  }

  @Test
  void aChunkedFormOverTheLimitIsRefused() throws Exception {
    String form = "query=" + URLEncoder.encode(queryOf(LIMIT), UTF_8);

    RawHttp.Answer answer = http.sendChunked(
        http.head("POST", "/sst/sparql", "Content-Type: application/x-www-form-urlencoded\r\n"),
        form.getBytes(UTF_8));

    assertEquals(413, answer.status(), answer.body());
  }

  @Test
  void aQueryStringOverTheLimitIsRefused() throws Exception {
    RawHttp.Answer answer = http.get("/sst/sparql?query=" + URLEncoder.encode(queryOf(LIMIT), UTF_8));

    assertEquals(413, answer.status(), answer.body());
    assertTrue(answer.firstLine().startsWith("refused: the query string is "), answer.body());
  }

  @Test
  void aFormWithAMalformedEscapeIsRefused() throws Exception {
    // A form body has no comment syntax: the malformed escape is written here.
    RawHttp.Answer answer = http.post("/sst/sparql", "application/x-www-form-urlencoded", "query=ASK%7B%7D%zz");

    assertEquals(400, answer.status(), answer.body());
    assertEquals("refused: the form-encoded body or the query string has a malformed %-escape", answer.firstLine());
  }

  @Test
  void aQueryAtTheLimitIsAnswered() throws Exception {
    RawHttp.Answer answer = http.post("/sst/sparql", "application/sparql-query", queryOf(LIMIT));

    assertEquals(200, answer.status(), answer.body());
    assertTrue(answer.body().contains("true"), answer.body());
  }

  @Test
  void aChunkedQueryWithinTheLimitIsAnswered() throws Exception {
    RawHttp.Answer answer = http.sendChunked(
        http.head("POST", "/sst/sparql", "Content-Type: application/sparql-query\r\n"),
        queryOf(LIMIT - 100).getBytes(UTF_8));

    assertEquals(200, answer.status(), answer.body());
    assertTrue(answer.body().contains("true"), answer.body());
  }

  @Test
  void aChunkedFormQueryWithinTheLimitIsAnswered() throws Exception {
    RawHttp.Answer answer = http.sendChunked(
        http.head("POST", "/sst/sparql", "Content-Type: application/x-www-form-urlencoded\r\n"),
        ("query=" + URLEncoder.encode(ASK, UTF_8)).getBytes(UTF_8));

    assertEquals(200, answer.status(), answer.body());
    assertTrue(answer.body().contains("true"), answer.body());
  }

  @Test
  void aGetQueryWithinTheLimitIsAnswered() throws Exception {
    RawHttp.Answer answer = http.get("/sst/sparql?query=" + URLEncoder.encode(ASK, UTF_8));

    assertEquals(200, answer.status(), answer.body());
    assertTrue(answer.body().contains("true"), answer.body());
  }
}
