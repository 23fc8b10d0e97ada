package org.sstlib.core.testing;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Zips made hostile by hand, for the tests of the readers of archives users hand to sst. */
public final class ZipBytes {
  private ZipBytes() {}

  /** The zip with the named entry marked, in its central directory, as a unix symbolic link. */
  public static byte[] markSymlink(byte[] zip, String entry) {
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
