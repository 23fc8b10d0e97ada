package org.sstlib.rdf.shacl;

import java.util.Locale;

/** How serious a {@link ShapeProblem} is: the SHACL severities. */
public enum Severity {
  /** The case breaks a rule of the theory or of the model ({@code sh:Violation}). */
  VIOLATION,
  /** Likely a mistake or a gap, but not against the rules ({@code sh:Warning}). */
  WARNING,
  /** Advice on the analysis ({@code sh:Info}). */
  INFO;

  /** The word used in reports: "violation", "warning", "info". */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
