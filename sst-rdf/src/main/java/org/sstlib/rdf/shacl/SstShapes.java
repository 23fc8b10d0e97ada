package org.sstlib.rdf.shacl;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.ShaclPlainValidator;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.P_Alt;
import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.P_Seq;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.sstlib.core.Case;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.SST;
import org.sstlib.rdf.RdfCaseException;
import org.sstlib.rdf.GraphNames;

/**
 * Checks a case graph against the rules of Strong Structuration Theory and of the sst model, written as SHACL
 * shapes ({@code sst-shapes.ttl}, next to this class) and run with Jena SHACL. The shapes restate for RDF what the
 * case builder checks in Java, so that a case written by hand in Turtle, or by another tool, gets the same scrutiny:
 * exactly one agent-in-focus per cycle; the internal role holds the agent-in-focus's own internal structures (or
 * those of a collective it belongs to that the cycle draws on, {@code sst:drawsOnCollective}); each cycle has external structures, active agency and outcomes; qualifiers
 * come from their code lists and sit on the right entries (a force on an outcome is an error); evidence has a source
 * and a quote or a note; an unavailable condition gives no conditions step; and so on.
 *
 * <pre>{@code
 * ShapeReport report = SstShapes.validate(CaseFiles.read(Path.of("hughes-2022.yaml")));
 * report.conforms();                     // true
 *
 * Graph graph = RDFParser.source("handwritten.ttl").toGraph();
 * for (ShapeProblem p : SstShapes.validate(graph).problems()) {
 *   System.out.println(p);
 *   // cycle 'icm-meeting' (The ICM team considers new referrals ...): one agent-in-focus per cycle: A cycle
 *   //     needs exactly one agent-in-focus: the agent whose conduct the cycle analyses, ... [sst:agentInFocus]
 *   // cycle 'fall-morning', outcome entry for 'alf-fall' (Alf falls ...): force only on external and material
 *   //     entries: Force (sst:force) is how an external condition bears on ... [sst:force]
 * }
 * }</pre>
 *
 * <p>Each problem names its focus element by its id (its IRI after the case's {@code sst:base}), the SST rule it
 * breaks (the shape's {@code rdfs:label}) and what to change (the shape's {@code sh:message}), in words a researcher
 * can act on. A shape's nested property shapes report under the rule of the shape that holds them.
 *
 * <p>The shapes are parsed once, when the class is first used; validation runs with a private validator (the
 * process-wide validator of {@code ShaclSystem} is not used, and never set), and the shapes contain no {@code SERVICE}, so
 * validating never reaches the network. Stateless and thread-safe: any number of threads may validate at once, each
 * its own graph (a graph must not be changed while it is validated; a TDB2 graph is validated inside a read
 * transaction).
 */
public final class SstShapes {
  static {
    // Jena's vocabulary classes must not be touched before Jena has initialised itself.
    JenaSystem.init();
  }

  /** The namespace of the shapes ({@code sstsh:}); each shape is {@code sstsh:<Name>Shape}. */
  public static final String NS = "https://w3id.org/sst/shapes#";

  private static final String RESOURCE = "sst-shapes.ttl";
  private static final Pattern SERVICE = Pattern.compile("\\bSERVICE\\b", Pattern.CASE_INSENSITIVE);

  private static final Node TYPE = RDF.type.asNode();
  private static final Node LABEL = RDFS.label.asNode();
  private static final Node IDENTIFIER = DCTerms.identifier.asNode();
  private static final Node IN_SCHEME = SKOS.inScheme.asNode();
  private static final Node NOTATION = SKOS.notation.asNode();
  /** The advice of a shape in a case file's terms, for cases that came from a case file (or Java). */
  private static final Node CASE_FILE_MESSAGE = NodeFactory.createURI(NS + "caseFileMessage");
  /** The case-file key a shape's rule is about, shown where the RDF path would be. */
  private static final Node CASE_FILE_KEY = NodeFactory.createURI(NS + "caseFileKey");

  private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
      .setNsPrefixes(SST.prefixes())
      .setNsPrefix("sstsh", NS)
      .setNsPrefix("sh", SHACL.getURI())
      .lock();
  private static final Prologue PROLOGUE = new Prologue(PREFIXES);

  private static final Graph SHAPES_GRAPH = load();
  private static final Shapes SHAPES = Shapes.parse(SHAPES_GRAPH);
  private static final ImmutableMap<Node, Rule> RULES = rules(SHAPES_GRAPH);
  /** Jena's plain validator holds no state; one instance serves every thread. */
  private static final ShaclValidator VALIDATOR = new ShaclPlainValidator();

  private SstShapes() {}

  // ------------------------------------------------------------------------------------------------ API

  /**
   * Validates a graph holding one case (as {@link CaseGraphs#toGraph} writes it, or as written by hand), without
   * changing it.
   *
   * <pre>{@code
   * Graph graph = RDFParser.source("handwritten.ttl").toGraph();    // or CaseGraphs.toGraph(study)
   * ShapeReport report = SstShapes.validate(graph);
   * if (!report.conforms()) {
   *   report.violations().forEach(System.out::println);
   * }
   * }</pre>
   *
   * <p>A graph with several cases (say, the union of a store) can be validated too: element ids are then taken
   * after the longest {@code sst:base} that an IRI starts with.
   *
   * @throws NullPointerException if {@code caseGraph} is null
   */
  public static ShapeReport validate(Graph caseGraph) {
    checkNotNull(caseGraph, "caseGraph");
    return validate(caseGraph, false);
  }

  private static ShapeReport validate(Graph caseGraph, boolean caseFileTerms) {
    ValidationReport report = VALIDATOR.validate(SHAPES, caseGraph);
    Describer describer = new Describer(caseGraph);
    Set<ShapeProblem> problems = new LinkedHashSet<>();
    for (ReportEntry entry : report.getEntries()) {
      problems.add(problem(entry, describer, caseFileTerms));
    }
    List<ShapeProblem> sorted = new ArrayList<>(problems);
    sorted.sort(ORDER);
    return new ShapeReport(ImmutableList.copyOf(sorted));
  }

  /**
   * Validates a case built in Java or read from a case file, through its graph ({@link CaseGraphs#toGraph}). A case
   * the builder accepted breaks no rule, so this is mostly a check of the shapes themselves and of the mapping, and
   * a source of advice (a cycle that names no internal structures). The advice speaks the case file's language,
   * not RDF's: where a shape has words for it, the message names case-file keys ("list them under internal: in this
   * cycle") and {@link ShapeProblem#path()} is the key ({@code internal}) rather than an RDF property.
   *
   * <pre>{@code
   * SstShapes.validate(CaseFiles.read(Path.of("examples/cases/hughes-2022.yaml"))).conforms();   // true
   * }</pre>
   *
   * @throws RdfCaseException if an IRI the case mints is not a valid IRI
   */
  public static ShapeReport validate(Case study) {
    checkNotNull(study, "study");
    return validate(CaseGraphs.toGraph(study), true);
  }

  /**
   * A copy of the shapes graph (with its prefixes), for publishing the shapes or running them with another SHACL
   * engine.
   *
   * <pre>{@code
   * RDFDataMgr.write(System.out, SstShapes.shapes(), Lang.TURTLE);
   * }</pre>
   */
  public static Graph shapes() {
    Graph copy = GraphMemFactory.createDefaultGraphSameTerm();
    copy.getPrefixMapping().setNsPrefixes(SHAPES_GRAPH.getPrefixMapping());
    SHAPES_GRAPH.find().forEachRemaining(copy::add);
    return copy;
  }

  // ------------------------------------------------------------------------------------------------ internals

  private static final Comparator<ShapeProblem> ORDER = Comparator.comparing(ShapeProblem::severity)
      .thenComparing(ShapeProblem::focus)
      .thenComparing(ShapeProblem::rule)
      .thenComparing(ShapeProblem::path)
      .thenComparing(ShapeProblem::value);

  /**
   * What a shape stands for: the rule, the message, the severity, and its own name; and where it has them, its
   * message and key in a case file's terms (else empty).
   */
  private record Rule(String shape, String label, String message, Severity severity, String caseFileMessage,
      String caseFileKey) {}

  private static Graph load() {
    Graph graph;
    try (InputStream in = SstShapes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the SHACL shapes " + RESOURCE + " are missing from the class path");
      }
      graph = RDFParser.source(in)
          .lang(Lang.TURTLE)
          .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
          .toGraph();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the SHACL shapes " + RESOURCE, e);
    }
    // SHACL-SPARQL runs its queries as written: a SERVICE would reach the network during validation.
    for (Triple t : graph.find(Node.ANY, Node.ANY, Node.ANY).toList()) {
      boolean query = t.getPredicate().equals(SHACL.select) || t.getPredicate().equals(SHACL.ask);
      if (query && SERVICE.matcher(t.getObject().getLiteralLexicalForm()).find()) {
        throw new IllegalStateException("the SHACL shapes " + RESOURCE + " use SERVICE, which validation refuses");
      }
    }
    return graph;
  }

  /**
   * The rule of every shape that has an {@code rdfs:label}, and of the property shapes it holds through
   * {@code sh:property}, which report under their holder's rule.
   */
  private static ImmutableMap<Node, Rule> rules(Graph shapes) {
    Map<Node, Rule> rules = new HashMap<>();
    for (Triple t : shapes.find(Node.ANY, LABEL, Node.ANY).toList()) {
      Node shape = t.getSubject();
      if (!isShape(shapes, shape)) {
        continue;
      }
      String message = G.listSP(shapes, shape, SHACL.message).stream().findFirst()
          .map(Node::getLiteralLexicalForm).orElse("");
      Severity severity = G.listSP(shapes, shape, SHACL.severity).stream().findFirst()
          .map(SstShapes::severity).orElse(Severity.VIOLATION);
      Rule rule = new Rule(shape.isURI() ? PREFIXES.shortForm(shape.getURI()) : "", t.getObject()
          .getLiteralLexicalForm(), message, severity, text(shapes, shape, CASE_FILE_MESSAGE),
          text(shapes, shape, CASE_FILE_KEY));
      rules.put(shape, rule);
      for (Node nested : G.listSP(shapes, shape, SHACL.property)) {
        rules.putIfAbsent(nested, rule);
      }
    }
    return ImmutableMap.copyOf(rules);
  }

  /** The lexical form of the first value of {@code property} on {@code shape}, or "". */
  private static String text(Graph shapes, Node shape, Node property) {
    return G.listSP(shapes, shape, property).stream().findFirst().map(Node::getLiteralLexicalForm).orElse("");
  }

  private static boolean isShape(Graph shapes, Node node) {
    return shapes.contains(node, TYPE, SHACL.NodeShape) || shapes.contains(node, TYPE, SHACL.PropertyShape);
  }

  private static Severity severity(Node level) {
    if (SHACL.Warning.equals(level)) {
      return Severity.WARNING;
    }
    if (SHACL.Info.equals(level)) {
      return Severity.INFO;
    }
    return Severity.VIOLATION;
  }

  private static ShapeProblem problem(ReportEntry entry, Describer describer, boolean caseFileTerms) {
    Rule rule = RULES.get(entry.source());
    Node focus = entry.focusNode();
    // A rule about the element as a whole (sh:or, sh:not on a node shape) reports the element as its own value.
    Node value = entry.resultPath() == null && focus.equals(entry.value()) ? null : entry.value();
    boolean inCaseFileTerms = caseFileTerms && rule != null && !rule.caseFileMessage().isEmpty();
    String message = inCaseFileTerms ? rule.caseFileMessage()
        : rule != null && !rule.message().isEmpty() ? rule.message() : entry.message();
    String path = inCaseFileTerms && !rule.caseFileKey().isEmpty() ? rule.caseFileKey()
        : entry.resultPath() == null ? "" : path(entry.resultPath());
    return new ShapeProblem(
        describer.id(focus),
        describer.label(focus),
        rule != null ? rule.label() : "",
        message == null ? "" : message,
        path,
        value == null ? "" : describer.value(value),
        rule != null ? rule.severity() : severity(entry.severity().level()),
        describer.where(focus),
        rule != null ? rule.shape() : "");
  }

  /** A path in SPARQL syntax with prefixed names, alternatives and sequences flattened: {@code ^(sst:a|sst:b)}. */
  private static String path(Path path) {
    if (path instanceof P_Link link && link.getNode().isURI()) {
      return PREFIXES.shortForm(link.getNode().getURI());
    }
    if (path instanceof P_Inverse inverse) {
      return "^" + grouped(inverse.getSubPath());
    }
    if (path instanceof P_Alt alt) {
      List<String> parts = new ArrayList<>();
      flatten(alt, P_Alt.class, parts);
      return String.join("|", parts);
    }
    if (path instanceof P_Seq seq) {
      List<String> parts = new ArrayList<>();
      flatten(seq, P_Seq.class, parts);
      return String.join("/", parts);
    }
    return PathWriter.asString(path, PROLOGUE);
  }

  private static String grouped(Path path) {
    return path instanceof P_Alt || path instanceof P_Seq ? "(" + path(path) + ")" : path(path);
  }

  private static void flatten(Path path, Class<? extends P_Path2> kind, List<String> parts) {
    if (kind.isInstance(path)) {
      P_Path2 pair = (P_Path2) path;
      flatten(pair.getLeft(), kind, parts);
      flatten(pair.getRight(), kind, parts);
    } else {
      parts.add(grouped(path));
    }
  }

  /**
   * Names nodes of one case graph as a researcher knows them: by id, by kind of element, by label. Single use, not
   * thread-safe.
   */
  private static final class Describer {
    /** The kinds of element, most specific first; the first type a node has names it. */
    private static final List<Map.Entry<Node, String>> KINDS = List.of(
        Map.entry(SST.Case, "case"),
        Map.entry(SST.Cycle, "cycle"),
        Map.entry(SST.ActiveAgency, "agency"),
        Map.entry(SST.Agent, "agent"),
        Map.entry(SST.IndividualAgent, "agent"),
        Map.entry(SST.CollectiveAgent, "agent"),
        Map.entry(SST.PositionPractice, "position-practice"),
        Map.entry(SST.InternalStructure, "internal structure"),
        Map.entry(SST.MaterialResource, "material resource"),
        Map.entry(SST.EmbodiedCapacity, "embodied capacity"),
        Map.entry(SST.ExternalStructure, "structure"),
        Map.entry(SST.Structure, "structure"),
        Map.entry(SST.Event, "event"),
        Map.entry(SST.Source, "source"),
        Map.entry(SST.Evidence, "evidence"),
        Map.entry(SST.Analyst, "analyst"),
        Map.entry(SST.Codebook, "codebook"));

    /** The qualified role properties of a cycle and the words for their entries. */
    private static final Map<Node, String> ENTRY_ROLES = Map.of(
        SST.qualifiedExternal, "external entry",
        SST.qualifiedMaterial, "material entry",
        SST.qualifiedInternal, "internal entry",
        SST.qualifiedOutcome, "outcome entry");

    private final Graph g;
    /** The bases of the cases in the graph, longest first, then the case resources' prefix. */
    private final List<String> bases = new ArrayList<>();

    Describer(Graph g) {
      this.g = g;
      for (Node c : G.listPO(g, TYPE, SST.Case)) {
        for (Node base : G.listSP(g, c, SST.base)) {
          if (base.isLiteral() && !base.getLiteralLexicalForm().isEmpty()) {
            bases.add(base.getLiteralLexicalForm());
          }
        }
      }
      bases.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
      bases.add(GraphNames.CASE_PREFIX);
    }

    /** The id of a node: its IRI after the case's base, or the IRI; a literal's text; "" for a blank node. */
    String id(Node n) {
      if (n == null || n.isBlank()) {
        return "";
      }
      if (n.isLiteral()) {
        return n.getLiteralLexicalForm();
      }
      return local(n).orElse(n.isURI() ? n.getURI() : n.toString());
    }

    /** The IRI of a node after the case's base, if it is in the base (or is a case resource). */
    private Optional<String> local(Node n) {
      if (!n.isURI()) {
        return Optional.empty();
      }
      String iri = n.getURI();
      for (String base : bases) {
        if (iri.length() > base.length() && iri.startsWith(base)) {
          return Optional.of(iri.substring(base.length()));
        }
      }
      return Optional.empty();
    }

    /** The node's label, or for a role entry or role claim the label of the element it is about. */
    String label(Node n) {
      if (n == null || n.isLiteral()) {
        return "";
      }
      if (isEntry(n) || g.contains(n, TYPE, SST.RoleClaim)) {
        return one(n, SST.entity).map(this::ownLabel).orElse("");
      }
      return ownLabel(n);
    }

    private String ownLabel(Node n) {
      return G.listSP(g, n, LABEL).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).sorted()
          .findFirst().orElse("");
    }

    /** The focus in words: {@code cycle 'icm-meeting'}, {@code cycle 'fall-morning', outcome entry for 'alf-fall'}. */
    String where(Node n) {
      if (n == null) {
        return "";
      }
      if (n.isBlank()) {
        return "a blank node";
      }
      if (n.isLiteral()) {
        return value(n);
      }
      for (Map.Entry<Node, String> role : ENTRY_ROLES.entrySet()) {
        Optional<Node> cycle = G.listPO(g, role.getKey(), n).stream().findFirst();
        if (cycle.isPresent()) {
          return entry(n, cycle.get(), role.getValue());
        }
      }
      if (isEntry(n)) {
        return entry(n, null, kindOfEntry(n));
      }
      if (g.contains(n, TYPE, SST.PositionPracticeRelation)) {
        Optional<Node> owner = G.listPO(g, SST.hasRelation, n).stream().findFirst();
        Optional<Node> to = one(n, SST.relationTo);
        return owner.map(o -> "position-practice " + quoted(o) + ", ").orElse("")
            + to.map(t -> "relation to " + quoted(t)).orElse("relation " + quoted(n));
      }
      if (g.contains(n, TYPE, SST.RoleClaim)) {
        Optional<Node> evidence = G.listPO(g, SST.supportsRole, n).stream().findFirst();
        Optional<Node> cycle = one(n, SST.cycle);
        Optional<Node> entity = one(n, SST.entity);
        return evidence.map(e -> "evidence " + quoted(e) + ", ").orElse("")
            + (cycle.isPresent() && entity.isPresent()
                ? "claim about " + quoted(entity.get()) + " in cycle " + quoted(cycle.get())
                : "claim " + quoted(n));
      }
      Optional<Node> scheme = one(n, IN_SCHEME);
      if (scheme.isPresent() && g.contains(n, TYPE, SKOS.Concept.asNode())) {
        Optional<Node> notation = one(n, NOTATION);
        return "codebook " + quoted(scheme.get()) + ", concept "
            + notation.map(c -> "'" + c.getLiteralLexicalForm() + "'").orElse(quoted(n));
      }
      if (g.contains(n, TYPE, SST.Case)) {
        Optional<Node> id = one(n, IDENTIFIER).filter(Node::isLiteral);
        return "case " + id.map(i -> "'" + i.getLiteralLexicalForm() + "'").orElse(quoted(n));
      }
      return kind(n) + " " + quoted(n);
    }

    private String entry(Node entry, Node cycle, String role) {
      Optional<Node> entity = one(entry, SST.entity);
      String index = entry.isURI() ? entry.getURI().substring(entry.getURI().lastIndexOf('/') + 1) : "";
      return (cycle == null ? "" : "cycle " + quoted(cycle) + ", ") + role
          + entity.map(e -> " for " + quoted(e)).orElse(index.isEmpty() ? "" : " " + index);
    }

    private boolean isEntry(Node n) {
      return g.contains(n, TYPE, SST.ExternalEntry) || g.contains(n, TYPE, SST.MaterialEntry)
          || g.contains(n, TYPE, SST.InternalEntry) || g.contains(n, TYPE, SST.OutcomeEntry);
    }

    private String kindOfEntry(Node n) {
      if (g.contains(n, TYPE, SST.ExternalEntry)) {
        return "external entry";
      }
      if (g.contains(n, TYPE, SST.MaterialEntry)) {
        return "material entry";
      }
      if (g.contains(n, TYPE, SST.InternalEntry)) {
        return "internal entry";
      }
      return "outcome entry";
    }

    private String kind(Node n) {
      for (Map.Entry<Node, String> kind : KINDS) {
        if (g.contains(n, TYPE, kind.getKey())) {
          return kind.getValue();
        }
      }
      return "element";
    }

    /** A node as 'id' (an element of the case) or as its IRI. */
    private String quoted(Node n) {
      return "'" + id(n) + "'";
    }

    /**
     * A value as a reader knows it: an element of the case by its id, a vocabulary term as a prefixed name, another
     * IRI as itself, a literal in Turtle form.
     */
    String value(Node v) {
      if (v.isBlank()) {
        return "a blank node";
      }
      if (v.isURI()) {
        Optional<String> local = local(v);
        if (local.isPresent()) {
          return local.get();
        }
        String shortForm = PREFIXES.shortForm(v.getURI());
        return shortForm;
      }
      if (v.isLiteral()) {
        String text = "\"" + v.getLiteralLexicalForm().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        String lang = v.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
          return text + "@" + lang;
        }
        String datatype = v.getLiteralDatatypeURI();
        if (datatype == null || datatype.equals(XSDDatatype.XSDstring.getURI())) {
          return text;
        }
        return text + "^^" + PREFIXES.shortForm(datatype);
      }
      return v.toString();
    }

    private Optional<Node> one(Node s, Node p) {
      return G.listSP(g, s, p).stream().sorted(Comparator.comparing(Node::toString)).findFirst();
    }
  }
}
