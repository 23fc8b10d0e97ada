package org.sstlib.report;

import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Agent;
import org.sstlib.core.AgentType;
import org.sstlib.core.Case;
import org.sstlib.core.Change;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Outcome;
import org.sstlib.core.Scale;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;

/** Large fields for the tests, made cheaply; deterministic. */
public final class LargeFields {
  private LargeFields() {}

  /**
   * A field of {@code cycles} cycles built cheaply, like the bench's synthetic field: a macro cycle whose outcome
   * conditions two cycles, each of which conditions two more (a binary tree); the first tenth meso, up to half micro,
   * the rest of no scale. Every seventh cycle lacked its condition (unavailable at the moment of action, an absent
   * link), and the macro cycle reproduces the policy that conditions it (a feedback loop).
   */
  public static Case field(int cycles) {
    Case.Builder b = Case.builder("large", "A large field");
    b.structure(Structure.builder("policy", "National policy", StructureForm.POLICY).scale(Scale.MACRO).build());
    for (int i = 0; i < cycles; i++) {
      String agent = "agent-" + i;
      b.agent(Agent.builder(agent, "Agent " + i, AgentType.COLLECTIVE).build());
      b.structure(Structure.builder("s-" + i, "Strategy " + i, StructureForm.STRATEGY).build());
      Cycle.Builder c = Cycle.builder("c-" + i, "Cycle " + i).site("Site " + i).agentInFocus(agent);
      if (i == 0) {
        c.scale(Scale.MACRO);
      } else if (i < cycles / 10) {
        c.scale(Scale.MESO);
      } else if (i < cycles / 2) {
        c.scale(Scale.MICRO);
      }
      String condition = i == 0 ? "policy" : "s-" + (i - 1) / 2;
      c.external(i % 7 == 6 ? Condition.of(condition).unavailable() : Condition.of(condition));
      c.agency(ActiveAgency.builder("a-" + i, "What agent " + i + " does").conditionedBy(condition).build());
      c.outcome(Outcome.of("s-" + i).withChange(Change.CREATED).withProducedBy("a-" + i));
      if (i == 0) {
        c.outcome(Outcome.of("policy").withChange(Change.REPRODUCED).withProducedBy("a-0"));
      }
      b.cycle(c.build());
    }
    return b.build();
  }
}
