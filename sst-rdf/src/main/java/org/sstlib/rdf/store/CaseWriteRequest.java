package org.sstlib.rdf.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.update.UpdateRequest;
import org.sstlib.core.Case;
import org.sstlib.rdf.SST;

/**
 * The one SPARQL Update request with which a {@link RemoteStore} replaces cases' graphs, in a form that Fuseki and
 * Virtuoso 7 both take: {@code DROP SILENT GRAPH} for each case; the triples without blank nodes in
 * {@code INSERT DATA}, a few thousand at most to a block; the triples with blank nodes (a case's RDF lists) in
 * {@code INSERT { ... } WHERE { }}, a few hundred at most to a template, one graph to a template.
 *
 * <p>Why so: Virtuoso refuses blank nodes in {@code INSERT DATA}, which SPARQL 1.1 allows, while
 * {@code INSERT { ... } WHERE { }} takes them on every server (an empty pattern has one solution, so each blank node
 * is made once). Virtuoso's parser runs out of stack on some 5,000 triples in one block, and it compiles a template
 * to SQL and refuses one over 10,000 lines. A blank node's label names one node only within one operation, so a
 * template holds whole groups of triples that share blank nodes.
 */
final class CaseWriteRequest {

  /** At most this many quads in one {@code INSERT DATA} graph block. */
  static final int DATA_QUADS = 2_000;
  /** At most this many quads in one {@code INSERT} template, unless one group of blank nodes needs more. */
  static final int TEMPLATE_QUADS = 200;

  private CaseWriteRequest() {}

  /** The request that replaces the graphs of {@code cases}, {@code graphs} being their graphs by name. */
  static UpdateRequest of(Collection<Case> cases, Map<Node, Graph> graphs) {
    UpdateRequest request = new UpdateRequest();
    // Prefixes halve the request and the server's parsing; the writer falls back to <...> where a name cannot
    // be abbreviated.
    request.getPrefixMapping().setNsPrefixes(SST.prefixes());
    int b = 0;
    for (Case c : cases) {
      if (request.getPrefixMapping().getNsURIPrefix(c.base()) == null) {
        request.getPrefixMapping().setNsPrefix("base" + b++, c.base());
      }
    }
    List<Quad> ground = new ArrayList<>();
    List<UpdateModify> templates = new ArrayList<>();
    graphs.forEach((name, graph) -> {
      request.add(new UpdateDrop(name, true));
      graph.find().forEachRemaining(t -> {
        if (!t.getSubject().isBlank() && !t.getObject().isBlank()) {
          ground.add(Quad.create(name, t));
        }
      });
      templates.addAll(templates(blankNodeGroups(name, graph)));
    });
    for (int from = 0; from < ground.size(); from += DATA_QUADS) {
      QuadDataAcc data = new QuadDataAcc();
      ground.subList(from, Math.min(ground.size(), from + DATA_QUADS)).forEach(data::addQuad);
      request.add(new UpdateDataInsert(data));
    }
    templates.forEach(request::add);
    return request;
  }

  /**
   * {@code INSERT { ... } WHERE { }} for the groups of one graph: Virtuoso 7.2 fails on a template that puts blank
   * nodes in two graphs ("Function string_output_string needs a string output").
   */
  private static List<UpdateModify> templates(List<List<Quad>> groups) {
    List<UpdateModify> inserts = new ArrayList<>();
    List<Quad> template = new ArrayList<>();
    for (List<Quad> group : groups) {
      if (!template.isEmpty() && template.size() + group.size() > TEMPLATE_QUADS) {
        inserts.add(insertWhereNothing(template));
        template = new ArrayList<>();
      }
      template.addAll(group);
    }
    if (!template.isEmpty()) {
      inserts.add(insertWhereNothing(template));
    }
    return inserts;
  }

  /** {@code INSERT { quads } WHERE { }}. */
  private static UpdateModify insertWhereNothing(List<Quad> quads) {
    UpdateModify insert = new UpdateModify();
    insert.setHasInsertClause(true);
    insert.setElement(new ElementGroup());
    quads.forEach(insert.getInsertAcc()::addQuad);
    return insert;
  }

  /**
   * The triples of {@code graph} with a blank node, as quads in graph {@code name}, in groups that share no blank
   * node: the connected parts of the graph's blank nodes (for a case graph, one RDF list each).
   */
  static List<List<Quad>> blankNodeGroups(Node name, Graph graph) {
    Map<Node, Node> parent = new HashMap<>();
    List<Triple> withBlanks = new ArrayList<>();
    graph.find().forEachRemaining(t -> {
      if (t.getSubject().isBlank() || t.getObject().isBlank()) {
        withBlanks.add(t);
        if (t.getSubject().isBlank() && t.getObject().isBlank()) {
          Node s = root(parent, t.getSubject());
          Node o = root(parent, t.getObject());
          if (!s.equals(o)) {
            parent.put(s, o);
          }
        }
      }
    });
    Map<Node, List<Quad>> groups = new LinkedHashMap<>();
    for (Triple t : withBlanks) {
      Node blank = t.getSubject().isBlank() ? t.getSubject() : t.getObject();
      groups.computeIfAbsent(root(parent, blank), k -> new ArrayList<>()).add(Quad.create(name, t));
    }
    return new ArrayList<>(groups.values());
  }

  private static Node root(Map<Node, Node> parent, Node node) {
    Node n = node;
    for (Node up = parent.get(n); up != null; up = parent.get(n)) {
      n = up;
    }
    return n;
  }
}
