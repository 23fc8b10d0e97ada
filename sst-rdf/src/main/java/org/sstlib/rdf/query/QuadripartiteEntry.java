package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.sstlib.core.Change;
import org.sstlib.core.Effect;
import org.sstlib.core.Force;
import org.sstlib.core.Intended;
import org.sstlib.core.Reflexivity;
import org.sstlib.core.Term;

/**
 * One entry of a cycle's quadripartite table.
 *
 * <p>{@link SstQueries#quadripartite(String)} gives these, in the order of the table. Immutable: the constructor
 * checks every field and copies the lists.
 *
 * @param caseId the case
 * @param cycle the cycle's id
 * @param role "agent-in-focus", "agent-in-context", "position-practice", "external", "material", "internal",
 *     "agency" or "outcome"
 * @param index the entry's place in its role, from 0 (agents-in-context, which the RDF keeps as a set, are
 *     numbered in the order of their ids)
 * @param element the id of the element in that role
 * @param label the element's label
 * @param effect enables, constrains or both (external and material entries)
 * @param force independent influence or irresistible force (external and material entries)
 * @param available whether it was there at the moment of action (external, material and internal entries)
 * @param change what the outcome did to it (outcomes)
 * @param term short or long (outcomes)
 * @param intended yes, no or unknown (outcomes)
 * @param realised whether the outcome happened (outcomes): false for an intended outcome that did not
 * @param producedBy the ids of the agency that produced the outcome, sorted (outcomes)
 * @param reflexivity routine, strategic or critical (agency)
 */
public record QuadripartiteEntry(String caseId, String cycle, String role, int index, String element,
    String label, Optional<Effect> effect, Optional<Force> force, Optional<Boolean> available,
    Optional<Change> change, Optional<Term> term, Optional<Intended> intended, Optional<Boolean> realised,
    ImmutableList<String> producedBy, Optional<Reflexivity> reflexivity) {
  /** Checks the fields. */
  public QuadripartiteEntry {
    checkNotNull(caseId, "caseId");
    checkNotNull(cycle, "cycle");
    checkNotNull(role, "role");
    checkNotNull(element, "element");
    checkNotNull(label, "label");
    checkNotNull(effect, "effect");
    checkNotNull(force, "force");
    checkNotNull(available, "available");
    checkNotNull(change, "change");
    checkNotNull(term, "term");
    checkNotNull(intended, "intended");
    checkNotNull(realised, "realised");
    producedBy = ImmutableList.copyOf(checkNotNull(producedBy, "producedBy"));
    checkNotNull(reflexivity, "reflexivity");
  }
}
