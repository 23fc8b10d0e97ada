package org.sstlib.examples;

import static org.sstlib.core.AgentType.COLLECTIVE;
import static org.sstlib.core.AgentType.INDIVIDUAL;
import static org.sstlib.core.Change.CHANGED;
import static org.sstlib.core.Change.CREATED;
import static org.sstlib.core.Change.ERODED;
import static org.sstlib.core.Change.EVENT;
import static org.sstlib.core.Change.REPRODUCED;
import static org.sstlib.core.Effect.BOTH;
import static org.sstlib.core.Effect.CONSTRAINS;
import static org.sstlib.core.Effect.ENABLES;
import static org.sstlib.core.Force.INDEPENDENT_INFLUENCE;
import static org.sstlib.core.Force.IRRESISTIBLE_FORCE;
import static org.sstlib.core.InternalKind.CONJUNCTURALLY_SPECIFIC;
import static org.sstlib.core.InternalKind.GENERAL_DISPOSITIONAL;
import static org.sstlib.core.Reflexivity.ROUTINE;
import static org.sstlib.core.Reflexivity.STRATEGIC;
import static org.sstlib.core.Scale.MACRO;
import static org.sstlib.core.Scale.MESO;
import static org.sstlib.core.Scale.MICRO;
import static org.sstlib.core.Term.LONG;
import static org.sstlib.core.Term.SHORT;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Agent;
import org.sstlib.core.Analyst;
import org.sstlib.core.Case;
import org.sstlib.core.Codebook;
import org.sstlib.core.Codebook.Concept;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Event;
import org.sstlib.core.Evidence;
import org.sstlib.core.Intended;
import org.sstlib.core.Outcome;
import org.sstlib.core.PositionPractice;
import org.sstlib.core.Source;
import org.sstlib.core.SourceType;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.core.chain.ChainPath;
import org.sstlib.rdf.io.RdfFiles;

/**
 * The reference case of sst, Hughes, Shaw and Greenhalgh (2022), built with the Java API: the same case, element
 * for element, as the case file {@code examples/cases/hughes-2022.yaml}, written the way analysis code that embeds
 * the library would write it. Five cycles run from national admission-avoidance policy (macro), through the
 * Partnership's strategy and the Better Care Fund planning (meso), to the integrated case management meeting and
 * Alf's life at home, where he falls one morning (micro).
 *
 * <pre>{@code
 * Case hughes = Hughes2022.build();
 * ChainPath first = ChainGraph.of(hughes).paths("admission-avoidance-policy", "alf-at-home").get(0);
 * String turtle = RdfFiles.toTurtle(hughes);
 * }</pre>
 *
 * <p>How the code is laid out: a {@link Case.Builder} keeps each kind of element in the order it was added, and a
 * case read from a file keeps the file's order, so the agents, position-practices and structures come first, in
 * the case file's order (structures from national policy down to Alf's kitchen, then the material resources and the
 * internal structures); then each of the paper's sites adds its cycle together with the evidence for it. Labels and
 * descriptions are our paraphrases of the paper; only evidence quotes are the paper's words.
 *
 * <p>Run {@link #main} to print the chain from national policy to Alf's position-practice and the case as Turtle.
 */
public final class Hughes2022 {

  /** The case's id. */
  public static final String ID = "hughes-2022";

  /** The IRI base of the case's elements, shared with the case file. */
  public static final String BASE = "https://w3id.org/sst/examples/hughes-2022/";

  private Hughes2022() {}

  /**
   * Builds the case. Each call builds a new, equal case.
   *
   * @throws org.sstlib.core.InvalidCaseException never, unless this code is edited into an invalid case; the
   *     exception then lists every problem
   */
  public static Case build() {
    Case.Builder hughes = Case.builder(ID,
            "Why doesn't integrated care work? Using Strong Structuration Theory to explain the limitations of an "
            + "English case")
        .citation("Hughes, G., Shaw, S. E., & Greenhalgh, T. (2022). Why doesn't integrated care work? Using Strong "
            + "Structuration Theory to explain the limitations of an English case. Sociology of Health & Illness, "
            + "44(1), 113-129.")
        .doi("10.1111/1467-9566.13398")
        .base(BASE)
        .analyst(new Analyst("gh", "Gemma Hughes"), new Analyst("ss", "Sara E. Shaw"),
            new Analyst("tg", "Trisha Greenhalgh"));
    sources(hughes);
    agents(hughes);
    positionPractices(hughes);
    nationalPolicy(hughes);
    localStructures(hughes);
    alfsSupport(hughes);
    materialAndEmbodied(hughes);
    internalStructures(hughes);
    events(hughes);
    // The sites of the paper, from policy to patient; each adds its cycle and the evidence for it.
    strategyDevelopment(hughes);
    betterCareFundPlanning(hughes);
    caseManagementMeeting(hughes);
    alfsDailyLife(hughes);
    alfsFall(hughes);
    acrossTheField(hughes);
    hughes.codebook(new Codebook("ic", "Integration mechanisms named in Hughes et al. (2022)", ImmutableList.of(
        Concept.of("health-social", "Integration of health with social care"),
        new Concept("case-management", "Case management by a multi-disciplinary team", Optional.of("health-social")),
        Concept.of("risk-stratification", "Risk stratification to target patients at high risk of admission"),
        Concept.of("integrated-funding", "Integrated funding"),
        new Concept("pooled-budget", "Pooled health and social care budget", Optional.of("integrated-funding")),
        Concept.of("admission-avoidance", "Avoiding hospital admissions as the aim of integration"))));
    return hughes.build();
  }

  /**
   * Builds the case, prints the chain of structuration from national admission-avoidance policy to Alf's life at
   * home (at most ten paths, shortest first), and writes the case as Turtle to the file given as the first argument,
   * or to standard output when there is none.
   *
   * <pre>{@code
   * java -cp ... org.sstlib.examples.Hughes2022 out/hughes-2022-java.ttl
   * }</pre>
   *
   * @throws IOException if the Turtle file cannot be written
   */
  public static void main(String... args) throws IOException {
    Case hughes = build();
    System.out.println(hughes);
    List<ChainPath> paths = ChainGraph.of(hughes).paths("admission-avoidance-policy", "alf-at-home");
    System.out.println("The chain from admission-avoidance-policy to alf-at-home (" + paths.size() + " paths):");
    for (int i = 0; i < paths.size(); i++) {
      System.out.println((i + 1) + ". " + paths.get(i));
    }
    String turtle = RdfFiles.toTurtle(hughes);
    if (args.length > 0) {
      Path out = Path.of(args[0]);
      Files.writeString(out, turtle, StandardCharsets.UTF_8);
      System.out.println("wrote " + out);
    } else {
      System.out.print(turtle);
    }
  }

  // ---------------------------------------------------------------------------------------------- sources, agents

  /** Where the evidence comes from: the paper itself and the study's four data categories. */
  private static void sources(Case.Builder hughes) {
    hughes.source(
        new Source("paper", SourceType.DOCUMENT, Optional.empty(),
            Optional.of("Hughes, Shaw and Greenhalgh (2022), Sociology of Health & Illness 44(1):113-129"),
            Optional.of("2021-11-06")),
        new Source("patient-interviews", SourceType.INTERVIEW, Optional.of("patient experience"),
            Optional.of("Semi-structured interviews and visits with 20 patients and their carers (93 encounters)"),
            Optional.empty()),
        new Source("patient-fieldnotes", SourceType.FIELDNOTES, Optional.of("patient experience"),
            Optional.of("Participant observation of patients at home and in healthcare settings, including Alf's fall"),
            Optional.empty()),
        new Source("professional-interviews", SourceType.INTERVIEW, Optional.of("professional practice"),
            Optional.of("Interviews with community nurses, social workers and liaison officers (13 interviews, 10 "
                + "professionals)"),
            Optional.empty()),
        new Source("icm-observation", SourceType.OBSERVATION, Optional.of("professional practice"),
            Optional.of("Shadowing and observation of inter-professional ICM team meetings (13 observations)"),
            Optional.empty()),
        new Source("commissioning-interviews", SourceType.INTERVIEW, Optional.of("commissioning"),
            Optional.of("Interviews with senior NHS and council officials, commissioners and managers (8 interviews)"),
            Optional.empty()),
        new Source("commissioning-fieldnotes", SourceType.FIELDNOTES, Optional.of("commissioning"),
            Optional.of("Fieldnotes from three years of observing strategy development and financial planning"),
            Optional.empty()),
        new Source("commissioning-documents", SourceType.DOCUMENT, Optional.of("commissioning"),
            Optional.of("Commissioning documents (191), including consultation documents, finance and activity data "
                + "and contracts"),
            Optional.empty()),
        new Source("strategy-document", SourceType.DOCUMENT, Optional.of("commissioning"),
            Optional.of("The Partnership's integrated care strategy document"), Optional.empty()),
        new Source("bcf-documents", SourceType.DOCUMENT, Optional.of("commissioning"),
            Optional.of("The completed Better Care Fund templates (a Word narrative and an Excel spreadsheet)"),
            Optional.empty()),
        new Source("policy-documents", SourceType.POLICY, Optional.of("policy"),
            Optional.of("Contemporary and historical policy, guidance and legislative documents (56)"),
            Optional.empty()),
        new Source("policy-interviews", SourceType.INTERVIEW, Optional.of("policy"),
            Optional.of("Interviews with policy-makers (2)"), Optional.empty()));
  }

  /** The agents, from central government to Alf's granddaughter; collectives list their members' collectives. */
  private static void agents(Case.Builder hughes) {
    hughes.agent(
        // national
        Agent.builder("central-government",
                "Central government departments (Health; Communities and Local Government)", COLLECTIVE)
            .scale(MACRO)
            .build(),
        Agent.builder("regulators", "Health care regulators", COLLECTIVE).scale(MACRO).build(),
        // the Partnership and its members
        Agent.builder("partnership", "The Partnership", COLLECTIVE)
            .description("A pseudonymised strategic alliance, without statutory powers, of the NHS bodies and councils "
                + "serving about 700,000 people; later superseded by larger planning footprints.")
            .scale(MESO)
            .build(),
        Agent.builder("partnership-leaders", "NHS and council leaders of the Partnership", COLLECTIVE)
            .scale(MESO)
            .memberOf("partnership")
            .build(),
        Agent.builder("ccgs", "Clinical commissioning groups", COLLECTIVE).scale(MESO).memberOf("partnership").build(),
        Agent.builder("councils", "Local councils (adult social care)", COLLECTIVE)
            .scale(MESO)
            .memberOf("partnership")
            .build(),
        Agent.builder("acute-trusts", "Acute hospital trusts", COLLECTIVE).scale(MESO).memberOf("partnership").build(),
        Agent.builder("community-health-trust", "Community health services provider", COLLECTIVE)
            .scale(MESO)
            .memberOf("partnership")
            .build(),
        Agent.builder("gp-practices", "General practices (primary care)", COLLECTIVE)
            .scale(MESO)
            .memberOf("partnership")
            .build(),
        Agent.builder("local-councillors", "Local councillors and public and patient representatives", COLLECTIVE)
            .scale(MESO)
            .build(),
        Agent.builder("bcf-officials",
                "Council and NHS officials who completed the Better Care Fund (commissioners and finance "
                + "officers)", COLLECTIVE)
            .scale(MESO)
            .memberOf("ccgs", "councils")
            .build(),
        Agent.builder("icm-team", "Integrated case management (ICM) team", COLLECTIVE)
            .description("Multi-disciplinary team of a GP, a community matron, a social worker and a liaison officer, "
                + "with district nurses and mental health workers attending when they can.")
            .scale(MICRO)
            .build(),
        // professionals
        Agent.builder("matron", "Community matron", INDIVIDUAL)
            .scale(MICRO)
            .memberOf("community-health-trust", "icm-team")
            .build(),
        Agent.builder("gp", "General practitioner in the ICM team", INDIVIDUAL)
            .scale(MICRO)
            .memberOf("gp-practices", "icm-team")
            .build(),
        Agent.builder("social-worker", "Social worker in the ICM team", INDIVIDUAL)
            .scale(MICRO)
            .memberOf("icm-team")
            .build(),
        Agent.builder("liaison-officer", "ICM liaison officer", INDIVIDUAL).scale(MICRO).memberOf("icm-team").build(),
        Agent.builder("ambulance-crew", "Ambulance crew", COLLECTIVE).scale(MICRO).build(),
        Agent.builder("police", "Police officers called by the ambulance crew", COLLECTIVE).scale(MICRO).build(),
        // Alf and his family
        Agent.builder("alf", "Alf", INDIVIDUAL)
            .description("An older man with several long-term conditions, living alone at home (a patient in the "
                + "study).")
            .scale(MICRO)
            .build(),
        Agent.builder("alf-family", "Alf's family", COLLECTIVE).scale(MICRO).build(),
        Agent.builder("daughter", "Alf's eldest daughter", INDIVIDUAL).scale(MICRO).memberOf("alf-family").build(),
        Agent.builder("grandsons", "Alf's grandsons", COLLECTIVE).scale(MICRO).memberOf("alf-family").build(),
        Agent.builder("granddaughter", "Alf's granddaughter", INDIVIDUAL).scale(MICRO).memberOf("alf-family").build());
  }

  /** The positions the agents act from, with their practices, prerogatives, obligations and relations. */
  private static void positionPractices(Case.Builder hughes) {
    hughes.positionPractice(
        PositionPractice.builder("partnership-leadership", "Collective leadership of the Partnership")
            .scale(MESO)
            .occupiedBy("partnership-leaders")
            .practices(
                "agreeing a shared integrated care strategy across NHS bodies and councils",
                "planning the reconfiguration of hospital services")
            .prerogatives(
                "setting the area's strategy by agreement (the Partnership has no statutory powers)")
            .obligations(
                "NHS bodies must produce unified plans for funding and providing health services for the population",
                "councils stay accountable to their elected members")
            .relation("bcf-planner", "sets the strategy for")
            .build(),
        PositionPractice.builder("bcf-planner", "Commissioner or finance officer preparing the Better Care Fund plan")
            .scale(MESO)
            .occupiedBy("bcf-officials")
            .practices(
                "completing the Better Care Fund narrative and spreadsheet templates",
                "allocating existing health and council budget lines to the fund",
                "negotiating contracts and savings with providers")
            .obligations(
                "name a health or social care funding source for every scheme",
                "tie schemes to the national targets listed in the template")
            .relation("case-manager", "commissions and monitors")
            .build(),
        PositionPractice.builder("case-manager", "ICM case manager")
            .scale(MICRO)
            .occupiedBy("matron", "social-worker")
            .practices(
                "assessing newly accepted patients at home",
                "writing care plans (referrals, medication review, specialist assessment)",
                "following patients up with phone calls and visits",
                "adjusting a prescription or arranging district nursing")
            .prerogatives(
                "with the team, deciding whether a referred patient joins the caseload",
                "discharging stable patients from the active caseload")
            .obligations(
                "caseloads, care plans and admissions are monitored against contract targets")
            .relation("icm-liaison", "is allocated cases by")
            .relation("alf-at-home", "case-manages")
            .build(),
        PositionPractice.builder("icm-liaison", "ICM liaison officer's post")
            .scale(MICRO)
            .occupiedBy("liaison-officer")
            .practices(
                "organising ICM meetings and managing the caseloads",
                "red-amber-green rating of the caseload",
                "adding care plans to patients' electronic records")
            .relation("case-manager", "allocates cases to")
            .build(),
        PositionPractice.builder("alf-at-home", "Alf's life at home")
            .description("The position-practice Alf creates and keeps up at home, living mainly downstairs, through "
                + "and in a network of family, services and material resources.")
            .scale(MICRO)
            .occupiedBy("alf")
            .practices(
                "watching TV and pottering round his kitchen",
                "feeding the pigeons in his back yard",
                "topping up the supermarket shopping with delivered ready meals")
            .prerogatives(
                "deciding whom to let into his home (he refuses a paid carer)")
            .relation("case-manager", "is case-managed by")
            .relation("family-carer", "is checked on and supplied by")
            .build(),
        PositionPractice.builder("family-carer", "Family carer")
            .scale(MICRO)
            .occupiedBy("daughter", "grandsons", "granddaughter")
            .practices(
                "checking on Alf most mornings over a coffee",
                "fetching his supermarket shopping",
                "doing odd jobs around the house")
            .relation("alf-at-home", "supports")
            .build());
  }

  // ---------------------------------------------------------------------------------------------- structures

  /** Macro: national policy, legislation, funding and targets. */
  private static void nationalPolicy(Case.Builder hughes) {
    hughes.structure(
        Structure.builder("admission-avoidance-policy",
                "National policy to avoid hospital admissions and move care closer to home", StructureForm.POLICY)
            .description("A long-running trend in English health policy: less reliance on hospital and institutional "
                + "care, fewer inappropriate admissions of older people, fewer beds, proactive preventive care in the "
                + "community.")
            .scale(MACRO)
            .build(),
        Structure.builder("ic-policy",
                "National policy discourse of integrated care as a way to cut emergency admissions and "
                + "costs", StructureForm.POLICY)
            .scale(MACRO)
            .codes("ic:health-social", "ic:admission-avoidance")
            .build(),
        Structure.builder("ltc-case-management-model",
                "National long-term conditions model of case management to prevent admissions "
                + "(2005)", StructureForm.MODEL_OF_CARE)
            .scale(MACRO)
            .codes("ic:case-management")
            .build(),
        Structure.builder("spending-constraint",
                "National constraint on health and social care spending", StructureForm.FUNDING)
            .scale(MACRO)
            .build(),
        Structure.builder("hsc-act-2012",
                "Health and Social Care Act 2012 (responsibilities of NHS commissioning "
                + "bodies)", StructureForm.LEGISLATION)
            .scale(MACRO)
            .build(),
        Structure.builder("bcf-policy",
                "Better Care Fund directive and its pooled budget conditions", StructureForm.POLICY)
            .description("A directive of two central government departments: health and social care bodies must pool a "
                + "budget for integrated health and social care schemes that are expected to meet quantified targets.")
            .scale(MACRO)
            .codes("ic:pooled-budget")
            .build(),
        Structure.builder("national-targets",
                "National targets for fewer emergency admissions and fewer delayed transfers of "
                + "care", StructureForm.CONTRACT_OR_TARGET)
            .scale(MACRO)
            .build(),
        Structure.builder("risk-stratification-requirement",
                "National policy and GP contracts requiring risk stratification to target "
                + "patients", StructureForm.CONTRACT_OR_TARGET)
            .scale(MACRO)
            .codes("ic:risk-stratification")
            .build());
  }

  /**
   * Meso: local conditions, and the structure of integrated care that the Partnership and its officials
   * produce (the strategy, the ICM model, the Better Care Fund and its templates, the caseload).
   */
  private static void localStructures(Case.Builder hughes) {
    hughes.structure(
        Structure.builder("reconfiguration-plan",
                "Plan to reconfigure hospital services (fewer beds, one A&E closed)", StructureForm.STRATEGY)
            .description("Decided by the NHS leaders in 2010, contested locally.")
            .scale(MESO)
            .build(),
        Structure.builder("financial-forecast",
                "Pessimistic local financial forecasts (growing demand, shrinking allocations)", StructureForm.FUNDING)
            .scale(MESO)
            .build(),
        Structure.builder("local-ic-history",
                "Earlier local integration initiatives (joint posts, integrated community teams, case management, "
                + "pooled budgets)", StructureForm.ORGANISATIONAL_ARRANGEMENT)
            .scale(MESO)
            .codes("ic:health-social")
            .build(),
        Structure.builder("cluster-icm-approach",
                "Case management approach built by nurses, social workers and GPs in some local "
                + "clusters", StructureForm.MODEL_OF_CARE)
            .scale(MESO)
            .codes("ic:case-management")
            .build(),
        Structure.builder("ic-strategy", "The Partnership's integrated care strategy", StructureForm.STRATEGY)
            .description("Coordinated care to reduce hospital admissions and cost while improving care and keeping to "
                + "the reconfiguration plans; similar to strategies elsewhere in England.")
            .scale(MESO)
            .build(),
        Structure.builder("icm-model", "Integrated case management (ICM) model of care", StructureForm.MODEL_OF_CARE)
            .description("The cluster approach standardised by the Partnership and rolled out across the whole area.")
            .scale(MESO)
            .codes("ic:case-management", "ic:health-social")
            .build(),
        Structure.builder("icm-cost-saving", "ICM as a cost-saving practice", StructureForm.MODEL_OF_CARE)
            .description("The expectation, written into commissioning and financial plans, that ICM avoids hospital "
                + "admissions and so saves money.")
            .scale(MESO)
            .codes("ic:admission-avoidance")
            .build(),
        Structure.builder("bcf-template",
                "Better Care Fund planning templates (Word narrative and Excel spreadsheet)", StructureForm.TECHNOLOGY)
            .description("Pre-set grids, drop-down lists of national targets and formulae that turn admissions avoided "
                + "into a percentage change in emergency admissions and then into savings.")
            .scale(MESO)
            .build(),
        Structure.builder("existing-budgets",
                "Money already allocated to CCGs and councils and committed to services", StructureForm.FUNDING)
            .scale(MESO)
            .build(),
        Structure.builder("pooled-budget", "Better Care Fund pooled budget", StructureForm.FUNDING)
            .description("An integrated health and social care budget (at least in principle), with ICM as one scheme.")
            .scale(MESO)
            .codes("ic:pooled-budget")
            .build(),
        Structure.builder("bcf-plan", "The completed Better Care Fund plan", StructureForm.ARTEFACT)
            .scale(MESO)
            .build(),
        Structure.builder("bcf-benefits-entry",
                "ICM entered in the Better Care Fund benefits plan as the cause of fewer emergency "
                + "admissions", StructureForm.ARTEFACT)
            .scale(MESO)
            .build(),
        Structure.builder("savings-in-contracts",
                "Savings and ICM performance targets written into contracts, NHS budgets and regional "
                + "plans", StructureForm.CONTRACT_OR_TARGET)
            .scale(MESO)
            .build(),
        Structure.builder("risk-tool", "Risk-stratification software", StructureForm.TECHNOLOGY)
            .description("An algorithm run over all GP records in a central data warehouse gives each patient a risk "
                + "score for admission; the top 1% are referred to the ICM team.")
            .scale(MESO)
            .codes("ic:risk-stratification")
            .build(),
        Structure.builder("icm-team-resources",
                "Posts in the ICM team, regular meetings and the staff "
                + "available", StructureForm.ORGANISATIONAL_ARRANGEMENT)
            .scale(MESO)
            .build(),
        Structure.builder("rag-rating", "Red-amber-green rating of the ICM caseload", StructureForm.ARTEFACT)
            .scale(MICRO)
            .build(),
        Structure.builder("caseload", "The ICM caseload", StructureForm.ORGANISATIONAL_ARRANGEMENT).scale(MESO).build(),
        Structure.builder("local-services",
                "Other local health and care services (GP, district nurses, specialist community teams, "
                + "outpatients)", StructureForm.ORGANISATIONAL_ARRANGEMENT)
            .scale(MESO)
            .build(),
        Structure.builder("emergency-999",
                "Emergency ambulance service reached by dialling 999", StructureForm.ORGANISATIONAL_ARRANGEMENT)
            .scale(MESO)
            .build());
  }

  /** Micro: Alf's support at home, including the integrated care that reaches him. */
  private static void alfsSupport(Case.Builder hughes) {
    hughes.structure(
        Structure.builder("alf-on-caseload",
                "Alf's place on the ICM caseload as a long-standing patient", StructureForm.ORGANISATIONAL_ARRANGEMENT)
            .scale(MICRO)
            .build(),
        Structure.builder("matron-monthly-call",
                "The community matron's monthly phone call to Alf", StructureForm.ORGANISATIONAL_ARRANGEMENT)
            .scale(MICRO)
            .build(),
        Structure.builder("family-help", "Help from Alf's family", StructureForm.SOCIAL_NETWORK)
            .description("His eldest daughter checks on him most mornings and fetches his shopping; his grandsons do "
                + "odd jobs.")
            .scale(MICRO)
            .build(),
        Structure.builder("delivered-meals", "Delivered ready meals", StructureForm.ORGANISATIONAL_ARRANGEMENT)
            .scale(MICRO)
            .build(),
        Structure.builder("domiciliary-care-offer",
                "Paid domiciliary care (help with cooking, dressing and "
                + "cleaning)", StructureForm.ORGANISATIONAL_ARRANGEMENT)
            .scale(MICRO)
            .build(),
        Structure.builder("alf-outpatients",
                "Alf's annual cardiac and renal outpatient appointments", StructureForm.ORGANISATIONAL_ARRANGEMENT)
            .scale(MICRO)
            .build(),
        Structure.builder("alf-living-at-home", "Alf's independent life at home", StructureForm.OTHER)
            .description("The accomplishment of living at home alone with several long-term conditions.")
            .scale(MICRO)
            .build());
  }

  /**
   * Alf's material resources and embodied capacities, which Hughes et al. keep distinct from internal and
   * external social structures: a cycle lists them in its {@code material} role.
   */
  private static void materialAndEmbodied(Case.Builder hughes) {
    hughes.structure(
        Structure.builder("wall-phone", "Telephone fixed to the kitchen wall", StructureForm.MATERIAL_RESOURCE)
            .scale(MICRO)
            .of("alf")
            .build(),
        Structure.builder("glasses", "Alf's glasses", StructureForm.MATERIAL_RESOURCE).scale(MICRO).of("alf").build(),
        Structure.builder("stairs",
                "The stairs of Alf's house (upstairs out of bounds after an earlier "
                + "fall)", StructureForm.MATERIAL_RESOURCE)
            .scale(MICRO)
            .of("alf")
            .build(),
        Structure.builder("downstairs-bed",
                "Alf's bed, moved downstairs into the living room", StructureForm.MATERIAL_RESOURCE)
            .scale(MICRO)
            .of("alf")
            .build(),
        Structure.builder("locked-door", "Alf's locked front door", StructureForm.MATERIAL_RESOURCE)
            .scale(MICRO)
            .of("alf")
            .build(),
        Structure.builder("alf-breathlessness", "Alf's breathlessness and tiredness", StructureForm.EMBODIED_CAPACITY)
            .scale(MICRO)
            .of("alf")
            .build(),
        Structure.builder("alf-dizziness",
                "Alf's ongoing dizziness and unsteadiness on his feet", StructureForm.EMBODIED_CAPACITY)
            .scale(MICRO)
            .of("alf")
            .build(),
        Structure.builder("alf-pain-stiffness",
                "Pain and stiffness in Alf's hands and back", StructureForm.EMBODIED_CAPACITY)
            .scale(MICRO)
            .of("alf")
            .build(),
        Structure.builder("head-injury",
                "Alf's head injury: bleeding heavily, dazed, unable to stand", StructureForm.EMBODIED_CAPACITY)
            .scale(MICRO)
            .of("alf")
            .build());
  }

  /**
   * Internal structures: what an agent knows of its situation (conjuncturally specific) and is disposed to
   * (general-dispositional). {@code about} records how different agents read the same policy or model.
   */
  private static void internalStructures(Case.Builder hughes) {
    hughes.structure(
        Structure.builder("lens-partnership",
                "Leaders' view of integrated care as a way to save money, avoid admissions and strengthen community "
                + "care", StructureForm.OTHER)
            .scale(MESO)
            .internalTo("partnership-leaders", GENERAL_DISPOSITIONAL)
            .about("ic-policy", "admission-avoidance-policy")
            .build(),
        Structure.builder("leaders-know-local",
                "Leaders' knowledge of local pressures (failing hospitals, forecasts, opposition to bed "
                + "cuts)", StructureForm.OTHER)
            .scale(MESO)
            .internalTo("partnership-leaders", CONJUNCTURALLY_SPECIFIC)
            .about("reconfiguration-plan", "financial-forecast", "local-ic-history")
            .build(),
        Structure.builder("councillors-see-cuts",
                "Councillors and patient representatives read fewer beds as fewer health services", StructureForm.OTHER)
            .scale(MESO)
            .internalTo("local-councillors", CONJUNCTURALLY_SPECIFIC)
            .about("reconfiguration-plan")
            .build(),
        Structure.builder("lens-officials",
                "Officials' view of ICM and integrated care as cutting admissions and so saving "
                + "money", StructureForm.OTHER)
            .scale(MESO)
            .internalTo("bcf-officials", GENERAL_DISPOSITIONAL)
            .about("icm-model", "ic-policy")
            .build(),
        Structure.builder("officials-know-budgets",
                "Officials' knowledge of existing budget lines and of how the templates work", StructureForm.OTHER)
            .scale(MESO)
            .internalTo("bcf-officials", CONJUNCTURALLY_SPECIFIC)
            .about("existing-budgets", "bcf-template")
            .build(),
        Structure.builder("lens-icm-team",
                "The team's orientation to integrated care as avoiding hospital admissions", StructureForm.OTHER)
            .scale(MICRO)
            .internalTo("icm-team", GENERAL_DISPOSITIONAL)
            .about("icm-model", "ic-strategy")
            .build(),
        Structure.builder("team-knows-caseload",
                "The team's knowledge of its current caseload and acceptance criteria", StructureForm.OTHER)
            .scale(MICRO)
            .internalTo("icm-team", CONJUNCTURALLY_SPECIFIC)
            .about("caseload", "icm-model")
            .build(),
        Structure.builder("team-knows-patients-services",
                "The team's more general knowledge of the patients and of local services", StructureForm.OTHER)
            .scale(MICRO)
            .internalTo("icm-team", GENERAL_DISPOSITIONAL)
            .about("local-services")
            .build(),
        Structure.builder("matron-values", "The matron's professional values", StructureForm.OTHER)
            .scale(MICRO)
            .internalTo("matron", GENERAL_DISPOSITIONAL)
            .build(),
        Structure.builder("alf-unaware-icm", "Alf does not know that he is being case-managed", StructureForm.OTHER)
            .description("Patients are discussed and managed by the ICM team without knowing it; the integrated care "
                + "lens is not theirs.")
            .scale(MICRO)
            .internalTo("alf", CONJUNCTURALLY_SPECIFIC)
            .about("icm-model", "caseload", "alf-on-caseload")
            .build(),
        Structure.builder("alf-independence", "Alf's fierce independence (no stranger in to help)", StructureForm.OTHER)
            .scale(MICRO)
            .internalTo("alf", GENERAL_DISPOSITIONAL)
            .about("domiciliary-care-offer")
            .build(),
        Structure.builder("alf-bricolage",
                "Making do with whatever support is at hand (bricolage)", StructureForm.OTHER)
            .scale(MICRO)
            .internalTo("alf", GENERAL_DISPOSITIONAL)
            .build(),
        Structure.builder("alf-knows-network", "Alf's knowledge of who helps him and when", StructureForm.OTHER)
            .scale(MICRO)
            .internalTo("alf", CONJUNCTURALLY_SPECIFIC)
            .about("family-help", "delivered-meals")
            .build(),
        Structure.builder("alf-ageing-narrative",
                "Alf understands his symptoms as part of growing old", StructureForm.OTHER)
            .scale(MICRO)
            .internalTo("alf", GENERAL_DISPOSITIONAL)
            .about("alf-breathlessness", "alf-dizziness", "alf-pain-stiffness")
            .build());
  }

  // ---------------------------------------------------------------------------------------------- events

  /** What happened: the regulators' reports, new assessments, and the fall, the 999 call and the admission. */
  private static void events(Case.Builder hughes) {
    hughes.event(
        Event.builder("regulator-reports",
                "Regulators report failures of care and financial management at the local acute hospitals")
            .scale(MESO)
            .build(),
        Event.builder("new-assessments", "New assessments and visits to patients accepted onto the caseload")
            .scale(MICRO)
            .build(),
        Event.builder("alf-fall", "Alf falls in his kitchen early one morning and hits his head").scale(MICRO).build(),
        Event.builder("emergency-call", "Alf dials 999 and an ambulance is sent").scale(MICRO).build(),
        Event.builder("emergency-admission", "Alf is taken to hospital and admitted as an emergency")
            .description("The crew find the front door locked and call the police; Alf's granddaughter, sent by his "
                + "unwell daughter, arrives with a spare key. The crew follow their protocol and take him to hospital; "
                + "community treatment was not an option for his head injury.")
            .scale(MICRO)
            .build());
  }

  // ---------------------------------------------------------------------------------------------- the sites

  /**
   * (a) Strategy development: national policy meets local pressures, and the Partnership's leaders agree an
   * integrated care strategy and standardise integrated case management (ICM) as a saving.
   */
  private static void strategyDevelopment(Case.Builder hughes) {
    hughes.cycle(Cycle.builder("partnership-strategy", "The Partnership's leaders agree an integrated care strategy")
        .site("Strategy development among the Partnership's NHS bodies and councils")
        .scale(MESO)
        .agentInFocus("partnership-leaders")
        .agentsInContext("central-government", "regulators", "local-councillors")
        .positionPractice("partnership-leadership")
        .external(
            Condition.of("admission-avoidance-policy").withEffect(ENABLES).withForce(INDEPENDENT_INFLUENCE),
            Condition.of("ic-policy").withEffect(ENABLES).withForce(INDEPENDENT_INFLUENCE),
            Condition.of("ltc-case-management-model").withEffect(ENABLES),
            Condition.of("bcf-policy").withEffect(ENABLES).withForce(INDEPENDENT_INFLUENCE),
            Condition.of("spending-constraint").withEffect(CONSTRAINS).withForce(INDEPENDENT_INFLUENCE),
            Condition.of("hsc-act-2012").withEffect(BOTH).withForce(INDEPENDENT_INFLUENCE),
            Condition.of("regulator-reports").withEffect(BOTH),
            Condition.of("reconfiguration-plan").withEffect(BOTH),
            Condition.of("financial-forecast").withEffect(CONSTRAINS),
            Condition.of("local-ic-history").withEffect(ENABLES),
            Condition.of("cluster-icm-approach").withEffect(ENABLES),
            Condition.of("councillors-see-cuts").withEffect(CONSTRAINS))
        .internal("lens-partnership", "leaders-know-local")
        .agency(
            ActiveAgency.builder("agree-strategy",
                    "Leaders agree a strategy of proactive, preventive community care to reduce demand on hospitals")
                .reflexivity(STRATEGIC)
                .horizon("the Partnership's multi-year plans and the hospital reconfiguration")
                .concerns(
                    "balance growing demand against shrinking funding",
                    "reduce hospital admissions and beds",
                    "answer local opposition to the reconfiguration",
                    "improve community-based care")
                .creativity("couples national policy to local circumstances; the result resembles strategies elsewhere")
                .drawsOn("lens-partnership", "leaders-know-local")
                .conditionedBy(
                    "admission-avoidance-policy", "ic-policy", "bcf-policy", "spending-constraint", "hsc-act-2012",
                    "regulator-reports", "reconfiguration-plan", "financial-forecast", "councillors-see-cuts")
                .build(),
            ActiveAgency.builder("standardise-icm",
                    "Leaders decide to standardise the cluster case management approach as ICM, roll it out area-wide "
                    + "and count it as a saving")
                .reflexivity(STRATEGIC)
                .concerns(
                    "a tangible example of health and social care working together",
                    "fewer hospital admissions and savings in commissioning plans")
                .drawsOn("lens-partnership", "leaders-know-local")
                .conditionedBy(
                    "ltc-case-management-model", "ic-policy", "local-ic-history", "cluster-icm-approach",
                    "spending-constraint")
                .build())
        .outcome(
            Outcome.of("ic-strategy").withChange(CREATED).withTerm(LONG)
                .withIntended(Intended.YES).withProducedBy("agree-strategy"),
            Outcome.of("icm-model").withChange(CHANGED).withTerm(LONG)
                .withIntended(Intended.YES).withProducedBy("standardise-icm"),
            Outcome.of("icm-cost-saving").withChange(CREATED).withTerm(LONG)
                .withIntended(Intended.YES).withProducedBy("standardise-icm"))
        .build());
    hughes.evidence(
        Evidence.builder("ev-case-management-policy", "policy-documents")
            .quote("The preferred model is proactive preventative care in the community, codified in case management "
                + "which had the specific aim of preventing hospital admissions (Department of Health, 2005).")
            .locator("Findings, External conditions for integrated care")
            .analyst("gh")
            .supports("ltc-case-management-model", "partnership-strategy/ltc-case-management-model")
            .build(),
        Evidence.builder("ev-ic-saves-money", "policy-documents")
            .quote("Presented in policy and grey literature as being able to relieve pressure on hospital beds, "
                + "integrated care was understood as a means of saving money whilst improving community‐based care")
            .locator("Findings, External conditions for integrated care")
            .analyst("gh")
            .supports(
                "ic-policy", "lens-partnership", "partnership-strategy/ic-policy",
                "partnership-strategy/lens-partnership")
            .build(),
        Evidence.builder("ev-regulators", "commissioning-documents")
            .quote("Specific concerns about the acute hospitals in our case (regulators had reported failures of care "
                + "and financial management) led to a convergence of national and local concerns.")
            .locator("Findings, External conditions for integrated care")
            .analyst("gh")
            .supports("partnership-strategy/regulator-reports")
            .build(),
        Evidence.builder("ev-councillors", "commissioning-fieldnotes")
            .quote("interpreted the strategy to reduce hospital beds as a reduction in health services")
            .note("Local councillors and public and patient representatives, agents-in-context of the strategy cycle.")
            .locator("Findings, External conditions for integrated care")
            .analyst("gh")
            .supports("councillors-see-cuts", "partnership-strategy/councillors-see-cuts")
            .build(),
        Evidence.builder("ev-partnership-alliance", "commissioning-fieldnotes")
            .quote("With no statutory powers, the Partnership itself was a strategic alliance of executives from the "
                + "health and social care organisations in the area who agreed to work together to address common "
                + "areas of concern, such as delayed hospital discharges.")
            .locator("Box 1, The Partnership")
            .supports("partnership", "partnership-leadership")
            .build(),
        Evidence.builder("ev-strategy", "commissioning-fieldnotes")
            .quote("The Partnership concurred on an integrated care strategy that involved collaborative work to "
                + "coordinate patient care and so reduce hospital admissions and cost, whilst improving care and "
                + "adhering to local reconfiguration plans.")
            .locator("Findings, External conditions for integrated care")
            .analyst("gh")
            .supports("partnership-strategy/agree-strategy", "partnership-strategy/ic-strategy")
            .build(),
        Evidence.builder("ev-strategy-document", "strategy-document")
            .quote("a model of practice which aims to ensure that patients with complex health and social care needs "
                + "received the right care, in the right place, at the right time.")
            .locator("Findings, Producing a structure of integrated care")
            .speakerRole("Partnership (integrated care strategy document)")
            .supports("icm-model", "ic-strategy")
            .build(),
        Evidence.builder("ev-standardise", "commissioning-fieldnotes")
            .quote("The Partnership decided to standardise the model and roll it out across the whole area.")
            .locator("Findings, Producing a structure of integrated care")
            .analyst("gh")
            .supports(
                "partnership-strategy/standardise-icm", "partnership-strategy/icm-model",
                "partnership-strategy/cluster-icm-approach")
            .build(),
        Evidence.builder("ev-icm-cost-saving", "commissioning-documents")
            .quote("ICM was expected to reduce hospital admissions and so featured as a cost‐saving measure in NHS "
                + "commissioning plans.")
            .locator("Findings, Producing a structure of integrated care")
            .analyst("gh")
            .supports("icm-cost-saving", "partnership-strategy/icm-cost-saving")
            .build());
  }

  /**
   * (b) Better Care Fund planning: officials fill in the national templates, re-badge existing budgets as
   * the pooled fund and enter ICM as the cause of fewer admissions, reproducing ICM as a cost-saving practice.
   */
  private static void betterCareFundPlanning(Case.Builder hughes) {
    hughes.cycle(Cycle.builder("bcf-planning", "Council and NHS officials complete the Better Care Fund plan")
        .site("Better Care Fund workshops, webinars and planning meetings of NHS and council staff")
        .time("2014")
        .follows("partnership-strategy")
        .scale(MESO)
        .agentInFocus("bcf-officials")
        .agentsInContext("central-government", "acute-trusts")
        .positionPractice("bcf-planner")
        .external(
            Condition.of("ic-strategy").withEffect(ENABLES),
            Condition.of("bcf-policy").withEffect(BOTH).withForce(IRRESISTIBLE_FORCE),
            Condition.of("national-targets").withEffect(CONSTRAINS).withForce(IRRESISTIBLE_FORCE),
            Condition.of("bcf-template").withEffect(CONSTRAINS).withForce(IRRESISTIBLE_FORCE),
            Condition.of("icm-model").withEffect(ENABLES),
            Condition.of("icm-cost-saving").withEffect(ENABLES),
            Condition.of("existing-budgets").withEffect(CONSTRAINS).withForce(INDEPENDENT_INFLUENCE),
            Condition.of("spending-constraint").withEffect(CONSTRAINS).withForce(INDEPENDENT_INFLUENCE))
        .internal("lens-officials", "officials-know-budgets")
        .agency(
            ActiveAgency.builder("rebadge-budgets",
                    "Officials fill in the funding grid by re-badging existing health and council budget lines as the "
                    + "fund")
                .reflexivity(ROUTINE)
                .horizon("the Better Care Fund submission")
                .concerns("name a funding source for every scheme", "complete the template as required")
                .drawsOn("officials-know-budgets")
                .conditionedBy("bcf-policy", "bcf-template", "existing-budgets", "spending-constraint", "ic-strategy")
                .build(),
            ActiveAgency.builder("enter-icm-benefit",
                    "Officials pick benefits from the drop-down list and enter ICM as the cause of fewer emergency "
                    + "admissions")
                .description("The spreadsheet's formulae turn the admissions avoided by case-managed patients into a "
                    + "percentage change in emergency admissions and then into expected savings.")
                .reflexivity(ROUTINE)
                .horizon("the Better Care Fund submission and the next financial year")
                .concerns("comply with the template", "show savings from integrated care")
                .drawsOn("lens-officials", "officials-know-budgets")
                .conditionedBy(
                    "ic-strategy", "bcf-template", "national-targets", "icm-model", "icm-cost-saving", "bcf-policy")
                .build(),
            ActiveAgency.builder("negotiate-savings",
                    "Commissioners write the projected savings into hospital contracts, NHS budgets and regional plans")
                .reflexivity(STRATEGIC)
                .horizon("a balanced budget for the year")
                .concerns("balance the budget", "contain acute hospital activity")
                .drawsOn("lens-officials")
                .conditionedBy("ic-strategy", "icm-cost-saving", "spending-constraint", "existing-budgets")
                .build())
        .outcome(
            Outcome.of("pooled-budget").withChange(CREATED).withTerm(LONG)
                .withIntended(Intended.YES).withProducedBy("rebadge-budgets"),
            Outcome.of("bcf-plan").withChange(CREATED).withTerm(SHORT)
                .withIntended(Intended.YES).withProducedBy("rebadge-budgets", "enter-icm-benefit"),
            Outcome.of("bcf-benefits-entry").withChange(CREATED).withTerm(SHORT)
                .withIntended(Intended.YES).withProducedBy("enter-icm-benefit"),
            Outcome.of("savings-in-contracts").withChange(CREATED).withTerm(LONG)
                .withIntended(Intended.YES).withProducedBy("negotiate-savings"),
            Outcome.of("icm-cost-saving").withChange(REPRODUCED).withTerm(LONG)
                .withIntended(Intended.UNKNOWN).withProducedBy("enter-icm-benefit", "negotiate-savings"),
            Outcome.of("icm-model").withChange(REPRODUCED).withTerm(LONG)
                .withIntended(Intended.UNKNOWN).withProducedBy("enter-icm-benefit"),
            Outcome.of("ic-policy").withChange(REPRODUCED).withTerm(LONG).withIntended(Intended.UNKNOWN))
        .build());
    hughes.evidence(
        Evidence.builder("ev-bcf-directive", "policy-documents")
            .quote("which required health and social care bodies to create a pooled budget for integrated health and "
                + "social care ‘schemes’")
            .note("The Better Care Fund directive of the Departments of Health and Communities and Local Government.")
            .locator("Findings, Producing a structure of integrated care")
            .supports("bcf-policy", "bcf-planning/bcf-policy")
            .build(),
        Evidence.builder("ev-bcf-template", "bcf-documents")
            .quote("The council and NHS officials who completed and approved these documents undertook detailed "
                + "accounting and narrative work, materially shaped by the pre‐set grids and formulae of the "
                + "spreadsheet (Dourish, 2017).")
            .locator("Findings, Producing a structure of integrated care")
            .analyst("gh")
            .supports("bcf-template", "bcf-planning/bcf-template")
            .build(),
        Evidence.builder("ev-rebadging", "commissioning-fieldnotes")
            .quote("Completing this part of the template involved a process of ‘re‐badging’ existing budget lines.")
            .locator("Findings, Producing a structure of integrated care")
            .analyst("gh")
            .supports("bcf-planning/rebadge-budgets", "bcf-planning/existing-budgets", "bcf-planning/pooled-budget")
            .build(),
        Evidence.builder("ev-icm-cell", "bcf-documents")
            .quote("Officials populated the cell linked to ‘reduced emergency admissions’ with ‘ICM’ to present a "
                + "causal relationship between ICM as an intervention and the outcome of reduced hospital admissions.")
            .locator("Findings, Producing a structure of integrated care")
            .analyst("gh")
            .supports(
                "bcf-planning/enter-icm-benefit", "bcf-planning/bcf-benefits-entry", "bcf-planning/national-targets")
            .build(),
        Evidence.builder("ev-template-compliance", "commissioning-fieldnotes")
            .quote("Officials completing the Better Care Fund had to comply with the material requirements of the "
                + "template to present ICM as a savings scheme and thus reproduced expectations that it would save "
                + "money.")
            .note("The template bears on the officials as an irresistible force; its use reproduces ICM as a "
                + "cost-saving practice.")
            .locator("Findings, Producing a structure of integrated care")
            .analyst("gh")
            .supports("bcf-planning/bcf-template", "bcf-planning/icm-cost-saving")
            .build(),
        Evidence.builder("ev-icm-reproduced", "paper")
            .quote("We found that ICM was reproduced as a cost‐saving practice through its inclusion in financial "
                + "plans and the inclusion of ICM in financial plans reproduced the model of care.")
            .locator("Findings, Producing a structure of integrated care")
            .analyst("gh")
            .supports("bcf-planning/icm-cost-saving", "bcf-planning/icm-model")
            .build(),
        Evidence.builder("ev-savings-contracts", "commissioning-documents")
            .quote("Cost savings, projected from a containment of acute hospital activity by integrated care, were "
                + "incorporated into contract negotiations between commissioners and hospital trusts.")
            .locator("Findings, Producing a structure of integrated care")
            .analyst("gh")
            .supports("bcf-planning/negotiate-savings", "bcf-planning/savings-in-contracts")
            .build(),
        Evidence.builder("ev-strategy-shapes-bcf", "paper")
            .quote("The Partnership strategy therefore shaped the actions of officials as they created the Better Care "
                + "Fund and reproduced the broader policy of integrating care to improve efficiency across health and "
                + "social care.")
            .locator("Findings, Producing a structure of integrated care")
            .analyst("gh")
            .supports("bcf-planning/ic-strategy", "bcf-planning/ic-policy")
            .build());
  }

  /**
   * (c) The ICM meeting: the team takes on patients from the risk list and case-manages them; Alf stays on
   * the caseload with a monthly call, unaware of it.
   */
  private static void caseManagementMeeting(Case.Builder hughes) {
    hughes.cycle(Cycle.builder("icm-meeting", "The ICM team considers new referrals and manages its caseload")
        .site("Integrated case management meetings in the Partnership's localities")
        .follows("bcf-planning")
        .scale(MICRO)
        .agentInFocus("matron")
        .agentsInContext("gp", "social-worker", "liaison-officer")
        .positionPractice("case-manager")
        .external(
            Condition.of("icm-model").withEffect(ENABLES),
            Condition.of("icm-cost-saving").withEffect(BOTH),
            Condition.of("pooled-budget").withEffect(ENABLES),
            Condition.of("savings-in-contracts").withEffect(CONSTRAINS).withForce(IRRESISTIBLE_FORCE),
            Condition.of("risk-stratification-requirement").withEffect(ENABLES).withForce(INDEPENDENT_INFLUENCE),
            Condition.of("risk-tool").withEffect(BOTH).withForce(INDEPENDENT_INFLUENCE),
            Condition.of("caseload").withEffect(BOTH),
            Condition.of("icm-team-resources").withEffect(BOTH),
            Condition.of("rag-rating").withEffect(ENABLES),
            Condition.of("local-services").withEffect(ENABLES))
        .internal("lens-icm-team", "team-knows-caseload", "team-knows-patients-services", "matron-values")
        .agency(
            ActiveAgency.builder("review-referrals",
                    "The team goes through the new referrals produced by risk stratification (the top 1%)")
                .reflexivity(ROUTINE)
                .horizon("the next meeting")
                .drawsOn("lens-icm-team", "team-knows-caseload")
                .conditionedBy(
                    "risk-stratification-requirement", "risk-tool", "icm-model", "caseload", "icm-team-resources")
                .build(),
            ActiveAgency.builder("discuss-referrals",
                    "The team discusses each referral, shares what it knows of the patient and decides whether to take "
                    + "them on")
                .description("Patients already known and stable may be left off the caseload; patients not known to be "
                    + "stable are accepted and logged as new cases. Patients are not told they were discussed.")
                .reflexivity(STRATEGIC)
                .horizon("the caseload over the coming months")
                .concerns(
                    "whether adding the patient would benefit them",
                    "the staff available",
                    "avoiding hospital admission")
                .creativity("mediates between the model, the risk list and the team's own knowledge")
                .drawsOn("lens-icm-team", "team-knows-caseload", "team-knows-patients-services", "matron-values")
                .conditionedBy(
                    "icm-model", "icm-cost-saving", "pooled-budget", "risk-tool", "caseload", "icm-team-resources",
                    "local-services")
                .build(),
            ActiveAgency.builder("case-manage",
                    "The matron assesses accepted patients, writes care plans and follows long-standing patients with "
                    + "regular calls")
                .description("The liaison officer allocates cases, rates the caseload red, amber or green and files "
                    + "the care plans; long-standing patients such as Alf get a monthly phone call.")
                .reflexivity(ROUTINE)
                .horizon("monthly follow-up until the patient is stable")
                .concerns(
                    "optimise the patient's health and avoid hospital admission",
                    "keep within time and caseload limits")
                .drawsOn("lens-icm-team", "team-knows-caseload", "matron-values")
                .conditionedBy(
                    "icm-model", "icm-cost-saving", "pooled-budget", "savings-in-contracts", "caseload",
                    "icm-team-resources", "rag-rating")
                .build())
        .outcome(
            Outcome.of("caseload").withChange(REPRODUCED).withTerm(LONG)
                .withIntended(Intended.YES).withProducedBy("discuss-referrals", "case-manage"),
            Outcome.of("icm-model").withChange(REPRODUCED).withTerm(LONG).withIntended(Intended.YES),
            Outcome.of("alf-on-caseload").withChange(REPRODUCED).withTerm(LONG)
                .withIntended(Intended.YES).withProducedBy("case-manage"),
            Outcome.of("matron-monthly-call").withChange(REPRODUCED).withTerm(LONG)
                .withIntended(Intended.YES).withProducedBy("case-manage"),
            Outcome.of("new-assessments").withChange(EVENT).withTerm(SHORT)
                .withIntended(Intended.YES).withProducedBy("discuss-referrals", "case-manage"),
            Outcome.of("alf-unaware-icm").withChange(REPRODUCED).withTerm(LONG)
                .withIntended(Intended.NO).withProducedBy("discuss-referrals", "case-manage"))
        .build());
    hughes.evidence(
        Evidence.builder("ev-top-one-percent", "icm-observation")
            .quote("Patients in the 99th percentile for risk (known locally as the top 1%) were referred to the ICM "
                + "team.")
            .locator("Box 2, Targeting high-risk patients")
            .supports("risk-tool", "icm-meeting/risk-tool", "icm-meeting/review-referrals")
            .build(),
        Evidence.builder("ev-risk-requirement", "policy-documents")
            .quote("National policy and financial contracts required primary care doctors (GPs) to undertake ‘risk "
                + "stratification’ to target patients for interventions to reduce hospital admissions.")
            .locator("Box 2, Targeting high-risk patients")
            .supports("risk-stratification-requirement", "icm-meeting/risk-stratification-requirement")
            .build(),
        Evidence.builder("ev-accept-decision", "icm-observation")
            .quote("The team would discuss each new referral, share any prior knowledge, and, taking account of the "
                + "staffing resources available, decide whether or not to accept the patient formally onto their "
                + "caseload.")
            .locator("Box 2, Care planning")
            .supports("icm-meeting/discuss-referrals", "icm-meeting/icm-team-resources")
            .build(),
        Evidence.builder("ev-not-aware", "icm-observation")
            .quote("The patient would not be aware that they have been discussed by the team.")
            .locator("Box 2, Care planning")
            .supports("alf-unaware-icm", "icm-meeting/alf-unaware-icm")
            .build(),
        Evidence.builder("ev-performance", "commissioning-documents")
            .quote("Caseloads, care plans and admissions to hospital were linked to performance monitoring and payment "
                + "processes, which were written into healthcare provider contracts and into local, regional and "
                + "national performance ratings.")
            .locator("Box 2, Monitoring performance")
            .supports("savings-in-contracts", "icm-meeting/savings-in-contracts", "icm-meeting/rag-rating")
            .build(),
        Evidence.builder("ev-team-knowledge", "icm-observation")
            .quote("The team, in discussing patients, were further informed by their conjuncturally specific knowledge "
                + "(of the ICM caseload and team criteria).")
            .locator("Findings, Professional practices of integrated care")
            .analyst("gh")
            .supports("icm-meeting/team-knows-caseload")
            .build(),
        Evidence.builder("ev-team-orientation", "professional-interviews")
            .quote("Health and social care professionals were strongly oriented to the structures of integrated care, "
                + "but mediated their actions with recourse to other internal structures.")
            .locator("Findings, Professional practices of integrated care")
            .analyst("gh")
            .supports(
                "icm-meeting/lens-icm-team", "icm-meeting/team-knows-patients-services", "icm-meeting/matron-values")
            .build(),
        Evidence.builder("ev-icm-outcomes", "icm-observation")
            .quote("The outcomes of the meeting included a reproduction and amendment to the external structure of ICM "
                + "(with a new referral added to the caseload) and events such as new assessments and patient visits.")
            .locator("Findings, Professional practices of integrated care")
            .analyst("gh")
            .supports("icm-meeting/caseload", "icm-meeting/icm-model", "icm-meeting/new-assessments")
            .build());
  }

  /**
   * (d) Alf's daily life at home: he puts his support together from his family, delivered meals and services,
   * lives downstairs with his breathlessness and dizziness, and takes the matron's monthly call.
   */
  private static void alfsDailyLife(Case.Builder hughes) {
    hughes.cycle(Cycle.builder("alf-daily-life", "Alf manages his daily life at home")
        .site("Alf's home")
        .follows("icm-meeting")
        .scale(MICRO)
        .agentInFocus("alf")
        .agentsInContext("daughter", "grandsons", "matron")
        .positionPractice("alf-at-home")
        .external(
            Condition.of("matron-monthly-call").withEffect(ENABLES),
            Condition.of("alf-on-caseload").withEffect(ENABLES),
            Condition.of("family-help").withEffect(ENABLES),
            Condition.of("delivered-meals").withEffect(ENABLES),
            Condition.of("domiciliary-care-offer").withEffect(ENABLES),
            Condition.of("alf-outpatients").withEffect(ENABLES),
            Condition.of("local-services").withEffect(ENABLES))
        .material(
            Condition.of("downstairs-bed").withEffect(ENABLES),
            Condition.of("stairs").withEffect(CONSTRAINS).withForce(INDEPENDENT_INFLUENCE),
            Condition.of("wall-phone").withEffect(ENABLES),
            Condition.of("alf-breathlessness").withEffect(CONSTRAINS).withForce(INDEPENDENT_INFLUENCE),
            Condition.of("alf-dizziness").withEffect(CONSTRAINS).withForce(INDEPENDENT_INFLUENCE),
            Condition.of("alf-pain-stiffness").withEffect(CONSTRAINS).withForce(INDEPENDENT_INFLUENCE))
        .internal("alf-independence", "alf-bricolage", "alf-knows-network", "alf-unaware-icm", "alf-ageing-narrative")
        .agency(
            ActiveAgency.builder("daily-routine",
                    "Alf gets through the day downstairs, watching TV, pottering in the kitchen and feeding the "
                    + "pigeons")
                .reflexivity(ROUTINE)
                .horizon("the day")
                .drawsOn("alf-independence", "alf-ageing-narrative")
                .conditionedBy(
                    "downstairs-bed", "stairs", "wall-phone", "alf-breathlessness", "alf-dizziness",
                    "alf-pain-stiffness")
                .build(),
            ActiveAgency.builder("arrange-support",
                    "Alf puts together his support from what is at hand, accepting his family's help and refusing a "
                    + "paid carer")
                .reflexivity(STRATEGIC)
                .horizon("the week")
                .concerns("stay independent in his own home", "no stranger in the house")
                .creativity("crafts his own order out of the resources available")
                .drawsOn("alf-bricolage", "alf-independence", "alf-knows-network")
                .conditionedBy("family-help", "delivered-meals", "domiciliary-care-offer")
                .build(),
            ActiveAgency.builder("use-services",
                    "Alf takes the matron's monthly call and attends his outpatient and specialist appointments")
                .reflexivity(ROUTINE)
                .horizon("the next call or appointment")
                .drawsOn("alf-unaware-icm", "alf-knows-network")
                .conditionedBy("matron-monthly-call", "alf-on-caseload", "alf-outpatients", "local-services")
                .build())
        .outcome(
            Outcome.of("alf-living-at-home").withChange(REPRODUCED).withTerm(LONG).withIntended(Intended.YES))
        .build());
    hughes.evidence(
        Evidence.builder("ev-alf-caseload", "patient-fieldnotes")
            .quote("He was on the ICM caseload due to his high risk of hospital admission, his community matron "
                + "contacted him regularly, and he had annual outpatient appointments to monitor his cardiac and renal "
                + "problems.")
            .locator("Findings, Patients' experiences of integrated care (Alf vignette)")
            .speakerRole("researcher (participant observer)")
            .supports(
                "alf-on-caseload", "alf-daily-life/alf-on-caseload", "alf-daily-life/alf-outpatients",
                "icm-meeting/alf-on-caseload")
            .build(),
        Evidence.builder("ev-monthly-call", "patient-fieldnotes")
            .quote("A case manager would offer regular support; long‐standing patients (like Alf) would get a monthly "
                + "phone call.")
            .locator("Findings, Patients' experiences of integrated care")
            .analyst("gh")
            .supports("matron-monthly-call", "icm-meeting/matron-monthly-call", "alf-daily-life/matron-monthly-call")
            .build(),
        Evidence.builder("ev-limited-relevance", "patient-interviews")
            .quote("These contributions were often of limited relevance and visibility to patients, most of whom "
                + "needed daily support to manage their long‐term conditions at home.")
            .locator("Findings, Patients' experiences of integrated care")
            .analyst("gh")
            .supports("alf-daily-life/matron-monthly-call", "alf-daily-life/use-services")
            .build(),
        Evidence.builder("ev-health-issues", "patient-fieldnotes")
            .quote("He had significant health issues which caused him to experience tiredness, breathlessness, pain "
                + "and stiffness in his hands and back and ongoing dizziness.")
            .locator("Findings, Patients' experiences of integrated care (Alf vignette)")
            .speakerRole("researcher (participant observer)")
            .supports(
                "alf-daily-life/alf-breathlessness", "alf-daily-life/alf-dizziness",
                "alf-daily-life/alf-pain-stiffness")
            .build(),
        Evidence.builder("ev-downstairs", "patient-fieldnotes")
            .quote("He lived mainly downstairs, having had his bed moved into his living room after a fall on his "
                + "stairs.")
            .locator("Findings, Patients' experiences of integrated care (Alf vignette)")
            .speakerRole("researcher (participant observer)")
            .supports("alf-daily-life/downstairs-bed", "alf-daily-life/stairs", "alf-daily-life/daily-routine")
            .build(),
        Evidence.builder("ev-independent", "patient-fieldnotes")
            .quote("He was fiercely independent, rejecting the idea of a ‘stranger’ to come in and help him with "
                + "cooking, dressing or cleaning.")
            .note("'Stranger' is Alf's own word.")
            .locator("Findings, Patients' experiences of integrated care (Alf vignette)")
            .speakerRole("researcher (participant observer)")
            .supports("alf-independence", "alf-daily-life/alf-independence", "alf-daily-life/domiciliary-care-offer")
            .build(),
        Evidence.builder("ev-daughter", "patient-fieldnotes")
            .quote("His eldest daughter (who lived a short bus ride away) would check up on him most mornings – "
                + "ostensibly for a cup of coffee – and fetched his supermarket shopping.")
            .locator("Findings, Patients' experiences of integrated care (Alf vignette)")
            .speakerRole("researcher (participant observer)")
            .supports("family-help", "alf-daily-life/family-help", "family-carer")
            .build(),
        Evidence.builder("ev-bricolage", "patient-fieldnotes")
            .quote("He created his own order and logic out of the resources available, for example choosing not to "
                + "accept paid domiciliary care but accepting support from his daughter.")
            .locator("Findings, Patients' experiences of integrated care")
            .analyst("gh")
            .supports("alf-daily-life/arrange-support", "alf-daily-life/alf-bricolage")
            .build(),
        Evidence.builder("ev-ageing", "patient-interviews")
            .quote("Alf’s embodied experiences were typical of older patients we observed who narrated their "
                + "conditions as linked to the processes of ageing, with common experiences of pain, breathlessness, "
                + "fatigue and loss of balance.")
            .locator("Findings, Patients' experiences of integrated care")
            .analyst("gh")
            .supports("alf-ageing-narrative", "alf-daily-life/alf-ageing-narrative")
            .build());
  }

  /**
   * (e) The morning Alf fell: his family and integrated care were not there, he did not have his glasses on,
   * and the ambulance crew took him to hospital.
   */
  private static void alfsFall(Case.Builder hughes) {
    hughes.cycle(Cycle.builder("fall-night",
            "Early one morning Alf falls in his kitchen and is admitted to hospital as an emergency")
        .site("Alf's home")
        .follows("alf-daily-life")
        .scale(MICRO)
        .agentInFocus("alf")
        .agentsInContext("daughter", "granddaughter", "ambulance-crew", "police")
        .positionPractice("alf-at-home")
        .external(
            Condition.of("family-help").withEffect(ENABLES).unavailable(),
            Condition.of("matron-monthly-call").withEffect(ENABLES).unavailable(),
            Condition.of("alf-on-caseload").withEffect(ENABLES).unavailable(),
            Condition.of("icm-model").withEffect(ENABLES).unavailable(),
            Condition.of("emergency-999").withEffect(ENABLES).withForce(INDEPENDENT_INFLUENCE))
        .material(
            Condition.of("wall-phone").withEffect(ENABLES),
            Condition.of("glasses").withEffect(ENABLES).unavailable(),
            Condition.of("locked-door").withEffect(CONSTRAINS).withForce(INDEPENDENT_INFLUENCE),
            Condition.of("stairs").withEffect(CONSTRAINS),
            Condition.of("downstairs-bed").withEffect(BOTH),
            Condition.of("head-injury").withEffect(CONSTRAINS).withForce(INDEPENDENT_INFLUENCE),
            Condition.of("alf-dizziness").withEffect(CONSTRAINS).withForce(INDEPENDENT_INFLUENCE),
            Condition.of("alf-breathlessness").withEffect(CONSTRAINS).withForce(INDEPENDENT_INFLUENCE))
        .internal("alf-unaware-icm", "alf-independence")
        .agency(
            ActiveAgency.builder("move-in-kitchen",
                    "Alf moves about his kitchen early in the morning, unsteady on his feet")
                .reflexivity(ROUTINE)
                .drawsOn("alf-independence")
                .conditionedBy("downstairs-bed", "stairs", "alf-dizziness", "alf-breathlessness")
                .build(),
            ActiveAgency.builder("call-for-help",
                    "After lying on the floor for a while, Alf reaches the wall phone and dials 999")
                .description("Without his glasses 999 is the only number he can dial.")
                .reflexivity(STRATEGIC)
                .horizon("the next minutes")
                .concerns("getting help")
                .drawsOn("alf-unaware-icm")
                .conditionedBy(
                    "wall-phone", "glasses", "head-injury", "family-help", "matron-monthly-call", "alf-on-caseload",
                    "icm-model", "emergency-999")
                .build(),
            ActiveAgency.builder("wait-for-help",
                    "Unable to stand or reach the locked front door, Alf lies in the kitchen until help gets in")
                .reflexivity(ROUTINE)
                .drawsOn("alf-independence")
                .conditionedBy("locked-door", "head-injury", "alf-dizziness", "family-help")
                .build())
        .outcome(
            Outcome.of("alf-fall").withChange(EVENT).withTerm(SHORT)
                .withIntended(Intended.NO).withProducedBy("move-in-kitchen"),
            Outcome.of("emergency-call").withChange(EVENT).withTerm(SHORT)
                .withIntended(Intended.YES).withProducedBy("call-for-help"),
            Outcome.of("emergency-admission").withChange(EVENT).withTerm(SHORT)
                .withIntended(Intended.UNKNOWN).withProducedBy("call-for-help", "wait-for-help"),
            Outcome.of("alf-living-at-home").withChange(ERODED).withTerm(SHORT).withIntended(Intended.NO))
        .build());
    hughes.evidence(
        Evidence.builder("ev-fall", "patient-fieldnotes")
            .quote("Alf fell early one morning in the kitchen at the back of his house, hitting his head which bled "
                + "profusely.")
            .locator("Findings, Patients' experiences of integrated care (Alf vignette)")
            .speakerRole("researcher (participant observer)")
            .supports("fall-night/alf-fall", "fall-night/head-injury")
            .build(),
        Evidence.builder("ev-wall-phone", "patient-fieldnotes")
            .quote("After lying on the floor for a while, he reached the phone fixed to the kitchen wall.")
            .locator("Findings, Patients' experiences of integrated care (Alf vignette)")
            .speakerRole("researcher (participant observer)")
            .supports("fall-night/wall-phone", "fall-night/call-for-help")
            .build(),
        Evidence.builder("ev-glasses", "patient-fieldnotes")
            .quote("Without his glasses on, he was only able to dial 999.")
            .locator("Findings, Patients' experiences of integrated care (Alf vignette)")
            .speakerRole("researcher (participant observer)")
            .supports("fall-night/glasses", "fall-night/emergency-999", "fall-night/emergency-call")
            .build(),
        Evidence.builder("ev-locked-door", "patient-fieldnotes")
            .quote("On arrival, the ambulance crew found the front door locked, Alf still lying in the kitchen.")
            .locator("Findings, Patients' experiences of integrated care (Alf vignette)")
            .speakerRole("researcher (participant observer)")
            .supports("fall-night/locked-door", "fall-night/wait-for-help")
            .build(),
        Evidence.builder("ev-daughter-unwell", "patient-fieldnotes")
            .quote("she’d been sent by Alf’s daughter who was unwell")
            .note("The daughter who usually checks on Alf could not come; the granddaughter arrived later with a spare "
                + "key.")
            .locator("Findings, Patients' experiences of integrated care (Alf vignette)")
            .speakerRole("researcher (participant observer)")
            .supports("fall-night/family-help", "fall-night/granddaughter")
            .build(),
        Evidence.builder("ev-admission", "patient-fieldnotes")
            .quote("The ambulance crew followed their protocol to take Alf to hospital where he was assessed and "
                + "admitted as an emergency.")
            .locator("Findings, Patients' experiences of integrated care (Alf vignette)")
            .speakerRole("researcher (participant observer)")
            .supports("fall-night/emergency-admission", "fall-night/ambulance-crew")
            .build(),
        Evidence.builder("ev-not-available", "paper")
            .quote("External structures of family and integrated care were neither available to Alf as he fell, nor "
                + "could they compensate for his injury and reduced material circumstances.")
            .locator("Findings, Patients' experiences of integrated care")
            .analyst("gh")
            .supports(
                "fall-night/family-help", "fall-night/matron-monthly-call", "fall-night/alf-on-caseload",
                "fall-night/icm-model", "fall-night/head-injury")
            .build(),
        Evidence.builder("ev-fragility", "paper")
            .quote("Alf’s fall exposed the fragility and interdependence of his social, material and physical "
                + "position–practice at home.")
            .locator("Findings, Patients' experiences of integrated care")
            .analyst("gh")
            .supports(
                "fall-night/alf-at-home", "fall-night/alf-living-at-home", "fall-night/stairs",
                "fall-night/downstairs-bed")
            .build());
  }

  /** Evidence for claims that span the field of practices. */
  private static void acrossTheField(Case.Builder hughes) {
    hughes.evidence(
        Evidence.builder("ev-lens", "paper")
            .quote("The lens of integrated care was used across the field of practices, in strategy development, "
                + "financial planning and ICM meetings, but was not available to patients.")
            .locator("Discussion")
            .analyst("gh")
            .supports("lens-partnership", "lens-officials", "lens-icm-team", "alf-unaware-icm")
            .build(),
        Evidence.builder("ev-material-resources", "paper")
            .quote("Material and embodied resources need to be available at the point of intersection between "
                + "structure and agency for material, embodied outcomes to be affected by the dynamics of "
                + "structuration.")
            .locator("Discussion")
            .analyst("gh")
            .supports("fall-night/glasses", "fall-night/wall-phone")
            .build());
  }
}
