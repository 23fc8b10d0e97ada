package org.sstlib.rdf.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.Case;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.testing.RandomCases;
import org.sstlib.core.testing.TestSizes;
import org.sstlib.core.testing.ReferenceCase;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.RdfCaseException;
import org.sstlib.rdf.GraphNames;

class RdfFilesTest {
  private static final Path REFERENCE = ReferenceCase.FILE;
  private static final List<RdfFormat> DETERMINISTIC =
      List.of(RdfFormat.TURTLE, RdfFormat.TRIG, RdfFormat.NTRIPLES, RdfFormat.NQUADS);

  private static Case hughes;

  @BeforeAll
  static void readReferenceCase() {
    hughes = CaseFiles.read(REFERENCE);
  }

  // ------------------------------------------------------------------------------------------------ as written

  @Test
  void readWithGraphsKeepsWhatTheFileWroteBesideTheCases(@TempDir Path dir) throws IOException {
    // A hand-written line the mapping would never write: the case read back cannot show it, the written graph does.
    String extra = "<urn:example:note> <urn:example:says> \"written by hand\" .\n";
    Path ttl = dir.resolve("hand.ttl");
    Files.writeString(ttl, RdfFiles.toTurtle(hughes) + extra);

    WrittenCases read = RdfFiles.readWithGraphs(ttl);

    assertEquals(List.of(hughes), read.cases());
    assertEquals(RdfFiles.read(ttl), read.cases());
    Graph written = read.graphOf(hughes.id());
    assertEquals(CaseGraphs.toGraph(hughes).size() + 1, written.size());
    assertTrue(written.contains(org.apache.jena.graph.NodeFactory.createURI("urn:example:note"),
        org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY));
  }

  @Test
  void readWithGraphsGivesEachCaseOfATrigFileItsNamedGraph(@TempDir Path dir) throws IOException {
    Case other = RandomCases.generate(7);
    Path trig = dir.resolve("two.trig");
    Files.write(trig, bytes(List.of(hughes, other), RdfFormat.TRIG));

    WrittenCases read = RdfFiles.readWithGraphs(trig);

    assertEquals(2, read.cases().size());
    for (Case c : read.cases()) {
      assertTrue(read.written().getGraph(GraphNames.graphNode(c.id())).isIsomorphicWith(read.graphOf(c.id())));
      assertTrue(CaseGraphs.toGraph(c).isIsomorphicWith(read.graphOf(c.id())), c.id());
    }
  }

  // ------------------------------------------------------------------------------------------------ determinism

  @Test
  void referenceCaseTurtleIsByteIdenticalWhenWrittenTwice() {
    byte[] first = turtleBytes(hughes);
    byte[] second = turtleBytes(CaseFiles.read(REFERENCE));
    assertArrayEquals(first, second);
    assertEquals(RdfFiles.toTurtle(hughes), new String(first, StandardCharsets.UTF_8));
    for (RdfFormat format : DETERMINISTIC) {
      assertArrayEquals(bytes(List.of(hughes), format), bytes(List.of(CaseFiles.read(REFERENCE)), format),
          format.toString());
    }
  }

  @Test
  void anotherJvmWritesTheSameBytes(@TempDir Path dir) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        // a different locale and default charset must not change a byte
        "-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1",
        WriteFiles.class.getName(), REFERENCE.toString(), dir.toString())
        .redirectErrorStream(true)
        .start();
    byte[] console = child.getInputStream().readAllBytes();
    assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child JVM did not finish");
    assertEquals(0, child.exitValue(), new String(console, StandardCharsets.UTF_8));
    for (RdfFormat format : DETERMINISTIC) {
      byte[] theirs = Files.readAllBytes(dir.resolve("hughes" + format.extension()));
      assertArrayEquals(bytes(List.of(hughes), format), theirs, "hughes " + format);
    }
    for (RdfFormat format : List.of(RdfFormat.TRIG, RdfFormat.NQUADS)) {
      byte[] theirs = Files.readAllBytes(dir.resolve("several" + format.extension()));
      assertArrayEquals(bytes(WriteFiles.several(hughes), format), theirs, "several " + format);
    }
  }

  /** The child JVM of {@link #anotherJvmWritesTheSameBytes}: writes the files that must come out the same. */
  static final class WriteFiles {
    public static void main(String[] args) throws IOException {
      Case reference = CaseFiles.read(Path.of(args[0]));
      Path dir = Path.of(args[1]);
      for (RdfFormat format : DETERMINISTIC) {
        Files.write(dir.resolve("hughes" + format.extension()), bytes(List.of(reference), format));
      }
      for (RdfFormat format : List.of(RdfFormat.TRIG, RdfFormat.NQUADS)) {
        Files.write(dir.resolve("several" + format.extension()), bytes(several(reference), format));
      }
    }

    static List<Case> several(Case reference) {
      return distinctIds(List.of(reference, RandomCases.generate(3), RandomCases.generate(4),
          RandomCases.generate(5)));
    }
  }

  // ------------------------------------------------------------------------------------------------ round trips

  @Test
  void referenceCaseReadsBackEqualAndIsomorphicFromEveryFormat() {
    Graph expected = CaseGraphs.toGraph(hughes);
    for (RdfFormat format : RdfFormat.values()) {
      byte[] written = bytes(List.of(hughes), format);
      assertEquals(List.of(hughes), read(written, format), format.toString());
      assertTrue(parsedGraph(written, format, hughes).isIsomorphicWith(expected), format.toString());
    }
  }

  @Test
  void deterministicTurtleParsesWithStrictJenaToTheCaseGraph() {
    Graph parsed = RDFParser.fromString(RdfFiles.toTurtle(hughes), RdfFormat.TURTLE.lang())
        .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
        .toGraph();
    assertTrue(parsed.isIsomorphicWith(CaseGraphs.toGraph(hughes)));
  }

  @Test
  void turtleLooksAsDocumented() {
    String turtle = RdfFiles.toTurtle(hughes);
    assertTrue(turtle.startsWith("@prefix : <" + hughes.base() + "> .\n@prefix dcterms: "), turtle);
    for (String prefix : List.of("sst", "ic", "rdf", "rdfs", "xsd", "skos", "dcterms", "prov", "org", "oa")) {
      assertTrue(turtle.contains("\n@prefix " + prefix + ": <"), prefix);
    }
    assertTrue(turtle.contains("\n\n<urn:sst:case:hughes-2022>\n    a sst:Case ;\n"), "the case comes first");
    assertTrue(turtle.contains("sst:practices ("), "lists are written ( ... )");
    assertFalse(turtle.contains("rdf:first"), "no list is written cell by cell");
    assertFalse(turtle.contains("_:"), "no blank node needs a label");
  }

  @Test
  void severalCasesRoundTripThroughTheFormatsWithNamedGraphs() {
    List<Case> cases = WriteFiles.several(hughes);
    List<Case> inGraphOrder = new ArrayList<>();
    for (Case c : cases) {
      inGraphOrder.add(CaseGraphs.fromGraph(CaseGraphs.toGraph(c)));   // as the mapping keeps it
    }
    inGraphOrder.sort(java.util.Comparator.comparing(c -> GraphNames.graphName(c.id())));
    for (RdfFormat format : List.of(RdfFormat.TRIG, RdfFormat.NQUADS, RdfFormat.JSONLD)) {
      assertEquals(inGraphOrder, read(bytes(cases, format), format), format.toString());
    }
  }

  // Quick (-Dsst.tests=quick): seeds 0 to 39 reach every part of the model (RandomCasesTest checks it), and every
  // text field of every case is hostile text, so each format's escaping is tried on every kind of field.
  private static final int RANDOM_SEEDS = TestSizes.of(200, TestSizes.QUICK_SEEDS);

  @Test
  void randomCasesWithHostileTextRoundTripThroughEveryFormat() {
    int exact = 0;
    for (long seed = 0; seed < RANDOM_SEEDS; seed++) {
      Case c = RandomCases.generate(seed);
      Graph expectedGraph = CaseGraphs.toGraph(c);
      // The mapping keeps sets where RDF does (an id repeated in an evidence's supports is kept once), so the
      // files must give back what the in-memory mapping gives back; for most seeds that is the case itself.
      Case expected = CaseGraphs.fromGraph(expectedGraph);
      if (expected.equals(c)) {
        exact++;
      }
      for (RdfFormat format : RdfFormat.values()) {
        byte[] written = bytes(List.of(c), format);
        List<Case> back;
        try {
          back = read(written, format);
        } catch (RuntimeException e) {
          throw new AssertionError("seed=" + seed + " format=" + format + ": " + e.getMessage(), e);
        }
        assertEquals(List.of(expected), back, "seed=" + seed + " format=" + format);
        assertTrue(parsedGraph(written, format, c).isIsomorphicWith(expectedGraph),
            "seed=" + seed + " format=" + format + ": not isomorphic");
      }
      assertArrayEquals(turtleBytes(c), turtleBytes(RandomCases.generate(seed)), "seed=" + seed);
    }
    assertEquals(RANDOM_SEEDS, exact,
        "only " + exact + " of " + RANDOM_SEEDS + " random cases map to RDF and back exactly");
  }

  @Test
  void aDefaultGraphCaseIsReadBesideTheNamedGraphCases() {
    Case other = distinctIds(List.of(hughes, RandomCases.generate(9))).get(1);
    String trig = RdfFiles.toTurtle(other) + "\n" + new String(bytes(List.of(hughes), RdfFormat.TRIG),
        StandardCharsets.UTF_8);
    assertEquals(List.of(other, hughes), read(trig.getBytes(StandardCharsets.UTF_8), RdfFormat.TRIG));
  }

  // ------------------------------------------------------------------------------------------------ refusals

  @Test
  void turtleAndNTriplesHoldOneCase() {
    List<Case> two = WriteFiles.several(hughes).subList(0, 2);
    assertThrows(IllegalArgumentException.class, () -> bytes(two, RdfFormat.TURTLE));
    assertThrows(IllegalArgumentException.class, () -> bytes(two, RdfFormat.NTRIPLES));
    assertThrows(IllegalArgumentException.class, () -> bytes(List.of(), RdfFormat.TURTLE));
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> bytes(List.of(hughes, hughes), RdfFormat.TRIG));
    assertTrue(twice.getMessage().contains("hughes-2022"), twice.getMessage());
  }

  @Test
  void malformedTurtleIsRefusedWithLineAndColumn() {
    String text = "@prefix ex: <http://example.org/> .\n"
        + "ex:a ex:p 1 .\n"
        + "ex:b ex:p 2 ex:c ex:p 3 .\n";
    RdfSyntaxException e = refused(text, RdfFormat.TURTLE, "bad.ttl");
    assertEquals("bad.ttl", e.file());
    assertEquals(3, e.line(), e.getMessage());
    assertEquals(13, e.column(), e.getMessage());
    assertTrue(e.getMessage().startsWith("bad.ttl:3:13: "), e.getMessage());
  }

  @Test
  void badLanguageTagIsRefused() {
    RdfSyntaxException e = refused("<http://example.org/a> <http://example.org/p> \"x\"@123456789 .\n",
        RdfFormat.TURTLE, "lang.ttl");
    assertEquals(1, e.line(), e.getMessage());
    assertTrue(e.column() > 0, e.getMessage());
  }

  @Test
  void iriWithASpaceIsRefused() {
    RdfSyntaxException e = refused("<http://example.org/a b> <http://example.org/p> 1 .\n", RdfFormat.TURTLE,
        "iri.ttl");
    assertEquals(1, e.line(), e.getMessage());
    assertTrue(e.getMessage().contains("space"), e.getMessage());
    RdfSyntaxException nt = refused("<http://example.org/a b> <http://example.org/p> \"1\" .\n",
        RdfFormat.NTRIPLES, "iri.nt");
    assertEquals(1, nt.line(), nt.getMessage());
  }

  @Test
  void badDateIsRefused() {
    RdfSyntaxException e = refused("@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        + "<http://example.org/a> <http://example.org/p> \"2016-13-45\"^^xsd:date .\n", RdfFormat.TURTLE,
        "date.ttl");
    assertEquals(2, e.line(), e.getMessage());
    assertTrue(e.getMessage().contains("2016-13-45"), e.getMessage());
  }

  @Test
  void relativeIriIsRefusedNotResolvedAgainstTheWorkingDirectory() {
    RdfSyntaxException e = refused("<a> <http://example.org/p> 1 .\n", RdfFormat.TURTLE, "rel.ttl");
    assertTrue(e.getMessage().contains("Relative IRI"), e.getMessage());
    assertFalse(e.getMessage().contains(System.getProperty("user.dir")), e.getMessage());
  }

  @Test
  void deepNestingIsRefusedWithoutAStackOverflow() {
    StringBuilder turtle = new StringBuilder("<http://example.org/a> <http://example.org/p> ");
    turtle.append("[ <http://example.org/p> ".repeat(10_000)).append("]".repeat(10_000)).append(" .\n");
    RdfSyntaxException e = refused(turtle.toString(), RdfFormat.TURTLE, "deep.ttl");
    assertTrue(e.getMessage().contains("nested too deeply"), e.getMessage());

    StringBuilder lists = new StringBuilder("<http://example.org/a> <http://example.org/p> ");
    lists.append("(".repeat(10_000)).append(")".repeat(10_000)).append(" .\n");
    assertInstanceOf(RdfSyntaxException.class, refused(lists.toString(), RdfFormat.TURTLE, "lists.ttl"));

    StringBuilder json = new StringBuilder("{\"@id\": \"http://example.org/a\", \"http://example.org/p\": ");
    json.append("{\"http://example.org/p\": ".repeat(10_000)).append("1").append("}".repeat(10_000))
        .append("}");
    assertInstanceOf(RdfSyntaxException.class, refused(json.toString(), RdfFormat.JSONLD, "deep.jsonld"));
  }

  @Test
  void fileOverTheLimitIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.ttl");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(RdfFiles.MAX_BYTES + 1);   // sparse: costs no disk and is not valid Turtle
    }
    RdfSyntaxException e = assertThrows(RdfSyntaxException.class, () -> RdfFiles.read(big));
    assertTrue(e.getMessage().contains("more than the 64 MiB"), e.getMessage());

    InputStream endless = new InputStream() {
      private long left = RdfFiles.MAX_BYTES + 10;

      @Override
      public int read() {
        return left-- > 0 ? '#' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) '#');
        left -= n;
        return n;
      }
    };
    RdfSyntaxException s = assertThrows(RdfSyntaxException.class,
        () -> RdfFiles.read(endless, RdfFormat.TURTLE, "stream.ttl"));
    assertTrue(s.getMessage().startsWith("stream.ttl: more than 64 MiB"), s.getMessage());
  }

  @Test
  void rdfThatIsNotAnSstCaseSaysWhatIsMissing() {
    String foaf = "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n"
        + "<http://example.org/alf> a foaf:Person ; foaf:name \"Alf\" .\n";
    RdfCaseException e = assertThrows(RdfCaseException.class,
        () -> RdfFiles.read(new ByteArrayInputStream(foaf.getBytes(StandardCharsets.UTF_8)), RdfFormat.TURTLE,
            "people.ttl"));
    assertTrue(e.getMessage().startsWith("people.ttl: "), e.getMessage());
    assertTrue(e.getMessage().contains("no sst:Case"), e.getMessage());
    assertTrue(e.getMessage().contains("https://w3id.org/sst#Case"), e.getMessage());
  }

  @Test
  void quadFileWithNoCaseGraphSaysSo() {
    String trig = "<http://example.org/g> { <http://example.org/a> <http://example.org/p> 1 . }\n";
    RdfCaseException e = assertThrows(RdfCaseException.class,
        () -> read(trig.getBytes(StandardCharsets.UTF_8), RdfFormat.TRIG));
    assertTrue(e.getMessage().contains("urn:sst:graph:"), e.getMessage());
    assertTrue(e.getMessage().contains("<http://example.org/g>"), e.getMessage());
  }

  @Test
  void textThatIsNotUtf8IsRefusedWithItsPlace() {
    byte[] bytes = "<http://example.org/a>\n<http://example.org/p> \"caf\u00E9\" .\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    RdfSyntaxException e = assertThrows(RdfSyntaxException.class,
        () -> RdfFiles.read(new ByteArrayInputStream(bytes), RdfFormat.TURTLE, "latin1.ttl"));
    assertEquals(2, e.line(), e.getMessage());
    assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
  }

  @Test
  void fileNamesMustNameAnRdfSyntax(@TempDir Path dir) throws IOException {
    Path yaml = Files.writeString(dir.resolve("case.yaml"), "id: x\n");
    RdfSyntaxException e = assertThrows(RdfSyntaxException.class, () -> RdfFiles.read(yaml));
    assertTrue(e.getMessage().contains(".ttl"), e.getMessage());
    assertThrows(RdfSyntaxException.class, () -> RdfFiles.read(dir.resolve("missing.ttl")));
  }

  @Test
  void formatsKnowTheirExtensions() {
    assertEquals(RdfFormat.TURTLE, RdfFormat.ofFileName("A/B.TTL").orElseThrow());
    assertEquals(RdfFormat.TRIG, RdfFormat.ofFileName("x.trig").orElseThrow());
    assertEquals(RdfFormat.NTRIPLES, RdfFormat.ofFileName("x.nt").orElseThrow());
    assertEquals(RdfFormat.NQUADS, RdfFormat.ofFileName("x.nq").orElseThrow());
    assertEquals(RdfFormat.JSONLD, RdfFormat.ofFileName("x.jsonld").orElseThrow());
    assertTrue(RdfFormat.ofFileName("x.yaml").isEmpty());
    assertFalse(RdfFormat.TURTLE.holdsNamedGraphs());
    assertTrue(RdfFormat.NQUADS.holdsNamedGraphs());
  }

  // ------------------------------------------------------------------------------------------------ JSON-LD

  @Test
  void jsonLdCarriesItsContextInline() {
    for (List<Case> cases : List.of(List.of(hughes), WriteFiles.several(hughes))) {
      String text = new String(bytes(cases, RdfFormat.JSONLD), StandardCharsets.UTF_8);
      JsonObject document;
      try (JsonReader reader = Json.createReader(new StringReader(text))) {
        document = reader.readObject();
      }
      JsonValue context = document.get("@context");
      assertTrue(context != null && context.getValueType() == JsonValue.ValueType.OBJECT,
          "@context should be an object: " + context);
      assertEquals("https://w3id.org/sst#", context.asJsonObject().getString("sst"));
      assertFalse(text.matches("(?s).*\"@context\"\\s*:\\s*\\[?\\s*\"http.*"), "no remote context");
    }
  }

  @Test
  void jsonLdPutsOneCaseInItsNamedGraph() {
    String text = new String(bytes(List.of(hughes), RdfFormat.JSONLD), StandardCharsets.UTF_8);
    JsonObject document;
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      document = reader.readObject();
    }
    // the case's graph is the document's top-level node, as a reader sees without parsing RDF
    assertEquals(GraphNames.graphName(hughes.id()), document.getString("@id"));
    assertEquals(JsonValue.ValueType.ARRAY, document.get("@graph").getValueType());
    DatasetGraph dataset = DatasetGraphFactory.create();
    RDFParser.source(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).lang(RdfFormat.JSONLD.lang())
        .parse(dataset);
    assertTrue(dataset.getDefaultGraph().isEmpty(), "nothing in the default graph");
    assertTrue(dataset.getGraph(GraphNames.graphNode(hughes.id())).isIsomorphicWith(CaseGraphs.toGraph(hughes)));
    assertEquals(List.of(hughes), read(text.getBytes(StandardCharsets.UTF_8), RdfFormat.JSONLD));
  }

  @Test
  void jsonLdOfOneCaseInTheDefaultGraphStillReads() {
    // as sst wrote one case before it named the graph, and as other tools may write it
    DatasetGraph dataset = DatasetGraphFactory.create();
    CaseGraphs.toGraph(hughes).find().forEachRemaining(dataset.getDefaultGraph()::add);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, dataset, org.apache.jena.riot.RDFFormat.JSONLD11);
    assertEquals(List.of(hughes), read(out.toByteArray(), RdfFormat.JSONLD));
  }

  @Test
  void jsonLdNeverLoadsAContext() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(300);
      String remote = "http://127.0.0.1:" + server.getLocalPort() + "/context.jsonld";
      for (String context : List.of(remote, "file:///etc/hostname")) {
        String json = "{\"@context\": \"" + context + "\", \"@id\": \"http://example.org/a\", \"p\": 1}";
        RdfSyntaxException e = refused(json, RdfFormat.JSONLD, "remote.jsonld");
        assertTrue(e.getMessage().startsWith("remote.jsonld: "), e.getMessage());
      }
      assertThrows(SocketTimeoutException.class, server::accept, "the reader connected to the network");
    }
    // and our own JSON-LD reads back with loading refused
    assertEquals(List.of(hughes), read(bytes(List.of(hughes), RdfFormat.JSONLD), RdfFormat.JSONLD));
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private static byte[] turtleBytes(Case c) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RdfFiles.writeTurtle(c, out);
    return out.toByteArray();
  }

  static byte[] bytes(List<Case> cases, RdfFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RdfFiles.write(cases, format, out);
    return out.toByteArray();
  }

  private static List<Case> read(byte[] bytes, RdfFormat format) {
    return RdfFiles.read(new ByteArrayInputStream(bytes), format, "test" + format.extension());
  }

  private static RdfSyntaxException refused(String text, RdfFormat format, String name) {
    return assertThrows(RdfSyntaxException.class,
        () -> RdfFiles.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format, name));
  }

  /**
   * Jena's strict handler, except that it lets through the one IRI warning a valid case can cause: a base such
   * as {@code https://user@example.org/} (userinfo, which the http scheme deprecates but IRIs.checkEx accepts).
   */
  private static final ErrorHandler STRICT_BUT_USERINFO = new ErrorHandler() {
    @Override
    public void warning(String message, long line, long col) {
      error(message, line, col);
    }

    @Override
    public void error(String message, long line, long col) {
      if (!message.contains("PROHIBITED_COMPONENT_PRESENT in USER")) {
        ErrorHandlerFactory.errorHandlerStrictNoLogging.error(message, line, col);
      }
    }

    @Override
    public void fatal(String message, long line, long col) {
      ErrorHandlerFactory.errorHandlerStrictNoLogging.fatal(message, line, col);
    }
  };

  /** The graph of one case as Jena parses the written bytes: the default graph or the case's named graph. */
  private static Graph parsedGraph(byte[] written, RdfFormat format, Case c) {
    DatasetGraph dataset = DatasetGraphFactory.create();
    RDFParser.source(new ByteArrayInputStream(written)).lang(format.lang())
        .errorHandler(STRICT_BUT_USERINFO)
        .parse(dataset);
    Graph named = dataset.getGraph(GraphNames.graphNode(c.id()));
    return named.isEmpty() ? dataset.getDefaultGraph() : named;
  }

  static List<Case> distinctIds(List<Case> cases) {
    Set<String> ids = new HashSet<>();
    return cases.stream().filter(c -> ids.add(c.id())).toList();
  }
}
