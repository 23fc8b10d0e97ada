package org.sstlib.rdf;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.Map;
import org.sstlib.core.quotes.Anchor;

/**
 * Where the quotes of some cases were found in their sources' texts ({@link org.sstlib.core.quotes.QuoteCheck}),
 * so that the RDF written for them lets another tool find each passage again: a quote's
 * {@code oa:TextQuoteSelector} gets the passage as the text has it with a prefix and a suffix, and its target a
 * second selector, an {@code oa:TextPositionSelector}. The anchors are not part of the case (they come from texts
 * the case only names), so reading the RDF back gives the same case with or without them.
 *
 * <pre>{@code
 * QuoteReport report = QuoteCheck.builder(file).textsIn(texts).locations(where).build().check(study);
 * RdfFiles.write(List.of(study), RdfFormat.TURTLE, out, QuoteAnchors.of(study.id(), report.anchors()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class QuoteAnchors {
  private static final QuoteAnchors NONE = new QuoteAnchors(ImmutableMap.of());

  private final ImmutableMap<String, ImmutableMap<String, Anchor>> byCase;

  private QuoteAnchors(ImmutableMap<String, ImmutableMap<String, Anchor>> byCase) {
    this.byCase = byCase;
  }

  /** No anchors: each quote's selector holds the quote alone. */
  public static QuoteAnchors none() {
    return NONE;
  }

  /** The anchors of one case's quotes. */
  public static QuoteAnchors of(String caseId, Collection<Anchor> anchors) {
    return none().with(caseId, anchors);
  }

  /** These anchors and those of another case (replacing any this one holds for it). */
  public QuoteAnchors with(String caseId, Collection<Anchor> anchors) {
    checkNotNull(caseId, "caseId");
    checkNotNull(anchors, "anchors");
    ImmutableMap.Builder<String, Anchor> evidence = ImmutableMap.builder();
    anchors.forEach(a -> evidence.put(a.evidenceId(), a));
    ImmutableMap.Builder<String, ImmutableMap<String, Anchor>> b = ImmutableMap.builder();
    byCase.forEach((id, m) -> {
      if (!id.equals(caseId)) {
        b.put(id, m);
      }
    });
    b.put(caseId, evidence.buildKeepingLast());
    return new QuoteAnchors(b.buildOrThrow());
  }

  /** The anchors of a case's quotes, by evidence id; empty when none. */
  public Map<String, Anchor> of(String caseId) {
    return byCase.getOrDefault(caseId, ImmutableMap.of());
  }
}
