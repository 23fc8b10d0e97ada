package org.sstlib.rdf;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.sstlib.core.Case;
import org.sstlib.core.InvalidCaseException;
import org.sstlib.core.chain.ChainGraph;

/**
 * The lossless mapping between a {@link Case} and its RDF graph, exactly as {@code docs/rdf.md} describes it: the
 * case resource {@code urn:sst:case:<id>}, every element at {@code base + id}, qualified role entries with their
 * positions and qualifiers, and the chain steps of {@link ChainGraph} stored as triples (each also as every
 * super-property) so that {@code ?a sst:chainStep+ ?b} works in plain SPARQL.
 *
 * <pre>{@code
 * Case study = CaseFiles.read(Path.of("examples/cases/hughes-2022.yaml"));
 * Graph graph = CaseGraphs.toGraph(study);                 // a new in-memory graph, prefixes set
 * RDFDataMgr.write(System.out, graph, Lang.TURTLE);
 * Case back = CaseGraphs.fromGraph(graph);                 // back.equals(study)
 *
 * DatasetGraph store = DatasetGraphFactory.createGeneral();
 * CaseGraphs.addTo(study, store.getGraph(GraphNames.graphNode(study.id())));   // urn:sst:graph:hughes-2022
 * List<Case> all = CaseGraphs.fromDataset(store);
 * }</pre>
 *
 * <p>Reading takes only what the case is made of: the case resource, the elements with their {@code sst:index},
 * the qualified entries and the agency's links. The chain steps and the plain role triples
 * ({@code sst:hasExternalStructure}, ...) follow from those and are not read. The case is rebuilt through
 * {@link Case#builder(String, String)}, so every rule of the model is checked again.
 *
 * <p>Stateless and thread-safe: any number of threads may convert cases at once, each into its own graph.
 */
public final class CaseGraphs {
  /**
   * The version of the RDF form written as {@code sst:formatVersion}: "2" since evidence kinds, authors and PROV
   * attribution; a graph of version "1" (written before them) still reads, its evidence of no stated kind.
   */
  public static final String FORMAT_VERSION = "2";
  /** The versions of the RDF form that are read. */
  public static final java.util.Set<String> FORMAT_VERSIONS = java.util.Set.of("1", "2");

  static {
    // Jena's vocabulary classes must not be touched before Jena has initialised itself.
    JenaSystem.init();
  }

  private static final PrefixMapping PREFIXES = SST.prefixes();

  private CaseGraphs() {}

  // ------------------------------------------------------------------------------------------------ writing

  /**
   * A new in-memory graph (Jena's GraphMem2) holding the case as {@code docs/rdf.md} describes, with the
   * prefixes of {@link SST#prefixes()} (none for the case's base).
   *
   * <pre>{@code
   * Graph graph = CaseGraphs.toGraph(study);
   * graph.contains(NodeFactory.createURI(GraphNames.caseIri(study.id())), RDF.type.asNode(), SST.Case);   // true
   * }</pre>
   *
   * @throws RdfCaseException if an IRI the case mints ({@code base + id}, ...) is not a valid IRI; the message
   *     names the element
   */
  public static Graph toGraph(Case study) {
    return toGraph(study, QuoteAnchors.none());
  }

  /**
   * As {@link #toGraph(Case)}, with each quote found in its source's text anchored there: its
   * {@code oa:TextQuoteSelector} holds the passage with a prefix and a suffix, and an {@code oa:TextPositionSelector}
   * gives its place.
   */
  public static Graph toGraph(Case study, QuoteAnchors anchors) {
    checkNotNull(study, "study");
    checkNotNull(anchors, "anchors");
    Graph graph = GraphMemFactory.createDefaultGraphSameTerm();
    graph.getPrefixMapping().setNsPrefixes(PREFIXES);
    new CaseGraphWriter(study, anchors.of(study.id())).write(graph::add);
    return graph;
  }

  /**
   * Adds the triples of a case to a graph, for bulk loading (for example into the named graph
   * {@link GraphNames#graphNode(String) urn:sst:graph:&lt;id&gt;} of a dataset). Sets no prefixes. Every IRI of the
   * case is minted and checked before the first triple is added, so a case that cannot be written leaves {@code graph}
   * as it was; the triples are then made and added one by one, never all held at once, so a case of millions of
   * triples costs no more memory than the graph it goes into.
   *
   * <pre>{@code
   * for (Case c : cases) {
   *   CaseGraphs.addTo(c, dataset.getGraph(GraphNames.graphNode(c.id())));
   * }
   * }</pre>
   *
   * @throws RdfCaseException if an IRI the case mints is not a valid IRI
   */
  public static void addTo(Case study, Graph graph) {
    addTo(study, graph, QuoteAnchors.none());
  }

  /** As {@link #addTo(Case, Graph)}, with each quote found in its source's text anchored there. */
  public static void addTo(Case study, Graph graph, QuoteAnchors anchors) {
    checkNotNull(study, "study");
    checkNotNull(graph, "graph");
    checkNotNull(anchors, "anchors");
    CaseGraphWriter writer = new CaseGraphWriter(study, anchors.of(study.id()));
    // A dry run first: a case that fails, fails here, before the graph is touched.
    writer.check();
    writer.write(graph::add);
  }

  // ------------------------------------------------------------------------------------------------ reading

  /**
   * The case held by a graph, equal ({@link Case#equals}) to the case the graph was made from.
   *
   * <pre>{@code
   * Graph graph = RDFParser.source("hughes-2022.ttl").toGraph();
   * Case study = CaseGraphs.fromGraph(graph);
   * }</pre>
   *
   * @throws RdfCaseException if the graph does not hold exactly one {@code sst:Case} or its data is not shaped as
   *     {@code docs/rdf.md} says (a missing {@code sst:agentInFocus}, a value that is not a concept of its scheme,
   *     an element IRI that is not {@code base + id}, ...); the message lists every such problem with the IRIs
   * @throws InvalidCaseException if the data is well formed but the case breaks the model's rules
   */
  public static Case fromGraph(Graph graph) {
    checkNotNull(graph, "graph");
    return new CaseGraphReader(graph, null).read();
  }

  /**
   * Every case of a dataset: one per named graph whose name starts with {@value GraphNames#GRAPH_PREFIX}, in order of the
   * graph names; other graphs, and the default graph, are ignored. Runs in a read transaction when the dataset
   * supports transactions and none is active.
   *
   * <pre>{@code
   * DatasetGraph store = TDB2Factory.connectDataset("store").asDatasetGraph();
   * List<Case> cases = CaseGraphs.fromDataset(store);
   * }</pre>
   *
   * @throws RdfCaseException if a graph does not hold an sst case, or holds a case whose id does not match its
   *     name ({@code urn:sst:graph:<id>}); the message names the graph
   * @throws InvalidCaseException if a graph holds a case that breaks the model's rules
   */
  public static List<Case> fromDataset(DatasetGraph dataset) {
    checkNotNull(dataset, "dataset");
    if (dataset.supportsTransactions() && !dataset.isInTransaction()) {
      return Txn.calculateRead(dataset, () -> readDataset(dataset));
    }
    return readDataset(dataset);
  }

  private static List<Case> readDataset(DatasetGraph dataset) {
    List<Node> names = new ArrayList<>();
    for (Iterator<Node> it = dataset.listGraphNodes(); it.hasNext(); ) {
      Node name = it.next();
      if (name.isURI() && name.getURI().startsWith(GraphNames.GRAPH_PREFIX)) {
        names.add(name);
      }
    }
    names.sort(Comparator.comparing(Node::getURI));
    List<Case> cases = new ArrayList<>(names.size());
    for (Node name : names) {
      cases.add(new CaseGraphReader(dataset.getGraph(name), name.getURI()).read());
    }
    return ImmutableList.copyOf(cases);
  }
}
