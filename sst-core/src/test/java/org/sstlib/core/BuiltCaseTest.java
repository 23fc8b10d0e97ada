package org.sstlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.core.CaseFixture.fixture;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The built case: rebuilt or derived through {@code Case.builder(Case)}, equal by value, looked up by id, and
 * immutable, whatever its builder does next.
 */
class BuiltCaseTest {
  @Test
  void builderFromACaseRebuildsAnEqualCase() {
    Case c = fixture().citation("Hughes et al. 2022").doi("10.1/x").base("https://example.org/").build();
    Case again = Case.builder(c).build();
    assertEquals(c, again);
    assertEquals(c.hashCode(), again.hashCode());
    assertEquals(c.citation(), again.citation());
    assertEquals(c.doi(), again.doi());
    assertEquals("https://example.org/", again.base());
  }

  @Test
  void builderFromACaseDerivesAChangedCaseAndLeavesTheOriginal() {
    Case c = fixture().build();
    Case more = Case.builder(c).event(Event.builder("fall", "Alf falls").build()).build();
    assertEquals(1, c.events().size());
    assertEquals(2, more.events().size());
    assertNotEquals(c, more);
  }

  @Test
  void equalsAndHashCode() {
    Case a = fixture().build();
    Case b = fixture().build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(a, a);
    assertNotEquals(a, null);
    assertNotEquals(a, "c");
    assertNotEquals(a, Case.builder(a).base("urn:other:").build());
    assertNotEquals(a, Case.builder(a).citation("x").build());
    assertNotEquals(a, Case.builder(a).doi("x").build());
    assertNotEquals(a, fixture().analyst(new Analyst("x", "X")).build());
    assertNotEquals(a, fixture().source(Source.of("x", SourceType.OTHER)).build());
    assertNotEquals(a, fixture().codebook(new Codebook("x", "X", ImmutableList.of())).build());
    assertNotEquals(a, fixture().evidence(Evidence.builder("x", "paper").note("n").build()).build());
    Case.Builder retitled = Case.builder("c", "Another title");
    Case.Builder full = Case.builder(a);
    full.analysts.forEach(retitled::analyst);
    full.sources.forEach(retitled::source);
    full.agents.forEach(retitled::agent);
    full.positionPractices.forEach(retitled::positionPractice);
    full.structures.forEach(retitled::structure);
    full.events.forEach(retitled::event);
    full.cycles.forEach(retitled::cycle);
    full.evidence.forEach(retitled::evidence);
    full.codebooks.forEach(retitled::codebook);
    assertNotEquals(a, retitled.build());
    Case.Builder relabelled = fixture();
    relabelled.agents.set(3, Agent.builder("alf", "Alfred", AgentType.INDIVIDUAL).build());
    assertNotEquals(a, relabelled.build());
  }

  @Test
  void elementLookup() {
    Case c = fixture().build();
    assertTrue(c.element("risk-tool").get() instanceof Structure);
    assertEquals("Risk stratification tool", c.element("risk-tool").get().label());
    assertEquals(Optional.empty(), c.element("risk-tool", Agent.class));
    assertEquals("risk-tool", c.element("risk-tool", Structure.class).get().id());
    assertTrue(c.element("alf").get() instanceof Agent);
    assertTrue(c.element("gp-role").get() instanceof PositionPractice);
    assertTrue(c.element("admission").get() instanceof Event);
    assertTrue(c.element("icm").get() instanceof Cycle);
    assertTrue(c.element("plan").get() instanceof ActiveAgency);
    assertSame(c.element("plan").get(), c.element("plan", ActiveAgency.class).get());
    for (String notAnElement : List.of("paper", "ev-template", "rh", "ic", "vertical", "c", "nothing", "")) {
      assertEquals(Optional.empty(), c.element(notAnElement), notAnElement);
    }
    assertEquals(List.of("team", "matron", "gp", "alf", "case-manager", "gp-role", "risk-tool", "bcf-template",
            "caseload", "matron-knows-caseload", "team-ethos", "gp-view", "alf-view", "wall-phone", "admission",
            "icm", "planning", "icm-discussion", "plan"),
        List.copyOf(c.elements().keySet()));
    assertEquals("planning", c.cycleOfAgency("plan").get().id());
    assertEquals(Optional.empty(), c.cycleOfAgency("risk-tool"));
  }

  @Test
  void listsAreImmutable() {
    Case c = fixture().build();
    assertThrows(UnsupportedOperationException.class, () -> c.agents().add(c.agents().get(0)));
    assertThrows(UnsupportedOperationException.class, () -> c.elements().clear());
    assertThrows(UnsupportedOperationException.class, () -> c.cycles().get(0).external().clear());
  }

  @Test
  void builtCaseIsNotChangedByItsBuilder() {
    Case.Builder b = fixture();
    Case c = b.build();
    b.event(Event.builder("fall", "Alf falls").build());
    assertEquals(1, c.events().size());
  }
}
