package org.sstlib.rdf.shacl;

import static com.google.common.base.Preconditions.checkNotNull;

import org.sstlib.core.Problem;

/**
 * One rule a case breaks, at one element, as {@link SstShapes} reports it.
 *
 * <pre>{@code
 * ShapeProblem p = report.problems().get(0);
 * p.focus();     // "icm-meeting"
 * p.where();     // "cycle 'icm-meeting'"
 * p.rule();      // "one agent-in-focus per cycle"
 * p.message();   // "A cycle needs exactly one agent-in-focus: ..."
 * p.path();      // "sst:agentInFocus"
 * p.toString();  // "cycle 'icm-meeting' (The ICM team ...): one agent-in-focus per cycle: A cycle needs ..."
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param focus the element the problem is at: its id (its IRI after the case's {@code sst:base}; for a role entry
 *     such as {@code fall-morning/outcome/0}, the entry's), or its IRI if it is not in the case's base
 * @param label the focus element's {@code rdfs:label}, for a role entry the label of the element it qualifies, or ""
 * @param rule the SST rule broken: the shape's {@code rdfs:label}, such as "one agent-in-focus per cycle"
 * @param message what to change, in SST terms: the shape's {@code sh:message}, or for a case validated as a case
 *     ({@link SstShapes#validate(org.sstlib.core.Case)}) the same advice in case-file terms where the shape has it
 * @param path the property concerned, such as {@code sst:agentInFocus} (a SPARQL property path where the rule
 *     concerns several), or "" when the rule is about the element as a whole; for a case validated as a case, the
 *     case-file key ({@code internal}) where the shape names one
 * @param value the offending value, or "": an element of the case as its id, a vocabulary term as a prefixed name
 *     ({@code sst:effect-both}), a literal in Turtle form ({@code "maybe"^^xsd:boolean})
 * @param severity how serious it is
 * @param where the focus in words, as reports print it: {@code cycle 'icm-meeting'}, or for a role entry its
 *     cycle and the element it qualifies: {@code cycle 'fall-morning', outcome entry for 'alf-fall'}
 * @param shape the shape that found it, as a prefixed name ({@code sstsh:CycleAgentInFocusShape})
 */
public record ShapeProblem(String focus, String label, String rule, String message, String path, String value,
    Severity severity, String where, String shape) {
  /** Checks that no field is null. */
  public ShapeProblem {
    checkNotNull(focus, "focus");
    checkNotNull(label, "label");
    checkNotNull(rule, "rule");
    checkNotNull(message, "message");
    checkNotNull(path, "path");
    checkNotNull(value, "value");
    checkNotNull(severity, "severity");
    checkNotNull(where, "where");
    checkNotNull(shape, "shape");
  }

  /**
   * This problem as a {@link Problem} about the focus element, its message this problem's line
   * ({@link #toString()}, which names the property path). The problem has no case-file path (a graph has no
   * case-file keys) and no file; a reader of RDF names its file with {@link Problem#inFile}.
   *
   * <pre>{@code
   * Problem p = shapeProblem.toProblem();
   * p.elementId();   // "icm-meeting"
   * p.toString();    // "cycle 'icm-meeting' (The ICM team ...): one agent-in-focus per cycle: ... [sst:agentInFocus]"
   * }</pre>
   */
  public Problem toProblem() {
    return Problem.of("", focus, toString());
  }

  /**
   * The problem as one line: {@code where (label): rule: message [path value]}, with "warning: " or "info: " in
   * front when it is not a violation.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (severity != Severity.VIOLATION) {
      text.append(severity.word()).append(": ");
    }
    text.append(where);
    if (!label.isBlank()) {
      text.append(" (").append(label).append(')');
    }
    text.append(": ").append(rule).append(": ").append(message);
    if (!path.isEmpty() || !value.isEmpty()) {
      text.append(" [").append(path);
      if (!value.isEmpty()) {
        text.append(path.isEmpty() ? "" : " ").append(value);
      }
      text.append(']');
    }
    return text.toString();
  }
}
