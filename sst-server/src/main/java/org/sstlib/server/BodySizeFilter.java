package org.sstlib.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Refuses (413) a query or update over the size limit before anything parses it: SPARQL parsing is slow on very
 * long tokens, so a large body could keep a core busy for minutes. The limit applies to the query string of
 * every request and to the body: a {@code Content-Length} over the limit is refused unread; a body without one
 * (chunked) is counted as it is read and refused at the first byte over the limit. A body within the limit is
 * kept in memory ({@link BufferedRequest}) for the filters after this one and for Fuseki; so at most the limit
 * is held per request.
 */
final class BodySizeFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  private final int maxBytes;

  /** @param maxBytes the most bytes of a query string, and of a body */
  BodySizeFilter(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<Refusal> refusal = checkQueryString(request.getQueryString())
        .or(() -> checkLength(request.getContentLengthLong()));
    if (refusal.isPresent()) {
      refusal.get().send(response);
      return;
    }
    if (!hasBody(request)) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = readUpToLimit(request.getInputStream());
    if (body.length > maxBytes) {
      tooLarge("the request body is over").send(response);
      return;
    }
    BufferedRequest buffered = BufferedRequest.of(request, body);
    try {
      buffered.getParameterMap();
    } catch (IllegalArgumentException e) {
      Refusal.badRequest("refused: the form-encoded body or the query string has a malformed %-escape")
          .send(response);
      return;
    }
    chain.doFilter(buffered, response);
  }

  /** Whether a body follows the headers: HTTP/1.1 announces one with Content-Length or Transfer-Encoding. */
  private static boolean hasBody(HttpServletRequest request) {
    long length = request.getContentLengthLong();
    return length > 0 || (length < 0 && request.getHeader("Transfer-Encoding") != null);
  }

  private Optional<Refusal> checkQueryString(String queryString) {
    if (queryString == null || queryString.length() > maxBytes) {
      // Over the limit in characters is over it in bytes; skip encoding a long string to count it.
      return queryString == null ? Optional.empty()
          : Optional.of(tooLarge("the query string is " + queryString.length() + " characters,"));
    }
    int bytes = queryString.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > maxBytes) {
      return Optional.of(tooLarge("the query string is " + bytes + " bytes,"));
    }
    return Optional.empty();
  }

  private Optional<Refusal> checkLength(long contentLength) {
    if (contentLength > maxBytes) {
      return Optional.of(tooLarge("the request body is " + contentLength + " bytes,"));
    }
    return Optional.empty();
  }

  private Refusal tooLarge(String what) {
    return Refusal.tooLarge("refused: " + what + " the limit of " + maxBytes
        + " bytes for a query or update on this server");
  }

  /** At most {@code maxBytes + 1} bytes of {@code in}: one more than allowed is enough to know it is too long. */
  private byte[] readUpToLimit(InputStream in) throws IOException {
    return in.readNBytes(maxBytes + 1);
  }
}
