package org.sstlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sstlib.core.CaseFixture.editCycle;
import static org.sstlib.core.CaseFixture.fixture;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The defaults the builder fills in, so that the model always holds the explicit links: {@code drawsOn},
 * {@code conditionedBy} and {@code producedBy} name every entry unless given, sets of ids are sorted, ordered
 * lists keep their order, and the base defaults to the case's URN.
 */
class DefaultRulesTest {
  @Test
  void drawsOnDefaultsToEveryInternalEntry() {
    ActiveAgency a = fixture().build().element("icm-discussion", ActiveAgency.class).get();
    assertEquals(List.of("matron-knows-caseload", "team-ethos"), a.drawsOn());
  }

  @Test
  void conditionedByDefaultsToEveryExternalAndMaterialEntrySorted() {
    ActiveAgency a = fixture().build().element("icm-discussion", ActiveAgency.class).get();
    assertEquals(List.of("bcf-template", "gp-view", "risk-tool", "wall-phone"), a.conditionedBy());
  }

  @Test
  void setsOfIdsAreSortedAndOrderedListsKeepTheirOrder() {
    Case.Builder b = Case.builder("order", "Order")
        .agent(Agent.builder("z", "Z", AgentType.COLLECTIVE).build(),
            Agent.builder("a", "A", AgentType.COLLECTIVE).build(),
            Agent.builder("m", "M", AgentType.INDIVIDUAL).memberOf("z", "a").build())
        .structure(Structure.builder("s2", "S2", StructureForm.POLICY).build(),
            Structure.builder("s1", "S1", StructureForm.POLICY).build(),
            Structure.builder("out", "Out", StructureForm.ARTEFACT).build())
        .cycle(Cycle.builder("c", "C").site("here").agentInFocus("m").agentsInContext("z", "a")
            .external("s2", "s1")
            .agency(ActiveAgency.builder("act", "Act").concerns("second", "first").build())
            .outcome("out")
            .build());
    Case c = b.build();
    assertEquals(List.of("z", "a", "m"), c.agents().stream().map(Agent::id).toList());
    assertEquals(List.of("a", "z"), c.element("m", Agent.class).get().memberOf());
    Cycle cycle = c.cycles().get(0);
    assertEquals(List.of("a", "z"), cycle.agentsInContext());
    assertEquals(List.of("s2", "s1"), cycle.external().stream().map(Condition::ref).toList());
    assertEquals(List.of("second", "first"), cycle.agency().get(0).concerns());
    assertEquals(List.of("s1", "s2"), cycle.agency().get(0).conditionedBy());
  }

  @Test
  void producedByDefaultsToEveryAgencyOfTheCycle() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> c.agency.add(ActiveAgency.builder("icm-follow-up", "Follows up").build()));
    Cycle icm = b.build().element("icm", Cycle.class).get();
    for (Outcome o : icm.outcomes()) {
      assertEquals(List.of("icm-discussion", "icm-follow-up"), o.producedBy(), o.ref());
    }
  }

  @Test
  void explicitLinksAreKept() {
    Case.Builder b = fixture();
    editCycle(b, 0, c -> {
      c.agency.set(0, ActiveAgency.builder("icm-discussion", "R").drawsOn("team-ethos").conditionedBy("gp-view")
          .build());
      c.agency.add(ActiveAgency.builder("icm-follow-up", "Follows up").build());
      c.outcomes.set(0, Outcome.of("caseload").withProducedBy("icm-follow-up"));
    });
    Case c = b.build();
    ActiveAgency discussion = c.element("icm-discussion", ActiveAgency.class).get();
    assertEquals(List.of("team-ethos"), discussion.drawsOn());
    assertEquals(List.of("gp-view"), discussion.conditionedBy());
    ActiveAgency followUp = c.element("icm-follow-up", ActiveAgency.class).get();
    assertEquals(List.of("matron-knows-caseload", "team-ethos"), followUp.drawsOn());
    Cycle icm = c.element("icm", Cycle.class).get();
    assertEquals(List.of("icm-follow-up"), icm.outcomes().get(0).producedBy());
    assertEquals(List.of("icm-discussion", "icm-follow-up"), icm.outcomes().get(1).producedBy());
  }

  @Test
  void noInternalEntriesLeaveDrawsOnEmpty() {
    Case.Builder b = fixture();
    editCycle(b, 1, c -> c.internal.clear());
    assertEquals(List.of(), b.build().element("plan", ActiveAgency.class).get().drawsOn());
  }

  @Test
  void outcomeQualifiersAreKept() {
    Outcome admission = fixture().build().element("icm", Cycle.class).get().outcomes().get(1);
    assertEquals(new Outcome("admission", Optional.of(Change.EVENT), Optional.of(Term.SHORT), Intended.NO,
        ImmutableList.of("icm-discussion")), admission);
    Outcome caseload = fixture().build().element("icm", Cycle.class).get().outcomes().get(0);
    assertEquals(Intended.UNKNOWN, caseload.intended());
  }

  @Test
  void baseDefaultsToTheCaseUrn() {
    assertEquals("urn:sst:case:c:", fixture().build().base());
    assertEquals("urn:sst:case:c:", Case.defaultBase("c"));
  }

  @Test
  void defaultBaseAndTheSameBaseGivenExplicitlyAreEqual() {
    assertEquals(fixture().build(), fixture().base("urn:sst:case:c:").build());
  }
}
