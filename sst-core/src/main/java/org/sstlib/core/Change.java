package org.sstlib.core;

/** What an outcome did to a structure: reproduced, changed, created or eroded it, or it is an event. */
public enum Change implements CodeListValue {
  /** The action reproduced the structure, confirming and continuing it. */
  REPRODUCED("reproduced"),
  /** The action changed or elaborated an existing structure. */
  CHANGED("changed"),
  /** The action brought a new structure into being. */
  CREATED("created"),
  /** The action weakened or undermined a structure. */
  ERODED("eroded"),
  /** The outcome is an event (something that happened) rather than a change to a structure. */
  EVENT("event");

  private final String code;

  Change(String code) {
    this.code = code;
  }

  /** The word used for this value in case files and in the vocabulary, for example {@code "reproduced"}. */
  @Override
  public String code() {
    return code;
  }

  /** The value whose {@link #code()} is {@code code}, if any. */
  public static java.util.Optional<Change> fromCode(String code) {
    return CodeListValue.fromCode(Change.class, code);
  }
}
