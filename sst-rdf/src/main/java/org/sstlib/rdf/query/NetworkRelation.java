package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.sstlib.core.Degree;
import org.sstlib.core.RelationType;

/**
 * A relation of the network of position-practices around one (Stones 2005: the web of position-practice relations
 * that agents act within), read as the case says it: from the position-practice that has it to the one it goes to,
 * whichever of the two is nearer to the one the network is around.
 *
 * <p>{@link SstQueries#network(String, int)} gives these. Immutable: the constructor checks every field.
 *
 * <pre>{@code
 * for (NetworkRelation r : queries.inCase("hughes-2022").network("alf-at-home", 1).relations()) {
 *   System.out.println(r.from() + " " + r.type().code() + " " + r.to());
 * }   // case-manager cares-for alf-at-home, alf-at-home other case-manager, ...
 * }</pre>
 *
 * @param caseId the case
 * @param from the id of the position-practice that has the relation
 * @param fromLabel its label
 * @param fromOccupants the ids of the agents who occupy it, sorted
 * @param type what the relation is, read from {@code from} to {@code to}
 * @param label the relation in the case's own words, if it says
 * @param strength how strong the relation is, if the case says
 * @param trust how much trust it carries, if the case says
 * @param to the id of the position-practice it goes to
 * @param toLabel its label
 * @param toOccupants the ids of the agents who occupy it, sorted
 * @param distance how many relation hops its nearer end is from the position-practice the network is around
 */
public record NetworkRelation(String caseId, String from, String fromLabel, ImmutableList<String> fromOccupants,
    RelationType type, Optional<String> label, Optional<Degree> strength, Optional<Degree> trust, String to,
    String toLabel, ImmutableList<String> toOccupants, int distance) {
  /** Checks the fields. */
  public NetworkRelation {
    checkNotNull(caseId, "caseId");
    checkNotNull(from, "from");
    checkNotNull(fromLabel, "fromLabel");
    fromOccupants = ImmutableList.copyOf(checkNotNull(fromOccupants, "fromOccupants"));
    checkNotNull(type, "type");
    checkNotNull(label, "label");
    checkNotNull(strength, "strength");
    checkNotNull(trust, "trust");
    checkNotNull(to, "to");
    checkNotNull(toLabel, "toLabel");
    toOccupants = ImmutableList.copyOf(checkNotNull(toOccupants, "toOccupants"));
    checkArgument(distance >= 0, "distance %s", distance);
  }
}
