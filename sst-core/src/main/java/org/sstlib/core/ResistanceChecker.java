package org.sstlib.core;

import java.util.List;

/**
 * Checks what a {@link Case.Builder} says of resisting forces: {@code sacrifices} (the concerns an agent would have
 * had to give up to resist) and {@code lacking} (what it lacked to resist) describe an irresistible force, so they
 * stand only on an external or material entry whose force is {@code irresistible-force}, each value once. Not
 * thread-safe: one checker per check.
 */
final class ResistanceChecker {

  private final Case.Builder b;
  private final CheckSink sink;

  ResistanceChecker(Case.Builder b, CheckSink sink) {
    this.b = b;
    this.sink = sink;
  }

  void check() {
    for (int i = 0; i < b.cycles.size(); i++) {
      Cycle c = b.cycles.get(i);
      entries("cycles[" + i + "].external", c, c.external());
      entries("cycles[" + i + "].material", c, c.material());
    }
  }

  private void entries(String path, Cycle c, List<Condition> entries) {
    for (int j = 0; j < entries.size(); j++) {
      Condition e = entries.get(j);
      if (e.sacrifices().isEmpty() && e.lacking().isEmpty()) {
        continue;
      }
      String p = path + "[" + j + "]";
      if (!e.force().equals(java.util.Optional.of(Force.IRRESISTIBLE_FORCE))) {
        String key = e.sacrifices().isEmpty() ? "lacking" : "sacrifices";
        sink.add(p + "." + key, c.id(), "'" + e.ref() + "' in cycle '" + c.id() + "' has " + key + ", but its force "
            + "is " + e.force().map(Force::code).orElse("not said") + ": sacrifices and lacking say what resisting "
            + "an irresistible force would have cost and what the agent lacked to resist it (force: "
            + "irresistible-force)");
      }
      if (e.lacking().stream().distinct().count() < e.lacking().size()) {
        sink.add(p + ".lacking", c.id(), "'" + e.ref() + "' in cycle '" + c.id() + "' names a lacking twice");
      }
    }
  }
}
