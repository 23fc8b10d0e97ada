package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * A structure that bears on a position-practice of a network: it is an external or material entry of a cycle whose
 * agent-in-focus acts from that position-practice, so it is among the conditions of action met there (Stones 2005).
 * Its codes let a reader count how much of a network comes from one programme: Hughes, Shaw and Greenhalgh (2022)
 * found integrated care "only a small part of the complex network that sustained patients at home".
 *
 * <p>{@link SstQueries#network(String, int)} gives these. Immutable: the constructor checks every field.
 *
 * <pre>{@code
 * Network n = queries.inCase("hughes-2022").network("alf-at-home", 2);
 * long ic = n.bearing().stream().filter(b -> b.hasCodeOf("ic")).count();
 * System.out.println(ic + " of " + n.bearing().size() + " bearing structures carry an ic: code");
 * }</pre>
 *
 * @param caseId the case
 * @param positionPractice the id of the position-practice it bears on
 * @param positionPracticeLabel its label
 * @param distance how many relation hops that position-practice is from the one the network is around
 * @param structure the id of the structure
 * @param label its label
 * @param codes its codes ({@code codebook:concept}), sorted
 * @param cycles the ids of the cycles through which it bears on the position-practice, sorted
 */
public record BearingStructure(String caseId, String positionPractice, String positionPracticeLabel, int distance,
    String structure, String label, ImmutableList<String> codes, ImmutableList<String> cycles) {
  /** Checks the fields. */
  public BearingStructure {
    checkNotNull(caseId, "caseId");
    checkNotNull(positionPractice, "positionPractice");
    checkNotNull(positionPracticeLabel, "positionPracticeLabel");
    checkArgument(distance >= 0, "distance %s", distance);
    checkNotNull(structure, "structure");
    checkNotNull(label, "label");
    codes = ImmutableList.copyOf(checkNotNull(codes, "codes"));
    cycles = ImmutableList.copyOf(checkNotNull(cycles, "cycles"));
  }

  /** Whether one of its codes is of the codebook {@code codebook} ({@code "ic"} for {@code ic:vertical}). */
  public boolean hasCodeOf(String codebook) {
    checkNotNull(codebook, "codebook");
    return codes.stream().anyMatch(c -> c.startsWith(codebook + ":"));
  }
}
