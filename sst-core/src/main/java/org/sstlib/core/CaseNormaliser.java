package org.sstlib.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import java.util.List;

/**
 * Fills in a checked case's defaults and puts its sets of ids in one order, so that two cases that say the same
 * thing are equal however their lists were written, and a case survives a trip through RDF (which keeps no order
 * among the objects of a property) unchanged:
 *
 * <ul>
 *   <li>an agency with no {@code drawsOn} draws on all of its cycle's internal entries, one with no
 *       {@code conditionedBy} is conditioned by all of its external and material entries, and an outcome with no
 *       {@code producedBy} is produced by all of its cycle's agency, and an unrealised outcome with no
 *       {@code intendedBy} was intended by the cycle's agent-in-focus;
 *   <li>lists of ids that are sets by meaning (memberOf, occupiedBy, internalTo, about, follows, agentsInContext,
 *       a cycle's and an agency's drawsOn, conditionedBy, producedBy, intendedBy, instead, supports, codes) are sorted.
 * </ul>
 *
 * <p>Lists whose order means something stay as written: the elements of the case, a cycle's role entries and
 * agency, an agency's concerns (most pressing first), a position-practice's practices, prerogatives, obligations
 * and relations, a codebook's concepts.
 */
final class CaseNormaliser {
  private CaseNormaliser() {}

  static ImmutableList<String> sorted(List<String> ids) {
    return ImmutableList.sortedCopyOf(Ordering.natural(), ids);
  }

  static Agent agent(Agent a) {
    return new Agent(a.id(), a.label(), a.description(), a.scale(), sorted(a.codes()), a.type(), sorted(a.memberOf()));
  }

  static PositionPractice positionPractice(PositionPractice p) {
    return new PositionPractice(p.id(), p.label(), p.description(), p.scale(), sorted(p.codes()),
        sorted(p.occupiedBy()), p.practices(), p.prerogatives(), p.obligations(), p.relations());
  }

  static Structure structure(Structure s) {
    return new Structure(s.id(), s.label(), s.description(), s.scale(), sorted(s.codes()), s.form(), sorted(s.internalTo()),
        s.kind(), sorted(s.about()), s.of());
  }

  static Event event(Event e) {
    return new Event(e.id(), e.label(), e.description(), e.scale(), sorted(e.codes()));
  }

  static Evidence evidence(Evidence e) {
    return new Evidence(e.id(), e.source(), e.quote(), e.note(), e.locator(), e.speakerRole(), e.by(),
        sorted(e.supports()), e.kind());
  }

  static Cycle cycle(Cycle c) {
    ImmutableList<String> conditionIds = c.conditions().stream().map(Condition::ref)
        .collect(ImmutableList.toImmutableList());
    ImmutableList<ActiveAgency> agency = c.agency().stream()
        .map(a -> new ActiveAgency(a.id(), a.label(), a.description(), a.scale(), sorted(a.codes()),
            a.reflexivity(), a.horizon(), a.concerns(), a.creativity(),
            sorted(a.drawsOn().isEmpty() ? c.internal() : a.drawsOn()),
            sorted(a.conditionedBy().isEmpty() ? conditionIds : a.conditionedBy()),
            a.by().isEmpty() ? ImmutableList.of(c.agentInFocus()) : sorted(a.by())))
        .collect(ImmutableList.toImmutableList());
    ImmutableList<String> agencyIds = sorted(agency.stream().map(ActiveAgency::id).toList());
    ImmutableList<Outcome> outcomes = c.outcomes().stream()
        .map(o -> new Outcome(o.ref(), o.change(), o.term(), o.intended(),
            o.producedBy().isEmpty() ? agencyIds : sorted(o.producedBy()), o.realised(),
            o.realised() || !o.intendedBy().isEmpty() ? sorted(o.intendedBy()) : ImmutableList.of(c.agentInFocus()),
            sorted(o.instead()), o.by()))
        .collect(ImmutableList.toImmutableList());
    return new Cycle(c.id(), c.label(), c.description(), c.scale(), sorted(c.codes()), c.site(), c.time(),
        sorted(c.follows()), c.agentInFocus(), sorted(c.agentsInContext()), c.positionPractice(), c.external(),
        c.material(), c.internal(), c.unavailableInternal(), sorted(c.drawsOn()), agency, outcomes, c.by(),
        c.bracket());
  }
}
