package org.sstlib.archive;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.ByteArrayOutputStream;
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
 * A crate as a zip, opened read-only and hardened against hostile archives by the rules sst's REFI-QDA reader
 * follows: before any entry is read, the central directory is read here and the zip refused if an entry's name
 * escapes the crate or is not a crate path ({@code ../}, an absolute path, a drive letter, a backslash), an entry
 * is a symbolic link, a name repeats, there are more than {@link #MAX_FILES} entries, or the sizes the entries
 * declare pass the limits (a zip bomb is refused even in an entry that would not be read). Entries are then read
 * as streams whose bytes are counted, since declared sizes may lie: a read stops as soon as a file passes
 * {@link #MAX_FILE_BYTES}, all files together pass {@link #MAX_TOTAL_BYTES}, or a file inflates more than
 * {@link #MAX_RATIO} times its compressed size. Nothing is written to disk.
 */
final class ZipCrate implements CrateContent {
  /** The most an entry may inflate relative to its compressed size, once past {@link #RATIO_FREE_BYTES}. */
  static final int MAX_RATIO = 100;
  /** How far an entry may inflate before {@link #MAX_RATIO} is checked (1 MiB): small regular files pass. */
  static final long RATIO_FREE_BYTES = 1L << 20;

  private static final int EOCD_SIGNATURE = 0x06054b50;
  private static final int CENTRAL_SIGNATURE = 0x02014b50;
  private static final int UNIX = 3;
  private static final int MODE_TYPE_MASK = 0170000;
  private static final int MODE_SYMLINK = 0120000;

  private final String name;
  private final ZipFile zip;
  /** Compressed sizes of the file entries (not folders), by path. */
  private final ImmutableMap<String, Long> compressed;
  private long totalRead;

  private ZipCrate(String name, ZipFile zip, ImmutableMap<String, Long> compressed) {
    this.name = name;
    this.zip = zip;
    this.compressed = compressed;
  }

  /**
   * Opens a zip.
   *
   * @throws CrateReadException if it is not a zip, or its central directory names a hostile entry or too many
   */
  static ZipCrate open(Path file) {
    String name = file.toString();
    ImmutableMap<String, Long> sizes = centralDirectory(file, name);
    try {
      return new ZipCrate(name, new ZipFile(file.toFile(), StandardCharsets.UTF_8), sizes);
    } catch (IOException e) {
      throw new CrateReadException(name + ": cannot be read as a zip: " + e.getMessage());
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ImmutableSortedSet<String> files() {
    return ImmutableSortedSet.copyOf(compressed.keySet());
  }

  @Override
  public byte[] read(String path) {
    Long packed = compressed.get(path);
    ZipEntry entry = packed == null ? null : zip.getEntry(path);
    String what = name + "/" + path;
    if (entry == null) {
      throw new CrateReadException(what + ": no such file in the crate");
    }
    try (InputStream in = zip.getInputStream(entry)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      long count = 0;
      int n;
      while ((n = in.read(buffer)) > 0) {
        count += n;
        totalRead += n;
        if (count > MAX_FILE_BYTES) {
          throw new CrateReadException(what + ": inflates to more than " + MAX_FILE_BYTES + " bytes, the most one"
              + " file may hold; not read");
        }
        if (totalRead > MAX_TOTAL_BYTES) {
          throw new CrateReadException(name + ": its files inflate to more than " + MAX_TOTAL_BYTES + " bytes"
              + " together, the most a crate may hold; not read");
        }
        if (count > RATIO_FREE_BYTES && count > (long) MAX_RATIO * Math.max(1, packed)) {
          throw new CrateReadException(what + ": inflates more than " + MAX_RATIO + " times its compressed size of "
              + packed + " bytes: a zip bomb, not read");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (ZipException e) {
      throw new CrateReadException(what + ": not a valid zip entry: " + e.getMessage());
    } catch (IOException e) {
      throw new CrateReadException(what + ": cannot be read: " + e.getMessage());
    }
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  private static ImmutableMap<String, Long> centralDirectory(Path file, String name) {
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
        throw new CrateReadException(name + ": is not a zip (no end of central directory)");
      }
      int entries = Short.toUnsignedInt(end.getShort(eocd + 10));
      long cdSize = Integer.toUnsignedLong(end.getInt(eocd + 12));
      long cdOffset = Integer.toUnsignedLong(end.getInt(eocd + 16));
      if (entries == 0xFFFF || cdOffset == 0xFFFFFFFFL) {
        throw new CrateReadException(name + ": is a ZIP64 archive, which sst does not read: a crate sst writes is"
            + " far smaller");
      }
      if (entries > MAX_FILES) {
        throw new CrateReadException(name + ": has " + entries + " entries, more than the " + MAX_FILES
            + " a crate may hold; not read");
      }
      if (cdOffset + cdSize > size) {
        throw new CrateReadException(name + ": is not a valid zip (its central directory lies past its end)");
      }
      ByteBuffer cd = read(ch, cdOffset, (int) cdSize);
      Map<String, Long> sizes = new LinkedHashMap<>();
      long declaredTotal = 0;
      int p = 0;
      for (int i = 0; i < entries; i++) {
        if (p + 46 > cd.limit() || cd.getInt(p) != CENTRAL_SIGNATURE) {
          throw new CrateReadException(name + ": is not a valid zip (broken central directory)");
        }
        int madeBy = Short.toUnsignedInt(cd.getShort(p + 4)) >> 8;
        long packed = Integer.toUnsignedLong(cd.getInt(p + 20));
        long unpacked = Integer.toUnsignedLong(cd.getInt(p + 24));
        int nameLength = Short.toUnsignedInt(cd.getShort(p + 28));
        int extraLength = Short.toUnsignedInt(cd.getShort(p + 30));
        int commentLength = Short.toUnsignedInt(cd.getShort(p + 32));
        int external = cd.getInt(p + 38);
        if (p + 46 + nameLength > cd.limit()) {
          throw new CrateReadException(name + ": is not a valid zip (broken central directory)");
        }
        byte[] nameBytes = new byte[nameLength];
        cd.get(p + 46, nameBytes);
        String entry = utf8(nameBytes, name);
        boolean folder = entry.endsWith("/");
        String path = folder ? entry.substring(0, entry.length() - 1) : entry;
        CratePaths.problem(path).ifPresent(why -> {
          throw new CrateReadException(name + ": entry '" + entry + "' has a name that is not a path inside the"
              + " crate (" + why + "); not read");
        });
        if (madeBy == UNIX && ((external >>> 16) & MODE_TYPE_MASK) == MODE_SYMLINK) {
          throw new CrateReadException(name + ": entry '" + entry + "' is a symbolic link, which a crate never"
              + " holds; not read");
        }
        // What an entry declares is checked too, so that a bomb is refused even in an entry never read; the bytes
        // read are counted all the same, since a declared size may lie.
        declaredTotal += unpacked;
        if (unpacked > MAX_FILE_BYTES || declaredTotal > MAX_TOTAL_BYTES
            || (unpacked > RATIO_FREE_BYTES && unpacked > (long) MAX_RATIO * Math.max(1, packed))) {
          throw new CrateReadException(name + ": entry '" + entry + "' declares " + unpacked + " bytes from "
              + packed + " compressed, past the limits (at most " + MAX_FILE_BYTES + " bytes a file, "
              + MAX_TOTAL_BYTES + " in all, and " + MAX_RATIO + " times its compressed size): a zip bomb, not read");
        }
        if (!folder && sizes.put(entry, packed) != null) {
          throw new CrateReadException(name + ": has two entries named '" + entry + "'; not read");
        }
        p += 46 + nameLength + extraLength + commentLength;
      }
      if (p != cd.limit()) {
        throw new CrateReadException(name + ": is not a valid zip (its central directory holds other than the "
            + entries + " entries it declares)");
      }
      return ImmutableMap.copyOf(sizes);
    } catch (NoSuchFileException e) {
      throw new CrateReadException(name + ": no such file");
    } catch (IOException e) {
      throw new CrateReadException(name + ": cannot be read: " + e.getMessage());
    }
  }

  private static String utf8(byte[] bytes, String name) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new CrateReadException(name + ": an entry's name is not UTF-8; not read");
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
