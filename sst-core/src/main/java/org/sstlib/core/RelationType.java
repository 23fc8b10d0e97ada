package org.sstlib.core;

/**
 * What a relation between two position-practices is. Stones (2005) places each position-practice in a network of
 * relations with others; Hughes, Shaw and Greenhalgh (2022) show a patient sustaining his position-practice at home
 * "through and in social and organisational networks". A relation reads from the position-practice that has it to
 * the one it names: a family carer's position-practice {@code supports} Alf's life at home; a case manager's
 * {@code cares-for} it.
 */
public enum RelationType implements CodeListValue {
  /** This position-practice answers to the other: its occupant gives account to the other's occupant. */
  ACCOUNTABLE_TO("accountable-to"),
  /** This position-practice manages the other: directs or supervises the work done from it. */
  MANAGES("manages"),
  /** This position-practice refers people or work to the other. */
  REFERS_TO("refers-to"),
  /** This position-practice cares for the other's occupant: clinical, nursing or personal care. */
  CARES_FOR("cares-for"),
  /** This position-practice supports the other: practical, emotional or informal help. */
  SUPPORTS("supports"),
  /** This position-practice funds the other or the work done from it. */
  FUNDS("funds"),
  /** This position-practice contracts with the other: commissions or buys its work. */
  CONTRACTS_WITH("contracts-with"),
  /** This position-practice informs the other: passes it information, advice or reports. */
  INFORMS("informs"),
  /** Another relation: its label says what it is. */
  OTHER("other");

  private final String code;

  RelationType(String code) {
    this.code = code;
  }

  /** The word used for this value in case files and in the vocabulary, for example {@code "cares-for"}. */
  @Override
  public String code() {
    return code;
  }

  /** The value whose {@link #code()} is {@code code}, if any. */
  public static java.util.Optional<RelationType> fromCode(String code) {
    return CodeListValue.fromCode(RelationType.class, code);
  }
}
