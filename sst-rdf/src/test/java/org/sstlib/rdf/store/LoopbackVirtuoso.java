package org.sstlib.rdf.store;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;

/**
 * A private Virtuoso Open Source server on loopback, for running the remote store and the named queries on an
 * engine that is not Jena's: a fresh folder with its own {@code virtuoso.ini} (free loopback ports, a small
 * memory, the database files in that folder and no other folder readable), {@code virtuoso-t} as a child
 * process, SPARQL Update granted to the SPARQL endpoint's user, and Virtuoso's own system graphs made private so
 * that the default graph holds only what the tests put there. Needs Debian's {@value #PACKAGE}.
 *
 * <p>{@link #shared()} starts one server for the whole test run (a new database takes Virtuoso some seconds to
 * make) and stops it, deleting its folder, when the JVM exits; {@link #clear()} empties it between tests. If the
 * JVM dies without running its shutdown hooks, the server still stops: it runs under a shell that kills it when
 * the JVM's end of its standard input closes.
 */
public final class LoopbackVirtuoso implements AutoCloseable {

  /** The Debian package with the server and its SQL client. */
  static final String PACKAGE = "virtuoso-opensource";
  /** The graph group Virtuoso's own graphs are put in, so that the SPARQL user cannot see them. */
  private static final String PRIVATE_GROUP = "http://www.openlinksw.com/schemas/virtrdf#PrivateGraphs";
  /** Virtuoso's mapping of SQL tables to RDF: 2,479 triples that would otherwise be in the default graph. */
  private static final String SYSTEM_GRAPH = "http://www.openlinksw.com/schemas/virtrdf#";
  private static final Duration STARTUP = Duration.ofSeconds(90);

  private static LoopbackVirtuoso shared;

  private final Path folder;
  private final Process shell;
  private final int sqlPort;
  private final int httpPort;
  private final String isql;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private LoopbackVirtuoso(Path folder, Process shell, int sqlPort, int httpPort, String isql) {
    this.folder = folder;
    this.shell = shell;
    this.sqlPort = sqlPort;
    this.httpPort = httpPort;
    this.isql = isql;
  }

  /** The server of this test run, started on first use, stopped when the JVM exits. */
  public static synchronized LoopbackVirtuoso shared() {
    if (shared == null) {
      LoopbackVirtuoso server = start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-virtuoso"));
      shared = server;
    }
    return shared;
  }

  /**
   * Starts a new server and waits until its SPARQL endpoint answers and SPARQL Update is granted.
   *
   * @throws IllegalStateException if Virtuoso is not installed or does not come up; the message names the
   *     Debian package or holds the end of the server's log
   */
  public static LoopbackVirtuoso start() {
    String server = executable("virtuoso-t");
    String isql = executable("isql-vt");
    Path folder;
    try {
      folder = Files.createTempDirectory("sst-virtuoso-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LoopbackVirtuoso virtuoso = null;
    try {
      int sqlPort = freePort();
      int httpPort = freePort();
      Path ini = folder.resolve("virtuoso.ini");
      Files.writeString(ini, ini(folder, sqlPort, httpPort), StandardCharsets.UTF_8);
      // The shell runs the server in the background and waits on its own standard input, the JVM's pipe: when
      // the JVM closes it, or dies, the shell kills the server.
      ProcessBuilder builder = new ProcessBuilder("sh", "-c",
          "\"$0\" +foreground +configfile \"$1\" >\"$2\" 2>&1 & v=$!; cat >/dev/null; kill -9 $v 2>/dev/null; "
              + "wait $v",
          server, ini.toString(), folder.resolve("console.log").toString())
          .directory(folder.toFile())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD);
      virtuoso = new LoopbackVirtuoso(folder, builder.start(), sqlPort, httpPort, isql);
      virtuoso.awaitEndpoint();
      virtuoso.sql(setup());
      return virtuoso;
    } catch (IOException | RuntimeException e) {
      String log = virtuoso == null ? "" : virtuoso.logTail();
      if (virtuoso != null) {
        virtuoso.close();
      } else {
        deleteFolder(folder);
      }
      throw new IllegalStateException("could not start Virtuoso on loopback: " + e.getMessage()
          + (log.isEmpty() ? "" : "\nthe end of its log:\n" + log), e);
    }
  }

  /** SPARQL Update for the endpoint's user, and Virtuoso's own graphs out of its sight. */
  private static String setup() {
    return String.join("\n",
        "GRANT SPARQL_UPDATE TO \"SPARQL\";",
        // The SPARQL endpoint runs as 'nobody' for graph permissions: read, write and sponge every public graph.
        "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);",
        "DB.DBA.RDF_GRAPH_GROUP_CREATE ('" + PRIVATE_GROUP + "', 1);",
        "DB.DBA.RDF_GRAPH_GROUP_INS ('" + PRIVATE_GROUP + "', '" + SYSTEM_GRAPH + "');",
        // No permission at all on private graphs.
        "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 0, 1);",
        // Sample data a new database carries.
        "SPARQL DROP SILENT GRAPH <http://www.w3.org/ns/ldp#>;",
        "SPARQL DROP SILENT GRAPH <http://localuriqaserver/sparql>;",
        "");
  }

  private static String ini(Path folder, int sqlPort, int httpPort) {
    String dir = folder.toString();
    return String.join("\n",
        "[Database]",
        "DatabaseFile = " + dir + "/virtuoso.db",
        "ErrorLogFile = " + dir + "/virtuoso.log",
        "LockFile = " + dir + "/virtuoso.lck",
        "TransactionFile = " + dir + "/virtuoso.trx",
        "xa_persistent_file = " + dir + "/virtuoso.pxa",
        "ErrorLogLevel = 7",
        "FileExtend = 200",
        "MaxCheckpointRemap = 2000",
        "Striping = 0",
        "TempStorage = TempDatabase",
        "[TempDatabase]",
        "DatabaseFile = " + dir + "/virtuoso-temp.db",
        "TransactionFile = " + dir + "/virtuoso-temp.trx",
        "MaxCheckpointRemap = 2000",
        "Striping = 0",
        "[Parameters]",
        "ServerPort = 127.0.0.1:" + sqlPort,
        "DisableUnixSocket = 1",
        "MaxClientConnections = 10",
        "CheckpointInterval = 0",
        "CaseMode = 2",
        "AllowOSCalls = 0",
        "DirsAllowed = " + dir,
        "VADInstallDir = " + dir,
        "NumberOfBuffers = 2000",
        "MaxDirtyBuffers = 1200",
        "MaxQueryMem = 100M",
        "ThreadsPerQuery = 2",
        "[HTTPServer]",
        "ServerPort = 127.0.0.1:" + httpPort,
        "ServerRoot = " + dir,
        "MaxClientConnections = 8",
        "ServerThreads = 8",
        "EnabledDavVSP = 0",
        "Charset = UTF-8",
        "[SPARQL]",
        // Virtuoso cuts answers at this many rows without a word: above anything the tests read.
        "ResultSetMaxRows = 1000000",
        "MaxQueryCostEstimationTime = 0",
        "MaxQueryExecutionTime = 0",
        "");
  }

  /** The SPARQL endpoint, for queries and updates alike. */
  public String sparqlUrl() {
    return "http://127.0.0.1:" + httpPort + "/sparql";
  }

  /** The port of the HTTP server. */
  int httpPort() {
    return httpPort;
  }

  /** Drops every graph the SPARQL user can see, leaving the server as it was after {@link #start()}. */
  public void clear() {
    List<String> graphs = new ArrayList<>();
    try (QueryExecution qe = QueryExecutionHTTP.service(sparqlUrl())
        // Virtuoso answers SELECT DISTINCT ?g from its list of graphs, private ones included; grouping reads the
        // quads the user may see.
        .query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").build()) {
      ResultSet rows = qe.execSelect();
      rows.forEachRemaining(row -> graphs.add(row.getResource("g").getURI()));
    }
    if (!graphs.isEmpty()) {
      StringBuilder update = new StringBuilder();
      graphs.forEach(g -> update.append("DROP SILENT GRAPH <").append(g).append("> ;\n"));
      UpdateExecHTTP.service(sparqlUrl()).update(update.toString()).build().execute();
    }
  }

  /**
   * Runs SQL statements as Virtuoso's administrator, through {@code isql-vt}.
   *
   * @throws IllegalStateException if a statement fails, with isql's report
   */
  public void sql(String statements) {
    try {
      Path script = Files.createTempFile(folder, "script", ".sql");
      Files.writeString(script, statements, StandardCharsets.UTF_8);
      Process p = new ProcessBuilder(isql, "127.0.0.1:" + sqlPort, "dba", "dba", script.toString())
          .redirectErrorStream(true).start();
      p.getOutputStream().close();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("isql-vt did not finish within 60 s");
      }
      Files.delete(script);
      if (p.exitValue() != 0 || output.contains("*** Error")) {
        throw new IllegalStateException("isql-vt failed (exit " + p.exitValue() + "):\n" + output.strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running isql-vt", e);
    }
  }

  /** Stops the server (it is thrown away, so no checkpoint is needed) and deletes its folder. */
  @Override
  public synchronized void close() {
    if (!shell.isAlive() && !Files.exists(folder)) {
      return;
    }
    List<ProcessHandle> children = shell.descendants().toList();
    try {
      shell.getOutputStream().close();
    } catch (IOException ignored) {
      // the shell has gone already: its children are killed below
    }
    try {
      if (!shell.waitFor(20, TimeUnit.SECONDS)) {
        children.forEach(ProcessHandle::destroyForcibly);
        shell.destroyForcibly();
        shell.waitFor(20, TimeUnit.SECONDS);
      }
      for (ProcessHandle child : children) {
        child.destroyForcibly();
        child.onExit().get(20, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    }
    deleteFolder(folder);
  }

  /** Whether the server process is still running. */
  boolean isRunning() {
    return shell.descendants().anyMatch(ProcessHandle::isAlive);
  }

  private void awaitEndpoint() throws IOException {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    URI ask = URI.create(sparqlUrl() + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8));
    while (System.nanoTime() < deadline) {
      if (!shell.isAlive()) {
        throw new IOException("virtuoso-t exited");
      }
      try {
        HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(ask).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for Virtuoso", e);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for Virtuoso", e);
      }
    }
    throw new IOException("its SPARQL endpoint " + sparqlUrl() + " did not answer within " + STARTUP.toSeconds()
        + " s");
  }

  private String logTail() {
    try {
      Path log = folder.resolve("console.log");
      if (!Files.exists(log)) {
        return "";
      }
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "";
    }
  }

  /** The program on the PATH, or a failure that names the Debian package to install. */
  private static String executable(String name) {
    Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator))
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .findFirst();
    return found.orElseThrow(() -> new IllegalStateException(name + " is not on the PATH: the Virtuoso tests need "
        + "Debian's " + PACKAGE + " package (apt-get install " + PACKAGE + ")")).toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void deleteFolder(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: the folder is in the temporary directory
    }
  }
}
