package org.sstlib.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.sstlib.core.Case;
import org.sstlib.rdf.SST;
import org.sstlib.rdf.io.RdfFiles;
import org.sstlib.rdf.io.RdfFormat;
import org.sstlib.rdf.shacl.SstShapes;
import org.sstlib.report.Report;
import org.sstlib.report.ReportOptions;

/**
 * The files a crate derives from its cases, each the same bytes for the same cases: Turtle of one case, TriG and
 * JSON-LD of all, the vocabulary and shapes of this version of sst, and the HTML report. Stateless.
 */
final class DerivedFiles {
  private DerivedFiles() {}

  static byte[] turtle(Case c) {
    return RdfFiles.toTurtle(c).getBytes(StandardCharsets.UTF_8);
  }

  static byte[] trig(List<Case> cases) {
    return rdf(cases, RdfFormat.TRIG);
  }

  /**
   * JSON-LD 1.1 of the cases (each in its named graph, one case as several, as {@code sst export -f jsonld} writes
   * them), the same bytes every time: the cases go through their canonical N-Quads, whose blank
   * nodes are labelled by structure, and are read back keeping those labels, so that the JSON-LD writer meets the
   * same terms in the same order (writing the cases' graphs directly would give it blank nodes of fresh ids).
   */
  static byte[] jsonLd(List<Case> cases) {
    byte[] nquads = rdf(cases, RdfFormat.NQUADS);
    DatasetGraph read = DatasetGraphFactory.create();
    RDFParser.source(new ByteArrayInputStream(nquads)).lang(Lang.NQUADS)
        .labelToNode(LabelToNode.createUseLabelAsGiven()).parse(read);
    SST.prefixes().getNsPrefixMap().forEach(read.prefixes()::add);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFWriter.source(read).format(RDFFormat.JSONLD11_PRETTY).output(out);
    if (out.size() == 0) {
      // Jena's JSON-LD 1.1 writer reports a failure of the JSON-LD processor only on the console.
      throw new IllegalStateException("the JSON-LD writer produced nothing for " + cases.size() + " case(s)");
    }
    return out.toByteArray();
  }

  static byte[] report(List<Case> cases) {
    return Report.html(cases, ReportOptions.defaults()).getBytes(StandardCharsets.UTF_8);
  }

  /** The vocabulary, {@code sst.ttl}, as this version of sst ships it. */
  static byte[] vocabulary() {
    return resource(SST.class, "sst.ttl");
  }

  /** The theory's SHACL shapes, {@code sst-shapes.ttl}, as this version of sst checks cases with them. */
  static byte[] shapes() {
    return resource(SstShapes.class, "sst-shapes.ttl");
  }

  private static byte[] resource(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from sst's own jar beside " + owner.getName());
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " from sst's own jar", e);
    }
  }

  private static byte[] rdf(List<Case> cases, RdfFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RdfFiles.write(cases, format, out);
    return out.toByteArray();
  }
}
