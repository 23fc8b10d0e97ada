package org.sstlib.server;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableSet;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.sstlib.core.SstException;
import org.sstlib.rdf.store.SstStore;

/**
 * A store served as a SPARQL 1.1 endpoint (Apache Jena Fuseki), for a team that shares one, with the protections
 * a server on a researcher's machine needs. Queries are answered at {@code /sst/sparql} (also {@code /sst/query}
 * and {@code /sst}); updates, when enabled, at {@code /sst/update}. The default graph is the union of the cases;
 * {@code GRAPH <urn:sst:graph:ID>} is one case.
 *
 * <pre>{@code
 * try (SstServer server = SstServer.builder(Path.of("store"))
 *     .port(3030)                          // 0 picks a free port
 *     .timeout(Duration.ofSeconds(60))     // the default
 *     .start()) {
 *   System.out.println(server.queryUrl()); // http://127.0.0.1:3030/sst/sparql
 *   server.join();                         // until close() is called from another thread
 * }
 * }</pre>
 *
 * <p>What the server refuses, before Fuseki sees the request, with an HTTP status and a one-line plain-text reason:
 *
 * <ul>
 *   <li>a {@code Host} header naming another host (403): only {@code localhost}, {@code 127.0.0.1}, {@code [::1]},
 *       the names given to {@link Builder#allowHost}, and, when listening on every interface, any IP address; this
 *       stops DNS rebinding;
 *   <li>an {@code Origin} header other than the server's own (403): a web page of another site cannot query or
 *       change the store;
 *   <li>a query string or body over {@link Builder#maxRequestBytes} (413), counted as it is read;
 *   <li>with updates enabled: an update sent as a form parameter unless {@link Builder#allowFormUpdate} (400), and an
 *       update that reaches outside the store (400): {@code LOAD} unless {@link Builder#allowLoad}, {@code SERVICE}
 *       always.
 * </ul>
 *
 * <p>Queries and updates stop after {@link Builder#timeout}: Fuseki answers a query stopped before its first
 * result with 503, and an update stopped with 500, its transaction abandoned. A client's own {@code timeout}
 * parameter can shorten a query's, never lengthen it. Outbound {@code
 * SERVICE} calls are refused; no admin, upload, graph store, statistics or validation services are started.
 *
 * <p>Thread-safety: a started server serves requests on its own threads; {@link #close()} may be called from any
 * thread, once or more.
 */
public final class SstServer implements AutoCloseable {
  /** The default query and update timeout. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  /** The default limit on the size of a query string or request body: 1 MiB. */
  public static final int DEFAULT_MAX_REQUEST_BYTES = 1 << 20;

  /** The dataset's name in every URL. */
  private static final String DATASET = "/sst";

  private final FusekiServer fuseki;
  private final DatasetGraph dataset;
  private final boolean ownsDataset;
  private final String hostInUrl;
  private final boolean update;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);

  private SstServer(FusekiServer fuseki, DatasetGraph dataset, boolean ownsDataset, String hostInUrl,
      boolean update) {
    this.fuseki = fuseki;
    this.dataset = dataset;
    this.ownsDataset = ownsDataset;
    this.hostInUrl = hostInUrl;
    this.update = update;
  }

  /**
   * A builder of a server on the TDB2 store in {@code storeDir}, which must exist. The store is opened when the
   * server starts and released when it is closed.
   */
  public static Builder builder(Path storeDir) {
    return new Builder(checkNotNull(storeDir, "storeDir"), null);
  }

  /**
   * A builder of a server on {@code dataset} (a TDB2 dataset, or an in-memory one in tests). Starting the server
   * sets the dataset's context (union default graph, no outbound {@code SERVICE}, the timeouts); closing it does not
   * close the dataset.
   */
  public static Builder builder(DatasetGraph dataset) {
    return new Builder(null, checkNotNull(dataset, "dataset"));
  }

  /** The port the server listens on (the one picked when it was built with port 0). */
  public int port() {
    return fuseki.getHttpPort();
  }

  /** The query endpoint, for example {@code http://127.0.0.1:3030/sst/sparql}. */
  public String queryUrl() {
    return baseUrl() + "/sparql";
  }

  /**
   * The update endpoint, for example {@code http://127.0.0.1:3030/sst/update}.
   *
   * @throws IllegalStateException if the server was built without updates
   */
  public String updateUrl() {
    checkState(update, "this server was built without updates (Builder.update(true))");
    return baseUrl() + "/update";
  }

  /** Whether the server accepts SPARQL Update. */
  public boolean acceptsUpdates() {
    return update;
  }

  private String baseUrl() {
    return "http://" + hostInUrl + ":" + port() + DATASET;
  }

  /** Waits until the server is {@link #close() closed}. */
  public void join() throws InterruptedException {
    stopped.await();
  }

  /** Stops the server (a query still running is cut off) and, if the server opened the store, releases it. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      fuseki.stop();
    } finally {
      if (ownsDataset) {
        TDBInternal.expel(dataset);
      }
      stopped.countDown();
    }
  }

  /**
   * The options of a server. Each setter checks its value and names it in its message ({@link
   * IllegalArgumentException}); {@link #start()} opens the store and starts listening.
   */
  public static final class Builder {
    private final Path storeDir;
    private final DatasetGraph dataset;
    private int port = 3030;
    private boolean everyInterface;
    private boolean update;
    private boolean allowLoad;
    private boolean allowFormUpdate;
    private Duration timeout = DEFAULT_TIMEOUT;
    private int maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
    private final Set<String> allowedHosts = new LinkedHashSet<>();

    private Builder(Path storeDir, DatasetGraph dataset) {
      this.storeDir = storeDir;
      this.dataset = dataset;
    }

    /** The port, 0 to 65535 (default 3030; 0 picks a free one). */
    public Builder port(int port) {
      checkArgument(port >= 0 && port <= 65535, "port must be between 0 and 65535, not %s", port);
      this.port = port;
      return this;
    }

    /**
     * Where to listen: {@code 127.0.0.1}, {@code localhost} or {@code ::1} (the default: this machine only), or
     * {@code 0.0.0.0}, {@code ::} or {@code *} for every network interface, so that anyone who can reach the port
     * can query (and with updates, change) the store.
     */
    public Builder host(String host) {
      checkNotNull(host, "host");
      switch (host) {
        case "127.0.0.1", "localhost", "::1" -> everyInterface = false;
        case "0.0.0.0", "::", "*" -> everyInterface = true;
        default -> throw new IllegalArgumentException("host '" + host + "': use 127.0.0.1 (this machine only) or"
            + " 0.0.0.0 (every interface)");
      }
      return this;
    }

    /**
     * Also answer requests whose {@code Host} header is {@code name} (with any port): the name by which others
     * reach this machine, when listening on every interface, or a name of this machine in {@code /etc/hosts}.
     * Only names that the machine's owner controls belong here.
     */
    public Builder allowHost(String name) {
      checkNotNull(name, "name");
      checkArgument(name.matches("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*"),
          "allowed host '%s' is not a host name (letters, digits, '-' and '.', without a port)", name);
      allowedHosts.add(name.toLowerCase(Locale.ROOT));
      return this;
    }

    /** Whether to accept SPARQL Update at {@code /sst/update} (default false). */
    public Builder update(boolean update) {
      this.update = update;
      return this;
    }

    /**
     * Whether an update may use {@code LOAD} (default false): it reads any file the server's user can read, or
     * fetches any URL, into the store.
     */
    public Builder allowLoad(boolean allowLoad) {
      this.allowLoad = allowLoad;
      return this;
    }

    /**
     * Whether an update may come as an HTML form parameter ({@code update=...}, default false): a form is what any
     * web page can make a browser send.
     */
    public Builder allowFormUpdate(boolean allowFormUpdate) {
      this.allowFormUpdate = allowFormUpdate;
      return this;
    }

    /** How long a query or update may run before it is stopped; positive (default 60 seconds). */
    public Builder timeout(Duration timeout) {
      checkNotNull(timeout, "timeout");
      checkArgument(!timeout.isNegative() && !timeout.isZero() && timeout.toMillis() > 0,
          "timeout must be at least one millisecond, not %s", timeout);
      this.timeout = timeout;
      return this;
    }

    /** The most bytes of a query string or request body; positive (default 1 MiB). */
    public Builder maxRequestBytes(int maxRequestBytes) {
      checkArgument(maxRequestBytes > 0 && maxRequestBytes < Integer.MAX_VALUE,
          "the request size limit must be positive, not %s", maxRequestBytes);
      this.maxRequestBytes = maxRequestBytes;
      return this;
    }

    /**
     * Opens the store (if built on a directory) and starts listening.
     *
     * @throws PortUnavailableException if the port is in use or cannot be opened
     * @throws SstException if the store cannot be opened
     */
    public SstServer start() {
      boolean owns = storeDir != null;
      DatasetGraph served = owns ? openStore(storeDir) : dataset;
      try {
        return start(served, owns);
      } catch (RuntimeException e) {
        if (owns) {
          TDBInternal.expel(served);
        }
        throw e;
      }
    }

    private SstServer start(DatasetGraph served, boolean owns) {
      served.getContext().set(TDB2.symUnionDefaultGraph, true);
      served.getContext().set(ARQ.httpServiceAllowed, false);
      String millis = Long.toString(timeout.toMillis());
      served.getContext().set(ARQ.queryTimeout, millis);
      served.getContext().set(ARQ.updateTimeout, millis);

      DataService.Builder service = DataService.newBuilder(served)
          .addEndpoint(Operation.Query, "")
          .addEndpoint(Operation.Query, "sparql")
          .addEndpoint(Operation.Query, "query");
      if (update) {
        service.addEndpoint(Operation.Update, "update");
      }
      FusekiServer.Builder builder = FusekiServer.create()
          .fusekiModules(FusekiModules.empty())
          .port(port)
          .loopback(!everyInterface)
          .enableCors(false)
          .enablePing(false)
          .enableStats(false)
          .enableMetrics(false)
          .enableCompact(false)
          .enableTasks(false)
          .verbose(false)
          .add(DATASET, service.build());
      // In this order: who is asking, then how much, then what.
      builder.addFilter("/*", new HostFilter(acceptedHosts(), everyInterface));
      builder.addFilter("/*", new OriginFilter());
      builder.addFilter("/*", new BodySizeFilter(maxRequestBytes));
      if (update) {
        if (!allowFormUpdate) {
          builder.addFilter("/*", new FormUpdateFilter());
        }
        builder.addFilter("/*", new UpdateReachFilter(new UpdateReach(allowLoad)));
      }
      FusekiServer fuseki = builder.build();
      try {
        fuseki.start();
      } catch (RuntimeException e) {
        stopQuietly(fuseki, e);
        if (causedBy(e, BindException.class)) {
          throw new PortUnavailableException(port, everyInterface ? "every interface" : "127.0.0.1", e);
        }
        throw e;
      }
      return new SstServer(fuseki, served, owns, everyInterface ? "0.0.0.0" : "127.0.0.1", update);
    }

    private ImmutableSet<String> acceptedHosts() {
      return ImmutableSet.<String>builder().add("localhost", "127.0.0.1", "[::1]").addAll(allowedHosts).build();
    }

    /** Opens the store through {@link SstStore} first: it refuses, with a clear message, one that is in use. */
    private static DatasetGraph openStore(Path dir) {
      if (!Files.isDirectory(dir)) {
        throw new SstException(dir + ": no such store directory");
      }
      if (isEmpty(dir)) {
        // Opening it would make a store of it; only loading cases makes a store.
        throw new SstException(dir + ": the directory is empty, and was left so; there is no store to serve (a store"
            + " is made by loading cases into it: sst load FILE --store " + dir + ")");
      }
      try (SstStore check = SstStore.tdb2(dir)) {
        check.caseIds();
      }
      return TDB2Factory.connectDataset(dir.toString()).asDatasetGraph();
    }

    private static boolean isEmpty(Path dir) {
      try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
        return entries.findAny().isEmpty();
      } catch (java.io.IOException e) {
        throw new SstException(dir + ": cannot read the store directory: " + e.getMessage(), e);
      }
    }

    private static void stopQuietly(FusekiServer fuseki, RuntimeException failure) {
      try {
        fuseki.stop();
      } catch (RuntimeException e) {
        failure.addSuppressed(e);
      }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (type.isInstance(t)) {
          return true;
        }
      }
      return false;
    }
  }
}
