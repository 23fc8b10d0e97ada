package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * The network of position-practices around one, within some relation hops, in each case in scope: its relations
 * and the structures that bear on its position-practices (Stones 2005: the networks of position-practice relations
 * are part of the external structures agents act within).
 *
 * <p>{@link SstQueries#network(String, int)} gives it. Immutable.
 *
 * @param relations the relations whose two ends are both in the network: by case, by distance, by the id of the
 *     position-practice that has them, then in its order
 * @param bearing the structures that bear on a position-practice of the network: by case, by distance, by
 *     position-practice, by structure
 */
public record Network(ImmutableList<NetworkRelation> relations, ImmutableList<BearingStructure> bearing) {
  /** Checks the fields. */
  public Network {
    relations = ImmutableList.copyOf(checkNotNull(relations, "relations"));
    bearing = ImmutableList.copyOf(checkNotNull(bearing, "bearing"));
  }
}
