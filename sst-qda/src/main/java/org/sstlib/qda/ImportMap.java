package org.sstlib.qda;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.Problem;
import org.sstlib.core.SourceType;
import org.sstlib.core.TextNames;
import org.sstlib.core.TextRule;
import org.sstlib.core.internal.DidYouMean;
import org.sstlib.core.internal.Ids;
import org.sstlib.core.internal.StrictUtf8;

/**
 * The map file: which code of a qualitative data analysis project supports which element or which role in a cycle,
 * which codes are left out, and what each source is. Read from YAML, every problem located by line, column and key.
 *
 * <pre>{@code
 * codes:                                  # a code's name path (names joined by "/") or its GUID
 *   "Access/Own doctor": patient-access-view                   # -> an element id
 *   "Conditions/Eyesight": patient-writes/patient-eyesight     # -> a role in a cycle (cycle/element)
 * ignore: ["Admin"]                       # code paths (and their children) to leave out
 * sourceTypes: {"Interview 3.txt": interview}                  # default: interview (defaultSourceType)
 * kinds: {"Ward notes.txt": fieldnote}    # the evidence kind of a source's passages; default from its type
 * texts: transcripts                      # the folder beside the case file for the sources' plain texts
 * kindCodes: {"Kinds/Field note": fieldnote}   # a passage coded with it is that kind of evidence
 * evidenceIds: names                      # evidence ids from the passages' names (default: digests)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param file the map file's name as given, for messages
 * @param codes each code path or GUID with what it supports: element ids, or {@code cycle/element}
 * @param codeLocations where each key of {@code codes} is written
 * @param ignore the code paths left out, with the codes under them
 * @param sourceTypes the type of each source, by its name in the project
 * @param defaultSourceType the type of a source {@code sourceTypes} does not name
 * @param kinds the evidence kind of each source's passages, by its name, where the type's default does not fit
 * @param sourceIds the id each source gets in the case, by its name, where the one made from its name does not fit
 * @param analysts the analyst id each coder becomes, by the coder's name
 * @param texts the folder (relative to the case file's) where the sources' plain texts are written
 * @param columns for a spreadsheet, the column (or columns, for a locator) of each part of a coded segment
 * @param preset the spreadsheet layout of a tool, if named
 * @param codeSeparator what separates a parent code's name from its child's in a spreadsheet's code column
 * @param kindCodes codes (name paths or GUIDs) that say what kind of evidence a passage coded with them is, over
 *     what its source's type or {@code kinds} says
 * @param evidenceIds how evidence ids are made: from a digest of each passage's key, or from its name
 */
public record ImportMap(String file, ImmutableMap<String, ImmutableList<String>> codes,
    ImmutableMap<String, Location> codeLocations, ImmutableList<String> ignore,
    ImmutableMap<String, SourceType> sourceTypes, SourceType defaultSourceType,
    ImmutableMap<String, EvidenceKind> kinds, ImmutableMap<String, String> sourceIds,
    ImmutableMap<String, String> analysts, String texts, ImmutableMap<Column, ImmutableList<String>> columns,
    Optional<Preset> preset, String codeSeparator, ImmutableMap<String, EvidenceKind> kindCodes,
    EvidenceIds evidenceIds) {

  /** The largest map file read: 3 MiB (the YAML parser reads at most 3 Mi characters). */
  public static final int MAX_BYTES = 3 * 1024 * 1024;

  /** Where a key is written in the map file. */
  public record Location(int line, int column) {}

  /** A part of a coded segment that a spreadsheet column holds. */
  public enum Column {
    /** The source's name. */
    SOURCE("source"),
    /** The selected text. */
    QUOTE("quote"),
    /** Where the passage is (one or several columns, joined). */
    LOCATOR("locator"),
    /** The code's name path. */
    CODE("code"),
    /** Who coded it. */
    CODER("coder"),
    /** A memo or comment on the passage. */
    MEMO("memo"),
    /** The tool's own id of the passage, if it gives one: what identifies it across exports. */
    ID("id");

    private final String key;

    Column(String key) {
      this.key = key;
    }

    /** The key of {@code columns:} that names it. */
    public String key() {
      return key;
    }
  }

  /** A tool's spreadsheet layout, so that {@code columns:} need not be written. */
  public enum Preset {
    /**
     * Taguette's highlights export ("Export this view" of all tags, as CSV): the columns {@code id},
     * {@code document}, {@code tag} and {@code content}, one row for each tag of a highlight; a newer Taguette adds
     * {@code tag_parent}, {@code tag_full_path} and {@code tag_description}, and then the full path is the code.
     */
    TAGUETTE("taguette");

    private final String key;

    Preset(String key) {
      this.key = key;
    }

    /** The word for it in the map file. */
    public String key() {
      return key;
    }
  }

  /** How the evidence ids of an import are made. */
  public enum EvidenceIds {
    /**
     * From the source's id and a digest of the passage's key ({@code ev-interview-3-5f1c2a9b03de}): stable, and
     * no GUID of the tool in it. The default.
     */
    DIGESTS("digests"),
    /**
     * From the passage's own name in the tool, where it is an id ({@code ev-12}); else as {@link #DIGESTS}. What
     * a project exported by {@code sst export -f qdpx} needs to come back with the ids it went out with.
     */
    NAMES("names");

    private final String key;

    EvidenceIds(String key) {
      this.key = key;
    }

    /** The word for it in the map file. */
    public String key() {
      return key;
    }
  }

  /** The default folder of the sources' plain texts. */
  public static final String DEFAULT_TEXTS = "texts";

  private static final List<String> KEYS = List.of("codes", "ignore", "sourceTypes", "defaultSourceType", "kinds",
      "sourceIds", "analysts", "texts", "columns", "preset", "codeSeparator", "kindCodes", "evidenceIds");

  /** Copies the collections and checks the fields. */
  public ImportMap {
    checkNotNull(file, "file");
    codes = ImmutableMap.copyOf(codes);
    codeLocations = ImmutableMap.copyOf(codeLocations);
    ignore = ImmutableList.copyOf(ignore);
    sourceTypes = ImmutableMap.copyOf(sourceTypes);
    checkNotNull(defaultSourceType, "defaultSourceType");
    kinds = ImmutableMap.copyOf(kinds);
    sourceIds = ImmutableMap.copyOf(sourceIds);
    analysts = ImmutableMap.copyOf(analysts);
    checkNotNull(texts, "texts");
    columns = ImmutableMap.copyOf(columns);
    checkNotNull(preset, "preset");
    checkNotNull(codeSeparator, "codeSeparator");
    kindCodes = ImmutableMap.copyOf(kindCodes);
    checkNotNull(evidenceIds, "evidenceIds");
  }

  /**
   * Reads a map file (UTF-8 YAML, a byte-order mark allowed).
   *
   * @throws QdaFileException if it cannot be read or is not a valid map, with every problem found
   */
  public static ImportMap read(Path file) {
    checkNotNull(file, "file");
    String name = file.toString();
    byte[] bytes = BoundedFiles.read(file, MAX_BYTES, "the map file");
    String text = StrictUtf8.decode(bytes, bad -> new QdaFileException(name, List.of(Problem.at(name, bad.line(),
        bad.column(), "", "the map file is not valid UTF-8 text: save it as UTF-8"))));
    return parse(text, name);
  }

  /**
   * Reads a map from YAML text.
   *
   * @param name the file name for messages
   * @throws QdaFileException if it is not a valid map, with every problem found
   */
  public static ImportMap parse(String text, String name) {
    checkNotNull(text, "text");
    checkNotNull(name, "name");
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    MapYaml.Value root;
    try {
      root = MapYaml.parse(text);
    } catch (MapYaml.Malformed e) {
      throw new QdaFileException(name, List.of(Problem.at(name, e.line, e.column, "", e.getMessage())));
    }
    return new Binder(name).bind(root);
  }

  /** An empty map, for a spreadsheet read with a preset or named columns and nothing mapped yet. */
  public static ImportMap empty(String file) {
    return parse("{}", file);
  }

  /** What the map says a code path (or GUID) supports, if it maps it. */
  public Optional<ImmutableList<String>> target(String codePath, Optional<String> guid) {
    return lookUp(codes, codePath, guid);
  }

  /** The evidence kind a code path (or GUID) says a passage is, if {@code kindCodes} names it. */
  public Optional<EvidenceKind> kindCode(String codePath, Optional<String> guid) {
    return lookUp(kindCodes, codePath, guid);
  }

  private static <T> Optional<T> lookUp(ImmutableMap<String, T> map, String codePath, Optional<String> guid) {
    T t = map.get(codePath);
    if (t == null && guid.isPresent()) {
      // Tools write a GUID in upper or in lower case.
      t = map.get(guid.get());
      if (t == null) {
        t = map.get(guid.get().toUpperCase(java.util.Locale.ROOT));
      }
      if (t == null) {
        t = map.get(guid.get().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return Optional.ofNullable(t);
  }

  /** Whether the code path is left out: it is, or is under, a path of {@code ignore}. */
  public boolean ignores(String codePath) {
    for (String i : ignore) {
      if (codePath.equals(i) || codePath.startsWith(i + "/")) {
        return true;
      }
    }
    return false;
  }

  /** Binds the tree to a map, collecting every problem. */
  private static final class Binder {
    private final String name;
    private final List<Problem> problems = new ArrayList<>();

    Binder(String name) {
      this.name = name;
    }

    ImportMap bind(MapYaml.Value root) {
      Map<String, ImmutableList<String>> codes = new LinkedHashMap<>();
      Map<String, Location> codeLocations = new LinkedHashMap<>();
      List<String> ignore = new ArrayList<>();
      Map<String, SourceType> sourceTypes = new LinkedHashMap<>();
      SourceType[] defaultType = {SourceType.INTERVIEW};
      Map<String, EvidenceKind> kinds = new LinkedHashMap<>();
      Map<String, String> sourceIds = new LinkedHashMap<>();
      Map<String, String> analysts = new LinkedHashMap<>();
      String[] texts = {DEFAULT_TEXTS};
      Map<Column, ImmutableList<String>> columns = new LinkedHashMap<>();
      Optional<Preset>[] preset = new Optional[] {Optional.empty()};
      String[] separator = {"/"};
      Map<String, EvidenceKind> kindCodes = new LinkedHashMap<>();
      EvidenceIds[] evidenceIds = {EvidenceIds.DIGESTS};
      if (root == null) {
        root = new MapYaml.MapValue(1, 1, Map.of());
      }
      if (!(root instanceof MapYaml.MapValue top)) {
        add(root, "", "a map file is a mapping (codes:, ignore:, sourceTypes: ...), not " + root.describe());
        throw new QdaFileException(name, problems);
      }
      for (Map.Entry<String, MapYaml.Entry> e : top.entries().entrySet()) {
        String key = e.getKey();
        MapYaml.Value v = e.getValue().value();
        switch (key) {
          case "codes" -> mapping(v, key, (k, at, value) -> {
            List<String> targets = new ArrayList<>();
            if (value instanceof MapYaml.ListValue list) {
              for (int i = 0; i < list.items().size(); i++) {
                text(list.items().get(i), key + "." + k + "[" + i + "]").ifPresent(targets::add);
              }
            } else {
              text(value, key + "." + k).ifPresent(targets::add);
            }
            for (String t : targets) {
              target(value, key + "." + k, t);
            }
            if (k.isBlank()) {
              add(at, key, "a code's name path is empty");
            }
            codes.put(k, ImmutableList.copyOf(targets));
            codeLocations.put(k, new Location(at.line(), at.column()));
          });
          case "ignore" -> {
            if (v instanceof MapYaml.ListValue list) {
              for (int i = 0; i < list.items().size(); i++) {
                text(list.items().get(i), key + "[" + i + "]").ifPresent(ignore::add);
              }
            } else {
              text(v, key).ifPresent(ignore::add);
            }
          }
          case "sourceTypes" -> mapping(v, key, (k, at, value) ->
              codeList(value, key + "." + k, SourceType::fromCode, SourceType.values())
                  .ifPresent(t -> sourceTypes.put(k, t)));
          case "defaultSourceType" -> codeList(v, key, SourceType::fromCode, SourceType.values())
              .ifPresent(t -> defaultType[0] = t);
          case "kinds" -> mapping(v, key, (k, at, value) ->
              codeList(value, key + "." + k, EvidenceKind::fromCode, EvidenceKind.values())
                  .ifPresent(t -> kinds.put(k, t)));
          case "sourceIds" -> mapping(v, key, (k, at, value) -> id(value, key + "." + k)
              .ifPresent(id -> sourceIds.put(k, id)));
          case "analysts" -> mapping(v, key, (k, at, value) -> id(value, key + "." + k)
              .ifPresent(id -> analysts.put(k, id)));
          case "texts" -> text(v, key).ifPresent(t -> {
            Optional<String> bad = TextNames.problem(t + "/x.txt");
            if (bad.isPresent()) {
              add(v, key, "the texts folder '" + t + "' is not a folder inside the case file's: " + bad.get());
            } else {
              texts[0] = t;
            }
          });
          case "columns" -> mapping(v, key, (k, at, value) -> {
            Optional<Column> column = java.util.Arrays.stream(Column.values()).filter(c -> c.key().equals(k))
                .findFirst();
            if (column.isEmpty()) {
              List<String> names = java.util.Arrays.stream(Column.values()).map(Column::key).toList();
              add(at, key + "." + k, "unknown column '" + k + "'" + DidYouMean.hint(k, names) + ": columns: names"
                  + " the spreadsheet's column for " + String.join(", ", names));
              return;
            }
            List<String> names = new ArrayList<>();
            if (value instanceof MapYaml.ListValue list && column.get() == Column.LOCATOR) {
              for (int i = 0; i < list.items().size(); i++) {
                text(list.items().get(i), key + "." + k + "[" + i + "]").ifPresent(names::add);
              }
            } else {
              text(value, key + "." + k).ifPresent(names::add);
            }
            columns.put(column.get(), ImmutableList.copyOf(names));
          });
          case "preset" -> codeList(v, key, word -> java.util.Arrays.stream(Preset.values())
              .filter(p -> p.key().equals(word)).findFirst(), Preset.values()).ifPresent(p -> preset[0] =
                  Optional.of(p));
          case "codeSeparator" -> text(v, key).ifPresent(s -> {
            if (s.isEmpty()) {
              add(v, key, "codeSeparator is empty: give what separates a parent code from its child, such as \\");
            } else {
              separator[0] = s;
            }
          });
          case "kindCodes" -> mapping(v, key, (k, at, value) -> {
            if (k.isBlank()) {
              add(at, key, "a code's name path is empty");
            }
            codeList(value, key + "." + k, EvidenceKind::fromCode, EvidenceKind.values())
                .ifPresent(t -> kindCodes.put(k, t));
          });
          case "evidenceIds" -> codeList(v, key, word -> java.util.Arrays.stream(EvidenceIds.values())
              .filter(p -> p.key().equals(word)).findFirst(), EvidenceIds.values())
              .ifPresent(p -> evidenceIds[0] = p);
          default -> add(e.getValue().line(), e.getValue().column(), key, "unknown key '" + key + "'"
              + DidYouMean.hint(key, KEYS) + "; a map file has " + String.join(", ", KEYS));
        }
      }
      if (!problems.isEmpty()) {
        throw new QdaFileException(name, problems);
      }
      return new ImportMap(name, ImmutableMap.copyOf(codes), ImmutableMap.copyOf(codeLocations),
          ImmutableList.copyOf(ignore), ImmutableMap.copyOf(sourceTypes), defaultType[0], ImmutableMap.copyOf(kinds),
          ImmutableMap.copyOf(sourceIds), ImmutableMap.copyOf(analysts), texts[0], ImmutableMap.copyOf(columns),
          preset[0], separator[0], ImmutableMap.copyOf(kindCodes), evidenceIds[0]);
    }

    interface EntryBinder {
      void bind(String key, MapYaml.Entry at, MapYaml.Value value);
    }

    private void mapping(MapYaml.Value v, String path, EntryBinder each) {
      if (v instanceof MapYaml.Scalar s && s.isNull()) {
        return;
      }
      if (!(v instanceof MapYaml.MapValue map)) {
        add(v, path, "'" + path + "' should be a mapping (key: value), not " + v.describe());
        return;
      }
      for (Map.Entry<String, MapYaml.Entry> e : map.entries().entrySet()) {
        TextRule.problem(e.getKey(), "the key").ifPresent(m -> add(e.getValue().line(), e.getValue().column(),
            path, m));
        each.bind(e.getKey(), e.getValue(), e.getValue().value());
      }
    }

    private Optional<String> text(MapYaml.Value v, String path) {
      if (v instanceof MapYaml.Scalar s && !s.isNull()) {
        Optional<String> bad = TextRule.problem(s.text(), "the value");
        if (bad.isPresent()) {
          add(v, path, bad.get());
          return Optional.empty();
        }
        return Optional.of(s.text());
      }
      add(v, path, "'" + path + "' should be a text, not " + v.describe());
      return Optional.empty();
    }

    private Optional<String> id(MapYaml.Value v, String path) {
      Optional<String> t = text(v, path);
      if (t.isPresent() && !Ids.isId(t.get())) {
        add(v, path, "'" + t.get() + "' is not an id: an id is a letter or a digit, then letters, digits, '.', '_'"
            + " and '-'");
        return Optional.empty();
      }
      return t;
    }

    private void target(MapYaml.Value v, String path, String target) {
      String[] parts = target.split("/", -1);
      boolean ok = (parts.length == 1 || parts.length == 2)
          && java.util.Arrays.stream(parts).allMatch(Ids::isId);
      if (!ok) {
        add(v, path, "'" + target + "' is neither an element id nor cycle/element (a role in a cycle), as "
            + "evidence's supports says");
      }
    }

    private <T> Optional<T> codeList(MapYaml.Value v, String path, Function<String, Optional<T>> of, Object[] all) {
      Optional<String> t = text(v, path);
      if (t.isEmpty()) {
        return Optional.empty();
      }
      Optional<T> value = of.apply(t.get());
      if (value.isEmpty()) {
        List<String> words = java.util.Arrays.stream(all).map(o -> o instanceof org.sstlib.core.CodeListValue c
            ? c.code() : o instanceof Preset p ? p.key() : ((EvidenceIds) o).key()).toList();
        add(v, path, "'" + t.get() + "' is not one of " + String.join(", ", words)
            + DidYouMean.hint(t.get(), words));
      }
      return value;
    }

    private void add(MapYaml.Value v, String path, String message) {
      add(v.line(), v.column(), path, message);
    }

    private void add(MapYaml.Entry e, String path, String message) {
      add(e.line(), e.column(), path, message);
    }

    private void add(int line, int column, String path, String message) {
      problems.add(Problem.at(name, line, column, path, message));
    }
  }
}
