package org.sstlib.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Refuses (400) an update sent as an HTML form: a request with an {@code update} or {@code request} parameter,
 * in a form-encoded body or in the query string (which Fuseki would run as an update). A form is what a web page
 * of any site can make a browser send, so refusing it is a second defence against cross-site requests, after
 * {@link OriginFilter}. Updates sent as {@code application/sparql-update} (what SPARQL clients send) pass.
 *
 * <p>Runs after {@link BodySizeFilter}, so reading the parameters reads a body already within the limit.
 */
final class FormUpdateFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<Refusal> refusal = check(request);
    if (refusal.isPresent()) {
      refusal.get().send(response);
    } else {
      chain.doFilter(request, response);
    }
  }

  private static Optional<Refusal> check(HttpServletRequest request) {
    if (request.getParameter("update") == null && request.getParameter("request") == null) {
      return Optional.empty();
    }
    return Optional.of(Refusal.badRequest("refused: this server does not accept an update sent as a form "
        + "parameter; send it as the request body with Content-Type: application/sparql-update"));
  }
}
