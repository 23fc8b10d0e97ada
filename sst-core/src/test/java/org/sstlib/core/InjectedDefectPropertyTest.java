package org.sstlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.sstlib.core.testing.RandomCases;

/**
 * Takes random valid cases, injects one defect, and checks that the problems name it: the right element id and path.
 * Every assertion message starts with {@code seed=N defect=KIND}; replay one seed with {@code -Dsst.seed=N}
 * (the case is {@code RandomCases.builder(N, sizeFor(N))}).
 */
class InjectedDefectPropertyTest {
  private static final int SEEDS = 200;

  /** Seeds 0..199, or only the one given with {@code -Dsst.seed=N}. */
  static LongStream seeds() {
    String one = System.getProperty("sst.seed");
    return one == null || one.isBlank() ? LongStream.range(0, SEEDS) : LongStream.of(Long.parseLong(one.trim()));
  }

  /** Cases of 1 to 6 cycles, so that small and larger cases are both covered. */
  static int sizeFor(long seed) {
    return 1 + (int) (seed % 6);
  }

  static Case.Builder valid(long seed) {
    return RandomCases.builder(seed, sizeFor(seed));
  }

  /** What a defect should produce: a problem at {@code path} about {@code elementId} whose message has {@code part}. */
  record Expect(String path, String elementId, String part) {}

  /** A defect injected into a builder; empty if this case has no place for it. */
  interface Injection {
    Optional<Expect> inject(Case.Builder b, SplittableRandom r);
  }

  private static SplittableRandom random(long seed, String defect) {
    return new SplittableRandom(seed * 1_000_003L + defect.hashCode());
  }

  private static List<Problem> problems(long seed, String defect, Case.Builder b) {
    try {
      return b.problems();
    } catch (RuntimeException e) {
      throw new AssertionError("seed=" + seed + " defect=" + defect + ": problems() threw " + e, e);
    }
  }

  private static void assertFound(long seed, String defect, Case.Builder b, Expect e) {
    List<Problem> problems = problems(seed, defect, b);
    // Problems show control characters escaped (TextRule.escape): compare with what they show.
    boolean found = problems.stream().anyMatch(p -> p.path().equals(e.path())
        && p.elementId().equals(TextRule.escape(e.elementId())) && p.message().contains(TextRule.escape(e.part())));
    if (!found) {
      fail("seed=" + seed + " defect=" + defect + ": expected a problem at " + e.path() + " about '" + e.elementId()
          + "' saying [" + e.part() + "] but got " + problems);
    }
  }

  /** Runs the injection for every seed; fails if it applied to too few seeds to mean anything. */
  private static void run(String defect, Injection injection) {
    int applied = 0;
    for (long seed : seeds().toArray()) {
      Case.Builder b = valid(seed);
      Optional<Expect> expect = injection.inject(b, random(seed, defect));
      if (expect.isPresent()) {
        assertFound(seed, defect, b, expect.get());
        applied++;
      }
    }
    long total = seeds().count();
    assertTrue(total == 1 || applied * 2 >= total, "defect=" + defect + " applied to only " + applied + " of " + total + " seeds");
  }

  // ---------------------------------------------------------------------------------------------- valid

  @Test
  void validCasesHaveNoProblems() {
    for (long seed : seeds().toArray()) {
      for (int size : new int[] {0, 1, sizeFor(seed), 10}) {
        assertEquals(List.of(), problems(seed, "none", RandomCases.builder(seed, size)),
            "seed=" + seed + " size=" + size + " defect=none");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------- dangling

  /** Each place a reference can dangle. */
  private enum Site {
    EXTERNAL, MATERIAL, INTERNAL, OUTCOME, AGENT_IN_FOCUS, AGENT_IN_CONTEXT, POSITION_PRACTICE, FOLLOWS, MEMBER_OF,
    OCCUPIED_BY, RELATION, INTERNAL_TO, ABOUT, OF, EVIDENCE_SOURCE, EVIDENCE_ANALYST, SUPPORTS, DRAWS_ON,
    CONDITIONED_BY, PRODUCED_BY
  }

  @Test
  void danglingReference() {
    for (Site site : Site.values()) {
      run("dangling-" + site.name().toLowerCase().replace('_', '-'), (b, r) -> dangling(b, r, site));
    }
  }

  private static Optional<Expect> dangling(Case.Builder b, SplittableRandom r, Site site) {
    String ghost = ghost(b, r);
    int ci = r.nextInt(b.cycles.size());
    Cycle cycle = b.cycles.get(ci);
    String cp = "cycles[" + ci + "]";
    String cid = cycle.id();
    String notDefined = "'" + ghost + "' is not defined";
    switch (site) {
      case EXTERNAL: {
        int n = cycle.external().size();
        CaseFixture.editCycle(b, ci, c -> c.external.add(Condition.of(ghost)));
        return Optional.of(new Expect(cp + ".external[" + n + "]", cid, notDefined));
      }
      case MATERIAL: {
        int n = cycle.material().size();
        CaseFixture.editCycle(b, ci, c -> c.material.add(Condition.of(ghost)));
        return Optional.of(new Expect(cp + ".material[" + n + "]", cid, notDefined));
      }
      case INTERNAL: {
        int n = cycle.internal().size();
        CaseFixture.editCycle(b, ci, c -> c.internal.add(ghost));
        return Optional.of(new Expect(cp + ".internal[" + n + "]", cid, notDefined));
      }
      case OUTCOME: {
        int n = cycle.outcomes().size();
        CaseFixture.editCycle(b, ci, c -> c.outcomes.add(Outcome.of(ghost)));
        return Optional.of(new Expect(cp + ".outcomes[" + n + "].ref", cid, notDefined));
      }
      case AGENT_IN_FOCUS:
        CaseFixture.editCycle(b, ci, c -> c.agentInFocus = ghost);
        return Optional.of(new Expect(cp + ".agentInFocus", cid,
            "agent '" + ghost + "' is referenced by cycle '" + cid + "' but not defined"));
      case AGENT_IN_CONTEXT: {
        int n = cycle.agentsInContext().size();
        CaseFixture.editCycle(b, ci, c -> c.agentsInContext.add(ghost));
        return Optional.of(new Expect(cp + ".agentsInContext[" + n + "]", cid, "agent '" + ghost + "' is referenced"));
      }
      case POSITION_PRACTICE:
        CaseFixture.editCycle(b, ci, c -> c.positionPractice = Optional.of(ghost));
        return Optional.of(new Expect(cp + ".positionPractice", cid, "position-practice '" + ghost + "'"));
      case FOLLOWS: {
        int n = cycle.follows().size();
        CaseFixture.editCycle(b, ci, c -> c.follows.add(ghost));
        return Optional.of(new Expect(cp + ".follows[" + n + "]", cid, "cycle '" + ghost + "' is referenced"));
      }
      case MEMBER_OF: {
        int k = r.nextInt(b.agents.size());
        Agent a = b.agents.get(k);
        b.agents.set(k, new Agent(a.id(), a.label(), a.description(), a.scale(), a.codes(), a.type(),
            plus(a.memberOf(), ghost)));
        return Optional.of(new Expect("agents[" + k + "].memberOf[" + a.memberOf().size() + "]", a.id(),
            "agent '" + ghost + "' is referenced by agent '" + a.id() + "'"));
      }
      case OCCUPIED_BY: {
        int k = r.nextInt(b.positionPractices.size());
        PositionPractice p = b.positionPractices.get(k);
        b.positionPractices.set(k, new PositionPractice(p.id(), p.label(), p.description(), p.scale(), p.codes(),
            plus(p.occupiedBy(), ghost), p.practices(), p.prerogatives(), p.obligations(), p.relations()));
        return Optional.of(new Expect("positionPractices[" + k + "].occupiedBy[" + p.occupiedBy().size() + "]",
            p.id(), "agent '" + ghost + "' is referenced by position-practice '" + p.id() + "'"));
      }
      case RELATION: {
        int k = r.nextInt(b.positionPractices.size());
        PositionPractice p = b.positionPractices.get(k);
        b.positionPractices.set(k, new PositionPractice(p.id(), p.label(), p.description(), p.scale(), p.codes(),
            p.occupiedBy(), p.practices(), p.prerogatives(), p.obligations(),
            plus(p.relations(), new PositionPractice.Relation(ghost, "relates to"))));
        return Optional.of(new Expect("positionPractices[" + k + "].relations[" + p.relations().size() + "].to",
            p.id(), "position-practice '" + ghost + "' is referenced"));
      }
      case INTERNAL_TO:
      case ABOUT: {
        List<Integer> internal = indices(b.structures, Structure::isInternal);
        if (internal.isEmpty()) {
          return Optional.empty();
        }
        int k = internal.get(r.nextInt(internal.size()));
        Structure s = b.structures.get(k);
        if (site == Site.INTERNAL_TO) {
          b.structures.set(k, new Structure(s.id(), s.label(), s.description(), s.scale(), s.codes(), s.form(),
              ImmutableList.of(ghost), s.kind(), s.about(), s.of()));
          return Optional.of(new Expect("structures[" + k + "].internalTo", s.id(),
              "agent '" + ghost + "' is referenced by structure '" + s.id() + "'"));
        }
        b.structures.set(k, new Structure(s.id(), s.label(), s.description(), s.scale(), s.codes(), s.form(),
            s.internalTo(), s.kind(), plus(s.about(), ghost), s.of()));
        return Optional.of(new Expect("structures[" + k + "].about[" + s.about().size() + "]", s.id(),
            "is about '" + ghost + "', which is not defined"));
      }
      case OF: {
        List<Integer> material = indices(b.structures, Structure::isMaterial);
        if (material.isEmpty()) {
          return Optional.empty();
        }
        int k = material.get(r.nextInt(material.size()));
        Structure s = b.structures.get(k);
        b.structures.set(k, new Structure(s.id(), s.label(), s.description(), s.scale(), s.codes(), s.form(),
            s.internalTo(), s.kind(), s.about(), Optional.of(ghost)));
        return Optional.of(new Expect("structures[" + k + "].of", s.id(), "agent '" + ghost + "' is referenced"));
      }
      case EVIDENCE_SOURCE:
      case EVIDENCE_ANALYST:
      case SUPPORTS: {
        int k = someEvidence(b, r);
        Evidence e = b.evidence.get(k);
        String p = "evidence[" + k + "]";
        if (site == Site.EVIDENCE_SOURCE) {
          b.evidence.set(k, new Evidence(e.id(), ghost, e.quote(), e.note(), e.locator(), e.speakerRole(),
              e.by(), e.supports()));
          return Optional.of(new Expect(p + ".source", e.id(), "source '" + ghost + "' is referenced by evidence"));
        }
        if (site == Site.EVIDENCE_ANALYST) {
          b.evidence.set(k, new Evidence(e.id(), e.source(), e.quote(), e.note(), e.locator(), e.speakerRole(),
              Optional.of(ghost), e.supports()));
          return Optional.of(new Expect(p + ".by", e.id(), "analyst '" + ghost + "' is referenced by evidence"));
        }
        b.evidence.set(k, new Evidence(e.id(), e.source(), e.quote(), e.note(), e.locator(), e.speakerRole(),
            e.by(), plus(e.supports(), ghost)));
        return Optional.of(new Expect(p + ".supports[" + e.supports().size() + "]", e.id(),
            "supports '" + ghost + "'"));
      }
      case DRAWS_ON:
      case CONDITIONED_BY: {
        int j = r.nextInt(cycle.agency().size());
        ActiveAgency a = cycle.agency().get(j);
        boolean drawsOn = site == Site.DRAWS_ON;
        ActiveAgency changed = new ActiveAgency(a.id(), a.label(), a.description(), a.scale(), a.codes(),
            a.reflexivity(), a.horizon(), a.concerns(), a.creativity(),
            drawsOn ? plus(a.drawsOn(), ghost) : a.drawsOn(),
            drawsOn ? a.conditionedBy() : plus(a.conditionedBy(), ghost));
        CaseFixture.editCycle(b, ci, c -> c.agency.set(j, changed));
        int n = drawsOn ? a.drawsOn().size() : a.conditionedBy().size();
        return Optional.of(new Expect(cp + ".agency[" + j + "]." + (drawsOn ? "drawsOn" : "conditionedBy") + "[" + n
            + "]", a.id(), drawsOn ? "draws on '" + ghost + "'" : "is conditioned by '" + ghost + "'"));
      }
      case PRODUCED_BY: {
        int o = r.nextInt(cycle.outcomes().size());
        Outcome out = cycle.outcomes().get(o);
        CaseFixture.editCycle(b, ci, c -> c.outcomes.set(o, new Outcome(out.ref(), out.change(), out.term(),
            out.intended(), plus(out.producedBy(), ghost))));
        return Optional.of(new Expect(cp + ".outcomes[" + o + "].producedBy[" + out.producedBy().size() + "]", cid,
            "is produced by '" + ghost + "'"));
      }
      default:
        throw new AssertionError(site);
    }
  }

  /**
   * An id the case does not define: mostly a near miss of one it does (one letter dropped, doubled, swapped or
   * changed), sometimes hostile text.
   */
  private static String ghost(Case.Builder b, SplittableRandom r) {
    Set<String> ids = allIds(b);
    if (r.nextInt(5) == 0) {
      for (int i = 0; i < 20; i++) {
        String text = RandomCases.hostileText(r);
        if (!ids.contains(text)) {
          return text;
        }
      }
    }
    List<String> pool = new ArrayList<>(ids);
    for (int attempt = 0; attempt < 50; attempt++) {
      String id = pool.get(r.nextInt(pool.size()));
      int at = r.nextInt(id.length());
      String near = switch (r.nextInt(4)) {
        case 0 -> id.length() > 1 ? id.substring(0, at) + id.substring(at + 1) : id + "x";
        case 1 -> id.substring(0, at + 1) + id.charAt(at) + id.substring(at + 1);
        case 2 -> at + 1 < id.length()
            ? id.substring(0, at) + id.charAt(at + 1) + id.charAt(at) + id.substring(at + 2)
            : id + "0";
        default -> id.substring(0, at) + (id.charAt(at) == 'q' ? 'z' : 'q') + id.substring(at + 1);
      };
      if (!ids.contains(near) && CaseChecker.ID.matcher(near).matches()) {
        return near;
      }
    }
    return "ghost-" + r.nextInt(1_000_000);
  }

  // ---------------------------------------------------------------------------------------------- ids

  /** The kinds of thing that carry an id of the case's id space. */
  private enum Kind { ANALYST, SOURCE, AGENT, POSITION_PRACTICE, STRUCTURE, EVENT, AGENCY, EVIDENCE, CODEBOOK }

  @Test
  void duplicateId() {
    for (Kind kind : Kind.values()) {
      run("duplicate-" + kind.name().toLowerCase().replace('_', '-'), (b, r) -> {
        List<Definition> before = definitions(b);
        String id = before.get(r.nextInt(before.size())).id();
        add(b, r, kind, id);
        List<Definition> same = definitions(b).stream().filter(d -> d.id().equals(id)).collect(Collectors.toList());
        if (same.size() != 2) {
          throw new AssertionError("duplicate-" + kind + ": expected two definitions of '" + id + "': " + same);
        }
        return Optional.of(new Expect(same.get(1).path() + ".id", id,
            "duplicate id '" + id + "': already used by the " + same.get(0).what() + " at " + same.get(0).path()));
      });
    }
  }

  @Test
  void duplicateIdByRenaming() {
    run("duplicate-rename", (b, r) -> {
      // Renaming an event to the id of anything else: the old id's references dangle too, but the duplicate must
      // be among the problems.
      List<Definition> before = definitions(b);
      String id = before.get(r.nextInt(before.size())).id();
      int k = r.nextInt(b.events.size());
      Event e = b.events.get(k);
      if (e.id().equals(id)) {
        return Optional.empty();
      }
      b.events.set(k, new Event(id, e.label(), e.description(), e.scale(), e.codes()));
      List<Definition> same = definitions(b).stream().filter(d -> d.id().equals(id)).collect(Collectors.toList());
      return Optional.of(new Expect(same.get(1).path() + ".id", id, "duplicate id '" + id + "'"));
    });
  }

  private static final List<String> BAD_IDS = List.of("-x", ".x", "_x", "a b", "a/b", "a:b", "x#y", "caf\u00E9",
      "cafe\u0301", "\uD83D\uDE00", "", " x", "x ", "a\nb", "\u200Fx", "a\tb", "<x>", "x?", "x,y", "\"x\"");

  @Test
  void badId() {
    for (Kind kind : Kind.values()) {
      run("bad-id-" + kind.name().toLowerCase().replace('_', '-'), (b, r) -> {
        String id;
        if (r.nextInt(3) == 0) {
          do {
            id = RandomCases.hostileText(r);
          } while (CaseChecker.ID.matcher(id).matches());
        } else {
          id = BAD_IDS.get(r.nextInt(BAD_IDS.size()));
        }
        String path = add(b, r, kind, id);
        return Optional.of(new Expect(path + ".id", id, "id '" + id + "' is not a valid id"));
      });
    }
  }

  /** Adds a new, otherwise valid thing of {@code kind} with {@code id}; returns its path. */
  private static String add(Case.Builder b, SplittableRandom r, Kind kind, String id) {
    switch (kind) {
      case ANALYST:
        b.analysts.add(new Analyst(id, "An analyst"));
        return "analysts[" + (b.analysts.size() - 1) + "]";
      case SOURCE:
        b.sources.add(Source.of(id, SourceType.OTHER));
        return "sources[" + (b.sources.size() - 1) + "]";
      case AGENT:
        b.agents.add(Agent.builder(id, "An agent", AgentType.INDIVIDUAL).build());
        return "agents[" + (b.agents.size() - 1) + "]";
      case POSITION_PRACTICE:
        b.positionPractices.add(PositionPractice.builder(id, "A position").build());
        return "positionPractices[" + (b.positionPractices.size() - 1) + "]";
      case STRUCTURE:
        b.structures.add(Structure.builder(id, "A structure", StructureForm.OTHER).build());
        return "structures[" + (b.structures.size() - 1) + "]";
      case EVENT:
        b.events.add(Event.builder(id, "An event").build());
        return "events[" + (b.events.size() - 1) + "]";
      case AGENCY: {
        int ci = r.nextInt(b.cycles.size());
        int j = b.cycles.get(ci).agency().size();
        CaseFixture.editCycle(b, ci, c -> c.agency.add(ActiveAgency.builder(id, "More agency").build()));
        return "cycles[" + ci + "].agency[" + j + "]";
      }
      case EVIDENCE:
        b.evidence.add(Evidence.builder(id, b.sources.get(0).id()).note("a note").build());
        return "evidence[" + (b.evidence.size() - 1) + "]";
      case CODEBOOK:
        b.codebooks.add(new Codebook(id, "A codebook", ImmutableList.of()));
        return "codebooks[" + (b.codebooks.size() - 1) + "]";
      default:
        throw new AssertionError(kind);
    }
  }

  // ---------------------------------------------------------------------------------------------- wrong roles

  @Test
  void internalStructureOfAnotherAgentInInternal() {
    run("foreign-internal-in-internal", (b, r) -> {
      int ci = r.nextInt(b.cycles.size());
      Cycle c = b.cycles.get(ci);
      Set<String> groups = groupsOf(b, c.agentInFocus());
      Structure s = pickOrMake(b, r, x -> x.isInternal() && x.internalTo().stream().noneMatch(groups::contains)
          && !listed(c).contains(x.id()), () -> outsiderInternal(b, r));
      int n = c.internal().size();
      CaseFixture.editCycle(b, ci, e -> e.internal.add(s.id()));
      return Optional.of(new Expect("cycles[" + ci + "].internal[" + n + "]", c.id(), "'" + s.id()
          + "' is an internal structure of " + RoleChecker.holders(s) + ", not of the agent-in-focus '"
          + c.agentInFocus() + "'"));
    });
  }

  @Test
  void nonMaterialStructureInMaterial() {
    run("non-material-in-material", (b, r) -> {
      int ci = r.nextInt(b.cycles.size());
      Cycle c = b.cycles.get(ci);
      Structure s = pickOrMake(b, r, x -> !x.isMaterial() && !listed(c).contains(x.id()), () -> {
        Structure made = Structure.builder(fresh(b, "plain"), "Plain", StructureForm.POLICY).build();
        b.structures.add(made);
        return made;
      });
      int n = c.material().size();
      CaseFixture.editCycle(b, ci, e -> e.material.add(Condition.of(s.id())));
      return Optional.of(new Expect("cycles[" + ci + "].material[" + n + "]", c.id(),
          "'" + s.id() + "' has " + s.form().map(f -> "form " + f.code()).orElse("no form")
              + "; the material role of cycle '" + c.id() + "'"));
    });
  }

  @Test
  void eventInInternal() {
    run("event-in-internal", (b, r) -> {
      int ci = r.nextInt(b.cycles.size());
      Cycle c = b.cycles.get(ci);
      List<Event> free = b.events.stream().filter(e -> !listed(c).contains(e.id())).collect(Collectors.toList());
      Event ev;
      if (free.isEmpty()) {
        ev = Event.builder(fresh(b, "happening"), "Something happens").build();
        b.events.add(ev);
      } else {
        ev = free.get(r.nextInt(free.size()));
      }
      int n = c.internal().size();
      CaseFixture.editCycle(b, ci, e -> e.internal.add(ev.id()));
      return Optional.of(new Expect("cycles[" + ci + "].internal[" + n + "]", c.id(),
          "'" + ev.id() + "' is an event; the internal role holds an internal structure of the agent-in-focus"));
    });
  }

  @Test
  void ownInternalStructureInExternal() {
    run("own-internal-in-external", (b, r) -> {
      int ci = r.nextInt(b.cycles.size());
      Cycle c = b.cycles.get(ci);
      Structure s = pickOrMake(b, r, x -> x.isInternal() && x.heldBy(c.agentInFocus())
          && !listed(c).contains(x.id()), () -> {
            Structure made = Structure.builder(fresh(b, "habit"), "Habit", StructureForm.OTHER)
                .internalTo(c.agentInFocus(), InternalKind.GENERAL_DISPOSITIONAL).build();
            b.structures.add(made);
            return made;
          });
      int n = c.external().size();
      CaseFixture.editCycle(b, ci, e -> e.external.add(Condition.of(s.id())));
      return Optional.of(new Expect("cycles[" + ci + "].external[" + n + "]", c.id(),
          "'" + s.id() + "' is an internal structure of the agent-in-focus"));
    });
  }

  @Test
  void internalStructureOfAnAgentNotInContextInExternal() {
    run("contextless-internal-in-external", (b, r) -> {
      int ci = r.nextInt(b.cycles.size());
      Cycle c = b.cycles.get(ci);
      Set<String> groups = groupsOf(b, c.agentInFocus());
      Structure s = pickOrMake(b, r, x -> x.isInternal() && x.internalTo().stream().noneMatch(groups::contains)
          && x.internalTo().stream().noneMatch(c.agentsInContext()::contains) && !listed(c).contains(x.id()),
          () -> outsiderInternal(b, r));
      int n = c.external().size();
      CaseFixture.editCycle(b, ci, e -> e.external.add(Condition.of(s.id())));
      return Optional.of(new Expect("cycles[" + ci + "].external[" + n + "]", c.id(), "'" + s.id()
          + "' is an internal structure of " + RoleChecker.holders(s)
          + (s.internalTo().size() == 1 ? ", who is not" : ", none of whom is") + " an agent-in-context"));
    });
  }

  @Test
  void agentInOutcomes() {
    run("agent-in-outcomes", (b, r) -> {
      int ci = r.nextInt(b.cycles.size());
      Cycle c = b.cycles.get(ci);
      Agent a = b.agents.get(r.nextInt(b.agents.size()));
      int n = c.outcomes().size();
      CaseFixture.editCycle(b, ci, e -> e.outcomes.add(Outcome.of(a.id())));
      return Optional.of(new Expect("cycles[" + ci + "].outcomes[" + n + "].ref", c.id(),
          "'" + a.id() + "' is an agent; the outcomes role holds a structure, an event or a position-practice"));
    });
  }

  @Test
  void agencyInExternal() {
    run("agency-in-external", (b, r) -> {
      int ci = r.nextInt(b.cycles.size());
      Cycle c = b.cycles.get(ci);
      Cycle other = b.cycles.get(r.nextInt(b.cycles.size()));
      ActiveAgency a = other.agency().get(r.nextInt(other.agency().size()));
      int n = c.external().size();
      CaseFixture.editCycle(b, ci, e -> e.external.add(Condition.of(a.id())));
      return Optional.of(new Expect("cycles[" + ci + "].external[" + n + "]", c.id(),
          "'" + a.id() + "' is an agency; the external role holds"));
    });
  }

  // ---------------------------------------------------------------------------------------------- links

  @Test
  void drawsOnOutsideTheCycle() {
    run("draws-on-outside", (b, r) -> {
      int ci = r.nextInt(b.cycles.size());
      Cycle c = b.cycles.get(ci);
      List<String> outside = b.structures.stream().map(Structure::id).filter(id -> !c.internal().contains(id))
          .collect(Collectors.toList());
      String ref = outside.get(r.nextInt(outside.size()));
      int j = r.nextInt(c.agency().size());
      ActiveAgency a = c.agency().get(j);
      CaseFixture.editCycle(b, ci, e -> e.agency.set(j, withLinks(a, ImmutableList.of(ref), a.conditionedBy())));
      return Optional.of(new Expect("cycles[" + ci + "].agency[" + j + "].drawsOn[0]", a.id(),
          "draws on '" + ref + "', which is not in the internal role of cycle '" + c.id() + "'"));
    });
  }

  @Test
  void conditionedByOutsideTheCycle() {
    run("conditioned-by-outside", (b, r) -> {
      int ci = r.nextInt(b.cycles.size());
      Cycle c = b.cycles.get(ci);
      Set<String> conditions = c.conditions().stream().map(Condition::ref).collect(Collectors.toSet());
      List<String> outside = definitions(b).stream().map(Definition::id).filter(id -> !conditions.contains(id))
          .collect(Collectors.toList());
      String ref = outside.get(r.nextInt(outside.size()));
      int j = r.nextInt(c.agency().size());
      ActiveAgency a = c.agency().get(j);
      CaseFixture.editCycle(b, ci, e -> e.agency.set(j, withLinks(a, a.drawsOn(), ImmutableList.of(ref))));
      return Optional.of(new Expect("cycles[" + ci + "].agency[" + j + "].conditionedBy[0]", a.id(),
          "is conditioned by '" + ref + "', which is not an external or material entry of cycle '" + c.id() + "'"));
    });
  }

  @Test
  void producedByOutsideTheCycle() {
    run("produced-by-outside", (b, r) -> {
      int ci = r.nextInt(b.cycles.size());
      Cycle c = b.cycles.get(ci);
      Set<String> own = c.agency().stream().map(ActiveAgency::id).collect(Collectors.toSet());
      List<String> outside = definitions(b).stream().map(Definition::id).filter(id -> !own.contains(id))
          .collect(Collectors.toList());
      String ref = outside.get(r.nextInt(outside.size()));
      int o = r.nextInt(c.outcomes().size());
      Outcome out = c.outcomes().get(o);
      CaseFixture.editCycle(b, ci, e -> e.outcomes.set(o, out.withProducedBy(ref)));
      return Optional.of(new Expect("cycles[" + ci + "].outcomes[" + o + "].producedBy[0]", c.id(),
          "outcome '" + out.ref() + "' is produced by '" + ref + "', which is not an agency of cycle '" + c.id()
              + "'"));
    });
  }

  // ---------------------------------------------------------------------------------------------- other rules

  @Test
  void missingPartOfACycle() {
    for (String part : List.of("agentInFocus", "external", "agency", "outcomes")) {
      run("missing-" + part, (b, r) -> {
        int ci = r.nextInt(b.cycles.size());
        Cycle c = b.cycles.get(ci);
        CaseFixture.editCycle(b, ci, e -> {
          switch (part) {
            case "agentInFocus" -> e.agentInFocus = "";
            case "external" -> e.external.clear();
            case "agency" -> e.agency.clear();
            default -> e.outcomes.clear();
          }
        });
        return Optional.of(new Expect("cycles[" + ci + "]." + part, c.id(), "cycle '" + c.id() + "' has no "));
      });
    }
  }

  @Test
  void roleClaimForAnElementWithNoRole() {
    run("role-claim-without-role", (b, r) -> {
      Cycle c = b.cycles.get(r.nextInt(b.cycles.size()));
      Set<String> roles = c.roleIds().collect(Collectors.toSet());
      List<String> others = definitions(b).stream()
          .filter(d -> Set.of("agent", "position-practice", "structure", "event", "cycle", "agency").contains(d.what()))
          .map(Definition::id).filter(id -> !roles.contains(id)).collect(Collectors.toList());
      String element = others.get(r.nextInt(others.size()));
      int k = someEvidence(b, r);
      Evidence e = b.evidence.get(k);
      String claim = c.id() + "/" + element;
      b.evidence.set(k, new Evidence(e.id(), e.source(), e.quote(), e.note(), e.locator(), e.speakerRole(),
          e.by(), plus(e.supports(), claim)));
      return Optional.of(new Expect("evidence[" + k + "].supports[" + e.supports().size() + "]", e.id(),
          "supports '" + claim + "', but '" + element + "' plays no role in cycle '" + c.id() + "'"));
    });
  }

  @Test
  void unknownCode() {
    run("unknown-code", (b, r) -> {
      String code;
      if (!b.codebooks.isEmpty() && r.nextBoolean()) {
        Codebook cb = b.codebooks.get(r.nextInt(b.codebooks.size()));
        code = cb.id() + ":zz-no-such-concept";
      } else {
        code = "zz-no-such-codebook:x";
      }
      int k = r.nextInt(b.events.size());
      Event e = b.events.get(k);
      b.events.set(k, new Event(e.id(), e.label(), e.description(), e.scale(), plus(e.codes(), code)));
      return Optional.of(new Expect("events[" + k + "].codes[" + e.codes().size() + "]", e.id(), "code '" + code + "'"));
    });
  }

  @Test
  void badTime() {
    List<String> bad = List.of("2016-13", "2016-02-30", "16", "2016/2015", "2016-03-01T10:00", "2016/2017/2018", "",
        "yes", "2016-3");
    run("bad-time", (b, r) -> {
      int ci = r.nextInt(b.cycles.size());
      Cycle c = b.cycles.get(ci);
      String time = bad.get(r.nextInt(bad.size()));
      CaseFixture.editCycle(b, ci, e -> e.time = Optional.of(time));
      return Optional.of(new Expect("cycles[" + ci + "].time", c.id(), "'" + time + "'"));
    });
  }

  @Test
  void followsLoop() {
    String defect = "follows-loop";
    int applied = 0;
    for (long seed : seeds().toArray()) {
      Case.Builder b = valid(seed);
      if (b.cycles.size() < 2) {
        continue;
      }
      SplittableRandom r = random(seed, defect);
      int i = r.nextInt(b.cycles.size() - 1);
      int j = i + 1 + r.nextInt(b.cycles.size() - i - 1);
      String ci = b.cycles.get(i).id();
      String cj = b.cycles.get(j).id();
      // The generator's follows only point back, so j -> i keeps it acyclic and i -> j closes a loop through both.
      if (!b.cycles.get(j).follows().contains(ci)) {
        CaseFixture.editCycle(b, j, e -> e.follows.add(ci));
      }
      CaseFixture.editCycle(b, i, e -> e.follows.add(cj));
      List<Problem> loops = problems(seed, defect, b).stream().filter(p -> p.message().contains("in a loop"))
          .collect(Collectors.toList());
      assertTrue(!loops.isEmpty(), "seed=" + seed + " defect=" + defect + ": no loop reported for " + ci + " <-> " + cj);
      for (Problem p : loops) {
        assertTrue(p.path().matches("cycles\\[\\d+]\\.follows"), "seed=" + seed + " defect=" + defect + ": " + p);
        String text = p.message().substring(p.message().indexOf(": ") + 2, p.message().indexOf("; follows"));
        List<String> loop = Arrays.asList(text.split(" -> "));
        assertEquals(loop.get(0), loop.get(loop.size() - 1), "seed=" + seed + " defect=" + defect + ": " + p);
        assertTrue(loop.contains(ci) && loop.contains(cj), "seed=" + seed + " defect=" + defect + ": " + p);
        assertEquals(p.elementId(), loop.get(0), "seed=" + seed + " defect=" + defect + ": " + p);
      }
      applied++;
    }
    assertTrue(applied > 0 || seeds().count() == 1);
  }

  @Test
  void severalDefectsAreAllReported() {
    String defect = "several";
    for (long seed : seeds().toArray()) {
      Case.Builder b = valid(seed);
      SplittableRandom r = random(seed, defect);
      List<Expect> expected = new ArrayList<>();
      dangling(b, r, Site.EXTERNAL).ifPresent(expected::add);
      dangling(b, r, Site.MEMBER_OF).ifPresent(expected::add);
      dangling(b, r, Site.SUPPORTS).ifPresent(expected::add);
      String path = add(b, r, Kind.EVENT, "-bad");
      expected.add(new Expect(path + ".id", "-bad", "is not a valid id"));
      List<Problem> problems = problems(seed, defect, b);
      for (Expect e : expected) {
        assertFound(seed, defect, b, e);
      }
      assertTrue(problems.size() >= expected.size(), "seed=" + seed + " defect=" + defect + ": " + problems);
    }
  }

  // ---------------------------------------------------------------------------------------------- helpers

  /** An id definition, in the order the checker indexes them: the first one of an id wins. */
  record Definition(String path, String id, String what) {}

  static List<Definition> definitions(Case.Builder b) {
    List<Definition> out = new ArrayList<>();
    for (int i = 0; i < b.analysts.size(); i++) {
      out.add(new Definition("analysts[" + i + "]", b.analysts.get(i).id(), "analyst"));
    }
    for (int i = 0; i < b.sources.size(); i++) {
      out.add(new Definition("sources[" + i + "]", b.sources.get(i).id(), "source"));
    }
    for (int i = 0; i < b.agents.size(); i++) {
      out.add(new Definition("agents[" + i + "]", b.agents.get(i).id(), "agent"));
    }
    for (int i = 0; i < b.positionPractices.size(); i++) {
      out.add(new Definition("positionPractices[" + i + "]", b.positionPractices.get(i).id(), "position-practice"));
    }
    for (int i = 0; i < b.structures.size(); i++) {
      out.add(new Definition("structures[" + i + "]", b.structures.get(i).id(), "structure"));
    }
    for (int i = 0; i < b.events.size(); i++) {
      out.add(new Definition("events[" + i + "]", b.events.get(i).id(), "event"));
    }
    for (int i = 0; i < b.cycles.size(); i++) {
      Cycle c = b.cycles.get(i);
      out.add(new Definition("cycles[" + i + "]", c.id(), "cycle"));
      for (int j = 0; j < c.agency().size(); j++) {
        out.add(new Definition("cycles[" + i + "].agency[" + j + "]", c.agency().get(j).id(), "agency"));
      }
    }
    for (int i = 0; i < b.evidence.size(); i++) {
      out.add(new Definition("evidence[" + i + "]", b.evidence.get(i).id(), "evidence"));
    }
    for (int i = 0; i < b.codebooks.size(); i++) {
      out.add(new Definition("codebooks[" + i + "]", b.codebooks.get(i).id(), "codebook"));
    }
    return out;
  }

  private static Set<String> allIds(Case.Builder b) {
    return definitions(b).stream().map(Definition::id).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static String fresh(Case.Builder b, String stem) {
    Set<String> ids = allIds(b);
    String id = stem;
    for (int n = 2; ids.contains(id); n++) {
      id = stem + "-" + n;
    }
    return id;
  }

  /** Everything listed in a cycle's external, material and internal roles. */
  private static Set<String> listed(Cycle c) {
    Set<String> out = c.conditions().stream().map(Condition::ref).collect(Collectors.toSet());
    out.addAll(c.internal());
    return out;
  }

  private static Set<String> groupsOf(Case.Builder b, String agent) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(agent));
    while (!todo.isEmpty()) {
      String a = todo.poll();
      if (seen.add(a)) {
        b.agents.stream().filter(x -> x.id().equals(a)).findFirst().ifPresent(x -> todo.addAll(x.memberOf()));
      }
    }
    return seen;
  }

  private static Structure pickOrMake(Case.Builder b, SplittableRandom r, java.util.function.Predicate<Structure> fits,
      java.util.function.Supplier<Structure> make) {
    List<Structure> candidates = b.structures.stream().filter(fits).collect(Collectors.toList());
    return candidates.isEmpty() ? make.get() : candidates.get(r.nextInt(candidates.size()));
  }

  /** A new agent, in no cycle and no collective, with an internal structure of its own. */
  private static Structure outsiderInternal(Case.Builder b, SplittableRandom r) {
    String agent = fresh(b, "outsider");
    b.agents.add(Agent.builder(agent, "An outsider", AgentType.INDIVIDUAL).build());
    Structure s = Structure.builder(fresh(b, agent + "-view"), "The outsider's view", StructureForm.OTHER)
        .internalTo(agent, r.nextBoolean() ? InternalKind.CONJUNCTURALLY_SPECIFIC : InternalKind.GENERAL_DISPOSITIONAL)
        .build();
    b.structures.add(s);
    return s;
  }

  /** The index of some evidence, adding one if the case has none. */
  private static int someEvidence(Case.Builder b, SplittableRandom r) {
    if (b.evidence.isEmpty()) {
      b.evidence.add(Evidence.builder(fresh(b, "ev"), b.sources.get(0).id()).quote("q").build());
    }
    return r.nextInt(b.evidence.size());
  }

  private static ActiveAgency withLinks(ActiveAgency a, List<String> drawsOn, List<String> conditionedBy) {
    return new ActiveAgency(a.id(), a.label(), a.description(), a.scale(), a.codes(), a.reflexivity(), a.horizon(),
        a.concerns(), a.creativity(), ImmutableList.copyOf(drawsOn), ImmutableList.copyOf(conditionedBy));
  }

  private static <T> ImmutableList<T> plus(List<T> list, T value) {
    return ImmutableList.<T>builder().addAll(list).add(value).build();
  }

  private static <T> List<Integer> indices(List<T> list, java.util.function.Predicate<T> test) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (test.test(list.get(i))) {
        out.add(i);
      }
    }
    return out;
  }
}
