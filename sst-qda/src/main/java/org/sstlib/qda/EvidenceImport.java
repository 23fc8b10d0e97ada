package org.sstlib.qda;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sstlib.core.Analyst;
import org.sstlib.core.Case;
import org.sstlib.core.Cycle;
import org.sstlib.core.Evidence;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.Problem;
import org.sstlib.core.Source;
import org.sstlib.core.SourceType;
import org.sstlib.core.internal.DidYouMean;
import org.sstlib.core.internal.Ids;

/**
 * Turns what a qualitative data analysis tool exported ({@link QdaData}) into a case's sources and evidence, as an
 * {@link ImportMap} says: each coded segment with a code the map names becomes an evidence item that supports what the
 * map says, from a source made from the segment's source, by the analyst its coder becomes.
 *
 * <pre>{@code
 * ImportMap map = ImportMap.read(Path.of("map.yaml"));
 * QdaData data = CsvSegments.read(Path.of("segments.csv"), map);
 * EvidenceImport.Result r = EvidenceImport.into(CaseFiles.read(Path.of("case.yaml")), data, map);
 * r.report().lines().forEach(System.out::println);
 * }</pre>
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>nothing the case has is changed: sources, analysts and evidence are only added, and an item whose id the case
 *       already has is left as it is (so importing the same data twice adds nothing the second time);
 *   <li>ids are made from names and keys, the same every time: a source's from its name ({@code Interview 3.txt} is
 *       {@code interview-3}, or what {@code sourceIds:} says), an evidence item's from its source and a digest of
 *       the segment's key ({@code ev-interview-3-5f1c2a9b03de}), an analyst's from the coder's name (or what
 *       {@code analysts:} says); no GUID of the tool appears in an id;
 *   <li>a segment's quote is kept exactly; a picture, audio or video selection (no quote) becomes {@code analyst}
 *       evidence with a note naming what was coded where, since participant, field-note and document evidence must
 *       quote their words;
 *   <li>the kind of a quote is its source's: a participant's words for an interview, a field note for field notes
 *       and observations, a document for a document or a policy, the authors' claim for a publication, or what
 *       {@code kinds:} says; a source of type {@code other} needs {@code kinds:};
 *   <li>memos become the evidence's note;
 *   <li>the result is checked as any case is; a mapped element the case does not define is a problem at its map key.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class EvidenceImport {

  /**
   * What an import gives: the case with the sources, analysts and evidence added, the report, and the sources' plain
   * texts to keep beside the case file.
   *
   * @param study the case, valid
   * @param report what was done with each segment
   * @param texts each source text's name (as the source's {@code text} says, relative to the case file's folder)
   *     with its content
   */
  public record Result(Case study, ImportReport report, ImmutableMap<String, String> texts) {
    /** Checks the fields. */
    public Result {
      checkNotNull(study, "study");
      checkNotNull(report, "report");
      texts = ImmutableMap.copyOf(texts);
    }
  }

  private EvidenceImport() {}

  /**
   * Adds the data's sources and evidence to a case.
   *
   * @throws QdaFileException if the result would not be a valid case, with every problem (a mapped element the case
   *     does not define is located at its key in the map file)
   */
  public static Result into(Case study, QdaData data, ImportMap map) {
    checkNotNull(study, "study");
    checkNotNull(data, "data");
    checkNotNull(map, "map");
    return new Run(study, map).run(data);
  }

  /**
   * Makes a new case of the data's sources and evidence: for an element to be supported, the case must define it,
   * so a new case suits a map that maps nothing yet, or is a start to write the elements into.
   *
   * @throws QdaFileException as {@link #into} does
   */
  public static Result newCase(String id, String title, QdaData data, ImportMap map) {
    return into(Case.builder(id, title).build(), data, map);
  }

  /** One import. Not thread-safe. */
  private static final class Run {
    private final Case study;
    private final ImportMap map;
    private final List<Problem> problems = new ArrayList<>();
    /** Every id the case has, with what it names. */
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, Source> sourcesByName = new LinkedHashMap<>();
    private final Map<String, String> analystByCoder = new HashMap<>();
    private final List<Source> newSources = new ArrayList<>();
    private final List<Analyst> newAnalysts = new ArrayList<>();
    private final Map<String, String> texts = new LinkedHashMap<>();
    /** The ids of the evidence added so far. */
    private final Set<String> newIds = new HashSet<>();

    Run(Case study, ImportMap map) {
      this.study = study;
      this.map = map;
      study.elements().forEach((id, e) -> ids.put(id, e.typeName()));
      study.sources().forEach(s -> ids.put(s.id(), "source"));
      study.evidence().forEach(e -> ids.put(e.id(), "evidence"));
      study.analysts().forEach(a -> ids.put(a.id(), "analyst"));
      study.codebooks().forEach(c -> ids.put(c.id(), "codebook"));
    }

    Result run(QdaData data) {
      checkTargets();
      for (SourceDocument d : data.sources()) {
        source(d.name(), d.plainText());
      }
      List<Evidence> added = new ArrayList<>();
      Map<String, Integer> unmappedCodes = new TreeMap<>();
      int withoutQuote = 0;
      int alreadyThere = 0;
      int ignored = 0;
      int unmapped = 0;
      int uncoded = 0;
      for (CodedSegment s : data.segments()) {
        Set<String> supports = new TreeSet<>();
        Set<EvidenceKind> kindsCoded = new TreeSet<>();
        boolean anyUnmapped = false;
        for (int i = 0; i < s.codes().size(); i++) {
          String code = s.codes().get(i);
          Optional<String> guid = s.codeGuids().isEmpty() ? Optional.empty() : Optional.of(s.codeGuids().get(i));
          Optional<ImmutableList<String>> target = map.target(code, guid);
          Optional<EvidenceKind> kindCode = map.kindCode(code, guid);
          if (target.isPresent()) {
            supports.addAll(target.get());
          } else if (kindCode.isPresent()) {
            kindsCoded.add(kindCode.get());
          } else if (!map.ignores(code)) {
            anyUnmapped = true;
            unmappedCodes.merge(code, 1, Integer::sum);
          }
        }
        if (s.codes().isEmpty()) {
          uncoded++;
          continue;
        }
        // A kind code says what the passage is: it is evidence even where it supports nothing yet (an author's
        // definition that a note of the analysts cites, say).
        if (supports.isEmpty() && kindsCoded.isEmpty()) {
          if (anyUnmapped) {
            unmapped++;
          } else {
            ignored++;
          }
          continue;
        }
        Source source = source(s.source(), Optional.empty());
        if (kindsCoded.size() > 1) {
          problems.add(Problem.at(map.file(), 0, 0, "kindCodes", "a passage of '" + s.source() + "' ("
              + s.locator() + ") is coded as " + kindsCoded.size() + " kinds of evidence ("
              + kindsCoded.stream().map(EvidenceKind::code).collect(java.util.stream.Collectors.joining(", "))
              + "), and an evidence item is one: code it with one of the kindCodes"));
          continue;
        }
        String id = idOf(source, s);
        String taken = ids.get(id);
        if (newIds.contains(id) || "evidence".equals(taken)) {
          alreadyThere++;
          continue;
        }
        if (taken != null) {
          problems.add(Problem.at(map.file(), 0, 0, "", "the evidence id '" + id + "' made for a segment of '"
              + s.source() + "' is already the id of " + taken + " '" + id + "' in the case: rename that " + taken));
          continue;
        }
        Evidence e = evidence(id, source, s, supports, kindsCoded.stream().findFirst());
        if (e.quote().isEmpty()) {
          withoutQuote++;
        }
        newIds.add(id);
        added.add(e);
      }
      if (!problems.isEmpty()) {
        throw new QdaFileException(map.file(), problems);
      }
      Case.Builder b = Case.builder(study);
      newAnalysts.forEach(b::analyst);
      newSources.forEach(b::source);
      added.forEach(b::evidence);
      ImmutableList<Problem> invalid = b.problems();
      if (!invalid.isEmpty()) {
        throw new QdaFileException(map.file() + ": the case with the imported evidence", invalid);
      }
      ImportReport report = new ImportReport(data.segments().size(), added.size(), withoutQuote, alreadyThere,
          ignored, unmapped, uncoded, ImmutableSortedMap.copyOf(unmappedCodes),
          newSources.stream().map(Source::id).collect(ImmutableList.toImmutableList()),
          newAnalysts.stream().map(Analyst::id).collect(ImmutableList.toImmutableList()),
          ImmutableList.copyOf(texts.keySet()));
      return new Result(b.build(), report, ImmutableMap.copyOf(texts));
    }

    /**
     * The evidence id of a segment: its name where the map says to use names and the name is an id free for
     * evidence (no element, source, analyst or codebook of the case has it, nor another passage of the import),
     * else one made from its source and key.
     */
    private String idOf(Source source, CodedSegment s) {
      if (map.evidenceIds() == ImportMap.EvidenceIds.NAMES && s.name().isPresent()) {
        String name = s.name().get();
        String taken = ids.get(name);
        // A name another passage of this import took is not used twice: that passage keeps it.
        if (Ids.isId(name) && !newIds.contains(name) && (taken == null || taken.equals("evidence"))) {
          return name;
        }
      }
      return "ev-" + source.id() + "-" + Slugs.digest(s.key());
    }

    /** Every target of the map names an element of the case, or a cycle and an element. */
    private void checkTargets() {
      for (Map.Entry<String, ImmutableList<String>> e : map.codes().entrySet()) {
        ImportMap.Location at = map.codeLocations().getOrDefault(e.getKey(), new ImportMap.Location(0, 0));
        String path = "codes." + e.getKey();
        for (String target : e.getValue()) {
          int slash = target.indexOf('/');
          if (slash < 0) {
            if (study.element(target).isEmpty()) {
              problems.add(Problem.at(map.file(), at.line(), at.column(), path, "code '" + e.getKey()
                  + "' is mapped to '" + target + "', which the case does not define" + hint(target)
                  + ": define the element in the case, or map the code to one it has"));
            }
          } else {
            String cycle = target.substring(0, slash);
            String element = target.substring(slash + 1);
            Optional<Cycle> c = study.element(cycle, Cycle.class);
            if (c.isEmpty()) {
              problems.add(Problem.at(map.file(), at.line(), at.column(), path, "code '" + e.getKey()
                  + "' is mapped to a role in cycle '" + cycle + "', which the case does not define as a cycle"
                  + DidYouMean.hint(cycle, study.cycles().stream().map(Cycle::id).toList())));
            }
            if (study.element(element).isEmpty()) {
              problems.add(Problem.at(map.file(), at.line(), at.column(), path, "code '" + e.getKey()
                  + "' is mapped to '" + target + "', but the case does not define '" + element + "'"
                  + hint(element)));
            } else if (c.isPresent() && c.get().roleIds().noneMatch(element::equals)) {
              problems.add(Problem.at(map.file(), at.line(), at.column(), path, "code '" + e.getKey()
                  + "' is mapped to '" + target + "', but '" + element + "' plays no role in cycle '" + cycle + "'"
                  + DidYouMean.hint(element, c.get().roleIds().toList()) + ": map it to the element alone ('"
                  + element + "'), or to a role the cycle has"));
            }
          }
        }
      }
    }

    private String hint(String id) {
      return DidYouMean.hint(id, study.elements().keySet());
    }

    /** The case's source for a name: one it has, or one added now. */
    private Source source(String name, Optional<String> plainText) {
      Source known = sourcesByName.get(name);
      if (known != null) {
        return known;
      }
      String id = map.sourceIds().getOrDefault(name, Slugs.ofSourceName(name));
      Optional<Source> existing = study.sources().stream().filter(s -> s.id().equals(id)).findFirst();
      Source source;
      if (existing.isPresent()) {
        source = existing.get();
      } else {
        String taken = ids.get(id);
        if (taken != null) {
          problems.add(Problem.at(map.file(), 0, 0, "sourceIds", "source '" + name + "' would get the id '" + id
              + "', which is already " + (taken.equals("source") ? "the id of another source of the import"
                  : "the id of " + taken + " '" + id + "' in the case") + ": give it another in sourceIds:"));
        }
        SourceType type = map.sourceTypes().getOrDefault(name, map.defaultSourceType());
        source = new Source(id, type, Optional.empty(), Optional.of(name), Optional.empty());
        if (plainText.isPresent()) {
          String text = map.texts() + "/" + id + ".txt";
          source = source.withText(text);
          texts.put(text, plainText.get());
        }
        ids.put(id, "source");
        newSources.add(source);
      }
      sourcesByName.put(name, source);
      return source;
    }

    private Evidence evidence(String id, Source source, CodedSegment s, Set<String> supports,
        Optional<EvidenceKind> coded) {
      Evidence.Builder e = Evidence.builder(id, source.id());
      EvidenceKind kind = coded.orElseGet(() -> kindOf(source, s.source()));
      List<String> note = new ArrayList<>();
      Optional<String> quote = s.quote().filter(q -> !q.isBlank());
      if (quote.isPresent()) {
        e.quote(quote.get());
      } else {
        note.add((s.kind() == CodedSegment.Kind.AUDIO ? "An " : "A ") + what(s.kind()) + " selection of '" + s.source() + "'" + (s.locator().isBlank() ? ""
            : " (" + s.locator() + ")") + ", coded " + String.join(", ", s.codes()) + ": "
            + (s.kind() == CodedSegment.Kind.TEXT || s.kind() == CodedSegment.Kind.PDF
                ? "no text was exported with it" : "no quote, as it is not text") + "; see the source.");
        if (kind.quotesTheField()) {
          // Participant, field-note and document evidence must give the words; what stands here is the analyst's
          // coding of the passage.
          kind = EvidenceKind.ANALYST;
        }
      }
      note.addAll(s.memos());
      if (!note.isEmpty()) {
        e.note(String.join("\n\n", note));
      }
      if (!s.locator().isBlank()) {
        e.locator(s.locator());
      }
      s.coder().filter(c -> !c.isBlank()).map(this::analyst).ifPresent(e::by);
      e.kind(kind);
      e.supports(supports.toArray(String[]::new));
      return e.build();
    }

    private static String what(CodedSegment.Kind kind) {
      return switch (kind) {
        case TEXT -> "text";
        case PDF -> "PDF";
        case PICTURE -> "picture";
        case AUDIO -> "audio";
        case VIDEO -> "video";
      };
    }

    private EvidenceKind kindOf(Source source, String name) {
      EvidenceKind kind = map.kinds().get(name);
      if (kind != null) {
        return kind;
      }
      return switch (source.type()) {
        case INTERVIEW -> EvidenceKind.PARTICIPANT;
        case FIELDNOTES, OBSERVATION -> EvidenceKind.FIELDNOTE;
        case DOCUMENT, POLICY -> EvidenceKind.DOCUMENT;
        case PUBLICATION -> EvidenceKind.AUTHOR;
        case OTHER -> {
          if (problems.stream().noneMatch(p -> p.path().equals("kinds") && p.message().contains("'" + name + "'"))) {
            problems.add(Problem.at(map.file(), 0, 0, "kinds", "source '" + name + "' is of type other, so what its"
                + " passages are cannot be told: say in kinds: whether they are participant, fieldnote, document,"
                + " composite, author or analyst evidence"));
          }
          yield EvidenceKind.ANALYST;
        }
      };
    }

    /** The analyst id of a coder: the map's, an analyst of the case of that name, or one added now. */
    private String analyst(String coder) {
      String known = analystByCoder.get(coder);
      if (known != null) {
        return known;
      }
      String id = map.analysts().get(coder);
      if (id == null) {
        id = study.analysts().stream().filter(a -> a.name().equals(coder)).map(Analyst::id).findFirst()
            .orElse(Slugs.of(coder, "coder"));
      }
      String finalId = id;
      boolean inCase = study.analysts().stream().anyMatch(a -> a.id().equals(finalId));
      if (!inCase) {
        String taken = ids.get(id);
        if (taken != null) {
          problems.add(Problem.at(map.file(), 0, 0, "analysts", "coder '" + coder + "' would become analyst '" + id
              + "', which is already the id of " + taken + " '" + id + "': say in analysts: which analyst id the "
              + "coder is"));
        } else {
          newAnalysts.add(new Analyst(id, coder));
          ids.put(id, "analyst");
        }
      }
      analystByCoder.put(coder, id);
      return id;
    }
  }
}
