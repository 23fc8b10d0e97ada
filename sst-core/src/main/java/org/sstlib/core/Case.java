package org.sstlib.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One SST analysis: its agents, position-practices, structures and events, the quadripartite cycles that relate
 * them, and the evidence behind the claims. A {@code Case} is immutable and always valid: it can only be made by
 * {@link Builder#build()}, which checks every reference and rule and fills in the defaults, so the model always
 * holds the explicit links (an agency's {@code drawsOn} and {@code conditionedBy}, an outcome's
 * {@code producedBy}, the {@code base}). Lists of ids that are sets by meaning ({@code memberOf},
 * {@code occupiedBy}, {@code about}, {@code follows}, {@code agentsInContext}, {@code drawsOn},
 * {@code conditionedBy}, {@code producedBy}, {@code supports}, {@code codes}) are kept sorted; every other list
 * keeps the order it was written in.
 *
 * <pre>{@code
 * Case study = Case.builder("erp-study", "ERP and management accounting")
 *     .agent(Agent.builder("controller", "Financial controller", AgentType.INDIVIDUAL).build())
 *     .structure(Structure.builder("erp", "ERP system", StructureForm.TECHNOLOGY).build())
 *     .structure(Structure.builder("report", "Monthly variance report", StructureForm.ARTEFACT).build())
 *     .cycle(Cycle.builder("close", "Month-end close").site("Finance office").agentInFocus("controller")
 *         .external("erp")
 *         .agency(ActiveAgency.builder("reconcile", "Reconciles the ledgers").build())
 *         .outcome("report")
 *         .build())
 *     .build();   // throws InvalidCaseException listing every problem
 * }</pre>
 *
 * <p>Thread-safe (immutable).
 */
public final class Case {
  private final String id;
  private final String title;
  private final Optional<String> citation;
  private final Optional<String> doi;
  private final String base;
  private final ImmutableList<String> continues;
  private final OntologyLevel level;
  private final ImmutableList<Author> authors;
  private final ImmutableList<Analyst> analysts;
  private final ImmutableList<Source> sources;
  private final ImmutableList<Agent> agents;
  private final ImmutableList<PositionPractice> positionPractices;
  private final ImmutableList<Structure> structures;
  private final ImmutableList<Event> events;
  private final ImmutableList<Cycle> cycles;
  private final ImmutableList<Evidence> evidence;
  private final ImmutableList<Codebook> codebooks;
  private final ImmutableMap<String, Element> elements;

  private Case(Builder b) {
    this.id = b.id;
    this.title = b.title;
    this.citation = b.citation;
    this.doi = b.doi;
    this.base = b.base.orElse(defaultBase(b.id));
    this.continues = ImmutableList.sortedCopyOf(b.continues);
    this.level = b.level.orElse(OntologyLevel.IN_SITU);
    this.authors = ImmutableList.copyOf(b.authors);
    this.analysts = ImmutableList.copyOf(b.analysts);
    this.sources = ImmutableList.copyOf(b.sources);
    this.agents = b.agents.stream().map(CaseNormaliser::agent).collect(ImmutableList.toImmutableList());
    this.positionPractices = b.positionPractices.stream().map(CaseNormaliser::positionPractice)
        .collect(ImmutableList.toImmutableList());
    this.structures = b.structures.stream().map(CaseNormaliser::structure).collect(ImmutableList.toImmutableList());
    this.events = b.events.stream().map(CaseNormaliser::event).collect(ImmutableList.toImmutableList());
    this.cycles = b.cycles.stream().map(CaseNormaliser::cycle).collect(ImmutableList.toImmutableList());
    this.evidence = b.evidence.stream().map(CaseNormaliser::evidence).collect(ImmutableList.toImmutableList());
    this.codebooks = ImmutableList.copyOf(b.codebooks);
    ImmutableMap.Builder<String, Element> index = ImmutableMap.builder();
    allElements().forEach(e -> index.put(e.id(), e));
    this.elements = index.buildOrThrow();
  }

  /** Starts a case. */
  public static Builder builder(String id, String title) {
    return new Builder(id, title);
  }

  /** A builder holding everything in {@code other}, to derive a changed case from it. */
  public static Builder builder(Case other) {
    return builder(other.id, other.title, other);
  }

  /**
   * A builder holding everything in {@code other} but its id and title: the same analysis as another case, for
   * example a copy that shares its base (and so its element IRIs) under a new id.
   */
  public static Builder builder(String id, String title, Case other) {
    checkNotNull(other, "other");
    Builder b = new Builder(id, title);
    b.citation = other.citation;
    b.doi = other.doi;
    b.base = Optional.of(other.base);
    b.continues.addAll(other.continues);
    b.level = Optional.of(other.level);
    b.authors.addAll(other.authors);
    b.analysts.addAll(other.analysts);
    b.sources.addAll(other.sources);
    b.agents.addAll(other.agents);
    b.positionPractices.addAll(other.positionPractices);
    b.structures.addAll(other.structures);
    b.events.addAll(other.events);
    b.cycles.addAll(other.cycles);
    b.evidence.addAll(other.evidence);
    b.codebooks.addAll(other.codebooks);
    return b;
  }

  /** The IRI base a case gets when none is given: {@code urn:sst:case:<id>:}. */
  public static String defaultBase(String caseId) {
    return "urn:sst:case:" + caseId + ":";
  }

  /** The case's id, which names it in a store and in its IRIs. */
  public String id() {
    return id;
  }

  /** The case's title. */
  public String title() {
    return title;
  }

  /** The citation of the study the case analyses, if given. */
  public Optional<String> citation() {
    return citation;
  }

  /** The DOI of the study the case analyses, if given. */
  public Optional<String> doi() {
    return doi;
  }

  /**
   * The ids of the cases this one continues, sorted: the outcomes of their cycles may condition the agency of this
   * case's cycles (each earlier than this case's cycles unless their times say otherwise), so a chain over a store
   * that holds them follows on from them into this case. Cases that only share element IRIs never join.
   */
  public ImmutableList<String> continues() {
    return continues;
  }

  /** The IRI base of the case's elements: an element's IRI is {@code base + id}. */
  public String base() {
    return base;
  }

  /**
   * Stones' level of ontology of the analysis: in-situ (the default: particular agents, places and times), meso, or
   * general (an abstract or schematic analysis, such as a case built from a literature review).
   */
  public OntologyLevel level() {
    return level;
  }

  /** Who wrote the study this case analyses; they are credited with the publication, not the classifications. */
  public ImmutableList<Author> authors() {
    return authors;
  }

  /**
   * Who made this SST analysis: the classifications of the case are theirs, unless an evidence item, a cycle or a role
   * entry names another of them ({@code by}).
   */
  public ImmutableList<Analyst> analysts() {
    return analysts;
  }

  /** The sources the evidence quotes, in the order given. */
  public ImmutableList<Source> sources() {
    return sources;
  }

  /** The agents, individual and collective, in the order given. */
  public ImmutableList<Agent> agents() {
    return agents;
  }

  /** The position-practices, in the order given. */
  public ImmutableList<PositionPractice> positionPractices() {
    return positionPractices;
  }

  /** The structures, external and internal, in the order given; the role each plays is said by the cycles. */
  public ImmutableList<Structure> structures() {
    return structures;
  }

  /** The events, in the order given. */
  public ImmutableList<Event> events() {
    return events;
  }

  /** The cycles of structuration, in the order given. */
  public ImmutableList<Cycle> cycles() {
    return cycles;
  }

  /** The evidence items, in the order given. */
  public ImmutableList<Evidence> evidence() {
    return evidence;
  }

  /** The case's codebooks, in the order given. */
  public ImmutableList<Codebook> codebooks() {
    return codebooks;
  }

  /** The element with this id (agent, position-practice, structure, event, cycle or agency), if any. */
  public Optional<Element> element(String id) {
    return Optional.ofNullable(elements.get(id));
  }

  /** The element with this id if it is of the given type. */
  public <T extends Element> Optional<T> element(String id, Class<T> type) {
    Element e = elements.get(id);
    return type.isInstance(e) ? Optional.of(type.cast(e)) : Optional.empty();
  }

  /** Every element, keyed by id, in the order of the case. */
  public ImmutableMap<String, Element> elements() {
    return elements;
  }

  /** The cycle whose agency has this id, if any. */
  public Optional<Cycle> cycleOfAgency(String agencyId) {
    return cycles.stream().filter(c -> c.agency().stream().anyMatch(a -> a.id().equals(agencyId))).findFirst();
  }

  private Stream<Element> allElements() {
    return Stream.of(
            agents.stream(),
            positionPractices.stream(),
            structures.stream(),
            events.stream(),
            cycles.stream(),
            cycles.stream().flatMap(c -> c.agency().stream()))
        .flatMap(s -> s);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Case)) {
      return false;
    }
    Case other = (Case) o;
    return id.equals(other.id)
        && title.equals(other.title)
        && citation.equals(other.citation)
        && doi.equals(other.doi)
        && base.equals(other.base)
        && continues.equals(other.continues)
        && level.equals(other.level)
        && authors.equals(other.authors)
        && analysts.equals(other.analysts)
        && sources.equals(other.sources)
        && agents.equals(other.agents)
        && positionPractices.equals(other.positionPractices)
        && structures.equals(other.structures)
        && events.equals(other.events)
        && cycles.equals(other.cycles)
        && evidence.equals(other.evidence)
        && codebooks.equals(other.codebooks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, title, citation, doi, base, continues, level, authors, analysts, sources, agents, positionPractices, structures,
        events, cycles, evidence, codebooks);
  }

  @Override
  public String toString() {
    return "Case{" + id + ": " + cycles.size() + " cycles, " + structures.size() + " structures, "
        + agents.size() + " agents, " + evidence.size() + " evidence}";
  }

  /**
   * Collects the parts of a case and checks them as a whole. {@link #problems()} lists every problem;
   * {@link #build()} throws {@link InvalidCaseException} with all of them, or returns the case with its defaults
   * filled in. Not thread-safe.
   */
  public static final class Builder {
    final String id;
    final String title;
    Optional<String> citation = Optional.empty();
    Optional<String> doi = Optional.empty();
    Optional<String> base = Optional.empty();
    final List<String> continues = new ArrayList<>();
    Optional<OntologyLevel> level = Optional.empty();
    final List<Author> authors = new ArrayList<>();
    final List<Analyst> analysts = new ArrayList<>();
    final List<Source> sources = new ArrayList<>();
    final List<Agent> agents = new ArrayList<>();
    final List<PositionPractice> positionPractices = new ArrayList<>();
    final List<Structure> structures = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    final List<Cycle> cycles = new ArrayList<>();
    final List<Evidence> evidence = new ArrayList<>();
    final List<Codebook> codebooks = new ArrayList<>();
    /** Every part of the case as the last check saw it, or null before the first check. */
    private List<Object> checkedParts;
    /** What the last check found. */
    private ImmutableList<Problem> checked;
    /** How many times the model's rules have run on this builder: a test counts on it. */
    int checkRuns;

    private Builder(String id, String title) {
      this.id = checkNotNull(id, "id");
      this.title = checkNotNull(title, "title");
    }

    /** Sets the citation of the study the case analyses. */
    public Builder citation(String citation) {
      this.citation = Optional.of(checkNotNull(citation, "citation"));
      return this;
    }

    /** Sets the DOI of the study the case analyses. */
    public Builder doi(String doi) {
      this.doi = Optional.of(checkNotNull(doi, "doi"));
      return this;
    }

    /** Sets the IRI base (default {@code urn:sst:case:<id>:}). Cases that share a base share element IRIs. */
    public Builder base(String base) {
      this.base = Optional.of(checkNotNull(base, "base"));
      return this;
    }

    /**
     * Says that this case continues others: the outcomes of their cycles may condition the agency of this case's
     * cycles, through the elements they share (the same IRI, so the same {@code base} and id).
     */
    public Builder continues(String... caseIds) {
      this.continues.addAll(Arrays.asList(caseIds));
      return this;
    }

    /** Sets the level of ontology of the analysis (default in-situ). */
    public Builder level(OntologyLevel level) {
      this.level = Optional.of(checkNotNull(level, "level"));
      return this;
    }

    /** Adds authors of the study the case analyses. */
    public Builder author(Author... authors) {
      this.authors.addAll(Arrays.asList(authors));
      return this;
    }

    /** Adds analysts: who made this SST analysis. */
    public Builder analyst(Analyst... analysts) {
      this.analysts.addAll(Arrays.asList(analysts));
      return this;
    }

    /** Adds sources: the texts the evidence quotes. */
    public Builder source(Source... sources) {
      this.sources.addAll(Arrays.asList(sources));
      return this;
    }

    /** Adds agents. */
    public Builder agent(Agent... agents) {
      this.agents.addAll(Arrays.asList(agents));
      return this;
    }

    /** Adds position-practices. */
    public Builder positionPractice(PositionPractice... positionPractices) {
      this.positionPractices.addAll(Arrays.asList(positionPractices));
      return this;
    }

    /** Adds structures. */
    public Builder structure(Structure... structures) {
      this.structures.addAll(Arrays.asList(structures));
      return this;
    }

    /** Adds events. */
    public Builder event(Event... events) {
      this.events.addAll(Arrays.asList(events));
      return this;
    }

    /** Adds cycles of structuration. */
    public Builder cycle(Cycle... cycles) {
      this.cycles.addAll(Arrays.asList(cycles));
      return this;
    }

    /** Adds evidence items. */
    public Builder evidence(Evidence... evidence) {
      this.evidence.addAll(Arrays.asList(evidence));
      return this;
    }

    /** Adds codebooks. */
    public Builder codebook(Codebook... codebooks) {
      this.codebooks.addAll(Arrays.asList(codebooks));
      return this;
    }

    /**
     * Every problem of the case as it stands, in the order of the case; empty if it would build. The rules run once
     * for each state of the builder: asking again, or building, while it holds the same parts reuses the answer.
     */
    public ImmutableList<Problem> problems() {
      List<Object> parts = parts();
      // The parts are immutable values: while the builder holds the same ones, the answer is the same. Comparing
      // is cheap when nothing changed, as a list compares its elements by identity before equality.
      if (!parts.equals(checkedParts)) {
        checked = new CaseChecker(this).check();
        checkedParts = parts;
        checkRuns++;
      }
      return checked;
    }

    private List<Object> parts() {
      return Arrays.asList(id, title, citation, doi, base, new ArrayList<>(continues), level, new ArrayList<>(authors),
          new ArrayList<>(analysts), new ArrayList<>(sources),
          new ArrayList<>(agents), new ArrayList<>(positionPractices), new ArrayList<>(structures),
          new ArrayList<>(events), new ArrayList<>(cycles), new ArrayList<>(evidence), new ArrayList<>(codebooks));
    }

    /**
     * Checks the case (unless {@link #problems()} has just done so) and returns it with its defaults filled in.
     *
     * @throws InvalidCaseException listing every problem, if there is any
     */
    public Case build() {
      ImmutableList<Problem> problems = problems();
      if (!problems.isEmpty()) {
        throw new InvalidCaseException(id, problems);
      }
      return new Case(this);
    }
  }
}
