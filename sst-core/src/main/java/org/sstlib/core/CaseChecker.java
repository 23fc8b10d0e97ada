package org.sstlib.core;

import static org.sstlib.core.internal.Messages.article;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sstlib.core.internal.DidYouMean;
import org.sstlib.core.internal.Ids;

/**
 * Checks a {@link Case.Builder} against the model's rules and reports every problem, each with the path of the
 * case-file format and the element id. Paths use the case-file keys so a reader can map them back to lines.
 */
final class CaseChecker {
  static final Pattern ID = Ids.PATTERN;

  private final Case.Builder b;
  private final List<Problem> problems = new ArrayList<>();
  /** First definition of each id: its path and what it is ("agent", "source", ...). */
  private final Map<String, Defined> defined = new LinkedHashMap<>();
  private final Map<String, Agent> agents = new HashMap<>();
  private final Map<String, Structure> structures = new HashMap<>();
  private final Set<String> events = new HashSet<>();
  private final Set<String> positionPractices = new HashSet<>();
  private final Map<String, Cycle> cycles = new HashMap<>();
  private final Set<String> sources = new HashSet<>();
  private final Map<String, Set<String>> codebookConcepts = new HashMap<>();
  /** The paths of texts the text rule refused. */
  private final Set<String> refusedTexts = new HashSet<>();

  private record Defined(String path, String what) {}

  /** "Did you mean" costs a comparison with every id; a file with thousands of slips gets it for the first ones. */
  private static final int MAX_HINTS = 100;
  private int hints;
  private List<String> elementIds;
  private final NetworkChecker network;

  private final RoleChecker roles;

  CaseChecker(Case.Builder builder) {
    this.b = builder;
    this.roles = new RoleChecker(agents, structures, events, positionPractices, new RoleChecker.Reporter() {
      @Override
      public void add(String path, String elementId, String message) {
        CaseChecker.this.add(path, elementId, message);
      }

      @Override
      public boolean expect(String path, String owner, String ref, String what, Set<String> ids) {
        return CaseChecker.this.expect(path, owner, ref, what, ids);
      }

      @Override
      public void wrongKindOrMissing(String path, String owner, String ref, String role, String expected) {
        CaseChecker.this.wrongKindOrMissing(path, owner, ref, role, expected);
      }

      @Override
      public String hint(String word, Collection<String> candidates) {
        return CaseChecker.this.hint(word, candidates);
      }
    });
    this.network = new NetworkChecker(builder, this::add);
  }

  ImmutableList<Problem> check() {
    // The text rule first: a text it refuses is not checked again as an id or a reference.
    for (Problem p : CaseTexts.check(b)) {
      problems.add(p);
      refusedTexts.add(p.path());
    }
    checkCaseFields();
    index();
    for (int i = 0; i < b.agents.size(); i++) {
      checkAgent("agents[" + i + "]", b.agents.get(i));
    }
    for (int i = 0; i < b.positionPractices.size(); i++) {
      checkPositionPractice("positionPractices[" + i + "]", b.positionPractices.get(i));
    }
    for (int i = 0; i < b.structures.size(); i++) {
      checkStructure("structures[" + i + "]", b.structures.get(i));
    }
    for (int i = 0; i < b.events.size(); i++) {
      checkElementFields("events[" + i + "]", b.events.get(i));
    }
    for (int i = 0; i < b.cycles.size(); i++) {
      checkCycle("cycles[" + i + "]", b.cycles.get(i));
    }
    List<FollowsLoops.Loop> loops = FollowsLoops.find(b.cycles, cycles);
    for (FollowsLoops.Loop loop : loops) {
      add("cycles[" + loop.index() + "].follows", loop.cycle(), "cycles follow each other in a loop: "
          + String.join(" -> ", loop.path()) + "; follows orders cycles in time");
    }
    if (loops.isEmpty()) {
      OrderContradictions.report(b.cycles, this::add);
    }
    new UnrealisedOutcomeChecker(b, ref -> Optional.ofNullable(defined.get(ref)).map(Defined::what), this::add)
        .check();
    new ProvenanceChecker(b, ref -> Optional.ofNullable(defined.get(ref)).map(Defined::what), this::add).check();
    new ActorChecker(b, this::add).check();
    new ResistanceChecker(b, this::add).check();
    network.check();
    for (int i = 0; i < b.sources.size(); i++) {
      Source s = b.sources.get(i);
      String path = "sources[" + i + "].date";
      s.date().ifPresent(d -> checkTime(path, s.id(), d));
    }
    for (int i = 0; i < b.continues.size(); i++) {
      String other = b.continues.get(i);
      if (other.equals(b.id)) {
        add("continues[" + i + "]", b.id, "case '" + b.id + "' cannot continue itself: continues names the earlier "
            + "cases whose outcomes bear on this one");
      } else if (!Ids.isId(other)) {
        add("continues[" + i + "]", b.id, "'" + other + "' is not a case id");
      }
    }
    noRepeats("continues", b.id, b.continues, "continues of case '" + b.id + "'");
    for (int i = 0; i < b.analysts.size(); i++) {
      Analyst a = b.analysts.get(i);
      if (a.name().isBlank()) {
        add("analysts[" + i + "].name", a.id(), "analyst '" + a.id() + "' has no name");
      }
    }
    for (int i = 0; i < b.evidence.size(); i++) {
      checkEvidence("evidence[" + i + "]", b.evidence.get(i));
    }
    new CodebookChecker(this::add, this::hint).check(b.codebooks);
    return ImmutableList.copyOf(problems);
  }

  // ---------------------------------------------------------------------------------------------- case and ids

  private void checkCaseFields() {
    if (!ID.matcher(b.id).matches()) {
      add("id", b.id, "case id '" + b.id + "' is not a valid id: use letters, digits, '.', '_' and '-', "
          + "starting with a letter or digit");
    }
    if (b.title.isBlank()) {
      add("title", b.id, "the case has no title");
    }
    b.base.flatMap(BaseIris::problem).ifPresent(message -> add("base", b.id, message));
  }

  private void index() {
    for (int i = 0; i < b.analysts.size(); i++) {
      define("analysts[" + i + "]", b.analysts.get(i).id(), "analyst");
    }
    for (int i = 0; i < b.sources.size(); i++) {
      define("sources[" + i + "]", b.sources.get(i).id(), "source");
      sources.add(b.sources.get(i).id());
    }
    for (int i = 0; i < b.agents.size(); i++) {
      Agent a = b.agents.get(i);
      define("agents[" + i + "]", a.id(), "agent");
      agents.putIfAbsent(a.id(), a);
    }
    for (int i = 0; i < b.positionPractices.size(); i++) {
      define("positionPractices[" + i + "]", b.positionPractices.get(i).id(), "position-practice");
      positionPractices.add(b.positionPractices.get(i).id());
    }
    for (int i = 0; i < b.structures.size(); i++) {
      Structure s = b.structures.get(i);
      define("structures[" + i + "]", s.id(), "structure");
      structures.putIfAbsent(s.id(), s);
    }
    for (int i = 0; i < b.events.size(); i++) {
      define("events[" + i + "]", b.events.get(i).id(), "event");
      events.add(b.events.get(i).id());
    }
    for (int i = 0; i < b.cycles.size(); i++) {
      Cycle c = b.cycles.get(i);
      define("cycles[" + i + "]", c.id(), "cycle");
      cycles.putIfAbsent(c.id(), c);
      for (int j = 0; j < c.agency().size(); j++) {
        define("cycles[" + i + "].agency[" + j + "]", c.agency().get(j).id(), "agency");
      }
    }
    for (int i = 0; i < b.evidence.size(); i++) {
      define("evidence[" + i + "]", b.evidence.get(i).id(), "evidence");
    }
    for (int i = 0; i < b.codebooks.size(); i++) {
      Codebook cb = b.codebooks.get(i);
      define("codebooks[" + i + "]", cb.id(), "codebook");
      Set<String> concepts = codebookConcepts.computeIfAbsent(cb.id(), k -> new HashSet<>());
      cb.concepts().forEach(c -> concepts.add(c.id()));
    }
  }

  private void define(String path, String id, String what) {
    if (!ID.matcher(id).matches()) {
      add(path + ".id", id, what + " id '" + id + "' is not a valid id: use letters, digits, '.', '_' and '-', "
          + "starting with a letter or digit");
      return;
    }
    Defined first = defined.putIfAbsent(id, new Defined(path, what));
    if (first != null) {
      add(path + ".id", id, "duplicate id '" + id + "': already used by the " + first.what() + " at " + first.path()
          + "; ids are unique across the whole case");
    }
  }

  // ---------------------------------------------------------------------------------------------- elements

  private void checkElementFields(String path, Element e) {
    noRepeats(path + ".codes", e.id(), e.codes(), "the codes of " + e.typeName() + " '" + e.id() + "'");
    if (e.label().isBlank()) {
      add(path + ".label", e.id(), e.typeName() + " '" + e.id() + "' has no label");
    }
    for (int i = 0; i < e.codes().size(); i++) {
      checkCode(path + ".codes[" + i + "]", e.id(), e.codes().get(i));
    }
  }

  private void checkCode(String path, String owner, String code) {
    int colon = code.indexOf(':');
    if (colon <= 0 || colon == code.length() - 1) {
      add(path, owner, "code '" + code + "' is not of the form codebook:concept");
      return;
    }
    String codebook = code.substring(0, colon);
    String concept = code.substring(colon + 1);
    Set<String> concepts = codebookConcepts.get(codebook);
    if (concepts == null) {
      // Not defined in the case: one of the code lists that come with sst, if it is one of them.
      concepts = ShippedCodebooks.get(codebook)
          .map(cb -> cb.concepts().stream().map(Codebook.Concept::id).collect(Collectors.toSet()))
          .orElse(null);
    }
    if (concepts == null) {
      add(path, owner, "code '" + code + "' names codebook '" + codebook + "', which the case does not define"
          + " (sst itself ships: " + String.join(", ", ShippedCodebooks.ids()) + ")"
          + hint(codebook, codebookConcepts.keySet()));
    } else if (!concepts.contains(concept)) {
      add(path, owner, "code '" + code + "': codebook '" + codebook + "' has no concept '" + concept + "'"
          + hint(concept, concepts));
    }
  }

  private void checkAgent(String path, Agent a) {
    checkElementFields(path, a);
    noRepeats(path + ".memberOf", a.id(), a.memberOf(), "memberOf of agent '" + a.id() + "'");
    for (int i = 0; i < a.memberOf().size(); i++) {
      String m = a.memberOf().get(i);
      String p = path + ".memberOf[" + i + "]";
      if (m.equals(a.id())) {
        add(p, a.id(), "agent '" + a.id() + "' cannot be a member of itself");
      } else if (expect(p, a.id(), m, "agent", agents.keySet())) {
        if (agents.get(m).type() != AgentType.COLLECTIVE) {
          add(p, a.id(), "agent '" + a.id() + "' is a member of '" + m + "', which is not a collective agent "
              + "(give '" + m + "' type: collective)");
        }
      }
    }
  }

  private void checkPositionPractice(String path, PositionPractice pp) {
    checkElementFields(path, pp);
    noRepeats(path + ".occupiedBy", pp.id(), pp.occupiedBy(), "occupiedBy of position-practice '" + pp.id() + "'");
    for (int i = 0; i < pp.occupiedBy().size(); i++) {
      expect(path + ".occupiedBy[" + i + "]", pp.id(), pp.occupiedBy().get(i), "agent", agents.keySet());
    }
    for (int i = 0; i < pp.relations().size(); i++) {
      PositionPractice.Relation r = pp.relations().get(i);
      String p = path + ".relations[" + i + "]";
      if (r.to().equals(pp.id())) {
        add(p + ".to", pp.id(), "position-practice '" + pp.id() + "' has a relation to itself");
      } else {
        expect(p + ".to", pp.id(), r.to(), "position-practice", positionPractices);
      }
      network.relation(p, pp, r);
    }
  }

  private void checkStructure(String path, Structure s) {
    checkElementFields(path, s);
    if (s.isInternal()) {
      checkHolders(path + ".internalTo", s);
      if (s.kind().isEmpty()) {
        add(path + ".kind", s.id(), "internal structure '" + s.id() + "' has no kind: say whether it is "
            + "conjuncturally-specific or general-dispositional");
      }
      if (s.isMaterial()) {
        add(path + ".form", s.id(), "internal structure '" + s.id() + "' has form " + s.form().get().code()
            + ": material resources and embodied capacities are not internal structures (drop internalTo)");
      } else if (s.form().isPresent() && s.form().get() != StructureForm.OTHER) {
        // Forms classify rules and resources; knowledge and dispositions have none. "other", which says nothing,
        // stays readable because version-1 case files gave it to every internal structure.
        add(path + ".form", s.id(), "internal structure '" + s.id() + "' has form " + s.form().get().code()
            + ": forms classify rules and resources, and an internal structure is knowledge or a disposition "
            + "(drop form)");
      }
    } else {
      if (s.form().isEmpty()) {
        add(path + ".form", s.id(), "structure '" + s.id() + "' has no form: say which rule or resource it is ("
            + String.join(", ", CodeListValue.codes(StructureForm.class)) + "), or make it an internal structure "
            + "with internalTo");
      }
      if (s.kind().isPresent()) {
        add(path + ".kind", s.id(), "structure '" + s.id() + "' has a kind but no internalTo: only internal "
            + "structures have a kind (name the agent with internalTo, or drop kind)");
      }
      if (!s.about().isEmpty()) {
        add(path + ".about", s.id(), "structure '" + s.id() + "' says what it is about but has no internalTo: "
            + "only internal structures are about something");
      }
    }
    noRepeats(path + ".about", s.id(), s.about(), "about of structure '" + s.id() + "'");
    for (int i = 0; i < s.about().size(); i++) {
      String ref = s.about().get(i);
      String p = path + ".about[" + i + "]";
      if (ref.equals(s.id())) {
        add(p, s.id(), "structure '" + s.id() + "' is about itself");
      } else if (defined.containsKey(ref) && !isElement(ref)) {
        String what = defined.get(ref).what();
        add(p, s.id(), "structure '" + s.id() + "' is about '" + ref + "', which is " + article(what) + " " + what
            + "; an internal structure is about an agent, position-practice, structure, event, cycle or agency");
      } else if (!isElement(ref)) {
        add(p, s.id(), "structure '" + s.id() + "' is about '" + ref + "', which is not defined"
            + hint(ref, elementIds()));
      }
    }
    if (s.of().isPresent()) {
      if (!s.isMaterial()) {
        add(path + ".of", s.id(), "structure '" + s.id() + "' has 'of' but "
            + s.form().map(f -> "its form is " + f.code()).orElse("it has no form")
            + ": only material-resource and embodied-capacity structures name whose they are");
      } else {
        expect(path + ".of", s.id(), s.of().get(), "agent", agents.keySet());
      }
    }
  }

  // ---------------------------------------------------------------------------------------------- cycles

  private void checkCycle(String path, Cycle c) {
    checkElementFields(path, c);
    String id = c.id();
    if (c.site().isBlank()) {
      add(path + ".site", id, "cycle '" + id + "' has no site: say where it was observed");
    }
    c.time().ifPresent(t -> checkTime(path + ".time", id, t));
    noRepeats(path + ".follows", id, c.follows(), "follows of cycle '" + id + "'");
    for (int i = 0; i < c.follows().size(); i++) {
      String f = c.follows().get(i);
      if (f.equals(id)) {
        add(path + ".follows[" + i + "]", id, "cycle '" + id + "' cannot follow itself");
      } else {
        expect(path + ".follows[" + i + "]", id, f, "cycle", cycles.keySet());
      }
    }
    boolean focusKnown = false;
    if (c.agentInFocus().isBlank()) {
      add(path + ".agentInFocus", id, "cycle '" + id + "' has no agent-in-focus");
    } else {
      focusKnown = expect(path + ".agentInFocus", id, c.agentInFocus(), "agent", agents.keySet());
    }
    Set<String> inContext = new HashSet<>();
    for (int i = 0; i < c.agentsInContext().size(); i++) {
      String a = c.agentsInContext().get(i);
      String p = path + ".agentsInContext[" + i + "]";
      if (a.equals(c.agentInFocus())) {
        add(p, id, "'" + a + "' is the agent-in-focus of cycle '" + id + "' and cannot also be an agent-in-context");
      } else if (!inContext.add(a)) {
        add(p, id, "agent-in-context '" + a + "' is listed twice in cycle '" + id + "'");
      } else {
        expect(p, id, a, "agent", agents.keySet());
      }
    }
    c.positionPractice().ifPresent(pp ->
        expect(path + ".positionPractice", id, pp, "position-practice", positionPractices));

    roles.check(path, c, inContext, focusKnown);

    Set<String> agencyIds = new HashSet<>();
    c.agency().forEach(a -> agencyIds.add(a.id()));
    Set<String> conditionIds = new HashSet<>();
    c.conditions().forEach(e -> conditionIds.add(e.ref()));
    Set<String> internalIds = new HashSet<>(c.internal());
    if (c.agency().isEmpty()) {
      add(path + ".agency", id, "cycle '" + id + "' has no active agency: describe what the agent-in-focus does");
    }
    for (int i = 0; i < c.agency().size(); i++) {
      ActiveAgency a = c.agency().get(i);
      String p = path + ".agency[" + i + "]";
      checkElementFields(p, a);
      noRepeats(p + ".drawsOn", a.id(), a.drawsOn(), "drawsOn of agency '" + a.id() + "'");
      noRepeats(p + ".conditionedBy", a.id(), a.conditionedBy(), "conditionedBy of agency '" + a.id() + "'");
      roles.links(p, c, a, internalIds, conditionIds);
    }

    if (c.outcomes().isEmpty()) {
      add(path + ".outcomes", id, "cycle '" + id + "' has no outcomes: say what the agency produced");
    }
    Set<String> outcomeRefs = new HashSet<>();
    for (int i = 0; i < c.outcomes().size(); i++) {
      Outcome o = c.outcomes().get(i);
      String p = path + ".outcomes[" + i + "]";
      if (!outcomeRefs.add(o.ref())) {
        add(p + ".ref", id, "'" + o.ref() + "' is listed twice in the outcomes of cycle '" + id + "'");
      } else if (!structures.containsKey(o.ref()) && !events.contains(o.ref())
          && !positionPractices.contains(o.ref())) {
        wrongKindOrMissing(p + ".ref", id, o.ref(), "outcomes", "a structure, an event or a position-practice");
      }
      checkChange(p + ".change", id, o);
      noRepeats(p + ".producedBy", id, o.producedBy(), "producedBy of outcome '" + o.ref() + "'");
      for (int j = 0; j < o.producedBy().size(); j++) {
        String ref = o.producedBy().get(j);
        if (!agencyIds.contains(ref)) {
          add(p + ".producedBy[" + j + "]", id, "outcome '" + o.ref() + "' is produced by '" + ref
              + "', which is not an agency of cycle '" + id + "'" + hint(ref, agencyIds));
        }
      }
    }
  }

  /** An event happens: it is not reproduced, changed, created or eroded, and a structure is not an event. */
  private void checkChange(String path, String cycle, Outcome o) {
    if (o.change().isEmpty()) {
      return;
    }
    Change change = o.change().get();
    if (events.contains(o.ref()) && change != Change.EVENT) {
      add(path, cycle, "'" + o.ref() + "' is an event, so its change is 'event', not '" + change.code() + "'");
    } else if (structures.containsKey(o.ref()) && change == Change.EVENT) {
      add(path, cycle, "'" + o.ref() + "' is a structure: say whether the agency reproduced, changed, created or "
          + "eroded it ('event' is for events)");
    }
  }

  /** The holders of an internal structure: agents, each once; one holder is written as a plain id. */
  private void checkHolders(String path, Structure s) {
    List<String> holders = s.internalTo();
    if (holders.size() == 1) {
      expect(path, s.id(), holders.get(0), "agent", agents.keySet());
      return;
    }
    noRepeats(path, s.id(), holders, "internalTo of structure '" + s.id() + "'");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < holders.size(); i++) {
      if (seen.add(holders.get(i))) {
        expect(path + "[" + i + "]", s.id(), holders.get(i), "agent", agents.keySet());
      }
    }
  }

  /** Reports each id listed again in one list, at the repeat. */
  private void noRepeats(String path, String owner, List<String> ids, String what) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      if (!seen.add(ids.get(i))) {
        add(path + "[" + i + "]", owner, "'" + ids.get(i) + "' is listed twice in " + what);
      }
    }
  }

  private void wrongKindOrMissing(String path, String owner, String ref, String role, String expected) {
    Defined d = defined.get(ref);
    if (d == null && !isAgencyId(ref)) {
      add(path, owner, "'" + ref + "' is not defined" + hint(ref, elementIds()));
    } else {
      String what = d != null ? d.what() : "agency";
      add(path, owner, "'" + ref + "' is " + article(what) + " " + what + "; the " + role + " role holds " + expected);
    }
  }

  // ---------------------------------------------------------------------------------------------- evidence

  private void checkEvidence(String path, Evidence e) {
    expect(path + ".source", e.id(), e.source(), "source", sources);
    boolean quote = e.quote().map(q -> !q.isBlank()).orElse(false);
    boolean note = e.note().map(n -> !n.isBlank()).orElse(false);
    if (!quote && !note) {
      add(path, e.id(), "evidence '" + e.id() + "' has neither a quote nor a note");
    }
    noRepeats(path + ".supports", e.id(), e.supports(), "supports of evidence '" + e.id() + "'");
    for (int i = 0; i < e.supports().size(); i++) {
      String claim = e.supports().get(i);
      String p = path + ".supports[" + i + "]";
      int slash = claim.indexOf('/');
      if (slash < 0) {
        if (!isElement(claim)) {
          add(p, e.id(), "evidence '" + e.id() + "' supports '" + claim + "', which is not an element of the case"
              + hint(claim, elementIds()));
        }
        continue;
      }
      String cycleId = claim.substring(0, slash);
      String element = claim.substring(slash + 1);
      Cycle c = cycles.get(cycleId);
      if (c == null) {
        add(p, e.id(), "evidence '" + e.id() + "' supports '" + claim + "', but '" + cycleId + "' is not a cycle"
            + hint(cycleId, cycles.keySet()));
      } else if (c.roleIds().noneMatch(element::equals)) {
        Set<String> roles = c.roleIds().collect(Collectors.toSet());
        add(p, e.id(), "evidence '" + e.id() + "' supports '" + claim + "', but '" + element
            + "' plays no role in cycle '" + cycleId + "'" + hint(element, roles));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------- helpers

  private void checkTime(String path, String owner, String time) {
    IsoTimes.problem(time).ifPresent(message -> add(path, owner, message));
  }

  /** Checks that {@code ref} names an element of the expected kind; reports and returns false otherwise. */
  private boolean expect(String path, String owner, String ref, String what, Set<String> ids) {
    if (ids.contains(ref)) {
      return true;
    }
    Defined d = defined.get(ref);
    if (d != null || isAgencyId(ref)) {
      String actual = d != null ? d.what() : "agency";
      add(path, owner, "'" + ref + "' is " + article(actual) + " " + actual + ", not " + article(what) + " " + what);
    } else {
      add(path, owner, what + " '" + ref + "' is referenced by " + describe(owner) + " but not defined"
          + hint(ref, ids));
    }
    return false;
  }

  private String describe(String owner) {
    Defined d = defined.get(owner);
    return d == null ? "'" + owner + "'" : d.what() + " '" + owner + "'";
  }

  private boolean isElement(String id) {
    Defined d = defined.get(id);
    return d != null && switch (d.what()) {
      case "agent", "position-practice", "structure", "event", "cycle", "agency" -> true;
      default -> false;
    };
  }

  private boolean isAgencyId(String id) {
    Defined d = defined.get(id);
    return d != null && d.what().equals("agency");
  }

  private List<String> elementIds() {
    if (elementIds == null) {
      elementIds = defined.keySet().stream().filter(this::isElement).collect(Collectors.toList());
    }
    return elementIds;
  }

  private String hint(String word, Collection<String> candidates) {
    if (hints >= MAX_HINTS) {
      return "";
    }
    hints++;
    return DidYouMean.hint(word, candidates);
  }

  private void add(String path, String elementId, String message) {
    if (!refusedTexts.contains(path)) {
      problems.add(new Problem(path, elementId, message));
    }
  }

}
