package org.sstlib.qda.refi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zip archives the tests write themselves, hostile ones included. */
final class Zips {
  private Zips() {}

  /** Entries by name, in order. */
  static Map<String, byte[]> entries(String... namesAndTexts) {
    Map<String, byte[]> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      m.put(namesAndTexts[i], namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return m;
  }

  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  static Path write(Path dir, String name, byte[] zip) throws IOException {
    return Files.write(dir.resolve(name), zip);
  }

  /** The zip with the named entry marked, in its central directory, as a unix symbolic link. */
  static byte[] markSymlink(byte[] zip, String entry) {
    ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    byte[] name = entry.getBytes(StandardCharsets.UTF_8);
    for (int p = 0; p + 46 < zip.length; p++) {
      if (b.getInt(p) == 0x02014b50 && b.getShort(p + 28) == name.length
          && new String(zip, p + 46, name.length, StandardCharsets.UTF_8).equals(entry)) {
        b.putShort(p + 4, (short) ((3 << 8) | 20));
        b.putInt(p + 38, 0120777 << 16);
        return zip;
      }
    }
    throw new IllegalArgumentException("no entry " + entry);
  }
}
