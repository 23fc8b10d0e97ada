package org.sstlib.qda.refi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sstlib.qda.refi.ExportedProject.TextSource;

/**
 * Zips an {@link ExportedProject} as a REFI-QDA project exchange file ({@code .qdpx}): {@code project.qde} and each
 * source's plain text as {@code sources/<guid>.txt} (UTF-8). Deterministic: entries sorted by name, every entry
 * dated 1980-01-01 00:00 (the earliest date a zip can hold), so the same project gives the same bytes.
 *
 * <p>Stateless and thread-safe.
 */
final class QdpxWriter {
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  private QdpxWriter() {}

  /** The project as the bytes of a {@code .qdpx} file. */
  static byte[] write(ExportedProject project) {
    Map<String, byte[]> entries = new TreeMap<>();
    entries.put("project.qde", QdeWriter.write(project));
    for (TextSource s : project.sources()) {
      entries.put("sources/" + QdeWriter.textFile(s), s.text().getBytes(StandardCharsets.UTF_8));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
