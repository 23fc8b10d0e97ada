package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A piece of evidence and what it supports.
 *
 * <p>{@link SstQueries#evidence(String)} and {@link SstQueries#evidenceForChain(String, String)} give these.
 * Immutable: the constructor checks every field.
 *
 * @param caseId the case
 * @param element the id of the element asked about
 * @param claim what the evidence supports: the element itself ({@code element}) or its role in one cycle
 *     ({@code cycle/element})
 * @param evidence the id of the evidence
 * @param source the id of its source
 * @param quote the verbatim quote, exactly as written
 * @param note the analyst's note
 * @param locator where in the source (page, paragraph, section, timestamp)
 * @param speakerRole the role of the person quoted
 * @param analyst the id of the analyst who made the classification
 */
public record EvidenceItem(String caseId, String element, String claim, String evidence, String source,
    Optional<String> quote, Optional<String> note, Optional<String> locator, Optional<String> speakerRole,
    Optional<String> analyst) {
  /** Checks the fields. */
  public EvidenceItem {
    checkNotNull(caseId, "caseId");
    checkNotNull(element, "element");
    checkNotNull(claim, "claim");
    checkNotNull(evidence, "evidence");
    checkNotNull(source, "source");
    checkNotNull(quote, "quote");
    checkNotNull(note, "note");
    checkNotNull(locator, "locator");
    checkNotNull(speakerRole, "speakerRole");
    checkNotNull(analyst, "analyst");
  }
}
