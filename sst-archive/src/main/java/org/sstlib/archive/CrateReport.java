package org.sstlib.archive;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.sstlib.core.Problem;

/**
 * What {@link CrateCheck} found in a crate.
 *
 * @param crate the crate's name, as it was given
 * @param files how many files the crate holds, the metadata among them
 * @param caseIds the ids of the cases its case files hold, in path order
 * @param problems every problem, each naming its file ({@code study.zip/cases/hughes-2022.yaml}); empty when the
 *     crate passes
 */
public record CrateReport(String crate, int files, ImmutableList<String> caseIds, ImmutableList<Problem> problems) {
  /** Checks the fields: none may be null. */
  public CrateReport {
    checkNotNull(crate, "crate");
    checkNotNull(caseIds, "caseIds");
    checkNotNull(problems, "problems");
  }

  /** Whether the crate passed every check. */
  public boolean isValid() {
    return problems.isEmpty();
  }
}
