package org.sstlib.rdf.io;

import com.google.common.io.CountingOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.sstlib.core.Case;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.QuoteAnchors;
import org.sstlib.rdf.GraphNames;
import org.sstlib.rdf.SST;

/**
 * Cases as JSON-LD 1.1, written by Jena straight to the stream: compacted with an inline {@code @context} of the
 * vocabulary prefixes, so no reader needs the network; every case in its named graph {@code urn:sst:graph:<id>},
 * one case as several (a single case is a top-level {@code @id} with its {@code @graph}, so the named queries'
 * {@code GRAPH ?case} patterns find it in any reader's dataset). Jena's writer lays the whole document out before it writes (the JSON-LD algorithms work on the whole
 * dataset). Stateless and thread-safe.
 */
final class JsonLdOutput {
  private JsonLdOutput() {}

  /** Writes the cases as UTF-8; every case is mapped before the first byte. */
  static void write(List<Case> cases, QuoteAnchors anchors, OutputStream out) throws IOException {
    RDFWriter writer = writer(cases, anchors);
    CountingOutputStream counted = new CountingOutputStream(out);
    output(() -> writer.output(counted));
    checkWritten(counted.getCount(), cases);
  }

  /** Writes the cases as text; every case is mapped before the first character. */
  static void write(List<Case> cases, QuoteAnchors anchors, Writer out) throws IOException {
    RDFWriter writer = writer(cases, anchors);
    CountingWriter counted = new CountingWriter(out);
    output(() -> writer.output(counted));
    checkWritten(counted.count, cases);
  }

  private static RDFWriter writer(List<Case> cases, QuoteAnchors anchors) {
    DatasetGraph dataset = DatasetGraphFactory.create();
    for (Case c : cases) {
      CaseGraphs.addTo(c, dataset.getGraph(GraphNames.graphNode(c.id())), anchors);
    }
    // Jena compacts with a context made of the dataset's prefixes and writes it inline; with no prefixes it
    // would write no @context at all.
    SST.prefixes().getNsPrefixMap().forEach(dataset.prefixes()::add);
    return RDFWriter.source(dataset).format(RDFFormat.JSONLD11_PRETTY).build();
  }

  /** Runs Jena's writer, giving back the failure of the stream that it wraps in an exception of its own. */
  private static void output(Runnable output) throws IOException {
    try {
      output.run();
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof IOException io) {
          throw io;
        }
      }
      throw e;
    }
  }

  private static void checkWritten(long written, List<Case> cases) {
    if (written == 0) {
      // Jena's JSON-LD 1.1 writer reports a failure of the JSON-LD processor only on the console.
      throw new IllegalStateException("the JSON-LD writer produced nothing for " + cases.size() + " case(s)");
    }
  }

  /** Counts the characters written through it. */
  private static final class CountingWriter extends FilterWriter {
    long count;

    CountingWriter(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      super.write(c);
      count++;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
      super.write(chars, off, len);
      count += len;
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      super.write(s, off, len);
      count += len;
    }
  }
}
