package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.sstlib.core.EvidenceKind;

/**
 * How many claims of a case, or of one of its cycles, rest on one kind of evidence.
 *
 * <p>A claim is one thing an evidence item supports: an element as such, or the role an element plays in one cycle
 * ({@code cycle/element}). A cycle's claims are its role claims and the claims about the cycle itself or about an
 * element that plays a role in it; the case's total counts each of its claims once. {@link SstQueries#provenance()}
 * gives these. Immutable: the constructor checks every field.
 *
 * <pre>{@code
 * for (ProvenanceRow row : queries.provenance()) {
 *   System.out.println(row.cycle().orElse("(all)") + " " + row.kind().map(EvidenceKind::code).orElse("(none)")
 *       + " " + row.claims() + " of " + row.total());
 * }   // (all) participant 12 of 30, (all) analyst 9 of 30, ..., icm-meeting participant 4 of 7, ...
 * }</pre>
 *
 * @param caseId the case
 * @param cycle the id of the cycle; empty for the case's total
 * @param kind the kind of evidence; empty for items that do not say (a case of format version 1)
 * @param claims how many claims rest on evidence of this kind, at least 1
 * @param evidence how many evidence items of this kind they rest on, from 1 to {@code claims}
 * @param total how many claims the cycle (or, for the total, the case) has, of every kind: at least {@code claims}
 */
public record ProvenanceRow(String caseId, Optional<String> cycle, Optional<EvidenceKind> kind, int claims,
    int evidence, int total) {
  /** Checks the fields. */
  public ProvenanceRow {
    checkNotNull(caseId, "caseId");
    checkNotNull(cycle, "cycle");
    checkNotNull(kind, "kind");
    checkArgument(claims >= 1 && evidence >= 1 && evidence <= claims && total >= claims,
        "claims %s, evidence %s, total %s", claims, evidence, total);
  }

  /** Whether this row counts the whole case rather than one cycle. */
  public boolean caseTotal() {
    return cycle.isEmpty();
  }

  /** The claims as a share of {@link #total()}, in percent: {@code 100.0 * claims / total}. */
  public double share() {
    return 100.0 * claims / total;
  }

  /** The share in percent with one decimal, rounded half up, as the raw form writes it: {@code "42.9"}. */
  public String shareText() {
    return BigDecimal.valueOf(100L * claims).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP)
        .toPlainString();
  }
}
