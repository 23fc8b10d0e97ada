package org.sstlib.rdf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.PasswordAuthentication;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.Case;
import org.apache.jena.system.Txn;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.GraphNames;
import org.sstlib.rdf.RdfCaseException;

/**
 * The {@link StoreContract} on {@link SstStore#remote(String)} against an embedded Fuseki on loopback, configured
 * as {@code sst serve} is: an in-memory TDB2 dataset whose default graph is the union of its named graphs, with
 * {@code SERVICE} refused, and only the query and update services (at the dataset URL, and at {@code /query} and
 * {@code /update}). Then what only a remote store has: separate URLs, credentials, errors.
 */
class RemoteStoreTest extends StoreContract {

  private final List<FusekiServer> servers = new ArrayList<>();

  @TempDir
  Path tempDir;

  private String start(FusekiServer.Builder builder) {
    FusekiServer server = builder.build().start();
    servers.add(server);
    return "http://localhost:" + server.getPort() + "/ds";
  }

  @AfterEach
  void stopServers() {
    servers.forEach(FusekiServer::stop);
  }

  @Override
  protected SstStore newStore() {
    return SstStore.remote(start(LoopbackFuseki.server(DatabaseMgr.createDatasetGraph())));
  }

  @Override
  protected SstStore newStoreFailingOn(String caseId) {
    DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
    dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    dataset.getContext().set(ARQ.httpServiceAllowed, false);
    return SstStore.remote(start(LoopbackFuseki.server(new FailingDataset(dataset, caseId))));
  }

  // ------------------------------------------------------------------------------------------------ remote only

  @Test
  void aGraphThatHoldsAnotherCaseIsRefusedByName() {
    // Written by another tool: the graph of case 'misfiled' holds the reference case.
    DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
    Case reference = StoreCases.reference();
    Txn.executeWrite(dataset, () -> CaseGraphs.toGraph(reference)
        .find().forEachRemaining(t -> dataset.add(GraphNames.graphNode("misfiled"), t.getSubject(),
            t.getPredicate(), t.getObject())));
    try (SstStore store = SstStore.remote(start(LoopbackFuseki.server(dataset)))) {
      RdfCaseException e = assertThrows(RdfCaseException.class,
          () -> store.get("misfiled"));
      assertEquals("graph <urn:sst:graph:misfiled> holds the case '" + reference.id() + "', not 'misfiled'",
          e.getMessage());
      assertEquals(List.of("misfiled"), store.caseIds());
    }
  }

  @Test
  void aTimeoutAlsoStopsTheQueryOnTheServer() throws InterruptedException {
    start(LoopbackFuseki.server(DatabaseMgr.createDatasetGraph()));
    FusekiServer server = servers.get(servers.size() - 1);
    // Fuseki counts the queries it stops for their time on the endpoints that have the counter.
    queryEndpoints(server).forEach(endpoint -> endpoint.getCounters().add(CounterName.QueryTimeouts));
    assertEquals(0, queryTimeouts(server));
    try (SstStore store = SstStore.remote("http://localhost:" + server.getPort() + "/ds")) {
      store.put(StoreCases.reference());
      StoreException e = assertThrows(StoreException.class, () -> store.select(
          QueryFactory.create(StoreContract.CROSS_PRODUCT), Duration.ofSeconds(1), rows -> rows.hasNext()));
      assertTrue(e.getCause() instanceof QueryCancelledException, String.valueOf(e.getCause()));
      // The request told Fuseki the timeout, so Fuseki stops the query itself and counts it, rather than running
      // it for hours for a client that has gone.
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (queryTimeouts(server) == 0 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertEquals(1, queryTimeouts(server));
      assertTrue(store.ask("ASK { GRAPH ?g { ?s ?p ?o } }"));
    }
  }

  /** How many queries the server's dataset stopped for their time. */
  private static long queryTimeouts(FusekiServer server) {
    return queryEndpoints(server).stream()
        .mapToLong(endpoint -> endpoint.getCounters().value(CounterName.QueryTimeouts))
        .sum();
  }

  private static List<Endpoint> queryEndpoints(FusekiServer server) {
    return server.getDataAccessPointRegistry().get("/ds").getDataService().getEndpoints(Operation.Query);
  }

  @Test
  void separateQueryAndUpdateUrlsWork() {
    String url = start(LoopbackFuseki.server(DatabaseMgr.createDatasetGraph()));
    try (SstStore store = SstStore.remote(url + "/query", url + "/update")) {
      Case hughes = StoreCases.reference();
      store.put(hughes);
      assertEquals(Optional.of(hughes), store.get(hughes.id()));
      assertTrue(store.remove(hughes.id()));
      assertEquals(List.of(), store.caseIds());
    }
  }

  @Test
  void credentialsAreSentWhenTheServerAsksAndNeverShown() throws Exception {
    Path passwords = tempDir.resolve("passwd");
    Files.writeString(passwords, "alice: s3cret-Pa55\n", StandardCharsets.UTF_8);
    String url = start(LoopbackFuseki.server(DatabaseMgr.createDatasetGraph())
        .passwordFile(passwords.toString())
        .auth(AuthScheme.BASIC)
        .serverAuthPolicy(Auth.policyAllowSpecific("alice")));

    try (SstStore store = RemoteStore.connect(url, url,
        Optional.of(new PasswordAuthentication("alice", "s3cret-Pa55".toCharArray())))) {
      store.put(StoreCases.minimal("a", "case a"));
      assertEquals(List.of("a"), store.caseIds());
      assertFalse(store.toString().contains("s3cret"), store.toString());
    }

    try (SstStore wrong = RemoteStore.connect(url, url,
        Optional.of(new PasswordAuthentication("alice", "wrong-Pa55word".toCharArray())))) {
      StoreException e = assertThrows(StoreException.class, wrong::caseIds);
      assertTrue(e.getMessage().contains("401"), e.getMessage());
      assertFalse(e.getMessage().contains("wrong-Pa55word"), e.getMessage());
      assertFalse(stackText(e).contains("wrong-Pa55word"), "the password appears nowhere in the exception");
    }

    try (SstStore anonymous = RemoteStore.connect(url, url, Optional.empty())) {
      StoreException e = assertThrows(StoreException.class, anonymous::caseIds);
      assertTrue(e.getMessage().contains("401") && e.getMessage().contains(RemoteStore.USER_VARIABLE),
          e.getMessage());
    }
  }

  @Test
  void credentialsNeedBothVariables() {
    assertEquals(Optional.empty(), RemoteStore.credentials(Map.of()));
    PasswordAuthentication both = RemoteStore.credentials(
        Map.of(RemoteStore.USER_VARIABLE, "alice", RemoteStore.PASSWORD_VARIABLE, "pw-secret")).orElseThrow();
    assertEquals("alice", both.getUserName());
    StoreException onlyUser = assertThrows(StoreException.class,
        () -> RemoteStore.credentials(Map.of(RemoteStore.USER_VARIABLE, "alice")));
    assertTrue(onlyUser.getMessage().contains(RemoteStore.PASSWORD_VARIABLE), onlyUser.getMessage());
    StoreException onlyPassword = assertThrows(StoreException.class,
        () -> RemoteStore.credentials(Map.of(RemoteStore.PASSWORD_VARIABLE, "pw-secret")));
    assertFalse(onlyPassword.getMessage().contains("pw-secret"), onlyPassword.getMessage());
  }

  @Test
  void urlsThatAreNotPlainHttpAreRefused() {
    StoreException withCredentials = assertThrows(StoreException.class,
        () -> SstStore.remote("http://alice:pw-secret@localhost:3030/ds"));
    assertFalse(withCredentials.getMessage().contains("pw-secret"), withCredentials.getMessage());
    assertTrue(withCredentials.getMessage().contains(RemoteStore.USER_VARIABLE), withCredentials.getMessage());
    assertThrows(StoreException.class, () -> SstStore.remote("ftp://localhost/ds"));
    assertThrows(StoreException.class, () -> SstStore.remote("ds"));
    assertThrows(StoreException.class, () -> SstStore.remote("http://localhost:3030/ds", "not a url"));
  }

  @Test
  void anUnreachableEndpointGivesAClearMessage() {
    try (SstStore store = SstStore.remote("http://127.0.0.1:1/ds")) {
      StoreException e = assertThrows(StoreException.class, store::caseIds);
      assertTrue(e.getMessage().startsWith("could not reach the SPARQL endpoint http://127.0.0.1:1/ds"),
          e.getMessage());
      StoreException write = assertThrows(StoreException.class, () -> store.put(StoreCases.minimal("a", "a")));
      assertTrue(write.getMessage().contains("http://127.0.0.1:1/ds"), write.getMessage());
    }
  }

  @Test
  void aServerWithoutAnUpdateServiceRefusesWritesClearly() {
    DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
    String url = start(FusekiServer.create().loopback(true).port(0)
        .addDataset("/ds", dataset).addOperation("/ds", Operation.Query));
    try (SstStore store = SstStore.remote(url)) {
      StoreException e = assertThrows(StoreException.class, () -> store.put(StoreCases.minimal("a", "a")));
      assertTrue(e.getMessage().contains("refused to store 1 case: HTTP"), e.getMessage());
      assertEquals(List.of(), store.caseIds());
    }
  }

  @Test
  void aQueryToAnEndpointThatNeverAnswersStopsAtItsTimeout() throws Exception {
    // The kernel completes the connection into the backlog of a socket nobody reads: the request is sent and no
    // answer ever comes, as from a hung server.
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        SstStore store = SstStore.remote("http://127.0.0.1:" + silent.getLocalPort() + "/ds")) {
      StoreException e = assertThrows(StoreException.class, () -> store.select(
          QueryFactory.create("SELECT * WHERE { ?s ?p ?o }"), Duration.ofSeconds(1), rows -> rows.hasNext()));
      assertTrue(e.getCause() instanceof QueryCancelledException, String.valueOf(e.getCause()));
      assertEquals("the SPARQL endpoint http://127.0.0.1:" + silent.getLocalPort() + "/ds: the query ran longer "
          + "than its timeout of 1 s and was stopped", e.getMessage());
    }
  }

  @Test
  void callsWithoutATimeoutStopAtTheStoresOwn() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String url = "http://127.0.0.1:" + silent.getLocalPort() + "/ds";
      try (SstStore store = RemoteStore.connect(url, url, Optional.empty(), Duration.ofSeconds(1),
          Duration.ofSeconds(1))) {
        StoreException read = assertThrows(StoreException.class, store::caseIds);
        assertEquals("the SPARQL endpoint " + url + " did not answer within 1 s when asked to list the cases: "
            + "check that the server is running and answers SPARQL at this URL", read.getMessage());
        StoreException write = assertThrows(StoreException.class, () -> store.put(StoreCases.minimal("a", "a")));
        assertTrue(write.getMessage().startsWith("the SPARQL endpoint " + url + " did not answer within 1 s when "
            + "asked to store 1 case; the server may still apply the change"), write.getMessage());
      }
    }
  }

  @Test
  void anEndpointThatAnswersAWebPageIsNamedWithTheContentType() throws Exception {
    // A web server, not a SPARQL endpoint: every request gets 200 and an HTML page.
    try (WebPageServer web = WebPageServer.start("text/html; charset=utf-8");
        SstStore store = SstStore.remote(web.url("/ds"))) {
      String url = web.url("/ds");
      List<Executable> calls = List.of(store::caseIds, () -> store.get("a"),
          () -> store.ask("ASK { ?s ?p ?o }"), () -> store.construct("CONSTRUCT WHERE { ?s ?p ?o }"),
          () -> store.select(QueryFactory.create("SELECT * { ?s ?p ?o }"), Duration.ofSeconds(5), r -> r.next()));
      for (Executable call : calls) {
        StoreException e = assertThrows(StoreException.class, call);
        assertTrue(e.getMessage().startsWith("the SPARQL endpoint " + url + " answered with content type text/html"
            + " when asked to "), e.getMessage());
        assertTrue(e.getMessage().endsWith("this URL does not look like a SPARQL endpoint; give the dataset's "
            + "SPARQL URL, such as http://localhost:3030/sst"), e.getMessage());
      }
    }
  }

  private static String stackText(Throwable e) {
    java.io.StringWriter out = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }
}
