package org.sstlib.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.SstException;
import org.sstlib.server.testing.RawHttp;
import org.sstlib.server.testing.ReferenceStore;

/** Starting and stopping: a port in use is the user's problem, said plainly; a closed server lets join return. */
class ServerStartTest {
  @TempDir Path dir;

  @Test
  void aPortInUseIsReportedAsSuch() throws Exception {
    Path store = ReferenceStore.in(dir);
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      SstServer.Builder builder = SstServer.builder(store).port(taken.getLocalPort());

      PortUnavailableException e = assertThrows(PortUnavailableException.class, builder::start);

      assertEquals("port " + taken.getLocalPort() + " on 127.0.0.1 cannot be opened: it is in use by another program"
          + " (or this user may not open it)", e.getMessage());
      assertEquals(taken.getLocalPort(), e.port());
    }
    // The store was released: a server can open it now.
    try (SstServer server = SstServer.builder(store).port(0).start()) {
      assertTrue(server.port() > 0);
    }
  }

  @Test
  void aMissingStoreIsReportedAsSuch() {
    SstException e = assertThrows(SstException.class, () -> SstServer.builder(dir.resolve("nope")).start());

    assertTrue(e.getMessage().endsWith("nope: no such store directory"), e.getMessage());
  }

  @Test
  void anEmptyDirectoryIsNotMadeIntoAStore() throws Exception {
    Path empty = java.nio.file.Files.createDirectory(dir.resolve("empty"));

    SstException e = assertThrows(SstException.class, () -> SstServer.builder(empty).port(0).start());

    assertTrue(e.getMessage().contains("the directory is empty, and was left so"), e.getMessage());
    try (java.util.stream.Stream<Path> entries = java.nio.file.Files.list(empty)) {
      assertEquals(0, entries.count());
    }
  }

  @Test
  void joinReturnsOnceTheServerIsClosed() throws Exception {
    SstServer server = SstServer.builder(ReferenceStore.in(dir)).port(0).start();
    Thread closer = new Thread(server::close);

    closer.start();
    server.join();
    closer.join();

    assertEquals("http://127.0.0.1:" + server.port() + "/sst/sparql", server.queryUrl());
  }

  @Test
  void aDatasetInMemoryIsServedAndLeftOpen() throws Exception {
    DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    dataset.executeWrite(() -> dataset.add(NodeFactory.createURI("urn:test:g"), NodeFactory.createURI("urn:a"),
        NodeFactory.createURI("urn:b"), NodeFactory.createURI("urn:c")));

    try (SstServer server = SstServer.builder(dataset).port(0).start()) {
      RawHttp.Answer answer = new RawHttp(server.port()).post("/sst/sparql", "application/sparql-query",
          "ASK { GRAPH <urn:test:g> { <urn:a> <urn:b> <urn:c> } }");
      assertEquals(200, answer.status(), answer.body());
      assertTrue(answer.body().contains("true"), answer.body());
    }
    assertEquals(1L, (long) dataset.calculateRead(() -> dataset.stream().count()));
  }

  @Test
  void badOptionsAreRefusedByName() {
    SstServer.Builder builder = SstServer.builder(dir);

    assertEquals("host '10.0.0.1': use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)",
        assertThrows(IllegalArgumentException.class, () -> builder.host("10.0.0.1")).getMessage());
    assertEquals("timeout must be at least one millisecond, not PT0S",
        assertThrows(IllegalArgumentException.class, () -> builder.timeout(Duration.ZERO)).getMessage());
    assertEquals("the request size limit must be positive, not 0",
        assertThrows(IllegalArgumentException.class, () -> builder.maxRequestBytes(0)).getMessage());
    assertEquals("allowed host 'evil.example:80' is not a host name (letters, digits, '-' and '.', without a port)",
        assertThrows(IllegalArgumentException.class, () -> builder.allowHost("evil.example:80")).getMessage());
  }
}
