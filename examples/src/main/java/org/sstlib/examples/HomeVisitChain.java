package org.sstlib.examples;

import static org.sstlib.core.AgentType.COLLECTIVE;
import static org.sstlib.core.AgentType.INDIVIDUAL;
import static org.sstlib.core.Change.CHANGED;
import static org.sstlib.core.Change.CREATED;
import static org.sstlib.core.Change.EVENT;
import static org.sstlib.core.Change.REPRODUCED;
import static org.sstlib.core.Effect.CONSTRAINS;
import static org.sstlib.core.Effect.ENABLES;
import static org.sstlib.core.Force.INDEPENDENT_INFLUENCE;
import static org.sstlib.core.InternalKind.CONJUNCTURALLY_SPECIFIC;
import static org.sstlib.core.InternalKind.GENERAL_DISPOSITIONAL;
import static org.sstlib.core.Scale.MACRO;
import static org.sstlib.core.Scale.MESO;
import static org.sstlib.core.Scale.MICRO;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Agent;
import org.sstlib.core.Analyst;
import org.sstlib.core.Case;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Event;
import org.sstlib.core.Evidence;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.Intended;
import org.sstlib.core.Outcome;
import org.sstlib.core.PositionPractice;
import org.sstlib.core.Reflexivity;
import org.sstlib.core.Source;
import org.sstlib.core.SourceType;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.core.chain.ChainPath;
import org.sstlib.core.chain.ShortestPaths;

/**
 * Builds a small case with the Java API and follows its chain of structuration. The case is illustrative, not from
 * a paper: a district nurse's visit to Mrs B, who lives alone (the README's five-minute tour writes the same visit
 * as a case file), between the commissioners' contract round before it and Mrs B's week at home after it.
 *
 * <p>What to notice:
 *
 * <ul>
 *   <li>{@link Case#builder}: elements refer to each other by id, and {@code build()} checks every reference and
 *       role, throwing {@link org.sstlib.core.InvalidCaseException} with every problem at once;
 *   <li>a structure is one element whatever role it plays: the visit slots are an <em>outcome</em> of the contract
 *       round and an <em>external structure</em> of the visit, and that is what joins the cycles into one chain;
 *   <li>{@link ChainGraph#paths(String, String)} lists the simple paths from the policy to Mrs B's
 *       position-practice, shortest first; Mrs B's routine reproduces the care plan that conditions it, a loop,
 *       and every traversal still ends;
 *   <li>{@link ChainGraph#shortestPathsFrom(String)} searches once from the policy, then gives the shortest path
 *       to anything it reached: use it rather than one {@code paths} call per target;
 *   <li>evidence says what kind of text it is ({@link EvidenceKind}): the nurse's words in an interview are
 *       {@link EvidenceKind#PARTICIPANT participant} evidence, quoted verbatim from the transcript (the source's
 *       text); that the slots are an independent influence she resists at a cost (she stays past her slot), not an
 *       irresistible force, is the analysts' reading, an {@link EvidenceKind#ANALYST analyst} note that quotes
 *       nothing, made by the case's analysts.
 * </ul>
 *
 * <pre>{@code
 * ChainGraph chain = ChainGraph.of(HomeVisitChain.build());
 * chain.paths(HomeVisitChain.POLICY, HomeVisitChain.MRS_B_AT_HOME).forEach(System.out::println);
 * }</pre>
 */
public final class HomeVisitChain {
  /** The national policy the chain starts from. */
  public static final String POLICY = "home-first-policy";
  /** Mrs B's position-practice at home, where the chain ends. */
  public static final String MRS_B_AT_HOME = "mrs-b-at-home";

  private HomeVisitChain() {}

  /** The case: three cycles, from the contract round (meso) through the visit to Mrs B's week (micro). */
  public static Case build() {
    return Case.builder("home-visits", "District nursing visits to older people living alone (illustrative)")
        .analyst(new Analyst("sst-examples", "sst examples (the library's example modellers)"))
        .source(new Source("int-07", SourceType.INTERVIEW, Optional.of("professional practice"),
            Optional.of("Interview with the district nurse"), Optional.of("2024-03-12"))
            .withText("transcripts/int-07.txt"))
        .agent(Agent.builder("commissioners", "Community services commissioners", COLLECTIVE).scale(MESO).build(),
            Agent.builder("nursing-team", "Community nursing team", COLLECTIVE).scale(MESO).build(),
            Agent.builder("nurse", "District nurse", INDIVIDUAL).scale(MICRO).memberOf("nursing-team").build(),
            Agent.builder("mrs-b", "Mrs B, a patient living alone", INDIVIDUAL).scale(MICRO).build())
        .positionPractice(PositionPractice.builder("district-nurse", "District nurse").occupiedBy("nurse")
                .relation(MRS_B_AT_HOME, "visits").build(),
            PositionPractice.builder(MRS_B_AT_HOME, "Mrs B living alone at home").occupiedBy("mrs-b").build())
        .structure(Structure.builder(POLICY, "National policy: care at home first", StructureForm.POLICY)
                .scale(MACRO).build(),
            Structure.builder("visit-slots", "Fifteen-minute visit slots in the provider's contract",
                StructureForm.CONTRACT_OR_TARGET).scale(MESO).build(),
            Structure.builder("care-plan", "Mrs B's care plan", StructureForm.ARTEFACT).scale(MICRO).build(),
            Structure.builder("key-safe", "Key safe by the front door", StructureForm.MATERIAL_RESOURCE)
                .of("mrs-b").build(),
            // Internal structures belong to an agent and are situated knowledge or a general disposition, with no
            // form: forms classify rules and resources.
            Structure.builder("contacts-per-hour", "Counting community care in contacts per hour")
                .internalTo("commissioners", GENERAL_DISPOSITIONAL).build(),
            Structure.builder("knows-mrs-b", "The nurse's knowledge of Mrs B's routines and worries")
                .internalTo("nurse", CONJUNCTURALLY_SPECIFIC).about("mrs-b").build(),
            Structure.builder("care-ethic", "A professional ethic of seeing the whole person")
                .internalTo("nurse", GENERAL_DISPOSITIONAL).build(),
            Structure.builder("wants-to-stay", "Mrs B wants to stay in her own home")
                .internalTo("mrs-b", GENERAL_DISPOSITIONAL).build())
        .event(Event.builder("referral", "Referral to the falls service").build())
        .cycle(Cycle.builder("contract-round", "The commissioners' contract round").site("Commissioning office")
                .time("2024-01").scale(MESO).agentInFocus("commissioners")
                .external(Condition.of(POLICY).withEffect(ENABLES))
                .internal("contacts-per-hour")
                .agency(ActiveAgency.builder("set-slots", "Buys home visits in fifteen-minute slots").build())
                .outcome(Outcome.of("visit-slots").withChange(CREATED).withIntended(Intended.YES))
                .build(),
            Cycle.builder("home-visit", "A morning visit to Mrs B").site("Mrs B's home").time("2024-03-12")
                .follows("contract-round").scale(MICRO).agentInFocus("nurse").agentsInContext("mrs-b")
                .positionPractice("district-nurse")
                .external(Condition.of("visit-slots").withEffect(CONSTRAINS).withForce(INDEPENDENT_INFLUENCE))
                .material("key-safe")
                .internal("knows-mrs-b", "care-ethic")
                .agency(ActiveAgency.builder("stay-longer", "Stays past the slot to talk through a recent stumble")
                    .reflexivity(Reflexivity.STRATEGIC).concerns("Mrs B's safety", "the next patient waiting")
                    .build())
                .outcome(Outcome.of("referral").withChange(EVENT).withIntended(Intended.YES),
                    Outcome.of("care-plan").withChange(CHANGED))
                .build(),
            Cycle.builder("week-at-home", "Mrs B's week after the visit").site("Mrs B's home")
                .time("2024-03-13/2024-03-19").follows("home-visit").scale(MICRO).agentInFocus("mrs-b")
                .positionPractice(MRS_B_AT_HOME)
                .external(Condition.of("care-plan").withEffect(ENABLES), Condition.of("referral"))
                .internal("wants-to-stay")
                .agency(ActiveAgency.builder("keep-routine", "Keeps to the routine of the new care plan")
                    .reflexivity(Reflexivity.ROUTINE).build())
                .outcome(Outcome.of("care-plan").withChange(REPRODUCED))
                .build())
        // What the nurse said, verbatim: a participant's words (line 4 of the tour's transcript).
        .evidence(Evidence.builder("ev-slots", "int-07").kind(EvidenceKind.PARTICIPANT)
                .quote("Fifteen minutes is what the contract gives you, whatever you find.")
                .speakerRole("district nurse").locator("L4")
                .supports("home-visit/visit-slots")
                .build(),
            // What she did not say: the force is the analysts' reading of her words, a note with no quote.
            Evidence.builder("ev-slots-force", "int-07").kind(EvidenceKind.ANALYST)
                .note("The slots constrain the visit, but the nurse stays when someone has fallen and the next"
                    + " patient waits: we read them as an independent influence she resists at a cost, not an"
                    + " irresistible force.")
                .locator("L4-L5")
                .supports("home-visit/visit-slots")
                .build())
        .build();
  }

  /** Prints the paths from {@link #POLICY} to {@link #MRS_B_AT_HOME}, then what one search from the policy reaches. */
  public static void print(Case study, PrintStream out) {
    ChainGraph chain = ChainGraph.of(study);
    List<ChainPath> paths = chain.paths(POLICY, MRS_B_AT_HOME);
    out.println("Paths from " + POLICY + " to " + MRS_B_AT_HOME + ", shortest first:");
    for (int i = 0; i < paths.size(); i++) {
      out.println("  " + (i + 1) + ". " + paths.get(i));
    }
    ShortestPaths fromPolicy = chain.shortestPathsFrom(POLICY);
    out.println("One search from " + POLICY + " reaches " + fromPolicy.reached().size() + " elements, nearer first:");
    for (String id : fromPolicy.reached()) {
      out.println("  " + fromPolicy.length(id) + "  " + id);
    }
    out.println("The shortest path to the nurse's position-practice: " + fromPolicy.path("district-nurse"));
  }

  /** Builds the case and prints its chain; exits with 1 if the output could not be written. */
  public static void main(String... args) {
    print(build(), System.out);
    // PrintStream never throws: a closed pipe or a full disk shows only here.
    if (System.out.checkError()) {
      System.exit(1);
    }
  }
}
