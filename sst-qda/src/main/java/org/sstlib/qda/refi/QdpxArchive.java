package org.sstlib.qda.refi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A REFI-QDA project exchange file ({@code .qdpx}): a zip holding {@code project.qde} and, under {@code sources/},
 * the sources' files. Opened read-only and hardened against hostile archives: before any entry is read, its central
 * directory is read by this class itself and the archive is refused if an entry's name escapes its folder ({@code
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

  private static final int EOCD_SIGNATURE = 0x06054b50;
  private static final int CENTRAL_SIGNATURE = 0x02014b50;
  private static final int UNIX = 3;
  private static final int MODE_TYPE_MASK = 0170000;
  private static final int MODE_SYMLINK = 0120000;

  private final String name;
  private final ZipFile zip;
  private final Limits limits;
  private final ImmutableMap<String, Long> compressedSizes;
  private long totalRead;

  private QdpxArchive(String name, ZipFile zip, Limits limits, ImmutableMap<String, Long> compressedSizes) {
    this.name = name;
    this.zip = zip;
    this.limits = limits;
    this.compressedSizes = compressedSizes;
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
    ImmutableMap<String, Long> sizes = centralDirectory(file, name, limits);
    try {
      return new QdpxArchive(name, new ZipFile(file.toFile(), StandardCharsets.UTF_8), limits, sizes);
    } catch (IOException e) {
      throw new RefiQdaException(name, "cannot be read as a zip archive: " + e.getMessage());
    }
  }

  /** The names of the archive's entries (files and folders), in the order of its central directory. */
  public ImmutableSet<String> entryNames() {
    return compressedSizes.keySet();
  }

  /** Whether the archive has an entry of this name. */
  public boolean has(String entry) {
    return compressedSizes.containsKey(entry);
  }

  /**
   * The bytes of an entry, read as a stream and counted within the limits.
   *
   * @throws RefiQdaException if there is no such entry, or it passes a limit
   */
  public byte[] read(String entry) {
    Long compressed = compressedSizes.get(entry);
    ZipEntry ze = compressed == null ? null : zip.getEntry(entry);
    if (ze == null) {
      throw new RefiQdaException(name, "has no entry '" + entry + "'");
    }
    try (InputStream in = zip.getInputStream(ze)) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      long count = 0;
      int n;
      while ((n = in.read(buffer)) > 0) {
        count += n;
        totalRead += n;
        if (count > limits.maxEntryBytes()) {
          throw new RefiQdaException(name, "entry '" + entry + "' inflates to more than " + limits.maxEntryBytes()
              + " bytes, the most one entry may hold; not read");
        }
        if (totalRead > limits.maxTotalBytes()) {
          throw new RefiQdaException(name, "its entries inflate to more than " + limits.maxTotalBytes()
              + " bytes together, the most an archive may hold; not read");
        }
        if (count > limits.ratioFreeBytes() && count > (long) limits.maxRatio() * Math.max(1, compressed)) {
          throw new RefiQdaException(name, "entry '" + entry + "' inflates more than " + limits.maxRatio()
              + " times its compressed size of " + compressed + " bytes: a zip bomb, not read");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (ZipException e) {
      throw new RefiQdaException(name, "entry '" + entry + "' is not a valid zip entry: " + e.getMessage());
    } catch (IOException e) {
      throw new RefiQdaException(name, "entry '" + entry + "' cannot be read: " + e.getMessage());
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

  // ------------------------------------------------------------------------------------------ central directory

  private static ImmutableMap<String, Long> centralDirectory(Path file, String name, Limits limits) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      int tail = (int) Math.min(size, 22 + 65_535);
      ByteBuffer end = read(ch, size - tail, tail);
      int eocd = -1;
      for (int i = tail - 22; i >= 0; i--) {
        if (end.getInt(i) == EOCD_SIGNATURE) {
          eocd = i;
          break;
        }
      }
      if (eocd < 0) {
        throw new RefiQdaException(name, "is not a zip archive (no end of central directory)");
      }
      int entries = Short.toUnsignedInt(end.getShort(eocd + 10));
      long cdSize = Integer.toUnsignedLong(end.getInt(eocd + 12));
      long cdOffset = Integer.toUnsignedLong(end.getInt(eocd + 16));
      if (entries == 0xFFFF || cdOffset == 0xFFFFFFFFL) {
        throw new RefiQdaException(name, "is a ZIP64 archive, which sst does not read: a project exchange file is"
            + " far smaller");
      }
      if (entries > limits.maxEntries()) {
        throw new RefiQdaException(name, "has " + entries + " entries, more than the " + limits.maxEntries()
            + " an archive may hold; not read");
      }
      if (cdOffset + cdSize > size) {
        throw new RefiQdaException(name, "is not a valid zip archive (its central directory lies past its end)");
      }
      ByteBuffer cd = read(ch, cdOffset, (int) cdSize);
      Map<String, Long> sizes = new LinkedHashMap<>();
      long declaredTotal = 0;
      int p = 0;
      for (int i = 0; i < entries; i++) {
        if (p + 46 > cd.limit() || cd.getInt(p) != CENTRAL_SIGNATURE) {
          throw new RefiQdaException(name, "is not a valid zip archive (broken central directory)");
        }
        int madeBy = Short.toUnsignedInt(cd.getShort(p + 4)) >> 8;
        long compressed = Integer.toUnsignedLong(cd.getInt(p + 20));
        long uncompressed = Integer.toUnsignedLong(cd.getInt(p + 24));
        int nameLength = Short.toUnsignedInt(cd.getShort(p + 28));
        int extraLength = Short.toUnsignedInt(cd.getShort(p + 30));
        int commentLength = Short.toUnsignedInt(cd.getShort(p + 32));
        int external = cd.getInt(p + 38);
        if (p + 46 + nameLength > cd.limit()) {
          throw new RefiQdaException(name, "is not a valid zip archive (broken central directory)");
        }
        byte[] nameBytes = new byte[nameLength];
        cd.get(p + 46, nameBytes);
        String entry = new String(nameBytes, StandardCharsets.UTF_8);
        checkEntryName(name, entry);
        if (madeBy == UNIX && ((external >>> 16) & MODE_TYPE_MASK) == MODE_SYMLINK) {
          throw new RefiQdaException(name, "entry '" + entry + "' is a symbolic link, which a project exchange file"
              + " never holds; not read");
        }
        // What an entry declares is checked too, so that a bomb is refused even in an entry never read; the bytes
        // read are counted all the same, since a declared size may lie.
        declaredTotal += uncompressed;
        if (uncompressed > limits.maxEntryBytes() || declaredTotal > limits.maxTotalBytes()
            || (uncompressed > limits.ratioFreeBytes()
                && uncompressed > (long) limits.maxRatio() * Math.max(1, compressed))) {
          throw new RefiQdaException(name, "entry '" + entry + "' declares " + uncompressed + " bytes from "
              + compressed + " compressed" + (declaredTotal > limits.maxTotalBytes() ? ", past the "
                  + limits.maxTotalBytes() + " bytes all entries may hold together" : ", past the limits (at most "
                  + limits.maxEntryBytes() + " bytes, and " + limits.maxRatio() + " times its compressed size past "
                  + limits.ratioFreeBytes() + ")") + ": a zip bomb, not read");
        }
        if (sizes.put(entry, compressed) != null) {
          throw new RefiQdaException(name, "has two entries named '" + entry + "'; not read");
        }
        p += 46 + nameLength + extraLength + commentLength;
      }
      if (p != cd.limit()) {
        throw new RefiQdaException(name, "is not a valid zip archive (its central directory holds other than the "
            + entries + " entries it declares)");
      }
      return ImmutableMap.copyOf(sizes);
    } catch (NoSuchFileException e) {
      throw new RefiQdaException(name, "no such file");
    } catch (IOException e) {
      throw new RefiQdaException(name, "cannot be read: " + e.getMessage());
    }
  }

  private static ByteBuffer read(FileChannel ch, long position, int length) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (b.hasRemaining()) {
      if (ch.read(b, position + b.position()) < 0) {
        break;
      }
    }
    b.flip();
    return b;
  }

  /** Refuses a name that would escape the folder an archive is read into, however it is written. */
  static void checkEntryName(String archive, String entry) {
    String n = entry.replace('\\', '/');
    boolean escapes = n.isEmpty() || n.startsWith("/") || n.indexOf('\0') >= 0
        || n.matches("(?s)^[A-Za-z]:.*");
    for (String segment : n.split("/", -1)) {
      escapes |= segment.equals("..");
    }
    if (escapes) {
      throw new RefiQdaException(archive, "entry '" + entry + "' has a name that escapes the archive's folder"
          + " (an absolute path or '..'); not read");
    }
  }
}
