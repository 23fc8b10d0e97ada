package org.sstlib.core.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Agent;
import org.sstlib.core.AgentType;
import org.sstlib.core.Analyst;
import org.sstlib.core.Author;
import org.sstlib.core.Bracket;
import org.sstlib.core.Case;
import org.sstlib.core.Change;
import org.sstlib.core.Codebook;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Effect;
import org.sstlib.core.ElementBuilder;
import org.sstlib.core.Event;
import org.sstlib.core.Evidence;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.Force;
import org.sstlib.core.Intended;
import org.sstlib.core.Lacking;
import org.sstlib.core.OntologyLevel;
import org.sstlib.core.InternalKind;
import org.sstlib.core.InvalidCaseException;
import org.sstlib.core.Outcome;
import org.sstlib.core.RelationType;
import org.sstlib.core.Degree;
import org.sstlib.core.PositionPractice;
import org.sstlib.core.Reflexivity;
import org.sstlib.core.Scale;
import org.sstlib.core.Source;
import org.sstlib.core.SourceType;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;
import org.sstlib.core.Term;

/**
 * Seeded generator of valid random {@link Case}s and of hostile text, for property tests in every module.
 *
 * <p>A generated case exercises the whole model: individual and collective agents with {@code memberOf};
 * position-practices with occupants, practices, prerogatives, obligations and relations (in version-2 cases often
 * typed, some with a strength or a trust); structures of every form;
 * internal structures with a kind and what they are {@code about}, some held by several agents; material resources
 * and embodied capacities with
 * {@code of}; events; cycles with site, time, {@code follows} (always acyclic), agents-in-context, external entries
 * with qualifiers (some unavailable), material and internal entries (some drawn from collectives of the
 * agent-in-focus named in the cycle's {@code drawsOn}), agency with explicit or default
 * {@code drawsOn}/{@code conditionedBy}, outcomes with qualifiers (some unrealised, with {@code intendedBy} and
 * {@code instead}; now and then a position-practice created, reproduced, changed or eroded), chains (an outcome of one cycle is an external
 * entry of a later one) and feedback (an outcome that reproduces an external entry of its own cycle); sources,
 * analysts, evidence supporting element ids and {@code cycle/element} role claims; codebooks with concepts cited in
 * {@code codes} (in version-2 cases some with a definition); and sometimes a citation, a DOI and a base. Text
 * fields are {@link #hostileText hostile}: quotes,
 * backslashes, YAML and Turtle syntax, right-to-left marks, emoji, both normal forms of "é", words a YAML reader
 * may take for booleans or numbers. Ids are legal but awkward too ({@code 007}, {@code yes}, {@code 1e3},
 * {@code 2016-03-01}, upper case, dots and underscores).
 *
 * <p>The same seed and size always give an equal case, so a failing seed can be replayed:
 *
 * <pre>{@code
 * for (long seed = 0; seed < 200; seed++) {
 *   Case c = RandomCases.generate(seed);
 *   assertEquals(c, roundTrip(c), "seed=" + seed);
 * }
 * // to replay one failure: RandomCases.generate(17)
 * }</pre>
 *
 * <p>Stateless and thread-safe: every call uses its own {@link SplittableRandom}.
 */
public final class RandomCases {

  /** The size {@link #generate(long)} uses: about this many cycles. */
  public static final int DEFAULT_SIZE = 4;

  private RandomCases() {}

  /**
   * A valid random case of {@link #DEFAULT_SIZE}.
   *
   * @param seed the seed; the same seed gives an equal case
   * @throws AssertionError naming the seed, if the generator made an invalid case (a bug of the generator or of
   *     the checker)
   */
  public static Case generate(long seed) {
    return generate(seed, DEFAULT_SIZE);
  }

  /**
   * A valid random case with {@code size} cycles; the numbers of agents, structures, events and evidence grow with
   * it.
   *
   * @param seed the seed; the same seed and size give an equal case
   * @param size the number of cycles, at least 0
   * @throws IllegalArgumentException if {@code size} is negative
   * @throws AssertionError naming the seed, if the generator made an invalid case
   */
  public static Case generate(long seed, int size) {
    Case.Builder builder = builder(seed, size);
    try {
      return builder.build();
    } catch (InvalidCaseException e) {
      throw new AssertionError("RandomCases made an invalid case (seed=" + seed + ", size=" + size + "): "
          + e.getMessage(), e);
    }
  }

  /**
   * The builder of {@link #generate(long)}'s case, before {@link Case.Builder#build()}: add or change parts of it to
   * inject a defect. Its cycles are not normalised (an agency's {@code drawsOn} may be empty, meaning all).
   */
  public static Case.Builder builder(long seed) {
    return builder(seed, DEFAULT_SIZE);
  }

  /**
   * The builder of {@link #generate(long, int)}'s case, before {@link Case.Builder#build()}.
   *
   * @throws IllegalArgumentException if {@code size} is negative
   */
  public static Case.Builder builder(long seed, int size) {
    checkArgument(size >= 0, "size must be at least 0 but was %s", size);
    return new Generator(new SplittableRandom(seed), size).run();
  }

  // ------------------------------------------------------------------------------------------------ hostile text

  /**
   * Texts that are traps when they are a whole value: YAML 1.1 booleans and nulls, numbers with leading zeros or
   * exponents, document markers, lone punctuation, empty-looking text.
   */
  private static final ImmutableList<String> WHOLE = ImmutableList.of(
      "yes", "no", "Yes", "NO", "y", "n", "on", "off", "true", "false", "True", "null", "Null", "~", "007", "0x1F",
      "1e3", "-1", "3.14", ".5", ".inf", "-.inf", ".NaN", "NaN", "2016-03-01", "12:30:00", "---", "...", "-", "?",
      "#", ":", "&", "*", "!", "|", ">", "%", "@", "`", "'", "\"", "\\", "<>", "{}", "[]", " x", "x ", "\tx",
      "x\n", "\u200F", "\u00E9", "e\u0301", "\uD83D\uDE00", "_:b0", "<http://example.org/x>", "\"\"\"", "'''",
      "a\"b", "a'b", "a\\b", "0", "-0", "+1", "1_000");

  /** Pieces of text with something awkward in each; every one holds a character that is not whitespace. */
  private static final ImmutableList<String> FRAGMENTS = ImmutableList.of(
      "plain words", "Alf's \"home\"", "she said \"no\"", "'single quoted'", "back\\slash", "C:\\Users\\alf\\",
      "ends with a backslash\\", "\\n is not a newline", "\\u00e9 is not escaped", "# not a comment",
      "text # with a hash", "key: value", "a: b: c", "- not a list item", "? not a key", "<b>bold</b>",
      "{braces: 1}", "[brackets, 2]", "&anchor", "*alias", "!tag", "!!str", "%YAML 1.2", "@prefix", "`backticks`",
      "| literal", "> folded", "\"\"\"triple\"\"\"", "'''triple'''", "^^xsd:string", "\"x\"@en", "<urn:x>", "_:b1",
      "?var", "$x ${y} %s {0}", "line one\nline two", "windows\r\nline", "old mac\rline", "tab\tseparated",
      "\u200F\u05E9\u05DC\u05D5\u05DD\u200F", "\u0645\u0631\u062D\u0628\u0627 \u200Fright-to-left",
      "caf\u00E9", "cafe\u0301", "na\u00EFve co\u00F6perate", "\u00C5ngstr\u00F6m", "\u65E5\u672C\u8A9E",
      "\uD83D\uDE00 smile", "nurse \uD83D\uDC69\u200D\u2695\uFE0F", "\uD83C\uDDEC\uD83C\uDDE7",
      "math \uD835\uDD38", "yes", "no", "true", "null", "~", "007", "1e3", "---", "...", "x", "2016-03",
      "100%", "a/b", "a|b", "semi;colon", "comma, separated", "=equals", "+plus", "£ € $");

  /** What joins fragments. */
  private static final ImmutableList<String> SEPARATORS = ImmutableList.of(
      " ", " ", " ", "  ", ", ", "\n", "\n\n", "\t", "\r\n", ": ", " # ", "", "\u200F", " - ");

  /**
   * Awkward but legal text for labels, descriptions, quotes, practices, concerns and the like: quotes, backslashes,
   * {@code #}, {@code :}, leading and trailing spaces, newlines (LF, CRLF, CR), tabs, {@code <>{}}, right-to-left
   * marks, emoji (as surrogate pairs), both Unicode normal forms of "é" (U+00E9 and e + U+0301), YAML and Turtle
   * syntax, and whole values such as {@code yes}, {@code no}, {@code true}, {@code null}, {@code ~}, {@code 007},
   * {@code 1e3}, {@code ---}, {@code ...} and {@code " x"}.
   *
   * <p>The result is never blank ({@link String#isBlank()} is false), never holds a lone surrogate, and holds no
   * control character other than tab, CR and LF.
   *
   * @param random the source of randomness, advanced by this call
   */
  public static String hostileText(SplittableRandom random) {
    checkNotNull(random, "random");
    if (random.nextInt(6) == 0) {
      return pick(random, WHOLE);
    }
    StringBuilder text = new StringBuilder();
    if (random.nextInt(8) == 0) {
      text.append(pick(random, ImmutableList.of(" ", "  ", "\t", "\n", "\u200F")));
    }
    int pieces = 1 + random.nextInt(4);
    for (int i = 0; i < pieces; i++) {
      if (i > 0) {
        text.append(pick(random, SEPARATORS));
      }
      text.append(pick(random, FRAGMENTS));
    }
    if (random.nextInt(8) == 0) {
      text.append(pick(random, ImmutableList.of(" ", "  ", "\t", "\n", "\r\n", "\u200F")));
    }
    return text.toString();
  }

  private static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  // ------------------------------------------------------------------------------------------------ generator

  /** Ids that a YAML or JSON reader might take for something else; each is a legal id. */
  private static final ImmutableList<String> AWKWARD_IDS = ImmutableList.of(
      "yes", "no", "true", "false", "null", "on", "off", "y", "n", "007", "1e3", "0x1F", "1.0", "2016-03-01",
      "12", "NaN", "Infinity", "0", "0_", "a", "A", "a.b", "a_b", "a-b", "X..Y", "9-lives", "ID", "Id", "id");

  private static final ImmutableList<String> WORDS = ImmutableList.of(
      "matron", "gp", "alf", "team", "trust", "ccg", "council", "risk", "tool", "template", "budget", "fund",
      "home", "phone", "body", "knows", "caseload", "policy", "plan", "meeting", "triage", "admission", "fall",
      "care", "model", "target", "erp", "ledger", "report", "view", "ethos", "habitus", "list", "review");

  private static final ImmutableList<StructureForm> SOCIAL_FORMS = ImmutableList.copyOf(
      java.util.Arrays.stream(StructureForm.values())
          .filter(f -> f != StructureForm.MATERIAL_RESOURCE && f != StructureForm.EMBODIED_CAPACITY)
          .iterator());

  private static final ImmutableList<Change> STRUCTURE_CHANGES =
      ImmutableList.of(Change.REPRODUCED, Change.CHANGED, Change.CREATED, Change.ERODED);

  private static final ImmutableList<String> BASES = ImmutableList.of(
      "https://example.org/sst/", "http://example.com/cases/shared#", "urn:sst:shared:", "urn:x-sst:case:",
      "https://example.org/%C3%A9t%C3%A9/", "https://example.org:8443/a/b/");

  private static final ImmutableList<String> DOIS = ImmutableList.of(
      "10.1016/j.socscimed.2022.114987", "10.1111/1467-9566.12345", "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0",
      "10.1000/xyz#frag", "10.5555/\"quoted\"");

  /** ORCID iDs with valid check digits, from ORCID's documentation. */
  private static final List<String> ORCIDS =
      List.of("0000-0002-1825-0097", "0000-0001-5109-3700", "0000-0002-1694-233X");

  /** One generation run: all state of one case. */
  private static final class Generator {
    private final SplittableRandom r;
    private LocalDate lastStart = LocalDate.of(1990, 1, 1);
    private final int size;
    private final Set<String> usedIds = new HashSet<>();

    private final List<Codebook> codebooks = new ArrayList<>();
    private final List<String> codes = new ArrayList<>();
    private final List<Analyst> analysts = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private final List<Agent> agents = new ArrayList<>();
    private final Map<String, Agent> agentById = new HashMap<>();
    private final List<PositionPractice> positionPractices = new ArrayList<>();
    private final List<Structure> structures = new ArrayList<>();
    private final List<Structure> social = new ArrayList<>();
    private final List<Structure> material = new ArrayList<>();
    private final List<Structure> internal = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<String> cycleIds = new ArrayList<>();
    private final List<Cycle> cycles = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();
    /** Whether the case uses format version 2's provenance (kinds, authors, by, texts); else it is a version-1 case. */
    private boolean v2;

    Generator(SplittableRandom random, int size) {
      this.r = random;
      this.size = size;
    }

    Case.Builder run() {
      String caseId = newId("case");
      Case.Builder b = Case.builder(caseId, text());
      if (chance(50)) {
        b.citation(text());
      }
      if (chance(40)) {
        b.doi(pick(r, DOIS));
      }
      if (chance(40)) {
        b.base(pick(r, BASES));
      }
      if (chance(25)) {
        // An earlier case this one continues (never itself: newId gives an id not yet used).
        b.continues(newId("earlier"));
      }
      v2 = chance(80);
      if (v2 && chance(30)) {
        b.level(pick(r, List.of(OntologyLevel.values())));
      }
      if (v2) {
        for (int i = r.nextInt(3); i > 0; i--) {
          b.author(new Author(text(), maybe(40, () -> pick(r, ORCIDS))));
        }
      }
      makeCodebooks();
      makeAnalystsAndSources();
      makeAgents();
      makePositionPractices();
      for (int i = 0; i < size; i++) {
        cycleIds.add(newId("cycle"));
      }
      makeStructuresAndEvents();
      makeInternalStructures();
      for (int i = 0; i < size; i++) {
        cycles.add(makeCycle(i));
      }
      makeEvidence();

      analysts.forEach(b::analyst);
      sources.forEach(b::source);
      agents.forEach(b::agent);
      positionPractices.forEach(b::positionPractice);
      structures.forEach(b::structure);
      events.forEach(b::event);
      cycles.forEach(b::cycle);
      evidence.forEach(b::evidence);
      codebooks.forEach(b::codebook);
      return b;
    }

    // ---------------------------------------------------------------------------------------------- ids and text

    private boolean chance(int percent) {
      return r.nextInt(100) < percent;
    }

    private String text() {
      return hostileText(r);
    }

    private List<String> texts(int max) {
      List<String> out = new ArrayList<>();
      int n = r.nextInt(max + 1);
      for (int i = 0; i < n; i++) {
        out.add(text());
      }
      return out;
    }

    /** A fresh legal id, unique in the case, in one of several styles. */
    private String newId(String hint) {
      for (int attempt = 0; ; attempt++) {
        String id;
        int style = attempt > 20 ? 9 : r.nextInt(10);
        switch (style) {
          case 0 -> id = pick(r, AWKWARD_IDS);
          case 1 -> id = hint.toUpperCase(java.util.Locale.ROOT) + "_" + r.nextInt(100);
          case 2 -> id = r.nextInt(1000) + "." + pick(r, WORDS);
          case 3 -> id = pick(r, WORDS) + "." + pick(r, WORDS) + "_" + r.nextInt(10);
          default -> id = hint + "-" + pick(r, WORDS) + (attempt > 5 || chance(50) ? "-" + r.nextInt(1000) : "");
        }
        if (usedIds.add(id)) {
          return id;
        }
      }
    }

    /** Fills the optional fields every element shares. */
    private <B extends ElementBuilder<B>> B common(B builder) {
      if (chance(50)) {
        builder.description(text());
      }
      if (chance(60)) {
        builder.scale(pick(r, List.of(Scale.values())));
      }
      if (!codes.isEmpty() && chance(35)) {
        builder.codes(subset(codes, 1, 2));
      }
      return builder;
    }

    /** Between {@code min} and {@code max} distinct values of {@code from}, in random order. */
    private <T> List<T> subset(List<T> from, int min, int max) {
      List<T> pool = new ArrayList<>(new LinkedHashSet<>(from));
      int upper = Math.min(max, pool.size());
      int lower = Math.min(min, upper);
      int n = lower + r.nextInt(upper - lower + 1);
      List<T> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(pool.remove(r.nextInt(pool.size())));
      }
      return out;
    }

    private <T> Optional<T> maybe(int percent, Supplier<T> value) {
      return chance(percent) ? Optional.of(value.get()) : Optional.empty();
    }

    // ---------------------------------------------------------------------------------------------- parts

    private void makeCodebooks() {
      int n = chance(15) ? 0 : 1 + r.nextInt(2);
      for (int i = 0; i < n; i++) {
        String id = i == 0 && chance(50) && usedIds.add("ic") ? "ic" : newId("codebook");
        Set<String> conceptIds = new LinkedHashSet<>();
        List<Codebook.Concept> concepts = new ArrayList<>();
        int m = 1 + r.nextInt(5);
        for (int j = 0; j < m; j++) {
          // Concept ids live in their codebook's own space, so they may repeat element ids.
          String cid = chance(20) ? pick(r, AWKWARD_IDS) : pick(r, WORDS) + "-" + r.nextInt(50);
          if (!conceptIds.add(cid)) {
            continue;
          }
          Optional<String> broader = concepts.isEmpty() || chance(50)
              ? Optional.empty()
              : Optional.of(pick(r, concepts).id());
          // A definition is a version-2 key; hostile text may hold line breaks, as a code's description does.
          concepts.add(new Codebook.Concept(cid, text(), broader, v2 ? maybe(40, this::text) : Optional.empty()));
          codes.add(id + ":" + cid);
        }
        codebooks.add(new Codebook(id, text(), ImmutableList.copyOf(concepts)));
      }
    }

    private void makeAnalystsAndSources() {
      int nAnalysts = r.nextInt(3);
      for (int i = 0; i < nAnalysts; i++) {
        analysts.add(new Analyst(newId("analyst"), text(),
            v2 ? maybe(40, () -> pick(r, ORCIDS)) : Optional.empty()));
      }
      int nSources = 1 + r.nextInt(3);
      for (int i = 0; i < nSources; i++) {
        sources.add(new Source(newId("source"), pick(r, List.of(SourceType.values())),
            maybe(50, this::text), maybe(60, this::text), maybe(50, this::date),
            v2 ? maybe(40, () -> "texts/" + newId("text") + ".txt") : Optional.empty()));
      }
    }

    private void makeAgents() {
      int nCollective = 1 + r.nextInt(1 + size / 2);
      List<String> collectives = new ArrayList<>();
      for (int i = 0; i < nCollective; i++) {
        Agent.Builder a = common(Agent.builder(newId("agent"), text(), AgentType.COLLECTIVE));
        if (!collectives.isEmpty() && chance(40)) {
          // Only earlier collectives, so membership never loops.
          a.memberOf(subset(collectives, 1, 2).toArray(String[]::new));
        }
        addAgent(a.build());
        collectives.add(agents.get(agents.size() - 1).id());
      }
      int nIndividual = 2 + r.nextInt(2 + size);
      for (int i = 0; i < nIndividual; i++) {
        Agent.Builder a = common(Agent.builder(newId("agent"), text(), AgentType.INDIVIDUAL));
        if (chance(60)) {
          a.memberOf(subset(collectives, 1, 2).toArray(String[]::new));
        }
        addAgent(a.build());
      }
    }

    private void addAgent(Agent agent) {
      agents.add(agent);
      agentById.put(agent.id(), agent);
    }

    private void makePositionPractices() {
      int n = 1 + r.nextInt(2 + size / 2);
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ids.add(newId("pp"));
      }
      for (String id : ids) {
        PositionPractice.Builder pp = common(PositionPractice.builder(id, text()));
        pp.occupiedBy(subset(agentIds(), 0, 2).toArray(String[]::new));
        pp.practices(texts(3).toArray(String[]::new));
        pp.prerogatives(texts(2).toArray(String[]::new));
        pp.obligations(texts(2).toArray(String[]::new));
        List<String> others = new ArrayList<>(ids);
        others.remove(id);
        for (String to : subset(others, 0, 2)) {
          if (v2 && chance(60)) {
            // A typed relation, with or without a label and qualifiers; type other always says what it is.
            RelationType type = pick(r, List.of(RelationType.values()));
            Optional<String> label = type == RelationType.OTHER || chance(50) ? Optional.of(text()) : Optional.empty();
            pp.relation(new PositionPractice.Relation(to, type, label,
                maybe(40, () -> pick(r, List.of(Degree.values()))), maybe(40, () -> pick(r, List.of(Degree.values())))));
          } else {
            pp.relation(to, text());
          }
        }
        positionPractices.add(pp.build());
      }
    }

    private void makeStructuresAndEvents() {
      int nSocial = 3 + r.nextInt(2 + size);
      for (int i = 0; i < nSocial; i++) {
        // Every social form turns up over a few seeds; technology and policy are the commonest in the papers.
        StructureForm form = chance(20) ? pick(r, List.of(StructureForm.TECHNOLOGY, StructureForm.POLICY))
            : pick(r, SOCIAL_FORMS);
        Structure s = common(Structure.builder(newId("structure"), text(), form)).build();
        social.add(s);
        structures.add(s);
      }
      int nMaterial = (size > 0 ? 1 : 0) + r.nextInt(3);
      for (int i = 0; i < nMaterial; i++) {
        StructureForm form = chance(50) ? StructureForm.MATERIAL_RESOURCE : StructureForm.EMBODIED_CAPACITY;
        Structure.Builder s = common(Structure.builder(newId("material"), text(), form));
        if (chance(60)) {
          s.of(pick(r, agents).id());
        }
        Structure built = s.build();
        material.add(built);
        structures.add(built);
      }
      int nEvents = 1 + r.nextInt(2 + size / 2);
      for (int i = 0; i < nEvents; i++) {
        events.add(common(Event.builder(newId("event"), text())).build());
      }
    }

    private void makeInternalStructures() {
      List<String> aboutPool = new ArrayList<>();
      aboutPool.addAll(agentIds());
      positionPractices.forEach(p -> aboutPool.add(p.id()));
      structures.forEach(s -> aboutPool.add(s.id()));
      events.forEach(e -> aboutPool.add(e.id()));
      aboutPool.addAll(cycleIds);
      for (Agent agent : agents) {
        int n = chance(30) ? 0 : 1 + r.nextInt(2);
        for (int i = 0; i < n; i++) {
          String id = newId("internal");
          // Knowledge and dispositions have no form; version-1 files say "other", which is still read.
          InternalKind kind = pick(r, List.of(InternalKind.values()));
          Structure.Builder s = common(chance(25) ? Structure.builder(id, text(), StructureForm.OTHER)
              : Structure.builder(id, text())).internalTo(agent.id(), kind);
          if (v2 && agents.size() > 1 && chance(20)) {
            // Shared by several agents (a version-2 feature): the agent and one or two others.
            List<String> holders = new ArrayList<>(List.of(agent.id()));
            List<String> others = new ArrayList<>(agentIds());
            others.remove(agent.id());
            holders.addAll(subset(others, 1, 2));
            s.internalTo(kind, holders.toArray(String[]::new));
          }
          if (chance(50)) {
            List<String> pool = new ArrayList<>(aboutPool);
            internal.forEach(other -> pool.add(other.id()));
            s.about(subset(pool, 1, 2).toArray(String[]::new));
          }
          Structure built = s.build();
          internal.add(built);
          structures.add(built);
        }
      }
    }

    // ---------------------------------------------------------------------------------------------- cycles

    private Cycle makeCycle(int index) {
      String id = cycleIds.get(index);
      Cycle.Builder c = common(Cycle.builder(id, text())).site(text());
      if (chance(60)) {
        c.time(time());
      }
      List<String> follows = index == 0 ? List.of() : subset(cycleIds.subList(0, index), 0, 2);
      c.follows(follows.toArray(String[]::new));

      Agent focus = chance(70) ? pick(r, individuals()) : pick(r, agents);
      c.agentInFocus(focus.id());
      // The agent-in-focus draws on its own internal structures and, now and then, on those of collectives it is a
      // member of, which the cycle then names in drawsOn (a version-2 feature).
      Set<String> focusGroups = new LinkedHashSet<>(List.of(focus.id()));
      List<String> collectives = new ArrayList<>(groupsOf(focus.id()));
      collectives.remove(focus.id());
      if (v2 && !collectives.isEmpty() && chance(50)) {
        List<String> drawn = subset(collectives, 1, 2);
        c.drawsOn(drawn.toArray(String[]::new));
        focusGroups.addAll(drawn);
      }
      List<String> others = new ArrayList<>(agentIds());
      others.remove(focus.id());
      List<String> inContext = subset(others, 0, 3);
      c.agentsInContext(inContext.toArray(String[]::new));
      // The cycle's position-practice is one the agent-in-focus (or, for a collective, a member) occupies.
      Set<String> actors = new LinkedHashSet<>(membersOf(focus.id()));
      actors.add(focus.id());
      List<PositionPractice> occupied = positionPractices.stream()
          .filter(p -> p.occupiedBy().stream().anyMatch(actors::contains)).toList();
      if (!occupied.isEmpty() && chance(60)) {
        c.positionPractice(pick(r, occupied).id());
      }
      if (v2 && chance(30)) {
        c.bracket(pick(r, List.of(Bracket.values())));
      }

      // External: social structures, events, position-practices, the agents-in-context's internal structures
      // (never the agent-in-focus's own), now and then a material one, and outcomes of cycles this one follows.
      List<String> externalPool = new ArrayList<>();
      social.forEach(s -> externalPool.add(s.id()));
      events.forEach(e -> externalPool.add(e.id()));
      positionPractices.forEach(p -> externalPool.add(p.id()));
      internal.stream()
          .filter(s -> s.internalTo().stream().anyMatch(inContext::contains)
              && s.internalTo().stream().noneMatch(focusGroups::contains))
          .forEach(s -> externalPool.add(s.id()));
      if (chance(20)) {
        material.forEach(s -> externalPool.add(s.id()));
      }
      Set<String> external = new LinkedHashSet<>(subset(externalPool, 1, 4));
      if (!follows.isEmpty() && chance(70)) {
        Cycle earlier = cycles.get(cycleIds.indexOf(pick(r, follows)));
        earlier.outcomes().stream()
            .map(Outcome::ref)
            .filter(ref -> isExternalFor(ref, inContext, focusGroups))
            .findFirst()
            .ifPresent(external::add);
      }
      List<String> conditionIds = new ArrayList<>();
      for (String ref : external) {
        c.external(condition(ref));
        conditionIds.add(ref);
      }
      List<String> materialPool = new ArrayList<>();
      material.stream().map(Structure::id).filter(m -> !external.contains(m)).forEach(materialPool::add);
      for (String ref : subset(materialPool, 0, 2)) {
        c.material(condition(ref));
        conditionIds.add(ref);
      }
      List<String> ownInternal = new ArrayList<>();
      internal.stream()
          .filter(s -> s.internalTo().stream().anyMatch(focusGroups::contains))
          .forEach(s -> ownInternal.add(s.id()));
      List<String> internalIds = subset(ownInternal, 0, 3);
      for (String ref : internalIds) {
        // Now and then knowledge or a disposition the agent-in-focus lacked when it acted: an absence.
        if (chance(15)) {
          c.unavailableInternal(ref);
        } else {
          c.internal(ref);
        }
      }

      List<String> agencyIds = new ArrayList<>();
      int nAgency = 1 + r.nextInt(chance(70) ? 1 : 3);
      for (int i = 0; i < nAgency; i++) {
        ActiveAgency.Builder a = common(ActiveAgency.builder(newId("agency"), text()));
        List<String> members = new ArrayList<>(membersOf(focus.id()));
        if (v2 && !members.isEmpty() && chance(50)) {
          a.by(subset(members, 1, 2).toArray(String[]::new));
        } else if (v2 && chance(20)) {
          a.by(focus.id());
        }
        if (chance(70)) {
          a.reflexivity(pick(r, List.of(Reflexivity.values())));
        }
        if (chance(50)) {
          a.horizon(text());
        }
        a.concerns(texts(3).toArray(String[]::new));
        if (chance(40)) {
          a.creativity(text());
        }
        if (!internalIds.isEmpty() && chance(40)) {
          a.drawsOn(subset(internalIds, 1, internalIds.size()).toArray(String[]::new));
        }
        if (chance(40)) {
          a.conditionedBy(subset(conditionIds, 1, conditionIds.size()).toArray(String[]::new));
        }
        ActiveAgency built = a.build();
        agencyIds.add(built.id());
        c.agency(built);
      }

      List<String> outcomePool = new ArrayList<>();
      structures.forEach(s -> outcomePool.add(s.id()));
      events.forEach(e -> outcomePool.add(e.id()));
      Set<String> outcomes = new LinkedHashSet<>();
      // Now and then the agency creates, reproduces, changes or erodes a position-practice.
      List<String> ppOutcomes = new ArrayList<>();
      if (chance(15) && !positionPractices.isEmpty()) {
        String pp = pick(r, positionPractices).id();
        if (!external.contains(pp)) {
          ppOutcomes.add(pp);
        }
      }
      if (chance(35)) {
        // Feedback: the agency reproduces a structure (or repeats an event) that conditioned it.
        external.stream().filter(outcomePool::contains).findFirst().ifPresent(outcomes::add);
      }
      outcomes.addAll(subset(outcomePool, outcomes.isEmpty() ? 1 : 0, 3));
      for (String ref : outcomes) {
        Outcome o = Outcome.of(ref);
        boolean isEvent = events.stream().anyMatch(e -> e.id().equals(ref));
        // An event's change is always 'event'; a structure is reproduced, changed, created or eroded.
        if (external.contains(ref)) {
          o = o.withChange(isEvent ? Change.EVENT : Change.REPRODUCED);
        } else if (chance(70)) {
          o = o.withChange(isEvent ? Change.EVENT : pick(r, STRUCTURE_CHANGES));
        }
        if (chance(60)) {
          o = o.withTerm(pick(r, List.of(Term.values())));
        }
        if (chance(60)) {
          o = o.withIntended(pick(r, List.of(Intended.values())));
        }
        if (chance(35)) {
          o = o.withProducedBy(subset(agencyIds, 1, agencyIds.size()).toArray(String[]::new));
        }
        // Now and then an intended outcome that did not happen. Only structures, and never one that closes a
        // feedback loop, so that every event stays something that happened and can be named in 'instead'.
        if (!isEvent && !external.contains(ref) && chance(15)) {
          o = unrealised(o, focus.id());
        }
        if (v2 && !analysts.isEmpty() && chance(15)) {
          o = o.withBy(pick(r, analysts).id());
        }
        c.outcome(o);
      }
      for (String pp : ppOutcomes) {
        Outcome o = Outcome.of(pp);
        if (chance(70)) {
          o = o.withChange(pick(r, STRUCTURE_CHANGES));
        }
        c.outcome(o);
      }
      if (v2 && !analysts.isEmpty() && chance(30)) {
        c.by(pick(r, analysts).id());
      }
      return c.build();
    }

    private Outcome unrealised(Outcome o, String focus) {
      Outcome u = o.unrealised();
      boolean byFocus = true;
      if (chance(50)) {
        List<String> by = subset(agentIds(), 1, 3);
        u = u.withIntendedBy(by.toArray(String[]::new));
        byFocus = by.contains(focus);
      }
      // 'intended' says whether the agent-in-focus intended it, so it must agree with who intended it.
      if (u.intended() == (byFocus ? Intended.NO : Intended.YES)) {
        u = u.withIntended(Intended.UNKNOWN);
      }
      if (!events.isEmpty() && chance(60)) {
        List<String> eventIds = events.stream().map(Event::id).toList();
        u = u.withInstead(subset(eventIds, 1, 2).toArray(String[]::new));
      }
      return u;
    }

    private boolean isExternalFor(String ref, List<String> inContext, Set<String> focusGroups) {
      for (Structure s : structures) {
        if (s.id().equals(ref)) {
          return !s.isInternal() || (s.internalTo().stream().anyMatch(inContext::contains)
              && s.internalTo().stream().noneMatch(focusGroups::contains));
        }
      }
      return events.stream().anyMatch(e -> e.id().equals(ref));
    }

    private Condition condition(String ref) {
      Condition c = Condition.of(ref);
      if (chance(50)) {
        c = c.withEffect(pick(r, List.of(Effect.values())));
      }
      if (chance(40)) {
        c = c.withForce(pick(r, List.of(Force.values())));
      }
      if (chance(15)) {
        c = c.unavailable();
      }
      if (v2 && !analysts.isEmpty() && chance(15)) {
        c = c.withBy(pick(r, analysts).id());
      }
      if (v2 && c.force().equals(Optional.of(Force.IRRESISTIBLE_FORCE)) && chance(50)) {
        c = c.withResistance(texts(2), subset(List.of(Lacking.values()), 0, 2));
      }
      return c;
    }

    /** The agents that are members of a collective, directly or through collectives within it. */
    private List<String> membersOf(String collective) {
      Set<String> seen = new LinkedHashSet<>();
      Deque<String> todo = new ArrayDeque<>(List.of(collective));
      while (!todo.isEmpty()) {
        String group = todo.poll();
        for (Agent a : agents) {
          if (a.memberOf().contains(group) && seen.add(a.id())) {
            todo.add(a.id());
          }
        }
      }
      seen.remove(collective);
      return new ArrayList<>(seen);
    }

    private Set<String> groupsOf(String agent) {
      Set<String> seen = new LinkedHashSet<>();
      Deque<String> todo = new ArrayDeque<>(List.of(agent));
      while (!todo.isEmpty()) {
        String a = todo.poll();
        if (seen.add(a)) {
          todo.addAll(agentById.get(a).memberOf());
        }
      }
      return seen;
    }

    private List<String> agentIds() {
      List<String> ids = new ArrayList<>();
      agents.forEach(a -> ids.add(a.id()));
      return ids;
    }

    private List<Agent> individuals() {
      List<Agent> out = new ArrayList<>();
      agents.stream().filter(a -> a.type() == AgentType.INDIVIDUAL).forEach(out::add);
      return out;
    }

    // ---------------------------------------------------------------------------------------------- evidence

    private void makeEvidence() {
      List<String> elementIds = new ArrayList<>();
      elementIds.addAll(agentIds());
      positionPractices.forEach(p -> elementIds.add(p.id()));
      structures.forEach(s -> elementIds.add(s.id()));
      events.forEach(e -> elementIds.add(e.id()));
      for (Cycle c : cycles) {
        elementIds.add(c.id());
        c.agency().forEach(a -> elementIds.add(a.id()));
      }
      int n = r.nextInt(3 + size);
      for (int i = 0; i < n; i++) {
        Evidence.Builder e = Evidence.builder(newId("ev"), pick(r, sources).id());
        int what = r.nextInt(3);
        if (what != 1) {
          e.quote(text());
        }
        if (what != 0) {
          e.note(text());
        }
        if (v2) {
          // Words of the field are quoted; a note alone is the authors' or the analysts' claim.
          e.kind(what == 1 ? pick(r, List.of(EvidenceKind.AUTHOR, EvidenceKind.ANALYST))
              : pick(r, List.of(EvidenceKind.values())));
        }
        if (chance(50)) {
          e.locator(chance(50) ? "p. " + (1 + r.nextInt(300)) : text());
        }
        if (chance(50)) {
          e.speakerRole(text());
        }
        if (!analysts.isEmpty() && chance(60)) {
          e.by(pick(r, analysts).id());
        }
        int claims = r.nextInt(4);
        java.util.Set<String> supported = new java.util.LinkedHashSet<>();
        for (int j = 0; j < claims; j++) {
          if (!cycles.isEmpty() && chance(50)) {
            Cycle c = pick(r, cycles);
            supported.add(c.id() + "/" + pick(r, c.roleIds().collect(ImmutableList.toImmutableList())));
          } else {
            supported.add(pick(r, elementIds));
          }
        }
        supported.forEach(e::supports);
        evidence.add(e.build());
      }
    }

    private String date() {
      return format(LocalDate.of(1990, 1, 1).plusDays(r.nextInt(40 * 365)), r.nextInt(3));
    }

    /**
     * A valid ISO 8601 date or interval whose end does not start before its start, for the next cycle: times start
     * no earlier than the last cycle's, so that a cycle whose time lies wholly after another's comes later in the
     * case, as the cycles it follows do, and follows and time never contradict.
     */
    private String time() {
      LocalDate start = lastStart.plusDays(r.nextInt(3 * 365));
      lastStart = start;
      String from = format(start, r.nextInt(3));
      if (chance(50)) {
        return from;
      }
      LocalDate end = start.plusDays(r.nextInt(3 * 365));
      String to = format(end, r.nextInt(3));
      // A coarser end (2016-03-15/2016-03) starts before the start; the checker compares starts, so keep it exact.
      if (startOf(to).isBefore(startOf(from))) {
        to = end.toString();
      }
      return from + "/" + to;
    }

    private static String format(LocalDate date, int precision) {
      return switch (precision) {
        case 0 -> String.format("%04d", date.getYear());
        case 1 -> String.format("%04d-%02d", date.getYear(), date.getMonthValue());
        default -> date.toString();
      };
    }

    private static LocalDate startOf(String date) {
      String[] parts = date.split("-");
      return LocalDate.of(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 1,
          parts.length > 2 ? Integer.parseInt(parts[2]) : 1);
    }
  }
}
