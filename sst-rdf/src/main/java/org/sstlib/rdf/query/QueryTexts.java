package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.sstlib.core.internal.DidYouMean;

/**
 * The SPARQL of every query, named and helper: each resource read and parsed (as SPARQL 1.1) once, when this class
 * loads, so that a shipped query that does not parse fails at once rather than when a researcher first asks, and
 * no query is parsed again to run it. The parsed queries are templates: {@link QueryBinding} copies one before it
 * adds values, and nothing ever changes a template, so they may be shared by every thread.
 */
final class QueryTexts {

  /** Queries the named queries use on the way, also readable through {@link SstQueries#sparql(String)}. */
  static final ImmutableList<String> HELPERS = ImmutableList.of("case-bases", "resolve", "identifiers",
      "chain-steps", "chain-nodes", "roles", "field-links", "continues", "cycle-times");

  /** A resource as read, and parsed. */
  private record Loaded(String text, Query template) {}

  private static final ImmutableMap<String, Loaded> LOADED = load();

  private QueryTexts() {}

  /**
   * The text of a query, exactly as its resource holds it.
   *
   * @throws IllegalArgumentException if there is no query of this name; the message lists the names
   */
  static String text(String name) {
    return loaded(name).text();
  }

  /**
   * The parsed query, a template shared by every caller: it must not be changed (copy it first, as
   * {@link QueryBinding#bind} does).
   *
   * @throws IllegalArgumentException if there is no query of this name
   */
  static Query template(String name) {
    return loaded(name).template();
  }

  private static Loaded loaded(String name) {
    checkNotNull(name, "name");
    Loaded loaded = LOADED.get(name);
    if (loaded == null) {
      throw new IllegalArgumentException("no query '" + name + "'" + DidYouMean.hint(name, LOADED.keySet())
          + "; the named queries are " + String.join(", ", NamedQuery.names()) + " and the helper queries "
          + String.join(", ", HELPERS));
    }
    return loaded;
  }

  private static ImmutableMap<String, Loaded> load() {
    ImmutableMap.Builder<String, Loaded> loaded = ImmutableMap.builder();
    for (NamedQuery query : NamedQuery.values()) {
      loaded.put(query.queryName(), read(query.resource()));
    }
    for (String helper : HELPERS) {
      loaded.put(helper, read("org/sstlib/rdf/query/" + helper + ".rq"));
    }
    return loaded.buildOrThrow();
  }

  private static Loaded read(String resource) {
    URL url = QueryTexts.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw new IllegalStateException("the query resource " + resource + " is missing");
    }
    String text;
    try {
      text = Resources.toString(url, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the query resource " + url, e);
    }
    Query template = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
    // Settle what Jena works out lazily, here in the class initialiser, so that sharing the template is reading only.
    template.getResultVars();
    return new Loaded(text, template);
  }
}
