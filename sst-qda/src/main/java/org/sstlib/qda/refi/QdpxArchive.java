package org.sstlib.qda.refi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.sstlib.core.internal.HardenedZip;

/**
 * A REFI-QDA project exchange file ({@code .qdpx}): a zip holding {@code project.qde} and, under {@code sources/},
 * the sources' files. Opened read-only and hardened against hostile archives: before any entry is read, its central
 * directory is read ({@link HardenedZip}, which sst's crate reader shares) and the archive is refused if an entry's name escapes its folder ({@code
 * ../}, an absolute path, a drive letter, also when written with backslashes), an entry is a symbolic link (unix
 * mode in its external attributes), a name repeats, there are more than {@link Limits#maxEntries()} entries, or the
 * sizes the entries declare pass the limits below (a zip bomb is refused even in an entry that would not be read).
 * Entries are then read as streams whose bytes are counted: the declared sizes are not trusted, and a read stops
 * with an error as soon as an entry passes {@link Limits#maxEntryBytes()}, all entries together pass {@link
 * Limits#maxTotalBytes()}, or an entry inflates more than {@link Limits#maxRatio()} times its compressed size.
 * Nothing is ever written to disk.
 *
 * <pre>{@code
 * try (QdpxArchive qdpx = QdpxArchive.open(Path.of("study.qdpx"))) {
 *   byte[] project = qdpx.read("project.qde");
 * }
 * }</pre>
 */
public final class QdpxArchive implements Closeable {

  /** The most entries an archive may hold: a project of thousands of sources is large; more is not a project. */
  public static final int MAX_ENTRIES = 20_000;

  /** The most bytes one entry may inflate to (256 MiB): more than any transcript, PDF or project.qde. */
  public static final long MAX_ENTRY_BYTES = 256L << 20;

  /** The most bytes all entries read from one archive may inflate to together (1 GiB). */
  public static final long MAX_TOTAL_BYTES = 1L << 30;

  /**
   * The most an entry may inflate relative to its compressed size (100 times). Text compresses some ten times;
   * a zip bomb a thousand times or more. Only checked once an entry has inflated past {@link #RATIO_FREE_BYTES}, so
   * small, very regular files are never refused.
   */
  public static final int MAX_RATIO = 100;

  /** How many bytes an entry may inflate to before {@link #MAX_RATIO} is checked (1 MiB). */
  public static final long RATIO_FREE_BYTES = 1L << 20;

  /**
   * The limits an archive is read within.
   *
   * @param maxEntries the most entries
   * @param maxEntryBytes the most bytes one entry inflates to
   * @param maxTotalBytes the most bytes all entries read inflate to
   * @param maxRatio the most an entry inflates relative to its compressed size, past {@code ratioFreeBytes}
   * @param ratioFreeBytes how far an entry may inflate before the ratio is checked
   */
  public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio, long ratioFreeBytes) {
    /** The default limits, the constants of {@link QdpxArchive}. */
    public static final Limits DEFAULT =
        new Limits(MAX_ENTRIES, MAX_ENTRY_BYTES, MAX_TOTAL_BYTES, MAX_RATIO, RATIO_FREE_BYTES);
  }

  private final String name;
  private final HardenedZip zip;

  private QdpxArchive(String name, HardenedZip zip) {
    this.name = name;
    this.zip = zip;
  }

  /** Opens {@code file} within the {@link Limits#DEFAULT default limits}. */
  public static QdpxArchive open(Path file) {
    return open(file, Limits.DEFAULT);
  }

  /**
   * Opens {@code file} within {@code limits}.
   *
   * @throws RefiQdaException if it is not a zip, or its central directory names a hostile entry or too many
   */
  public static QdpxArchive open(Path file, Limits limits) {
    checkNotNull(limits, "limits");
    String name = file.toString();
    try {
      return new QdpxArchive(name, HardenedZip.open(file, new HardenedZip.Limits(limits.maxEntries(),
          limits.maxEntryBytes(), limits.maxTotalBytes(), limits.maxRatio(), limits.ratioFreeBytes()),
          "a project exchange file", QdpxArchive::nameProblem));
    } catch (HardenedZip.Refused e) {
      throw new RefiQdaException(name, e.getMessage());
    }
  }

  /** The names of the archive's entries (files and folders), in the order of its central directory. */
  public ImmutableSet<String> entryNames() {
    return zip.entryNames();
  }

  /** Whether the archive has an entry of this name. */
  public boolean has(String entry) {
    return zip.has(entry);
  }

  /**
   * The bytes of an entry, read as a stream and counted within the limits.
   *
   * @throws RefiQdaException if there is no such entry, or it passes a limit
   */
  public byte[] read(String entry) {
    try {
      return zip.read(entry);
    } catch (HardenedZip.Refused e) {
      throw new RefiQdaException(name, e.getMessage());
    }
  }

  /**
   * The text of an entry, UTF-8 (a byte-order mark is dropped).
   *
   * @throws RefiQdaException if it is not UTF-8, or as {@link #read}
   */
  public String readText(String entry) {
    byte[] bytes = read(entry);
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new RefiQdaException(name, "entry '" + entry + "' is not UTF-8 text");
    }
  }

  /** The archive's file name, as errors give it. */
  public String name() {
    return name;
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  /** Why a name would escape the folder an archive is read into, however it is written, if it would. */
  static Optional<String> nameProblem(String entry) {
    String n = entry.replace('\\', '/');
    boolean escapes = n.isEmpty() || n.startsWith("/") || n.indexOf('\0') >= 0
        || n.matches("(?s)^[A-Za-z]:.*");
    for (String segment : n.split("/", -1)) {
      escapes |= segment.equals("..");
    }
    return escapes ? Optional.of("entry '" + entry + "' has a name that escapes the archive's folder (an absolute"
        + " path or '..'); not read") : Optional.empty();
  }
}
