package org.sstlib.rdf.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIs;
import org.apache.jena.irix.IRIxResolver;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.sstlib.core.Case;
import org.sstlib.core.InvalidCaseException;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.SST;
import org.sstlib.rdf.RdfCaseException;
import org.sstlib.rdf.GraphNames;

/**
 * Reads and writes cases as RDF files: Turtle, TriG, N-Triples, N-Quads and JSON-LD 1.1 (see {@link RdfFormat} and
 * {@code docs/rdf.md} for the mapping).
 *
 * <p>Writing is deterministic where the syntax allows it: the same case gives byte-identical Turtle, TriG,
 * N-Triples and N-Quads in every run and every JVM (subjects, predicates and objects sorted, blank nodes labelled
 * by structure, not by Jena's internal ids), so an archived case diffs cleanly. JSON-LD is written by Jena (not
 * byte-deterministic) and carries its {@code @context} inline, so no reader needs the network.
 *
 * <pre>{@code
 * Case study = CaseFiles.read(Path.of("examples/cases/hughes-2022.yaml"));
 * String turtle = RdfFiles.toTurtle(study);                       // the same bytes every time
 * try (OutputStream out = Files.newOutputStream(Path.of("out/cases.trig"))) {
 *   RdfFiles.write(List.of(study, other), RdfFormat.TRIG, out);   // each case in urn:sst:graph:<id>
 * }
 * List<Case> back = RdfFiles.read(Path.of("out/cases.trig"));     // equal to study and other
 * }</pre>
 *
 * <p>Reading is strict and safe with files from anywhere: files over {@link #MAX_BYTES} are refused before parsing;
 * the text must be UTF-8; every warning of the parser is an error (a bad language tag, a malformed or relative IRI,
 * a literal not valid for its datatype), reported with file, line and column; relative IRIs are refused unless the
 * file declares its own base (they are never resolved against the working directory); nesting too deep to parse is
 * refused with a message instead of a {@link StackOverflowError}; JSON-LD never loads a remote or local
 * {@code @context}. The file is parsed into a scratch dataset that is thrown away, so a bad file leaves nothing
 * behind.
 *
 * <pre>{@code
 * try {
 *   List<Case> cases = RdfFiles.read(Path.of("archive/hughes-2022.ttl"));
 * } catch (RdfSyntaxException e) {
 *   System.err.println(e.getMessage());   // archive/hughes-2022.ttl:3:1: Triples not terminated by DOT
 * } catch (RdfCaseException e) {
 *   System.err.println(e.getMessage());   // archive/hughes-2022.ttl: no sst:Case in the graph: ...
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class RdfFiles {
  static {
    // Jena must initialise before its vocabulary constants are touched, or they can come out null.
    JenaSystem.init();
  }

  /** The largest RDF file read: 64 MiB, as for case files. */
  public static final long MAX_BYTES = CaseFiles.MAX_BYTES;

  private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();

  private RdfFiles() {}

  // ------------------------------------------------------------------------------------------------ writing

  /**
   * The case as deterministic Turtle: the same case gives the same text in every run and every JVM.
   *
   * <p>The text starts with {@code @prefix} lines ({@code :} for the case's base, then {@code dcterms}, {@code ic},
   * {@code oa}, {@code org}, {@code owl}, {@code prov}, {@code rdf}, {@code rdfs}, {@code skos}, {@code sst},
   * {@code xsd}); then the case resource, then every other subject in IRI order, predicates in IRI order after
   * {@code a}, objects sorted; ordered text lists are written {@code ( ... )}.
   *
   * <pre>{@code
   * String turtle = RdfFiles.toTurtle(study);
   * // @prefix : <https://w3id.org/sst/examples/hughes-2022/> .
   * // ...
   * // <urn:sst:case:hughes-2022>
   * //     a sst:Case ;
   * //     dcterms:identifier "hughes-2022" ;
   * }</pre>
   *
   * @throws RdfCaseException if an IRI the case mints is not a valid IRI
   */
  public static String toTurtle(Case c) {
    checkNotNull(c, "case");
    Graph graph = CaseGraphs.toGraph(c);
    TurtleWriter writer = new TurtleWriter(prefixes(List.of(c)));
    return writer.document(graph, caseNode(c));
  }

  /**
   * Writes {@link #toTurtle(Case)} as UTF-8. Does not close the stream.
   *
   * @throws UncheckedIOException if the stream cannot be written
   */
  public static void writeTurtle(Case c, OutputStream out) {
    checkNotNull(out, "out");
    writeBytes(toTurtle(c).getBytes(StandardCharsets.UTF_8), out);
  }

  /**
   * Writes cases in an RDF syntax, as UTF-8. Does not close the stream.
   *
   * <ul>
   *   <li>{@link RdfFormat#TURTLE}: exactly one case, as {@link #toTurtle(Case)}.
   *   <li>{@link RdfFormat#TRIG}: each case in its named graph {@code urn:sst:graph:<id>} ({@code GRAPH <g> {
   *       ... }}), graphs in name order, each written as the deterministic Turtle is; one {@code @prefix} line per
   *       distinct base ({@code :} when all cases share one base, else {@code base1:}, {@code base2:}, ... in base
   *       order).
   *   <li>{@link RdfFormat#NTRIPLES}: exactly one case, one triple a line, lines sorted.
   *   <li>{@link RdfFormat#NQUADS}: each case in its named graph, lines sorted.
   *   <li>{@link RdfFormat#JSONLD}: JSON-LD 1.1, compacted with an inline {@code @context} of the vocabulary
   *       prefixes; one case as a plain graph, several cases each in its named graph.
   * </ul>
   *
   * <pre>{@code
   * RdfFiles.write(List.of(study), RdfFormat.JSONLD, System.out);
   * }</pre>
   *
   * @throws IllegalArgumentException if Turtle or N-Triples is asked for with other than one case, or two cases
   *     share an id (they would share a named graph)
   * @throws RdfCaseException if an IRI a case mints is not a valid IRI
   * @throws UncheckedIOException if the stream cannot be written
   */
  public static void write(Collection<Case> cases, RdfFormat format, OutputStream out) {
    checkNotNull(cases, "cases");
    checkNotNull(format, "format");
    checkNotNull(out, "out");
    List<Case> sorted = new ArrayList<>(cases);
    Set<String> ids = new HashSet<>();
    for (Case c : sorted) {
      checkNotNull(c, "a case in cases");
      checkArgument(ids.add(c.id()), "two cases have the id '%s'; each case needs its own named graph", c.id());
    }
    if (!format.holdsNamedGraphs()) {
      checkArgument(sorted.size() == 1, "%s holds one case, not %s: use TriG, N-Quads or JSON-LD for several",
          format, sorted.size());
    }
    sorted.sort(Comparator.comparing(c -> GraphNames.graphName(c.id())));
    byte[] bytes = switch (format) {
      case TURTLE -> utf8(toTurtle(sorted.get(0)));
      case TRIG -> utf8(trig(sorted));
      case NTRIPLES -> utf8(ntriples(sorted.get(0)));
      case NQUADS -> utf8(nquads(sorted));
      case JSONLD -> jsonld(sorted);
    };
    writeBytes(bytes, out);
  }

  private static String trig(List<Case> cases) {
    TurtleWriter writer = new TurtleWriter(prefixes(cases));
    StringBuilder text = new StringBuilder(writer.prefixLines());
    for (Case c : cases) {
      Graph graph = CaseGraphs.toGraph(c);
      // "<g> { ... }" without the optional GRAPH keyword: TriG 1.1 allows both, and older readers (rapper 2.0)
      // know only this form.
      text.append('\n').append(TurtleWriter.iriRef(GraphNames.graphName(c.id()))).append(" {\n")
          .append(writer.body(graph, caseNode(c), 1)).append("}\n");
    }
    return text.toString();
  }

  private static String ntriples(Case c) {
    List<String> lines = lines(CaseGraphs.toGraph(c), c, null, "");
    return joinLines(lines);
  }

  private static String nquads(List<Case> cases) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      lines.addAll(lines(CaseGraphs.toGraph(c), c, GraphNames.graphName(c.id()), "g" + i));
    }
    return joinLines(lines);
  }

  /** One N-Triples (or, with a graph name, N-Quads) line a triple, blank nodes labelled the same every run. */
  private static List<String> lines(Graph graph, Case c, String graphName, String labelPrefix) {
    Map<Node, String> labels = TurtleWriter.blankLabels(graph, caseNode(c));
    String end = graphName == null ? " ." : " " + TurtleWriter.iriRef(graphName) + " .";
    List<String> lines = new ArrayList<>(graph.size());
    graph.find().forEachRemaining(t -> lines.add(ntTerm(t.getSubject(), labels, labelPrefix) + " "
        + ntTerm(t.getPredicate(), labels, labelPrefix) + " " + ntTerm(t.getObject(), labels, labelPrefix) + end));
    return lines;
  }

  private static String joinLines(List<String> lines) {
    lines.sort(null);
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line).append('\n');
    }
    return text.toString();
  }

  /** A term in canonical N-Triples form (non-ASCII kept as UTF-8). */
  private static String ntTerm(Node n, Map<Node, String> labels, String labelPrefix) {
    if (n.isURI()) {
      return TurtleWriter.iriRef(n.getURI());
    }
    if (n.isBlank()) {
      return "_:" + labelPrefix + labels.get(n);
    }
    StringBuilder s = new StringBuilder("\"");
    String lex = n.getLiteralLexicalForm();
    for (int i = 0; i < lex.length(); i++) {
      char ch = lex.charAt(i);
      switch (ch) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        case '\b' -> s.append("\\b");
        case '\f' -> s.append("\\f");
        default -> {
          if (ch < 0x20 || ch == 0x7F) {
            s.append(String.format(Locale.ROOT, "\\u%04X", (int) ch));
          } else if (Character.isHighSurrogate(ch) && i + 1 < lex.length()
              && Character.isLowSurrogate(lex.charAt(i + 1))) {
            s.append(ch).append(lex.charAt(++i));
          } else if (Character.isSurrogate(ch)) {
            s.append(String.format(Locale.ROOT, "\\u%04X", (int) ch));
          } else {
            s.append(ch);
          }
        }
      }
    }
    s.append('"');
    String lang = n.getLiteralLanguage();
    if (lang != null && !lang.isEmpty()) {
      s.append('@').append(lang);
      if (n.getLiteralBaseDirection() != null) {
        s.append("--").append(n.getLiteralBaseDirection().direction());
      }
    } else if (n.getLiteralDatatypeURI() != null && !n.getLiteralDatatypeURI().equals(XSD_STRING)) {
      s.append("^^").append(TurtleWriter.iriRef(n.getLiteralDatatypeURI()));
    }
    return s.toString();
  }

  private static byte[] jsonld(List<Case> cases) {
    DatasetGraph dataset = DatasetGraphFactory.create();
    if (cases.size() == 1) {
      CaseGraphs.addTo(cases.get(0), dataset.getDefaultGraph());
    } else {
      for (Case c : cases) {
        CaseGraphs.addTo(c, dataset.getGraph(GraphNames.graphNode(c.id())));
      }
    }
    // Jena compacts with a context made of the dataset's prefixes and writes it inline; with no prefixes it
    // would write no @context at all.
    SST.prefixes().getNsPrefixMap().forEach(dataset.prefixes()::add);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    RDFWriter.source(dataset).format(RDFFormat.JSONLD11_PRETTY).output(buffer);
    if (buffer.size() == 0) {
      // Jena's JSON-LD 1.1 writer reports a failure of the JSON-LD processor only on the console.
      throw new IllegalStateException("the JSON-LD writer produced nothing for " + cases.size() + " case(s)");
    }
    return buffer.toByteArray();
  }

  private static Node caseNode(Case c) {
    return NodeFactory.createURI(GraphNames.caseIri(c.id()));
  }

  /** The prefixes of a file of some cases: the vocabulary's, and one for each distinct base. */
  private static Map<String, String> prefixes(List<Case> cases) {
    Map<String, String> names = new LinkedHashMap<>(SST.prefixes().getNsPrefixMap());
    List<String> bases = cases.stream().map(Case::base).distinct().sorted()
        .filter(b -> !names.containsValue(b)).toList();
    if (bases.size() == 1) {
      names.put("", bases.get(0));
    } else {
      for (int i = 0; i < bases.size(); i++) {
        names.put("base" + (i + 1), bases.get(i));
      }
    }
    return names;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void writeBytes(byte[] bytes, OutputStream out) {
    try {
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write RDF: " + e.getMessage(), e);
    }
  }

  // ------------------------------------------------------------------------------------------------ reading

  /**
   * Reads every case of an RDF file, its syntax chosen by the extension ({@code .ttl}, {@code .trig},
   * {@code .nt}, {@code .nq}, {@code .jsonld}). A Turtle or N-Triples file, and a JSON-LD or TriG file with no
   * named graphs, holds one case; a TriG, N-Quads or JSON-LD file holds a case in each named graph
   * {@code urn:sst:graph:<id>}, in graph-name order, after the case of its default graph if that is not empty.
   *
   * <pre>{@code
   * List<Case> cases = RdfFiles.read(Path.of("out/hughes-2022.ttl"));
   * }</pre>
   *
   * @throws RdfSyntaxException if the file cannot be read, is larger than {@link #MAX_BYTES}, is not UTF-8 or is
   *     not valid RDF of its syntax; the message gives file, line and column where the parser gives them
   * @throws RdfCaseException if the RDF does not hold an sst case (the message starts with the file name and says
   *     what is missing)
   * @throws InvalidCaseException if the RDF holds a case that breaks the model's rules
   */
  public static List<Case> read(Path file) {
    checkNotNull(file, "file");
    String name = file.toString();
    Optional<RdfFormat> format = RdfFormat.ofFileName(name);
    if (format.isEmpty()) {
      throw new RdfSyntaxException(name, 0, 0,
          "not an RDF file: the name should end in .ttl, .trig, .nt, .nq or .jsonld");
    }
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new RdfSyntaxException(name, 0, 0, "is a directory, not an RDF file");
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new RdfSyntaxException(name, 0, 0, tooLarge(size));
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new RdfSyntaxException(name, 0, 0, "no such file", e);
    } catch (IOException e) {
      throw new RdfSyntaxException(name, 0, 0, "cannot read the file: " + e.getMessage(), e);
    }
    if (bytes.length > MAX_BYTES) {
      throw new RdfSyntaxException(name, 0, 0, tooLarge(bytes.length));   // it grew while we looked
    }
    return read(bytes, format.get(), name);
  }

  /**
   * Reads every case of RDF text in a given syntax, as {@link #read(Path)} does. Reads at most
   * {@link #MAX_BYTES} plus one byte from the stream; does not close it.
   *
   * @param name the file name to use in messages
   * @throws RdfSyntaxException if the stream cannot be read, holds more than {@link #MAX_BYTES}, is not UTF-8 or
   *     is not valid RDF of its syntax
   * @throws RdfCaseException if the RDF does not hold an sst case
   * @throws InvalidCaseException if the RDF holds a case that breaks the model's rules
   */
  public static List<Case> read(InputStream in, RdfFormat format, String name) {
    checkNotNull(in, "in");
    checkNotNull(format, "format");
    checkNotNull(name, "name");
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) MAX_BYTES + 1);
    } catch (IOException e) {
      throw new RdfSyntaxException(name, 0, 0, "cannot read: " + e.getMessage(), e);
    }
    if (bytes.length > MAX_BYTES) {
      throw new RdfSyntaxException(name, 0, 0, "more than " + MAX_BYTES / (1024 * 1024)
          + " MiB, the largest RDF file read");
    }
    return read(bytes, format, name);
  }

  private static List<Case> read(byte[] bytes, RdfFormat format, String name) {
    checkUtf8(bytes, name);
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    DatasetGraph scratch = DatasetGraphFactory.create();
    parse(new ByteArrayInputStream(bytes, start, bytes.length - start), format, name, scratch);
    try {
      return cases(scratch, format, name);
    } catch (RdfCaseException e) {
      throw withFile(e, name);
    }
  }

  private static void parse(InputStream in, RdfFormat format, String name, DatasetGraph scratch) {
    RDFParserBuilder parser = RDFParser.source(in)
        .lang(format.lang())
        // No base: a relative IRI is an error unless the file declares @base; never the working directory.
        .resolver(IRIxResolver.create().noBase().allowRelative(false).build())
        .errorHandler(STRICT)
        .checking(true);
    if (format == RdfFormat.JSONLD) {
      parser.set(LangJSONLD11.JSONLD_OPTIONS, offlineJsonLd());
    }
    try {
      parser.parse(scratch);
    } catch (RiotParseException e) {
      throw new RdfSyntaxException(name, (int) Math.min(e.getLine(), Integer.MAX_VALUE),
          (int) Math.min(e.getCol(), Integer.MAX_VALUE), e.getOriginalMessage(), e);
    } catch (RiotException e) {
      throw new RdfSyntaxException(name, 0, 0, reason(e), e);
    } catch (StackOverflowError e) {
      throw new RdfSyntaxException(name, 0, 0,
          "nested too deeply to read (brackets, lists or JSON thousands of levels deep)");
    } catch (RuntimeException e) {
      // Anything else the parser throws on these bytes is a problem of the file (the scratch dataset is
      // private), so report it as one rather than as a crash.
      throw new RdfSyntaxException(name, 0, 0, "cannot parse the file: " + reason(e), e);
    }
  }

  private static List<Case> cases(DatasetGraph scratch, RdfFormat format, String name) {
    Graph defaultGraph = scratch.getDefaultGraph();
    List<Node> graphNames = new ArrayList<>();
    for (Iterator<Node> it = scratch.listGraphNodes(); it.hasNext(); ) {
      graphNames.add(it.next());
    }
    if (!format.holdsNamedGraphs() || graphNames.isEmpty()) {
      return List.of(CaseGraphs.fromGraph(defaultGraph));
    }
    List<Case> cases = new ArrayList<>();
    if (!defaultGraph.isEmpty()) {
      cases.add(CaseGraphs.fromGraph(defaultGraph));
    }
    cases.addAll(CaseGraphs.fromDataset(scratch));
    if (cases.isEmpty()) {
      List<String> shown = graphNames.stream().map(n -> n.isURI() ? "<" + n.getURI() + ">" : n.toString())
          .sorted().limit(5).toList();
      throw new RdfCaseException("no sst case: the default graph is empty and no named graph is a case graph "
          + GraphNames.GRAPH_PREFIX + "<id> (named graphs: " + String.join(", ", shown)
          + (graphNames.size() > 5 ? ", ..." : "") + ")");
    }
    return ImmutableList.copyOf(cases);
  }

  private static RdfCaseException withFile(RdfCaseException e, String name) {
    String message = e.getMessage();
    RdfCaseException located;
    if (e.problems().size() > 1 && message.indexOf('\n') > 0) {
      located = new RdfCaseException(name + ": " + message.substring(0, message.indexOf('\n')), e.problems());
      located.initCause(e);
    } else {
      located = new RdfCaseException(name + ": " + message, e);
    }
    return located;
  }

  /**
   * Every warning and error of the parser stops it, keeping the line and column, with one exception: an IRI that
   * Jena's parser flags but {@link IRIs#checkEx} accepts (for example {@code https://user@host/}, which the http
   * scheme deprecates) is let through, because {@link CaseGraphs} checks the IRIs it mints with
   * {@link IRIs#checkEx}: whatever the library writes, it reads back.
   */
  private static final ErrorHandler STRICT = new ErrorHandler() {
    @Override
    public void warning(String message, long line, long col) {
      if (!acceptedIri(message)) {
        throw new RiotParseException(message, line, col);
      }
    }

    @Override
    public void error(String message, long line, long col) {
      if (!acceptedIri(message)) {
        throw new RiotParseException(message, line, col);
      }
    }

    @Override
    public void fatal(String message, long line, long col) {
      throw new RiotParseException(message, line, col);
    }
  };

  /** Whether a message is Jena's "Bad IRI: <iri> Code: ..." about an IRI that {@link IRIs#checkEx} accepts. */
  private static boolean acceptedIri(String message) {
    String start = "Bad IRI: <";
    if (message == null || !message.startsWith(start)) {
      return false;
    }
    int end = message.indexOf('>', start.length());
    if (end < 0 || !message.startsWith("> Code: ", end)) {
      return false;
    }
    try {
      IRIs.checkEx(message.substring(start.length(), end));
      return true;
    } catch (IRIException e) {
      return false;
    }
  }

  /** JSON-LD options that never load a document: a remote (or file:) {@code @context} is an error. */
  private static JsonLdOptions offlineJsonLd() {
    JsonLdOptions options = new JsonLdOptions();
    options.setDocumentLoader((url, loaderOptions) -> {
      throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
          "JSON-LD documents are not loaded from anywhere (asked for <" + url + ">): put the @context inline");
    });
    return options;
  }

  private static String reason(Throwable e) {
    String message = e.getMessage();
    if (message == null && e.getCause() != null) {
      message = e.getCause().getMessage();
    }
    return message == null ? e.getClass().getSimpleName() : message;
  }

  private static void checkUtf8(byte[] bytes, String name) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        int offset = in.position();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
          if (bytes[i] == '\n') {
            line++;
            lineStart = i + 1;
          }
        }
        throw new RdfSyntaxException(name, line, offset - lineStart + 1,
            "not UTF-8 text: a bad byte sequence at byte " + offset);
      }
      if (result.isOverflow()) {
        out.clear();
        continue;
      }
      break;
    }
  }

  private static String tooLarge(long size) {
    return "the file is " + size + " bytes, more than the " + MAX_BYTES / (1024 * 1024)
        + " MiB an RDF file may have";
  }
}
