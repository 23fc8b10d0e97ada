package org.sstlib.core.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Change;

class ChainValuesTest {

  @Test
  void stepKindCodesAreTheVocabularyLocalNames() {
    assertEquals(List.of("conditions", "informs", "absentFor", "produces", "enactedIn"),
        Arrays.stream(StepKind.values()).map(StepKind::code).collect(Collectors.toList()));
    for (StepKind kind : StepKind.values()) {
      assertEquals(Optional.of(kind), StepKind.fromCode(kind.code()));
    }
    assertEquals(Optional.empty(), StepKind.fromCode("ENACTED_IN"));
  }

  @Test
  void onlyAProducesStepCarriesAChange() {
    assertEquals(Optional.of(Change.ERODED), ChainStep.produces("act", "rule", "c", Change.ERODED).change());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ChainStep("rule", "act", StepKind.CONDITIONS, "c", Optional.of(Change.CHANGED)));
    assertEquals("only a produces step carries a change, not the conditions step from 'rule' to 'act'",
        e.getMessage());
    assertThrows(NullPointerException.class, () -> ChainStep.of("rule", null, StepKind.INFORMS, "c"));
  }

  @Test
  void onlyAStepIntoAnAgencyLeavesAnOutcome() {
    ChainStep fromOutcome = ChainStep.fromOutcome("rule", "act", StepKind.ABSENT_FOR, "later", "earlier");
    assertEquals(Optional.of("earlier"), fromOutcome.producedIn());
    assertEquals(Optional.empty(), ChainStep.of("rule", "act", StepKind.CONDITIONS, "c").producedIn());
    assertEquals(Optional.empty(), ChainStep.produces("act", "rule", "c", Change.CREATED).producedIn());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ChainStep("act", "rule", StepKind.PRODUCES, "c", Optional.empty(), Optional.of("c")));
    assertEquals("a produces step leaves an agency, not an outcome, so it has no producedIn", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> ChainStep.fromOutcome("act", "role", StepKind.ENACTED_IN, "c", "c"));
    assertThrows(NullPointerException.class,
        () -> ChainStep.fromOutcome("rule", "act", StepKind.INFORMS, "c", null));
  }

  @Test
  void pathOfStepsListsItsNodes() {
    ChainPath path = ChainPath.of(List.of(ChainStep.of("rule", "act", StepKind.CONDITIONS, "c"),
        ChainStep.produces("act", "report", "c", Change.CREATED)));
    assertEquals(List.of("rule", "act", "report"), path.nodes());
    assertEquals(2, path.length());
    assertEquals("rule -conditions-> act -produces-> report", path.toString());
  }

  @Test
  void pathWhoseStepsDoNotJoinIsRefused() {
    ChainStep first = ChainStep.of("rule", "act", StepKind.CONDITIONS, "c");
    ChainStep unjoined = ChainStep.of("other", "report", StepKind.PRODUCES, "c");
    assertThrows(IllegalArgumentException.class, () -> ChainPath.of(List.of(first, unjoined)));
    assertThrows(IllegalArgumentException.class, () -> ChainPath.of(List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new ChainPath(ImmutableList.of("rule", "act", "x"), ImmutableList.of(first)));
    assertThrows(IllegalArgumentException.class,
        () -> new ChainPath(ImmutableList.of("rule", "x"), ImmutableList.of(first)));
  }

  @Test
  void shortestFirstOrdersByLengthThenNodeIds() {
    ChainPath ab = ChainPath.of(List.of(ChainStep.of("a", "b", StepKind.INFORMS, "c")));
    ChainPath ac = ChainPath.of(List.of(ChainStep.of("a", "c", StepKind.INFORMS, "c")));
    ChainPath aab = ChainPath.of(List.of(ChainStep.of("a", "a0", StepKind.INFORMS, "c"),
        ChainStep.of("a0", "b", StepKind.PRODUCES, "c")));
    ChainPath abb = ChainPath.of(List.of(ChainStep.of("a", "b0", StepKind.INFORMS, "c"),
        ChainStep.of("b0", "b", StepKind.PRODUCES, "c")));
    assertEquals(List.of(ab, ac, aab, abb),
        ImmutableList.sortedCopyOf(ChainPath.shortestFirst(), List.of(abb, ac, aab, ab)));
  }
}
