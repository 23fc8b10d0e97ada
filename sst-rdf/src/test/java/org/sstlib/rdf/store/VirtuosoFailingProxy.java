package org.sstlib.rdf.store;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.sstlib.rdf.GraphNames;

/**
 * A loopback HTTP proxy in front of a Virtuoso SPARQL endpoint that makes the server itself fail a write to one
 * case's graph: in an update request that writes that graph, it puts a standard operation that fails when the
 * server runs it ({@code DROP GRAPH} of a graph that does not exist, without {@code SILENT}) just before the
 * operation that inserts the data. The server has then run the request's earlier operations when the failure
 * comes, as a store whose disk fails in the middle of a write. Everything else passes through unchanged.
 */
final class VirtuosoFailingProxy implements AutoCloseable {

  private final HttpServer server;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String target;
  private final Node poisoned;
  private final Node missing;
  private final AtomicInteger failures = new AtomicInteger();

  private VirtuosoFailingProxy(HttpServer server, String target, String caseId) {
    this.server = server;
    this.target = target;
    this.poisoned = GraphNames.graphNode(caseId);
    this.missing = NodeFactory.createURI("urn:sst:test:no-such-graph:" + caseId);
  }

  /** Starts a proxy to {@code sparqlUrl} that fails every write to the graph of case {@code caseId}. */
  static VirtuosoFailingProxy start(String sparqlUrl, String caseId) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    VirtuosoFailingProxy proxy = new VirtuosoFailingProxy(server, sparqlUrl, caseId);
    server.createContext("/", proxy::forward);
    server.start();
    return proxy;
  }

  /** The proxy's SPARQL endpoint URL. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/sparql";
  }

  /** How many update requests it has made fail. */
  int failures() {
    return failures.get();
  }

  private void forward(HttpExchange exchange) throws IOException {
    try {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
      if (contentType != null && contentType.startsWith("application/sparql-update")) {
        body = poison(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
      }
      String query = exchange.getRequestURI().getRawQuery();
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + (query == null ? "" : "?" + query)))
          .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(body));
      for (String header : List.of("Content-Type", "Accept")) {
        String value = exchange.getRequestHeaders().getFirst(header);
        if (value != null) {
          request.header(header, value);
        }
      }
      HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      answer.headers().map().forEach((name, values) -> {
        if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("transfer-encoding")
            && !name.equalsIgnoreCase("connection") && !name.startsWith(":")) {
          exchange.getResponseHeaders().put(name, values);
        }
      });
      byte[] out = answer.body();
      exchange.sendResponseHeaders(answer.statusCode(), out.length == 0 ? -1 : out.length);
      exchange.getResponseBody().write(out);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } finally {
      exchange.close();
    }
  }

  /** The update with the failing operation before its first write to the poisoned graph, if it has one. */
  private String poison(String text) {
    UpdateRequest request = UpdateFactory.create(text);
    UpdateRequest changed = new UpdateRequest();
    changed.setPrefixMapping(request.getPrefixMapping());
    boolean done = false;
    for (Update op : request.getOperations()) {
      if (!done && writes(op)) {
        changed.add(new UpdateDrop(missing, false));
        done = true;
        failures.incrementAndGet();
      }
      changed.add(op);
    }
    return done ? changed.toString() : text;
  }

  private boolean writes(Update op) {
    if (op instanceof UpdateData data) {
      return data.getQuads().stream().anyMatch(q -> poisoned.equals(q.getGraph()));
    }
    if (op instanceof UpdateModify modify) {
      return modify.getInsertQuads().stream().anyMatch(q -> poisoned.equals(q.getGraph()));
    }
    return false;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
