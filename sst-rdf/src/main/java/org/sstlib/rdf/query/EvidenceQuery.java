package org.sstlib.rdf.query;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.sstlib.core.chain.ChainPath;
import org.sstlib.core.internal.Ids;
import org.sstlib.rdf.SST;
import org.sstlib.rdf.query.EvidenceRows.EvidenceRow;

/**
 * The {@code evidence} query: the evidence behind an element, behind one role entry {@code cycle/element}, or
 * behind every step of a chain (the paths of {@link ChainQuery}), from {@code evidence.rq}. Stateless.
 */
final class EvidenceQuery {

  private EvidenceQuery() {}

  /**
   * The raw form's run: {@code element}, or {@code from} and {@code to} with {@code limit} and {@code maxLength}.
   *
   * @throws QueryParameterException if neither form, or both, are given, or a value cannot be used
   */
  static ImmutableList<EvidenceItem> evidence(QueryRunner runner, Optional<String> in, RunParameters args) {
    Optional<String> element = args.optional("element");
    Optional<String> from = args.optional("from");
    Optional<String> to = args.optional("to");
    // Checked whichever form is asked, so that a bad value is never silently ignored.
    int limit = args.positive("limit", SstQueries.MAX_LIMIT);
    int maxLength = args.positive("maxLength", SstQueries.MAX_MAX_LENGTH);
    if (element.isPresent()) {
      if (from.isPresent() || to.isPresent()) {
        String extra = from.isPresent() ? "from" : "to";
        throw new QueryParameterException(extra, args.optional(extra).orElseThrow(), "query 'evidence' takes "
            + "either 'element', or 'from' and 'to', not both");
      }
      return forElement(runner, in, element.get());
    }
    if (from.isEmpty() && to.isEmpty()) {
      throw new QueryParameterException("element", "", "query 'evidence' needs the parameter 'element' (an "
          + "element or a role entry cycle/element), or 'from' and 'to' (a chain)");
    }
    return forChain(runner, in, args.required("from"), args.required("to"), limit, maxLength);
  }

  /**
   * The evidence behind an element (an id or an IRI), or behind one role entry {@code cycle/element}.
   *
   * @throws QueryParameterException if the value names nothing in the cases in scope
   */
  static ImmutableList<EvidenceItem> forElement(QueryRunner runner, Optional<String> in, String element) {
    int slash = element.indexOf('/');
    boolean roleEntry = slash > 0 && !element.startsWith("<");
    String cyclePart = roleEntry ? element.substring(0, slash) : "";
    String elementPart = roleEntry ? element.substring(slash + 1) : element;
    if (roleEntry && (!Ids.isId(cyclePart) || !Ids.isId(elementPart))) {
      throw new QueryParameterException("element", element, "parameter 'element': '" + element + "' is not a "
          + "role entry: write cycle/element, with the ids of a cycle and of an element");
    }
    if (!roleEntry) {
      ElementValues.checkValue("element", element);
    }
    List<Scope> scope = runner.scope(in);
    Map<Scope, Node> elements;
    Map<Scope, Node> claimCycles = new HashMap<>();
    if (roleEntry) {
      Map<Scope, Node> found;
      try {
        claimCycles = ElementValues.resolve(runner, "element", cyclePart, scope, SST.Cycle, "cycle");
        found = ElementValues.resolve(runner, "element", elementPart, scope, null, null);
      } catch (QueryParameterException e) {
        // Report the value as the user gave it (cycle/element), not the part that named nothing.
        throw new QueryParameterException("element", element, e.getMessage());
      }
      Set<Scope> inBoth = claimCycles.keySet();
      elements = new LinkedHashMap<>();
      found.forEach((s, node) -> {
        if (inBoth.contains(s)) {
          elements.put(s, node);
        }
      });
      if (elements.isEmpty()) {
        throw new QueryParameterException("element", element, "parameter 'element': no case in scope ("
            + Scope.names(scope) + ") has both the cycle '" + cyclePart + "' and the element '" + elementPart
            + "'");
      }
    } else {
      elements = ElementValues.resolve(runner, "element", element, scope, null, null);
    }
    List<List<Node>> values = new ArrayList<>();
    elements.forEach((s, node) -> values.add(List.of(s.graph(), node)));
    Map<String, Map<String, List<EvidenceRow>>> rows = EvidenceRows.read(runner, scope, values);
    ImmutableList.Builder<EvidenceItem> items = ImmutableList.builder();
    for (Scope s : elements.keySet()) {
      String id = s.id(elements.get(s));
      Optional<String> onlyCycle = Optional.ofNullable(claimCycles.get(s)).map(s::id);
      for (EvidenceRow row : rows.getOrDefault(s.caseId(), Map.of()).getOrDefault(id, List.of())) {
        if (onlyCycle.isEmpty() || row.claimCycle().equals(onlyCycle)) {
          items.add(row.item(s.caseId()));
        }
      }
    }
    return items.build();
  }

  /**
   * The evidence behind every step of the paths {@link ChainQuery#routes} gives: for each element on them, in the
   * order in which they come, the evidence that supports it or its role in the cycle of a step that reaches or
   * leaves it; each row once.
   *
   * @throws QueryParameterException if {@code from} or {@code to} names no element of the cases in scope
   */
  static ImmutableList<EvidenceItem> forChain(QueryRunner runner, Optional<String> in, String from, String to,
      int limit, int maxLength) {
    ChainQuery.Routes routes = ChainQuery.routes(runner, in, from, to, limit, maxLength, true);
    Set<EvidenceItem> items = new LinkedHashSet<>();
    for (ChainRoute route : routes.routes()) {
      ChainPath path = route.path();
      for (int i = 0; i < path.nodes().size(); i++) {
        Set<String> cycles = new HashSet<>();
        if (i > 0) {
          cycles.add(path.steps().get(i - 1).cycle());
        }
        if (i < path.steps().size()) {
          cycles.add(path.steps().get(i).cycle());
        }
        for (EvidenceRow row : EvidenceRows.about(routes.evidence(), route.caseId(), path.nodes().get(i), cycles)) {
          items.add(row.item(route.caseId()));
        }
      }
    }
    return ImmutableList.copyOf(items);
  }

  static QueryTable table(List<EvidenceItem> items) {
    List<List<String>> rows = new ArrayList<>();
    for (EvidenceItem e : items) {
      rows.add(List.of(e.caseId(), e.element(), e.claim(), e.evidence(), e.source(), ResultRows.code(e.kind()),
          e.quote().orElse(""), e.note().orElse(""), e.locator().orElse(""), e.speakerRole().orElse(""),
          String.join(" ", e.by())));
    }
    return QueryTable.of(NamedQuery.EVIDENCE.columns(), rows);
  }
}
