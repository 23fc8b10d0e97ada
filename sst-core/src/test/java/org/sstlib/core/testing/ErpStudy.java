package org.sstlib.core.testing;

import java.util.Optional;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Agent;
import org.sstlib.core.AgentType;
import org.sstlib.core.Analyst;
import org.sstlib.core.Case;
import org.sstlib.core.Change;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Effect;
import org.sstlib.core.Event;
import org.sstlib.core.Evidence;
import org.sstlib.core.Force;
import org.sstlib.core.Intended;
import org.sstlib.core.InternalKind;
import org.sstlib.core.Outcome;
import org.sstlib.core.PositionPractice;
import org.sstlib.core.Reflexivity;
import org.sstlib.core.Scale;
import org.sstlib.core.Source;
import org.sstlib.core.SourceType;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;
import org.sstlib.core.Term;

/**
 * A case from another field entirely, built with the Java API so that nothing in the queries can be tuned to health
 * care: a Strong Structuration study in management accounting of an ERP system in a manufacturing group (an
 * illustrative case in the manner of the ERP studies of the accounting literature; the organisations and the quotes
 * are invented).
 *
 * <p>Head office mandates one group ERP system (macro) and configures it with standard reporting templates; the
 * subsidiary's finance team builds the plant's annual budget in it (meso); at the month-end close the management
 * accountant (the agent-in-focus) reconciles the ledgers and writes the variance commentary in the template's
 * layout (micro). What the queries should find:
 *
 * <ul>
 *   <li>chain: {@code group-erp-mandate -conditions-> configure-erp -creates-> reporting-templates -conditions->
 *       explain-variances -enactedIn-> management-accountant-post}, and a second path of four steps through
 *       {@code reconcile-ledgers};
 *   <li>feedback: the variance work reproduces the reporting templates that conditioned it ({@code
 *       reporting-templates}, month-end-close), and the reconciliation reproduces the accountant's shadow
 *       spreadsheet ({@code shadow-spreadsheet}, month-end-close);
 *   <li>unavailable: the ERP's forecasting module, not yet live at the close;
 *   <li>unrealised: the controller and the accountant meant the close to end in a review of the variances with
 *       the plant manager as a business partner; the accounts were submitted to head office instead;
 *   <li>interpretations: four agents hold internal structures about the ERP (head office's "one version of the
 *       truth", the controller's "business partner" hopes, the plant manager's "head office's numbers", the
 *       accountant's knowledge of the ledgers), and two about the business-partner discourse (the controller, and
 *       the accountant's identity between "business partner" and "bean counter");
 *   <li>material conditions: the accountant's two-screen workstation and the tiredness of close week.
 * </ul>
 */
public final class ErpStudy {

  public static final String ID = "erp-accounting";
  public static final String BASE = "https://example.org/sst/erp-accounting/";

  // The ids the tests ask about.
  public static final String MANDATE = "group-erp-mandate";
  public static final String ERP = "erp-system";
  public static final String TEMPLATES = "reporting-templates";
  public static final String FORECASTING = "forecasting-module";
  public static final String SHADOW = "shadow-spreadsheet";
  public static final String BUSINESS_PARTNER = "business-partner-discourse";
  public static final String ACCOUNTANT_POST = "management-accountant-post";
  public static final String ROLLOUT = "erp-rollout";
  public static final String BUDGETING = "annual-budgeting";
  public static final String CLOSE = "month-end-close";
  public static final String CONFIGURE = "configure-erp";
  public static final String EXPLAIN = "explain-variances";
  public static final String RECONCILE = "reconcile-ledgers";
  public static final String PARTNER_REVIEW = "partner-review";

  private ErpStudy() {}

  /** The case, built with the builders of {@code sst-core}. */
  public static Case build() {
    return Case.builder(ID, "ERP reporting templates and the management accountant's month-end close: a "
            + "structuration study (illustrative)")
        .base(BASE)
        .analyst(new Analyst("fa", "Field analyst (illustrative case)"))
        .source(
            new Source("finance-interviews", SourceType.INTERVIEW, Optional.of("finance practice"),
                Optional.of("Interviews with the subsidiary's finance staff (9 interviews)"), Optional.of("2023")),
            new Source("close-observation", SourceType.OBSERVATION, Optional.of("finance practice"),
                Optional.of("Observation of three month-end closes"), Optional.of("2023-04/2023-06")),
            new Source("operations-interviews", SourceType.INTERVIEW, Optional.of("operations"),
                Optional.of("Interviews with plant managers (4 interviews)"), Optional.of("2023")),
            new Source("group-documents", SourceType.DOCUMENT, Optional.of("head office"),
                Optional.of("ERP programme board papers, close timetable and budget guidance letters"),
                Optional.of("2021/2023")))
        .agent(
            Agent.builder("group-finance", "Group finance at head office", AgentType.COLLECTIVE)
                .scale(Scale.MACRO).build(),
            Agent.builder("erp-consultants", "ERP implementation consultants", AgentType.COLLECTIVE)
                .scale(Scale.MESO).build(),
            Agent.builder("subsidiary", "Northfield Components, a manufacturing subsidiary of the group",
                AgentType.COLLECTIVE).scale(Scale.MESO).build(),
            Agent.builder("finance-team", "The subsidiary's finance team", AgentType.COLLECTIVE)
                .scale(Scale.MESO).memberOf("subsidiary").build(),
            Agent.builder("financial-controller", "Financial controller", AgentType.INDIVIDUAL)
                .scale(Scale.MESO).memberOf("finance-team").build(),
            Agent.builder("management-accountant", "Management accountant for the plant", AgentType.INDIVIDUAL)
                .scale(Scale.MICRO).memberOf("finance-team").build(),
            Agent.builder("plant-manager", "Plant manager", AgentType.INDIVIDUAL)
                .scale(Scale.MICRO).memberOf("subsidiary").build())
        .positionPractice(
            PositionPractice.builder("group-reporting-lead", "Group financial reporting and systems")
                .scale(Scale.MACRO)
                .occupiedBy("group-finance")
                .practices("setting the group chart of accounts", "owning the ERP's reporting configuration")
                .relation("subsidiary-finance-function", "sets the reporting standards for")
                .build(),
            PositionPractice.builder("subsidiary-finance-function", "The subsidiary's finance function")
                .scale(Scale.MESO)
                .occupiedBy("finance-team")
                .practices("budgeting", "month-end close", "statutory accounts")
                .obligations("deliver management accounts to head office by working day 3")
                .relation(ACCOUNTANT_POST, "allocates the plant's accounts to")
                .build(),
            PositionPractice.builder(ACCOUNTANT_POST, "Management accountant for the plant")
                .scale(Scale.MICRO)
                .occupiedBy("management-accountant")
                .practices("reconciling the plant's ledgers", "writing the variance commentary",
                    "sitting in on production meetings")
                .prerogatives("deciding which variances are worth explaining")
                .obligations("post accruals and journals before the ledger closes",
                    "explain every variance over the group threshold")
                .relation("plant-manager-post", "reports variances to")
                .build(),
            PositionPractice.builder("plant-manager-post", "Plant manager")
                .scale(Scale.MICRO)
                .occupiedBy("plant-manager")
                .relation(ACCOUNTANT_POST, "is held to account by the figures of")
                .build())
        .structure(
            // macro
            Structure.builder(MANDATE, "Head office mandate: every subsidiary on the group ERP system, with one "
                    + "chart of accounts", StructureForm.POLICY)
                .scale(Scale.MACRO).build(),
            Structure.builder("ifrs-reporting", "IFRS and statutory audit requirements for group consolidation",
                    StructureForm.LEGISLATION)
                .scale(Scale.MACRO).build(),
            Structure.builder(BUSINESS_PARTNER, "The profession's discourse of the management accountant as a "
                    + "'business partner'", StructureForm.OTHER)
                .scale(Scale.MACRO).build(),
            // meso
            Structure.builder(ERP, "The group ERP system (general ledger, cost centres, consolidation)",
                    StructureForm.TECHNOLOGY)
                .scale(Scale.MESO).build(),
            Structure.builder(TEMPLATES, "The ERP's month-end reporting templates", StructureForm.TECHNOLOGY)
                .description("Inscribed by head office: a fixed variance layout, the cost-centre hierarchy and the "
                    + "drill-downs a report may offer.")
                .scale(Scale.MESO).build(),
            Structure.builder("chart-of-accounts", "Group chart of accounts and cost-centre hierarchy",
                    StructureForm.ARTEFACT)
                .scale(Scale.MESO).build(),
            Structure.builder("close-timetable", "Group close timetable: management accounts by working day 3",
                    StructureForm.CONTRACT_OR_TARGET)
                .scale(Scale.MESO).build(),
            Structure.builder("budget-guidance", "Group budget guidance letter (growth and cost targets)",
                    StructureForm.POLICY)
                .scale(Scale.MESO).build(),
            Structure.builder("annual-budget", "The plant's annual budget, loaded into the ERP by cost centre",
                    StructureForm.FUNDING)
                .scale(Scale.MESO).build(),
            Structure.builder(FORECASTING, "The ERP's rolling-forecast module (planned, not yet live)",
                    StructureForm.TECHNOLOGY)
                .scale(Scale.MESO).build(),
            // micro
            Structure.builder(SHADOW, "The accountant's own reconciliation spreadsheet, kept beside the ERP",
                    StructureForm.ARTEFACT)
                .scale(Scale.MICRO).build(),
            Structure.builder("variance-report", "The plant's monthly variance report", StructureForm.ARTEFACT)
                .scale(Scale.MICRO).build(),
            // material and embodied
            Structure.builder("dual-screen-workstation", "Two-screen workstation: the ERP on one screen, the "
                    + "spreadsheet on the other", StructureForm.MATERIAL_RESOURCE)
                .scale(Scale.MICRO).of("management-accountant").build(),
            Structure.builder("close-week-fatigue", "Tiredness of close week, after long days to working day 3",
                    StructureForm.EMBODIED_CAPACITY)
                .scale(Scale.MICRO).of("management-accountant").build(),
            // internal structures: different agents' meanings of the ERP and of business partnering
            Structure.builder("group-control-view", "Head office's view of the ERP as one version of the truth, "
                    + "for control from the centre", StructureForm.OTHER)
                .scale(Scale.MACRO).internalTo("group-finance", InternalKind.GENERAL_DISPOSITIONAL)
                .about(ERP, TEMPLATES).build(),
            Structure.builder("controller-partner-view", "The controller's hope that the ERP frees accountants "
                    + "from number-crunching to act as business partners", StructureForm.OTHER)
                .scale(Scale.MESO).internalTo("financial-controller", InternalKind.GENERAL_DISPOSITIONAL)
                .about(ERP, BUSINESS_PARTNER).build(),
            Structure.builder("plant-manager-erp-view", "The plant manager's view of ERP reports as head office's "
                    + "numbers, not the plant's", StructureForm.OTHER)
                .scale(Scale.MICRO).internalTo("plant-manager", InternalKind.GENERAL_DISPOSITIONAL)
                .about(ERP, "variance-report").build(),
            Structure.builder("team-budget-knowledge", "The finance team's knowledge of last year's budget and of "
                    + "the plant's cost drivers", StructureForm.OTHER)
                .scale(Scale.MESO).internalTo("finance-team", InternalKind.CONJUNCTURALLY_SPECIFIC)
                .about("chart-of-accounts").build(),
            Structure.builder("ledger-knowledge", "The accountant's knowledge of the plant's ledgers: which codes "
                    + "get miscoded and how the ERP maps them", StructureForm.OTHER)
                .scale(Scale.MICRO).internalTo("management-accountant", InternalKind.CONJUNCTURALLY_SPECIFIC)
                .about(ERP).build(),
            Structure.builder("accountant-identity", "Professional identity: a 'bean counter' trained to guard the "
                    + "numbers, now asked to be a 'business partner'", StructureForm.OTHER)
                .scale(Scale.MICRO).internalTo("management-accountant", InternalKind.GENERAL_DISPOSITIONAL)
                .about(BUSINESS_PARTNER).build())
        .event(
            Event.builder("erp-go-live", "ERP go-live at the subsidiary").scale(Scale.MESO).build(),
            Event.builder("accounts-submitted", "Management accounts submitted to head office on working day 3")
                .scale(Scale.MICRO).build(),
            Event.builder(PARTNER_REVIEW, "The plant manager reviews the variances with the accountant as a "
                + "business partner").scale(Scale.MICRO).build())
        .cycle(rollout(), budgeting(), close())
        .evidence(
            Evidence.builder("ev-mandate", "finance-interviews")
                .quote("Head office told us the ERP was not optional: every site on one system by January.")
                .speakerRole("financial controller").locator("Interview 2, 00:04:10").by("fa")
                .supports(MANDATE, ROLLOUT + "/" + MANDATE).build(),
            Evidence.builder("ev-templates", "finance-interviews")
                .quote("The variance layout is hard-wired; you can't add a line for scrap without a change "
                    + "request to group.")
                .speakerRole("management accountant").locator("Interview 5, 00:17:45").by("fa")
                .supports(TEMPLATES, CLOSE + "/" + TEMPLATES).build(),
            Evidence.builder("ev-forecast", "close-observation")
                .quote("The forecasting module is \"phase two\", so the reforecast still lives in my spreadsheet.")
                .speakerRole("management accountant").locator("Close 2, day 2").by("fa")
                .supports(FORECASTING, CLOSE + "/" + FORECASTING, CLOSE + "/" + SHADOW).build(),
            Evidence.builder("ev-identity", "finance-interviews")
                .quote("I trained to get the numbers right; now I'm told to be a business partner and sit in "
                    + "production meetings.")
                .speakerRole("management accountant").locator("Interview 5, 00:31:02").by("fa")
                .supports("accountant-identity", CLOSE + "/accountant-identity").build(),
            Evidence.builder("ev-plant-manager", "operations-interviews")
                .quote("Those ERP reports are head office's numbers, not mine.")
                .speakerRole("plant manager").locator("Interview 1, 00:09:30").by("fa")
                .supports("plant-manager-erp-view").build(),
            Evidence.builder("ev-variance-loop", "close-observation")
                .note("Each month's report is written in the template's own layout, and its circulation makes that "
                    + "layout the way the plant talks about cost: the template is reproduced by its use.")
                .locator("Close 3, day 3").by("fa")
                .supports(CLOSE + "/" + TEMPLATES, CLOSE + "/variance-report", CLOSE + "/" + EXPLAIN).build(),
            Evidence.builder("ev-fatigue", "close-observation")
                .quote("By day three I'm checking the same reconciliation twice.")
                .speakerRole("management accountant").locator("Close 1, day 3").by("fa")
                .supports(CLOSE + "/close-week-fatigue").build(),
            Evidence.builder("ev-shadow", "finance-interviews")
                .quote("Everyone keeps a shadow spreadsheet; the ERP is where numbers go, the spreadsheet is where we "
                    + "work them out.")
                .speakerRole("management accountant").locator("Interview 6, 00:12:20").by("fa")
                .supports(SHADOW, CLOSE + "/" + SHADOW, CLOSE + "/" + RECONCILE).build())
        .build();
  }

  /** Head office configures the mandated ERP (macro). */
  private static Cycle rollout() {
    return Cycle.builder(ROLLOUT, "Head office rolls out the group ERP system")
        .scale(Scale.MACRO)
        .site("Group head office, ERP programme")
        .time("2022-01/2022-12")
        .agentInFocus("group-finance")
        .agentsInContext("erp-consultants")
        .positionPractice("group-reporting-lead")
        .external(
            Condition.of(MANDATE).withEffect(Effect.ENABLES).withForce(Force.IRRESISTIBLE_FORCE),
            Condition.of("ifrs-reporting").withEffect(Effect.CONSTRAINS).withForce(Force.INDEPENDENT_INFLUENCE))
        .internal("group-control-view")
        .agency(ActiveAgency.builder(CONFIGURE, "Configure the ERP with the group chart of accounts and standard "
                + "reporting templates")
            .reflexivity(Reflexivity.STRATEGIC)
            .horizon("the first group consolidation on the new system")
            .concerns("one version of the truth", "audit trail", "go-live on time")
            .drawsOn("group-control-view")
            .conditionedBy(MANDATE, "ifrs-reporting")
            .build())
        .outcome(
            Outcome.of(ERP).withChange(Change.CREATED).withTerm(Term.LONG).withIntended(Intended.YES),
            Outcome.of(TEMPLATES).withChange(Change.CREATED).withTerm(Term.LONG).withIntended(Intended.YES),
            Outcome.of("chart-of-accounts").withChange(Change.CHANGED).withTerm(Term.LONG)
                .withIntended(Intended.YES),
            Outcome.of("erp-go-live").withChange(Change.EVENT).withTerm(Term.SHORT).withIntended(Intended.YES))
        .build();
  }

  /** The finance team's budgeting cycle (meso). */
  private static Cycle budgeting() {
    return Cycle.builder(BUDGETING, "The finance team builds the plant's annual budget in the ERP")
        .scale(Scale.MESO)
        .site("Subsidiary finance office")
        .time("2023-01/2023-03")
        .follows(ROLLOUT)
        .agentInFocus("finance-team")
        .agentsInContext("plant-manager")
        .positionPractice("subsidiary-finance-function")
        .external(
            Condition.of("budget-guidance").withEffect(Effect.CONSTRAINS).withForce(Force.IRRESISTIBLE_FORCE),
            Condition.of(ERP).withEffect(Effect.ENABLES),
            Condition.of(TEMPLATES).withEffect(Effect.CONSTRAINS).withForce(Force.INDEPENDENT_INFLUENCE),
            Condition.of("plant-manager-erp-view").withEffect(Effect.CONSTRAINS))
        .internal("team-budget-knowledge")
        .agency(
            ActiveAgency.builder("load-budget", "Load the budget into the ERP's cost-centre grid")
                .reflexivity(Reflexivity.ROUTINE)
                .drawsOn("team-budget-knowledge")
                .conditionedBy(ERP, TEMPLATES, "budget-guidance")
                .build(),
            ActiveAgency.builder("negotiate-targets", "Negotiate cost targets with the plant manager")
                .reflexivity(Reflexivity.STRATEGIC)
                .concerns("meet the group's cost target", "keep the plant manager on side")
                .drawsOn("team-budget-knowledge")
                .conditionedBy("budget-guidance", "plant-manager-erp-view")
                .build())
        .outcome(Outcome.of("annual-budget").withChange(Change.CREATED).withTerm(Term.LONG)
            .withIntended(Intended.YES).withProducedBy("load-budget", "negotiate-targets"))
        .build();
  }

  /** The month-end close, with the management accountant in focus (micro). */
  private static Cycle close() {
    return Cycle.builder(CLOSE, "The management accountant closes the month and explains the plant's variances")
        .scale(Scale.MICRO)
        .site("Plant finance office, close week")
        .time("2023-06")
        .follows(BUDGETING)
        .agentInFocus("management-accountant")
        .agentsInContext("financial-controller", "plant-manager")
        .positionPractice(ACCOUNTANT_POST)
        .external(
            Condition.of(TEMPLATES).withEffect(Effect.CONSTRAINS).withForce(Force.IRRESISTIBLE_FORCE),
            Condition.of("annual-budget").withEffect(Effect.ENABLES).withForce(Force.INDEPENDENT_INFLUENCE),
            Condition.of("close-timetable").withEffect(Effect.CONSTRAINS).withForce(Force.IRRESISTIBLE_FORCE),
            Condition.of(FORECASTING).withEffect(Effect.ENABLES).unavailable(),
            Condition.of(SHADOW).withEffect(Effect.ENABLES),
            Condition.of("controller-partner-view").withEffect(Effect.BOTH),
            Condition.of("plant-manager-erp-view").withEffect(Effect.CONSTRAINS))
        .material(
            Condition.of("dual-screen-workstation").withEffect(Effect.ENABLES),
            Condition.of("close-week-fatigue").withEffect(Effect.CONSTRAINS))
        .internal("ledger-knowledge", "accountant-identity")
        .agency(
            ActiveAgency.builder(RECONCILE, "Reconcile the plant's ledgers to the ERP trial balance")
                .reflexivity(Reflexivity.ROUTINE)
                .drawsOn("ledger-knowledge")
                .conditionedBy(TEMPLATES, "close-timetable", SHADOW, "dual-screen-workstation",
                    "close-week-fatigue")
                .build(),
            ActiveAgency.builder(EXPLAIN, "Write the variance commentary in the template's layout")
                .reflexivity(Reflexivity.STRATEGIC)
                .horizon("the plant manager's review on working day 4")
                .concerns("meet the close deadline", "be useful to the plant, not just correct")
                .creativity("adds a page on scrap that the template has no line for")
                .drawsOn("ledger-knowledge", "accountant-identity")
                .conditionedBy(TEMPLATES, "annual-budget", FORECASTING, "controller-partner-view",
                    "plant-manager-erp-view")
                .build())
        .outcome(
            Outcome.of("variance-report").withChange(Change.CREATED).withTerm(Term.SHORT)
                .withIntended(Intended.YES).withProducedBy(RECONCILE, EXPLAIN),
            Outcome.of(TEMPLATES).withChange(Change.REPRODUCED).withTerm(Term.LONG).withIntended(Intended.NO)
                .withProducedBy(EXPLAIN),
            Outcome.of(SHADOW).withChange(Change.REPRODUCED).withTerm(Term.LONG).withProducedBy(RECONCILE),
            Outcome.of("accounts-submitted").withChange(Change.EVENT).withTerm(Term.SHORT)
                .withIntended(Intended.YES),
            Outcome.of(PARTNER_REVIEW).withChange(Change.EVENT).withIntended(Intended.YES).unrealised()
                .withIntendedBy("financial-controller", "management-accountant").withInstead("accounts-submitted"))
        .build();
  }
}
