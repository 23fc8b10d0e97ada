package org.sstlib.rdf.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryType;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.sstlib.core.Case;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.SST;
import org.sstlib.rdf.RdfCaseException;

/**
 * A place that holds many cases, each in its named graph {@code urn:sst:graph:<id>} (see {@link CaseGraphs}), and
 * answers SPARQL across them. Three back ends behave the same and pass the same tests, in the manner of Jena's
 * {@code RDFConnection}:
 *
 * <ul>
 *   <li>{@link #memory()}: in this JVM, gone when closed;
 *   <li>{@link #tdb2(Path)}: a TDB2 database directory on disk; transactions survive a killed process;
 *   <li>{@link #remote(String)}: a SPARQL 1.1 endpoint (Fuseki or another server), for a team that shares one
 *       store.
 * </ul>
 *
 * <pre>{@code
 * Case study = CaseFiles.read(Path.of("examples/cases/hughes-2022.yaml"));
 * try (SstStore store = SstStore.tdb2(Path.of("store"))) {
 *   store.put(study);                                    // replaces the case's graph, one transaction
 *   store.putAll(List.of(a, b, c));                      // all or nothing
 *   store.caseIds();                                     // ["a", "b", "c", "hughes-2022"]
 *   Case back = store.get("hughes-2022").orElseThrow();  // back.equals(study)
 *
 *   // SPARQL over the union of every case: shared element IRIs are one node
 *   List<String> agents = store.select("""
 *       PREFIX sst: <https://w3id.org/sst#>
 *       SELECT DISTINCT ?agent WHERE { ?agent a sst:Agent } ORDER BY ?agent""",
 *       rows -> { List<String> out = new ArrayList<>();
 *                 rows.forEachRemaining(row -> out.add(row.getResource("agent").getURI()));
 *                 return out; });
 *   // or case by case, with the graph that says which case a row comes from
 *   boolean any = store.ask("ASK { GRAPH ?g { ?s ?p ?o } }");
 *
 *   RDFDataMgr.write(out, store.snapshot(), Lang.TRIG);  // every case, for archiving
 * }
 * }</pre>
 *
 * <h2>The default graph is the union of the cases</h2>
 *
 * <p>Queries run against a dataset whose <em>default graph is the union of the named graphs</em> (a set: a triple
 * that two cases share appears once), while {@code GRAPH ?g { ... }} still reaches each case's own graph and says
 * which case a row comes from. A chain belongs to one case: follow {@code ?policy sst:chainStep+ ?practice} inside
 * {@code GRAPH ?g}, since over the union a path could pass from one case's steps into another's through an element
 * IRI they share for comparison. The three back ends give the same answers:
 *
 * <ul>
 *   <li>memory: a read-only view whose default graph is the dataset's union graph;
 *   <li>TDB2: {@code TDB2.symUnionDefaultGraph} set in each query's context (TDB2's own union, on its indexes);
 *   <li>remote: the <em>server</em> must be configured the same way. For Fuseki over TDB2 set
 *       {@code tdb2:unionDefaultGraph true} on the dataset in its configuration (in Java:
 *       {@code dataset.getContext().set(TDB2.symUnionDefaultGraph, true)}), as the tests' embedded server does and
 *       {@code sst serve} must. Against a server whose default graph is something else (empty, or its own data),
 *       queries over the default graph answer differently; queries written with {@code GRAPH ?g} do not depend on
 *       it.
 * </ul>
 *
 * <p>Nothing is ever written to the default graph. The store's own operations ({@link #caseIds()},
 * {@link #get}, ...) use only the named graphs, so they work against any SPARQL 1.1 endpoint.
 *
 * <h2>Queries</h2>
 *
 * <p>{@link #select}, {@link #ask}, {@link #construct} and {@link #describe} are read-only. Each comes in two
 * forms: with a parsed {@link Query}, run as it is (the named queries of {@code org.sstlib.rdf.query} bind their
 * values into parsed queries and hand those over, never text), optionally with a timeout that stops the query;
 * and with text, which is parsed as SPARQL 1.1 (not Jena's ARQ extensions, so that a query that runs on one back
 * end runs on all), checked for its form and run as the parsed form. A text that does not parse throws Jena's
 * {@link org.apache.jena.query.QueryParseException}, with line and column, before anything runs. Outbound
 * {@code SERVICE} calls are refused: local stores set {@code ARQ.httpServiceAllowed} to false in each query's
 * context (never globally), and a server for a remote store must refuse them too (Fuseki: the same setting on the
 * dataset's context); such a query fails with {@link StoreException} and makes no network call. A query given a
 * timeout that runs longer is stopped, on every back end, with a {@link StoreException} whose cause is Jena's
 * {@link org.apache.jena.query.QueryCancelledException}.
 *
 * <pre>{@code
 * Query cycles = QueryFactory.create("PREFIX sst: <https://w3id.org/sst#> SELECT ?c WHERE { ?c a sst:Cycle }");
 * List<String> ids = store.select(cycles, Duration.ofSeconds(60), rows -> {
 *   List<String> out = new ArrayList<>();
 *   rows.forEachRemaining(row -> out.add(row.getResource("c").getURI()));
 *   return out;
 * });
 * }</pre>
 *
 * <h2>Writes are atomic</h2>
 *
 * <p>{@link #put} and {@link #putAll} convert every case to RDF first (so a case that cannot be written fails before
 * anything changes), then replace the cases' graphs in one transaction: on a local store one write transaction,
 * on a remote one a single SPARQL Update request ({@code DROP SILENT GRAPH} for each case, then one
 * {@code INSERT { ... } WHERE { }}), which Fuseki, like SPARQL 1.1 Update recommends, applies atomically. If anything
 * fails, nothing changes; except on a Virtuoso 7 server, which keeps the operations of a request that ran before the
 * one that failed (its error message says so).
 *
 * <h2>Thread safety and closing</h2>
 *
 * <p>Every implementation is thread-safe: each operation is its own transaction (local stores allow many readers
 * and one writer at a time) or its own HTTP request. A query's handler runs inside that read transaction and must
 * not call the store again nor keep the {@link ResultSet}. {@link #close()} releases everything (for TDB2 the
 * directory's lock, so another process may open it); afterwards every operation throws
 * {@link IllegalStateException}. Close a store when no operation is running on it.
 *
 * @see CaseGraphs the mapping between a case and its graph
 */
public interface SstStore extends AutoCloseable {

  /**
   * A new, empty store in this JVM's memory (Jena's transactional in-memory dataset). What it holds is lost when
   * it is closed.
   *
   * <pre>{@code
   * try (SstStore store = SstStore.memory()) {
   *   store.put(study);
   * }
   * }</pre>
   */
  static SstStore memory() {
    return LocalStore.memory();
  }

  /**
   * A store in the TDB2 database directory {@code dir}, created if it does not exist.
   *
   * <p>A new store is built in a temporary directory beside {@code dir} ({@code .<name>.creating-*}), committed
   * once, released and then moved into place in one atomic rename, so a process killed while creating it never
   * leaves a half-made database at {@code dir} (at worst a stale temporary directory beside it, which may be
   * deleted). An existing empty directory is replaced the same way. An existing directory that is not a TDB2
   * database is refused and left untouched, and a store that fails to open is never deleted or repaired: the
   * message says so.
   *
   * <p>One process at a time may open a directory (TDB2 locks it), and one {@code SstStore} at a time within a
   * process.
   *
   * <pre>{@code
   * try (SstStore store = SstStore.tdb2(Path.of("store"))) {
   *   store.putAll(cases);
   * }
   * }</pre>
   *
   * @throws StoreException if the directory is in use by another process ("the store DIR is in use by another
   *     process (pid N); close that process or use another directory") or by another {@code SstStore} of this
   *     process, is not a TDB2 store, or cannot be created or opened
   */
  static SstStore tdb2(Path dir) {
    return LocalStore.tdb2(dir);
  }

  /**
   * The existing TDB2 store in {@code dir}, opened to read: every write ({@link #put}, {@link #putAll},
   * {@link #remove}) throws {@link StoreException} and changes nothing. A missing or empty directory is refused,
   * never turned into a store (only {@link #tdb2(Path)} creates one). This is how the {@code sst} commands that
   * only read ({@code query}, {@code sparql}, {@code export}) open a store.
   *
   * <p>An archived store that cannot be written (a directory or files the user may not write, a read-only medium)
   * is read all the same: TDB2 writes even to read (its lock file, its data files opened for writing) and has no
   * read-only mode, so such a store is copied into the system's temporary directory (sparse files stay sparse;
   * the lock files are left out), read from there, and the copy deleted on {@link #close()}. Nothing is written to
   * {@code dir}. A store that can be written is opened where it is, and TDB2 takes its lock as usual.
   *
   * <pre>{@code
   * try (SstStore archive = SstStore.tdb2ReadOnly(Path.of("/media/archive/store"))) {
   *   archive.caseIds();
   * }
   * }</pre>
   *
   * @throws StoreException if {@code dir} does not exist, is empty or is not a TDB2 store, is in use by another
   *     process, cannot be opened, or cannot be written and could not be copied
   */
  static SstStore tdb2ReadOnly(Path dir) {
    return LocalStore.tdb2ReadOnly(dir);
  }

  /**
   * Compacts the existing TDB2 store in {@code dir}, giving back the disk space that TDB2 never reuses by itself:
   * the space of cases replaced or removed, and of writes that were aborted or killed part-way (a load stopped by
   * an error, Ctrl-C or a crash). The store's current state is written into a new generation directory
   * ({@code Data-NNNN}, one higher) and the old one is deleted; the cases are unchanged. While it runs it needs the
   * disk space of the current data once more, and no other process may have the store open.
   *
   * <pre>{@code
   * String generation = SstStore.compactTdb2(Path.of("store"));   // "Data-0002"
   * }</pre>
   *
   * @return the name of the generation directory the store now uses
   * @throws StoreException if there is no store in {@code dir} (a missing or empty directory is refused, not made
   *     a store), it is in use or cannot be written, or the compaction failed (the store then holds what it held)
   */
  static String compactTdb2(Path dir) {
    Tdb2Directory directory = Tdb2Directory.openExisting(dir);
    try {
      return directory.compact();
    } finally {
      directory.release();
    }
  }

  /**
   * A store on a remote SPARQL 1.1 endpoint addressed by its dataset URL, Fuseki style
   * ({@code http://host:3030/ds}): queries and updates are sent to the dataset URL itself, as Jena's
   * {@code RDFConnectionRemote} and {@code RDFConnectionFuseki} do by default (Fuseki answers the SPARQL protocol
   * there when the dataset has the query and update services). The Graph Store Protocol is not used. For a server
   * with separate endpoints (Fuseki's {@code /ds/query} and {@code /ds/update}, or another product) use
   * {@link #remote(String, String)}. Virtuoso answers both at {@code http://host:8890/sparql}: give that URL (with
   * SPARQL Update granted to its SPARQL user; what differs on Virtuoso is in docs/stores.md).
   *
   * <p>Credentials, if the server needs them, come from the environment variables {@code SST_ENDPOINT_USER} and
   * {@code SST_ENDPOINT_PASSWORD} and are sent with HTTP basic authentication only when this URL's host asks for
   * them. They are never logged nor put in a message; a URL with credentials in it ({@code user:pw@host}) is
   * refused. Use {@code https} for anything but a server on this machine.
   *
   * <p>No request is made until the first operation. The server decides what the default graph is: see "The
   * default graph is the union of the cases" above.
   *
   * <p>No request waits for ever. Connecting waits at most 10 seconds; a query given a timeout waits that long for
   * the answer, and a query without one (the store's own reads among them) 60 seconds; a write waits 10 minutes.
   * A server that accepts the connection and never answers gives a {@link StoreException} naming the endpoint
   * (whose cause is a {@link org.apache.jena.query.QueryCancelledException} when the query had a timeout of its
   * own). An answer that is not SPARQL results, such as a web page, gives a {@link StoreException} naming the
   * endpoint and the content type it answered.
   *
   * <pre>{@code
   * try (SstStore store = SstStore.remote("http://localhost:3030/sst")) {
   *   store.caseIds();
   * }
   * }</pre>
   *
   * @throws StoreException if the URL is not an absolute http or https URL, holds credentials, or only one of the
   *     two environment variables is set
   */
  static SstStore remote(String datasetUrl) {
    return RemoteStore.connect(datasetUrl, datasetUrl, RemoteStore.credentialsFromEnvironment());
  }

  /**
   * A store on a remote SPARQL 1.1 endpoint with separate query and update URLs, such as
   * {@code http://host:3030/ds/query} and {@code http://host:3030/ds/update}. Otherwise as {@link #remote(String)}.
   *
   * @throws StoreException if a URL is not an absolute http or https URL, holds credentials, or only one of the two
   *     environment variables is set
   */
  static SstStore remote(String queryUrl, String updateUrl) {
    return RemoteStore.connect(queryUrl, updateUrl, RemoteStore.credentialsFromEnvironment());
  }

  /**
   * Stores a case, replacing whatever the store held under its id (its named graph {@code urn:sst:graph:<id>} is
   * dropped and written again), in one transaction.
   *
   * @throws RdfCaseException if the case cannot be written as RDF (an IRI it mints is not valid); the store is
   *     unchanged
   * @throws StoreException if the store could not write it; the store is unchanged
   */
  void put(Case c);

  /**
   * Stores many cases in one transaction: if any of them cannot be written, or the write fails, none is stored
   * and the store is exactly as it was. Each case replaces whatever the store held under its id. An empty
   * collection changes nothing.
   *
   * @throws StoreException if two of the cases have the same id, or the store could not write them; the store is
   *     unchanged
   * @throws RdfCaseException if a case cannot be written as RDF; the store is unchanged
   */
  void putAll(Collection<Case> cases);

  /**
   * Removes a case.
   *
   * @return whether the store held a case with this id (an id that cannot name a case gives false)
   * @throws StoreException if the store could not be read or written
   */
  boolean remove(String caseId);

  /**
   * The ids of the cases in the store, sorted ({@link String#compareTo}): one for each named graph
   * {@code urn:sst:graph:<id>}.
   *
   * @throws StoreException if the store could not be read
   */
  List<String> caseIds();

  /**
   * The case with this id, equal ({@link Case#equals}) to the one that was stored.
   *
   * @return the case, or empty if the store holds none with this id (or the id cannot name a case)
   * @throws RdfCaseException if the graph {@code urn:sst:graph:<id>} does not hold that case (it was written by
   *     something else)
   * @throws StoreException if the store could not be read
   */
  Optional<Case> get(String caseId);

  /**
   * Every case in the store, in the order of {@link #caseIds()}, read in one transaction.
   *
   * @throws RdfCaseException if a graph {@code urn:sst:graph:<id>} does not hold that case
   * @throws StoreException if the store could not be read
   */
  List<Case> all();

  /**
   * An in-memory copy of every case graph ({@code urn:sst:graph:*}), read in one transaction, with the
   * {@link SST#prefixes() sst prefixes}: for export ({@code RDFDataMgr.write(out, snapshot, Lang.TRIG)}) or for
   * comparing two states of a store. Its default graph is empty. Later changes to the store do not show in it, nor
   * changes to it in the store.
   *
   * @throws StoreException if the store could not be read
   */
  DatasetGraph snapshot();

  // ------------------------------------------------------------------------------------------------ SPARQL as text

  /**
   * Runs a SPARQL 1.1 {@code SELECT} query given as text: parses it, checks its form and runs it as
   * {@link #select(Query, Function)}. The handler runs while the query runs (inside the read transaction of a local
   * store): it must consume the rows there, not keep the {@link ResultSet}, and not call this store.
   *
   * <pre>{@code
   * long agents = store.select("SELECT DISTINCT ?a WHERE { ?a a <https://w3id.org/sst#Agent> }",
   *     rows -> { long n = 0; for (; rows.hasNext(); rows.next()) n++; return n; });
   * }</pre>
   *
   * @throws org.apache.jena.query.QueryParseException if the query does not parse as SPARQL 1.1
   * @throws StoreException if it is not a {@code SELECT} query, calls {@code SERVICE}, or the store could not
   *     answer it
   * @throws IllegalStateException if the store is closed
   */
  default <T> T select(String sparql, Function<ResultSet, T> handler) {
    return select(StoreGraphs.parse(sparql, QueryType.SELECT), handler);
  }

  /**
   * Runs a SPARQL 1.1 {@code ASK} query given as text: parses it, checks its form and runs it as
   * {@link #ask(Query)}.
   *
   * @throws org.apache.jena.query.QueryParseException if the query does not parse as SPARQL 1.1
   * @throws StoreException if it is not an {@code ASK} query, calls {@code SERVICE}, or the store could not answer
   *     it
   * @throws IllegalStateException if the store is closed
   */
  default boolean ask(String sparql) {
    return ask(StoreGraphs.parse(sparql, QueryType.ASK));
  }

  /**
   * Runs a SPARQL 1.1 {@code CONSTRUCT} query given as text and returns its triples as a new in-memory graph:
   * parses it, checks its form and runs it as {@link #construct(Query)}.
   *
   * @throws org.apache.jena.query.QueryParseException if the query does not parse as SPARQL 1.1
   * @throws StoreException if it is not a {@code CONSTRUCT} query, calls {@code SERVICE}, or the store could not
   *     answer it
   * @throws IllegalStateException if the store is closed
   */
  default Graph construct(String sparql) {
    return construct(StoreGraphs.parse(sparql, QueryType.CONSTRUCT));
  }

  /**
   * Runs a SPARQL 1.1 {@code DESCRIBE} query given as text and returns the description as a new in-memory graph:
   * parses it, checks its form and runs it as {@link #describe(Query)}.
   *
   * @throws org.apache.jena.query.QueryParseException if the query does not parse as SPARQL 1.1
   * @throws StoreException if it is not a {@code DESCRIBE} query, calls {@code SERVICE}, or the store could not
   *     answer it
   * @throws IllegalStateException if the store is closed
   */
  default Graph describe(String sparql) {
    return describe(StoreGraphs.parse(sparql, QueryType.DESCRIBE));
  }

  // ------------------------------------------------------------------------------------------------ parsed SPARQL

  /**
   * Runs a parsed {@code SELECT} query and hands its rows to {@code handler}, whose result is returned. The query is
   * run as it is, never printed and parsed again on a local store (a remote store sends what Jena writes of it);
   * the store does not change it. The handler runs while the query runs (inside the read transaction of a local
   * store): it must consume the rows there, not keep the {@link ResultSet}, and not call this store.
   *
   * <pre>{@code
   * Query agents = QueryFactory.create("SELECT DISTINCT ?a WHERE { ?a a <https://w3id.org/sst#Agent> }");
   * List<String> ids = store.select(agents, rows -> {
   *   List<String> out = new ArrayList<>();
   *   rows.forEachRemaining(row -> out.add(row.getResource("a").getURI()));
   *   return out;
   * });
   * }</pre>
   *
   * <p>Jena's {@link Query} is not thread-safe: a query may be run from several threads at once as long as nobody
   * changes it. Keep to SPARQL 1.1 for the same answer on every back end (a remote server need not know Jena's
   * extensions; the text forms refuse them).
   *
   * @throws StoreException if it is not a {@code SELECT} query, calls {@code SERVICE}, or the store could not
   *     answer it
   * @throws IllegalStateException if the store is closed
   */
  <T> T select(Query query, Function<ResultSet, T> handler);

  /**
   * Runs a parsed {@code SELECT} query as {@link #select(Query, Function)} does, and stops it if it runs longer
   * than {@code timeout}. The timeout covers the whole evaluation, the rows the handler reads included. It is Jena's
   * own query timeout, so the evaluation itself stops, not only the wait for it: a local store cancels the query
   * (its read transaction ends); a remote store stops waiting for the answer after {@code timeout} and also sends
   * Fuseki's {@code timeout} request parameter (in whole seconds, rounded up), so that Fuseki stops the query on
   * the server. Another server may ignore that parameter and should have a timeout of its own.
   *
   * <pre>{@code
   * try {
   *   int rows = store.select(query, Duration.ofSeconds(60), ResultSetFormatter::consume);   // counts the rows
   * } catch (StoreException e) {
   *   if (e.getCause() instanceof QueryCancelledException) { ... }   // it ran longer than 60 s and was stopped
   * }
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code timeout} is zero or negative
   * @throws StoreException if the query ran longer than {@code timeout} and was stopped (its cause is then
   *     Jena's {@link org.apache.jena.query.QueryCancelledException}), is not a {@code SELECT} query, calls
   *     {@code SERVICE}, or the store could not answer it
   * @throws IllegalStateException if the store is closed
   */
  <T> T select(Query query, Duration timeout, Function<ResultSet, T> handler);

  /**
   * Runs a parsed {@code ASK} query, as it is.
   *
   * @throws StoreException if it is not an {@code ASK} query, calls {@code SERVICE}, or the store could not answer
   *     it
   * @throws IllegalStateException if the store is closed
   */
  boolean ask(Query query);

  /**
   * Runs a parsed {@code ASK} query and stops it if it runs longer than {@code timeout}, as
   * {@link #select(Query, Duration, Function)} does.
   *
   * @throws IllegalArgumentException if {@code timeout} is zero or negative
   * @throws StoreException if the query ran longer than {@code timeout} and was stopped (its cause is then
   *     {@link org.apache.jena.query.QueryCancelledException}), is not an {@code ASK} query, calls {@code SERVICE},
   *     or the store could not answer it
   * @throws IllegalStateException if the store is closed
   */
  boolean ask(Query query, Duration timeout);

  /**
   * Runs a parsed {@code CONSTRUCT} query, as it is, and returns its triples as a new in-memory graph.
   *
   * @throws StoreException if it is not a {@code CONSTRUCT} query, calls {@code SERVICE}, or the store could not
   *     answer it
   * @throws IllegalStateException if the store is closed
   */
  Graph construct(Query query);

  /**
   * Runs a parsed {@code CONSTRUCT} query and stops it if it runs longer than {@code timeout}, as
   * {@link #select(Query, Duration, Function)} does.
   *
   * @throws IllegalArgumentException if {@code timeout} is zero or negative
   * @throws StoreException if the query ran longer than {@code timeout} and was stopped (its cause is then
   *     {@link org.apache.jena.query.QueryCancelledException}), is not a {@code CONSTRUCT} query, calls
   *     {@code SERVICE}, or the store could not answer it
   * @throws IllegalStateException if the store is closed
   */
  Graph construct(Query query, Duration timeout);

  /**
   * Runs a parsed {@code DESCRIBE} query, as it is, and returns the description as a new in-memory graph. What a
   * description holds is the engine's choice (SPARQL 1.1 leaves it open): Jena, in memory, in TDB2 and in Fuseki,
   * gives the triples whose subject is the resource, with the blank nodes they lead to, taken from the default
   * graph (the union of the cases).
   *
   * <pre>{@code
   * Graph alf = store.describe(QueryFactory.create("DESCRIBE <https://w3id.org/sst/examples/hughes-2022/alf>"));
   * }</pre>
   *
   * @throws StoreException if it is not a {@code DESCRIBE} query, calls {@code SERVICE}, or the store could not
   *     answer it
   * @throws IllegalStateException if the store is closed
   */
  Graph describe(Query query);

  /**
   * Runs a parsed {@code DESCRIBE} query and stops it if it runs longer than {@code timeout}, as
   * {@link #select(Query, Duration, Function)} does.
   *
   * @throws IllegalArgumentException if {@code timeout} is zero or negative
   * @throws StoreException if the query ran longer than {@code timeout} and was stopped (its cause is then
   *     {@link org.apache.jena.query.QueryCancelledException}), is not a {@code DESCRIBE} query, calls
   *     {@code SERVICE}, or the store could not answer it
   * @throws IllegalStateException if the store is closed
   */
  Graph describe(Query query, Duration timeout);

  /**
   * Releases everything the store holds: memory, the TDB2 directory and its lock, the HTTP client. Closing twice
   * does nothing.
   */
  @Override
  void close();
}
