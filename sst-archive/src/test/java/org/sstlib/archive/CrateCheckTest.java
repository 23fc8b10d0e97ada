package org.sstlib.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CrateCheck}: a changed byte anywhere is caught with its file named; a hostile zip is refused. */
class CrateCheckTest {
  @TempDir static Path shared;
  @TempDir Path dir;

  private static StudyCrate crate;
  private static byte[] zip;

  @BeforeAll
  static void makeCrate() throws IOException {
    crate = StudyCrate.builder("0.1.0-test", ExampleCases.DATE)
        .caseFile("hughes-2022.yaml", Files.readAllBytes(ExampleCases.REFERENCE))
        .caseFile("home-visits.yaml", Files.readAllBytes(ExampleCases.TOUR))
        .text("transcripts/int-07.txt", Files.readAllBytes(ExampleCases.TOUR.resolveSibling("transcripts/int-07.txt")))
        .textLeftOut("002_7060f6f416e12efd.txt", "its licence is not known to sst")
        .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    crate.writeZip(out);
    zip = out.toByteArray();
  }

  @Test
  void aChangedByteInAnyFileIsCaughtWithTheFileNamed() throws IOException {
    List<String> paths = crate.paths();
    assertTrue(paths.size() >= 12, "every kind of file: " + paths);
    Path unchanged = dir.resolve("unchanged");
    crate.writeDirectory(unchanged);
    assertTrue(CrateCheck.check(unchanged).isValid(), "before any change: " + CrateCheck.check(unchanged).problems());
    for (String path : paths) {
      Path folder = dir.resolve("crate-" + paths.indexOf(path));
      crate.writeDirectory(folder);
      Path file = folder.resolve(path);
      byte[] bytes = Files.readAllBytes(file);
      int at = letterNear(bytes, bytes.length / 2);
      bytes[at] = (byte) (bytes[at] == 'a' ? 'b' : 'a');   // one letter for another: still UTF-8, still JSON
      Files.write(file, bytes);
      CrateReport report = CrateCheck.check(folder);
      assertFalse(report.isValid(), path + ": a changed byte went unseen");
      String named = path.equals(StudyCrate.METADATA_SHA256) ? StudyCrate.METADATA : path;
      assertTrue(report.problems().stream().anyMatch(p -> p.toString().startsWith(folder + "/" + named + ": ")),
          path + ": " + report.problems());
    }
  }

  @Test
  void aChangedByteInsideTheZipIsCaughtWithTheFileNamed() throws IOException {
    // Flip a byte in the middle of the compressed data of the report, the largest entry.
    byte[] changed = zip.clone();
    int start = localData(changed, "report.html");
    changed[start + 200] ^= 0x01;
    Path file = Files.write(dir.resolve("changed.zip"), changed);
    CrateReport report = CrateCheck.check(file);
    assertFalse(report.isValid());
    assertTrue(report.problems().stream().anyMatch(p -> p.toString().startsWith(file + "/report.html: ")),
        report.problems().toString());
  }

  @Test
  void aFileMissingOrAddedIsNamed() throws IOException {
    Path folder = dir.resolve("crate");
    crate.writeDirectory(folder);
    Files.delete(folder.resolve("rdf/cases.trig"));
    Files.writeString(folder.resolve("rdf/extra.ttl"), "# not described\n");
    CrateReport report = CrateCheck.check(folder);
    assertEquals(2, report.problems().size(), report.problems().toString());
    assertTrue(report.problems().get(0).toString().contains("rdf/cases.trig: described in ro-crate-metadata.json but"
        + " not in the crate"), report.problems().toString());
    assertTrue(report.problems().get(1).toString().contains("rdf/extra.ttl: in the crate but not described"),
        report.problems().toString());
  }

  @Test
  void aCaseFileThatNoLongerValidatesIsReportedEvenWithItsChecksumMended() throws IOException {
    // The case file and its checksum both changed: the checksums agree, the case does not validate.
    Path folder = dir.resolve("crate");
    crate.writeDirectory(folder);
    Path caseFile = folder.resolve("cases/home-visits.yaml");
    String broken = Files.readString(caseFile).replace("agentInFocus: nurse", "agentInFocus: nobody");
    byte[] before = Files.readAllBytes(caseFile);
    Files.writeString(caseFile, broken);
    Path metadata = folder.resolve(StudyCrate.METADATA);
    String json = Files.readString(metadata).replace(CrateFile.sha256(before),
        CrateFile.sha256(broken.getBytes(StandardCharsets.UTF_8)))
        .replace("\"contentSize\": \"" + before.length + "\"", "\"contentSize\": \""
            + broken.getBytes(StandardCharsets.UTF_8).length + "\"");
    Files.writeString(metadata, json);
    Files.writeString(folder.resolve(StudyCrate.METADATA_SHA256),
        StudyCrate.checksumLine(json.getBytes(StandardCharsets.UTF_8)));
    CrateReport report = CrateCheck.check(folder);
    assertFalse(report.isValid());
    assertTrue(report.problems().stream().allMatch(p -> p.toString().startsWith(folder + "/cases/home-visits.yaml")),
        report.problems().toString());
    assertTrue(report.problems().toString().contains("nobody"), report.problems().toString());
  }

  @Test
  void hostileZipsAreRefusedBeforeAnythingIsRead() throws IOException {
    byte[] text = "x".getBytes(StandardCharsets.UTF_8);
    assertRefused(zipOf("../escape.txt", text), "escape.txt", "not a path inside the crate");
    assertRefused(zipOf("/etc/passwd", text), "/etc/passwd", "not a path inside the crate");
    assertRefused(zipOf("C:/windows.txt", text), "C:/windows.txt", "not a path inside the crate");
    assertRefused(zipOf("a\\..\\..\\b.txt", text), "b.txt", "not a path inside the crate");
    assertRefused(org.sstlib.core.testing.ZipBytes.markSymlink(zipOf("link", text), "link"), "link", "symbolic link");
    // A bomb: 20 MiB of zeros compress to some 20 KiB, a thousand times.
    assertRefused(zipOf("bomb.txt", new byte[20 << 20]), "bomb.txt", "zip bomb");
    assertRefused("not a zip at all".getBytes(StandardCharsets.UTF_8), "", "not a zip");
  }

  private void assertRefused(byte[] bytes, String entry, String why) throws IOException {
    Path file = Files.write(dir.resolve("hostile.zip"), bytes);
    CrateReport report = CrateCheck.check(file);
    assertEquals(1, report.problems().size(), report.problems().toString());
    String line = report.problems().get(0).toString();
    assertTrue(line.startsWith(file.toString()) && line.contains(entry) && line.contains(why), line);
  }

  private static byte[] zipOf(String name, byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(bytes);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  /** Where the data of the named entry starts, after its local header. */
  private static int localData(byte[] zip, String entry) {
    ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    byte[] name = entry.getBytes(StandardCharsets.UTF_8);
    for (int p = 0; p + 30 < zip.length; p++) {
      if (b.getInt(p) == 0x04034b50 && b.getShort(p + 26) == name.length
          && new String(zip, p + 30, name.length, StandardCharsets.UTF_8).equals(entry)) {
        return p + 30 + name.length + Short.toUnsignedInt(b.getShort(p + 28));
      }
    }
    throw new IllegalArgumentException("no entry " + entry);
  }

  /** The index of an ASCII letter at or after {@code from} (or before it, near the end). */
  private static int letterNear(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (Character.isLetter(bytes[i]) && bytes[i] > 0) {
        return i;
      }
    }
    for (int i = from; i >= 0; i--) {
      if (Character.isLetter(bytes[i]) && bytes[i] > 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("no letter");
  }
}
