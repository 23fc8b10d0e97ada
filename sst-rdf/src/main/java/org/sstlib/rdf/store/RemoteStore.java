package org.sstlib.rdf.store;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.update.UpdateRequest;
import org.sstlib.core.Case;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.SST;
import org.sstlib.rdf.GraphNames;

/**
 * An {@link SstStore} on a remote SPARQL 1.1 endpoint, through Jena's SPARQL protocol client
 * ({@link QueryExecutionHTTP}, {@link UpdateExecHTTP}). It uses only the SPARQL protocol (query and update), never
 * the Graph Store Protocol, so any SPARQL 1.1 server will do.
 *
 * <p>No request waits for ever: connecting waits {@link #CONNECT_TIMEOUT}, a query waits its own timeout or else
 * {@link #READ_TIMEOUT} for the answer, a write {@link #UPDATE_TIMEOUT}.
 *
 * <p>Every write is one SPARQL Update request ({@code DROP SILENT GRAPH} per case, then one
 * {@code INSERT { ... } WHERE { }}), which the server applies in one transaction if it can: Fuseki does (SPARQL 1.1
 * Update says a request should be atomic); Virtuoso 7 keeps the operations that ran before one that failed, and the
 * error says so. Every
 * read is one query, so it sees one state of the store. Values in the store's own queries are RDF terms put into
 * parsed queries, never text pasted into a query string.
 *
 * <p>Thread-safe: each operation is its own HTTP request on a shared {@link HttpClient}.
 */
final class RemoteStore extends AbstractStore {

  static final String USER_VARIABLE = "SST_ENDPOINT_USER";
  static final String PASSWORD_VARIABLE = "SST_ENDPOINT_PASSWORD";

  /**
   * The names of the named graphs. {@code GRAPH ?g {}} matches once per graph on Jena, empty or not, but never on
   * Virtuoso; the graphs that hold a case are found on both, from the index of types.
   */
  private static final Query GRAPH_NAMES = parse("SELECT DISTINCT ?g WHERE { { GRAPH ?g { } } UNION "
      + "{ GRAPH ?g { ?case a <" + SST.NS + "Case> } } }");
  /** Whether graph {@code ?g} holds anything; {@code ?g} is replaced by a case's graph name. */
  private static final Query GRAPH_EXISTS = parse("ASK WHERE { GRAPH ?g { ?s ?p ?o } }");
  /** The triples of graph {@code ?g}; {@code ?g} is replaced by a case's graph name. */
  private static final Query GRAPH_TRIPLES = parse("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }");
  /** Every quad of every case graph, in one response so that it is one state and blank nodes keep their labels. */
  private static final Query CASE_QUADS = parse("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
      + "FILTER(STRSTARTS(STR(?g), \"" + GraphNames.GRAPH_PREFIX + "\")) }");

  /** How long to wait for a connection to the server. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** How long a query given no timeout of its own waits for the server to answer. */
  static final Duration READ_TIMEOUT = Duration.ofSeconds(60);
  /** How long a write waits for the server to answer: a large write takes the server a while. */
  static final Duration UPDATE_TIMEOUT = Duration.ofMinutes(10);
  private static final int MAX_RESPONSE_IN_MESSAGE = 500;
  /** Where Jena's message about an answer it cannot read names the answer's content type. */
  private static final Pattern CONTENT_TYPE = Pattern.compile("Content[ -]Type:? *([^ ,;]+)",
      Pattern.CASE_INSENSITIVE);

  /** The request parameter for a query's timeout: in seconds for Fuseki, in milliseconds for Virtuoso. */
  static final String TIMEOUT_PARAMETER = "timeout";

  private final String queryUrl;
  private final String updateUrl;
  private final EndpointClient httpClient;
  /** How long a query without a timeout of its own waits for the answer. */
  private final Duration readTimeout;
  /** How long a write waits for the answer. */
  private final Duration updateTimeout;

  private RemoteStore(String queryUrl, String updateUrl, EndpointClient httpClient, Duration readTimeout,
      Duration updateTimeout) {
    this.queryUrl = queryUrl;
    this.updateUrl = updateUrl;
    this.httpClient = httpClient;
    this.readTimeout = readTimeout;
    this.updateTimeout = updateTimeout;
  }

  /**
   * A store on the endpoint with these query and update URLs (the same URL for a Fuseki dataset URL).
   *
   * @param credentials sent with HTTP basic authentication when, and only when, the endpoints' host asks
   * @throws StoreException if a URL is not an absolute http(s) URL or holds credentials
   */
  static RemoteStore connect(String queryUrl, String updateUrl, Optional<PasswordAuthentication> credentials) {
    return connect(queryUrl, updateUrl, credentials, READ_TIMEOUT, UPDATE_TIMEOUT);
  }

  /**
   * As {@link #connect(String, String, Optional)}, with other timeouts for calls that give none of their own.
   *
   * @param readTimeout how long a query without a timeout of its own waits for the server's answer
   * @param updateTimeout how long a write waits for the server's answer
   */
  static RemoteStore connect(String queryUrl, String updateUrl, Optional<PasswordAuthentication> credentials,
      Duration readTimeout, Duration updateTimeout) {
    checkNotNull(queryUrl, "queryUrl");
    checkNotNull(updateUrl, "updateUrl");
    checkNotNull(credentials, "credentials");
    URI query = checkUrl(queryUrl);
    URI update = checkUrl(updateUrl);
    HttpClient.Builder client = HttpClient.newBuilder()
        .connectTimeout(CONNECT_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NEVER);
    credentials.ifPresent(c -> client.authenticator(new EndpointAuthenticator(c, Set.copyOf(List.of(query, update)))));
    checkArgument(readTimeout.compareTo(Duration.ZERO) > 0, "readTimeout must be positive");
    checkArgument(updateTimeout.compareTo(Duration.ZERO) > 0, "updateTimeout must be positive");
    return new RemoteStore(queryUrl, updateUrl, new EndpointClient(client.build()), readTimeout, updateTimeout);
  }

  /**
   * The credentials in {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE}, or empty if neither is set.
   *
   * @throws StoreException if only one of them is set
   */
  static Optional<PasswordAuthentication> credentialsFromEnvironment() {
    return credentials(System.getenv());
  }

  /** As {@link #credentialsFromEnvironment()}, from the given variables. */
  static Optional<PasswordAuthentication> credentials(Map<String, String> environment) {
    String user = environment.get(USER_VARIABLE);
    String password = environment.get(PASSWORD_VARIABLE);
    if (user == null && password == null) {
      return Optional.empty();
    }
    if (user == null || password == null) {
      throw new StoreException((user == null ? USER_VARIABLE : PASSWORD_VARIABLE) + " is not set but "
          + (user == null ? PASSWORD_VARIABLE : USER_VARIABLE) + " is: set both to log in to the SPARQL endpoint, "
          + "or neither");
    }
    return Optional.of(new PasswordAuthentication(user, password.toCharArray()));
  }

  // ------------------------------------------------------------------------------------------------ writing

  @Override
  public void putAll(Collection<Case> cases) {
    ensureOpen();
    Map<Node, Graph> graphs = StoreGraphs.graphsOf(cases);
    if (graphs.isEmpty()) {
      return;
    }
    UpdateRequest request = CaseWriteRequest.of(cases, graphs);
    update(request, "store " + graphs.size() + (graphs.size() == 1 ? " case" : " cases"));
  }

  @Override
  boolean removeGraph(Node name, String caseId) {
    boolean present = query(withGraph(GRAPH_EXISTS, name), "check for case '" + caseId + "'",
        QueryExecution::execAsk);
    if (present) {
      update(new UpdateRequest(new UpdateDrop(name, true)), "remove case '" + caseId + "'");
    }
    return present;
  }

  // ------------------------------------------------------------------------------------------------ reading

  @Override
  public List<String> caseIds() {
    ensureOpen();
    List<String> ids = query(GRAPH_NAMES, "list the cases", qe -> {
      List<String> out = new ArrayList<>();
      ResultSet rows = qe.execSelect();
      while (rows.hasNext()) {
        QuerySolution row = rows.next();
        if (row.contains("g")) {
          GraphNames.caseId(row.get("g").asNode()).ifPresent(out::add);
        }
      }
      return out;
    });
    ids.sort(null);
    return ImmutableList.copyOf(ids);
  }

  @Override
  Optional<Case> readGraph(Node name, String caseId) {
    Graph graph = query(withGraph(GRAPH_TRIPLES, name), "read case '" + caseId + "'",
        qe -> qe.execConstruct().getGraph());
    return graph.isEmpty() ? Optional.empty() : Optional.of(CaseGraphs.fromGraph(graph));
  }

  @Override
  public List<Case> all() {
    return CaseGraphs.fromDataset(snapshot());
  }

  @Override
  public DatasetGraph snapshot() {
    ensureOpen();
    return query(CASE_QUADS, "read the cases", qe -> {
      DatasetGraph snapshot = StoreGraphs.newSnapshot();
      ResultSet rows = qe.execSelect();
      while (rows.hasNext()) {
        QuerySolution row = rows.next();
        Node g = row.get("g").asNode();
        if (GraphNames.caseId(g).isPresent()) {
          snapshot.add(g, row.get("s").asNode(), row.get("p").asNode(), canonicalBoolean(row.get("o").asNode()));
        }
      }
      return snapshot;
    });
  }

  /**
   * A boolean as the store wrote it. Virtuoso answers {@code "1"^^xsd:boolean} for {@code true} in SPARQL JSON
   * results (its XML results keep the term, but lose carriage returns in text): the same value, another term.
   */
  private static Node canonicalBoolean(Node node) {
    if (node.isLiteral() && XSDDatatype.XSDboolean.equals(node.getLiteralDatatype())) {
      String lexical = node.getLiteralLexicalForm();
      if (lexical.equals("1") || lexical.equals("0")) {
        return NodeFactory.createLiteralDT(lexical.equals("1") ? "true" : "false", XSDDatatype.XSDboolean);
      }
    }
    return node;
  }

  // ------------------------------------------------------------------------------------------------ SPARQL

  /**
   * Sends the query, unless it calls {@code SERVICE}: that is refused here, before anything is sent, since not
   * every server can be told to refuse it (Virtuoso's SPARQL user may call out).
   */
  @Override
  <T> T execute(Query query, Optional<Duration> timeout, Function<QueryExecution, T> action) {
    if (callsService(Algebra.compile(query))) {
      throw new StoreException("the query calls SERVICE, which " + name() + " does not allow: a query may only read "
          + "the store");
    }
    return query(query, "answer the query", timeout, action);
  }

  /** Whether {@code op} calls SERVICE anywhere, in {@code EXISTS} and sub-queries too. */
  private static boolean callsService(Op op) {
    boolean[] found = {false};
    Walker.walk(op, new OpVisitorBase() {
      @Override
      public void visit(OpService service) {
        found[0] = true;
      }
    }, new ExprVisitorBase() {
      @Override
      public void visit(ExprFunctionOp function) {
        if (function.getGraphPattern() != null && callsService(function.getGraphPattern())) {
          found[0] = true;
        }
      }
    });
    return found[0];
  }

  // ------------------------------------------------------------------------------------------------ lifecycle

  @Override
  void release() {
    // Nothing to release: the HttpClient of Java 17 has no close; its threads end once nothing refers to it.
  }

  @Override
  public String toString() {
    return "SstStore{the SPARQL endpoint " + queryUrl
        + (updateUrl.equals(queryUrl) ? "" : " (updates to " + updateUrl + ")") + (isClosed() ? ", closed" : "") + "}";
  }

  // ------------------------------------------------------------------------------------------------ HTTP

  @Override
  String name() {
    return "the store on the SPARQL endpoint " + queryUrl;
  }

  private <T> T query(Query query, String what, Function<QueryExecution, T> action) {
    return query(query, what, Optional.empty(), action);
  }

  /**
   * Sends one query. The HTTP request waits no longer than the query's timeout, or {@link #readTimeout} for a
   * query without one, for the answer, and carries the {@value #TIMEOUT_PARAMETER} parameter so that the server
   * stops the query too: in seconds for Fuseki (it answers 503 "Query timed out"), in milliseconds once the server
   * is known to be Virtuoso (it answers with the rows found so far, marked as partial, which are refused). The
   * first query to a Virtuoso server cannot know it yet: if its answer is partial, it is asked again once, in
   * milliseconds.
   */
  private <T> T query(Query query, String what, Optional<Duration> timeout, Function<QueryExecution, T> action) {
    boolean virtuoso = httpClient.isVirtuoso();
    try {
      return query(query, what, timeout, virtuoso, action);
    } catch (StoreException e) {
      if (!virtuoso && httpClient.isVirtuoso() && EndpointClient.partialAnswer(e).isPresent()) {
        return query(query, what, timeout, true, action);
      }
      throw e;
    }
  }

  private <T> T query(Query query, String what, Optional<Duration> timeout, boolean virtuoso,
      Function<QueryExecution, T> action) {
    Duration wait = timeout.orElse(readTimeout);
    QueryExecutionHTTPBuilder builder = QueryExecutionHTTP.service(queryUrl).httpClient(httpClient).query(query)
        .timeout(millis(wait), TimeUnit.MILLISECONDS)
        .param(TIMEOUT_PARAMETER, Long.toString(virtuoso ? millis(wait) : wholeSeconds(wait)));
    try (QueryExecution qe = builder.build()) {
      return action.apply(qe);
    } catch (QueryExceptionHTTP e) {
      throw queryFailure(what, timeout, e.getStatusCode(), e.getStatusLine(), e.getResponse(), e);
    } catch (HttpException e) {
      throw queryFailure(what, timeout, e.getStatusCode(), e.getStatusLine(), e.getResponse(), e);
    } catch (QueryCancelledException e) {
      throw queryFailure(what, timeout, 0, null, null, e);
    } catch (QueryException | RiotException e) {
      // An answer Jena cannot read as SPARQL results (ResultSetException among them): a web page, or another
      // service at this URL.
      throw notSparql(what, e);
    }
  }

  /** A query that failed: out of its time (the client's or the server's), or refused, or never answered. */
  private StoreException queryFailure(String what, Optional<Duration> timeout, int status, String statusLine,
      String response, RuntimeException e) {
    Optional<EndpointClient.PartialAnswerException> partial = EndpointClient.partialAnswer(e);
    if (partial.isPresent() && !partial.get().isTimeout()) {
      return new StoreException("the SPARQL endpoint " + queryUrl + " did not give the whole answer when asked to "
          + what + ": " + partial.get().getMessage(), e);
    }
    if (isClientTimeout(e) || isServerTimeout(status, statusLine, response) || partial.isPresent()) {
      if (timeout.isPresent()) {
        return timedOut("the SPARQL endpoint " + queryUrl, timeout.get(), e);
      }
      return new StoreException("the SPARQL endpoint " + queryUrl + " did not answer within " + inWords(readTimeout)
          + " when asked to " + what + ": check that the server is running and answers SPARQL at this URL", e);
    }
    return failure(queryUrl, what, status, statusLine, response, e);
  }

  /** The endpoint answered, but not with SPARQL results: say so, with the content type Jena names. */
  private StoreException notSparql(String what, RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    Matcher type = CONTENT_TYPE.matcher(message);
    String answer = type.find() ? "content type " + type.group(1) : "content that is not SPARQL results ("
        + message.lines().findFirst().orElse("").strip() + ")";
    return new StoreException("the SPARQL endpoint " + queryUrl + " answered with " + answer + " when asked to "
        + what + ": this URL does not look like a SPARQL endpoint; give the dataset's SPARQL URL, such as "
        + "http://localhost:3030/sst", e);
  }

  /** A timeout in whole seconds, rounded up, at least 1: Fuseki's parameter takes no fractions. */
  static long wholeSeconds(Duration timeout) {
    long seconds = timeout.getSeconds() + (timeout.getNano() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }

  /** Whether an HTTP client gave up waiting for the answer (Java's {@link HttpTimeoutException}). */
  private static boolean isClientTimeout(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof HttpTimeoutException) {
        return true;
      }
    }
    return false;
  }

  /** Whether the server says it stopped the query for its time: Fuseki answers 503 "Query timed out". */
  private static boolean isServerTimeout(int status, String statusLine, String response) {
    if (status != 503) {
      return false;
    }
    String text = ((statusLine == null ? "" : statusLine) + " " + (response == null ? "" : response))
        .toLowerCase(java.util.Locale.ROOT);
    return text.contains("timed out") || text.contains("timeout");
  }

  /** Sends one update request, waiting no longer than {@link #updateTimeout} for the answer. */
  private void update(UpdateRequest request, String what) {
    try {
      UpdateExecHTTP.service(updateUrl).httpClient(httpClient).update(request)
          .timeout(millis(updateTimeout), TimeUnit.MILLISECONDS).build().execute();
    } catch (QueryExceptionHTTP e) {
      throw updateFailure(what, e.getStatusCode(), e.getStatusLine(), e.getResponse(), e);
    } catch (HttpException e) {
      throw updateFailure(what, e.getStatusCode(), e.getStatusLine(), e.getResponse(), e);
    }
  }

  private StoreException updateFailure(String what, int status, String statusLine, String response,
      RuntimeException e) {
    if (isClientTimeout(e)) {
      return new StoreException("the SPARQL endpoint " + updateUrl + " did not answer within "
          + inWords(updateTimeout) + " when asked to " + what + "; the server may still apply the change: list "
          + "the cases to see whether it did", e);
    }
    StoreException failure = failure(updateUrl, what, status, statusLine, response, e);
    if (response != null && response.startsWith("Virtuoso ")) {
      // Virtuoso keeps the operations of a request that ran before the one that failed.
      return new StoreException(failure.getMessage() + " (Virtuoso does not undo the part of a write that ran "
          + "before a failure: list the cases to see what is stored, and store again what is missing)", e);
    }
    return failure;
  }

  /** A message that says what failed and where, without credentials (they are never in the URL nor the client). */
  private static StoreException failure(String url, String what, int status, String statusLine, String response,
      RuntimeException e) {
    if (status <= 0) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
      return new StoreException("could not reach the SPARQL endpoint " + url + " to " + what + ": " + reason, e);
    }
    StringBuilder message = new StringBuilder("the SPARQL endpoint ").append(url).append(" refused to ")
        .append(what).append(": HTTP ").append(status);
    if (statusLine != null && !statusLine.isBlank() && !statusLine.equals(Integer.toString(status))) {
      message.append(" (").append(statusLine.strip()).append(')');
    }
    if (status == 401 || status == 403) {
      message.append("; set ").append(USER_VARIABLE).append(" and ").append(PASSWORD_VARIABLE)
          .append(" to credentials the server accepts");
    }
    if (response != null && !response.isBlank()) {
      String text = response.strip();
      if (text.length() > MAX_RESPONSE_IN_MESSAGE) {
        text = text.substring(0, MAX_RESPONSE_IN_MESSAGE) + "...";
      }
      message.append(": ").append(text);
    }
    return new StoreException(message.toString(), e);
  }

  private static Query withGraph(Query query, Node graphName) {
    return QueryTransformOps.replaceVars(query, Map.of(Var.alloc("g"), graphName));
  }

  private static Query parse(String sparql) {
    return QueryFactory.create(sparql, Syntax.syntaxSPARQL_11);
  }

  /**
   * Checks an endpoint URL: absolute, http or https, a host, no credentials. Its text is only repeated in a
   * message when it cannot hold credentials.
   */
  private static URI checkUrl(String url) {
    if (url.indexOf('@') >= 0 && hasUserInfo(url)) {
      throw new StoreException("the SPARQL endpoint URL holds credentials (user:password@host); put them in "
          + USER_VARIABLE + " and " + PASSWORD_VARIABLE + " instead");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new StoreException("the SPARQL endpoint URL '" + url + "' is not a URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new StoreException("the SPARQL endpoint URL '" + url + "' is not an absolute http or https URL with "
          + "a host, such as http://localhost:3030/sst");
    }
    return uri;
  }

  private static boolean hasUserInfo(String url) {
    try {
      return new URI(url).getRawUserInfo() != null;
    } catch (URISyntaxException e) {
      // Cannot tell where the authority ends: treat an '@' as possible credentials.
      return true;
    }
  }

  /** Answers the server's authentication challenge, only for the endpoints' own scheme, host and port. */
  private static final class EndpointAuthenticator extends Authenticator {
    private final PasswordAuthentication credentials;
    private final Set<URI> endpoints;

    EndpointAuthenticator(PasswordAuthentication credentials, Set<URI> endpoints) {
      this.credentials = credentials;
      this.endpoints = endpoints;
    }

    @Override
    protected PasswordAuthentication getPasswordAuthentication() {
      if (getRequestorType() != RequestorType.SERVER) {
        return null;
      }
      URL asking = getRequestingURL();
      for (URI endpoint : endpoints) {
        if (asking != null && endpoint.getScheme().equalsIgnoreCase(asking.getProtocol())
            && endpoint.getHost().equalsIgnoreCase(asking.getHost()) && port(endpoint) == port(asking)) {
          return credentials;
        }
      }
      return null;
    }

    private static int port(URI uri) {
      return uri.getPort() != -1 ? uri.getPort() : (uri.getScheme().equalsIgnoreCase("https") ? 443 : 80);
    }

    private static int port(URL url) {
      return url.getPort() != -1 ? url.getPort() : url.getDefaultPort();
    }

    @Override
    public String toString() {
      return "EndpointAuthenticator{" + endpoints + "}";
    }
  }
}
