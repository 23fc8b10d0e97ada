package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.cli.SstRun.sst;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every hostile project of the issue, imported as a user would ({@code sst import qdpx P --map M -o OUT}): each is
 * refused with exit code 1 and a message naming the file and what is wrong, and nothing is written (no case file,
 * no texts folder).
 */
class ImportHostileFilesTest {
  @TempDir Path dir;

  private static final String PROJECT = """
      <?xml version="1.0"?>
      <Project xmlns="urn:QDA-XML:project:1.0" name="P">
        <CodeBook><Codes><Code guid="c1" name="Eyesight" isCodable="true"/></Codes></CodeBook>
        <Sources>
          <TextSource guid="s1" name="Interview.txt" plainTextPath="internal://s1.txt">
            <PlainTextSelection guid="x1" startPosition="0" endPosition="5">
              <Coding guid="k1"><CodeRef targetGUID="c1"/></Coding>
            </PlainTextSelection>
          </TextSource>
        </Sources>
      </Project>
      """;

  private static byte[] zip(Map<String, byte[]> entries) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
      }
    }
    return bytes.toByteArray();
  }

  private static Map<String, byte[]> project(String qde) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("project.qde", qde.getBytes(StandardCharsets.UTF_8));
    entries.put("sources/s1.txt", "I can't see the numbers.".getBytes(StandardCharsets.UTF_8));
    return entries;
  }

  /** Imports the zip in a folder of its own; the run, with the folder's files after it. */
  private List<String> refused(String name, byte[] zip, String expected) throws Exception {
    Path in = Files.createDirectories(dir.resolve(name));
    Path file = Files.write(in.resolve(name + ".qdpx"), zip);
    Path map = Files.writeString(in.resolve("map.yaml"), "codes: {Eyesight: patient}\n");
    SstRun run = sst("import", "qdpx", file.toString(), "--map", map.toString(), "-o",
        in.resolve("case.yaml").toString());
    assertEquals(1, run.exitCode(), name + ": " + run.err());
    assertTrue(run.err().startsWith(file.toString()), name + ": " + run.err());
    assertTrue(run.err().contains(expected), name + ": " + run.err());
    try (Stream<Path> files = Files.list(in)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void eachHostileProjectIsRefusedAndWritesNothing() throws Exception {
    String xxe = PROJECT.replace("<?xml version=\"1.0\"?>\n", "<?xml version=\"1.0\"?>\n<!DOCTYPE Project "
        + "[<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n").replace("name=\"P\"", "name=\"&x;\"");
    assertEquals(List.of("map.yaml", "xxe.qdpx"), refused("xxe", zip(project(xxe)), "DOCTYPE"));

    StringBuilder laughs = new StringBuilder("<!DOCTYPE Project [<!ENTITY a \"lol\">");
    for (char c = 'b'; c <= 'j'; c++) {
      laughs.append("<!ENTITY ").append(c).append(" \"").append(String.valueOf("&" + (char) (c - 1) + ";").repeat(10))
          .append("\">");
    }
    laughs.append("]>\n");
    String bomb = PROJECT.replace("<?xml version=\"1.0\"?>\n", "<?xml version=\"1.0\"?>\n" + laughs)
        .replace("name=\"P\"", "name=\"&j;\"");
    assertEquals(List.of("laughs.qdpx", "map.yaml"), refused("laughs", zip(project(bomb)), "DOCTYPE"));

    Map<String, byte[]> slip = project(PROJECT);
    slip.put("../../evil.txt", "x".getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("map.yaml", "slip.qdpx"), refused("slip", zip(slip), "../../evil.txt"));

    // A zip bomb: the source's text inflates 64 MiB of zeros from about 64 KiB.
    Map<String, byte[]> inflating = project(PROJECT);
    inflating.put("sources/s1.txt", new byte[64 * 1024 * 1024]);
    assertEquals(List.of("inflating.qdpx", "map.yaml"), refused("inflating", zip(inflating), "sources/s1.txt"));

    // The same bomb in an entry that no source names, so it would never be read: refused all the same.
    Map<String, byte[]> unread = project(PROJECT);
    unread.put("sources/never-read.txt", new byte[64 * 1024 * 1024]);
    assertEquals(List.of("map.yaml", "unread.qdpx"), refused("unread", zip(unread), "'sources/never-read.txt'"
        + " declares 67108864 bytes"));

    String outside = PROJECT.replace("endPosition=\"5\"", "endPosition=\"500\"");
    assertEquals(List.of("map.yaml", "outside.qdpx"), refused("outside", zip(project(outside)),
        "characters 0-500 are outside its text"));

    String broken = PROJECT.replace("<CodeRef targetGUID=\"c1\"/>", "<CodeRef targetGUID=\"c9\"/>");
    assertEquals(List.of("broken.qdpx", "map.yaml"), refused("broken", zip(project(broken)),
        "which is no code of the project's codebook"));
  }
}
