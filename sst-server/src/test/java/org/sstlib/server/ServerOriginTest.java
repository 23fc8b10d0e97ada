package org.sstlib.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.server.testing.RawHttp;
import org.sstlib.server.testing.ReferenceStore;

/**
 * A request from a web page of another site (its Origin header) is refused, and so is an update sent as an HTML
 * form, which any page can make a browser send; the store is left as it was.
 */
class ServerOriginTest {
  private static final String COUNT_GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

  @TempDir static Path dir;
  private static SstServer server;
  private static RawHttp http;

  @BeforeAll
  static void start() {
    server = SstServer.builder(ReferenceStore.in(dir)).port(0).update(true).start();
    http = new RawHttp(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static RawHttp.Answer postWithOrigin(String path, String contentType, String origin, String body)
      throws Exception {
    return http.send(http.head("POST", path, "Content-Type: " + contentType + "\r\nOrigin: " + origin + "\r\n"),
        body.getBytes(UTF_8));
  }

  private static String graphCount() throws Exception {
    RawHttp.Answer answer = http.send(http.head("POST", "/sst/sparql",
        "Content-Type: application/sparql-query\r\nAccept: text/csv\r\n"), COUNT_GRAPHS.getBytes(UTF_8));
    assertEquals(200, answer.status(), answer.body());
    return answer.body().lines().skip(1).findFirst().orElseThrow();
  }

  @Test
  void aCrossSiteFormUpdateIsRefusedAndTheStoreKept() throws Exception {
    String before = graphCount();

    // The form a hostile page posts: a form body has no comment syntax, so it is written here.
    RawHttp.Answer answer = postWithOrigin("/sst/update", "application/x-www-form-urlencoded",
        "http://evil.example", "update=DROP+ALL");

    assertEquals(403, answer.status(), answer.body());
    assertTrue(answer.firstLine().startsWith("refused: a request from the web origin 'http://evil.example'"),
        answer.body());
    assertEquals(before, graphCount());
    assertEquals("1", before);
  }

  @Test
  void aCrossSiteUpdateIsRefused() throws Exception {
    RawHttp.Answer answer = postWithOrigin("/sst/update", "application/sparql-update", "http://evil.example",
        "DROP ALL");

    assertEquals(403, answer.status(), answer.body());
    assertEquals("1", graphCount());
  }

  @Test
  void aCrossSiteQueryIsRefused() throws Exception {
    RawHttp.Answer answer = postWithOrigin("/sst/sparql", "application/sparql-query", "http://evil.example",
        COUNT_GRAPHS);

    assertEquals(403, answer.status(), answer.body());
  }

  @Test
  void theNullOriginIsRefused() throws Exception {
    RawHttp.Answer answer = postWithOrigin("/sst/sparql", "application/sparql-query", "null", COUNT_GRAPHS);

    assertEquals(403, answer.status(), answer.body());
  }

  @Test
  void theServersOwnOriginIsAnswered() throws Exception {
    RawHttp.Answer answer = postWithOrigin("/sst/sparql", "application/sparql-query",
        "http://127.0.0.1:" + server.port(), COUNT_GRAPHS);

    assertEquals(200, answer.status(), answer.body());
  }

  @Test
  void aFormUpdateWithoutOriginIsRefused() throws Exception {
    // A form body has no comment syntax: the update a form would carry is written here.
    RawHttp.Answer answer = http.post("/sst/update", "application/x-www-form-urlencoded", "update=DROP+ALL");

    assertEquals(400, answer.status(), answer.body());
    assertTrue(answer.firstLine().contains("does not accept an update sent as a form parameter"), answer.body());
    assertEquals("1", graphCount());
  }

  @Test
  void anUpdateInTheQueryStringIsRefused() throws Exception {
    RawHttp.Answer answer = http.send(http.head("POST", "/sst/update?update=DROP+ALL", ""), new byte[0]);

    assertEquals(400, answer.status(), answer.body());
    assertEquals("1", graphCount());
  }

  @Test
  void anUpdateAsSparqlUpdateIsRun() throws Exception {
    RawHttp.Answer answer = http.post("/sst/update", "application/sparql-update",
        "INSERT DATA { GRAPH <urn:test:origin> { <urn:a> <urn:b> <urn:c> } }");
    try {
      assertEquals(204, answer.status(), answer.body());
      assertEquals("2", graphCount());
    } finally {
      http.post("/sst/update", "application/sparql-update", "DROP GRAPH <urn:test:origin>");
    }
  }
}
