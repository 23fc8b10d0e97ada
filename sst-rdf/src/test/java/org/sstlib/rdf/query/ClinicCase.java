package org.sstlib.rdf.query;

import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Agent;
import org.sstlib.core.AgentType;
import org.sstlib.core.Analyst;
import org.sstlib.core.Case;
import org.sstlib.core.Change;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Event;
import org.sstlib.core.Evidence;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.InternalKind;
import org.sstlib.core.Outcome;
import org.sstlib.core.Source;
import org.sstlib.core.SourceType;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;

/**
 * A small case of a ward's shift handover, built in Java with evidence of mixed kinds, for the {@code evidence} and
 * {@code provenance} queries: two analysts ({@code ana}, {@code ben}), two cycles ({@code handover}, then
 * {@code review}), and six evidence items whose claims are counted by hand in {@link ProvenanceQueryTest}.
 *
 * <pre>
 * e1 participant  rota (external in both cycles; the review's outcome too), handover/nurse
 * e2 participant  review/target
 * e3 fieldnote    handover-late (the handover's outcome), handover (the cycle itself); by ben
 * e4 analyst      ward-knowledge (internal in the handover), review/rota
 * e5 (no kind)    manager (agent-in-context of the handover, agent-in-focus of the review)
 * e6 document     target (external in the review)
 * </pre>
 */
final class ClinicCase {
  static final String ID = "ward-handover";

  private ClinicCase() {}

  /** The case, with the kinds above. */
  static Case build() {
    return build(true);
  }

  /** The case with kinds, or as a case of format version 1 would be: the same evidence, of no stated kind. */
  static Case build(boolean withKinds) {
    return Case.builder(ID, "Shift handover on a hospital ward (illustrative)")
        .base("https://example.org/ward/")
        .analyst(new Analyst("ana", "Ana Analyst"), new Analyst("ben", "Ben Analyst"))
        .source(Source.of("interviews", SourceType.INTERVIEW), Source.of("notes", SourceType.OBSERVATION),
            Source.of("trust-papers", SourceType.DOCUMENT))
        .agent(Agent.builder("nurse", "Ward nurse", AgentType.INDIVIDUAL).build(),
            Agent.builder("manager", "Ward manager", AgentType.INDIVIDUAL).build())
        .structure(Structure.builder("rota", "The ward's shift rota", StructureForm.POLICY).build(),
            Structure.builder("target", "The trust's discharge target", StructureForm.CONTRACT_OR_TARGET).build(),
            Structure.builder("ward-knowledge", "The nurse's knowledge of the ward's patients", StructureForm.OTHER)
                .internalTo("nurse", InternalKind.CONJUNCTURALLY_SPECIFIC).build())
        .event(Event.builder("handover-late", "The handover runs late").build())
        .cycle(
            Cycle.builder("handover", "The nurse hands over the shift")
                .site("Ward 7")
                .agentInFocus("nurse")
                .agentsInContext("manager")
                .external(Condition.of("rota"))
                .internal("ward-knowledge")
                .agency(ActiveAgency.builder("swap-shifts", "Swap shifts to cover the handover").build())
                .outcome(Outcome.of("handover-late").withProducedBy("swap-shifts"))
                .build(),
            Cycle.builder("review", "The manager reviews the rota")
                .site("Ward 7 office")
                .follows("handover")
                .agentInFocus("manager")
                .external(Condition.of("target"), Condition.of("rota"))
                .agency(ActiveAgency.builder("keep-rota", "Keep the rota as it is").build())
                .outcome(Outcome.of("rota").withChange(Change.REPRODUCED).withProducedBy("keep-rota"))
                .build())
        .evidence(
            evidence("e1", "interviews", EvidenceKind.PARTICIPANT, withKinds).quote("The rota never fits.")
                .supports("rota", "handover/nurse").build(),
            evidence("e2", "interviews", EvidenceKind.PARTICIPANT, withKinds).quote("Discharges come first.")
                .supports("review/target").build(),
            evidence("e3", "notes", EvidenceKind.FIELDNOTE, withKinds).quote("Handover ran 40 minutes over.")
                .by("ben").supports("handover-late", "handover").build(),
            evidence("e4", "notes", EvidenceKind.ANALYST, withKinds).note("Knowledge carried in the head.")
                .supports("ward-knowledge", "review/rota").build(),
            Evidence.builder("e5", "notes").note("The manager is present throughout.").supports("manager").build(),
            evidence("e6", "trust-papers", EvidenceKind.DOCUMENT, withKinds).quote("Discharge by 11am.")
                .supports("target").build())
        .build();
  }

  private static Evidence.Builder evidence(String id, String source, EvidenceKind kind, boolean withKinds) {
    Evidence.Builder builder = Evidence.builder(id, source);
    return withKinds ? builder.kind(kind) : builder;
  }
}
