package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.sstlib.core.EvidenceKind;

/**
 * A piece of evidence, what it supports, what kind of evidence it is and who made it.
 *
 * <p>{@link SstQueries#evidence(String)} and {@link SstQueries#evidenceForChain(String, String)} give these.
 * Immutable: the constructor checks every field.
 *
 * <pre>{@code
 * EvidenceItem item = queries.evidence("fall-morning/family-help").get(0);
 * item.kind();   // Optional[FIELDNOTE]
 * item.by();     // [gh]: the item's own analyst, or else the case's analysts
 * }</pre>
 *
 * @param caseId the case
 * @param element the id of the element asked about
 * @param claim what the evidence supports: the element itself ({@code element}) or its role in one cycle
 *     ({@code cycle/element})
 * @param evidence the id of the evidence
 * @param source the id of its source
 * @param kind what kind of evidence it is: a participant's words, a field note, ... the analyst's own inference;
 *     empty when the item does not say (a case of format version 1)
 * @param quote the verbatim quote, exactly as written
 * @param note the analyst's note
 * @param locator where in the source (page, paragraph, section, timestamp)
 * @param speakerRole the role of the person quoted
 * @param by the ids of the analysts who made the item: the one it names, or else the case's analysts, in the
 *     case's order; empty when it names none and the case has none
 */
public record EvidenceItem(String caseId, String element, String claim, String evidence, String source,
    Optional<EvidenceKind> kind, Optional<String> quote, Optional<String> note, Optional<String> locator,
    Optional<String> speakerRole, ImmutableList<String> by) {
  /** Checks the fields. */
  public EvidenceItem {
    checkNotNull(caseId, "caseId");
    checkNotNull(element, "element");
    checkNotNull(claim, "claim");
    checkNotNull(evidence, "evidence");
    checkNotNull(source, "source");
    checkNotNull(kind, "kind");
    checkNotNull(quote, "quote");
    checkNotNull(note, "note");
    checkNotNull(locator, "locator");
    checkNotNull(speakerRole, "speakerRole");
    by = ImmutableList.copyOf(checkNotNull(by, "by"));
  }
}
