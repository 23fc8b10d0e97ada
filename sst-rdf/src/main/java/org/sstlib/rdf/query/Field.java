package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * The cycles of the cases in scope as fields of practices, and the links between them.
 *
 * <p>What {@link SstQueries#field()} gives. Immutable: the constructor checks every field and copies the lists.
 *
 * @param cycles the cycles, case by case, each case's from macro to micro
 * @param links the outcome-to-condition links between cycles, case by case in the order of the cycles they
 *     leave and reach
 */
public record Field(ImmutableList<FieldCycle> cycles, ImmutableList<FieldLink> links) {
  /** Checks the fields. */
  public Field {
    cycles = ImmutableList.copyOf(checkNotNull(cycles, "cycles"));
    links = ImmutableList.copyOf(checkNotNull(links, "links"));
  }

  /** The links that leave a cycle of a case. */
  public ImmutableList<FieldLink> linksFrom(String caseId, String cycle) {
    return links.stream().filter(l -> l.caseId().equals(caseId) && l.fromCycle().equals(cycle))
        .collect(ImmutableList.toImmutableList());
  }
}
