package org.sstlib.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.server.testing.RawHttp;
import org.sstlib.server.testing.ReferenceStore;

/**
 * An update that reaches outside the store (LOAD of a file or URL, SERVICE) is refused before any of it runs,
 * with a message that quotes nothing of the file; the store is left as it was.
 */
class ServerUpdateReachTest {
  private static final String STOLEN = "ASK { GRAPH <urn:sst:graph:stolen> { ?s ?p ?o } }";

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

  private static RawHttp.Answer update(String update) throws Exception {
    return http.post("/sst/update", "application/sparql-update", update);
  }

  private static boolean ask(String ask) throws Exception {
    RawHttp.Answer answer = http.post("/sst/sparql", "application/sparql-query", ask);
    assertEquals(200, answer.status(), answer.body());
    return answer.body().contains("true");
  }

  @Test
  void loadOfALocalFileIsRefusedWithoutQuotingIt() throws Exception {
    RawHttp.Answer answer = update(ReferenceStore.hostile("load-local-file.ru"));

    assertEquals(400, answer.status(), answer.body());
    assertEquals("refused: LOAD (operation 1 of the update) is not allowed on this server: it would read a file or a"
        + " URL into the store", answer.firstLine());
    assertFalse(answer.body().contains("root"), answer.body());
    assertFalse(ask(STOLEN));
  }

  @Test
  void loadOfAFileWithASecretIsRefusedWithoutQuotingIt() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "hunter2 is the password\n");

    RawHttp.Answer answer = update("LOAD <" + secret.toUri() + "> INTO GRAPH <urn:sst:graph:stolen>");

    assertEquals(400, answer.status(), answer.body());
    assertFalse(answer.body().contains("hunter2"), answer.body());
    assertFalse(ask(STOLEN));
  }

  @Test
  void loadBeforeASyntaxErrorIsRefusedBeforeItRuns() throws Exception {
    RawHttp.Answer answer = update(ReferenceStore.hostile("load-before-syntax-error.ru"));

    assertEquals(400, answer.status(), answer.body());
    assertTrue(answer.firstLine().startsWith("refused: the update does not parse: "), answer.body());
    assertTrue(answer.firstLine().contains("line 3"), answer.body());
    assertFalse(answer.body().contains("root"), answer.body());
  }

  @Test
  void loadWithoutAContentTypeIsRefused() throws Exception {
    // Fuseki runs a body without a content type as an update: it is checked as one.
    RawHttp.Answer answer = http.send(http.head("POST", "/sst/update", ""),
        ReferenceStore.hostile("load-local-file.ru").getBytes(StandardCharsets.UTF_8));

    assertEquals(400, answer.status(), answer.body());
    assertTrue(answer.firstLine().startsWith("refused: LOAD (operation 1 of the update)"), answer.body());
    assertFalse(ask(STOLEN));
  }

  @Test
  void serviceHiddenInAnUpdateIsRefused() throws Exception {
    RawHttp.Answer answer = update(ReferenceStore.hostile("service-in-where.ru"));

    assertEquals(400, answer.status(), answer.body());
    assertEquals("refused: SERVICE (in the WHERE of operation 1 of the update) is not allowed on this server: it"
        + " would send a query to another server", answer.firstLine());
    assertFalse(ask("ASK { GRAPH <urn:sst:graph:copied> { ?s ?p ?o } }"));
  }

  @Test
  void anUpdateInsideTheStoreIsRun() throws Exception {
    RawHttp.Answer answer = update("INSERT { GRAPH <urn:test:copy> { ?s a ?t } } WHERE { GRAPH ?g { ?s a ?t } }");
    try {
      assertEquals(204, answer.status(), answer.body());
      assertTrue(ask("ASK { GRAPH <urn:test:copy> { ?s a ?t } }"));
    } finally {
      update("DROP SILENT GRAPH <urn:test:copy>");
    }
  }

  @Test
  void loadIsRunWhenAllowedButServiceIsNot() {
    UpdateReach reach = new UpdateReach(true);

    assertTrue(reach.refusal(UpdateFactory.create(ReferenceStore.hostile("load-local-file.ru")).getOperations())
        .isEmpty());
    assertTrue(reach.refusal(UpdateFactory.create(ReferenceStore.hostile("service-in-where.ru")).getOperations())
        .isPresent());
  }
}
