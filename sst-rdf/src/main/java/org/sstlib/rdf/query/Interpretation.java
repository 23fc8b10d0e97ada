package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.sstlib.core.InternalKind;

/**
 * An internal structure about an element: how the agent who holds it, or the agents who share it, interpret that
 * element. A structure shared by several agents is one interpretation with every holder.
 *
 * <p>{@link SstQueries#interpretations()} and {@link SstQueries#interpretations(String)} give these. Immutable: the
 * constructor checks every field.
 *
 * @param caseId the case
 * @param about the id of the element interpreted
 * @param aboutLabel its label
 * @param structure the id of the internal structure
 * @param label its label
 * @param kind conjuncturally-specific or general-dispositional
 * @param holders the ids of the agents it is internal to, sorted
 * @param holderLabels their labels, in the same order
 */
public record Interpretation(String caseId, String about, String aboutLabel, String structure, String label,
    Optional<InternalKind> kind, ImmutableList<String> holders, ImmutableList<String> holderLabels) {
  /** Checks the fields. */
  public Interpretation {
    checkNotNull(caseId, "caseId");
    checkNotNull(about, "about");
    checkNotNull(aboutLabel, "aboutLabel");
    checkNotNull(structure, "structure");
    checkNotNull(label, "label");
    checkNotNull(kind, "kind");
    holders = ImmutableList.copyOf(checkNotNull(holders, "holders"));
    holderLabels = ImmutableList.copyOf(checkNotNull(holderLabels, "holderLabels"));
    checkArgument(!holders.isEmpty(), "an interpretation has at least one holder");
    checkArgument(holders.size() == holderLabels.size(), "one label per holder: %s and %s", holders, holderLabels);
  }
}
