package org.sstlib.rdf.query;

import static org.sstlib.rdf.query.ResultRows.code;
import static org.sstlib.rdf.query.ResultRows.concept;
import static org.sstlib.rdf.query.ResultRows.integer;
import static org.sstlib.rdf.query.ResultRows.text;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.sstlib.core.Effect;
import org.sstlib.core.Lacking;
import org.sstlib.rdf.SST;

/**
 * The {@code forces} query: the irresistible forces of each cycle ({@code forces.rq}), one answer per external or
 * material entry whose force is irresistible, with what resisting it would have cost, what the agent lacked, the
 * concerns of the agency it bears on and how much evidence it rests on; ordered case by case, cycle by cycle in the
 * order of the case, external before material, each role in its order. Stateless.
 */
final class ForcesQuery {

  /** The roles an irresistible force can be an entry of, in the order the answer lists them. */
  private static final List<String> ROLES = List.of("external", "material");

  private ForcesQuery() {}

  /** The rows of one entry, gathered: the query gives one row per fact about it. */
  private static final class Gathered {
    final String caseId;
    final int cycleIndex;
    final String cycle;
    final String agentInFocus;
    final String role;
    final int index;
    final String element;
    final String label;
    final Optional<Effect> effect;
    final boolean available;
    /** Sacrifices by their place in the list, from 1. */
    final TreeMap<Integer, String> sacrifices = new TreeMap<>();
    final EnumSet<Lacking> lacking = EnumSet.noneOf(Lacking.class);
    /** Concerns by agency index, then by place in the agency's list. */
    final TreeMap<List<Integer>, String> concerns = new TreeMap<>(
        Comparator.<List<Integer>>comparingInt(k -> k.get(0)).thenComparingInt(k -> k.get(1)));
    final Set<Node> roleEvidence = new HashSet<>();
    final Set<Node> elementEvidence = new HashSet<>();

    Gathered(Scope s, Map<String, Node> row) {
      this.caseId = s.caseId();
      this.cycleIndex = integer(row.get("cycleIndex"));
      this.cycle = s.id(row.get("cycle"));
      this.agentInFocus = s.id(row.get("agentInFocus"));
      this.role = text(row.get("role"));
      this.index = integer(row.get("index"));
      this.element = s.id(row.get("element"));
      this.label = text(row.get("label"));
      this.effect = concept(Effect.class, row.get("effect"));
      // The writer always says; a graph that does not is read as the model reads a missing flag: available.
      this.available = row.get("available") == null || ResultRows.bool(row.get("available"));
    }

    ForceRow answer() {
      return new ForceRow(caseId, cycle, agentInFocus, role, index, element, label, effect, available,
          ImmutableList.copyOf(sacrifices.values()), ImmutableList.copyOf(lacking),
          ImmutableList.copyOf(new LinkedHashSet<>(concerns.values())), roleEvidence.size(),
          elementEvidence.size());
    }
  }

  /**
   * The irresistible forces of the cases in scope, of one cycle if {@code cycle} is given.
   *
   * @throws QueryParameterException if {@code cycle} names no cycle of the cases in scope
   */
  static ImmutableList<ForceRow> forces(QueryRunner runner, Optional<String> in, Optional<String> cycle) {
    List<Scope> scope = runner.scope(in);
    List<Map<String, Node>> rows;
    if (cycle.isPresent()) {
      ElementValues.checkValue("cycle", cycle.get());
      Map<Scope, Node> cycles = ElementValues.resolve(runner, "cycle", cycle.get(), scope, SST.Cycle, "cycle");
      List<List<Node>> values = new ArrayList<>();
      cycles.forEach((s, node) -> values.add(List.of(s.graph(), node)));
      rows = runner.select("forces", List.of(NamedQuery.CASE, "cycle"), values);
    } else {
      rows = runner.selectInCases("forces", scope);
    }
    Map<List<String>, Gathered> entries = new LinkedHashMap<>();
    for (Map<String, Node> row : rows) {
      Scope s = Scope.of(scope, row);
      Gathered g = entries.computeIfAbsent(List.of(s.caseId(), s.id(row.get("cycle")), text(row.get("role")),
          text(row.get("index"))), k -> new Gathered(s, row));
      if (row.get("sacrifice") != null) {
        g.sacrifices.put(integer(row.get("sacrificeIndex")), text(row.get("sacrifice")));
      }
      lacking(row.get("lacking")).ifPresent(g.lacking::add);
      if (row.get("concern") != null) {
        g.concerns.put(List.of(integer(row.get("agencyIndex")), integer(row.get("concernIndex"))),
            text(row.get("concern")));
      }
      if (row.get("roleEvidence") != null) {
        g.roleEvidence.add(row.get("roleEvidence"));
      }
      if (row.get("elementEvidence") != null) {
        g.elementEvidence.add(row.get("elementEvidence"));
      }
    }
    return entries.values().stream()
        .sorted(Comparator.comparing((Gathered g) -> g.caseId).thenComparingInt(g -> g.cycleIndex)
            .thenComparing(g -> g.cycle).thenComparingInt(g -> ROLES.indexOf(g.role))
            .thenComparingInt(g -> g.index))
        .map(Gathered::answer)
        .collect(ImmutableList.toImmutableList());
  }

  /** What a {@code sst:lacking} concept stands for: {@code sst:lacking-power} is {@link Lacking#POWER}. */
  static Optional<Lacking> lacking(Node node) {
    if (node == null || !node.isURI()) {
      return Optional.empty();
    }
    String prefix = SST.NS + "lacking-";
    String uri = node.getURI();
    return uri.startsWith(prefix) ? Lacking.fromCode(uri.substring(prefix.length())) : Optional.empty();
  }

  static QueryTable table(List<ForceRow> forces) {
    List<List<String>> rows = new ArrayList<>();
    for (ForceRow f : forces) {
      rows.add(List.of(f.caseId(), f.cycle(), f.agentInFocus(), f.role(), Integer.toString(f.index()), f.element(),
          f.label(), code(f.effect()), Boolean.toString(f.available()), String.join("; ", f.sacrifices()),
          f.lacking().stream().map(Lacking::code).collect(Collectors.joining(" ")),
          String.join("; ", f.concerns()), Integer.toString(f.roleEvidence()),
          Integer.toString(f.elementEvidence())));
    }
    return QueryTable.of(NamedQuery.FORCES.columns(), rows);
  }
}
