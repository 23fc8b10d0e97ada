package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.sstlib.core.Change;
import org.sstlib.core.CodeListValue;
import org.sstlib.core.internal.DidYouMean;
import org.sstlib.core.Effect;
import org.sstlib.core.Force;
import org.sstlib.core.Intended;
import org.sstlib.core.InternalKind;
import org.sstlib.core.Reflexivity;
import org.sstlib.core.Scale;
import org.sstlib.core.StructureForm;
import org.sstlib.core.Term;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.core.chain.ChainPath;
import org.sstlib.core.chain.ChainStep;
import org.sstlib.core.chain.StepKind;
import org.sstlib.rdf.SST;
import org.sstlib.rdf.store.SstStore;
import org.sstlib.rdf.store.StoreException;
import org.sstlib.rdf.GraphNames;

/**
 * The named queries of {@code sst}: the questions a researcher asks of the cases in a {@link SstStore}, each as
 * SPARQL in a resource file ({@code org/sstlib/rdf/query/<name>.rq}), with a typed Java answer and a raw form
 * ({@link QueryTable}) for printing.
 *
 * <table>
 *   <caption>The named queries</caption>
 *   <tr><th>name</th><th>parameters (default)</th><th>question</th><th>typed answer</th></tr>
 *   <tr><td>chain</td><td>from, to, limit (10), maxLength (12)</td><td>every simple path from an element to a
 *       target, shortest first, each step with its role in which cycle, scale and evidence count</td>
 *       <td>{@link #chain(String, String)}</td></tr>
 *   <tr><td>quadripartite</td><td>cycle</td><td>the table of one cycle, with qualifiers</td>
 *       <td>{@link #quadripartite(String)}</td></tr>
 *   <tr><td>field</td><td>-</td><td>the cycles from macro to micro, and the outcome-to-condition links between
 *       them</td><td>{@link #field()}</td></tr>
 *   <tr><td>feedback</td><td>-</td><td>structures that condition agency whose outcomes reproduce, change or
 *       erode them</td><td>{@link #feedback()}</td></tr>
 *   <tr><td>unavailable</td><td>-</td><td>entries not available at the moment of action</td>
 *       <td>{@link #unavailable()}</td></tr>
 *   <tr><td>interpretations</td><td>about (all contested)</td><td>internal structures of different agents
 *       about the same element</td><td>{@link #interpretations(String)}</td></tr>
 *   <tr><td>factors</td><td>-</td><td>case x structure form x effect, with counts</td>
 *       <td>{@link #factors()}</td></tr>
 *   <tr><td>evidence</td><td>element, or from and to (limit, maxLength)</td><td>the evidence behind an
 *       element, a role entry {@code cycle/element}, or every step of a chain</td>
 *       <td>{@link #evidence(String)}, {@link #evidenceForChain(String, String)}</td></tr>
 * </table>
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
 *   QueryTable table = queries.inCase("hughes-2022").run("unavailable", Map.of());
 *   QueryTable same = queries.run("unavailable", Map.of("case", "hughes-2022"));
 *
 *   // the SPARQL, to read or adapt
 *   System.out.println(SstQueries.sparql("feedback"));
 * }
 * }</pre>
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
 * <h2>How values reach SPARQL</h2>
 *
 * <p>Values are never spliced into query text. Each {@code .rq} file is parsed as it is; the library then adds a
 * {@code VALUES} block, built from RDF terms ({@link Node}s: the case graphs and the resolved, checked IRIs), at the
 * start of the parsed query's pattern, and Jena serialises the bound {@link Query} object for the store
 * ({@link SstStore} takes query text, so that the same query runs on all three back ends). Only IRIs are bound,
 * and each was checked with {@code IRIs.checkEx} first, so no value can change the shape of a query.
 *
 * <h2>Paths are ordered in Java</h2>
 *
 * <p>Property paths give reachability, not paths. The chain query fetches the chain steps reachable from
 * {@code from} ({@code chain.rq}), builds a {@link ChainGraph} of them per case and lists its
 * {@link ChainGraph#paths(String, String, int, int) paths}, so that the answer for a case equals the in-memory chain
 * that {@code sst-core} builds from the same {@link org.sstlib.core.Case}. The feedback query finds the steps that
 * close loops in SPARQL and the shortest loop through each in Java. Loops never make a query run forever.
 *
 * <p>Immutable and thread-safe: an instance holds only its store and its case; each call runs its own queries
 * (each in its own read transaction). Calls throw {@link StoreException} if the store cannot answer.
 */
public final class SstQueries {

  // ------------------------------------------------------------------------------------------------ the table

  /** The named queries, in the order of DESIGN.md. */
  private static final ImmutableList<String> NAMES = ImmutableList.of("chain", "quadripartite", "field",
      "feedback", "unavailable", "interpretations", "factors", "evidence");

  /** Queries the named queries use on the way, also readable through {@link #sparql(String)}. */
  private static final ImmutableList<String> HELPERS = ImmutableList.of("case-bases", "resolve", "identifiers",
      "chain-steps", "chain-nodes", "roles", "field-links");

  private static final String CASE = "case";
  private static final int DEFAULT_LIMIT = ChainGraph.DEFAULT_LIMIT;
  private static final int DEFAULT_MAX_LENGTH = ChainGraph.DEFAULT_MAX_LENGTH;
  /** The most paths a chain query may ask for, so that a typo cannot ask for billions. */
  public static final int MAX_LIMIT = 10_000;
  /** The most steps a path of a chain query may have. */
  public static final int MAX_MAX_LENGTH = 1_000;

  private static final ImmutableMap<String, ImmutableMap<String, String>> PARAMETERS =
      ImmutableMap.<String, ImmutableMap<String, String>>builder()
          .put("chain", ImmutableMap.of("from", "", "to", "", "limit", Integer.toString(DEFAULT_LIMIT),
              "maxLength", Integer.toString(DEFAULT_MAX_LENGTH), CASE, ""))
          .put("quadripartite", ImmutableMap.of("cycle", "", CASE, ""))
          .put("field", ImmutableMap.of(CASE, ""))
          .put("feedback", ImmutableMap.of(CASE, ""))
          .put("unavailable", ImmutableMap.of(CASE, ""))
          .put("interpretations", ImmutableMap.of("about", "", CASE, ""))
          .put("factors", ImmutableMap.of(CASE, ""))
          .put("evidence", ImmutableMap.of("element", "", "from", "", "to", "", "limit",
              Integer.toString(DEFAULT_LIMIT), "maxLength", Integer.toString(DEFAULT_MAX_LENGTH), CASE, ""))
          .buildOrThrow();

  private static final ImmutableMap<String, ImmutableSet<String>> REQUIRED =
      ImmutableMap.<String, ImmutableSet<String>>builder()
          .put("chain", ImmutableSet.of("from", "to"))
          .put("quadripartite", ImmutableSet.of("cycle"))
          .put("field", ImmutableSet.of())
          .put("feedback", ImmutableSet.of())
          .put("unavailable", ImmutableSet.of())
          .put("interpretations", ImmutableSet.of())
          .put("factors", ImmutableSet.of())
          .put("evidence", ImmutableSet.of())
          .buildOrThrow();

  private static final ImmutableMap<String, ImmutableList<String>> COLUMNS =
      ImmutableMap.<String, ImmutableList<String>>builder()
          .put("chain", ImmutableList.of(CASE, "path", "position", "id", "label", "kind", "role", "cycle", "scale",
              "via", "evidence"))
          .put("quadripartite", ImmutableList.of(CASE, "cycle", "role", "index", "element", "label", "effect",
              "force", "available", "change", "term", "intended", "producedBy", "reflexivity"))
          .put("field", ImmutableList.of(CASE, "position", "cycle", "label", "scale", "time", "site",
              "agentInFocus", "positionPractice", "follows", "feeds"))
          .put("feedback", ImmutableList.of(CASE, "structure", "label", "cycles", "change", "length", "loop"))
          .put("unavailable", ImmutableList.of(CASE, "cycle", "role", "index", "element", "label", "effect",
              "force"))
          .put("interpretations", ImmutableList.of(CASE, "about", "aboutLabel", "structure", "label", "kind",
              "holder", "holderLabel"))
          .put("factors", ImmutableList.of(CASE, "form", "effect", "count", "available"))
          .put("evidence", ImmutableList.of(CASE, "element", "claim", "evidence", "source", "quote", "note",
              "locator", "speakerRole", "analyst"))
          .buildOrThrow();

  /** The text of every query, named and helper, read and parsed once when the class loads. */
  private static final ImmutableMap<String, String> TEXTS = loadTexts();

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");
  /** Characters that may never appear in an IRI given as a parameter, whatever the IRI checker says. */
  private static final Pattern UNSAFE_IRI_CHARACTER = Pattern.compile("[\\x00-\\x20<>\"{}|\\\\^`\\x7F]");
  private static final ImmutableSet<String> IRI_SCHEMES = ImmutableSet.of("http", "https", "urn");

  private static final ImmutableList<String> ROLE_ORDER = ImmutableList.of("agent-in-focus", "agent-in-context",
      "position-practice", "external", "material", "internal", "agency", "outcome");

  private final SstStore store;
  private final Optional<String> caseId;

  private SstQueries(SstStore store, Optional<String> caseId) {
    this.store = store;
    this.caseId = caseId;
  }

  /**
   * The named queries over every case of a store. Nothing is asked of the store until a query runs.
   *
   * <pre>{@code
   * SstQueries queries = SstQueries.on(store);
   * }</pre>
   */
  public static SstQueries on(SstStore store) {
    return new SstQueries(checkNotNull(store, "store"), Optional.empty());
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
    return new SstQueries(store, Optional.of(caseId));
  }

  /** The case these queries are restricted to, or empty for every case of the store. */
  public Optional<String> caseId() {
    return caseId;
  }

  // ------------------------------------------------------------------------------------------------ catalogue

  /**
   * The names of the named queries: chain, quadripartite, field, feedback, unavailable, interpretations, factors,
   * evidence.
   */
  public static ImmutableList<String> names() {
    return NAMES;
  }

  /**
   * The SPARQL text of a query, exactly as its resource file holds it, with the comment at its top that says what
   * it asks in SST terms and which variables are its parameters. Besides the named queries, the helper queries that
   * they run on the way can be read here too: {@code case-bases}, {@code resolve}, {@code identifiers},
   * {@code chain-steps}, {@code chain-nodes}, {@code roles}, {@code field-links}.
   *
   * <pre>{@code
   * System.out.println(SstQueries.sparql("unavailable"));
   * }</pre>
   *
   * @throws IllegalArgumentException if there is no query of this name; the message lists the names
   */
  public static String sparql(String name) {
    checkNotNull(name, "name");
    String text = TEXTS.get(name);
    if (text == null) {
      throw new IllegalArgumentException("no query '" + name + "'" + DidYouMean.hint(name, TEXTS.keySet())
          + "; the named queries are " + String.join(", ", NAMES) + " and the helper queries "
          + String.join(", ", HELPERS));
    }
    return text;
  }

  /**
   * The parameters of a named query, in order, each with its default: the text a missing parameter stands for,
   * or the empty string when it has none. {@code chain} and {@code evidence} take {@code limit} (default 10) and
   * {@code maxLength} (default 12); every query takes {@code case} (empty: every case). A parameter whose default
   * is empty is required if it is in {@link #requiredParameters(String)}, and otherwise optional with the meaning
   * "all" ({@code case}, and {@code about} of interpretations).
   *
   * <pre>{@code
   * SstQueries.parameters("chain");   // {from=, to=, limit=10, maxLength=12, case=}
   * }</pre>
   *
   * @throws IllegalArgumentException if there is no named query of this name
   */
  public static ImmutableMap<String, String> parameters(String name) {
    return PARAMETERS.get(checkName(name));
  }

  /**
   * The parameters a named query cannot run without: {@code from} and {@code to} of chain, {@code cycle} of
   * quadripartite; none for the others. (Evidence needs {@code element}, or {@code from} and {@code to}.)
   *
   * @throws IllegalArgumentException if there is no named query of this name
   */
  public static ImmutableSet<String> requiredParameters(String name) {
    return REQUIRED.get(checkName(name));
  }

  /**
   * The columns of the raw form ({@link QueryTable}) of a named query, {@code case} first.
   *
   * <ul>
   *   <li>chain: case, path (1 for the first path of the case), position (0 for the start), id, label, kind
   *       (structure, agency, position-practice, event), role, cycle, scale, via (the chain property that leads
   *       here: conditions, informs, produces or its sub-property reproduces / changes / creates / erodes,
   *       enactedIn; empty at the start), evidence (how many pieces);
   *   <li>quadripartite: case, cycle, role, index, element, label, effect, force, available, change, term,
   *       intended, producedBy, reflexivity;
   *   <li>field: case, position (1 for the most macro), cycle, label, scale, time, site, agentInFocus,
   *       positionPractice, follows, feeds (the available links to other cycles, as {@code element->cycle});
   *   <li>feedback: case, structure, label, cycles (along the loop), change, length, loop (as
   *       {@code a -conditions-> b -produces-> a});
   *   <li>unavailable: case, cycle, role, index, element, label, effect, force;
   *   <li>interpretations: case, about, aboutLabel, structure, label, kind, holder, holderLabel;
   *   <li>factors: case, form, effect, count, available;
   *   <li>evidence: case, element, claim (the element, or {@code cycle/element} for a role), evidence, source,
   *       quote, note, locator, speakerRole, analyst.
   * </ul>
   *
   * @throws IllegalArgumentException if there is no named query of this name
   */
  public static ImmutableList<String> columns(String name) {
    return COLUMNS.get(checkName(name));
  }

  private static String checkName(String name) {
    checkNotNull(name, "name");
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("no named query '" + name + "'" + DidYouMean.hint(name, NAMES)
          + "; the named queries are " + String.join(", ", NAMES));
    }
    return name;
  }

  // ------------------------------------------------------------------------------------------------ raw form

  /**
   * Runs a named query with parameters given as text (as on the command line) and returns its raw form. A
   * parameter that is absent or empty takes its default ({@link #parameters(String)}).
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
    checkName(name);
    checkNotNull(params, "params");
    ImmutableMap<String, String> allowed = PARAMETERS.get(name);
    Map<String, String> given = new HashMap<>();
    for (Map.Entry<String, String> e : params.entrySet()) {
      String key = checkNotNull(e.getKey(), "a parameter name is null");
      if (!allowed.containsKey(key)) {
        throw new IllegalArgumentException("query '" + name + "' has no parameter '" + key + "'"
            + DidYouMean.hint(key, allowed.keySet()) + " (its parameters are " + String.join(", ", allowed.keySet()) + ")");
      }
      String value = checkNotNull(e.getValue(), "the value of parameter '%s' is null", key);
      if (!value.isEmpty()) {
        given.put(key, value);
      }
    }
    Args args = new Args(name, given);
    Optional<String> in = scopeCase(args.optional(CASE));
    return switch (name) {
      case "chain" -> chainTable(routes(in, args.required("from"), args.required("to"), args.positive("limit",
          MAX_LIMIT), args.positive("maxLength", MAX_MAX_LENGTH)).routes());
      case "quadripartite" -> quadripartiteTable(quadripartite(in, args.required("cycle")));
      case "field" -> fieldTable(field(in));
      case "feedback" -> feedbackTable(feedback(in));
      case "unavailable" -> unavailableTable(unavailable(in));
      case "interpretations" -> interpretationsTable(interpretations(in, args.optional("about")));
      case "factors" -> factorsTable(factors(in));
      case "evidence" -> evidenceTable(evidence(in, args));
      default -> throw new AssertionError(name);
    };
  }

  /** The parameters of one run, defaults applied. */
  private static final class Args {
    private final String query;
    private final Map<String, String> given;

    Args(String query, Map<String, String> given) {
      this.query = query;
      this.given = given;
    }

    Optional<String> optional(String parameter) {
      return Optional.ofNullable(given.get(parameter));
    }

    String required(String parameter) {
      String value = given.get(parameter);
      if (value == null) {
        throw new QueryParameterException(parameter, "", "query '" + query + "' needs the parameter '" + parameter
            + "'; its parameters are " + String.join(", ", PARAMETERS.get(query).keySet()));
      }
      return value;
    }

    int positive(String parameter, int max) {
      String value = given.getOrDefault(parameter, PARAMETERS.get(query).get(parameter));
      if (!DIGITS.matcher(value).matches() || Integer.parseInt(value) < 1 || Integer.parseInt(value) > max) {
        throw new QueryParameterException(parameter, value, "parameter '" + parameter + "': '" + value
            + "' is not a whole number from 1 to " + max);
      }
      return Integer.parseInt(value);
    }
  }

  /** The case a run is restricted to: the parameter, or this instance's case; they must agree. */
  private Optional<String> scopeCase(Optional<String> parameter) {
    if (parameter.isPresent() && caseId.isPresent() && !parameter.get().equals(caseId.get())) {
      throw new QueryParameterException(CASE, parameter.get(), "parameter 'case': '" + parameter.get()
          + "' is not the case these queries are restricted to ('" + caseId.get() + "')");
    }
    return parameter.isPresent() ? parameter : caseId;
  }

  // ------------------------------------------------------------------------------------------------ chain

  /**
   * One path of the chain of structuration from an element to a target, in one case.
   *
   * @param caseId the case the path is in
   * @param rank its place among the paths of its case, from 1, shortest first
   * @param path the element ids and chain steps, equal to the path that {@link ChainGraph#paths} gives for the
   *     same case
   * @param steps the elements along the path, start and target included (one more than the chain steps)
   */
  public record ChainRoute(String caseId, int rank, ChainPath path, ImmutableList<RouteStep> steps) {
    /**
     * Checks the fields.
     *
     * @throws IllegalArgumentException if the steps do not match the path's elements
     */
    public ChainRoute {
      checkNotNull(caseId, "caseId");
      checkNotNull(path, "path");
      steps = ImmutableList.copyOf(checkNotNull(steps, "steps"));
      checkArgument(steps.size() == path.nodes().size(), "a path of %s elements has %s steps", path.nodes().size(),
          steps.size());
    }

    /** The ids of the elements along the path, start first. */
    public ImmutableList<String> ids() {
      return path.nodes();
    }
  }

  /**
   * One element on a path of the chain.
   *
   * @param caseId the case
   * @param position how many chain steps from the start: 0 for the start
   * @param id the element's id
   * @param label its label
   * @param kind "structure", "agency", "position-practice" or "event"
   * @param role the role it plays on this path, in which cycle: "external in bcf-planning", "agency in
   *     icm-meeting", "outcome of icm-meeting", "position-practice of alf-daily-life", "internal in ...",
   *     "material in ..."; an element that carries the chain from one cycle to the next has both, as in
   *     "outcome of partnership-strategy, external in bcf-planning" (the duality of structure)
   * @param cycle the cycle of the step that leaves the element (for the target, of the step that reaches it)
   * @param scale the element's scale; an agency, which has none, takes its cycle's
   * @param via the chain step that reaches this element from the one before; empty for the start
   * @param evidenceCount how many pieces of evidence support the element itself or its role in the cycle of a
   *     step that reaches or leaves it on this path (the rows {@link #evidenceForChain} gives for it)
   */
  public record RouteStep(String caseId, int position, String id, String label, String kind, String role,
      String cycle, Optional<Scale> scale, Optional<ChainStep> via, int evidenceCount) {
    /** Checks the fields. */
    public RouteStep {
      checkNotNull(caseId, "caseId");
      checkArgument(position >= 0, "position %s", position);
      checkNotNull(id, "id");
      checkNotNull(label, "label");
      checkNotNull(kind, "kind");
      checkNotNull(role, "role");
      checkNotNull(cycle, "cycle");
      checkNotNull(scale, "scale");
      checkNotNull(via, "via");
      checkArgument(evidenceCount >= 0, "evidenceCount %s", evidenceCount);
    }
  }

  /**
   * The first 10 simple paths of at most 12 steps from an element to a target, in each case in scope; see
   * {@link #chain(String, String, int, int)}.
   *
   * <pre>{@code
   * queries.chain("admission-avoidance-policy", "alf-at-home").get(0).ids();
   * // [admission-avoidance-policy, agree-strategy, ic-strategy, enter-icm-benefit, ..., alf-at-home]
   * }</pre>
   */
  public ImmutableList<ChainRoute> chain(String from, String to) {
    return chain(from, to, DEFAULT_LIMIT, DEFAULT_MAX_LENGTH);
  }

  /**
   * The simple paths (no element twice) along the chain of structuration from {@code from} to {@code to}, of at
   * least one and at most {@code maxLength} steps, shortest first and then by the ids along them, at most
   * {@code limit} of them per case: for each case in scope, exactly what {@link ChainGraph#paths(String, String,
   * int, int)} gives for that case. Cases come in the order of their ids. A case that lacks either element, or
   * where the target cannot be reached, gives no path.
   *
   * @param from the start: an id or an IRI in angle brackets
   * @param to the target (a position-practice, an event, any element): an id or an IRI in angle brackets
   * @throws IllegalArgumentException if {@code limit} is not from 1 to {@value #MAX_LIMIT} or {@code maxLength} not
   *     from 1 to {@value #MAX_MAX_LENGTH}
   * @throws QueryParameterException if {@code from} or {@code to} names no element of the cases in scope
   */
  public ImmutableList<ChainRoute> chain(String from, String to, int limit, int maxLength) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkLimits(limit, maxLength);
    return routes(caseId, from, to, limit, maxLength).routes();
  }

  private static void checkLimits(int limit, int maxLength) {
    checkArgument(limit >= 1 && limit <= MAX_LIMIT, "limit must be from 1 to %s, not %s", MAX_LIMIT, limit);
    checkArgument(maxLength >= 1 && maxLength <= MAX_MAX_LENGTH, "maxLength must be from 1 to %s, not %s",
        MAX_MAX_LENGTH, maxLength);
  }

  /** The routes of a chain query and the evidence about the elements on them. */
  private record Routes(ImmutableList<ChainRoute> routes, Map<String, Map<String, List<EvidenceRow>>> evidence) {}

  private Routes routes(Optional<String> in, String from, String to, int limit, int maxLength) {
    checkValue("from", from);
    checkValue("to", to);
    List<Scope> scope = scope(in);
    Map<Scope, Node> froms = resolve("from", from, scope, null, null);
    Map<Scope, Node> tos = resolve("to", to, scope, null, null);
    List<Scope> both = scope.stream().filter(s -> froms.containsKey(s) && tos.containsKey(s)).toList();

    Map<Scope, Map<String, Node>> nodes = new HashMap<>();
    Map<Scope, List<ChainStep>> steps = chainSteps(both, "chain", "from", froms, nodes);

    Map<Scope, List<ChainPath>> paths = new LinkedHashMap<>();
    for (Scope s : both) {
      ChainGraph graph = ChainGraph.of(s.caseId(), steps.getOrDefault(s, List.of()));
      String fromId = s.id(froms.get(s));
      String toId = s.id(tos.get(s));
      if (graph.contains(fromId) && graph.contains(toId)) {
        paths.put(s, graph.paths(fromId, toId, limit, maxLength));
      }
    }
    // What the elements on the paths are, the roles they play, and the evidence behind them.
    Map<Scope, Set<String>> onPaths = new LinkedHashMap<>();
    paths.forEach((s, list) -> list.forEach(p -> onPaths.computeIfAbsent(s, k -> new LinkedHashSet<>())
        .addAll(p.nodes())));
    List<List<Node>> values = new ArrayList<>();
    onPaths.forEach((s, ids) -> ids.forEach(id -> values.add(List.of(s.graph(), nodes.get(s).get(id)))));
    Map<String, Map<String, NodeInfo>> info = nodeInfo(scope, values);
    Map<String, Map<String, Set<String>>> roles = new HashMap<>();
    for (Map<String, Node> row : select("roles", List.of(CASE, "element"), values)) {
      Scope s = scopeOf(scope, row);
      roles.computeIfAbsent(s.caseId(), k -> new HashMap<>())
          .computeIfAbsent(s.id(row.get("element")), k -> new HashSet<>())
          .add(text(row.get("role")) + " " + s.id(row.get("cycle")));
    }
    Map<String, Map<String, List<EvidenceRow>>> evidence = evidenceRows(scope, values);

    ImmutableList.Builder<ChainRoute> routes = ImmutableList.builder();
    paths.forEach((s, list) -> {
      for (int r = 0; r < list.size(); r++) {
        ChainPath path = list.get(r);
        ImmutableList.Builder<RouteStep> routeSteps = ImmutableList.builder();
        for (int i = 0; i < path.nodes().size(); i++) {
          String id = path.nodes().get(i);
          Optional<ChainStep> in0 = i > 0 ? Optional.of(path.steps().get(i - 1)) : Optional.empty();
          Optional<ChainStep> out = i < path.steps().size() ? Optional.of(path.steps().get(i)) : Optional.empty();
          NodeInfo ni = info.getOrDefault(s.caseId(), Map.of()).getOrDefault(id, NodeInfo.UNKNOWN);
          Set<String> elementRoles = roles.getOrDefault(s.caseId(), Map.of()).getOrDefault(id, Set.of());
          List<String> parts = new ArrayList<>();
          in0.ifPresent(step -> parts.add(roleReached(step)));
          out.ifPresent(step -> {
            String role = roleLeaving(step, elementRoles);
            if (!parts.contains(role)) {
              parts.add(role);
            }
          });
          String cycle = out.or(() -> in0).map(ChainStep::cycle).orElse("");
          Set<String> cycles = new HashSet<>();
          in0.ifPresent(step -> cycles.add(step.cycle()));
          out.ifPresent(step -> cycles.add(step.cycle()));
          int count = (int) evidenceFor(evidence, s.caseId(), id, cycles).stream().map(EvidenceRow::evidence)
              .distinct().count();
          routeSteps.add(new RouteStep(s.caseId(), i, id, ni.label(), ni.kind(), String.join(", ", parts), cycle,
              ni.scale(), in0, count));
        }
        routes.add(new ChainRoute(s.caseId(), r + 1, path, routeSteps.build()));
      }
    });
    return new Routes(routes.build(), evidence);
  }

  /**
   * Runs a query whose rows are chain steps ({@code chain.rq} or {@code chain-steps.rq}) and turns them into
   * {@link ChainStep}s by case, recording the node of each id in {@code nodes}.
   */
  private Map<Scope, List<ChainStep>> chainSteps(List<Scope> scope, String query, String parameter,
      Map<Scope, Node> values, Map<Scope, Map<String, Node>> nodes) {
    List<String> vars = parameter == null ? List.of(CASE) : List.of(CASE, parameter);
    List<List<Node>> rows = new ArrayList<>();
    for (Scope s : scope) {
      rows.add(parameter == null ? List.of(s.graph()) : List.of(s.graph(), values.get(s)));
    }
    Map<Scope, List<ChainStep>> steps = new LinkedHashMap<>();
    for (Map<String, Node> row : select(query, vars, rows)) {
      Scope s = scopeOf(scope, row);
      Optional<StepKind> kind = stepKind(row.get("kind"));
      Node cycle = row.get("cycle");
      if (kind.isEmpty() || cycle == null) {
        continue;
      }
      String from = s.id(row.get("x"));
      String to = s.id(row.get("y"));
      Map<String, Node> known = nodes.computeIfAbsent(s, k -> new HashMap<>());
      known.put(from, row.get("x"));
      known.put(to, row.get("y"));
      Optional<Change> change = kind.get() == StepKind.PRODUCES
          ? concept(Change.class, row.get("change")) : Optional.empty();
      steps.computeIfAbsent(s, k -> new ArrayList<>())
          .add(new ChainStep(from, to, kind.get(), s.id(cycle), change));
    }
    return steps;
  }

  private static Optional<StepKind> stepKind(Node property) {
    if (property == null || !property.isURI() || !property.getURI().startsWith(SST.NS)) {
      return Optional.empty();
    }
    return StepKind.fromCode(property.getURI().substring(SST.NS.length()));
  }

  /** The role an element reached by {@code step} plays: "agency in c", "outcome of c", ... */
  private static String roleReached(ChainStep step) {
    return switch (step.kind()) {
      case CONDITIONS, INFORMS -> "agency in " + step.cycle();
      case PRODUCES -> "outcome of " + step.cycle();
      case ENACTED_IN -> "position-practice of " + step.cycle();
    };
  }

  /** The role an element left by {@code step} plays: "external in c", "material in c", "internal in c", ... */
  private static String roleLeaving(ChainStep step, Set<String> roles) {
    return switch (step.kind()) {
      case CONDITIONS -> (roles.contains("external " + step.cycle()) || !roles.contains("material " + step.cycle())
          ? "external in " : "material in ") + step.cycle();
      case INFORMS -> "internal in " + step.cycle();
      case PRODUCES, ENACTED_IN -> "agency in " + step.cycle();
    };
  }

  /** The chain property a step takes, as its local name: the sub-property of produces for a change. */
  private static String via(ChainStep step) {
    if (step.kind() == StepKind.PRODUCES) {
      Optional<Node> sub = step.change().flatMap(SST::producesProperty);
      if (sub.isPresent()) {
        return sub.get().getURI().substring(SST.NS.length());
      }
    }
    return step.kind().code();
  }

  /** What an element on a path is: its label, kind and scale. */
  private record NodeInfo(String label, String kind, Optional<Scale> scale) {
    static final NodeInfo UNKNOWN = new NodeInfo("", "", Optional.empty());
  }

  private Map<String, Map<String, NodeInfo>> nodeInfo(List<Scope> scope, List<List<Node>> values) {
    Map<String, Map<String, NodeInfo>> info = new HashMap<>();
    for (Map<String, Node> row : select("chain-nodes", List.of(CASE, "node"), values)) {
      Scope s = scopeOf(scope, row);
      Node type = row.get("type");
      String kind = type.equals(SST.Structure) ? "structure" : type.equals(SST.Event) ? "event"
          : type.equals(SST.PositionPractice) ? "position-practice" : "agency";
      Optional<Scale> scale = concept(Scale.class, row.get("scale"))
          .or(() -> concept(Scale.class, row.get("cycleScale")));
      info.computeIfAbsent(s.caseId(), k -> new HashMap<>())
          .put(s.id(row.get("node")), new NodeInfo(text(row.get("label")), kind, scale));
    }
    return info;
  }

  private static QueryTable chainTable(List<ChainRoute> routes) {
    List<List<String>> rows = new ArrayList<>();
    for (ChainRoute route : routes) {
      for (RouteStep step : route.steps()) {
        rows.add(List.of(step.caseId(), Integer.toString(route.rank()), Integer.toString(step.position()),
            step.id(), step.label(), step.kind(), step.role(), step.cycle(), code(step.scale()),
            step.via().map(SstQueries::via).orElse(""), Integer.toString(step.evidenceCount())));
      }
    }
    return QueryTable.of(COLUMNS.get("chain"), rows);
  }

  // ------------------------------------------------------------------------------------------------ quadripartite

  /**
   * One entry of a cycle's quadripartite table.
   *
   * @param caseId the case
   * @param cycle the cycle's id
   * @param role "agent-in-focus", "agent-in-context", "position-practice", "external", "material", "internal",
   *     "agency" or "outcome"
   * @param index the entry's place in its role, from 0 (agents-in-context, which the RDF keeps as a set, are
   *     numbered in the order of their ids)
   * @param element the id of the element in that role
   * @param label the element's label
   * @param effect enables, constrains or both (external and material entries)
   * @param force independent influence or irresistible force (external and material entries)
   * @param available whether it was there at the moment of action (external and material entries)
   * @param change what the outcome did to it (outcomes)
   * @param term short or long (outcomes)
   * @param intended yes, no or unknown (outcomes)
   * @param producedBy the ids of the agency that produced the outcome, sorted (outcomes)
   * @param reflexivity routine, strategic or critical (agency)
   */
  public record QuadripartiteEntry(String caseId, String cycle, String role, int index, String element,
      String label, Optional<Effect> effect, Optional<Force> force, Optional<Boolean> available,
      Optional<Change> change, Optional<Term> term, Optional<Intended> intended, ImmutableList<String> producedBy,
      Optional<Reflexivity> reflexivity) {
    /** Checks the fields. */
    public QuadripartiteEntry {
      checkNotNull(caseId, "caseId");
      checkNotNull(cycle, "cycle");
      checkNotNull(role, "role");
      checkNotNull(element, "element");
      checkNotNull(label, "label");
      checkNotNull(effect, "effect");
      checkNotNull(force, "force");
      checkNotNull(available, "available");
      checkNotNull(change, "change");
      checkNotNull(term, "term");
      checkNotNull(intended, "intended");
      producedBy = ImmutableList.copyOf(checkNotNull(producedBy, "producedBy"));
      checkNotNull(reflexivity, "reflexivity");
    }
  }

  /**
   * The quadripartite table of a cycle, in each case in scope that has it: the agent-in-focus, the
   * agents-in-context and the position-practice, then the external, material and internal entries, the agency
   * and the outcomes, each role in its order, with the qualifiers each role carries.
   *
   * <pre>{@code
   * queries.quadripartite("fall-night").stream()
   *     .filter(e -> e.role().equals("material"))
   *     .map(QuadripartiteEntry::element)
   *     .toList();   // [wall-phone, glasses, locked-door, stairs, downstairs-bed, head-injury, ...]
   * }</pre>
   *
   * @param cycle the cycle: an id or an IRI in angle brackets
   * @throws QueryParameterException if {@code cycle} names no cycle of the cases in scope
   */
  public ImmutableList<QuadripartiteEntry> quadripartite(String cycle) {
    checkNotNull(cycle, "cycle");
    return quadripartite(caseId, cycle);
  }

  private ImmutableList<QuadripartiteEntry> quadripartite(Optional<String> in, String cycle) {
    checkValue("cycle", cycle);
    List<Scope> scope = scope(in);
    Map<Scope, Node> cycles = resolve("cycle", cycle, scope, SST.Cycle, "cycle");
    List<List<Node>> values = new ArrayList<>();
    cycles.forEach((s, node) -> values.add(List.of(s.graph(), node)));
    // One row per entry and agency that produced it: gather producedBy.
    Map<List<Object>, QuadripartiteEntry> entries = new LinkedHashMap<>();
    Map<List<Object>, Set<String>> producedBy = new HashMap<>();
    for (Map<String, Node> row : select("quadripartite", List.of(CASE, "cycle"), values)) {
      Scope s = scopeOf(scope, row);
      String role = text(row.get("role"));
      String element = s.id(row.get("element"));
      int index = row.get("index") == null ? -1 : integer(row.get("index"));
      List<Object> key = List.of(s.caseId(), role, index, element);
      entries.computeIfAbsent(key, k -> new QuadripartiteEntry(s.caseId(), s.id(row.get("cycle")), role, index,
          element, text(row.get("label")), concept(Effect.class, row.get("effect")),
          concept(Force.class, row.get("force")), Optional.ofNullable(row.get("available")).map(SstQueries::bool),
          concept(Change.class, row.get("change")), concept(Term.class, row.get("term")),
          concept(Intended.class, row.get("intended")), ImmutableList.of(),
          concept(Reflexivity.class, row.get("reflexivity"))));
      Set<String> agency = producedBy.computeIfAbsent(key, k -> new TreeSet<>());
      if (row.get("producedBy") != null) {
        agency.add(s.id(row.get("producedBy")));
      }
    }
    List<QuadripartiteEntry> list = new ArrayList<>();
    entries.forEach((key, e) -> list.add(new QuadripartiteEntry(e.caseId(), e.cycle(), e.role(), e.index(),
        e.element(), e.label(), e.effect(), e.force(), e.available(), e.change(), e.term(), e.intended(),
        ImmutableList.copyOf(producedBy.get(key)), e.reflexivity())));
    list.sort(Comparator.comparing(QuadripartiteEntry::caseId)
        .thenComparing(e -> ROLE_ORDER.indexOf(e.role()))
        .thenComparing(QuadripartiteEntry::index)
        .thenComparing(QuadripartiteEntry::element));
    // Number the entries that have no index of their own (agents-in-context) in id order.
    ImmutableList.Builder<QuadripartiteEntry> numbered = ImmutableList.builder();
    Map<List<String>, Integer> next = new HashMap<>();
    for (QuadripartiteEntry e : list) {
      if (e.index() < 0) {
        int i = next.merge(List.of(e.caseId(), e.role()), 1, Integer::sum) - 1;
        e = new QuadripartiteEntry(e.caseId(), e.cycle(), e.role(), i, e.element(), e.label(), e.effect(),
            e.force(), e.available(), e.change(), e.term(), e.intended(), e.producedBy(), e.reflexivity());
      }
      numbered.add(e);
    }
    return numbered.build();
  }

  private static QueryTable quadripartiteTable(List<QuadripartiteEntry> entries) {
    List<List<String>> rows = new ArrayList<>();
    for (QuadripartiteEntry e : entries) {
      rows.add(List.of(e.caseId(), e.cycle(), e.role(), Integer.toString(e.index()), e.element(), e.label(),
          code(e.effect()), code(e.force()), e.available().map(String::valueOf).orElse(""), code(e.change()),
          code(e.term()), code(e.intended()), String.join(" ", e.producedBy()), code(e.reflexivity())));
    }
    return QueryTable.of(COLUMNS.get("quadripartite"), rows);
  }

  // ------------------------------------------------------------------------------------------------ field

  /**
   * The cycles of the cases in scope as fields of practices, and the links between them.
   *
   * @param cycles the cycles, case by case, each case's from macro to micro
   * @param links the outcome-to-condition links between cycles, case by case in the order of the cycles they
   *     leave and reach
   */
  public record Field(ImmutableList<FieldCycle> cycles, ImmutableList<FieldLink> links) {
    /** Checks the fields. */
    public Field {
      cycles = ImmutableList.copyOf(checkNotNull(cycles, "cycles"));
      links = ImmutableList.copyOf(checkNotNull(links, "links"));
    }

    /** The links that leave a cycle of a case. */
    public ImmutableList<FieldLink> linksFrom(String caseId, String cycle) {
      return links.stream().filter(l -> l.caseId().equals(caseId) && l.fromCycle().equals(cycle))
          .collect(ImmutableList.toImmutableList());
    }
  }

  /**
   * One cycle in its field.
   *
   * @param caseId the case
   * @param position its place in the case's field, from 1: by scale from macro to micro (cycles with no scale
   *     last), then so that a cycle comes after those it follows, then by time (cycles without one first), then
   *     in the order of the case
   * @param cycle the cycle's id
   * @param label its label
   * @param scale its scale
   * @param time when it took place, as written
   * @param site where it was observed
   * @param agentInFocus the id of its agent-in-focus
   * @param positionPractice the id of the position-practice the agent-in-focus acts from
   * @param follows the ids of the cycles it follows, sorted
   */
  public record FieldCycle(String caseId, int position, String cycle, String label, Optional<Scale> scale,
      Optional<String> time, String site, String agentInFocus, Optional<String> positionPractice,
      ImmutableList<String> follows) {
    /** Checks the fields. */
    public FieldCycle {
      checkNotNull(caseId, "caseId");
      checkArgument(position >= 1, "position %s", position);
      checkNotNull(cycle, "cycle");
      checkNotNull(label, "label");
      checkNotNull(scale, "scale");
      checkNotNull(time, "time");
      checkNotNull(site, "site");
      checkNotNull(agentInFocus, "agentInFocus");
      checkNotNull(positionPractice, "positionPractice");
      follows = ImmutableList.copyOf(checkNotNull(follows, "follows"));
    }
  }

  /**
   * An outcome of one cycle that is an entry of another: the chain passes from one cycle to the next here.
   *
   * @param caseId the case
   * @param fromCycle the cycle the element is an outcome of
   * @param element the id of the element
   * @param toCycle the cycle it is an entry of
   * @param role its role there: "external", "material" or "internal"
   * @param available whether it was available there at the moment of action (internal entries always are)
   * @param effect its effect there, if given
   */
  public record FieldLink(String caseId, String fromCycle, String element, String toCycle, String role,
      boolean available, Optional<Effect> effect) {
    /** Checks the fields. */
    public FieldLink {
      checkNotNull(caseId, "caseId");
      checkNotNull(fromCycle, "fromCycle");
      checkNotNull(element, "element");
      checkNotNull(toCycle, "toCycle");
      checkNotNull(role, "role");
      checkNotNull(effect, "effect");
    }
  }

  /**
   * The cycles of each case in scope ordered from macro to micro, then by {@code follows} and time, with the links
   * between them: an outcome of one cycle that is an external, material or internal entry of another.
   *
   * <pre>{@code
   * Field field = queries.field();
   * field.cycles().stream().map(FieldCycle::cycle).toList();
   * // [partnership-strategy, bcf-planning, icm-meeting, alf-daily-life, fall-night]
   * field.linksFrom("hughes-2022", "bcf-planning");
   * // ic-policy -> partnership-strategy, icm-cost-saving -> icm-meeting, pooled-budget -> icm-meeting, ...
   * }</pre>
   */
  public Field field() {
    return field(caseId);
  }

  private Field field(Optional<String> in) {
    List<Scope> scope = scope(in);
    List<List<Node>> values = scope.stream().map(s -> List.of(s.graph())).toList();
    Map<Scope, Map<String, CycleRow>> cycles = new LinkedHashMap<>();
    for (Map<String, Node> row : select("field", List.of(CASE), values)) {
      Scope s = scopeOf(scope, row);
      String id = s.id(row.get("cycle"));
      CycleRow c = cycles.computeIfAbsent(s, k -> new LinkedHashMap<>()).computeIfAbsent(id, k -> new CycleRow(id,
          integer(row.get("index")), text(row.get("label")), concept(Scale.class, row.get("scale")),
          Optional.ofNullable(row.get("time")).map(SstQueries::text), text(row.get("site")),
          s.id(row.get("agentInFocus")),
          Optional.ofNullable(row.get("positionPractice")).map(s::id), new TreeSet<>()));
      if (row.get("follows") != null) {
        c.follows().add(s.id(row.get("follows")));
      }
    }
    ImmutableList.Builder<FieldCycle> ordered = ImmutableList.builder();
    Map<String, Map<String, Integer>> positions = new HashMap<>();
    for (Scope s : scope) {
      List<CycleRow> list = order(cycles.getOrDefault(s, Map.of()).values());
      for (int i = 0; i < list.size(); i++) {
        CycleRow c = list.get(i);
        positions.computeIfAbsent(s.caseId(), k -> new HashMap<>()).put(c.id(), i + 1);
        ordered.add(new FieldCycle(s.caseId(), i + 1, c.id(), c.label(), c.scale(), c.time(), c.site(),
            c.agentInFocus(), c.positionPractice(), ImmutableList.copyOf(c.follows())));
      }
    }
    List<FieldLink> links = new ArrayList<>();
    Set<List<String>> seen = new HashSet<>();
    for (Map<String, Node> row : select("field-links", List.of(CASE), values)) {
      Scope s = scopeOf(scope, row);
      FieldLink link = new FieldLink(s.caseId(), s.id(row.get("fromCycle")), s.id(row.get("element")),
          s.id(row.get("toCycle")), text(row.get("role")),
          Optional.ofNullable(row.get("available")).map(SstQueries::bool).orElse(true),
          concept(Effect.class, row.get("effect")));
      if (seen.add(List.of(link.caseId(), link.fromCycle(), link.element(), link.toCycle(), link.role()))) {
        links.add(link);
      }
    }
    links.sort(Comparator.comparing(FieldLink::caseId)
        .thenComparing(l -> positions.getOrDefault(l.caseId(), Map.of()).getOrDefault(l.fromCycle(), Integer.MAX_VALUE))
        .thenComparing(l -> positions.getOrDefault(l.caseId(), Map.of()).getOrDefault(l.toCycle(), Integer.MAX_VALUE))
        .thenComparing(FieldLink::element)
        .thenComparing(FieldLink::role));
    return new Field(ordered.build(), ImmutableList.copyOf(links));
  }

  private record CycleRow(String id, int index, String label, Optional<Scale> scale, Optional<String> time,
      String site, String agentInFocus, Optional<String> positionPractice, TreeSet<String> follows) {}

  /**
   * Orders the cycles of one case: by scale, macro first (no scale last); within a scale, a cycle after the
   * cycles of that scale it follows; among the cycles free to come next, by time (none first), then by index.
   */
  private static List<CycleRow> order(java.util.Collection<CycleRow> cycles) {
    Comparator<CycleRow> next = Comparator.comparing((CycleRow c) -> c.time().orElse(""))
        .thenComparingInt(CycleRow::index);
    List<CycleRow> ordered = new ArrayList<>();
    for (int rank = 0; rank <= Scale.values().length; rank++) {
      int r = rank;
      List<CycleRow> group = cycles.stream()
          .filter(c -> c.scale().map(Scale::ordinal).orElse(Scale.values().length) == r)
          .collect(Collectors.toCollection(ArrayList::new));
      Set<String> inGroup = group.stream().map(CycleRow::id).collect(Collectors.toSet());
      Set<String> placed = new HashSet<>();
      while (!group.isEmpty()) {
        List<CycleRow> ready = group.stream()
            .filter(c -> c.follows().stream().filter(inGroup::contains).allMatch(placed::contains))
            .toList();
        // A loop of follows (which the checks of a case do not forbid) must not stop the ordering.
        CycleRow chosen = (ready.isEmpty() ? group : ready).stream().min(next).orElseThrow();
        group.remove(chosen);
        placed.add(chosen.id());
        ordered.add(chosen);
      }
    }
    return ordered;
  }

  private static QueryTable fieldTable(Field field) {
    List<List<String>> rows = new ArrayList<>();
    for (FieldCycle c : field.cycles()) {
      String feeds = field.linksFrom(c.caseId(), c.cycle()).stream().filter(FieldLink::available)
          .map(l -> l.element() + "->" + l.toCycle()).distinct().collect(Collectors.joining(" "));
      rows.add(List.of(c.caseId(), Integer.toString(c.position()), c.cycle(), c.label(), code(c.scale()),
          c.time().orElse(""), c.site(), c.agentInFocus(), c.positionPractice().orElse(""),
          String.join(" ", c.follows()), feeds));
    }
    return QueryTable.of(COLUMNS.get("field"), rows);
  }

  // ------------------------------------------------------------------------------------------------ feedback

  /**
   * A loop in the chain: a structure that conditions (or informs) agency whose outcome reproduces, changes or
   * erodes it, directly in one cycle or through others.
   *
   * @param caseId the case
   * @param structure the id of the structure on the loop
   * @param label its label
   * @param cycles the cycles the loop passes through, in order (a cycle twice in a row once)
   * @param change what the step that closes the loop does to the structure: reproduced, changed or eroded
   * @param loop the shortest such loop, from the structure back to itself (its first and last element are the
   *     structure)
   */
  public record FeedbackLoop(String caseId, String structure, String label, ImmutableList<String> cycles,
      Change change, ChainPath loop) {
    /** Checks the fields. */
    public FeedbackLoop {
      checkNotNull(caseId, "caseId");
      checkNotNull(structure, "structure");
      checkNotNull(label, "label");
      cycles = ImmutableList.copyOf(checkNotNull(cycles, "cycles"));
      checkNotNull(change, "change");
      checkNotNull(loop, "loop");
    }
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
   */
  public ImmutableList<FeedbackLoop> feedback() {
    return feedback(caseId);
  }

  private ImmutableList<FeedbackLoop> feedback(Optional<String> in) {
    List<Scope> scope = scope(in);
    List<List<Node>> values = scope.stream().map(s -> List.of(s.graph())).toList();
    List<Map<String, Node>> closing = select("feedback", List.of(CASE), values);
    if (closing.isEmpty()) {
      return ImmutableList.of();
    }
    List<Scope> withLoops = scope.stream()
        .filter(s -> closing.stream().anyMatch(row -> row.get(CASE).equals(s.graph()))).toList();
    Map<Scope, Map<String, Node>> nodes = new HashMap<>();
    Map<Scope, List<ChainStep>> steps = chainSteps(withLoops, "chain-steps", null, Map.of(), nodes);
    Map<Scope, ChainGraph> graphs = new HashMap<>();
    for (Scope s : withLoops) {
      graphs.put(s, ChainGraph.of(s.caseId(), steps.getOrDefault(s, List.of())));
    }
    Map<List<Object>, FeedbackLoop> loops = new HashMap<>();
    Comparator<FeedbackLoop> shorter = Comparator.comparingInt((FeedbackLoop l) -> l.loop().length())
        .thenComparing(FeedbackLoop::loop, ChainPath.shortestFirst());
    List<List<Node>> structures = new ArrayList<>();
    for (Map<String, Node> row : closing) {
      Scope s = scopeOf(scope, row);
      ChainGraph graph = graphs.get(s);
      String structure = s.id(row.get("structure"));
      String agency = s.id(row.get("agency"));
      if (!graph.contains(structure) || !graph.contains(agency)) {
        continue;
      }
      Optional<ChainStep> close = graph.graph().edgeValue(agency, structure);
      List<ChainPath> way = graph.paths(structure, agency, 1, Integer.MAX_VALUE);
      if (close.isEmpty() || close.get().change().isEmpty() || way.isEmpty()) {
        continue;
      }
      List<ChainStep> loopSteps = new ArrayList<>(way.get(0).steps());
      loopSteps.add(close.get());
      ChainPath loop = ChainPath.of(loopSteps);
      List<String> cycles = new ArrayList<>();
      for (ChainStep step : loopSteps) {
        if (cycles.isEmpty() || !cycles.get(cycles.size() - 1).equals(step.cycle())) {
          cycles.add(step.cycle());
        }
      }
      FeedbackLoop candidate = new FeedbackLoop(s.caseId(), structure, "", ImmutableList.copyOf(cycles),
          close.get().change().get(), loop);
      loops.merge(List.of(s.caseId(), structure, cycles, candidate.change()), candidate,
          (a, b) -> shorter.compare(a, b) <= 0 ? a : b);
      structures.add(List.of(s.graph(), row.get("structure")));
    }
    Map<String, Map<String, NodeInfo>> info = nodeInfo(scope, structures.stream().distinct().toList());
    return loops.values().stream()
        .map(l -> new FeedbackLoop(l.caseId(), l.structure(),
            info.getOrDefault(l.caseId(), Map.of()).getOrDefault(l.structure(), NodeInfo.UNKNOWN).label(),
            l.cycles(), l.change(), l.loop()))
        .sorted(Comparator.comparing(FeedbackLoop::caseId).thenComparing(FeedbackLoop::structure)
            .thenComparing(shorter))
        .collect(ImmutableList.toImmutableList());
  }

  private static QueryTable feedbackTable(List<FeedbackLoop> loops) {
    List<List<String>> rows = new ArrayList<>();
    for (FeedbackLoop l : loops) {
      rows.add(List.of(l.caseId(), l.structure(), l.label(), String.join(" ", l.cycles()), l.change().code(),
          Integer.toString(l.loop().length()), l.loop().toString()));
    }
    return QueryTable.of(COLUMNS.get("feedback"), rows);
  }

  // ------------------------------------------------------------------------------------------------ unavailable

  /**
   * An external or material entry that was not available at the moment of action.
   *
   * @param caseId the case
   * @param cycle the id of the cycle
   * @param role "external" or "material"
   * @param index the entry's place in its role, from 0
   * @param element the id of the element
   * @param label its label
   * @param effect the effect it would have had
   * @param force its force
   */
  public record UnavailableEntry(String caseId, String cycle, String role, int index, String element,
      String label, Optional<Effect> effect, Optional<Force> force) {
    /** Checks the fields. */
    public UnavailableEntry {
      checkNotNull(caseId, "caseId");
      checkNotNull(cycle, "cycle");
      checkNotNull(role, "role");
      checkNotNull(element, "element");
      checkNotNull(label, "label");
      checkNotNull(effect, "effect");
      checkNotNull(force, "force");
    }
  }

  /**
   * The entries marked unavailable at the moment of action, case by case, cycle by cycle in the order of the
   * case, external before material, each role in its order.
   *
   * <pre>{@code
   * queries.unavailable().stream().map(UnavailableEntry::element).toList();
   * // [family-help, matron-monthly-call, alf-on-caseload, icm-model, glasses]
   * }</pre>
   */
  public ImmutableList<UnavailableEntry> unavailable() {
    return unavailable(caseId);
  }

  private ImmutableList<UnavailableEntry> unavailable(Optional<String> in) {
    List<Scope> scope = scope(in);
    List<List<Node>> values = scope.stream().map(s -> List.of(s.graph())).toList();
    record Row(int cycleIndex, UnavailableEntry entry) {}
    List<Row> rows = new ArrayList<>();
    for (Map<String, Node> row : select("unavailable", List.of(CASE), values)) {
      Scope s = scopeOf(scope, row);
      rows.add(new Row(integer(row.get("cycleIndex")), new UnavailableEntry(s.caseId(), s.id(row.get("cycle")),
          text(row.get("role")), integer(row.get("index")), s.id(row.get("element")), text(row.get("label")),
          concept(Effect.class, row.get("effect")), concept(Force.class, row.get("force")))));
    }
    return rows.stream()
        .sorted(Comparator.comparing((Row r) -> r.entry().caseId()).thenComparingInt(Row::cycleIndex)
            .thenComparing(r -> ROLE_ORDER.indexOf(r.entry().role())).thenComparingInt(r -> r.entry().index()))
        .map(Row::entry)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  private static QueryTable unavailableTable(List<UnavailableEntry> entries) {
    List<List<String>> rows = new ArrayList<>();
    for (UnavailableEntry e : entries) {
      rows.add(List.of(e.caseId(), e.cycle(), e.role(), Integer.toString(e.index()), e.element(), e.label(),
          code(e.effect()), code(e.force())));
    }
    return QueryTable.of(COLUMNS.get("unavailable"), rows);
  }

  // ------------------------------------------------------------------------------------------------ interpretations

  /**
   * An internal structure of one agent about an element: one agent's interpretation of it.
   *
   * @param caseId the case
   * @param about the id of the element interpreted
   * @param aboutLabel its label
   * @param structure the id of the internal structure
   * @param label its label
   * @param kind conjuncturally-specific or general-dispositional
   * @param holder the id of the agent it is internal to
   * @param holderLabel the agent's label
   */
  public record Interpretation(String caseId, String about, String aboutLabel, String structure, String label,
      Optional<InternalKind> kind, String holder, String holderLabel) {
    /** Checks the fields. */
    public Interpretation {
      checkNotNull(caseId, "caseId");
      checkNotNull(about, "about");
      checkNotNull(aboutLabel, "aboutLabel");
      checkNotNull(structure, "structure");
      checkNotNull(label, "label");
      checkNotNull(kind, "kind");
      checkNotNull(holder, "holder");
      checkNotNull(holderLabel, "holderLabel");
    }
  }

  /**
   * The contested meanings of each case in scope: for every element that internal structures of two or more
   * different agents are about, those structures; case by case, by element id, holder id, structure id.
   */
  public ImmutableList<Interpretation> interpretations() {
    return interpretations(caseId, Optional.empty());
  }

  /**
   * How agents understand one element: every internal structure about it, whoever holds it (one holder or many),
   * by holder id and structure id.
   *
   * <pre>{@code
   * queries.interpretations("icm-model").stream().map(Interpretation::holder).distinct().toList();
   * // [alf, bcf-officials, icm-team]
   * }</pre>
   *
   * @param about the element: an id or an IRI in angle brackets
   * @throws QueryParameterException if {@code about} names no element of the cases in scope
   */
  public ImmutableList<Interpretation> interpretations(String about) {
    checkNotNull(about, "about");
    return interpretations(caseId, Optional.of(about));
  }

  private ImmutableList<Interpretation> interpretations(Optional<String> in, Optional<String> about) {
    about.ifPresent(value -> checkValue("about", value));
    List<Scope> scope = scope(in);
    List<Map<String, Node>> rows;
    if (about.isPresent()) {
      Map<Scope, Node> abouts = resolve("about", about.get(), scope, null, null);
      List<List<Node>> values = new ArrayList<>();
      abouts.forEach((s, node) -> values.add(List.of(s.graph(), node)));
      rows = select("interpretations", List.of(CASE, "about"), values);
    } else {
      rows = select("interpretations", List.of(CASE), scope.stream().map(s -> List.of(s.graph())).toList());
    }
    List<Interpretation> all = new ArrayList<>();
    for (Map<String, Node> row : rows) {
      Scope s = scopeOf(scope, row);
      all.add(new Interpretation(s.caseId(), s.id(row.get("about")), text(row.get("aboutLabel")),
          s.id(row.get("structure")), text(row.get("label")), concept(InternalKind.class, row.get("kind")),
          s.id(row.get("holder")), text(row.get("holderLabel"))));
    }
    if (about.isEmpty()) {
      Map<List<String>, Set<String>> holders = new HashMap<>();
      all.forEach(i -> holders.computeIfAbsent(List.of(i.caseId(), i.about()), k -> new HashSet<>()).add(i.holder()));
      all.removeIf(i -> holders.get(List.of(i.caseId(), i.about())).size() < 2);
    }
    return all.stream()
        .distinct()
        .sorted(Comparator.comparing(Interpretation::caseId).thenComparing(Interpretation::about)
            .thenComparing(Interpretation::holder).thenComparing(Interpretation::structure))
        .collect(ImmutableList.toImmutableList());
  }

  private static QueryTable interpretationsTable(List<Interpretation> list) {
    List<List<String>> rows = new ArrayList<>();
    for (Interpretation i : list) {
      rows.add(List.of(i.caseId(), i.about(), i.aboutLabel(), i.structure(), i.label(), code(i.kind()), i.holder(),
          i.holderLabel()));
    }
    return QueryTable.of(COLUMNS.get("interpretations"), rows);
  }

  // ------------------------------------------------------------------------------------------------ factors

  /**
   * One cell of the cross-case matrix of conditions: how many external and material entries of a case are
   * structures of one form with one effect.
   *
   * @param caseId the case
   * @param form the structure form
   * @param effect the effect; empty for entries that give none
   * @param count the number of entries
   * @param available how many of them were available at the moment of action
   */
  public record FactorCount(String caseId, StructureForm form, Optional<Effect> effect, int count, int available) {
    /** Checks the fields. */
    public FactorCount {
      checkNotNull(caseId, "caseId");
      checkNotNull(form, "form");
      checkNotNull(effect, "effect");
      checkArgument(count >= 1 && available >= 0 && available <= count, "count %s, available %s", count,
          available);
    }
  }

  /**
   * The matrix case x structure form x effect over the external and material entries of every cycle, with
   * counts; case by case, forms and effects in the order of their code lists (no effect last). Entries whose
   * element has no form (events, position-practices) are not counted.
   *
   * <pre>{@code
   * queries.factors();   // hughes-2022 policy enables 3 3, hughes-2022 policy both 1 1, ...
   * }</pre>
   */
  public ImmutableList<FactorCount> factors() {
    return factors(caseId);
  }

  private ImmutableList<FactorCount> factors(Optional<String> in) {
    List<Scope> scope = scope(in);
    List<FactorCount> list = new ArrayList<>();
    for (Map<String, Node> row : select("factors", List.of(CASE),
        scope.stream().map(s -> List.of(s.graph())).toList())) {
      Scope s = scopeOf(scope, row);
      Optional<StructureForm> form = concept(StructureForm.class, row.get("form"));
      if (form.isPresent()) {
        list.add(new FactorCount(s.caseId(), form.get(), concept(Effect.class, row.get("effect")),
            integer(row.get("count")), row.get("available") == null ? 0 : integer(row.get("available"))));
      }
    }
    return list.stream()
        .sorted(Comparator.comparing(FactorCount::caseId).thenComparing(FactorCount::form)
            .thenComparing(f -> f.effect().map(Effect::ordinal).orElse(Effect.values().length)))
        .collect(ImmutableList.toImmutableList());
  }

  private static QueryTable factorsTable(List<FactorCount> list) {
    List<List<String>> rows = new ArrayList<>();
    for (FactorCount f : list) {
      rows.add(List.of(f.caseId(), f.form().code(), code(f.effect()), Integer.toString(f.count()),
          Integer.toString(f.available())));
    }
    return QueryTable.of(COLUMNS.get("factors"), rows);
  }

  // ------------------------------------------------------------------------------------------------ evidence

  /**
   * A piece of evidence and what it supports.
   *
   * @param caseId the case
   * @param element the id of the element asked about
   * @param claim what the evidence supports: the element itself ({@code element}) or its role in one cycle
   *     ({@code cycle/element})
   * @param evidence the id of the evidence
   * @param source the id of its source
   * @param quote the verbatim quote, exactly as written
   * @param note the analyst's note
   * @param locator where in the source (page, paragraph, section, timestamp)
   * @param speakerRole the role of the person quoted
   * @param analyst the id of the analyst who made the classification
   */
  public record EvidenceItem(String caseId, String element, String claim, String evidence, String source,
      Optional<String> quote, Optional<String> note, Optional<String> locator, Optional<String> speakerRole,
      Optional<String> analyst) {
    /** Checks the fields. */
    public EvidenceItem {
      checkNotNull(caseId, "caseId");
      checkNotNull(element, "element");
      checkNotNull(claim, "claim");
      checkNotNull(evidence, "evidence");
      checkNotNull(source, "source");
      checkNotNull(quote, "quote");
      checkNotNull(note, "note");
      checkNotNull(locator, "locator");
      checkNotNull(speakerRole, "speakerRole");
      checkNotNull(analyst, "analyst");
    }
  }

  /**
   * The evidence behind an element (supporting the element itself or any role it plays), or behind one role
   * entry {@code cycle/element} (supporting that claim only), in each case in scope, in the order of the case's
   * evidence.
   *
   * <pre>{@code
   * queries.evidence("family-help");              // ev-daughter, ev-daughter-unwell (fall-night/family-help), ...
   * queries.evidence("fall-night/family-help");   // ev-daughter-unwell, ev-not-available
   * }</pre>
   *
   * @param element an id, an IRI in angle brackets, or {@code cycle/element} with two ids
   * @throws QueryParameterException if {@code element} names nothing in the cases in scope
   */
  public ImmutableList<EvidenceItem> evidence(String element) {
    checkNotNull(element, "element");
    return elementEvidence(caseId, element);
  }

  /**
   * The evidence behind every step of the chain from {@code from} to {@code to} (the first 10 paths of at most 12
   * steps): for each element on the paths, in the order in which they come, the evidence that supports it or its
   * role in the cycle of a step that reaches or leaves it; each row once.
   *
   * @throws QueryParameterException if {@code from} or {@code to} names no element of the cases in scope
   */
  public ImmutableList<EvidenceItem> evidenceForChain(String from, String to) {
    return evidenceForChain(from, to, DEFAULT_LIMIT, DEFAULT_MAX_LENGTH);
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
    checkLimits(limit, maxLength);
    return chainEvidence(caseId, from, to, limit, maxLength);
  }

  private ImmutableList<EvidenceItem> evidence(Optional<String> in, Args args) {
    Optional<String> element = args.optional("element");
    Optional<String> from = args.optional("from");
    Optional<String> to = args.optional("to");
    // Checked whichever form is asked, so that a bad value is never silently ignored.
    int limit = args.positive("limit", MAX_LIMIT);
    int maxLength = args.positive("maxLength", MAX_MAX_LENGTH);
    if (element.isPresent()) {
      if (from.isPresent() || to.isPresent()) {
        String extra = from.isPresent() ? "from" : "to";
        throw new QueryParameterException(extra, args.optional(extra).orElseThrow(), "query 'evidence' takes "
            + "either 'element', or 'from' and 'to', not both");
      }
      return elementEvidence(in, element.get());
    }
    if (from.isEmpty() && to.isEmpty()) {
      throw new QueryParameterException("element", "", "query 'evidence' needs the parameter 'element' (an "
          + "element or a role entry cycle/element), or 'from' and 'to' (a chain)");
    }
    return chainEvidence(in, args.required("from"), args.required("to"), limit, maxLength);
  }

  private ImmutableList<EvidenceItem> elementEvidence(Optional<String> in, String element) {
    int slash = element.indexOf('/');
    boolean roleEntry = slash > 0 && !element.startsWith("<");
    String cyclePart = roleEntry ? element.substring(0, slash) : "";
    String elementPart = roleEntry ? element.substring(slash + 1) : element;
    if (roleEntry && (!ID.matcher(cyclePart).matches() || !ID.matcher(elementPart).matches())) {
      throw new QueryParameterException("element", element, "parameter 'element': '" + element + "' is not a "
          + "role entry: write cycle/element, with the ids of a cycle and of an element");
    }
    if (!roleEntry) {
      checkValue("element", element);
    }
    List<Scope> scope = scope(in);
    Map<Scope, Node> elements;
    Map<Scope, Node> claimCycles = new HashMap<>();
    if (roleEntry) {
      Map<Scope, Node> found;
      try {
        claimCycles = resolve("element", cyclePart, scope, SST.Cycle, "cycle");
        found = resolve("element", elementPart, scope, null, null);
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
            + names(scope) + ") has both the cycle '" + cyclePart + "' and the element '" + elementPart + "'");
      }
    } else {
      elements = resolve("element", element, scope, null, null);
    }
    List<List<Node>> values = new ArrayList<>();
    elements.forEach((s, node) -> values.add(List.of(s.graph(), node)));
    Map<String, Map<String, List<EvidenceRow>>> rows = evidenceRows(scope, values);
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

  private ImmutableList<EvidenceItem> chainEvidence(Optional<String> in, String from, String to, int limit,
      int maxLength) {
    Routes routes = routes(in, from, to, limit, maxLength);
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
        for (EvidenceRow row : evidenceFor(routes.evidence(), route.caseId(), path.nodes().get(i), cycles)) {
          items.add(row.item(route.caseId()));
        }
      }
    }
    return ImmutableList.copyOf(items);
  }

  /** A row of {@code evidence.rq}, its ids resolved in its case. */
  private record EvidenceRow(String element, Optional<String> claimCycle, String evidence, int index,
      String source, Optional<String> quote, Optional<String> note, Optional<String> locator,
      Optional<String> speakerRole, Optional<String> analyst) {
    EvidenceItem item(String caseId) {
      return new EvidenceItem(caseId, element, claimCycle.map(c -> c + "/" + element).orElse(element), evidence,
          source, quote, note, locator, speakerRole, analyst);
    }
  }

  /** The evidence about the given (case graph, element) pairs: by case id, then element id, in case order. */
  private Map<String, Map<String, List<EvidenceRow>>> evidenceRows(List<Scope> scope, List<List<Node>> values) {
    Map<String, Map<String, List<EvidenceRow>>> rows = new HashMap<>();
    for (Map<String, Node> row : select("evidence", List.of(CASE, "element"), values)) {
      Scope s = scopeOf(scope, row);
      Function<String, Optional<String>> optional = v -> Optional.ofNullable(row.get(v)).map(SstQueries::text);
      EvidenceRow e = new EvidenceRow(s.id(row.get("element")),
          Optional.ofNullable(row.get("claimCycle")).map(s::id), s.id(row.get("evidence")),
          row.get("index") == null ? Integer.MAX_VALUE : integer(row.get("index")), s.id(row.get("source")),
          optional.apply("quote"), optional.apply("note"), optional.apply("locator"),
          optional.apply("speakerRole"), Optional.ofNullable(row.get("analyst")).map(s::id));
      rows.computeIfAbsent(s.caseId(), k -> new HashMap<>()).computeIfAbsent(e.element(), k -> new ArrayList<>())
          .add(e);
    }
    Comparator<EvidenceRow> order = Comparator.comparingInt(EvidenceRow::index)
        .thenComparing(EvidenceRow::evidence)
        .thenComparing(r -> r.claimCycle().orElse(""));
    rows.values().forEach(byElement -> byElement.replaceAll((id, list) -> list.stream().distinct().sorted(order)
        .toList()));
    return rows;
  }

  /** The evidence for an element itself or for its role in one of {@code cycles}. */
  private static List<EvidenceRow> evidenceFor(Map<String, Map<String, List<EvidenceRow>>> evidence,
      String caseId, String element, Set<String> cycles) {
    return evidence.getOrDefault(caseId, Map.of()).getOrDefault(element, List.of()).stream()
        .filter(r -> r.claimCycle().isEmpty() || cycles.contains(r.claimCycle().get()))
        .toList();
  }

  private static QueryTable evidenceTable(List<EvidenceItem> items) {
    List<List<String>> rows = new ArrayList<>();
    for (EvidenceItem e : items) {
      rows.add(List.of(e.caseId(), e.element(), e.claim(), e.evidence(), e.source(), e.quote().orElse(""),
          e.note().orElse(""), e.locator().orElse(""), e.speakerRole().orElse(""), e.analyst().orElse("")));
    }
    return QueryTable.of(COLUMNS.get("evidence"), rows);
  }

  // ------------------------------------------------------------------------------------------------ scope

  /**
   * A case in scope: its id, its named graph and the base its ids resolve against.
   */
  private record Scope(String caseId, Node graph, String base) {
    /** The id of a node of this case: the part after the base, or the IRI in angle brackets; text as is. */
    String id(Node node) {
      if (node == null) {
        return "";
      }
      if (node.isURI()) {
        String uri = node.getURI();
        return uri.startsWith(base) && uri.length() > base.length() ? uri.substring(base.length())
            : "<" + uri + ">";
      }
      if (node.isLiteral()) {
        return node.getLiteralLexicalForm();
      }
      return node.toString();
    }
  }

  /** The cases a query covers: the one named, or every case of the store, sorted by id. */
  private List<Scope> scope(Optional<String> in) {
    List<Map<String, Node>> rows;
    if (in.isPresent()) {
      String id = in.get();
      Optional<Node> graph = GraphNames.findGraphNode(id);
      rows = graph.isEmpty() ? List.of() : select("case-bases", List.of(CASE), List.of(List.of(graph.get())));
      if (rows.isEmpty()) {
        List<String> ids = store.caseIds();
        throw new QueryParameterException(CASE, id, "parameter 'case': the store holds no case '" + id + "'"
            + DidYouMean.hint(id, ids) + (ids.isEmpty() ? " (it holds no case at all)"
            : " (its cases are " + String.join(", ", ids) + ")"));
      }
    } else {
      rows = select("case-bases", List.of(), List.of());
    }
    Map<String, Scope> scope = new HashMap<>();
    for (Map<String, Node> row : rows) {
      Node graph = row.get(CASE);
      Node base = row.get("base");
      Optional<String> id = GraphNames.caseId(graph);
      if (id.isPresent() && base != null && base.isLiteral()) {
        scope.putIfAbsent(id.get(), new Scope(id.get(), graph, base.getLiteralLexicalForm()));
      }
    }
    return scope.values().stream().sorted(Comparator.comparing(Scope::caseId)).toList();
  }

  private static Scope scopeOf(List<Scope> scope, Map<String, Node> row) {
    Node graph = row.get(CASE);
    for (Scope s : scope) {
      if (s.graph().equals(graph)) {
        return s;
      }
    }
    throw new IllegalStateException("a row of graph " + graph + " that is not in scope");
  }

  private static String names(List<Scope> scope) {
    return scope.isEmpty() ? "none" : scope.stream().map(Scope::caseId).collect(Collectors.joining(", "));
  }

  // ------------------------------------------------------------------------------------------------ values

  /**
   * The node a parameter value stands for in each case in scope where it names an element (of {@code type}, if
   * given), in scope order.
   *
   * @throws QueryParameterException if the value is neither an id nor an allowed IRI, or names no such element
   */
  private Map<Scope, Node> resolve(String parameter, String value, List<Scope> scope, Node type, String typeName) {
    Map<Scope, Node> candidates = new LinkedHashMap<>();
    Optional<Node> givenIri = checkValue(parameter, value);
    boolean isIri = givenIri.isPresent();
    if (isIri) {
      scope.forEach(s -> candidates.put(s, givenIri.get()));
    } else {
      for (Scope s : scope) {
        try {
          IRIs.checkEx(s.base() + value);
          candidates.put(s, NodeFactory.createURI(s.base() + value));
        } catch (IRIException e) {
          // The id cannot name an element of this case: its base makes no IRI of it.
        }
      }
    }
    List<List<Node>> values = new ArrayList<>();
    candidates.forEach((s, node) -> values.add(List.of(s.graph(), node)));
    Map<Scope, Set<Node>> types = new LinkedHashMap<>();
    for (Map<String, Node> row : select("resolve", List.of(CASE, "element"), values)) {
      Set<Node> set = types.computeIfAbsent(scopeOf(scope, row), k -> new HashSet<>());
      if (row.get("type") != null) {
        set.add(row.get("type"));
      }
    }
    Map<Scope, Node> resolved = new LinkedHashMap<>();
    for (Scope s : scope) {
      if (types.containsKey(s) && (type == null || types.get(s).contains(type))) {
        resolved.put(s, candidates.get(s));
      }
    }
    if (resolved.isEmpty()) {
      String what = typeName == null ? "element" : typeName;
      if (!types.isEmpty()) {
        throw new QueryParameterException(parameter, value, "parameter '" + parameter + "': '" + value
            + "' is not a " + what + " in case(s) " + names(List.copyOf(types.keySet()))
            + (isIri ? "" : hint(value, scope, type)));
      }
      throw new QueryParameterException(parameter, value, "parameter '" + parameter + "': no " + what + " '"
          + value + "' in case(s) " + names(scope) + (isIri ? "" : hint(value, scope, type)));
    }
    return resolved;
  }

  /** "; did you mean 'x'?" for an id, among the ids (of elements of {@code type}, if given) of the scope. */
  private String hint(String value, List<Scope> scope, Node type) {
    if (scope.isEmpty()) {
      return "";
    }
    Set<String> all = new TreeSet<>();
    Set<String> ofType = new TreeSet<>();
    for (Map<String, Node> row : select("identifiers", List.of(CASE),
        scope.stream().map(s -> List.of(s.graph())).toList())) {
      String id = text(row.get("id"));
      all.add(id);
      if (type != null && type.equals(row.get("type"))) {
        ofType.add(id);
      }
    }
    return DidYouMean.hint(value, type == null ? all : ofType);
  }

  /**
   * Checks the form of a value that names an element: an id, or an allowed IRI in angle brackets (returned).
   *
   * @throws QueryParameterException if it is neither
   */
  private static Optional<Node> checkValue(String parameter, String value) {
    if (value.startsWith("<")) {
      return Optional.of(checkIri(parameter, value));
    }
    if (!ID.matcher(value).matches()) {
      throw new QueryParameterException(parameter, value, "parameter '" + parameter + "': '" + value + "' is "
          + "neither an id (letters, digits, '.', '_' and '-', starting with a letter or a digit) nor an IRI in "
          + "angle brackets <...>");
    }
    return Optional.empty();
  }

  /**
   * The IRI of a value in angle brackets, checked: absolute, of scheme http, https or urn, valid for Jena's IRI
   * checker, and free of characters that could end an IRI in SPARQL text.
   */
  private static Node checkIri(String parameter, String value) {
    String prefix = "parameter '" + parameter + "': ";
    if (!value.endsWith(">") || value.length() < 3) {
      throw new QueryParameterException(parameter, value, prefix + "'" + value + "' is not an IRI in angle "
          + "brackets <...>");
    }
    String iri = value.substring(1, value.length() - 1);
    if (UNSAFE_IRI_CHARACTER.matcher(iri).find()) {
      throw new QueryParameterException(parameter, value, prefix + "the IRI " + value + " holds a space, a "
          + "control character or one of <>\"{}|\\^` which no IRI may hold");
    }
    int colon = iri.indexOf(':');
    String scheme = colon < 0 ? "" : iri.substring(0, colon).toLowerCase(Locale.ROOT);
    if (!IRI_SCHEMES.contains(scheme)) {
      throw new QueryParameterException(parameter, value, prefix + "the IRI " + value + (colon < 0
          ? " is not absolute" : " has the scheme '" + scheme + ":'") + "; only http, https and urn IRIs name "
          + "elements of a case");
    }
    try {
      IRIs.checkEx(iri);
    } catch (IRIException e) {
      throw new QueryParameterException(parameter, value, prefix + "the IRI " + value + " is not valid: "
          + e.getMessage());
    }
    return NodeFactory.createURI(iri);
  }

  private static String text(Node node) {
    if (node == null) {
      return "";
    }
    return node.isLiteral() ? node.getLiteralLexicalForm() : node.isURI() ? node.getURI() : node.toString();
  }

  private static int integer(Node node) {
    return Integer.parseInt(node.getLiteralLexicalForm().trim());
  }

  private static boolean bool(Node node) {
    String lexical = node.getLiteralLexicalForm().trim();
    return lexical.equals("true") || lexical.equals("1");
  }

  private static <E extends Enum<E> & CodeListValue> Optional<E> concept(Class<E> type, Node node) {
    return node == null ? Optional.empty() : SST.value(type, node);
  }

  private static String code(Optional<? extends CodeListValue> value) {
    return value.map(CodeListValue::code).orElse("");
  }

  // ------------------------------------------------------------------------------------------------ running

  /**
   * Runs a query with values bound: parses its text, puts a {@code VALUES} block of the given RDF terms at the
   * start of its pattern, and sends what Jena serialises of the parsed query to the store. No value is ever
   * written into query text by this code. With variables but no rows of values (no case in scope), nothing runs.
   *
   * @return the rows, each a map from variable name to the bound node (unbound variables absent)
   */
  private List<Map<String, Node>> select(String name, List<String> vars, List<List<Node>> rows) {
    if (!vars.isEmpty() && rows.isEmpty()) {
      return List.of();
    }
    Query query = QueryFactory.create(TEXTS.get(name), Syntax.syntaxSPARQL_11);
    if (!vars.isEmpty()) {
      List<Var> variables = vars.stream().map(Var::alloc).toList();
      List<Binding> bindings = new ArrayList<>();
      for (List<Node> row : rows.stream().distinct().toList()) {
        BindingBuilder binding = BindingFactory.builder();
        for (int i = 0; i < variables.size(); i++) {
          binding.add(variables.get(i), checkNotNull(row.get(i)));
        }
        bindings.add(binding.build());
      }
      ElementGroup pattern = new ElementGroup();
      pattern.addElement(new ElementData(variables, bindings));
      Element original = query.getQueryPattern();
      if (original instanceof ElementGroup group) {
        group.getElements().forEach(pattern::addElement);
      } else {
        pattern.addElement(original);
      }
      query.setQueryPattern(pattern);
    }
    return store.select(query.serialize(), SstQueries::collect);
  }

  private static List<Map<String, Node>> collect(ResultSet results) {
    List<String> vars = results.getResultVars();
    List<Map<String, Node>> rows = new ArrayList<>();
    while (results.hasNext()) {
      Binding binding = results.nextBinding();
      Map<String, Node> row = new HashMap<>();
      for (String v : vars) {
        Node node = binding.get(Var.alloc(v));
        if (node != null) {
          row.put(v, node);
        }
      }
      rows.add(row);
    }
    return rows;
  }

  private static ImmutableMap<String, String> loadTexts() {
    ImmutableMap.Builder<String, String> texts = ImmutableMap.builder();
    for (String name : ImmutableList.<String>builder().addAll(NAMES).addAll(HELPERS).build()) {
      URL url = SstQueries.class.getResource(name + ".rq");
      if (url == null) {
        throw new IllegalStateException("the query resource org/sstlib/rdf/query/" + name + ".rq is missing");
      }
      try {
        String text = Resources.toString(url, StandardCharsets.UTF_8);
        // Fail when the class loads, not when a researcher first asks, if a shipped query does not parse.
        QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        texts.put(name, text);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the query resource " + url, e);
      }
    }
    return texts.buildOrThrow();
  }

  @Override
  public String toString() {
    return "SstQueries{" + caseId.map(id -> "case " + id).orElse("every case") + "}";
  }
}
