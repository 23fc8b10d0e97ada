package org.sstlib.rdf.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The HTTP client of a {@link RemoteStore}: Java's client, which also reads two things Jena's SPARQL client does not
 * show from every answer's headers. Whether the server is Virtuoso ({@code Server: Virtuoso/...}), which reads the
 * {@code timeout} request parameter in milliseconds where Fuseki reads seconds. And whether the answer is a partial
 * one: Virtuoso stops a query at its timeout and sends, with status 200, the rows it had found so far, saying so
 * only in the {@code X-SQL-State} and {@code X-SQL-Message} headers; such an answer is refused with a
 * {@link PartialAnswerException} before anyone reads it.
 *
 * <p>Thread-safe.
 */
final class EndpointClient extends HttpClient {

  /** The header in which Virtuoso says an answer is not the whole answer. */
  static final String SQL_STATE = "X-SQL-State";
  static final String SQL_MESSAGE = "X-SQL-Message";
  /** Virtuoso's state for "query interrupted by result timeout": the rows found before the timeout. */
  static final String TIMEOUT_STATE = "S1TAT";

  private final HttpClient client;
  private volatile boolean virtuoso;

  EndpointClient(HttpClient client) {
    this.client = client;
  }

  /** Whether an answer so far came from Virtuoso. */
  boolean isVirtuoso() {
    return virtuoso;
  }

  /** An answer the server marked as incomplete; its rows were not read. */
  static final class PartialAnswerException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String state;

    PartialAnswerException(String state, String message) {
      super("the server marked its answer as incomplete (" + SQL_STATE + " " + state
          + (message.isBlank() ? "" : ": " + message.strip()) + ")");
      this.state = state;
    }

    /** Whether the server stopped the query at its timeout. */
    boolean isTimeout() {
      return TIMEOUT_STATE.equalsIgnoreCase(state);
    }
  }

  /** The partial answer in the causes of {@code e}, if any. */
  static Optional<PartialAnswerException> partialAnswer(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof PartialAnswerException p) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private <T> HttpResponse<T> check(HttpResponse<T> response) {
    if (response.headers().firstValue("Server").orElse("").startsWith("Virtuoso")) {
      virtuoso = true;
    }
    Optional<String> state = response.headers().firstValue(SQL_STATE);
    if (state.isPresent() && response.statusCode() / 100 == 2) {
      if (response.body() instanceof InputStream body) {
        try {
          body.close();
        } catch (IOException ignored) {
          // the answer is refused either way
        }
      }
      throw new PartialAnswerException(state.get(), response.headers().firstValue(SQL_MESSAGE).orElse(""));
    }
    return response;
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    return check(client.send(request, handler));
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
      HttpResponse.BodyHandler<T> handler) {
    return client.sendAsync(request, handler).thenApply(this::check);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
    return client.sendAsync(request, handler, pushPromiseHandler).thenApply(this::check);
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return client.cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return client.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return client.followRedirects();
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return client.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return client.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return client.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return client.authenticator();
  }

  @Override
  public Version version() {
    return client.version();
  }

  @Override
  public Optional<Executor> executor() {
    return client.executor();
  }

  @Override
  public String toString() {
    return "EndpointClient{" + client + "}";
  }
}
