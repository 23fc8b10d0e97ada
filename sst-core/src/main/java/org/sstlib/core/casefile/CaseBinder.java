package org.sstlib.core.casefile;

import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Agent;
import org.sstlib.core.AgentType;
import org.sstlib.core.Analyst;
import org.sstlib.core.Bracket;
import org.sstlib.core.Author;
import org.sstlib.core.Case;
import org.sstlib.core.Change;
import org.sstlib.core.CodeListValue;
import org.sstlib.core.Codebook;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Degree;
import org.sstlib.core.internal.DidYouMean;
import org.sstlib.core.Effect;
import org.sstlib.core.Event;
import org.sstlib.core.Evidence;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.Force;
import org.sstlib.core.Intended;
import org.sstlib.core.InternalKind;
import org.sstlib.core.Lacking;
import org.sstlib.core.OntologyLevel;
import org.sstlib.core.Outcome;
import org.sstlib.core.PositionPractice;
import org.sstlib.core.Reflexivity;
import org.sstlib.core.RelationType;
import org.sstlib.core.Scale;
import org.sstlib.core.Source;
import org.sstlib.core.SourceType;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;
import org.sstlib.core.Term;

/**
 * Binds a {@link Node} tree to a {@link Case.Builder}, reporting every structural problem (unknown keys, wrong
 * types, bad code-list values) with its path, and remembering where each path is written so the builder's own
 * problems can be located too. Elements keep their position in their lists even when malformed, so the builder's
 * paths ({@code cycles[2]...}) are the file's paths.
 */
final class CaseBinder {
  static final ImmutableSet<String> VERSIONS = ImmutableSet.of("1", "2");
  /** The newest format version: what the writer writes, and what a new file should say. */
  static final String NEWEST = "2";

  private static final List<String> CASE_KEYS = List.of("sst", "id", "title", "citation", "doi", "base", "continues",
      "level", "authors", "analysts", "sources", "agents", "positionPractices", "structures", "events", "cycles", "evidence", "codebooks");
  private static final List<String> ELEMENT = List.of("id", "label", "description", "scale", "codes");
  private static final List<String> AGENT_KEYS = with(ELEMENT, "type", "memberOf");
  private static final List<String> PP_KEYS =
      with(ELEMENT, "occupiedBy", "practices", "prerogatives", "obligations", "relations");
  private static final List<String> RELATION_KEYS = List.of("to", "type", "label", "strength", "trust");
  private static final List<String> STRUCTURE_KEYS = with(ELEMENT, "form", "internalTo", "kind", "about", "of");
  private static final List<String> CYCLE_KEYS = with(ELEMENT, "site", "time", "follows", "agentInFocus",
      "agentsInContext", "positionPractice", "bracket", "external", "material", "internal", "drawsOn", "agency", "outcomes",
      "by");
  private static final List<String> AGENCY_KEYS =
      with(ELEMENT, "by", "reflexivity", "horizon", "concerns", "creativity", "drawsOn", "conditionedBy");
  private static final List<String> CONDITION_KEYS =
      List.of("ref", "effect", "force", "sacrifices", "lacking", "available", "by");
  private static final List<String> INTERNAL_KEYS = List.of("ref", "available");
  private static final List<String> OUTCOME_KEYS = List.of("ref", "change", "term", "intended", "producedBy",
      "realised", "intendedBy", "instead", "by");
  private static final List<String> SOURCE_KEYS = List.of("id", "type", "category", "title", "date", "text");
  private static final List<String> EVIDENCE_KEYS =
      List.of("id", "source", "kind", "quote", "note", "locator", "speakerRole", "by", "supports");
  private static final List<String> CODEBOOK_KEYS = List.of("id", "label", "concepts");
  private static final List<String> CONCEPT_KEYS = List.of("id", "label", "broader", "definition");
  private static final List<String> EVIDENCE_KEYS_V1 =
      List.of("id", "source", "quote", "note", "locator", "speakerRole", "analyst", "supports");
  private static final List<String> ANALYST_KEYS = List.of("id", "name", "orcid");
  private static final List<String> AUTHOR_KEYS = List.of("name", "orcid");

  private final TreeReader.ProblemSink sink;
  private final Map<String, int[]> locations = new HashMap<>();
  private final java.util.Set<String> reported = new java.util.HashSet<>();
  private int placeholders;
  /** The file's format version: "1" reads as before, "2" carries the keys of provenance. */
  private String version = NEWEST;
  /** How a placeholder's first character shows in a problem's message, where control characters are escaped. */
  static final String PLACEHOLDER_SHOWN = "\\u0000";

  CaseBinder(TreeReader.ProblemSink sink) {
    this.sink = sink;
  }

  /** Where each path is written: line and column. */
  Map<String, int[]> locations() {
    return locations;
  }

  /** Whether a malformed reference was replaced by a placeholder: problems naming one only repeat the first. */
  boolean madePlaceholders() {
    return placeholders > 0;
  }

  /** Binds the root; empty if the file cannot be a case at all (not a mapping, unknown version). */
  Optional<Case.Builder> bind(Node root) {
    if (!(root instanceof Node.MapNode map)) {
      problem(root, "", "a case file is a mapping of keys (sst, id, title, cycles, ...), not " + root.describe());
      return Optional.empty();
    }
    Obj c = new Obj(map, "", CASE_KEYS, "the case");
    Node.Entry versionEntry = map.entries().get("sst");
    if (versionEntry == null) {
      problem(map, "sst", "missing format version: add sst: \"" + NEWEST + "\" at the top (this version of sst reads format "
          + "versions " + String.join(", ", VERSIONS) + ")");
    } else {
      Node v = versionEntry.value();
      String text = v instanceof Node.Scalar s && !s.isNull() ? s.text() : null;
      if (text == null || !VERSIONS.contains(text)) {
        problem(v, "sst", "unknown format version " + (text == null ? v.describe() : "'" + text + "'")
            + ": this version of sst reads format versions " + String.join(", ", VERSIONS));
        return Optional.empty();
      }
      c.used("sst");
      version = text;
    }
    Case.Builder b = Case.builder(c.requiredText("id"), c.requiredText("title"));
    c.text("citation").ifPresent(b::citation);
    c.text("doi").ifPresent(b::doi);
    c.text("base").ifPresent(b::base);
    b.continues(c.refs("continues").toArray(String[]::new));
    if (versionTwo(c, "level")) {
      c.code("level", OntologyLevel.class).ifPresent(b::level);
    }
    if (versionTwo(c, "authors")) {
      c.list("authors", (o, p) -> new Author(o.requiredText("name"), o.text("orcid")), AUTHOR_KEYS,
          "an author {name, orcid}").forEach(b::author);
    }
    c.list("analysts", (o, p) -> new Analyst(o.requiredText("id"), o.requiredText("name"),
        versionTwo(o, "orcid") ? o.text("orcid") : Optional.empty()), ANALYST_KEYS, "an analyst").forEach(b::analyst);
    c.list("sources", this::source, SOURCE_KEYS, "a source").forEach(b::source);
    c.list("agents", this::agent, AGENT_KEYS, "an agent").forEach(b::agent);
    c.list("positionPractices", this::positionPractice, PP_KEYS, "a position-practice").forEach(b::positionPractice);
    c.list("structures", this::structure, STRUCTURE_KEYS, "a structure").forEach(b::structure);
    c.list("events", (o, p) -> new Event(o.requiredText("id"), o.requiredText("label"), o.text("description"),
        o.code("scale", Scale.class), o.texts("codes")), ELEMENT, "an event").forEach(b::event);
    c.list("cycles", this::cycle, CYCLE_KEYS, "a cycle").forEach(b::cycle);
    c.list("evidence", this::evidence, isV1() ? EVIDENCE_KEYS_V1 : EVIDENCE_KEYS, "evidence").forEach(b::evidence);
    c.list("codebooks", this::codebook, CODEBOOK_KEYS, "a codebook").forEach(b::codebook);
    c.finish();
    return Optional.of(b);
  }

  // The element binders. Each gets an Obj for its mapping; malformed items get a placeholder so indexes stay.

  private Source source(Obj o, String path) {
    return new Source(o.requiredText("id"),
        o.requiredCode("type", SourceType.class, SourceType.OTHER),
        o.text("category"), o.text("title"), o.text("date"), versionTwo(o, "text") ? o.text("text") : Optional.empty());
  }

  private Agent agent(Obj o, String path) {
    return new Agent(o.requiredText("id"), o.requiredText("label"), o.text("description"), o.code("scale", Scale.class),
        o.texts("codes"), o.requiredCode("type", AgentType.class, AgentType.INDIVIDUAL), o.refs("memberOf"));
  }

  private PositionPractice positionPractice(Obj o, String path) {
    List<PositionPractice.Relation> relations = o.list("relations", this::relation, RELATION_KEYS,
        isV1() ? "a relation {to, label}" : "a relation {to, type, label}");
    return new PositionPractice(o.requiredText("id"), o.requiredText("label"), o.text("description"),
        o.code("scale", Scale.class), o.texts("codes"), o.refs("occupiedBy"), o.texts("practices"),
        o.texts("prerogatives"), o.texts("obligations"), ImmutableList.copyOf(relations));
  }

  /**
   * A relation {to, type, label, strength, trust}. In format version 1 a relation is {to, label} and reads as type
   * other; in version 2 its type is required and its label optional (the checker asks a label of type other).
   */
  private PositionPractice.Relation relation(Obj o, String path) {
    String to = o.requiredRef("to");
    if (isV1()) {
      for (String key : List.of("type", "strength", "trust")) {
        versionTwo(o, key);
      }
      return new PositionPractice.Relation(to, o.requiredText("label"));
    }
    RelationType type = o.requiredCode("type", RelationType.class, RelationType.OTHER);
    return new PositionPractice.Relation(to, type, o.text("label"), o.code("strength", Degree.class),
        o.code("trust", Degree.class));
  }

  private Structure structure(Obj o, String path) {
    String id = o.requiredText("id");
    String label = o.requiredText("label");
    Optional<String> description = o.text("description");
    Optional<Scale> scale = o.code("scale", Scale.class);
    ImmutableList<String> codes = o.texts("codes");
    // Knowledge and dispositions have no form: it is required only of structures that are not internal.
    boolean internal = o.has("internalTo");
    Optional<StructureForm> form = internal ? o.code("form", StructureForm.class)
        : Optional.of(o.requiredCode("form", StructureForm.class, StructureForm.OTHER));
    return new Structure(id, label, description, scale, codes, form, holders(o),
        o.code("kind", InternalKind.class), o.refs("about"), o.ref("of"));
  }

  /**
   * The holders of an internal structure: one agent's id, or a list of ids (format version 2) when several agents
   * hold the same knowledge or disposition.
   */
  private ImmutableList<String> holders(Obj o) {
    Node v = o.value("internalTo");
    if (!(v instanceof Node.ListNode list)) {
      return o.ref("internalTo").map(ImmutableList::of).orElse(ImmutableList.of());
    }
    if (list.items().isEmpty()) {
      problem(v, o.at("internalTo"), "'internalTo' lists no agent: name the agent, or the agents, whose internal "
          + "structure this is (or drop internalTo)");
      return ImmutableList.of(placeholder(o.at("internalTo")));
    }
    if (isV1()) {
      problem(v, o.at("internalTo"), "a list of agents in 'internalTo' (a structure held by several agents) is a "
          + "feature of case-file format version 2, and this file says sst: \"1\": write sst: \"2\" at the top to "
          + "use it, or name one agent");
    }
    return o.refs("internalTo");
  }

  private Cycle cycle(Obj o, String path) {
    String id = o.requiredText("id");
    String label = o.requiredText("label");
    Optional<String> description = o.text("description");
    Optional<Scale> scale = o.code("scale", Scale.class);
    ImmutableList<String> codes = o.texts("codes");
    String site = o.requiredText("site");
    Optional<String> time = o.text("time");
    ImmutableList<String> follows = o.refs("follows");
    String focus = o.requiredRef("agentInFocus");
    ImmutableList<String> context = o.refs("agentsInContext");
    Optional<String> pp = o.ref("positionPractice");
    ImmutableList<Condition> external = ImmutableList.copyOf(o.entries("external", this::condition, "external"));
    ImmutableList<Condition> material = ImmutableList.copyOf(o.entries("material", this::condition, "material"));
    List<InternalEntry> internalEntries = o.entries("internal", this::internalEntry, "internal");
    ImmutableList<String> internal = internalEntries.stream().map(InternalEntry::ref)
        .collect(ImmutableList.toImmutableList());
    ImmutableList<String> unavailableInternal = internalEntries.stream().filter(e -> !e.available())
        .map(InternalEntry::ref).collect(ImmutableList.toImmutableList());
    ImmutableList<String> drawsOn = versionTwo(o, "drawsOn") ? o.refs("drawsOn") : ImmutableList.of();
    ImmutableList<ActiveAgency> agency = ImmutableList.copyOf(o.list("agency", this::agency, AGENCY_KEYS,
        "an agency {id, label, ...}"));
    ImmutableList<Outcome> outcomes = ImmutableList.copyOf(o.entries("outcomes", this::outcome, "outcomes"));
    return new Cycle(id, label, description, scale, codes, site, time, follows, focus, context, pp, external,
        material, internal, unavailableInternal, drawsOn, agency, outcomes, by(o),
        versionTwo(o, "bracket") ? o.code("bracket", Bracket.class) : Optional.empty());
  }

  /** An entry of a cycle's internal role: an id, or {ref, available}. */
  private record InternalEntry(String ref, boolean available) {}

  private InternalEntry internalEntry(Obj o, String role) {
    o.hintFor("effect", "'effect' qualifies external and material entries, not internal ones");
    o.hintFor("force", "'force' qualifies external and material entries, not internal ones");
    o.hintFor("change", "'change' qualifies outcomes, not internal entries");
    o.hintFor("realised", "'realised' qualifies outcomes, not internal entries (use 'available')");
    return new InternalEntry(o.requiredRef("ref"), o.bool("available").orElse(true));
  }

  private ActiveAgency agency(Obj o, String path) {
    return new ActiveAgency(o.requiredText("id"), o.requiredText("label"), o.text("description"),
        o.code("scale", Scale.class), o.texts("codes"), o.code("reflexivity", Reflexivity.class), o.text("horizon"),
        o.texts("concerns"), o.text("creativity"), o.refs("drawsOn"), o.refs("conditionedBy"),
        versionTwo(o, "by") ? o.refs("by") : ImmutableList.of());
  }

  private Condition condition(Obj o, String role) {
    o.hintFor("change", "'change' qualifies outcomes, not " + role + " entries");
    o.hintFor("term", "'term' qualifies outcomes, not " + role + " entries");
    o.hintFor("intended", "'intended' qualifies outcomes, not " + role + " entries");
    o.hintFor("producedBy", "'producedBy' belongs to outcomes, not " + role + " entries");
    o.hintFor("realised", "'realised' qualifies outcomes, not " + role + " entries (use 'available')");
    o.hintFor("intendedBy", "'intendedBy' belongs to outcomes, not " + role + " entries");
    o.hintFor("instead", "'instead' belongs to outcomes, not " + role + " entries");
    return new Condition(o.requiredRef("ref"), o.code("effect", Effect.class), o.code("force", Force.class),
        o.bool("available").orElse(true), by(o),
        versionTwo(o, "sacrifices") ? o.texts("sacrifices") : ImmutableList.of(),
        versionTwo(o, "lacking") ? o.codes("lacking", Lacking.class) : ImmutableList.of());
  }

  private Outcome outcome(Obj o, String role) {
    o.hintFor("force", "'force' qualifies external and material entries, not outcomes");
    o.hintFor("effect", "'effect' qualifies external and material entries, not outcomes");
    o.hintFor("available", "'available' qualifies external and material entries, not outcomes (an outcome that "
        + "did not happen says 'realised: false')");
    return new Outcome(o.requiredRef("ref"), o.code("change", Change.class), o.code("term", Term.class),
        o.code("intended", Intended.class).orElse(Intended.UNKNOWN), o.refs("producedBy"),
        o.bool("realised").orElse(true), o.refs("intendedBy"), o.refs("instead"), by(o));
  }

  private Evidence evidence(Obj o, String path) {
    if (isV1()) {
      for (String key : List.of("kind", "by")) {
        versionTwo(o, key);
      }
      Optional<String> analyst = o.ref("analyst");
      Node.Entry written = o.node.entries().get("analyst");
      if (written != null) {
        // The model calls it by: its problems are found at the version-1 key.
        locate(o.at("by"), written.value());
      }
      return new Evidence(o.requiredText("id"), o.requiredRef("source"), o.text("quote"), o.text("note"),
          o.text("locator"), o.text("speakerRole"), analyst, o.refs("supports"));
    }
    o.hintFor("analyst", "in format version 2 the analyst who made an evidence item is named with 'by' (it was "
        + "'analyst' in version 1)");
    Optional<EvidenceKind> kind = Optional.of(o.requiredCode("kind", EvidenceKind.class, EvidenceKind.ANALYST));
    return new Evidence(o.requiredText("id"), o.requiredRef("source"), o.text("quote"), o.text("note"),
        o.text("locator"), o.text("speakerRole"), o.ref("by"), o.refs("supports"), kind);
  }

  private boolean isV1() {
    return version.equals("1");
  }

  /**
   * Whether a key of format version 2 may be read: always in a version-2 file; in a version-1 file its presence is
   * a problem that says how to use it (and it is not read).
   */
  private boolean versionTwo(Obj o, String key) {
    if (!isV1()) {
      return true;
    }
    Node.Entry e = o.node.entries().get(key);
    if (e != null) {
      o.used(key);
      problem(e.line(), e.column(), o.at(key), "'" + key + "' is a key of case-file format version 2, and this "
          + "file says sst: \"1\": write sst: \"2\" at the top to use it (version 2 also needs a kind on every "
          + "evidence item)");
    }
    return false;
  }

  /** The analyst who made a cycle's or a role entry's classifications: a version-2 key. */
  private Optional<String> by(Obj o) {
    return versionTwo(o, "by") ? o.ref("by") : Optional.empty();
  }

  private Codebook codebook(Obj o, String path) {
    String id = o.requiredText("id");
    String label = o.requiredText("label");
    List<Codebook.Concept> concepts = o.list("concepts",
        (c, p) -> new Codebook.Concept(c.requiredText("id"), c.requiredText("label"), c.ref("broader"),
            versionTwo(c, "definition") ? c.text("definition") : Optional.empty()),
        CONCEPT_KEYS, "a concept {id, label}");
    return new Codebook(id, label, ImmutableList.copyOf(concepts));
  }

  // ---------------------------------------------------------------------------------------------- plumbing

  private void problem(Node at, String path, String message) {
    problem(at.line(), at.column(), path, message);
  }

  private void problem(int line, int column, String path, String message) {
    reported.add(path);
    sink.add(line, column, path, message);
  }

  private void locate(String path, Node node) {
    locations.putIfAbsent(path, new int[] {node.line(), node.column()});
  }

  private String placeholder(String path) {
    // Never a valid id (ids cannot contain NUL), unique, so the builder reports nothing more about it than the
    // binder did; its problems at this path are dropped as repeats.
    return "\u0000" + (placeholders++) + ":" + path;
  }

  private static List<String> with(List<String> base, String... more) {
    List<String> all = new ArrayList<>(base);
    all.addAll(List.of(more));
    return List.copyOf(all);
  }

  /** A mapping being bound: reads keys, remembers which were used, reports the rest. */
  private final class Obj {
    final Node.MapNode node;
    final String path;
    final List<String> keys;
    final String what;
    final Map<String, String> hints = new LinkedHashMap<>();
    final java.util.Set<String> used = new java.util.HashSet<>();
    /** True for the empty stand-in of a malformed item: its missing keys are not news. */
    boolean standIn;

    Obj(Node.MapNode node, String path, List<String> keys, String what) {
      this.node = node;
      this.path = path;
      this.keys = keys;
      this.what = what;
      locate(path, node);
    }

    String at(String key) {
      return path.isEmpty() ? key : path + "." + key;
    }

    void used(String key) {
      used.add(key);
    }

    void hintFor(String key, String message) {
      hints.put(key, message);
    }

    /** Whether a key is present with a value that is not empty. */
    boolean has(String key) {
      Node.Entry e = node.entries().get(key);
      return e != null && !(e.value() instanceof Node.Scalar s && s.isNull());
    }

    /** The value of a key, or null if absent or written empty. Records its location. */
    Node value(String key) {
      used.add(key);
      Node.Entry e = node.entries().get(key);
      if (e == null) {
        return null;
      }
      locate(at(key), e.value());
      if (e.value() instanceof Node.Scalar s && s.isNull()) {
        return null;
      }
      return e.value();
    }

    Optional<String> text(String key) {
      Node v = value(key);
      if (v == null) {
        return Optional.empty();
      }
      if (v instanceof Node.Scalar s) {
        return Optional.of(s.text());
      }
      problem(v, at(key), "'" + key + "' should be text, not " + v.describe());
      return Optional.empty();
    }

    String requiredText(String key) {
      Optional<String> t = text(key);
      if (t.isEmpty() && !standIn && !reported.contains(at(key))) {
        problem(node, at(key), what + " is missing required key '" + key + "'");
      }
      return t.orElse("");
    }

    /** A reference to an id: text, but a placeholder when malformed so it cannot match anything. */
    Optional<String> ref(String key) {
      Node v = value(key);
      if (v == null) {
        return Optional.empty();
      }
      return Optional.of(refText(v, at(key), key));
    }

    String requiredRef(String key) {
      Optional<String> r = ref(key);
      if (r.isEmpty()) {
        if (!standIn) {
          problem(node, at(key), what + " is missing required key '" + key + "'");
        }
        return placeholder(at(key));
      }
      return r.get();
    }

    private String refText(Node v, String path, String key) {
      if (v instanceof Node.Scalar s && !s.isNull()) {
        return s.text();
      }
      problem(v, path, "'" + key + "' should be an id, not " + v.describe());
      return placeholder(path);
    }

    ImmutableList<String> texts(String key) {
      return scalars(key, false);
    }

    ImmutableList<String> refs(String key) {
      return scalars(key, true);
    }

    private ImmutableList<String> scalars(String key, boolean refs) {
      Node v = value(key);
      if (v == null) {
        return ImmutableList.of();
      }
      if (!(v instanceof Node.ListNode list)) {
        problem(v, at(key), "'" + key + "' should be a list, not " + v.describe()
            + (v instanceof Node.Scalar ? " (write [" + ((Node.Scalar) v).shortened() + "])" : ""));
        return ImmutableList.of();
      }
      ImmutableList.Builder<String> out = ImmutableList.builder();
      for (int i = 0; i < list.items().size(); i++) {
        Node item = list.items().get(i);
        String p = at(key) + "[" + i + "]";
        locate(p, item);
        if (item instanceof Node.Scalar s && !s.isNull()) {
          out.add(s.text());
        } else if (refs) {
          out.add(refText(item, p, key));
        } else {
          problem(item, p, "the items of '" + key + "' should be text, not " + item.describe());
        }
      }
      return out.build();
    }

    <E extends Enum<E> & CodeListValue> Optional<E> code(String key, Class<E> type) {
      Node v = value(key);
      if (v == null) {
        return Optional.empty();
      }
      List<String> allowed = CodeListValue.codes(type);
      if (v instanceof Node.Scalar s) {
        Optional<E> value = CodeListValue.fromCode(type, s.text());
        if (value.isPresent()) {
          return value;
        }
        problem(v, at(key), "'" + s.shortened() + "' is not a valid " + key + ": use one of " + String.join(", ", allowed)
            + DidYouMean.hint(s.text(), allowed));
      } else {
        problem(v, at(key), "'" + key + "' should be one of " + String.join(", ", allowed) + ", not "
            + v.describe());
      }
      return Optional.empty();
    }

    /** A list of code-list values; each value not in the list is a problem at its place. */
    <E extends Enum<E> & CodeListValue> ImmutableList<E> codes(String key, Class<E> type) {
      ImmutableList<String> words = texts(key);
      ImmutableList.Builder<E> out = ImmutableList.builder();
      List<String> allowed = CodeListValue.codes(type);
      for (int i = 0; i < words.size(); i++) {
        String word = words.get(i);
        Optional<E> value = CodeListValue.fromCode(type, word);
        if (value.isPresent()) {
          out.add(value.get());
        } else {
          int[] at = locations.getOrDefault(at(key) + "[" + i + "]", new int[] {node.line(), node.column()});
          problem(at[0], at[1], at(key) + "[" + i + "]", "'" + word + "' is not a valid " + key + ": use one of "
              + String.join(", ", allowed) + DidYouMean.hint(word, allowed));
        }
      }
      return out.build();
    }

    <E extends Enum<E> & CodeListValue> E requiredCode(String key, Class<E> type, E placeholder) {
      Node.Entry e = node.entries().get(key);
      Optional<E> value = code(key, type);
      if (value.isEmpty() && !standIn && (e == null || (e.value() instanceof Node.Scalar s && s.isNull()))) {
        problem(node, at(key), what + " is missing required key '" + key + "' (one of "
            + String.join(", ", CodeListValue.codes(type)) + ")");
      }
      return value.orElse(placeholder);
    }

    Optional<Boolean> bool(String key) {
      Node v = value(key);
      if (v == null) {
        return Optional.empty();
      }
      if (v instanceof Node.Scalar s && (s.token() == JsonToken.VALUE_TRUE || s.token() == JsonToken.VALUE_FALSE)) {
        return Optional.of(s.token() == JsonToken.VALUE_TRUE);
      }
      problem(v, at(key), "'" + key + "' should be true or false, not " + v.describe());
      return Optional.empty();
    }

    /** A list of mappings, each bound by {@code binder}; a malformed item yields a placeholder element. */
    <T> List<T> list(String key, BiFunction<Obj, String, T> binder, List<String> itemKeys, String itemWhat) {
      Node v = value(key);
      if (v == null) {
        return List.of();
      }
      if (!(v instanceof Node.ListNode list)) {
        problem(v, at(key), "'" + key + "' should be a list of mappings, not " + v.describe());
        return List.of();
      }
      List<T> out = new ArrayList<>();
      for (int i = 0; i < list.items().size(); i++) {
        Node item = list.items().get(i);
        String p = at(key) + "[" + i + "]";
        locate(p, item);
        Node.MapNode map;
        boolean standIn = false;
        if (item instanceof Node.MapNode m) {
          map = m;
        } else {
          problem(item, p, "each item of '" + key + "' should be " + itemWhat + " written as a mapping, not "
              + item.describe());
          map = new Node.MapNode(item.line(), item.column());
          standIn = true;
        }
        Obj o = new Obj(map, p, itemKeys, itemWhat.replaceFirst(" \\{.*", ""));
        o.standIn = standIn;
        T value = binder.apply(o, p);
        o.finish();
        out.add(value);
      }
      return out;
    }

    /** A role list whose items are a bare id or a mapping with {@code ref} and qualifiers. */
    <T> List<T> entries(String key, BiFunction<Obj, String, T> binder, String role) {
      Node v = value(key);
      if (v == null) {
        return List.of();
      }
      if (!(v instanceof Node.ListNode list)) {
        problem(v, at(key), "'" + key + "' should be a list of ids or {ref: ...} entries, not " + v.describe());
        return List.of();
      }
      List<String> itemKeys = switch (role) {
        case "outcomes" -> OUTCOME_KEYS;
        case "internal" -> INTERNAL_KEYS;
        default -> CONDITION_KEYS;
      };
      List<T> out = new ArrayList<>();
      for (int i = 0; i < list.items().size(); i++) {
        Node item = list.items().get(i);
        String p = at(key) + "[" + i + "]";
        locate(p, item);
        Node.MapNode map;
        if (item instanceof Node.MapNode m) {
          map = m;
        } else if (item instanceof Node.Scalar s && !s.isNull()) {
          // A bare id: the same as {ref: id}.
          map = new Node.MapNode(s.line(), s.column());
          map.entries().put("ref", new Node.Entry(s.line(), s.column(), s));
          locations.putIfAbsent(p + ".ref", new int[] {s.line(), s.column()});
        } else {
          problem(item, p, "each item of '" + key + "' should be an id or a mapping with 'ref', not "
              + item.describe());
          map = new Node.MapNode(item.line(), item.column());
          map.entries().put("ref", new Node.Entry(item.line(), item.column(),
              new Node.Scalar(item.line(), item.column(), JsonToken.VALUE_STRING, placeholder(p))));
        }
        Obj o = new Obj(map, p, itemKeys, "an entry of " + key);
        T value = binder.apply(o, role);
        o.finish();
        out.add(value);
      }
      return out;
    }

    /** Reports the keys nobody asked for, with "did you mean" against the keys this mapping may have. */
    void finish() {
      for (Map.Entry<String, Node.Entry> e : node.entries().entrySet()) {
        String key = e.getKey();
        if (used.contains(key)) {
          continue;
        }
        Node.Entry entry = e.getValue();
        String hint = hints.get(key);
        if (hint != null) {
          problem(entry.line(), entry.column(), at(key), hint);
        } else {
          problem(entry.line(), entry.column(), at(key), "unknown key '" + key + "' in " + what
              + DidYouMean.hint(key, keys) + " (allowed: " + String.join(", ", keys) + ")");
        }
      }
    }
  }
}
