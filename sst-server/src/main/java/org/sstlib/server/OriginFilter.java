package org.sstlib.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Refuses (403) a request sent by a web page of another site: one whose {@code Origin} header is present and is
 * not this server's own origin, {@code http://} and the request's Host. A browser adds Origin to every
 * cross-site POST (and to cross-site fetches), so a page the researcher opens can neither change nor read the
 * store; a client that is not a browser (curl, a Java or Python program) sends no Origin and is not affected.
 * {@code Origin: null} (a sandboxed page, a local file) is refused too.
 *
 * <p>Runs after {@link HostFilter}, which has checked that there is one acceptable Host header.
 */
final class OriginFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<Refusal> refusal = check(Collections.list(request.getHeaders("Origin")), request.getHeader("Host"));
    if (refusal.isPresent()) {
      refusal.get().send(response);
    } else {
      chain.doFilter(request, response);
    }
  }

  /** Why a request with these Origin headers and this Host is refused, or empty if it is accepted. */
  static Optional<Refusal> check(List<String> origins, String host) {
    if (origins.isEmpty()) {
      return Optional.empty();
    }
    String own = "http://" + host.trim().toLowerCase(Locale.ROOT);
    if (origins.size() == 1 && origins.get(0).trim().toLowerCase(Locale.ROOT).equals(own)) {
      return Optional.empty();
    }
    return Optional.of(Refusal.forbidden("refused: a request from the web origin '"
        + Printable.of(String.join(", ", origins)) + "'; this server answers only its own origin " + own
        + " and clients that send no Origin"));
  }
}
