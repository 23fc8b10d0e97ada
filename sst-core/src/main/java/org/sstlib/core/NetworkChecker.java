package org.sstlib.core;

import java.util.HashSet;
import java.util.Set;

/**
 * Checks what a {@link Case.Builder} says of the network of position-practices: that each relation says what it
 * is (a relation of type {@code other} needs a label, and a label is not blank), and that a position-practice an
 * outcome names is created, reproduced, changed or eroded, never an event. Whether a relation's {@code to} names a
 * position-practice is the reference check's. Not thread-safe: one checker per check.
 */
final class NetworkChecker {

  private final Case.Builder b;
  private final CheckSink sink;

  NetworkChecker(Case.Builder b, CheckSink sink) {
    this.b = b;
    this.sink = sink;
  }

  /** Checks one relation of {@code pp}, found at {@code path} ({@code positionPractices[i].relations[j]}). */
  void relation(String path, PositionPractice pp, PositionPractice.Relation r) {
    if (r.label().isPresent() && r.label().get().isBlank()) {
      sink.add(path + ".label", pp.id(), "a relation of position-practice '" + pp.id() + "' has no label");
    } else if (r.type() == RelationType.OTHER && r.label().isEmpty()) {
      sink.add(path + ".label", pp.id(), "the relation of position-practice '" + pp.id() + "' to '" + r.to()
          + "' has type other and no label: say what it is in a label, or give it a type ("
          + String.join(", ", CodeListValue.codes(RelationType.class)) + ")");
    }
  }

  /** Checks the outcomes that name a position-practice. */
  void check() {
    Set<String> positionPractices = new HashSet<>();
    b.positionPractices.forEach(pp -> positionPractices.add(pp.id()));
    for (int i = 0; i < b.cycles.size(); i++) {
      Cycle c = b.cycles.get(i);
      for (int j = 0; j < c.outcomes().size(); j++) {
        Outcome o = c.outcomes().get(j);
        if (positionPractices.contains(o.ref()) && o.change().equals(java.util.Optional.of(Change.EVENT))) {
          sink.add("cycles[" + i + "].outcomes[" + j + "].change", c.id(), "'" + o.ref() + "' in the outcomes of "
              + "cycle '" + c.id() + "' is a position-practice: a position-practice is created, reproduced, changed "
              + "or eroded, not an event");
        }
      }
    }
  }
}
