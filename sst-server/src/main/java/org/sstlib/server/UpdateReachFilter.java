package org.sstlib.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;

/**
 * Refuses (400) a SPARQL Update that reaches outside the store ({@link UpdateReach}), before any of it runs: Fuseki
 * parses and runs an update operation by operation, so a {@code LOAD} ahead of a syntax error would still read
 * its file. The update is parsed here whole, as Fuseki parses it, from the body ({@code
 * application/sparql-update}) or from the form parameters {@code update} and {@code request} when form updates are
 * allowed. An update that does not parse is refused here too, with the parser's line and column.
 *
 * <p>Runs after {@link BodySizeFilter}: the body it reads is within the limit and stays readable for Fuseki.
 */
final class UpdateReachFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** The base Fuseki parses updates with, so that relative IRIs parse here as they do there. */
  private static final String BASE = "http://server/unset-base/";

  private final UpdateReach reach;

  UpdateReachFilter(UpdateReach reach) {
    this.reach = reach;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equalsIgnoreCase(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    List<byte[]> updates = new ArrayList<>();
    for (String name : List.of("update", "request")) {
      String[] values = request.getParameterValues(name);
      for (String value : values == null ? new String[0] : values) {
        updates.add(value.getBytes(StandardCharsets.UTF_8));
      }
    }
    HttpServletRequest forward = request;
    if (isSparqlUpdate(request.getContentType()) || (request.getContentType() == null && updates.isEmpty())) {
      // Fuseki takes a body without a content type for an update unless the query string carries one.
      byte[] body = request.getInputStream().readAllBytes();
      updates.add(body);
      forward = BufferedRequest.of(request, body);
    }
    for (byte[] update : updates) {
      Optional<Refusal> refusal = check(update);
      if (refusal.isPresent()) {
        refusal.get().send(response);
        return;
      }
    }
    chain.doFilter(forward, response);
  }

  private Optional<Refusal> check(byte[] update) {
    List<Update> operations;
    try {
      operations = UpdateFactory.read(new UsingList(), new ByteArrayInputStream(update), BASE, Syntax.syntaxARQ)
          .getOperations();
    } catch (JenaException e) {
      // QueryParseException with its line and column, mostly; any other failure to read the update is refused too.
      return Optional.of(Refusal.badRequest("refused: the update does not parse: "
          + Printable.of(String.valueOf(e.getMessage()).lines().findFirst().orElse(""), 300)));
    }
    return reach.refusal(operations).map(reason -> Refusal.badRequest("refused: " + reason));
  }

  private static boolean isSparqlUpdate(String contentType) {
    return contentType != null
        && contentType.trim().toLowerCase(Locale.ROOT).startsWith("application/sparql-update");
  }
}
