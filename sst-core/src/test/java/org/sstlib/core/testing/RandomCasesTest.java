package org.sstlib.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Agent;
import org.sstlib.core.AgentType;
import org.sstlib.core.Case;
import org.sstlib.core.Change;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Element;
import org.sstlib.core.Outcome;
import org.sstlib.core.Problem;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;

class RandomCasesTest {
  private static final int SEEDS = 500;

  @Test
  void everyGeneratedCaseBuilds() {
    for (long seed = 0; seed < SEEDS; seed++) {
      List<Problem> problems = RandomCases.builder(seed).problems();
      assertEquals(List.of(), problems, "seed=" + seed);
      RandomCases.generate(seed);
    }
  }

  @Test
  void everySizeBuilds() {
    for (int size : new int[] {0, 1, 2, 3, 8, 20}) {
      for (long seed = 0; seed < 40; seed++) {
        Case c = RandomCases.generate(seed, size);
        assertEquals(size, c.cycles().size(), "seed=" + seed + " size=" + size);
      }
    }
  }

  @Test
  void negativeSizeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> RandomCases.generate(1, -1));
  }

  @Test
  void sameSeedGivesEqualCase() {
    for (long seed = 0; seed < 50; seed++) {
      Case a = RandomCases.generate(seed);
      Case b = RandomCases.generate(seed);
      assertEquals(a, b, "seed=" + seed);
      assertEquals(a.hashCode(), b.hashCode(), "seed=" + seed);
    }
  }

  @Test
  void differentSeedsGiveDifferentCases() {
    Set<Case> seen = new HashSet<>();
    for (long seed = 0; seed < 100; seed++) {
      seen.add(RandomCases.generate(seed));
    }
    assertEquals(100, seen.size());
  }

  @Test
  void caseBuiltAgainFromItselfIsEqual() {
    for (long seed = 0; seed < 200; seed++) {
      Case c = RandomCases.generate(seed);
      Case again = Case.builder(c).build();
      assertEquals(c, again, "seed=" + seed);
      assertEquals(c.hashCode(), again.hashCode(), "seed=" + seed);
    }
  }

  /** The generator must reach every part of the model within a few hundred seeds, or the property tests miss it. */
  @Test
  void generatedCasesCoverTheModel() {
    assertEquals(Set.of(), missing(SEEDS), "features no seed in 0.." + (SEEDS - 1) + " produced");
  }

  /**
   * The quick sizes of the property tests ({@code -Dsst.tests=quick}) try at least {@link TestSizes#QUICK_SEEDS}
   * seeds: those seeds alone must reach every part of the model, or a quick run would miss a branch.
   */
  @Test
  void theSeedsOfAQuickRunCoverTheModel() {
    assertEquals(Set.of(), missing(TestSizes.QUICK_SEEDS),
        "features no seed in 0.." + (TestSizes.QUICK_SEEDS - 1) + " produced: raise TestSizes.QUICK_SEEDS");
  }

  /** The parts of the model (described as {@link #features} lists them) that no seed below {@code seeds} reaches. */
  private static Set<String> missing(int seeds) {
    Map<String, Predicate<Case>> features = features();
    Map<String, Integer> hits = new LinkedHashMap<>();
    features.keySet().forEach(k -> hits.put(k, 0));
    for (long seed = 0; seed < seeds; seed++) {
      Case c = RandomCases.generate(seed);
      for (Map.Entry<String, Predicate<Case>> f : features.entrySet()) {
        if (f.getValue().test(c)) {
          hits.merge(f.getKey(), 1, Integer::sum);
        }
      }
    }
    Set<String> missing = new TreeSet<>();
    hits.forEach((k, v) -> {
      if (v == 0) {
        missing.add(k);
      }
    });
    return missing;
  }

  /** Every part of the model a random case should reach, by a description of it. */
  private static Map<String, Predicate<Case>> features() {
    Map<String, Predicate<Case>> features = new LinkedHashMap<>();
    features.put("collective agent that is a member of a collective", c -> c.agents().stream()
        .anyMatch(a -> a.type() == AgentType.COLLECTIVE && !a.memberOf().isEmpty()));
    features.put("individual agent with memberOf", c -> c.agents().stream()
        .anyMatch(a -> a.type() == AgentType.INDIVIDUAL && !a.memberOf().isEmpty()));
    features.put("position-practice with occupant, practices, prerogatives, obligations and relations",
        c -> c.positionPractices().stream().anyMatch(p -> !p.occupiedBy().isEmpty() && !p.practices().isEmpty()
            && !p.prerogatives().isEmpty() && !p.obligations().isEmpty() && !p.relations().isEmpty()));
    for (StructureForm form : StructureForm.values()) {
      features.put("structure of form " + form.code(),
          c -> c.structures().stream().anyMatch(s -> s.form().equals(Optional.of(form))));
    }
    features.put("internal structure with no form", c -> c.structures().stream()
        .anyMatch(s -> s.isInternal() && s.form().isEmpty()));
    features.put("internal structure with the version-1 form other", c -> c.structures().stream()
        .anyMatch(s -> s.isInternal() && s.form().equals(Optional.of(StructureForm.OTHER))));
    features.put("internal structure about something", c -> c.structures().stream()
        .anyMatch(s -> s.isInternal() && s.kind().isPresent() && !s.about().isEmpty()));
    features.put("material structure with of", c -> c.structures().stream()
        .anyMatch(s -> s.isMaterial() && s.of().isPresent()));
    features.put("events", c -> !c.events().isEmpty());
    features.put("cycle with an interval time", c -> c.cycles().stream()
        .anyMatch(y -> y.time().map(t -> t.contains("/")).orElse(false)));
    features.put("cycle with a single-date time", c -> c.cycles().stream()
        .anyMatch(y -> y.time().map(t -> !t.contains("/")).orElse(false)));
    features.put("cycle with follows", c -> c.cycles().stream().anyMatch(y -> !y.follows().isEmpty()));
    features.put("cycle with scale, agents-in-context and position-practice", c -> c.cycles().stream()
        .anyMatch(y -> y.scale().isPresent() && !y.agentsInContext().isEmpty() && y.positionPractice().isPresent()));
    features.put("collective agent-in-focus", c -> c.cycles().stream()
        .anyMatch(y -> c.element(y.agentInFocus(), Agent.class).get().type() == AgentType.COLLECTIVE));
    features.put("qualified external entry", c -> conditions(c)
        .anyMatch(e -> e.effect().isPresent() && e.force().isPresent()));
    features.put("unavailable entry", c -> conditions(c).anyMatch(e -> !e.available()));
    features.put("material entry", c -> c.cycles().stream().anyMatch(y -> !y.material().isEmpty()));
    features.put("event in external", c -> c.cycles().stream()
        .anyMatch(y -> y.external().stream().anyMatch(e -> c.events().stream().anyMatch(v -> v.id().equals(e.ref())))));
    features.put("position-practice in external", c -> c.cycles().stream()
        .anyMatch(y -> y.external().stream().anyMatch(e -> c.positionPractices().stream()
            .anyMatch(p -> p.id().equals(e.ref())))));
    features.put("agent-in-context's internal structure in external", c -> c.cycles().stream()
        .anyMatch(y -> y.external().stream().anyMatch(e -> c.element(e.ref(), Structure.class)
            .map(Structure::isInternal).orElse(false))));
    features.put("own internal structure in internal", c -> c.cycles().stream()
        .anyMatch(y -> y.internal().stream().anyMatch(i -> holders(c, i).contains(y.agentInFocus()))));
    features.put("a collective's internal structure in internal, through drawsOn", c -> c.cycles().stream()
        .anyMatch(y -> y.internal().stream().anyMatch(i -> !holders(c, i).contains(y.agentInFocus())
            && holders(c, i).stream().anyMatch(y.drawsOn()::contains))));
    features.put("internal structure held by several agents", c -> c.structures().stream()
        .anyMatch(s -> s.internalTo().size() > 1));
    features.put("shared internal structure in a cycle", c -> c.cycles().stream()
        .anyMatch(y -> y.roleIds().anyMatch(i -> holders(c, i).size() > 1)));
    features.put("several agency in one cycle", c -> c.cycles().stream().anyMatch(y -> y.agency().size() > 1));
    features.put("agency with reflexivity, horizon, concerns and creativity", c -> agency(c)
        .anyMatch(a -> a.reflexivity().isPresent() && a.horizon().isPresent() && !a.concerns().isEmpty()
            && a.creativity().isPresent()));
    features.put("agency drawing on a strict subset of internal", c -> c.cycles().stream()
        .anyMatch(y -> y.agency().stream().anyMatch(a -> !a.drawsOn().isEmpty()
            && a.drawsOn().size() < y.internal().size())));
    features.put("agency conditioned by a strict subset", c -> c.cycles().stream()
        .anyMatch(y -> y.agency().stream().anyMatch(a -> a.conditionedBy().size() < y.conditions().size())));
    features.put("outcome with change and term", c -> outcomes(c)
        .anyMatch(o -> o.change().isPresent() && o.term().isPresent()));
    features.put("outcome produced by part of the agency", c -> c.cycles().stream()
        .anyMatch(y -> y.outcomes().stream().anyMatch(o -> o.producedBy().size() < y.agency().size())));
    features.put("chain: an outcome of a cycle is an external entry of a cycle that follows it", c -> c.cycles()
        .stream().anyMatch(later -> later.follows().stream().anyMatch(f -> c.element(f, Cycle.class).get()
            .outcomes().stream().anyMatch(o -> later.external().stream().anyMatch(e -> e.ref().equals(o.ref()))))));
    features.put("feedback: an external entry reproduced as an outcome of its own cycle", c -> c.cycles().stream()
        .anyMatch(y -> y.outcomes().stream().anyMatch(o -> o.change().equals(java.util.Optional.of(Change.REPRODUCED))
            && y.external().stream().anyMatch(e -> e.ref().equals(o.ref())))));
    features.put("analysts", c -> !c.analysts().isEmpty());
    features.put("source with category, title and date", c -> c.sources().stream()
        .anyMatch(s -> s.category().isPresent() && s.title().isPresent() && s.date().isPresent()));
    features.put("evidence with quote, note, locator, speaker role and analyst", c -> c.evidence().stream()
        .anyMatch(e -> e.quote().isPresent() && e.note().isPresent() && e.locator().isPresent()
            && e.speakerRole().isPresent() && e.by().isPresent()));
    features.put("evidence with a note only", c -> c.evidence().stream()
        .anyMatch(e -> e.quote().isEmpty() && e.note().isPresent()));
    features.put("evidence supporting an element", c -> c.evidence().stream()
        .anyMatch(e -> e.supports().stream().anyMatch(s -> !s.contains("/"))));
    features.put("evidence supporting a role in a cycle", c -> c.evidence().stream()
        .anyMatch(e -> e.supports().stream().anyMatch(s -> s.contains("/"))));
    features.put("codebook concept with broader", c -> c.codebooks().stream()
        .anyMatch(b -> b.concepts().stream().anyMatch(k -> k.broader().isPresent())));
    features.put("codebook 'ic'", c -> c.codebooks().stream().anyMatch(b -> b.id().equals("ic")));
    features.put("element with codes", c -> c.elements().values().stream().anyMatch(e -> !e.codes().isEmpty()));
    features.put("agency with codes", c -> agency(c).anyMatch(a -> !a.codes().isEmpty()));
    features.put("element with description", c -> c.elements().values().stream()
        .anyMatch(e -> e.description().isPresent()));
    features.put("citation and doi", c -> c.citation().isPresent() && c.doi().isPresent());
    features.put("explicit base", c -> !c.base().equals(Case.defaultBase(c.id())));
    features.put("default base", c -> c.base().equals(Case.defaultBase(c.id())));
    features.put("id a YAML reader may misread", c -> c.elements().keySet().stream()
        .anyMatch(id -> Set.of("yes", "no", "true", "null", "007", "1e3", "2016-03-01").contains(id)));
    features.put("label with a newline", c -> c.elements().values().stream().anyMatch(e -> e.label().contains("\n")));
    features.put("label with leading whitespace", c -> c.elements().values().stream()
        .anyMatch(e -> Character.isWhitespace(e.label().charAt(0))));
    return features;
  }

  @Test
  void hostileTextIsAwkwardButLegal() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 20_000; i++) {
      String text = RandomCases.hostileText(random);
      String shown = "draw " + i + " of seed 42: [" + text.replace("\n", "\\n").replace("\r", "\\r") + "]";
      assertFalse(text.isBlank(), shown);
      for (int j = 0; j < text.length(); j++) {
        char ch = text.charAt(j);
        if (Character.isHighSurrogate(ch)) {
          assertTrue(j + 1 < text.length() && Character.isLowSurrogate(text.charAt(j + 1)), "lone high surrogate in "
              + shown);
          j++;
        } else if (Character.isLowSurrogate(ch)) {
          fail("lone low surrogate in " + shown);
        } else if (Character.getType(ch) == Character.CONTROL) {
          assertTrue(ch == '\t' || ch == '\n' || ch == '\r', "control character U+"
              + Integer.toHexString(ch) + " in " + shown);
        }
      }
    }
  }

  @Test
  void hostileTextCoversTheTraps() {
    Map<String, Predicate<String>> traps = new LinkedHashMap<>();
    traps.put("double quote", t -> t.contains("\""));
    traps.put("single quote", t -> t.contains("'"));
    traps.put("backslash", t -> t.contains("\\"));
    traps.put("hash", t -> t.contains("#"));
    traps.put("colon", t -> t.contains(":"));
    traps.put("leading space", t -> t.startsWith(" "));
    traps.put("trailing space", t -> t.endsWith(" "));
    traps.put("LF", t -> t.contains("\n"));
    traps.put("CRLF", t -> t.contains("\r\n"));
    traps.put("lone CR", t -> t.replace("\r\n", "").contains("\r"));
    traps.put("tab", t -> t.contains("\t"));
    traps.put("angle brackets", t -> t.contains("<") && t.contains(">"));
    traps.put("braces", t -> t.contains("{") && t.contains("}"));
    traps.put("right-to-left mark", t -> t.contains("\u200F"));
    traps.put("surrogate pair", t -> t.chars().anyMatch(ch -> Character.isHighSurrogate((char) ch)));
    traps.put("precomposed e-acute", t -> t.contains("\u00E9"));
    traps.put("decomposed e-acute", t -> t.contains("e\u0301"));
    for (String whole : List.of("yes", "no", "true", "null", "~", "007", "1e3", "---", "...", " x")) {
      traps.put("whole value '" + whole + "'", t -> t.equals(whole));
    }
    SplittableRandom random = new SplittableRandom(7);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      String text = RandomCases.hostileText(random);
      traps.forEach((name, p) -> {
        if (p.test(text)) {
          seen.add(name);
        }
      });
    }
    Set<String> missing = new TreeSet<>(traps.keySet());
    missing.removeAll(seen);
    assertEquals(Set.of(), missing);
  }

  @Test
  void hostileTextIsReplayable() {
    SplittableRandom a = new SplittableRandom(99);
    SplittableRandom b = new SplittableRandom(99);
    for (int i = 0; i < 100; i++) {
      assertEquals(RandomCases.hostileText(a), RandomCases.hostileText(b), "draw " + i);
    }
  }

  @Test
  void generatedLabelsAreHostileNotTame() {
    // At least some labels must need quoting in YAML, or the generator does not test a writer.
    long awkward = Stream.iterate(0L, s -> s + 1).limit(50)
        .flatMap(seed -> RandomCases.generate(seed).elements().values().stream())
        .map(Element::label)
        .filter(l -> l.contains("\"") || l.contains("\\") || l.contains(": ") || l.contains("\n"))
        .count();
    assertTrue(awkward > 50, "only " + awkward + " awkward labels in 50 cases");
  }

  private static Stream<Condition> conditions(Case c) {
    return c.cycles().stream().flatMap(y -> y.conditions().stream());
  }

  private static Stream<ActiveAgency> agency(Case c) {
    return c.cycles().stream().flatMap(y -> y.agency().stream());
  }

  private static Stream<Outcome> outcomes(Case c) {
    return c.cycles().stream().flatMap(y -> y.outcomes().stream());
  }

  private static List<String> holders(Case c, String element) {
    return c.element(element, Structure.class).map(Structure::internalTo).orElse(ImmutableList.of());
  }
}
