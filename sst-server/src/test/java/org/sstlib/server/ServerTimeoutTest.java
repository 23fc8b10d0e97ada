package org.sstlib.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.server.testing.RawHttp;
import org.sstlib.server.testing.ReferenceStore;

/**
 * The server's timeout stops an endless query or update, and a client's own timeout cannot lengthen it. A test
 * that waits for ever fails when its socket read gives up after two minutes.
 */
class ServerTimeoutTest {
  @TempDir static Path dir;
  private static SstServer server;
  private static RawHttp http;

  @BeforeAll
  static void start() {
    server = SstServer.builder(ReferenceStore.in(dir)).port(0).timeout(Duration.ofSeconds(1)).update(true)
        .start();
    http = new RawHttp(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void anEndlessQueryIsStoppedAndAnsweredServiceUnavailable() throws Exception {
    RawHttp.Answer answer = http.post("/sst/sparql", "application/sparql-query",
        ReferenceStore.hostile("endless-cross-product.rq"));

    assertEquals(503, answer.status(), answer.body());
  }

  @Test
  void aClientTimeoutLongerThanTheServersDoesNotLengthenIt() throws Exception {
    RawHttp.Answer answer = http.post("/sst/sparql?timeout=86400", "application/sparql-query",
        ReferenceStore.hostile("endless-cross-product.rq"));

    assertEquals(503, answer.status(), answer.body());
  }

  @Test
  void anEndlessUpdateIsStoppedAndLeavesNothing() throws Exception {
    RawHttp.Answer answer = http.post("/sst/update", "application/sparql-update",
        ReferenceStore.hostile("endless-update.ru"));

    assertEquals(500, answer.status(), answer.body());
    RawHttp.Answer ask = http.post("/sst/sparql", "application/sparql-query",
        "ASK { GRAPH <urn:sst:graph:endless> { ?s ?p ?o } }");
    assertEquals(true, ask.body().contains("false"), ask.body());
  }

  @Test
  void theServerStillAnswersAfterAStoppedQuery() throws Exception {
    http.post("/sst/sparql", "application/sparql-query", ReferenceStore.hostile("endless-cross-product.rq"));

    RawHttp.Answer answer = http.post("/sst/sparql", "application/sparql-query", "ASK { GRAPH ?g { ?s ?p ?o } }");

    assertEquals(200, answer.status(), answer.body());
    assertEquals(true, answer.body().contains("true"), answer.body());
  }
}
