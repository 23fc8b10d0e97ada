package org.sstlib.core.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.ByteArrayOutputStream;
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
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip opened read-only and hardened against hostile archives, for the readers of archives that users hand to sst
 * (a REFI-QDA project, an RO-Crate). Before any entry is read, the central directory is read here and the zip is
 * refused if an entry's name is refused by the caller's rule (one that escapes the folder it would be read into,
 * say), is not UTF-8, repeats, or is a symbolic link (unix mode in its external attributes); if there are more than
 * {@link Limits#maxEntries()} entries; if it is ZIP64; or if the sizes the entries declare pass the limits, so that a
 * zip bomb is refused even in an entry that would never be read. Entries are then read as streams whose bytes are
 * counted, since a declared size may lie: a read stops as soon as an entry passes {@link Limits#maxEntryBytes()},
 * all entries read pass {@link Limits#maxTotalBytes()}, or an entry inflates more than {@link Limits#maxRatio()}
 * times its compressed size once past {@link Limits#ratioFreeBytes()}. Nothing is written to disk.
 *
 * <p>A refusal is a {@link Refused} whose message names no file: the caller puts the file's name in front and turns
 * it into its own exception. Not thread-safe (it counts what it has read).
 */
public final class HardenedZip implements Closeable {
  private static final int EOCD_SIGNATURE = 0x06054b50;
  private static final int CENTRAL_SIGNATURE = 0x02014b50;
  private static final int UNIX = 3;
  private static final int MODE_TYPE_MASK = 0170000;
  private static final int MODE_SYMLINK = 0120000;

  /**
   * The limits a zip is read within.
   *
   * @param maxEntries the most entries
   * @param maxEntryBytes the most bytes one entry inflates to
   * @param maxTotalBytes the most bytes all entries inflate to together
   * @param maxRatio the most an entry inflates relative to its compressed size, past {@code ratioFreeBytes}
   * @param ratioFreeBytes how far an entry may inflate before the ratio is checked
   */
  public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio, long ratioFreeBytes) {}

  /** Why a zip, or an entry of it, is refused; the message names no file. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private final ZipFile zip;
  private final Limits limits;
  private final String kind;
  private final ImmutableMap<String, Long> compressedSizes;
  private long totalRead;

  private HardenedZip(ZipFile zip, Limits limits, String kind, ImmutableMap<String, Long> compressedSizes) {
    this.zip = zip;
    this.limits = limits;
    this.kind = kind;
    this.compressedSizes = compressedSizes;
  }

  /**
   * Opens a zip.
   *
   * @param kind what the zip should be, for messages ({@code "a project exchange file"}, {@code "a crate"})
   * @param nameProblem why an entry's name is refused (the whole sentence, naming the entry), if it is
   * @throws Refused if it is not a zip, or its central directory names a refused entry, too many, or too much
   */
  public static HardenedZip open(Path file, Limits limits, String kind,
      Function<String, Optional<String>> nameProblem) {
    checkNotNull(file, "file");
    checkNotNull(limits, "limits");
    checkNotNull(kind, "kind");
    checkNotNull(nameProblem, "nameProblem");
    ImmutableMap<String, Long> sizes = centralDirectory(file, limits, kind, nameProblem);
    try {
      return new HardenedZip(new ZipFile(file.toFile(), StandardCharsets.UTF_8), limits, kind, sizes);
    } catch (IOException e) {
      throw new Refused("cannot be read as a zip archive: " + e.getMessage());
    }
  }

  /** The names of the entries (files, and folders ending in {@code /}), in the order of the central directory. */
  public ImmutableSet<String> entryNames() {
    return compressedSizes.keySet();
  }

  /** Whether the zip has an entry of this name. */
  public boolean has(String entry) {
    return compressedSizes.containsKey(entry);
  }

  /**
   * The bytes of an entry, read as a stream and counted within the limits.
   *
   * @throws Refused if there is no such entry, it is broken, or it passes a limit
   */
  public byte[] read(String entry) {
    Long compressed = compressedSizes.get(entry);
    ZipEntry ze = compressed == null ? null : zip.getEntry(entry);
    if (ze == null) {
      throw new Refused("has no entry '" + entry + "'");
    }
    try (InputStream in = zip.getInputStream(ze)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      long count = 0;
      int n;
      while ((n = in.read(buffer)) > 0) {
        count += n;
        totalRead += n;
        if (count > limits.maxEntryBytes()) {
          throw new Refused("entry '" + entry + "' inflates to more than " + limits.maxEntryBytes()
              + " bytes, the most one entry may hold; not read");
        }
        if (totalRead > limits.maxTotalBytes()) {
          throw new Refused("its entries inflate to more than " + limits.maxTotalBytes() + " bytes together, the"
              + " most " + kind + " may hold; not read");
        }
        if (count > limits.ratioFreeBytes() && count > (long) limits.maxRatio() * Math.max(1, compressed)) {
          throw new Refused("entry '" + entry + "' inflates more than " + limits.maxRatio()
              + " times its compressed size of " + compressed + " bytes: a zip bomb, not read");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (ZipException e) {
      throw new Refused("entry '" + entry + "' is not a valid zip entry: " + e.getMessage());
    } catch (IOException e) {
      throw new Refused("entry '" + entry + "' cannot be read: " + e.getMessage());
    }
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  private static ImmutableMap<String, Long> centralDirectory(Path file, Limits limits, String kind,
      Function<String, Optional<String>> nameProblem) {
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
        throw new Refused("is not a zip archive (no end of central directory)");
      }
      int entries = Short.toUnsignedInt(end.getShort(eocd + 10));
      long cdSize = Integer.toUnsignedLong(end.getInt(eocd + 12));
      long cdOffset = Integer.toUnsignedLong(end.getInt(eocd + 16));
      if (entries == 0xFFFF || cdOffset == 0xFFFFFFFFL) {
        throw new Refused("is a ZIP64 archive, which sst does not read: " + kind + " is far smaller");
      }
      if (entries > limits.maxEntries()) {
        throw new Refused("has " + entries + " entries, more than the " + limits.maxEntries() + " " + kind
            + " may hold; not read");
      }
      if (cdOffset + cdSize > size) {
        throw new Refused("is not a valid zip archive (its central directory lies past its end)");
      }
      ByteBuffer cd = read(ch, cdOffset, (int) cdSize);
      Map<String, Long> sizes = new LinkedHashMap<>();
      long declaredTotal = 0;
      int p = 0;
      for (int i = 0; i < entries; i++) {
        if (p + 46 > cd.limit() || cd.getInt(p) != CENTRAL_SIGNATURE) {
          throw new Refused("is not a valid zip archive (broken central directory)");
        }
        int madeBy = Short.toUnsignedInt(cd.getShort(p + 4)) >> 8;
        long compressed = Integer.toUnsignedLong(cd.getInt(p + 20));
        long uncompressed = Integer.toUnsignedLong(cd.getInt(p + 24));
        int nameLength = Short.toUnsignedInt(cd.getShort(p + 28));
        int extraLength = Short.toUnsignedInt(cd.getShort(p + 30));
        int commentLength = Short.toUnsignedInt(cd.getShort(p + 32));
        int external = cd.getInt(p + 38);
        if (p + 46 + nameLength > cd.limit()) {
          throw new Refused("is not a valid zip archive (broken central directory)");
        }
        byte[] nameBytes = new byte[nameLength];
        cd.get(p + 46, nameBytes);
        String entry = utf8(nameBytes);
        nameProblem.apply(entry).ifPresent(why -> {
          throw new Refused(why);
        });
        if (madeBy == UNIX && ((external >>> 16) & MODE_TYPE_MASK) == MODE_SYMLINK) {
          throw new Refused("entry '" + entry + "' is a symbolic link, which " + kind + " never holds; not read");
        }
        // What an entry declares is checked too, so that a bomb is refused even in an entry never read; the bytes
        // read are counted all the same, since a declared size may lie.
        declaredTotal += uncompressed;
        if (uncompressed > limits.maxEntryBytes() || declaredTotal > limits.maxTotalBytes()
            || (uncompressed > limits.ratioFreeBytes()
                && uncompressed > (long) limits.maxRatio() * Math.max(1, compressed))) {
          throw new Refused("entry '" + entry + "' declares " + uncompressed + " bytes from " + compressed
              + " compressed" + (declaredTotal > limits.maxTotalBytes() ? ", past the " + limits.maxTotalBytes()
                  + " bytes all entries may hold together" : ", past the limits (at most " + limits.maxEntryBytes()
                  + " bytes, and " + limits.maxRatio() + " times its compressed size past "
                  + limits.ratioFreeBytes() + ")") + ": a zip bomb, not read");
        }
        if (sizes.put(entry, compressed) != null) {
          throw new Refused("has two entries named '" + entry + "'; not read");
        }
        p += 46 + nameLength + extraLength + commentLength;
      }
      if (p != cd.limit()) {
        throw new Refused("is not a valid zip archive (its central directory holds other than the " + entries
            + " entries it declares)");
      }
      return ImmutableMap.copyOf(sizes);
    } catch (NoSuchFileException e) {
      throw new Refused("no such file");
    } catch (IOException e) {
      throw new Refused("cannot be read: " + e.getMessage());
    }
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new Refused("an entry's name is not UTF-8; not read");
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
}
