package org.sstlib.rdf.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.google.common.collect.ImmutableList;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIs;
import org.apache.jena.irix.IRIxResolver;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
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
import org.sstlib.core.internal.StrictUtf8;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.QuoteAnchors;
import org.sstlib.rdf.GraphNames;
import org.sstlib.rdf.RdfCaseException;
import org.sstlib.rdf.SST;

/**
 * Reads and writes cases as RDF files: Turtle, TriG, N-Triples, N-Quads and JSON-LD 1.1 (see {@link RdfFormat} and
 * {@code docs/rdf.md} for the mapping).
 *
 * <p>Writing is deterministic where the syntax allows it: the same case gives byte-identical Turtle, TriG,
 * N-Triples and N-Quads in every run and every JVM (subjects, predicates and objects sorted, blank nodes labelled
 * by structure, not by Jena's internal ids), so an archived case diffs cleanly. JSON-LD is written by Jena (not
 * byte-deterministic) and carries its {@code @context} inline, so no reader needs the network. The text goes to
 * the stream or writer as it is laid out, a subject at a time, so a case of millions of triples is written
 * without holding its text (or a graph of it); each case is mapped, and its IRIs checked, before the first byte,
 * so a case that cannot be written writes nothing.
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
 * <p>Reading is strict and safe with files from anywhere: only regular files are read (a device, a FIFO or a
 * socket, or a link to one, is refused unopened), at most {@link #MAX_BYTES} of them, counted as they are read,
 * before parsing; the text must be UTF-8; every warning of the parser is an error (a bad language tag, a malformed or relative IRI,
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

  /** The buffer between the text and the stream. */
  private static final int BUFFER = 64 * 1024;

  private RdfFiles() {}

  // ------------------------------------------------------------------------------------------------ writing

  /**
   * The case as deterministic Turtle: the same case gives the same text in every run and every JVM. For a large
   * case, {@link #writeTurtle(Case, OutputStream)} writes the same text without holding it.
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
    StringWriter text = new StringWriter();
    write(List.of(c), RdfFormat.TURTLE, text);
    return text.toString();
  }

  /**
   * Writes {@link #toTurtle(Case)} as UTF-8, as it is laid out. Does not close the stream.
   *
   * @throws RdfCaseException if an IRI the case mints is not a valid IRI; nothing is written then
   * @throws UncheckedIOException if the stream cannot be written
   */
  public static void writeTurtle(Case c, OutputStream out) {
    checkNotNull(out, "out");
    checkNotNull(c, "case");
    write(List.of(c), RdfFormat.TURTLE, out);
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
   *       prefixes; each case in its named graph, one case as several (a top-level {@code @id} with its
   *       {@code @graph}).
   * </ul>
   *
   * <p>The text is written as it is laid out, a subject at a time, never held whole (JSON-LD is laid out by Jena,
   * which builds the document first). Every case is mapped, and every IRI it mints checked, before the first byte is
   * written, so a case that cannot be written writes nothing.
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
    write(cases, format, out, QuoteAnchors.none());
  }

  /**
   * As {@link #write(Collection, RdfFormat, OutputStream)}, with each quote found in its source's text anchored
   * there: its {@code oa:TextQuoteSelector} holds the passage as the text has it, with a prefix and a suffix, and an
   * {@code oa:TextPositionSelector} gives its place (see {@link QuoteAnchors}).
   */
  public static void write(Collection<Case> cases, RdfFormat format, OutputStream out, QuoteAnchors anchors) {
    checkNotNull(cases, "cases");
    checkNotNull(format, "format");
    checkNotNull(out, "out");
    checkNotNull(anchors, "anchors");
    List<Case> sorted = checkedCases(cases, format);
    try {
      if (format == RdfFormat.JSONLD) {
        JsonLdOutput.write(sorted, anchors, out);
        out.flush();
        return;
      }
      Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
      writeText(sorted, format, anchors, text);
      text.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write RDF: " + e.getMessage(), e);
    }
  }

  /**
   * Writes cases in an RDF syntax as text, exactly the characters whose UTF-8 bytes
   * {@link #write(Collection, RdfFormat, OutputStream)} writes. Does not close the writer.
   *
   * @throws IllegalArgumentException if Turtle or N-Triples is asked for with other than one case, or two cases
   *     share an id
   * @throws RdfCaseException if an IRI a case mints is not a valid IRI; nothing is written then
   * @throws UncheckedIOException if the writer fails
   */
  public static void write(Collection<Case> cases, RdfFormat format, Writer out) {
    checkNotNull(cases, "cases");
    checkNotNull(format, "format");
    checkNotNull(out, "out");
    List<Case> sorted = checkedCases(cases, format);
    try {
      if (format == RdfFormat.JSONLD) {
        JsonLdOutput.write(sorted, QuoteAnchors.none(), out);
      } else {
        writeText(sorted, format, QuoteAnchors.none(), out);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write RDF: " + e.getMessage(), e);
    }
  }

  /** The cases in graph-name order, after checking that the format can hold them. */
  private static List<Case> checkedCases(Collection<Case> cases, RdfFormat format) {
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
    return sorted;
  }

  /** Turtle, TriG, N-Triples or N-Quads, each case mapped before anything is written. */
  private static void writeText(List<Case> cases, RdfFormat format, QuoteAnchors anchors, Writer out)
      throws IOException {
    switch (format) {
      case TURTLE -> {
        Case c = cases.get(0);
        SubjectTable table = SubjectTable.of(c, anchors, TurtleWriter.subjectOrder(caseNode(c)));
        new TurtleWriter(prefixes(cases)).writeDocument(table, out);
      }
      case TRIG -> {
        List<SubjectTable> tables = new ArrayList<>();
        for (Case c : cases) {
          tables.add(SubjectTable.of(c, anchors, TurtleWriter.subjectOrder(caseNode(c))));
        }
        TurtleWriter writer = new TurtleWriter(prefixes(cases));
        writer.writePrefixes(out);
        for (int i = 0; i < cases.size(); i++) {
          // "<g> { ... }" without the optional GRAPH keyword: TriG 1.1 allows both, and older readers (rapper 2.0)
          // know only this form.
          out.write("\n" + TermText.iriRef(GraphNames.graphName(cases.get(i).id())) + " {\n");
          writer.writeBody(tables.get(i), 1, out);
          out.write("}\n");
          tables.set(i, null);   // written: let it go
        }
      }
      case NTRIPLES, NQUADS -> {
        List<CanonicalLines.Graph> graphs = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
          Case c = cases.get(i);
          SubjectTable table = SubjectTable.of(c, anchors, CanonicalLines.SUBJECT_ORDER);
          Map<Node, String> labels = TurtleWriter.blankLabels(table, TurtleWriter.subjectOrder(caseNode(c)));
          graphs.add(format == RdfFormat.NTRIPLES
              ? new CanonicalLines.Graph(table, labels, null, "")
              : new CanonicalLines.Graph(table, labels, GraphNames.graphName(c.id()), "g" + i));
        }
        CanonicalLines.write(graphs, out);
      }
      default -> throw new IllegalArgumentException("not written a subject at a time: " + format);
    }
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
    return readWithGraphs(file).cases();
  }

  /**
   * Reads every case of an RDF file as {@link #read(Path)} does, and keeps the RDF as the file wrote it, from the
   * same parse: for checks of what a person wrote, such as the theory's shapes on hand-written RDF.
   *
   * <pre>{@code
   * WrittenCases read = RdfFiles.readWithGraphs(Path.of("handwritten.ttl"));
   * Graph asWritten = read.graphOf(read.cases().get(0).id());
   * }</pre>
   *
   * @throws RdfSyntaxException as {@link #read(Path)}
   * @throws RdfCaseException as {@link #read(Path)}
   * @throws InvalidCaseException as {@link #read(Path)}
   */
  public static WrittenCases readWithGraphs(Path file) {
    checkNotNull(file, "file");
    String name = file.toString();
    Optional<RdfFormat> format = RdfFormat.ofFileName(name);
    if (format.isEmpty()) {
      throw new RdfSyntaxException(name, 0, 0,
          "not an RDF file: the name should end in .ttl, .trig, .nt, .nq or .jsonld");
    }
    return read(readBounded(file, name), format.get(), name);
  }

  /**
   * The bytes of a regular file (a link to one is followed), at most {@link #MAX_BYTES}, counted as they are read:
   * the size a file reports is not a limit (a file may grow while it is read). A device ({@code /dev/zero} never
   * ends), a FIFO (it may never be written) or a socket is refused before it is opened.
   */
  private static byte[] readBounded(Path file, String name) {
    byte[] bytes;
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        throw new RdfSyntaxException(name, 0, 0, "is a directory, not an RDF file");
      }
      if (!attributes.isRegularFile()) {
        throw new RdfSyntaxException(name, 0, 0, "is not a regular file (it is a device, a FIFO or a socket, "
            + "or links to one), so it is not read: give an RDF file");
      }
      if (attributes.size() > MAX_BYTES) {
        throw new RdfSyntaxException(name, 0, 0, tooLarge(attributes.size()));
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) MAX_BYTES + 1);
      }
    } catch (NoSuchFileException e) {
      throw new RdfSyntaxException(name, 0, 0, "no such file", e);
    } catch (IOException e) {
      throw new RdfSyntaxException(name, 0, 0, "cannot read the file: " + e.getMessage(), e);
    }
    if (bytes.length > MAX_BYTES) {
      throw new RdfSyntaxException(name, 0, 0, "the file grew while it was read, past the "
          + MAX_BYTES / (1024 * 1024) + " MiB an RDF file may have");
    }
    return bytes;
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
    return readWithGraphs(in, format, name).cases();
  }

  /**
   * Reads every case of RDF text in a given syntax and keeps the RDF as written, as {@link #readWithGraphs(Path)}
   * does. Reads at most {@link #MAX_BYTES} plus one byte from the stream; does not close it.
   *
   * @param name the file name to use in messages
   * @throws RdfSyntaxException as {@link #read(InputStream, RdfFormat, String)}
   * @throws RdfCaseException as {@link #read(InputStream, RdfFormat, String)}
   * @throws InvalidCaseException as {@link #read(InputStream, RdfFormat, String)}
   */
  public static WrittenCases readWithGraphs(InputStream in, RdfFormat format, String name) {
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

  private static WrittenCases read(byte[] bytes, RdfFormat format, String name) {
    checkUtf8(bytes, name);
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    if (format == RdfFormat.JSONLD) {
      JsonLdInput.check(bytes, start, name);
    }
    DatasetGraph scratch = DatasetGraphFactory.create();
    parse(new ByteArrayInputStream(bytes, start, bytes.length - start), format, name, scratch);
    try {
      return new WrittenCases(cases(scratch, format, name), scratch);
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

  private static ImmutableList<Case> cases(DatasetGraph scratch, RdfFormat format, String name) {
    Graph defaultGraph = scratch.getDefaultGraph();
    List<Node> graphNames = new ArrayList<>();
    for (Iterator<Node> it = scratch.listGraphNodes(); it.hasNext(); ) {
      graphNames.add(it.next());
    }
    if (!format.holdsNamedGraphs() || graphNames.isEmpty()) {
      return ImmutableList.of(CaseGraphs.fromGraph(defaultGraph));
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
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JsonLdError jsonLd) {
        return JsonLdInput.reason(jsonLd);
      }
    }
    String message = e.getMessage();
    if (message == null && e.getCause() != null) {
      message = e.getCause().getMessage();
    }
    return message == null ? e.getClass().getSimpleName() : message;
  }

  private static void checkUtf8(byte[] bytes, String name) {
    StrictUtf8.firstMalformed(bytes).ifPresent(bad -> {
      throw new RdfSyntaxException(name, bad.line(), bad.column(),
          "not UTF-8 text: a bad byte sequence at byte " + bad.offset());
    });
  }

  private static String tooLarge(long size) {
    return "the file is " + size + " bytes, more than the " + MAX_BYTES / (1024 * 1024)
        + " MiB an RDF file may have";
  }
}
