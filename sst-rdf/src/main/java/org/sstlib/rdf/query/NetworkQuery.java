package org.sstlib.rdf.query;

import static org.sstlib.rdf.query.ResultRows.code;
import static org.sstlib.rdf.query.ResultRows.concept;
import static org.sstlib.rdf.query.ResultRows.text;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.sstlib.core.Degree;
import org.sstlib.core.RelationType;
import org.sstlib.core.ShippedCodebooks;
import org.sstlib.rdf.SST;

/**
 * The {@code network} query: the position-practices within some relation hops of one, following relations in either
 * direction, with the relations among them and the structures that bear on each ({@code network.rq} gives the whole
 * case's position-practices, relations and bearing structures; the breadth-first search is done here). Stateless.
 */
final class NetworkQuery {

  /** The most relation hops a run may ask for. */
  static final int MAX_DEPTH = 1000;
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

  private NetworkQuery() {}

  /**
   * The depth given as text: a whole number from 0 to {@link #MAX_DEPTH}.
   *
   * @throws QueryParameterException if it is not one
   */
  static int depth(String value) {
    if (!DIGITS.matcher(value).matches() || Integer.parseInt(value) > MAX_DEPTH) {
      throw new QueryParameterException("depth", value, "parameter 'depth': '" + value + "' is not a whole number "
          + "from 0 to " + MAX_DEPTH + " (the relation hops from 'around'; 0 is the position-practice alone)");
    }
    return Integer.parseInt(value);
  }

  /** One position-practice of a case, as the rows say it. */
  private static final class Place {
    String label = "";
    final TreeSet<String> occupants = new TreeSet<>();
    /** Relations by index. */
    final TreeMap<Integer, Map<String, Node>> relations = new TreeMap<>();
    /** Bearing structures by id: label, codes, cycles. */
    final TreeMap<String, Bearing> bearing = new TreeMap<>();
  }

  private static final class Bearing {
    String label = "";
    final TreeSet<String> codes = new TreeSet<>();
    final TreeSet<String> cycles = new TreeSet<>();
  }

  /**
   * The network around {@code around} within {@code depth} hops in each case in scope that has it.
   *
   * @throws QueryParameterException if {@code around} names no position-practice of the cases in scope
   */
  static Network network(QueryRunner runner, Optional<String> in, String around, int depth) {
    List<Scope> scope = runner.scope(in);
    ElementValues.checkValue("around", around);
    Map<Scope, Node> start = ElementValues.resolve(runner, "around", around, scope, SST.PositionPractice,
        "position-practice");
    List<List<Node>> values = new ArrayList<>();
    start.keySet().forEach(s -> values.add(List.of(s.graph())));
    Map<Scope, Map<String, Place>> cases = new LinkedHashMap<>();
    for (Map<String, Node> row : runner.select("network", List.of(NamedQuery.CASE), values)) {
      Scope s = Scope.of(scope, row);
      Map<String, Place> places = cases.computeIfAbsent(s, k -> new HashMap<>());
      Place p = places.computeIfAbsent(s.id(row.get("pp")), k -> new Place());
      switch (text(row.get("part"))) {
        case "position-practice" -> {
          p.label = text(row.get("ppLabel"));
          if (row.get("occupant") != null) {
            p.occupants.add(s.id(row.get("occupant")));
          }
        }
        case "relation" -> p.relations.put(row.get("index") == null ? p.relations.size()
            : ResultRows.integer(row.get("index")), row);
        default -> {
          Bearing b = p.bearing.computeIfAbsent(s.id(row.get("structure")), k -> new Bearing());
          b.label = text(row.get("structureLabel"));
          b.cycles.add(s.id(row.get("cycle")));
          if (row.get("code") != null) {
            b.codes.add(codeOf(s, row));
          }
        }
      }
    }
    List<NetworkRelation> relations = new ArrayList<>();
    List<BearingStructure> bearing = new ArrayList<>();
    List<Scope> ordered = new ArrayList<>(cases.keySet());
    ordered.sort(Comparator.comparing(Scope::caseId));
    for (Scope s : ordered) {
      Map<String, Place> places = cases.get(s);
      Map<String, Integer> distance = distances(s, places, s.id(start.get(s)), depth);
      List<NetworkRelation> caseRelations = new ArrayList<>();
      for (Map.Entry<String, Place> e : places.entrySet()) {
        String from = e.getKey();
        for (Map<String, Node> r : e.getValue().relations.values()) {
          String to = s.id(r.get("to"));
          if (!distance.containsKey(from) || !distance.containsKey(to)) {
            continue;
          }
          Place target = places.getOrDefault(to, new Place());
          caseRelations.add(new NetworkRelation(s.caseId(), from, e.getValue().label,
              ImmutableList.copyOf(e.getValue().occupants),
              concept(RelationType.class, r.get("type")).orElse(RelationType.OTHER),
              Optional.ofNullable(r.get("label")).map(ResultRows::text), concept(Degree.class, r.get("strength")),
              concept(Degree.class, r.get("trust")), to, target.label, ImmutableList.copyOf(target.occupants),
              Math.min(distance.get(from), distance.get(to))));
        }
      }
      // By distance, by the position-practice that has the relation, then in its order (a stable sort).
      caseRelations.sort(Comparator.comparingInt(NetworkRelation::distance).thenComparing(NetworkRelation::from));
      relations.addAll(caseRelations);
      distance.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
          .filter(d -> places.containsKey(d.getKey()))
          .forEach(d -> places.get(d.getKey()).bearing.forEach((id, b) -> bearing.add(new BearingStructure(
              s.caseId(), d.getKey(), places.get(d.getKey()).label, d.getValue(), id, b.label,
              ImmutableList.copyOf(b.codes), ImmutableList.copyOf(b.cycles)))));
    }
    return new Network(ImmutableList.copyOf(relations), ImmutableList.copyOf(bearing));
  }

  /** The distance of each position-practice within {@code depth} hops of {@code around}, relations either way. */
  private static Map<String, Integer> distances(Scope s, Map<String, Place> places, String around, int depth) {
    Map<String, List<String>> undirected = new HashMap<>();
    places.forEach((from, p) -> p.relations.values().forEach(r -> {
      String to = s.id(r.get("to"));
      undirected.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
      undirected.computeIfAbsent(to, k -> new ArrayList<>()).add(from);
    }));
    Map<String, Integer> distance = new LinkedHashMap<>();
    distance.put(around, 0);
    Deque<String> todo = new ArrayDeque<>();
    todo.add(around);
    while (!todo.isEmpty()) {
      String pp = todo.poll();
      int d = distance.get(pp);
      if (d == depth) {
        continue;
      }
      for (String next : undirected.getOrDefault(pp, List.of())) {
        if (!distance.containsKey(next)) {
          distance.put(next, d + 1);
          todo.add(next);
        }
      }
    }
    return distance;
  }

  /** A code as a researcher writes it: {@code codebook:concept}. */
  private static String codeOf(Scope s, Map<String, Node> row) {
    if (row.get("codebook") != null && row.get("notation") != null) {
      return text(row.get("codebook")) + ":" + text(row.get("notation"));
    }
    Node code = row.get("code");
    if (code.isURI()) {
      for (String id : ShippedCodebooks.ids()) {
        Optional<String> ns = ShippedCodebooks.namespace(id);
        if (ns.isPresent() && code.getURI().startsWith(ns.get())) {
          return id + ":" + code.getURI().substring(ns.get().length());
        }
      }
    }
    return s.id(code);
  }

  /** The raw answer: relation rows, then bears rows. */
  static QueryTable table(Network network) {
    List<List<String>> rows = new ArrayList<>();
    for (NetworkRelation r : network.relations()) {
      rows.add(List.of(r.caseId(), "relation", Integer.toString(r.distance()), r.from(), r.fromLabel(),
          String.join(" ", r.fromOccupants()), r.type().code(), r.label().orElse(""), code(r.strength()),
          code(r.trust()), r.to(), r.toLabel(), String.join(" ", r.toOccupants()), "", ""));
    }
    for (BearingStructure b : network.bearing()) {
      rows.add(List.of(b.caseId(), "bears", Integer.toString(b.distance()), b.positionPractice(),
          b.positionPracticeLabel(), "", "", "", "", "", b.structure(), b.label(), "", String.join(" ", b.codes()),
          String.join(" ", b.cycles())));
    }
    return QueryTable.of(NamedQuery.NETWORK.columns(), rows);
  }
}
