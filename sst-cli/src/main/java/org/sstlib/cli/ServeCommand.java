package org.sstlib.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.sstlib.core.SstException;
import org.sstlib.server.PortUnavailableException;
import org.sstlib.server.SstServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * {@code sst serve --store DIR [--port N] [--update] [--host HOST] ...}: a store as a SPARQL endpoint
 * ({@link SstServer}), for a team that shares one. The options map one to one onto {@link SstServer.Builder}; this
 * class checks them, starts the server and waits until Ctrl-C or SIGTERM, then exits 0.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Serve a store as a SPARQL endpoint (query only unless --update).",
      "",
      "Endpoint: http://HOST:PORT/sst/sparql (also /sst/query and /sst). The default graph is the union of every"
          + " case; GRAPH <urn:sst:graph:ID> is one case. Runs until stopped (Ctrl-C or SIGTERM, exit 0).",
      "",
      "Refused, with a one-line reason: a Host header other than localhost, 127.0.0.1, [::1] or an --allow-host"
          + " name (with --host 0.0.0.0 also any IP address) (403); an Origin header other than the server's own,"
          + " as a web page of another site sends (403); a query or update over --max-query-bytes (413); with"
          + " --update, an update sent as a form unless --allow-form-update, LOAD unless --allow-load, and SERVICE"
          + " (400). A query or update running longer than --timeout is stopped (503 for a query, 500 for an update)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped (Ctrl-C or SIGTERM)", "1:the store cannot be opened, or the port is in use",
      "2:bad usage", "3:internal error in sst"})
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

  @Option(names = "--allow-host", paramLabel = "NAME",
      description = "Also answer requests naming this host (repeatable): the name by which others reach this"
          + " machine. Only names you control.")
  List<String> allowedHosts = new ArrayList<>();

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Stop a query or update that runs longer (default ${DEFAULT-VALUE}); a client's own timeout"
          + " can only shorten it.")
  int timeoutSeconds;

  @Option(names = "--max-query-bytes", paramLabel = "N", defaultValue = "1048576",
      description = "Refuse a query or update (body or query string) over N bytes, before parsing it (default"
          + " ${DEFAULT-VALUE}, 1 MiB).")
  int maxQueryBytes;

  @Option(names = "--allow-form-update",
      description = "With --update, also accept an update sent as an HTML form (update=...), which any web page can"
          + " make a browser send.")
  boolean allowFormUpdate;

  @Option(names = "--allow-load",
      description = "With --update, also run LOAD, which reads any file this user can read, or any URL, into the"
          + " store.")
  boolean allowLoad;

  /** The running server, once started, for tests to wait for; they stop it with {@link #stop()}. */
  final CompletableFuture<SstServer> started = new CompletableFuture<>();

  /** The running server; null until started. */
  volatile SstServer server;

  @Override
  public Integer call() throws UserError, InterruptedException {
    try {
      return serve();
    } finally {
      // A command that ended without starting (bad usage, no store, port in use) leaves no one waiting.
      started.completeExceptionally(new IllegalStateException("sst serve ended without starting a server"));
    }
  }

  private int serve() throws UserError, InterruptedException {
    SstServer.Builder builder = builder();
    if (!Files.isDirectory(store)) {
      throw new UserError(store + ": no such store directory (create one with 'sst load FILE... --store " + store
          + "')");
    }
    SstServer running;
    try {
      running = builder.start();
    } catch (PortUnavailableException e) {
      throw new UserError(e.getMessage() + "; choose another with --port N (0 picks a free one)");
    } catch (SstException e) {
      throw UserError.in(store.toString(), e);
    }
    StopSignals signals = StopSignals.install(running::close);
    try (running) {
      PrintWriter out = spec.commandLine().getOut();
      out.println("serving " + store + " at " + running.queryUrl() + " ("
          + (update ? "query and update at " + running.updateUrl() : "query only") + "); stop with Ctrl-C");
      out.flush();
      server = running;
      started.complete(running);
      running.join();
    } finally {
      signals.restore();
    }
    return ExitCodes.OK;
  }

  /** Stops the server, as Ctrl-C does; the command then returns 0. */
  void stop() {
    started.thenAccept(SstServer::close);
  }

  private SstServer.Builder builder() {
    if (timeoutSeconds < 1) {
      throw usage("--timeout must be a whole number of seconds from 1, not " + timeoutSeconds);
    }
    if (maxQueryBytes < 1 || maxQueryBytes == Integer.MAX_VALUE) {
      throw usage("--max-query-bytes must be a number of bytes from 1, not " + maxQueryBytes);
    }
    if ((allowLoad || allowFormUpdate) && !update) {
      throw usage((allowLoad ? "--allow-load" : "--allow-form-update") + " is about updates: give --update too");
    }
    try {
      SstServer.Builder builder = SstServer.builder(store)
          .port(port)
          .host(host)
          .update(update)
          .allowLoad(allowLoad)
          .allowFormUpdate(allowFormUpdate)
          .timeout(Duration.ofSeconds(timeoutSeconds))
          .maxRequestBytes(maxQueryBytes);
      for (String name : allowedHosts) {
        try {
          builder.allowHost(name);
        } catch (IllegalArgumentException e) {
          throw usage("--allow-host: " + e.getMessage());
        }
      }
      return builder;
    } catch (IllegalArgumentException e) {
      // The builder names the option as the command does: "port must be ...", "host '...': use ...".
      throw usage("--" + e.getMessage());
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /**
   * Ctrl-C (SIGINT) and SIGTERM turned into an orderly stop: while installed, either signal runs the given action
   * (closing the server) instead of ending the JVM, so that the command returns and exits 0 as its help says,
   * rather than 130 or 143. {@link #restore()} puts the previous handlers back. Uses {@code sun.misc.Signal} (module {@code
   * jdk.unsupported}), the JDK's only way to handle a signal.
   */
  private static final class StopSignals {
    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();

    /** Runs {@code stop} (on the JVM's signal thread) when SIGINT or SIGTERM arrives, until restored. */
    static StopSignals install(Runnable stop) {
      StopSignals installed = new StopSignals();
      SignalHandler handler = signal -> stop.run();
      for (String name : List.of("INT", "TERM")) {
        Signal signal = new Signal(name);
        installed.previous.add(Signal.handle(signal, handler));
        installed.signals.add(signal);
      }
      return installed;
    }

    /** Puts back the handlers there were before. */
    void restore() {
      for (int i = 0; i < signals.size(); i++) {
        Signal.handle(signals.get(i), previous.get(i));
      }
    }
  }
}
