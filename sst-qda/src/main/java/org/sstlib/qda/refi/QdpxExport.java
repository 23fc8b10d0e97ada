package org.sstlib.qda.refi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.sstlib.core.Analyst;
import org.sstlib.core.Case;
import org.sstlib.core.Element;
import org.sstlib.core.Evidence;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.Source;
import org.sstlib.core.quotes.Anchor;
import org.sstlib.qda.refi.ExportedProject.Code;
import org.sstlib.qda.refi.ExportedProject.Note;
import org.sstlib.qda.refi.ExportedProject.Selection;
import org.sstlib.qda.refi.ExportedProject.TextSource;
import org.sstlib.qda.refi.ExportedProject.User;

/**
 * A case's evidence as a REFI-QDA project ({@code .qdpx}), so that a researcher can open the quotes in their
 * qualitative data analysis tool and see each one coded with what it supports, and a map file that brings the
 * project back into the case with {@code sst import qdpx}.
 *
 * <pre>{@code
 * QdpxExport.Result r = QdpxExport.of(study, report.anchors(), source -> Optional.empty(), "sst 0.1.0");
 * Files.write(Path.of("study.qdpx"), r.qdpx());
 * Files.writeString(Path.of("study.map.yaml"), r.map());
 * }</pre>
 *
 * <p>What goes where:
 *
 * <ul>
 *   <li>each source with quoted evidence becomes a text source; its text is the source's own text where it is at
 *       hand and every quote was found in it (the selections are where the quotes were found), else a text made of
 *       the quotes the case records from it, each under a line with its evidence id and locator, said so in the
 *       text and the source's description;
 *   <li>each evidence item with a quote becomes a selection named by its id, coded with a code for each element or
 *       role it supports and one for its kind; its note becomes a note the selection refers to; its analyst
 *       (its {@code by}) is the coding's user;
 *   <li>the codes stand under headings: one per kind of element ({@code Structures}, {@code Cycles}, ...), one for
 *       roles in cycles (a heading per cycle), and one for the kinds of evidence; each code's description names the
 *       element it stands for;
 *   <li>the case's analysts are the project's users, by name.
 * </ul>
 *
 * <p>An evidence item without a quote (an analyst's or the authors' note) has no passage to select and is not
 * exported; {@link Result#withoutQuote()} counts them. The map file says how every code, source and user comes
 * back ({@code evidenceIds: names}, {@code kindCodes}, {@code sourceIds}, {@code analysts}), so importing the
 * project into the case adds nothing, and into the case without its evidence gives the same evidence: the same
 * ids, sources, quotes, supports, kinds, analysts and notes; the locator becomes the passage's characters in the
 * exported text, and a speaker role is not carried.
 *
 * <p>Deterministic: GUIDs are made from the case's ids, no date is written, and the archive's entries are sorted
 * and dated alike, so the same case gives the same bytes. Stateless and thread-safe.
 */
public final class QdpxExport {
  /** The heading of the codes for roles in cycles. */
  static final String ROLES = "Roles in cycles";
  /** The heading of the codes for the kinds of evidence. */
  static final String KINDS = "Evidence kinds";

  /**
   * What an export gives.
   *
   * @param qdpx the bytes of the {@code .qdpx} file
   * @param map the map file (YAML) to import it back with
   * @param selections how many evidence items became selections
   * @param withoutQuote how many evidence items have no quote and were not exported
   * @param fullTexts the ids of the sources exported with their own text
   * @param quoteTexts the ids of the sources exported as the quotes the case records from them
   */
  public record Result(byte[] qdpx, String map, int selections, int withoutQuote, ImmutableList<String> fullTexts,
      ImmutableList<String> quoteTexts) {
    /** Checks the fields. */
    public Result {
      checkNotNull(qdpx, "qdpx");
      checkNotNull(map, "map");
      fullTexts = ImmutableList.copyOf(fullTexts);
      quoteTexts = ImmutableList.copyOf(quoteTexts);
    }
  }

  private QdpxExport() {}

  /**
   * Exports a case's quoted evidence.
   *
   * @param study the case
   * @param anchors where its quotes were found in their sources' texts (from a quote check); may be empty
   * @param textOf the text of a source, where it is at hand (as the anchors were found in it)
   * @param origin what made the project, written as its {@code origin}
   */
  public static Result of(Case study, List<Anchor> anchors, Function<Source, Optional<String>> textOf,
      String origin) {
    checkNotNull(study, "study");
    checkNotNull(anchors, "anchors");
    checkNotNull(textOf, "textOf");
    checkNotNull(origin, "origin");
    return new Run(study, anchors, textOf).run(origin);
  }

  /** One export. Not thread-safe. */
  private static final class Run {
    private final Case study;
    private final Map<String, Anchor> anchorOf = new HashMap<>();
    private final Function<Source, Optional<String>> textOf;
    private final Map<String, String> userOfAnalyst = new LinkedHashMap<>();
    private final List<User> users = new ArrayList<>();
    private final ExportMap map = new ExportMap();
    /** The GUID of the code for each target and each kind of evidence. */
    private final Map<String, String> codeOf = new HashMap<>();

    Run(Case study, List<Anchor> anchors, Function<Source, Optional<String>> textOf) {
      this.study = study;
      this.textOf = textOf;
      anchors.forEach(a -> anchorOf.put(a.evidenceId(), a));
    }

    Result run(String origin) {
      List<Evidence> quoted = study.evidence().stream().filter(e -> e.quote().isPresent()).toList();
      int withoutQuote = study.evidence().size() - quoted.size();
      users();
      List<Code> codes = codes(quoted);
      Map<String, List<Evidence>> bySource = new LinkedHashMap<>();
      study.sources().forEach(s -> bySource.put(s.id(), new ArrayList<>()));
      quoted.forEach(e -> bySource.get(e.source()).add(e));
      List<TextSource> sources = new ArrayList<>();
      List<Note> notes = new ArrayList<>();
      List<String> fullTexts = new ArrayList<>();
      List<String> quoteTexts = new ArrayList<>();
      for (Source s : study.sources()) {
        List<Evidence> items = bySource.get(s.id());
        if (items.isEmpty()) {
          continue;
        }
        // A source is named by its id, short and unique; its title goes in its description.
        String name = s.id();
        map.source(name, s);
        Optional<String> text = textOf.apply(s).filter(t -> items.stream().allMatch(e -> anchored(e, s)));
        TextSource source = text.isPresent() ? ownText(s, name, text.get(), items, notes)
            : quotesText(s, name, items, notes);
        (text.isPresent() ? fullTexts : quoteTexts).add(s.id());
        sources.add(source);
      }
      ExportedProject project = new ExportedProject(oneLine(study.title()), origin, users, codes, sources, notes);
      return new Result(QdpxWriter.write(project), map.yaml(study), quoted.size(), withoutQuote,
          ImmutableList.copyOf(fullTexts),
          ImmutableList.copyOf(quoteTexts));
    }

    private boolean anchored(Evidence e, Source s) {
      Anchor a = anchorOf.get(e.id());
      return a != null && a.sourceId().equals(s.id());
    }

    private void users() {
      Set<String> names = new HashSet<>();
      for (Analyst a : study.analysts()) {
        String guid = Guids.of("user", study.id() + "/" + a.id());
        String name = unique(oneLine(a.name()), a.id(), names);
        users.add(new User(guid, name));
        userOfAnalyst.put(a.id(), guid);
        map.analyst(name, a.id());
      }
    }

    // ------------------------------------------------------------------------------------------------- codes

    private List<Code> codes(List<Evidence> quoted) {
      Set<String> targets = new LinkedHashSet<>();
      Set<EvidenceKind> kinds = new LinkedHashSet<>();
      for (Evidence e : quoted) {
        targets.addAll(e.supports());
        e.kind().ifPresent(kinds::add);
      }
      Map<String, List<String>> elementsByHeading = new TreeMap<>();
      Map<String, List<String>> rolesByCycle = new LinkedHashMap<>();
      for (String t : targets) {
        int slash = t.indexOf('/');
        if (slash < 0) {
          elementsByHeading.computeIfAbsent(heading(study.element(t).orElseThrow()), k -> new ArrayList<>()).add(t);
        } else {
          rolesByCycle.computeIfAbsent(t.substring(0, slash), k -> new ArrayList<>()).add(t);
        }
      }
      List<Code> roots = new ArrayList<>();
      elementsByHeading.forEach((heading, ids) -> {
        Set<String> names = new HashSet<>();
        List<Code> children = new ArrayList<>();
        for (String id : ids) {
          Element e = study.element(id).orElseThrow();
          children.add(targetCode(id, List.of(heading), unique(oneLine(e.label()), id, names),
              "Passages coded with this code are evidence for the " + e.typeName() + " '" + id + "' of the case '"
                  + study.id() + "'."));
        }
        roots.add(heading(heading, "The elements of the case '" + study.id() + "' that are " + heading.toLowerCase(
            Locale.ROOT) + "; a code under it stands for one of them.", children));
      });
      if (!rolesByCycle.isEmpty()) {
        Set<String> cycleNames = new HashSet<>();
        List<Code> cycles = new ArrayList<>();
        rolesByCycle.forEach((cycleId, roles) -> {
          String cycleName = unique(oneLine(study.element(cycleId).orElseThrow().label()), cycleId, cycleNames);
          Set<String> names = new HashSet<>();
          List<Code> children = new ArrayList<>();
          for (String t : roles) {
            String id = t.substring(t.indexOf('/') + 1);
            children.add(targetCode(t, List.of(ROLES, cycleName), unique(oneLine(study.element(id).orElseThrow()
                .label()), id, names), "Passages coded with this code are evidence for the role '" + id
                    + "' plays in the cycle '" + cycleId + "' of the case '" + study.id() + "'."));
          }
          cycles.add(new Code(Guids.of("cycle-heading", study.id() + "/" + cycleId), cycleName, false,
              "The roles in the cycle '" + cycleId + "' that evidence supports.", sorted(children)));
        });
        roots.add(heading(ROLES, "Roles that elements play in one cycle of the case '" + study.id() + "'.", cycles));
      }
      if (!kinds.isEmpty()) {
        List<Code> children = new ArrayList<>();
        for (EvidenceKind k : kinds) {
          String guid = Guids.of("kind", study.id() + "/" + k.code());
          children.add(new Code(guid, k.code(), true, kindDescription(k), List.of()));
          codeOf.put("kind:" + k.code(), guid);
          map.kindCode(List.of(KINDS, k.code()), guid, k);
        }
        roots.add(heading(KINDS, "What each passage is, as the case says: one of these codes on each.", children));
      }
      return roots;
    }

    private Code targetCode(String target, List<String> parents, String name, String description) {
      String guid = Guids.of("code", study.id() + "/" + target);
      codeOf.put(target, guid);
      List<String> path = new ArrayList<>(parents);
      path.add(name);
      map.code(path, guid, target);
      return new Code(guid, name, true, description, List.of());
    }

    private Code heading(String name, String description, List<Code> children) {
      return new Code(Guids.of("heading", study.id() + "/" + name), name, false, description, sorted(children));
    }

    private static List<Code> sorted(List<Code> codes) {
      return codes.stream().sorted(Comparator.comparing((Code c) -> c.name().toLowerCase(Locale.ROOT))
          .thenComparing(Code::name)).toList();
    }

    private static String heading(Element e) {
      return switch (e.typeName()) {
        case "agent" -> "Agents";
        case "position-practice" -> "Position-practices";
        case "structure" -> "Structures";
        case "event" -> "Events";
        case "cycle" -> "Cycles";
        case "agency" -> "Active agency";
        default -> "Other elements";
      };
    }

    private static String kindDescription(EvidenceKind k) {
      return switch (k) {
        case PARTICIPANT -> "A participant's own words, as recorded or published.";
        case FIELDNOTE -> "The researcher's record of an observation.";
        case DOCUMENT -> "A text from the field: a policy, a strategy, a template, a letter.";
        case COMPOSITE -> "A narrative merged from several observations or people, not one observation.";
        case AUTHOR -> "The published study's own analytic claim, description or paraphrase.";
        case ANALYST -> "The classifying analyst's own note or inference.";
      };
    }

    // ----------------------------------------------------------------------------------------------- sources

    private TextSource ownText(Source s, String name, String text, List<Evidence> items, List<Note> notes) {
      List<Selection> selections = new ArrayList<>();
      for (Evidence e : items) {
        Anchor a = anchorOf.get(e.id());
        selections.add(selection(e, a.start(), a.end(), notes));
      }
      return new TextSource(Guids.of("source", study.id() + "/" + s.id()), name, "The text of the source '"
          + s.id() + "'" + s.title().map(t -> " (" + oneLine(t) + ")").orElse("") + " of the case '" + study.id()
          + "'; each selection is one evidence item's quote.", text, selections);
    }

    private TextSource quotesText(Source s, String name, List<Evidence> items, List<Note> notes) {
      StringBuilder text = new StringBuilder();
      String what = "the quotes that the case '" + study.id() + "' records from the source '" + s.id() + "'"
          + s.title().map(t -> " (" + oneLine(t) + ")").orElse("");
      text.append("These are ").append(what).append(", not the source's own text. Each passage is one evidence"
          + " item's quote, after a line with its id and, where the case gives one, its locator.\n\n");
      List<Selection> selections = new ArrayList<>();
      for (Evidence e : items) {
        text.append('[').append(e.id()).append(e.locator().map(l -> ", " + oneLine(l)).orElse("")).append("]\n");
        int start = text.codePointCount(0, text.length());
        String quote = e.quote().orElseThrow();
        text.append(quote).append("\n\n");
        selections.add(selection(e, start, start + quote.codePointCount(0, quote.length()), notes));
      }
      return new TextSource(Guids.of("source", study.id() + "/" + s.id()), name, "Not the source's text: "
          + what + ", each selection one evidence item's quote.", text.toString(), selections);
    }

    private Selection selection(Evidence e, int start, int end, List<Note> notes) {
      Optional<String> user = e.by().map(userOfAnalyst::get);
      List<String> codes = new ArrayList<>();
      e.supports().stream().distinct().forEach(t -> codes.add(codeOf.get(t)));
      e.kind().ifPresent(k -> codes.add(codeOf.get("kind:" + k.code())));
      Optional<String> note = Optional.empty();
      if (e.note().isPresent()) {
        String guid = Guids.of("note", study.id() + "/" + e.id());
        notes.add(new Note(guid, "Note on " + e.id(), user, e.note().get()));
        note = Optional.of(guid);
      }
      return new Selection(Guids.of("selection", study.id() + "/" + e.id()), e.id(), start, end, user, codes, note);
    }

    /** A name not yet among {@code names}: the name, or the name with the id. */
    private static String unique(String name, String id, Set<String> names) {
      String n = name.isBlank() ? id : name;
      if (!names.add(n)) {
        n = n + " (" + id + ")";
        names.add(n);
      }
      return n;
    }

    private static String oneLine(String s) {
      return s.replaceAll("\\s+", " ").strip();
    }
  }
}
