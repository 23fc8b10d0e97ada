package org.sstlib.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The code lists that come with sst, which a case may cite in its {@code codes} without defining them: codebook
 * {@code ic}, the integrated-care lists of the source papers (Edwards' continuum, the NHS Confederation/ADASS
 * levels, Reed's typology, horizontal and vertical integration, the six dimensions of integration, the Welsh
 * summary's models and mechanisms of integration), cited as
 * {@code ic:edwards-co-ordination}, {@code ic:dimension-financial} and so on. A codebook the case defines itself
 * under the same id takes precedence. The lists are data ({@code codebooks/<id>.tsv} resources), not code.
 *
 * <pre>{@code
 * ShippedCodebooks.get("ic").orElseThrow().concepts();   // edwards-autonomy, ...
 * ShippedCodebooks.namespace("ic");                      // Optional[https://w3id.org/sst/ic#]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ShippedCodebooks {
  private static final ImmutableList<String> IDS = ImmutableList.of("ic");
  private static final ImmutableMap<String, Shipped> SHIPPED = load();

  private record Shipped(Codebook codebook, String namespace) {}

  private ShippedCodebooks() {}

  /** The ids of the shipped codebooks. */
  public static ImmutableList<String> ids() {
    return IDS;
  }

  /** The shipped codebook with this id, if there is one. */
  public static Optional<Codebook> get(String id) {
    return Optional.ofNullable(SHIPPED.get(id)).map(Shipped::codebook);
  }

  /** The namespace of a shipped codebook's concepts in RDF: a concept's IRI is the namespace and its id. */
  public static Optional<String> namespace(String id) {
    return Optional.ofNullable(SHIPPED.get(id)).map(Shipped::namespace);
  }

  private static ImmutableMap<String, Shipped> load() {
    ImmutableMap.Builder<String, Shipped> all = ImmutableMap.builder();
    for (String id : IDS) {
      String resource = "codebooks/" + id + ".tsv";
      try (InputStream in = ShippedCodebooks.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("the shipped codebook " + resource + " is missing from the jar");
        }
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String namespace = null;
        String label = id;
        ImmutableList.Builder<Codebook.Concept> concepts = ImmutableList.builder();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] cells = line.split("\t", -1);
          switch (cells[0]) {
            case "namespace" -> namespace = cells[1];
            case "label" -> label = cells[1];
            default -> concepts.add(new Codebook.Concept(cells[0], cells[1],
                cells.length > 2 && !cells[2].isEmpty() ? Optional.of(cells[2]) : Optional.empty()));
          }
        }
        all.put(id, new Shipped(new Codebook(id, label, concepts.build()), namespace));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return all.buildOrThrow();
  }
}
