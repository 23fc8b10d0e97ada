package org.sstlib.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

  @Test
  void suggestsTheClosestCandidate() {
    assertEquals(Optional.of("label"), DidYouMean.suggest("lable", List.of("label", "description")));
    assertEquals(Optional.of("risk-tool"), DidYouMean.suggest("risk-tol", List.of("risk", "risk-tool", "tool")));
  }

  @Test
  void transpositionCountsAsOneEdit() {
    assertEquals(1, DidYouMean.distance("alf", "afl"));
    assertEquals(Optional.of("alf"), DidYouMean.suggest("afl", List.of("alf", "gp")));
  }

  @Test
  void distanceIsTheOptimalStringAlignmentDistance() {
    assertEquals(0, DidYouMean.distance("", ""));
    assertEquals(3, DidYouMean.distance("", "abc"));
    assertEquals(3, DidYouMean.distance("kitten", "sitting"));
    assertEquals(1, DidYouMean.distance("caseload", "casload"));
    assertEquals(3, DidYouMean.distance("ca", "abc"));   // optimal string alignment: 3 (true Damerau: 2)
  }

  @Test
  void ignoresCaseWhenMeasuring() {
    assertEquals(Optional.of("ICM-Team"), DidYouMean.suggest("icm-team", List.of("ICM-Team", "gp")));
  }

  @Test
  void neverSuggestsTheWordItself() {
    assertEquals(Optional.empty(), DidYouMean.suggest("gp", List.of("gp")));
    assertEquals(Optional.of("gq"), DidYouMean.suggest("gp", List.of("gp", "gq")));
  }

  @Test
  void noSuggestionWhenNothingIsClose() {
    assertEquals(Optional.empty(), DidYouMean.suggest("quantum", List.of("risk-tool", "caseload")));
    assertEquals(Optional.empty(), DidYouMean.suggest("anything", List.of()));
  }

  @Test
  void allowsAThirdOfTheWordButAtLeastTwoEdits() {
    assertEquals(Optional.of("ab"), DidYouMean.suggest("xy", List.of("ab")));          // 2 edits on 2 letters
    assertEquals(Optional.empty(), DidYouMean.suggest("xyz", List.of("abc")));         // 3 > max(2, 1)
    assertEquals(Optional.of("abcdefghi"), DidYouMean.suggest("abcxyzghi", List.of("abcdefghi")));   // 3 <= 9/3
    assertEquals(Optional.empty(), DidYouMean.suggest("abcxyzwhi", List.of("abcdefghi")));          // 4 > 3
  }

  @Test
  void tiesGoToTheAlphabeticallyFirstCandidate() {
    assertEquals(Optional.of("cab"), DidYouMean.suggest("cat", List.of("cau", "cab")));
    assertEquals(Optional.of("cab"), DidYouMean.suggest("cat", List.of("cab", "cau")));
  }

  @Test
  void hintIsAMessageSuffixOrNothing() {
    assertEquals("; did you mean 'label'?", DidYouMean.hint("lable", List.of("label")));
    assertEquals("", DidYouMean.hint("zzzzzz", List.of("label")));
  }

  @Test
  void nullWordIsRefused() {
    assertThrows(NullPointerException.class, () -> DidYouMean.suggest(null, List.of("a")));
  }

  @Test
  void surrogatePairsAndCombiningMarksDoNotBreakIt() {
    assertEquals(Optional.of("caf\u00E9"), DidYouMean.suggest("cafe\u0301", List.of("caf\u00E9", "zzzzzz")));
    assertEquals(Optional.of("a\uD83D\uDE00b"), DidYouMean.suggest("ab", List.of("a\uD83D\uDE00b")));
  }

  /**
   * BUG (DidYouMean.distance): when the lengths differ by more than 8 it returns the length difference, a lower
   * bound, not the distance. For words of 27 or more characters the limit (a third of the length) reaches 9, so an
   * unrelated candidate whose length differs by 9 to limit is suggested. Fix: in {@code suggest}, skip candidates
   * whose length differs by more than the limit, and let {@code distance} compute the full distance (or return
   * {@code Integer.MAX_VALUE} from the shortcut).
   */
  @Test
  void unrelatedCandidateOfAVeryDifferentLengthIsNotSuggested() {
    String word = "integrated-care-partnership-board";   // 33 characters: limit 11
    String unrelated = "zzzzzzzzzzzzzzzzzzzzzzz";          // 23 characters, nothing in common: distance 33
    assertEquals(Optional.empty(), DidYouMean.suggest(word, List.of(unrelated)));
  }
}
