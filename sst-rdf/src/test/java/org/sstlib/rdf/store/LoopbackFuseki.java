package org.sstlib.rdf.store;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;

/**
 * An embedded Fuseki on a free loopback port, for the remote-store tests: a plain SPARQL endpoint with the dataset
 * settings {@code sst serve} uses (union default graph, no SERVICE), without its request checks, which sst-server
 * tests on its own.
 */
public final class LoopbackFuseki {

  private LoopbackFuseki() {}

  /**
   * Starts a Fuseki on a free loopback port serving {@code dataset} at {@code /ds}, query and update.
   */
  public static FusekiServer.Builder server(DatasetGraph dataset) {
    // The server's dataset decides what the default graph is, and whether SERVICE may go out.
    dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    dataset.getContext().set(ARQ.httpServiceAllowed, false);
    return FusekiServer.create()
        .loopback(true)
        .port(0)
        .addDataset("/ds", dataset)
        .addOperation("/ds", Operation.Query)
        .addOperation("/ds", Operation.Update)
        .addEndpoint("/ds", "query", Operation.Query)
        .addEndpoint("/ds", "update", Operation.Update);
  }
}
