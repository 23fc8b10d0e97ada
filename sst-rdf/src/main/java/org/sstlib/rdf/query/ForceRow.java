package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.sstlib.core.Effect;
import org.sstlib.core.Lacking;

/**
 * An irresistible force of one cycle: an external or material entry that the agent-in-focus could not resist
 * without giving up concerns it held more dearly, or for want of the power, knowledge or critical distance to
 * resist (Stones 2005), with what resisting would have cost, what was lacking, the concerns of the agency it bears on
 * and how much evidence the classification rests on.
 *
 * <p>{@link SstQueries#forces()} gives these. Immutable: the constructor checks every field.
 *
 * <pre>{@code
 * for (ForceRow f : queries.inCase("hughes-2022").forces()) {
 *   if (f.explained()) {
 *     System.out.println(f.cycle() + ": " + f.element() + " would have cost " + String.join("; ", f.sacrifices())
 *         + "; lacking " + f.lacking());
 *   }
 * }   // bcf-planning: bcf-template would have cost complete the template as required; show savings from
 *     // integrated care; lacking [POWER]
 * }</pre>
 *
 * @param caseId the case
 * @param cycle the id of the cycle
 * @param agentInFocus the id of the cycle's agent-in-focus
 * @param role "external" or "material"
 * @param index the entry's place in its role, from 0
 * @param element the id of the structure, event or position-practice that bore on the agent
 * @param label its label
 * @param effect whether it enabled or constrained the agency, if the case says
 * @param available false if it was absent at the moment of action
 * @param sacrifices the concerns the agent would have had to give up to resist it, in the case's order (empty when
 *     the case does not say)
 * @param lacking what the agent lacked to resist it, in the order of the code list (empty when the case does not
 *     say)
 * @param concerns the concerns of the agency it bears on, most pressing first, agency by agency in the cycle's order,
 *     each once (the first time it comes)
 * @param roleEvidence how many evidence items support the entry's role in the cycle (the claim
 *     {@code cycle/element})
 * @param elementEvidence how many evidence items support the element as such
 */
public record ForceRow(String caseId, String cycle, String agentInFocus, String role, int index, String element,
    String label, Optional<Effect> effect, boolean available, ImmutableList<String> sacrifices,
    ImmutableList<Lacking> lacking, ImmutableList<String> concerns, int roleEvidence, int elementEvidence) {
  /** Checks the fields. */
  public ForceRow {
    checkNotNull(caseId, "caseId");
    checkNotNull(cycle, "cycle");
    checkNotNull(agentInFocus, "agentInFocus");
    checkNotNull(role, "role");
    checkNotNull(element, "element");
    checkNotNull(label, "label");
    checkNotNull(effect, "effect");
    sacrifices = ImmutableList.copyOf(checkNotNull(sacrifices, "sacrifices"));
    lacking = ImmutableList.copyOf(checkNotNull(lacking, "lacking"));
    concerns = ImmutableList.copyOf(checkNotNull(concerns, "concerns"));
    checkArgument(index >= 0 && roleEvidence >= 0 && elementEvidence >= 0, "index %s, roleEvidence %s, "
        + "elementEvidence %s", index, roleEvidence, elementEvidence);
  }

  /** Whether the case says what resisting would have cost or what the agent lacked to resist. */
  public boolean explained() {
    return !sacrifices.isEmpty() || !lacking.isEmpty();
  }
}
