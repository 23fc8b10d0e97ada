package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.core.internal.DidYouMean;

/**
 * The named queries of {@code sst}, each described once: its name as a researcher types it ({@code chain}), its
 * parameters with their defaults, the parameters it cannot run without, the columns of its raw answer
 * ({@link QueryTable}) and the SPARQL resource it runs. {@link SstQueries} runs them.
 *
 * <pre>{@code
 * NamedQuery chain = NamedQuery.forName("chain");   // NamedQuery.CHAIN
 * chain.parameters();          // {from=, to=, limit=10, maxLength=12, case=}
 * chain.requiredParameters();  // [from, to]
 * chain.columns();             // [case, path, position, id, label, kind, role, cycle, scale, via, evidence]
 * chain.resource();            // org/sstlib/rdf/query/chain.rq
 * QueryTable table = SstQueries.on(store).run(NamedQuery.CHAIN,
 *     Map.of("from", "admission-avoidance-policy", "to", "alf-at-home"));
 * }</pre>
 *
 * <p>Every query takes {@code case}, the id of one case (default: every case in the store), and the first column of
 * every answer is {@code case}. A parameter whose default is empty is required if it is in
 * {@link #requiredParameters()}, and otherwise optional with the meaning "all" ({@code case}, and {@code about} of
 * interpretations, {@code cycle} of forces). The constants come in the order of DESIGN.md.
 *
 * <h2>Parameter values</h2>
 *
 * <p>A value that names an element is either its id, resolved against the base ({@code sst:base}) of each case in
 * scope ({@code icm-meeting} is {@code <base>icm-meeting}), or an absolute IRI in angle brackets
 * ({@code <https://w3id.org/sst/examples/hughes-2022/icm-meeting>}) of scheme {@code http}, {@code https} or
 * {@code urn}, checked with Jena's {@code IRIs.checkEx}. A value that names no element of any case in scope gives a
 * {@link QueryParameterException} ("no element 'x' in case(s) ...", with a suggestion when an id is close); so do a
 * missing required parameter, a case the store does not hold, and a number that is not a positive whole number.
 * An unknown query or parameter name gives an {@link IllegalArgumentException} that lists what is allowed.
 *
 * <h2>Paths are ordered in Java</h2>
 *
 * <p>Property paths give reachability, not paths. The chain query fetches the chain steps reachable from
 * {@code from} ({@code chain.rq}), builds a {@link ChainGraph} of them per case and lists its
 * {@link ChainGraph#paths(String, String, int, int) paths}, so that the answer for a case equals the in-memory chain
 * that {@code sst-core} builds from the same {@link org.sstlib.core.Case}. The feedback query finds the steps that
 * close loops in SPARQL and the shortest loop through each in Java. Loops never make a query run forever.
 */
public enum NamedQuery {

  /**
   * {@code chain}: every simple path from an element to a target, shortest first, never from a later cycle's
   * outcome into an earlier cycle's agency. Parameters {@code from}, {@code to} (required), {@code limit} (10),
   * {@code maxLength} (12), {@code absences} ({@code true}: follow the steps by which an unavailable entry is absent
   * for an agency; {@code false} leaves them out). Columns: case, path (1 for the first path of the case), position
   * (0 for the start), id, label, kind (structure, agency, position-practice, event), role (an absence is
   * "absent in" its cycle), cycle, scale, via (the chain property that leads here: conditions, informs, absentFor,
   * produces or its sub-property reproduces / changes / creates / erodes, enactedIn; empty at the start), evidence
   * (how many pieces). Typed: {@link SstQueries#chain(String, String)}.
   */
  CHAIN("chain",
      defaults("from", "", "to", "", "limit", Integer.toString(ChainGraph.DEFAULT_LIMIT),
          "maxLength", Integer.toString(ChainGraph.DEFAULT_MAX_LENGTH), "absences", "true"),
      ImmutableSet.of("from", "to"),
      caseThen("path", "position", "id", "label", "kind", "role", "cycle", "scale", "via", "evidence")),

  /**
   * {@code quadripartite}: the table of one cycle. Parameter {@code cycle} (required). Columns: case, cycle, role,
   * index, element, label, effect, force, available, change, term, intended, realised, producedBy, reflexivity.
   * Typed:
   * {@link SstQueries#quadripartite(String)}.
   */
  QUADRIPARTITE("quadripartite",
      defaults("cycle", ""),
      ImmutableSet.of("cycle"),
      caseThen("cycle", "role", "index", "element", "label", "effect", "force", "available", "change", "term",
          "intended", "realised", "producedBy", "reflexivity")),

  /**
   * {@code field}: the cycles from macro to micro, and the outcome-to-condition links between them. Columns: case,
   * position (1 for the most macro), cycle, label, scale, time, site, agentInFocus, positionPractice, follows, feeds
   * (the available links to other cycles, as {@code element->cycle}). Typed: {@link SstQueries#field()}.
   */
  FIELD("field",
      defaults(),
      ImmutableSet.of(),
      caseThen("position", "cycle", "label", "scale", "time", "site", "agentInFocus", "positionPractice", "follows",
          "feeds")),

  /**
   * {@code feedback}: structures that condition agency whose outcomes reproduce, change or erode them. Columns:
   * case, structure, label, cycles (along the loop), change, length, loop (as
   * {@code a -conditions-> b -produces-> a}). Typed: {@link SstQueries#feedback()}.
   */
  FEEDBACK("feedback",
      defaults(),
      ImmutableSet.of(),
      caseThen("structure", "label", "cycles", "change", "length", "loop")),

  /**
   * {@code unavailable}: entries (external, material, internal) not available at the moment of action, and the
   * agency their absence constrained. Columns: case, cycle, role, index, element, label, effect, force, constrains
   * (the agencies it was absent for), produced (what those agencies produced). Typed:
   * {@link SstQueries#unavailable()}.
   */
  UNAVAILABLE("unavailable",
      defaults(),
      ImmutableSet.of(),
      caseThen("cycle", "role", "index", "element", "label", "effect", "force", "constrains", "produced")),

  /**
   * {@code interpretations}: internal structures of different agents about the same element. Parameter
   * {@code about} (default: every element that two or more agents interpret). Columns: case, about, aboutLabel,
   * structure, label, kind, holders (ids, space-separated: every agent holding a shared structure), holderLabels
   * (separated by "; "). Typed: {@link SstQueries#interpretations(String)}.
   */
  INTERPRETATIONS("interpretations",
      defaults("about", ""),
      ImmutableSet.of(),
      caseThen("about", "aboutLabel", "structure", "label", "kind", "holders", "holderLabels")),

  /**
   * {@code factors}: case x structure form x effect, with counts. Columns: case, form, effect, count, available.
   * Typed: {@link SstQueries#factors()}.
   */
  FACTORS("factors",
      defaults(),
      ImmutableSet.of(),
      caseThen("form", "effect", "count", "available")),

  /**
   * {@code evidence}: the evidence behind an element, a role entry {@code cycle/element}, or every step of a chain.
   * Parameters {@code element}, or {@code from} and {@code to} with {@code limit} (10) and {@code maxLength} (12):
   * one of the two forms is needed. Columns: case, element, claim (the element, or {@code cycle/element} for a role),
   * evidence, source, kind (participant, fieldnote, document, composite, author or analyst; empty when the item does
   * not say), quote, note, locator, speakerRole, by (who made the item: the analyst it names, or else the case's
   * analysts, ids separated by spaces). Typed: {@link SstQueries#evidence(String)},
   * {@link SstQueries#evidenceForChain(String, String)}.
   */
  EVIDENCE("evidence",
      defaults("element", "", "from", "", "to", "", "limit", Integer.toString(ChainGraph.DEFAULT_LIMIT),
          "maxLength", Integer.toString(ChainGraph.DEFAULT_MAX_LENGTH)),
      ImmutableSet.of(),
      caseThen("element", "claim", "evidence", "source", "kind", "quote", "note", "locator", "speakerRole", "by")),

  /**
   * {@code unrealised}: intended outcomes that did not happen. Columns: case, cycle, index (the entry's place in the
   * outcome role), outcome, label, intendedBy (agent ids), instead (ids of what happened instead), evidence (how many
   * pieces), evidenceIds; lists of ids are sorted and separated by spaces. Typed: {@link SstQueries#unrealised()}.
   */
  UNREALISED("unrealised",
      defaults(),
      ImmutableSet.of(),
      caseThen("cycle", "index", "outcome", "label", "intendedBy", "instead", "evidence", "evidenceIds")),

  /**
   * {@code provenance}: how much of an analysis rests on each kind of evidence, per case and per cycle. A claim is
   * one thing an evidence item supports: an element as such, or a role claim {@code cycle/element}. A cycle's
   * claims are its role claims and the claims about the cycle itself or about an element that plays a role in it
   * (agent-in-focus, agent-in-context, position-practice, external, material, internal, agency, outcome); a claim
   * about an element of several cycles counts for each. Columns: case, cycle (empty for the case's total, where
   * each claim of the case counts once), kind (participant, fieldnote, document, composite, author, analyst; empty
   * for items that do not say), claims (how many claims rest on evidence of that kind), evidence (how many items of
   * that kind they rest on), share (the claims as a percentage of all the claims of that cycle or case, with one
   * decimal). Rows: case by case, the total first, then the cycles in the case's order, kinds in the order above;
   * a cycle with no claim gives no row. Typed: {@link SstQueries#provenance()}.
   */
  PROVENANCE("provenance",
      defaults(),
      ImmutableSet.of(),
      caseThen("cycle", "kind", "claims", "evidence", "share")),

  /**
   * {@code forces}: the irresistible forces of each cycle (Stones 2005: external structures the agent-in-focus
   * could not resist without giving up concerns it held more dearly, or for want of the power, knowledge or
   * critical distance to resist), what resisting would have cost and what was lacking. Parameter {@code cycle}
   * (default: every cycle). Columns: case, cycle, agentInFocus, role (external or material), index (the entry's
   * place in its role), element, label, effect, available, sacrifices (the concerns the agent would have had to give
   * up, in order, separated by "; "), lacking (power, knowledge, critical-distance, separated by spaces), concerns
   * (the concerns of the agency it bears on, most pressing first, each once, separated by "; "), roleEvidence (how
   * many items support the entry's role in the cycle, {@code cycle/element}), elementEvidence (how many support the
   * element as such). Rows: case by case, cycles in the case's order, external before material, each role in its
   * order. Typed: {@link SstQueries#forces()}.
   */
  FORCES("forces",
      defaults("cycle", ""),
      ImmutableSet.of(),
      caseThen("cycle", "agentInFocus", "role", "index", "element", "label", "effect", "available", "sacrifices",
          "lacking", "concerns", "roleEvidence", "elementEvidence")),

  /**
   * {@code network}: the network of position-practices around one (Stones 2005: the web of position-practice
   * relations agents act within), and the structures that bear on each. Parameters {@code around} (required: a
   * position-practice), {@code depth} (2: how many relation hops, followed in either direction; 0 is the
   * position-practice alone). Columns: case, kind ("relation" or "bears"), distance (hops from {@code around}; of a
   * relation, its nearer end), from, fromLabel, fromOccupants (of a relation, the position-practice that has it and
   * its occupants, separated by spaces; of a bears row, the position-practice borne on), type, label, strength,
   * trust (of a relation, read from {@code from} to {@code to}), to, toLabel, toOccupants (the other end of a
   * relation; of a bears row, the structure), codes (of a bears row, the structure's codes, separated by spaces),
   * cycles (of a bears row, the cycles acted from the position-practice that list the structure as external or
   * material, separated by spaces). Rows: relations, then bears rows; each by case, by distance, by
   * position-practice. Typed: {@link SstQueries#network(String, int)}.
   */
  NETWORK("network",
      defaults("around", "", "depth", "2"),
      ImmutableSet.of("around"),
      caseThen("kind", "distance", "from", "fromLabel", "fromOccupants", "type", "label", "strength", "trust", "to",
          "toLabel", "toOccupants", "codes", "cycles"));

  /** The parameter every query takes, and the first column of every answer. */
  static final String CASE = "case";

  /** Where the resources are: beside this class. */
  private static final String RESOURCE_FOLDER = "org/sstlib/rdf/query/";

  private static final ImmutableList<String> NAMES = Arrays.stream(values()).map(NamedQuery::queryName)
      .collect(ImmutableList.toImmutableList());

  private final String queryName;
  private final ImmutableMap<String, String> parameters;
  private final ImmutableSet<String> required;
  private final ImmutableList<String> columns;

  NamedQuery(String queryName, ImmutableMap<String, String> parameters, ImmutableSet<String> required,
      ImmutableList<String> columns) {
    this.queryName = queryName;
    this.parameters = parameters;
    this.required = required;
    this.columns = columns;
  }

  /**
   * The named query of this name.
   *
   * <pre>{@code
   * NamedQuery.forName("feedback");   // NamedQuery.FEEDBACK
   * NamedQuery.forName("chian");      // IllegalArgumentException: no named query 'chian'; did you mean 'chain'?; ...
   * }</pre>
   *
   * @throws IllegalArgumentException if there is none; the message suggests the closest name and lists them all
   */
  public static NamedQuery forName(String name) {
    checkNotNull(name, "name");
    for (NamedQuery query : values()) {
      if (query.queryName.equals(name)) {
        return query;
      }
    }
    throw new IllegalArgumentException("no named query '" + name + "'" + DidYouMean.hint(name, NAMES)
        + "; the named queries are " + String.join(", ", NAMES));
  }

  /**
   * The names of the named queries, in the order of the constants: chain, quadripartite, field, feedback,
   * unavailable, interpretations, factors, evidence, unrealised, provenance, forces, network.
   */
  public static ImmutableList<String> names() {
    return NAMES;
  }

  /** The name a researcher types: {@code chain}, {@code quadripartite}, ... */
  public String queryName() {
    return queryName;
  }

  /**
   * The parameters, in order, each with its default: the text a missing parameter stands for, or the empty string
   * when it has none; {@code case} last.
   */
  public ImmutableMap<String, String> parameters() {
    return parameters;
  }

  /**
   * The parameters the query cannot run without: {@code from} and {@code to} of chain, {@code cycle} of
   * quadripartite, {@code around} of network; none for the others. (Evidence needs {@code element}, or {@code from} and {@code to}.)
   */
  public ImmutableSet<String> requiredParameters() {
    return required;
  }

  /** The columns of the raw answer ({@link QueryTable}), {@code case} first. */
  public ImmutableList<String> columns() {
    return columns;
  }

  /**
   * The columns whose values are numbers (whole numbers, and the {@code share} of provenance with one decimal), for
   * output that has types, such as JSON: chain's path, position and evidence; quadripartite's and unavailable's
   * index; field's position; feedback's length; factors' count and available; unrealised's index and evidence;
   * provenance's claims, evidence and share; forces' index, roleEvidence and elementEvidence; network's distance.
   * In {@link QueryTable} they are written in digits, as every value is text there.
   */
  public ImmutableSet<String> numberColumns() {
    return switch (this) {
      case CHAIN -> ImmutableSet.of("path", "position", "evidence");
      case QUADRIPARTITE, UNAVAILABLE -> ImmutableSet.of("index");
      case FIELD -> ImmutableSet.of("position");
      case FEEDBACK -> ImmutableSet.of("length");
      case FACTORS -> ImmutableSet.of("count", "available");
      case UNREALISED -> ImmutableSet.of("index", "evidence");
      case PROVENANCE -> ImmutableSet.of("claims", "evidence", "share");
      case FORCES -> ImmutableSet.of("index", "roleEvidence", "elementEvidence");
      case NETWORK -> ImmutableSet.of("distance");
      case INTERPRETATIONS, EVIDENCE -> ImmutableSet.of();
    };
  }

  /**
   * The columns whose values are booleans, {@code true} or {@code false} ({@link QueryTable} writes them so):
   * quadripartite's available and realised (empty when the entry does not say), forces' available; none for the
   * others.
   */
  public ImmutableSet<String> booleanColumns() {
    return switch (this) {
      case QUADRIPARTITE -> ImmutableSet.of("available", "realised");
      case FORCES -> ImmutableSet.of("available");
      default -> ImmutableSet.of();
    };
  }

  /**
   * The classpath resource that holds the query's SPARQL, such as {@code org/sstlib/rdf/query/chain.rq}: the query
   * as it runs, with a comment at its top that says what it asks in SST terms and which variables are its
   * parameters.
   */
  public String resource() {
    return RESOURCE_FOLDER + queryName + ".rq";
  }

  /**
   * The SPARQL text of the query, exactly as its resource holds it (read and parsed once, when the queries are
   * first used).
   */
  public String sparql() {
    return QueryTexts.text(queryName);
  }

  /** The name a researcher types, as {@link #queryName()}. */
  @Override
  public String toString() {
    return queryName;
  }

  /** The parameters from names and defaults in turn, then {@code case}. */
  private static ImmutableMap<String, String> defaults(String... namesAndDefaults) {
    ImmutableMap.Builder<String, String> parameters = ImmutableMap.builder();
    for (int i = 0; i < namesAndDefaults.length; i += 2) {
      parameters.put(namesAndDefaults[i], namesAndDefaults[i + 1]);
    }
    return parameters.put(CASE, "").buildOrThrow();
  }

  /** The columns: {@code case}, then these. */
  private static ImmutableList<String> caseThen(String... names) {
    return ImmutableList.<String>builder().add(CASE).add(names).build();
  }
}
