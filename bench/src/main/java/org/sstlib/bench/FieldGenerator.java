package org.sstlib.bench;

import static com.google.common.base.Preconditions.checkArgument;

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
import org.sstlib.core.Effect;
import org.sstlib.core.Evidence;
import org.sstlib.core.Force;
import org.sstlib.core.InternalKind;
import org.sstlib.core.Outcome;
import org.sstlib.core.PositionPractice;
import org.sstlib.core.Reflexivity;
import org.sstlib.core.Scale;
import org.sstlib.core.Source;
import org.sstlib.core.SourceType;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;
import org.sstlib.rdf.CaseGraphs;

/**
 * A seeded synthetic field of integrated care, for benchmarks: national policies condition a national cycle whose
 * outcomes are regional strategies; each region's cycle creates partnership strategies, each partnership's cycle
 * organisational arrangements, each organisation's cycle models of care for its teams; each team's meeting draws on
 * the team's ethos, reproduces the team's caseload (a feedback loop) and creates care plans for its professionals;
 * each professional's cycle draws on their own knowledge and creates care packages; each patient's daily-life cycle
 * is conditioned by their package and its agency is enacted in the patient's own position-practice. The national
 * cycle also reproduces the first policy (a second loop). A few sources and evidence items support cycles.
 *
 * <p>The cycles are ordered in time: the national cycle in {@code 2015/2016}, the regions' and partnerships' in
 * {@code 2016}, the organisations' in {@code 2016-06}; a team meets in {@code 2016-09} or, for some teams, it follows
 * its organisation's cycle; a professional's visits follow their team's meeting; a patient's daily life is in
 * {@code 2017} or follows their professional's visits. Each organisation's cycle is also conditioned by its teams'
 * caseloads, which the later team meetings reproduce: the caseload as it stood conditions the organisation's agency,
 * while the caseload as a meeting reproduced it does not (the chain holds that step back). Some entries are marked
 * unavailable, giving absentFor steps: the shared care record, an external structure that conditions every team
 * meeting, was not there for about one team in four, and about one professional in five lacked their knowledge of
 * the patients (an unavailable internal entry).
 *
 * <pre>{@code
 * Case field = FieldGenerator.generate(42, 100_000);   // about 100,000 triples in CaseGraphs.toGraph(field)
 * String policy = FieldGenerator.policyId(0);          // "policy-0"
 * }</pre>
 *
 * <p>The number of patients follows from the target; every level between has about the same fan-out, each child
 * given to a random parent (every parent has at least one). The same seed and target always give an equal case.
 * Stateless and thread-safe.
 */
public final class FieldGenerator {
  /**
   * Triples of {@code CaseGraphs.toGraph} per patient (the levels above included) and of the fixed part, chosen on
   * this generator so that targets of 10,000, 100,000 and 1,000,000 triples each land within 10% (the triples per
   * patient fall as the field grows, so no one line fits all three exactly).
   */
  static final double TRIPLES_PER_PATIENT = 121.6;

  static final double FIXED_TRIPLES = 3_920;

  /** The number of national policies. */
  public static final int POLICIES = 3;

  /** The prefix of every patient position-practice id: {@code patient-pp-<n>}. */
  public static final String PATIENT_PP_PREFIX = "patient-pp-";

  /** An external structure that conditions every team meeting, unavailable to some. */
  private static final String SHARED_RECORD = "shared-care-record";

  private static final String[] PROFESSIONS = {"community-nurse", "gp", "social-worker", "physiotherapist"};

  private FieldGenerator() {}

  /** The id of national policy {@code index} (0 to {@link #POLICIES} - 1). */
  public static String policyId(int index) {
    return "policy-" + index;
  }

  /**
   * A valid field whose graph has about {@code targetTriples} triples (within about 20%).
   *
   * @param seed the seed; the same seed and target give an equal case
   * @param targetTriples the wanted size of {@code CaseGraphs.toGraph(case)}, at least 1,000
   * @throws IllegalArgumentException if {@code targetTriples} is less than 1,000
   */
  public static Case generate(long seed, int targetTriples) {
    checkArgument(targetTriples >= 1_000, "targetTriples must be at least 1000 but was %s", targetTriples);
    int patients = Math.max(1, (int) Math.round((targetTriples - FIXED_TRIPLES) / TRIPLES_PER_PATIENT));
    return new Run(new SplittableRandom(seed), patients).build();
  }

  /** One generation: all the state of one case. */
  private static final class Run {
    private final SplittableRandom r;
    private final int patients;
    private final Case.Builder b = Case.builder("synthetic-field", "A synthetic field of integrated care");
    private final List<String> cycleIds = new ArrayList<>();
    /** {@code children.get(k - 1).get(p)}: the indices of the level-k nodes whose parent is {@code p}. */
    private final List<List<List<Integer>>> children = new ArrayList<>();

    Run(SplittableRandom r, int patients) {
      this.r = r;
      this.patients = patients;
    }

    Case build() {
      // Six levels below the nation: region, partnership, organisation, team, professional, patient.
      int[] counts = new int[7];
      counts[0] = 1;
      for (int k = 1; k <= 6; k++) {
        counts[k] = Math.max(counts[k - 1], (int) Math.round(Math.pow(patients, k / 6.0)));
      }
      counts[6] = patients;
      int[][] parent = new int[7][];
      for (int k = 1; k <= 6; k++) {
        parent[k] = new int[counts[k]];
        for (int i = 0; i < counts[k]; i++) {
          parent[k][i] = i < counts[k - 1] ? i : r.nextInt(counts[k - 1]);
        }
      }
      for (int k = 1; k <= 6; k++) {
        List<List<Integer>> level = new ArrayList<>();
        for (int i = 0; i < counts[k - 1]; i++) {
          level.add(new ArrayList<>());
        }
        for (int i = 0; i < counts[k]; i++) {
          level.get(parent[k][i]).add(i);
        }
        children.add(level);
      }
      b.source(Source.of("interviews", SourceType.INTERVIEW), Source.of("documents", SourceType.DOCUMENT),
          Source.of("fieldnotes", SourceType.FIELDNOTES));
      for (int j = 0; j < PROFESSIONS.length; j++) {
        String profession = PROFESSIONS[j];
        // Occupied by the professionals who act from it: professional i acts from profession i mod their number.
        List<String> occupants = new ArrayList<>();
        for (int i = j; i < counts[5]; i += PROFESSIONS.length) {
          occupants.add("professional-" + i);
        }
        b.positionPractice(PositionPractice.builder(profession, profession.replace('-', ' '))
            .occupiedBy(occupants.toArray(String[]::new))
            .practices("assess needs", "review the care plan")
            .obligations("keep the record up to date")
            .build());
      }

      // National level.
      b.agent(Agent.builder("government", "Department of Health", AgentType.COLLECTIVE).scale(Scale.MACRO).build());
      List<String> policies = new ArrayList<>();
      for (int i = 0; i < POLICIES; i++) {
        policies.add(policyId(i));
        b.structure(Structure.builder(policyId(i), "National policy " + i, StructureForm.POLICY)
            .scale(Scale.MACRO).description("A national policy on integrated care").build());
      }
      List<String> regionStrategies = ids("region-strategy-", counts[1]);
      structures(regionStrategies, "Regional strategy", StructureForm.STRATEGY, Scale.MESO);
      Cycle.Builder national = Cycle.builder("national", "Setting regional strategies").site("Whitehall")
          .time("2015/2016").agentInFocus("government").scale(Scale.MACRO);
      policies.forEach(p -> national.external(condition(p)));
      List<String> natOut = new ArrayList<>(regionStrategies);
      cycle(national, "national-agency", policies, List.of(), natOut, policies.get(0));

      // Region, partnership, organisation: a collective whose cycle turns its strategy into its children's.
      String[] agentPrefix = {null, "region-", "partnership-", "organisation-", "team-"};
      String[] inPrefix = {null, "region-strategy-", "partnership-strategy-", "org-arrangement-", "team-model-"};
      StructureForm[] inForm = {null, StructureForm.STRATEGY, StructureForm.STRATEGY,
          StructureForm.ORGANISATIONAL_ARRANGEMENT, StructureForm.MODEL_OF_CARE};
      for (int k = 2; k <= 4; k++) {
        structures(ids(inPrefix[k], counts[k]), inForm[k].code() + " for", inForm[k], Scale.MESO);
      }
      String[] planningTime = {null, "2016", "2016", "2016-06"};
      for (int k = 1; k <= 3; k++) {
        for (int i = 0; i < counts[k]; i++) {
          String agent = agentPrefix[k] + i;
          Agent.Builder a = Agent.builder(agent, agent, AgentType.COLLECTIVE).scale(Scale.MESO);
          if (k > 1) {
            a.memberOf(agentPrefix[k - 1] + parent[k][i]);
          }
          b.agent(a.build());
          Cycle.Builder c = Cycle.builder(agent + "-planning", agent + " planning").site(agent + " board")
              .time(planningTime[k]).agentInFocus(agent).scale(Scale.MESO);
          List<String> conditions = new ArrayList<>();
          conditions.add(inPrefix[k] + i);
          if (k == 1) {
            conditions.add(policies.get(r.nextInt(POLICIES)));
          }
          if (k == 3) {
            // The teams' caseloads as the organisation knew them; their later meetings cannot feed this cycle.
            conditions.addAll(childrenOf(4, i, "team-").stream().map(team -> team + "-caseload").toList());
          }
          conditions.forEach(ref -> c.external(condition(ref)));
          cycle(c, agent + "-agency", conditions, List.of(), childrenOf(k + 1, i, inPrefix[k + 1]), null);
        }
      }

      // Teams: the meeting reproduces the caseload it is conditioned by.
      b.structure(Structure.builder(SHARED_RECORD, "Shared care record", StructureForm.ARTEFACT).scale(Scale.MESO)
          .description("The electronic record that health and social care share").build());
      for (int i = 0; i < counts[4]; i++) {
        String team = "team-" + i;
        b.agent(Agent.builder(team, "Team " + i, AgentType.COLLECTIVE).memberOf("organisation-" + parent[4][i])
            .scale(Scale.MESO).build());
        // A disposition: internal structures have no form.
        b.structure(Structure.builder(team + "-ethos", "Team " + i + " ethos")
            .internalTo(team, InternalKind.GENERAL_DISPOSITIONAL).about(team + "-caseload").build());
        b.structure(Structure.builder(team + "-caseload", "Team " + i + " caseload", StructureForm.ARTEFACT)
            .build());
        Cycle.Builder c = Cycle.builder(team + "-meeting", "Team " + i + " weekly meeting").site("Team base")
            .agentInFocus(team).scale(Scale.MICRO).internal(team + "-ethos");
        if (r.nextInt(3) == 0) {
          c.follows("organisation-" + parent[4][i] + "-planning");
        } else {
          c.time("2016-09");
        }
        List<String> conditions = List.of("team-model-" + i, team + "-caseload", SHARED_RECORD);
        c.external(condition("team-model-" + i), condition(team + "-caseload"));
        // The record was not live for every team.
        Condition record = condition(SHARED_RECORD);
        c.external(r.nextInt(4) == 0 ? record.unavailable() : record);
        List<String> plans = childrenOf(5, i, "care-plan-");
        plans.add(0, team + "-caseload");
        cycle(c, team + "-agency", conditions, List.of(team + "-ethos"), plans, team + "-caseload");
      }
      structures(ids("care-plan-", counts[5]), "Care plan", StructureForm.ARTEFACT, Scale.MICRO);

      // Professionals.
      for (int i = 0; i < counts[5]; i++) {
        String prof = "professional-" + i;
        b.agent(Agent.builder(prof, "Professional " + i, AgentType.INDIVIDUAL).memberOf("team-" + parent[5][i])
            .build());
        b.structure(Structure.builder(prof + "-knowledge", "What professional " + i + " knows of their patients",
            StructureForm.OTHER).internalTo(prof, InternalKind.CONJUNCTURALLY_SPECIFIC).build());
        Cycle.Builder c = Cycle.builder(prof + "-visits", "Visits of professional " + i).site("Patients' homes")
            .follows("team-" + parent[5][i] + "-meeting").agentInFocus(prof)
            .positionPractice(PROFESSIONS[i % PROFESSIONS.length]);
        // A professional new to the team, or whose notes were not handed over, lacked what others knew.
        if (r.nextInt(5) == 0) {
          c.unavailableInternal(prof + "-knowledge");
        } else {
          c.internal(prof + "-knowledge");
        }
        c.external(condition("care-plan-" + i));
        cycle(c, prof + "-agency", List.of("care-plan-" + i), List.of(prof + "-knowledge"),
            childrenOf(6, i, "care-package-"), null);
      }
      structures(ids("care-package-", counts[6]), "Care package", StructureForm.MODEL_OF_CARE, Scale.MICRO);

      // Patients: daily life at home, enacted in the patient's own position-practice.
      for (int i = 0; i < counts[6]; i++) {
        String patient = "patient-" + i;
        String prof = "professional-" + parent[6][i];
        b.agent(Agent.builder(patient, "Patient " + i, AgentType.INDIVIDUAL).build());
        b.positionPractice(PositionPractice.builder(PATIENT_PP_PREFIX + i, "Patient " + i + " at home")
            .occupiedBy(patient).practices("manage medication", "keep appointments")
            .relation(PROFESSIONS[parent[6][i] % PROFESSIONS.length], "is cared for by").build());
        b.structure(Structure.builder(patient + "-routine", "Patient " + i + " routine", StructureForm.OTHER)
            .scale(Scale.MICRO).build());
        Cycle.Builder c = Cycle.builder(patient + "-life", "Daily life of patient " + i).site("Home")
            .agentInFocus(patient).agentsInContext(prof).positionPractice(PATIENT_PP_PREFIX + i);
        if (r.nextBoolean()) {
          c.time("2017");
        } else {
          c.follows(prof + "-visits");
        }
        c.external(condition("care-package-" + i));
        cycle(c, patient + "-agency", List.of("care-package-" + i), List.of(), List.of(patient + "-routine"), null);
      }

      int evidence = Math.max(3, patients / 40);
      for (int i = 0; i < evidence; i++) {
        String cycle = cycleIds.get(r.nextInt(cycleIds.size()));
        b.evidence(Evidence.builder("ev-" + i, i % 2 == 0 ? "interviews" : "fieldnotes")
            .quote("We talk about every patient on the caseload each week (" + i + ")")
            .locator("p. " + (1 + r.nextInt(300))).supports(cycle).build());
      }
      return b.build();
    }

    /** Adds a cycle with one agency conditioned by {@code conditions}, producing every outcome. */
    private void cycle(Cycle.Builder c, String agencyId, List<String> conditions, List<String> drawsOn,
        List<String> outcomes, String reproduced) {
      ActiveAgency.Builder a = ActiveAgency.builder(agencyId, "What " + agencyId + " does")
          .reflexivity(Reflexivity.values()[r.nextInt(Reflexivity.values().length)])
          .concerns("keeping patients at home")
          .conditionedBy(conditions.toArray(String[]::new));
      if (!drawsOn.isEmpty()) {
        a.drawsOn(drawsOn.toArray(String[]::new));
      }
      c.agency(a.build());
      for (String ref : outcomes) {
        Change change = ref.equals(reproduced) ? Change.REPRODUCED : Change.CREATED;
        c.outcome(Outcome.of(ref).withChange(change).withProducedBy(agencyId));
      }
      if (reproduced != null && !outcomes.contains(reproduced)) {
        c.outcome(Outcome.of(reproduced).withChange(Change.REPRODUCED).withProducedBy(agencyId));
      }
      Cycle built = c.build();
      cycleIds.add(built.id());
      b.cycle(built);
    }

    private Condition condition(String ref) {
      Condition c = Condition.of(ref).withEffect(r.nextInt(4) == 0 ? Effect.values()[0] : Effect.values()[
          Effect.values().length - 1]);
      return r.nextBoolean() ? c.withForce(Force.values()[r.nextInt(Force.values().length)]) : c;
    }

    private void structures(List<String> ids, String label, StructureForm form, Scale scale) {
      for (String id : ids) {
        b.structure(Structure.builder(id, label + " " + id, form).scale(scale).build());
      }
    }

    private static List<String> ids(String prefix, int n) {
      List<String> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(prefix + i);
      }
      return out;
    }

    /** The ids ({@code prefix + child}) of the children whose parent is {@code p}. */
    private List<String> childrenOf(int level, int p, String prefix) {
      List<String> out = new ArrayList<>();
      for (int i : children.get(level - 1).get(p)) {
        out.add(prefix + i);
      }
      return out;
    }
  }
}
