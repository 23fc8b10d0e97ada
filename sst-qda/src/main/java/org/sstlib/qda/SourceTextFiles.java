package org.sstlib.qda;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sstlib.core.Problem;
import org.sstlib.core.internal.AtomicFiles;

/**
 * Keeps the sources' plain texts of an import beside the case file, where {@code sst validate} finds them (a source's
 * {@code text} is resolved against the case file's folder), so that every quote can be checked against the text it
 * was taken from. A text already there with the same content is left alone; one with other content is never
 * replaced. Stateless and thread-safe.
 */
public final class SourceTextFiles {
  private SourceTextFiles() {}

  /**
   * The problems that writing the texts into the folder would meet: a file there with other content, or a name that
   * is a folder. Empty when {@link #write} can go ahead.
   */
  public static List<Problem> check(Map<String, String> texts, Path caseFolder) {
    checkNotNull(texts, "texts");
    checkNotNull(caseFolder, "caseFolder");
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      Path file = caseFolder.resolve(e.getKey());
      if (Files.isSymbolicLink(file)) {
        problems.add(Problem.of(file + ": is a symbolic link; the source's text is written only as a plain file"));
      } else if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
        problems.add(Problem.of(file + ": is a folder, where the text of a source would be written"));
      } else if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        try {
          if (!Files.readString(file, StandardCharsets.UTF_8).equals(e.getValue())) {
            problems.add(Problem.of(file + ": holds another text than the source's: it is not replaced (move it, "
                + "or name another folder with texts: in the map)"));
          }
        } catch (IOException | java.io.UncheckedIOException x) {
          problems.add(Problem.of(file + ": cannot be read to compare with the source's text: " + x.getMessage()));
        }
      }
    }
    return problems;
  }

  /**
   * Writes each text not yet there, whole or not at all.
   *
   * @throws QdaFileException if {@link #check} finds a problem; nothing is written then
   * @throws IOException if a file cannot be written
   */
  public static void write(Map<String, String> texts, Path caseFolder) throws IOException {
    List<Problem> problems = check(texts, caseFolder);
    if (!problems.isEmpty()) {
      throw new QdaFileException(caseFolder.toString(), problems);
    }
    for (Map.Entry<String, String> e : texts.entrySet()) {
      Path file = caseFolder.resolve(e.getKey());
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
      }
    }
  }
}
