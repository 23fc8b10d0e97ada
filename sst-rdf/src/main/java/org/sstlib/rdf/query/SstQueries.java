package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.rdf.store.SstStore;
import org.sstlib.rdf.store.StoreException;

/**
 * The named queries of {@code sst}: the questions a researcher asks of the cases in a {@link SstStore}, each as
 * SPARQL in a resource file ({@code org/sstlib/rdf/query/<name>.rq}), with a typed Java answer and a raw form
 * ({@link QueryTable}) for printing. {@link NamedQuery} describes each query (its parameters, their defaults, its
 * columns and its typed method here); this class runs them.
 *
 * <p>Every query also takes {@code case}: the id of one case (default: every case in the store). Every answer,
 * typed or raw, says which case each row comes from, and each case is answered on its own named graph
 * {@code urn:sst:graph:<id>}, so the answers do not depend on how a server sets up its default graph.
 *
 * <pre>{@code
 * try (SstStore store = SstStore.memory()) {
 *   store.put(CaseFiles.read(Path.of("examples/cases/hughes-2022.yaml")));
 *   SstQueries queries = SstQueries.on(store);
 *
 *   // typed: the first path from national policy to Alf's position-practice
 *   ChainRoute first = queries.chain("admission-avoidance-policy", "alf-at-home").get(0);
 *   for (RouteStep step : first.steps()) {
 *     System.out.println(step.id() + "  " + step.role() + "  " + step.scale().map(Scale::code).orElse(""));
 *   }   // admission-avoidance-policy  external in partnership-strategy  macro ...
 *
 *   // one case of several, and the raw form, as the command line prints it
 *   QueryTable table = queries.inCase("hughes-2022").run(NamedQuery.UNAVAILABLE, Map.of());
 *   QueryTable same = queries.run("unavailable", Map.of("case", "hughes-2022"));
 *
 *   // the SPARQL, to read or adapt
 *   System.out.println(SstQueries.sparql("feedback"));
 * }
 * }</pre>
 *
 * <p>A value that names an element is its id or an IRI in angle brackets; {@link NamedQuery} says how values are
 * read and refused ({@link QueryParameterException}), and how the chain and the feedback loops are worked out.
 *
 * <h2>How values reach SPARQL</h2>
 *
 * <p>Values are never spliced into query text. Each {@code .rq} file is parsed once, when the queries are first
 * used; a run copies the parsed query and adds a {@code VALUES} block, built from RDF terms ({@link Node}s: the case
 * graphs and the resolved, checked IRIs), at the start of its pattern, and hands the bound {@link Query} object to
 * the store ({@link SstStore#select(Query, java.util.function.Function)}), which runs it as it is (a remote store
 * sends what Jena writes of it). Only IRIs are bound, and each was checked with {@code IRIs.checkEx} first, so no
 * value can change the shape of a query.
 *
 * <p>Immutable and thread-safe: an instance holds only its store and its case; each call runs its own queries
 * (each in its own read transaction). Calls throw {@link StoreException} if the store cannot answer.
 */
public final class SstQueries {

  /** The most paths a chain query may ask for, so that a typo cannot ask for billions. */
  public static final int MAX_LIMIT = 10_000;
  /** The most steps a path of a chain query may have. */
  public static final int MAX_MAX_LENGTH = 1_000;

  private final Optional<String> caseId;
  private final SstStore store;
  private final Optional<Duration> timeout;

  private SstQueries(SstStore store, Optional<String> caseId, Optional<Duration> timeout) {
    this.store = store;
    this.caseId = caseId;
    this.timeout = timeout;
  }

  /** What runs the SPARQL of one call; a timeout starts when it is made. */
  private QueryRunner runner() {
    return new QueryRunner(store, timeout);
  }

  /**
   * The named queries over every case of a store. Nothing is asked of the store until a query runs.
   *
   * <pre>{@code
   * SstQueries queries = SstQueries.on(store);
   * }</pre>
   */
  public static SstQueries on(SstStore store) {
    return new SstQueries(checkNotNull(store, "store"), Optional.empty(), Optional.empty());
  }

  /**
   * The same queries restricted to one case of the store, as if every call passed {@code case}. Whether the store
   * holds that case is checked when a query runs ({@link QueryParameterException} if not).
   *
   * <pre>{@code
   * SstQueries hughes = SstQueries.on(store).inCase("hughes-2022");
   * hughes.unavailable();   // only rows of hughes-2022
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code caseId} is empty
   */
  public SstQueries inCase(String caseId) {
    checkNotNull(caseId, "caseId");
    checkArgument(!caseId.isEmpty(), "caseId is empty");
    return new SstQueries(store, Optional.of(caseId), timeout);
  }

  /**
   * The same queries, each call stopped if it runs longer than {@code timeout}. A named query runs several SPARQL
   * queries on the store; the timeout is for all of them together, from the start of the call. On a remote store
   * the server is told to stop too (see {@link SstStore#select(Query, Duration, java.util.function.Function)}).
   *
   * <pre>{@code
   * try {
   *   QueryTable table = SstQueries.on(store).withTimeout(Duration.ofSeconds(60)).run("feedback", Map.of());
   * } catch (StoreException e) {
   *   if (e.getCause() instanceof QueryCancelledException) { ... }   // it ran longer than 60 s and was stopped
   * }
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code timeout} is zero or negative
   */
  public SstQueries withTimeout(Duration timeout) {
    checkNotNull(timeout, "timeout");
    checkArgument(!timeout.isNegative() && !timeout.isZero(), "the timeout must be positive, not %s", timeout);
    return new SstQueries(store, caseId, Optional.of(timeout));
  }

  /** The timeout of each call, if there is one ({@link #withTimeout}). */
  public Optional<Duration> timeout() {
    return timeout;
  }

  /** The case these queries are restricted to, or empty for every case of the store. */
  public Optional<String> caseId() {
    return caseId;
  }

  // ------------------------------------------------------------------------------------------------ catalogue

  /**
   * The names of the named queries: chain, quadripartite, field, feedback, unavailable, interpretations, factors,
   * evidence, unrealised, provenance, forces, network ({@link NamedQuery#names()}).
   */
  public static ImmutableList<String> names() {
    return NamedQuery.names();
  }

  /**
   * The SPARQL text of a query, exactly as its resource file holds it, with the comment at its top that says what
   * it asks in SST terms and which variables are its parameters. Besides the named queries
   * ({@link NamedQuery#sparql()}), the helper queries that they run on the way can be read here too:
   * {@code case-bases}, {@code resolve}, {@code identifiers}, {@code chain-steps}, {@code chain-nodes},
   * {@code roles}, {@code field-links}.
   *
   * <pre>{@code
   * System.out.println(SstQueries.sparql("unavailable"));
   * }</pre>
   *
   * @throws IllegalArgumentException if there is no query of this name; the message lists the names
   */
  public static String sparql(String name) {
    return QueryTexts.text(name);
  }

  /**
   * The parameters of a named query, in order, each with its default ({@link NamedQuery#parameters()}).
   *
   * <pre>{@code
   * SstQueries.parameters("chain");   // {from=, to=, limit=10, maxLength=12, case=}
   * }</pre>
   *
   * @throws IllegalArgumentException if there is no named query of this name
   */
  public static ImmutableMap<String, String> parameters(String name) {
    return NamedQuery.forName(name).parameters();
  }

  /**
   * The parameters a named query cannot run without ({@link NamedQuery#requiredParameters()}).
   *
   * @throws IllegalArgumentException if there is no named query of this name
   */
  public static ImmutableSet<String> requiredParameters(String name) {
    return NamedQuery.forName(name).requiredParameters();
  }

  /**
   * The columns of the raw form ({@link QueryTable}) of a named query, {@code case} first
   * ({@link NamedQuery#columns()}; each constant of {@link NamedQuery} says what its columns hold).
   *
   * @throws IllegalArgumentException if there is no named query of this name
   */
  public static ImmutableList<String> columns(String name) {
    return NamedQuery.forName(name).columns();
  }

  // ------------------------------------------------------------------------------------------------ raw form

  /**
   * Runs a named query with parameters given as text (as on the command line) and returns its raw form; as
   * {@link #run(NamedQuery, Map)} with {@link NamedQuery#forName(String)}.
   *
   * <pre>{@code
   * QueryTable table = queries.run("chain",
   *     Map.of("from", "admission-avoidance-policy", "to", "alf-at-home", "limit", "3"));
   * table.columns();   // [case, path, position, id, label, kind, role, cycle, scale, via, evidence]
   * }</pre>
   *
   * @throws IllegalArgumentException if there is no named query of this name, or it has no parameter of one of the
   *     names given; the message lists what is allowed
   * @throws QueryParameterException if a required parameter is missing or a value cannot be used
   * @throws StoreException if the store cannot answer
   */
  public QueryTable run(String name, Map<String, String> params) {
    return run(NamedQuery.forName(name), params);
  }

  /**
   * Runs a named query with parameters given as text and returns its raw form, whose columns are
   * {@link NamedQuery#columns()}. A parameter that is absent or empty takes its default
   * ({@link NamedQuery#parameters()}).
   *
   * <pre>{@code
   * QueryTable unavailable = queries.run(NamedQuery.UNAVAILABLE, Map.of("case", "hughes-2022"));
   * }</pre>
   *
   * @throws IllegalArgumentException if the query has no parameter of one of the names given; the message lists
   *     its parameters
   * @throws QueryParameterException if a required parameter is missing or a value cannot be used
   * @throws StoreException if the store cannot answer
   */
  public QueryTable run(NamedQuery query, Map<String, String> params) {
    RunParameters args = RunParameters.of(query, params);
    Optional<String> in = args.caseIn(caseId);
    return switch (query) {
      case CHAIN -> ChainQuery.table(ChainQuery.routes(runner(), in, args.required("from"), args.required("to"),
          args.positive("limit", MAX_LIMIT), args.positive("maxLength", MAX_MAX_LENGTH), args.flag("absences"))
          .routes());
      case QUADRIPARTITE -> QuadripartiteQuery.table(QuadripartiteQuery.entries(runner(), in, args.required("cycle")));
      case FIELD -> FieldQuery.table(FieldQuery.field(runner(), in));
      case FEEDBACK -> FeedbackQuery.table(FeedbackQuery.loops(runner(), in));
      case UNAVAILABLE -> UnavailableQuery.table(UnavailableQuery.entries(runner(), in));
      case INTERPRETATIONS -> InterpretationsQuery.table(
          InterpretationsQuery.interpretations(runner(), in, args.optional("about")));
      case FACTORS -> FactorsQuery.table(FactorsQuery.factors(runner(), in));
      case EVIDENCE -> EvidenceQuery.table(EvidenceQuery.evidence(runner(), in, args));
      case UNREALISED -> UnrealisedQuery.table(UnrealisedQuery.outcomes(runner(), in));
      case PROVENANCE -> ProvenanceQuery.table(ProvenanceQuery.rows(runner(), in));
      case FORCES -> ForcesQuery.table(ForcesQuery.forces(runner(), in, args.optional("cycle")));
      case NETWORK -> NetworkQuery.table(NetworkQuery.network(runner(), in, args.required("around"),
          NetworkQuery.depth(args.optional("depth").orElse(NamedQuery.NETWORK.parameters().get("depth")))));
    };
  }

  // ------------------------------------------------------------------------------------------------ typed form

  /**
   * The first 10 simple paths of at most 12 steps from an element to a target, in each case in scope; see
   * {@link #chain(String, String, int, int)}.
   *
   * <pre>{@code
   * queries.chain("admission-avoidance-policy", "alf-at-home").get(0).ids();
   * // [admission-avoidance-policy, agree-strategy, ic-strategy, enter-icm-benefit, ..., alf-at-home]
   * }</pre>
   *
   * @throws QueryParameterException if {@code from} or {@code to} names no element of the cases in scope
   */
  public ImmutableList<ChainRoute> chain(String from, String to) {
    return chain(from, to, ChainGraph.DEFAULT_LIMIT, ChainGraph.DEFAULT_MAX_LENGTH);
  }

  /**
   * The simple paths (no element twice) along the chain of structuration from {@code from} to {@code to}, of at
   * least one and at most {@code maxLength} steps, shortest first and then by the ids along them, at most
   * {@code limit} of them per case: for each case in scope, exactly what {@link ChainGraph#paths(String, String,
   * int, int)} gives for that case. Cases come in the order of their ids. A case that lacks either element, or
   * where the target cannot be reached, gives no path.
   *
   * @param from the start: an id or an IRI in angle brackets
   * @param to the target (a position-practice, an event, a structure or an agency): an id or an IRI in angle
   *     brackets
   * @throws IllegalArgumentException if {@code limit} is not from 1 to {@value #MAX_LIMIT} or {@code maxLength} not
   *     from 1 to {@value #MAX_MAX_LENGTH}
   * @throws QueryParameterException if {@code from} or {@code to} names no element of the cases in scope, or only
   *     elements that are never on a chain, such as an agent ({@link QueryParameterException#wrongKind()})
   */
  public ImmutableList<ChainRoute> chain(String from, String to, int limit, int maxLength) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    ChainQuery.checkLimits(limit, maxLength);
    return ChainQuery.routes(runner(), caseId, from, to, limit, maxLength, true).routes();
  }

  /**
   * The paths of {@link #chain(String, String, int, int)} with how many there are in each case (counted up to
   * {@link ChainPaths#COUNTED_UP_TO}), so that a caller showing the first ten can say how many it leaves out.
   *
   * <pre>{@code
   * ChainPaths answer = queries.chainPaths("admission-avoidance-policy", "alf-at-home", 10, 12);
   * if (!answer.complete()) {
   *   System.err.println(answer.shown() + " of " + answer.found() + " paths shown");
   * }
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code limit} or {@code maxLength} is out of range
   * @throws QueryParameterException if {@code from} or {@code to} names no element of the cases in scope, or only
   *     elements that are never on a chain, such as an agent ({@link QueryParameterException#wrongKind()})
   */
  public ChainPaths chainPaths(String from, String to, int limit, int maxLength) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    ChainQuery.checkLimits(limit, maxLength);
    ChainQuery.Routes routes = ChainQuery.routes(runner(), caseId, from, to, limit, maxLength, true,
        ChainPaths.COUNTED_UP_TO);
    return new ChainPaths(routes.routes(), routes.found());
  }

  /**
   * The chain query with parameters given as text, as {@link #run(NamedQuery, Map)} takes them for
   * {@link NamedQuery#CHAIN}, with how many paths there are ({@link #chainPaths(String, String, int, int)}).
   *
   * <pre>{@code
   * ChainPaths answer = queries.chainPaths(Map.of("from", "admission-avoidance-policy", "to", "alf-at-home"));
   * QueryTable table = answer.table();
   * }</pre>
   *
   * @throws IllegalArgumentException if the chain query has no parameter of one of the names given
   * @throws QueryParameterException if a required parameter is missing or a value cannot be used
   */
  public ChainPaths chainPaths(Map<String, String> params) {
    RunParameters args = RunParameters.of(NamedQuery.CHAIN, params);
    ChainQuery.Routes routes = ChainQuery.routes(runner(), args.caseIn(caseId), args.required("from"),
        args.required("to"), args.positive("limit", MAX_LIMIT), args.positive("maxLength", MAX_MAX_LENGTH),
        args.flag("absences"), ChainPaths.COUNTED_UP_TO);
    return new ChainPaths(routes.routes(), routes.found());
  }

  /**
   * The quadripartite table of a cycle, in each case in scope that has it: the agent-in-focus, the
   * agents-in-context and the position-practice, then the external, material and internal entries, the agency
   * and the outcomes, each role in its order, with the qualifiers each role carries.
   *
   * <pre>{@code
   * queries.quadripartite("fall-morning").stream()
   *     .filter(e -> e.role().equals("material"))
   *     .map(QuadripartiteEntry::element)
   *     .toList();   // [wall-phone, glasses, head-injury, alf-dizziness, alf-breathlessness]
   * }</pre>
   *
   * @param cycle the cycle: an id or an IRI in angle brackets
   * @throws QueryParameterException if {@code cycle} names no cycle of the cases in scope
   */
  public ImmutableList<QuadripartiteEntry> quadripartite(String cycle) {
    checkNotNull(cycle, "cycle");
    return QuadripartiteQuery.entries(runner(), caseId, cycle);
  }

  /**
   * The cycles of each case in scope ordered from macro to micro, then by {@code follows} and time, with the links
   * between them: an outcome of one cycle that is an external, material or internal entry of another.
   *
   * <pre>{@code
   * Field field = queries.field();
   * field.cycles().stream().map(FieldCycle::cycle).toList();
   * // [partnership-strategy, bcf-planning, icm-meeting, alf-daily-life, fall-morning, ambulance-response]
   * field.linksFrom("hughes-2022", "bcf-planning");
   * // icm-cost-saving -> icm-meeting, icm-model -> icm-meeting, pooled-budget -> icm-meeting, ...
   * }</pre>
   *
   */
  public Field field() {
    return FieldQuery.field(runner(), caseId);
  }

  /**
   * The feedback loops of each case in scope. For every step by which an agency reproduces, changes or erodes a
   * structure that leads, along the chain, to that agency, the shortest loop from the structure back to itself
   * through that step; loops of the same structure that pass through the same cycles with the same change are
   * given once (the shortest, then the first by ids). Rows come case by case, by structure id, then shortest
   * first.
   *
   * <pre>{@code
   * queries.feedback().stream().filter(l -> l.structure().equals("caseload")).findFirst();
   * // caseload, cycles [icm-meeting], REPRODUCED: caseload -conditions-> case-manage -produces-> caseload
   * }</pre>
   *
   */
  public ImmutableList<FeedbackLoop> feedback() {
    return FeedbackQuery.loops(runner(), caseId);
  }

  /**
   * The entries marked unavailable at the moment of action, case by case, cycle by cycle in the order of the
   * case, external before material, each role in its order.
   *
   * <pre>{@code
   * queries.unavailable().stream().map(UnavailableEntry::element).toList();
   * // [family-help, matron-monthly-call, alf-on-caseload, icm-model, glasses]
   * }</pre>
   *
   */
  public ImmutableList<UnavailableEntry> unavailable() {
    return UnavailableQuery.entries(runner(), caseId);
  }

  /**
   * The intended outcomes that did not happen, case by case, cycle by cycle in the order of the case, each outcome
   * role in its order: who intended each, what happened instead, and the evidence for it (for the outcome as such,
   * or for its role in that cycle).
   *
   * <pre>{@code
   * queries.unrealised().stream().map(UnrealisedOutcome::instead).toList();
   * // [[supply-cover]]: supply cover happened instead of every class having a qualified teacher
   * }</pre>
   *
   * @throws StoreException if the store cannot answer
   */
  public ImmutableList<UnrealisedOutcome> unrealised() {
    return UnrealisedQuery.outcomes(runner(), caseId);
  }

  /**
   * The interpretations of each case in scope: for every element that internal structures of two or more
   * different agents are about, those structures, a structure shared by several agents once with all its holders;
   * case by case, by element id, holder ids, structure id. Different
   * readings side by side do not by themselves show a contest: whether they conflict is for the data to say.
   *
   */
  public ImmutableList<Interpretation> interpretations() {
    return InterpretationsQuery.interpretations(runner(), caseId, Optional.empty());
  }

  /**
   * How agents understand one element: every internal structure about it, whoever holds it (one holder or many),
   * by holder id and structure id.
   *
   * <pre>{@code
   * queries.interpretations("icm-model").stream().flatMap(i -> i.holders().stream()).distinct().toList();
   * // [alf, bcf-officials, icm-team]
   * }</pre>
   *
   * @param about the element: an id or an IRI in angle brackets
   * @throws QueryParameterException if {@code about} names no element of the cases in scope
   */
  public ImmutableList<Interpretation> interpretations(String about) {
    checkNotNull(about, "about");
    return InterpretationsQuery.interpretations(runner(), caseId, Optional.of(about));
  }

  /**
   * The matrix case x structure form x effect over the external and material entries of every cycle, with
   * counts; case by case, forms and effects in the order of their code lists (no effect last). Events and
   * position-practices are not counted; an agent-in-context's internal structure is counted with no form (last).
   *
   * <pre>{@code
   * queries.factors();   // hughes-2022 policy enables 3 3, hughes-2022 policy both 1 1, ...
   * }</pre>
   *
   */
  public ImmutableList<FactorCount> factors() {
    return FactorsQuery.factors(runner(), caseId);
  }

  /**
   * The evidence behind an element (supporting the element itself or any role it plays), or behind one role
   * entry {@code cycle/element} (supporting that claim only), in each case in scope, in the order of the case's
   * evidence.
   *
   * <pre>{@code
   * queries.evidence("family-help");               // ev-daughter, ev-daughter-unwell (fall-morning/family-help), ...
   * queries.evidence("fall-morning/family-help");  // ev-daughter-unwell, ev-not-available
   * }</pre>
   *
   * @param element an id, an IRI in angle brackets, or {@code cycle/element} with two ids
   * @throws QueryParameterException if {@code element} names nothing in the cases in scope
   */
  public ImmutableList<EvidenceItem> evidence(String element) {
    checkNotNull(element, "element");
    return EvidenceQuery.forElement(runner(), caseId, element);
  }

  /**
   * The evidence behind every step of the chain from {@code from} to {@code to} (the first 10 paths of at most 12
   * steps): for each element on the paths, in the order in which they come, the evidence that supports it or its
   * role in the cycle of a step that reaches or leaves it; each row once.
   *
   * @throws QueryParameterException if {@code from} or {@code to} names no element of the cases in scope
   */
  public ImmutableList<EvidenceItem> evidenceForChain(String from, String to) {
    return evidenceForChain(from, to, ChainGraph.DEFAULT_LIMIT, ChainGraph.DEFAULT_MAX_LENGTH);
  }

  /**
   * The evidence behind every step of the chain from {@code from} to {@code to}, for the paths that
   * {@link #chain(String, String, int, int)} gives with the same arguments.
   *
   * @throws IllegalArgumentException if {@code limit} or {@code maxLength} is out of range
   * @throws QueryParameterException if {@code from} or {@code to} names no element of the cases in scope
   */
  public ImmutableList<EvidenceItem> evidenceForChain(String from, String to, int limit, int maxLength) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    ChainQuery.checkLimits(limit, maxLength);
    return EvidenceQuery.forChain(runner(), caseId, from, to, limit, maxLength);
  }

  /**
   * How much of the analysis of each case in scope rests on each kind of evidence: for the case as a whole and for
   * each of its cycles, how many claims rest on evidence of each kind, on how many items, and what share of the
   * claims that is. A claim is one thing an evidence item supports: an element as such, or a role claim
   * {@code cycle/element}. A cycle's claims are its role claims and the claims about the cycle itself or about an
   * element that plays a role in it (agent-in-focus, agent-in-context, position-practice, external, material,
   * internal, agency, outcome), so that a claim about an element of several cycles counts for each; the case's total
   * ({@link ProvenanceRow#caseTotal()}) counts every claim once. Rows come case by case, the total first, then the
   * cycles in the order of the case, kinds in the order of {@link org.sstlib.core.EvidenceKind}, items of no stated
   * kind last; a cycle with no claim gives no row.
   *
   * <pre>{@code
   * queries.provenance().stream()
   *     .filter(r -> r.caseTotal() && r.kind().equals(Optional.of(EvidenceKind.PARTICIPANT)))
   *     .map(ProvenanceRow::shareText)
   *     .toList();   // [40.0]: two claims in five rest on participants' words
   * }</pre>
   *
   * @throws StoreException if the store cannot answer
   */
  public ImmutableList<ProvenanceRow> provenance() {
    return ProvenanceQuery.rows(runner(), caseId);
  }

  /**
   * The irresistible forces of each case in scope: every external or material entry whose force is irresistible
   * (Stones 2005: the agent-in-focus could not resist it without giving up concerns it held more dearly, or for
   * want of the power, knowledge or critical distance to resist), with what resisting would have cost (the
   * concerns the agent would have had to give up), what the agent lacked, the concerns of the agency it bears on, and
   * how many evidence items support the entry's role in the cycle and the element as such. Rows come case by case,
   * cycle by cycle in the order of the case, external before material, each role in its order.
   *
   * <pre>{@code
   * queries.inCase("hughes-2022").forces().stream()
   *     .filter(f -> f.cycle().equals("bcf-planning"))
   *     .map(ForceRow::element)
   *     .toList();   // [bcf-policy, national-targets, bcf-template]: the officials had to comply
   * }</pre>
   *
   * @throws StoreException if the store cannot answer
   */
  public ImmutableList<ForceRow> forces() {
    return ForcesQuery.forces(runner(), caseId, Optional.empty());
  }

  /**
   * The irresistible forces of one cycle, in each case in scope that has it; as {@link #forces()}.
   *
   * @param cycle the cycle: an id or an IRI in angle brackets
   * @throws QueryParameterException if {@code cycle} names no cycle of the cases in scope
   * @throws StoreException if the store cannot answer
   */
  public ImmutableList<ForceRow> forces(String cycle) {
    checkNotNull(cycle, "cycle");
    return ForcesQuery.forces(runner(), caseId, Optional.of(cycle));
  }

  /**
   * The network of position-practices around one, within {@code depth} relation hops followed in either direction
   * (Stones 2005: the web of position-practice relations agents act within, occupied by agents-in-context): the
   * relations whose two ends are both in the network, each as the case says it (from the position-practice that has
   * it), with its type, label, strength, trust and the occupants of each end; and the structures that bear on each
   * position-practice of the network (external or material entries of the cycles acted from it), with their codes,
   * so that a reader can count how much of the network comes from one programme.
   *
   * <pre>{@code
   * Network n = queries.inCase("hughes-2022").network("alf-at-home", 2);
   * n.relations().size();                                          // the relations within two hops of Alf's home
   * n.bearing().stream().filter(b -> b.hasCodeOf("ic")).count();   // how many of its structures are integrated care's
   * }</pre>
   *
   * @param around the position-practice: an id or an IRI in angle brackets
   * @param depth how many relation hops, from 0 (the position-practice alone) to 1000
   * @throws IllegalArgumentException if {@code depth} is outside 0 to 1000
   * @throws QueryParameterException if {@code around} names no position-practice of the cases in scope
   * @throws StoreException if the store cannot answer
   */
  public Network network(String around, int depth) {
    checkNotNull(around, "around");
    checkArgument(depth >= 0 && depth <= NetworkQuery.MAX_DEPTH, "depth %s is not from 0 to %s", depth,
        NetworkQuery.MAX_DEPTH);
    return NetworkQuery.network(runner(), caseId, around, depth);
  }

  @Override
  public String toString() {
    return "SstQueries{" + caseId.map(id -> "case " + id).orElse("every case") + "}";
  }
}
