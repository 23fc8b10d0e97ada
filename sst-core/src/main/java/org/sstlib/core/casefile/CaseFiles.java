package org.sstlib.core.casefile;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sstlib.core.Case;
import org.sstlib.core.Problem;
import org.sstlib.core.internal.AtomicFiles;
import org.sstlib.core.internal.StrictUtf8;

/**
 * Reads and writes case files: one {@link Case} a file, in YAML or JSON (see {@code docs/case-files.md}).
 *
 * <p>Reading is strict and reports every problem of a file at once, each with line, column and path: unknown
 * keys (with "did you mean"), duplicate keys, wrong types, values outside a code list, trailing content, and
 * every problem of the case itself (dangling references, duplicate ids, roles). Files over {@link #MAX_BYTES} and
 * nesting deeper than {@link #MAX_DEPTH} are refused with a message; the size is counted as the bytes are read,
 * so a file that grows or a pipe cannot pass it. A regular file or a pipe (a FIFO, {@code <(cat case.yaml)}) is
 * read; a directory or a device ({@code /dev/zero}, even through a link named {@code .yaml}) is refused. Unquoted YAML {@code yes}/{@code no} are
 * read as those words wherever text is expected.
 *
 * <pre>{@code
 * try {
 *   Case study = CaseFiles.read(Path.of("examples/cases/hughes-2022.yaml"));
 *   CaseFiles.write(study, Path.of("out/hughes-2022.json"));
 * } catch (CaseFileException e) {
 *   e.problems().forEach(System.err::println);   // file:line:column: path: message
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class CaseFiles {
  /** The largest case file read: 64 MiB. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;
  /** The deepest nesting of mappings and lists read. */
  public static final int MAX_DEPTH = 200;

  private CaseFiles() {}

  /**
   * Reads a case file, its format chosen by the extension ({@code .yaml}, {@code .yml}, {@code .json}); a pipe
   * without one is read as JSON if it starts with <code>{</code>, else as YAML. Reading a pipe waits for its writer.
   *
   * @throws CaseFileException if the file cannot be read or is not a valid case, with every problem found
   */
  public static Case read(Path file) {
    return readLocated(file).study();
  }

  /**
   * Reads a case file as {@link #read(Path)} does, keeping where each part of the case is written, so that a later
   * check (the quotes against their source texts) can report its problems at their line and column.
   *
   * @throws CaseFileException if the file cannot be read or is not a valid case, with every problem found
   */
  public static LocatedCase readLocated(Path file) {
    checkNotNull(file, "file");
    String name = file.toString();
    Optional<CaseFormat> format = CaseFormat.ofFileName(name);
    byte[] bytes;
    try {
      FileKind kind = FileKind.of(file);
      switch (kind) {
        case DIRECTORY -> throw single(name, "is a directory, not a case file");
        case DEVICE, OTHER -> throw single(name, "is " + (kind == FileKind.DEVICE ? "a device" : "not a regular file")
            + ", not a case file: give the path of a .yaml, .yml or .json file");
        default -> { }
      }
      if (format.isEmpty() && kind != FileKind.PIPE) {
        throw single(name, "not a case file: the name should end in .yaml, .yml or .json");
      }
      bytes = readLimited(file);
    } catch (NoSuchFileException e) {
      throw single(name, "no such file");
    } catch (IOException e) {
      throw single(name, "cannot read the file: " + e.getMessage());
    }
    // A pipe (sst validate <(cat case.yaml)) has no extension: JSON starts with '{', anything else is YAML.
    CaseFormat chosen = format.orElseGet(() -> startsWithBrace(bytes) ? CaseFormat.JSON : CaseFormat.YAML);
    return readLocated(decode(bytes, name), chosen, name);
  }

  /** Reads at most {@link #MAX_BYTES}, counting as it reads: a file that grows, or a pipe, has no size to check. */
  private static byte[] readLimited(Path file) throws IOException {
    String name = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        long size = Files.isRegularFile(file) ? Math.max(Files.size(file), bytes.length) : -1;
        throw single(name, tooLarge(size));
      }
      return bytes;
    }
  }

  private static boolean startsWithBrace(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return b == '{';
      }
    }
    return false;
  }

  /**
   * Reads a case from UTF-8 bytes.
   *
   * @param name the file name to use in messages
   * @throws CaseFileException if the text is not a valid case, with every problem found
   */
  public static Case read(byte[] bytes, CaseFormat format, String name) {
    checkNotNull(bytes, "bytes");
    return read(decode(bytes, name), format, name);
  }

  private static String decode(byte[] bytes, String name) {
    if (bytes.length > MAX_BYTES) {
      throw single(name, tooLarge(bytes.length));
    }
    return StrictUtf8.decode(bytes, bad -> new CaseFileException(name, ImmutableList.of(Problem.at(name,
        bad.line(), bad.column(), "", "the file is not valid UTF-8 text: a bad byte sequence at line " + bad.line()
            + ", column " + bad.column() + " (byte " + bad.offset() + "); save the file as UTF-8"))));
  }

  /**
   * Reads a case from text.
   *
   * @param name the file name to use in messages
   * @throws CaseFileException if the text is not a valid case, with every problem found
   */
  public static Case read(String text, CaseFormat format, String name) {
    return readLocated(text, format, name).study();
  }

  private static LocatedCase readLocated(String text, CaseFormat format, String name) {
    checkNotNull(text, "text");
    checkNotNull(format, "format");
    checkNotNull(name, "name");
    if (text.length() > MAX_BYTES) {
      throw single(name, tooLarge(text.length()));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Problem> problems = new ArrayList<>();
    // Every path already reported: the builder's problems at or under one of them only repeat it.
    java.util.Set<String> reported = new java.util.HashSet<>();
    TreeReader.ProblemSink sink = (line, column, path, message) -> {
      problems.add(Problem.at(name, line, column, path, message));
      reported.add(path);
    };
    Node root;
    try {
      root = new TreeReader(sink).read(text, format);
    } catch (TreeReader.Stop stop) {
      throw new CaseFileException(name, problems);
    }
    CaseBinder binder = new CaseBinder(sink);
    Optional<Case.Builder> builder = binder.bind(root);
    if (builder.isEmpty()) {
      throw new CaseFileException(name, sorted(problems));
    }
    // The model's rules run once: build() reuses this check when it finds nothing.
    Map<String, java.util.Set<String>> refusedKeys = refusedKeys(reported);
    for (Problem p : builder.get().problems()) {
      if (!repeats(p.path(), reported) && !followsOn(p, refusedKeys, binder.madePlaceholders())) {
        int[] at = locate(p.path(), binder.locations());
        problems.add(p.locatedAt(name, at[0], at[1]));
      }
    }
    if (!problems.isEmpty()) {
      throw new CaseFileException(name, sorted(problems));
    }
    Map<String, int[]> locations = binder.locations();
    return new LocatedCase(builder.get().build(), name, path -> locate(path, locations));
  }

  /**
   * Writes a case to a file, its format chosen by the extension. The file is written whole or not at all: the
   * text goes to a temporary file beside it that is then moved into place. A file that is not a regular one (a
   * symbolic link, a device, a FIFO) is written into, not replaced.
   *
   * @throws IllegalArgumentException if the extension names no case-file format
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Case c, Path file) {
    checkNotNull(c, "case");
    Optional<CaseFormat> format = CaseFormat.ofFileName(file.toString());
    checkArgument(format.isPresent(), "'%s' should end in .yaml, .yml or .json", file);
    byte[] text = write(c, format.get()).getBytes(StandardCharsets.UTF_8);
    try {
      AtomicFiles.write(file, out -> out.write(text));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** The case as case-file text. Defaults the builder filled in are left out, so the text reads back equal. */
  public static String write(Case c, CaseFormat format) {
    checkNotNull(c, "case");
    checkNotNull(format, "format");
    return CaseWriter.write(c, format);
  }

  // ---------------------------------------------------------------------------------------------- helpers

  /** Whether the binder already reported this path or one of its ancestors (the whole file, "", only itself). */
  private static boolean repeats(String path, java.util.Set<String> reported) {
    if (reported.contains(path)) {
      return true;
    }
    String p = path;
    while (true) {
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) {
        return false;
      }
      p = p.substring(0, cut);
      if (reported.contains(p)) {
        return true;
      }
    }
  }

  /** For each mapping path ({@code cycles[0]}), the keys whose values were refused in it. */
  private static Map<String, java.util.Set<String>> refusedKeys(java.util.Set<String> reported) {
    Map<String, java.util.Set<String>> keys = new java.util.HashMap<>();
    for (String path : reported) {
      int dot = path.lastIndexOf('.');
      String key = path.substring(dot + 1);
      int bracket = key.indexOf('[');
      keys.computeIfAbsent(dot < 0 ? "" : path.substring(0, dot), k -> new java.util.HashSet<>())
          .add(bracket < 0 ? key : key.substring(0, bracket));
    }
    return keys;
  }

  /**
   * Whether a problem of the builder only follows from a value the reader already refused: it names a key of its
   * element (or an enclosing one) whose value was refused ("add 'nurse' to agentsInContext" after "'agentsInContext'
   * should be a list"), or the stand-in the binder put in place of a refused reference.
   */
  private static boolean followsOn(Problem p, Map<String, java.util.Set<String>> refusedKeys, boolean placeholders) {
    if (placeholders && p.message().contains(CaseBinder.PLACEHOLDER_SHOWN)) {
      return true;
    }
    String path = p.path();
    while (true) {
      int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
      path = cut < 0 ? "" : path.substring(0, cut);
      for (String key : refusedKeys.getOrDefault(path, java.util.Set.of())) {
        if (namesWord(p.message(), key)) {
          return true;
        }
      }
      if (path.isEmpty()) {
        return false;
      }
    }
  }

  /** Whether the text holds the word (not inside a longer word). */
  private static boolean namesWord(String text, String word) {
    if (word.isEmpty()) {
      return false;
    }
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      int end = i + word.length();
      if ((i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** The location of a path, or of its nearest written ancestor. */
  private static int[] locate(String path, Map<String, int[]> locations) {
    String p = path;
    while (true) {
      int[] at = locations.get(p);
      if (at != null) {
        return at;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) {
        at = locations.get("");
        return at != null ? at : new int[] {0, 0};
      }
      p = p.substring(0, cut);
    }
  }

  private static List<Problem> sorted(List<Problem> problems) {
    List<Problem> out = new ArrayList<>(problems);
    out.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return out;
  }

  private static CaseFileException single(String name, String message) {
    return new CaseFileException(name, ImmutableList.of(Problem.at(name, 0, 0, "", message)));
  }

  /** The message for text over the limit; {@code size} -1 when it is not known (a pipe). */
  private static String tooLarge(long size) {
    String is = size < 0 ? "is larger than " + MAX_BYTES / (1024 * 1024) + " MiB"
        : String.format("is %.1f MiB", size / (1024.0 * 1024.0));
    return String.format("the file %s; case files are read up to %d MiB (split the case, or move long texts into "
        + "sources)", is, MAX_BYTES / (1024 * 1024));
  }
}
