package org.sstlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sstlib.core.CaseFixture.assertOnlyProblem;
import static org.sstlib.core.CaseFixture.fixture;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Agents are members of collective agents only, and never of themselves.
 *
 * <p>Each test breaks the valid case of {@link CaseFixture} in one way and pins the element id, the case-file
 * path and the gist of the message of the problem.
 */
class AgentRulesTest {
  @Test
  void memberOfAnIndividual() {
    Case.Builder b = fixture();
    b.agents.set(2, Agent.builder("gp", "GP", AgentType.INDIVIDUAL).memberOf("alf").build());
    assertOnlyProblem(b, "agents[2].memberOf[0]", "gp",
        "agent 'gp' is a member of 'alf', which is not a collective agent", "(give 'alf' type: collective)");
  }

  @Test
  void memberOfItself() {
    Case.Builder b = fixture();
    b.agents.set(0, Agent.builder("team", "Team", AgentType.COLLECTIVE).memberOf("team").build());
    assertOnlyProblem(b, "agents[0].memberOf[0]", "team", "agent 'team' cannot be a member of itself");
  }

  @Test
  void memberOfAStructure() {
    Case.Builder b = fixture();
    b.agents.set(2, Agent.builder("gp", "GP", AgentType.INDIVIDUAL).memberOf("risk-tool").build());
    assertOnlyProblem(b, "agents[2].memberOf[0]", "gp", "'risk-tool' is a structure, not an agent");
  }

  @Test
  void collectiveMemberOfCollectiveIsFine() {
    Case.Builder b = fixture().agent(Agent.builder("trust", "Trust", AgentType.COLLECTIVE).build());
    b.agents.set(0, Agent.builder("team", "Team", AgentType.COLLECTIVE).memberOf("trust").build());
    assertEquals(List.of(), b.problems());
  }
}
