package org.sstlib.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.sstlib.core.SstException;
import org.sstlib.rdf.store.SstStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sst serve --store DIR [--port N] [--update] [--host HOST]}: a SPARQL endpoint (Fuseki) on a store, for a
 * team that shares one.
 *
 * <p>Only the SPARQL query service is started (update only with {@code --update}); no admin, upload, graph store
 * or validation services. It listens on the loopback interface unless {@code --host 0.0.0.0} is given. The default graph
 * is the union of the cases; outbound {@code SERVICE} calls are refused.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Serve a store as a SPARQL endpoint (query only unless --update).",
      "",
      "Endpoint: http://HOST:PORT/sst/sparql (also /sst/query and /sst). The default graph is the union of every"
          + " case; GRAPH <urn:sst:graph:ID> is one case. Runs until stopped (Ctrl-C)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped", "1:the store cannot be opened", "2:bad usage", "3:internal error in sst"})
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--store", paramLabel = "DIR", required = true, description = "The TDB2 store directory.")
  Path store;

  @Option(names = "--port", paramLabel = "N", defaultValue = "3030",
      description = "The port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--update", description = "Also accept SPARQL Update at /sst/update.")
  boolean update;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "Where to listen: 127.0.0.1 or localhost (the default: this machine only), or 0.0.0.0 for every"
          + " network interface, so that anyone who can reach the port can query (and with --update, change) the"
          + " store.")
  String host;

  /** The running server, for tests; null until started. */
  volatile FusekiServer server;

  @Override
  public Integer call() throws UserError {
    PrintWriter out = spec.commandLine().getOut();
    if (port < 0 || port > 65535) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
    }
    boolean everyInterface;
    switch (host) {
      case "127.0.0.1", "localhost", "::1" -> everyInterface = false;
      case "0.0.0.0", "::", "*" -> everyInterface = true;
      default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--host " + host + ": use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)");
    }
    if (!Files.isDirectory(store)) {
      throw new UserError(store + ": no such store directory (create one with 'sst load FILE... --store " + store
          + "')");
    }
    // Open through the store first: it refuses a directory that is in use or not a store, with a clear message.
    try (SstStore check = SstStore.tdb2(store)) {
      check.caseIds();
    } catch (SstException e) {
      throw UserError.in(store.toString(), e);
    }
    DatasetGraph dataset = TDB2Factory.connectDataset(store.toString()).asDatasetGraph();
    dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    dataset.getContext().set(ARQ.httpServiceAllowed, false);
    DataService.Builder service = DataService.newBuilder(dataset)
        .addEndpoint(Operation.Query, "")
        .addEndpoint(Operation.Query, "sparql")
        .addEndpoint(Operation.Query, "query");
    if (update) {
      service.addEndpoint(Operation.Update, "update");
    }
    FusekiServer running = FusekiServer.create()
        .port(port)
        .loopback(!everyInterface)
        .enablePing(false)
        .enableStats(false)
        .enableMetrics(false)
        .enableCompact(false)
        .enableTasks(false)
        .verbose(false)
        .add("/sst", service.build())
        .build();
    running.start();
    server = running;
    out.println("serving " + store + " at http://" + (everyInterface ? "0.0.0.0" : "127.0.0.1") + ":" + running.getHttpPort() + "/sst/sparql ("
        + (update ? "query and update" : "query only") + "); stop with Ctrl-C");
    out.flush();
    running.join();
    return ExitCodes.OK;
  }
}
