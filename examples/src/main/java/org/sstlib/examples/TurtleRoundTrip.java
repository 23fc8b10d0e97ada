package org.sstlib.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.sstlib.core.Case;
import org.sstlib.core.Event;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.io.RdfFiles;
import org.sstlib.rdf.io.RdfFormat;

/**
 * Exports a case to Turtle for archiving, reads the file back and checks that nothing was lost, in three ways:
 *
 * <ol>
 *   <li>as RDF: plain Jena parses the file (no sst code) and the graph is isomorphic
 *       ({@link Graph#isIsomorphicWith}) to the graph {@link CaseGraphs#toGraph} makes of the case, blank nodes
 *       and all;
 *   <li>as a case: {@link RdfFiles#read} gives back a {@link Case} equal to the one written;
 *   <li>as text: writing the case again gives the file's very bytes, because {@link RdfFiles} writes Turtle
 *       deterministically, so an archived case diffs cleanly.
 * </ol>
 *
 * <p>Then it checks the checks: a case with one more event is neither isomorphic nor equal to the file.
 *
 * <pre>{@code
 * Case study = CaseFiles.read(Path.of("examples/cases/hughes-2022.yaml"));
 * Path file = TurtleRoundTrip.write(study, Path.of("out"));   // out/hughes-2022.ttl
 * TurtleRoundTrip.compare(study, file);                       // Comparison[isomorphic=true, equal=true, ...]
 * }</pre>
 */
public final class TurtleRoundTrip {

  /**
   * What {@link #compare} found.
   *
   * @param triples the number of triples in the file
   * @param isomorphic whether the file's graph is isomorphic to the case's graph
   * @param equal whether the file holds exactly this case
   * @param sameBytes whether the case, written again, gives the file's bytes
   */
  public record Comparison(int triples, boolean isomorphic, boolean equal, boolean sameBytes) {}

  private TurtleRoundTrip() {}

  /** Writes the case as Turtle to {@code <dir>/<case id>.ttl}, creating the folder if need be, and returns the file. */
  public static Path write(Case study, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(study.id() + RdfFormat.TURTLE.extension());
    try (OutputStream out = Files.newOutputStream(file)) {
      RdfFiles.write(List.of(study), RdfFormat.TURTLE, out);
    }
    return file;
  }

  /** Reads a Turtle file and compares it with a case as RDF, as a case and as text. */
  public static Comparison compare(Case expected, Path turtle) throws IOException {
    // Strict: a warning (a bad IRI, a bad date) is an error, not a message in a log.
    Graph parsed = RDFParser.source(turtle).lang(RdfFormat.TURTLE.lang())
        .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).toGraph();
    boolean isomorphic = CaseGraphs.toGraph(expected).isIsomorphicWith(parsed);
    List<Case> back = RdfFiles.read(turtle);
    boolean equal = back.equals(List.of(expected));
    boolean sameBytes = RdfFiles.toTurtle(expected).equals(Files.readString(turtle, StandardCharsets.UTF_8));
    return new Comparison(parsed.size(), isomorphic, equal, sameBytes);
  }

  /**
   * Writes the case to Turtle under {@code dir}, compares the file with it and with a changed case, prints what it
   * found and returns the comparison with the case itself.
   */
  public static Comparison print(Case study, Path dir, PrintStream out) throws IOException {
    Path file = write(study, dir);
    out.println("wrote " + file + " (" + Files.size(file) + " bytes)");
    Comparison same = compare(study, file);
    out.println("read back: " + same.triples() + " triples; isomorphic to the case's graph: " + same.isomorphic()
        + "; the same case: " + same.equal() + "; written again, the same bytes: " + same.sameBytes());
    Case changed = Case.builder(study).event(Event.builder("one-more-event", "An event the file lacks").build())
        .build();
    Comparison other = compare(changed, file);
    out.println("a case with one more event: isomorphic: " + other.isomorphic() + "; the same case: "
        + other.equal());
    return same;
  }

  /**
   * Writes a case file (default {@code examples/cases/hughes-2022.yaml}) as Turtle into a folder (default
   * {@code out}) and checks the round trip; exits with 1 if it lost anything or the output could not be written.
   */
  public static void main(String... args) throws IOException {
    Path caseFile = Path.of(args.length > 0 ? args[0] : "examples/cases/hughes-2022.yaml");
    Path dir = Path.of(args.length > 1 ? args[1] : "out");
    Case study = CaseFiles.read(caseFile);
    Comparison result = print(study, dir, System.out);
    if (!(result.isomorphic() && result.equal() && result.sameBytes()) || System.out.checkError()) {
      System.exit(1);
    }
  }
}
