package org.sstlib.core.chain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Agent;
import org.sstlib.core.AgentType;
import org.sstlib.core.Case;
import org.sstlib.core.Change;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Event;
import org.sstlib.core.InternalKind;
import org.sstlib.core.Outcome;
import org.sstlib.core.PositionPractice;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;

/**
 * Seeded random cases for property tests of the chain: several cycles drawing their external entries and their
 * outcomes from one shared pool of structures and events, so that outcomes feed other cycles' conditions and often
 * loop back to a cycle's own. Some entries are unavailable (external, material and internal), some agencies and
 * outcomes name explicit links, some cycles have a position-practice. Some cycles follow earlier ones and some have a
 * time (a year, a month or an interval of months, starting no earlier than the times of the cycles before), so that
 * follows and time never contradict and some cycles are ordered while others are not. The same seed always gives
 * the same case.
 */
final class RandomChainCases {
  private static final StructureForm[] SOCIAL_FORMS = {StructureForm.POLICY, StructureForm.FUNDING,
      StructureForm.TECHNOLOGY, StructureForm.ARTEFACT, StructureForm.CONTRACT_OR_TARGET, StructureForm.STRATEGY};

  private RandomChainCases() {}

  /** A valid case made from {@code seed}; at most a few dozen chain nodes, so brute force stays cheap. */
  static Case generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Case.Builder b = Case.builder("random-" + Long.toHexString(seed), "Random chain case " + seed);
    int cycles = 1 + random.nextInt(5);
    List<String> social = new ArrayList<>();
    List<String> material = new ArrayList<>();
    List<String> events = new ArrayList<>();
    List<String> positions = new ArrayList<>();
    for (int i = 0, n = 2 + random.nextInt(6); i < n; i++) {
      social.add("s" + i);
      b.structure(Structure.builder("s" + i, "Structure " + i,
          SOCIAL_FORMS[random.nextInt(SOCIAL_FORMS.length)]).build());
    }
    for (int i = 0, n = random.nextInt(3); i < n; i++) {
      material.add("m" + i);
      b.structure(Structure.builder("m" + i, "Material " + i, StructureForm.MATERIAL_RESOURCE).build());
    }
    for (int i = 0, n = random.nextInt(3); i < n; i++) {
      events.add("e" + i);
      b.event(Event.builder("e" + i, "Event " + i).build());
    }
    List<String> agents = new ArrayList<>();
    for (int c = 0; c < cycles; c++) {
      agents.add("agent" + c);
      b.agent(Agent.builder("agent" + c, "Agent " + c, AgentType.INDIVIDUAL).build());
    }
    for (int i = 0, n = random.nextInt(3); i < n; i++) {
      positions.add("pp" + i);
      // Every agent occupies every position: whichever a cycle names is its agent-in-focus's.
      b.positionPractice(PositionPractice.builder("pp" + i, "Position " + i).occupiedBy(agents.toArray(String[]::new))
          .build());
    }
    List<List<String>> internals = new ArrayList<>();
    List<String> allInternal = new ArrayList<>();
    for (int c = 0; c < cycles; c++) {
      List<String> own = new ArrayList<>();
      for (int j = 0, n = random.nextInt(3); j < n; j++) {
        String id = "k" + c + "-" + j;
        own.add(id);
        b.structure(Structure.builder(id, "Internal " + id, StructureForm.OTHER)
            .internalTo(agents.get(c), InternalKind.values()[random.nextInt(InternalKind.values().length)]).build());
      }
      internals.add(own);
      allInternal.addAll(own);
    }

    List<String> conditionPool = new ArrayList<>(social);
    conditionPool.addAll(events);
    conditionPool.addAll(positions);
    // Outcomes come from the same structures and events, so they feed (and loop back to) cycles' conditions;
    // an agent's internal structures and material resources can be outcomes too.
    List<String> outcomePool = new ArrayList<>(social);
    outcomePool.addAll(events);
    outcomePool.addAll(material);
    outcomePool.addAll(allInternal);

    YearMonth lastStart = YearMonth.of(2000, 1);
    List<String> cycleIds = new ArrayList<>();
    for (int c = 0; c < cycles; c++) {
      Cycle.Builder cycle = Cycle.builder("cycle" + c, "Cycle " + c).site("Site " + random.nextInt(3))
          .agentInFocus(agents.get(c));
      if (random.nextInt(3) > 0) {
        lastStart = lastStart.plusMonths(random.nextInt(18));
        cycle.time(time(random, lastStart));
      }
      if (random.nextInt(3) == 0) {
        cycle.follows(subset(random, cycleIds, true).toArray(String[]::new));
      }
      cycleIds.add("cycle" + c);
      if (!positions.isEmpty() && random.nextBoolean()) {
        cycle.positionPractice(pick(random, positions));
      }
      List<String> conditionIds = new ArrayList<>();
      for (String ref : subset(random, conditionPool, true)) {
        cycle.external(condition(random, ref));
        conditionIds.add(ref);
      }
      for (String ref : subset(random, material, false)) {
        cycle.material(condition(random, ref));
        conditionIds.add(ref);
      }
      List<String> internal = subset(random, internals.get(c), false);
      for (String ref : internal) {
        if (random.nextInt(5) == 0) {
          cycle.unavailableInternal(ref);
        } else {
          cycle.internal(ref);
        }
      }
      List<String> agencyIds = new ArrayList<>();
      for (int a = 0, n = 1 + random.nextInt(3); a < n; a++) {
        String id = "act" + c + "-" + a;
        agencyIds.add(id);
        ActiveAgency.Builder agency = ActiveAgency.builder(id, "Agency " + id);
        if (random.nextBoolean()) {
          agency.conditionedBy(subset(random, conditionIds, true).toArray(String[]::new));
        }
        if (!internal.isEmpty() && random.nextBoolean()) {
          agency.drawsOn(subset(random, internal, true).toArray(String[]::new));
        }
        cycle.agency(agency.build());
      }
      for (String ref : subset(random, outcomePool, true)) {
        Outcome outcome = Outcome.of(ref);
        if (random.nextInt(4) > 0) {
          // An event's change is always EVENT; a structure is reproduced, changed, created or eroded.
          Change[] structural = {Change.REPRODUCED, Change.CHANGED, Change.CREATED, Change.ERODED};
          outcome = outcome.withChange(events.contains(ref)
              ? Change.EVENT : structural[random.nextInt(structural.length)]);
        }
        if (random.nextBoolean()) {
          outcome = outcome.withProducedBy(subset(random, agencyIds, true).toArray(String[]::new));
        }
        cycle.outcome(outcome);
      }
      b.cycle(cycle.build());
    }
    return b.build();
  }

  /** A year (when the start is a January), a month or an interval of months, beginning at {@code start}. */
  private static String time(SplittableRandom random, YearMonth start) {
    switch (random.nextInt(3)) {
      case 0:
        return start.getMonthValue() == 1 ? String.valueOf(start.getYear()) : start.toString();
      case 1:
        return start.toString();
      default:
        return start + "/" + start.plusMonths(random.nextInt(24));
    }
  }

  private static Condition condition(SplittableRandom random, String ref) {
    Condition entry = Condition.of(ref);
    return random.nextInt(5) == 0 ? entry.unavailable() : entry;
  }

  private static String pick(SplittableRandom random, List<String> from) {
    return from.get(random.nextInt(from.size()));
  }

  /** A random subset of {@code from}, in its order; non-empty if asked and {@code from} is not empty. */
  private static List<String> subset(SplittableRandom random, List<String> from, boolean nonEmpty) {
    List<String> out = new ArrayList<>();
    for (String id : from) {
      if (random.nextInt(3) == 0) {
        out.add(id);
      }
    }
    if (nonEmpty && out.isEmpty() && !from.isEmpty()) {
      out.add(pick(random, from));
    }
    return out;
  }
}
