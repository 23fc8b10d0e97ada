package org.sstlib.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.server.testing.RawHttp;
import org.sstlib.server.testing.ReferenceStore;

/** With form updates allowed, a form update is run, but one that reaches outside the store is still refused. */
class ServerFormUpdateAllowedTest {
  @TempDir static Path dir;
  private static SstServer server;
  private static RawHttp http;

  @BeforeAll
  static void start() {
    server = SstServer.builder(ReferenceStore.in(dir)).port(0).update(true).allowFormUpdate(true).start();
    http = new RawHttp(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aFormUpdateIsRun() throws Exception {
    // A form body has no comment syntax: the update is written here.
    RawHttp.Answer answer = http.post("/sst/update", "application/x-www-form-urlencoded",
        "update=INSERT+DATA+%7B+GRAPH+%3Curn%3Atest%3Aform%3E+%7B+%3Curn%3Aa%3E+%3Curn%3Ab%3E+%3Curn%3Ac%3E+%7D+%7D");

    assertEquals(200, answer.status(), answer.body());
    RawHttp.Answer ask = http.post("/sst/sparql", "application/sparql-query",
        "ASK { GRAPH <urn:test:form> { <urn:a> <urn:b> <urn:c> } }");
    assertTrue(ask.body().contains("true"), ask.body());
  }

  @Test
  void aFormLoadIsStillRefused() throws Exception {
    // A form body has no comment syntax: the LOAD is written here.
    RawHttp.Answer answer = http.post("/sst/update", "application/x-www-form-urlencoded",
        "update=LOAD+%3Cfile%3A%2F%2F%2Fetc%2Fpasswd%3E");

    assertEquals(400, answer.status(), answer.body());
    assertTrue(answer.firstLine().startsWith("refused: LOAD (operation 1 of the update) is not allowed"),
        answer.body());
  }
}
