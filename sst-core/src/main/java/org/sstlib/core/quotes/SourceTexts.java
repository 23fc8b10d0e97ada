package org.sstlib.core.quotes;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.sstlib.core.TextNames;
import org.sstlib.core.TextRule;
import org.sstlib.core.internal.StrictUtf8;

/**
 * Reads a source's text from a local file: the name the source gives ({@code text: transcripts/int-07.txt}) resolved
 * inside a folder (the case file's, or the folder given with {@code --texts}). Only a regular file inside that folder
 * is read, never a URL: a name that {@link TextNames} refuses (absolute, with {@code ..}, a backslash or a colon), a
 * file reached through a symbolic link (in the name's last part or in a folder on the way) that leads out of the
 * folder, a folder, a device or a pipe, a file over {@link #MAX_BYTES}, a file that is not UTF-8, and a binary file
 * (one holding NUL or another control character but tab, LF, CR and form feed, a noncharacter) are refused. A
 * byte-order mark is removed.
 *
 * <pre>{@code
 * try {
 *   SourceText t = SourceTexts.read(Path.of("examples/cases"), "transcripts/int-07.txt");
 * } catch (SourceTextException e) {
 *   System.err.println(e.getMessage() + (e.isMissing() ? " (missing)" : ""));
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SourceTexts {
  /** The largest text read: 64 MiB. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  private SourceTexts() {}

  /**
   * Reads the text {@code name} in {@code folder}.
   *
   * @throws SourceTextException if there is no such file, or it is refused; the message names the text
   */
  public static SourceText read(Path folder, String name) {
    checkNotNull(folder, "folder");
    checkNotNull(name, "name");
    Optional<String> bad = TextNames.problem(name);
    if (bad.isPresent()) {
      throw refused(bad.get());
    }
    String what = "text '" + name + "'";
    Path file;
    Path real;
    Path realFolder;
    try {
      realFolder = folder.toRealPath();
    } catch (NoSuchFileException e) {
      throw new SourceTextException(what + " is not found: there is no folder " + folder, true);
    } catch (IOException e) {
      throw refused(what + " cannot be read: the folder " + folder + " cannot be opened (" + e.getMessage() + ")");
    }
    try {
      file = folder.resolve(name);
    } catch (InvalidPathException e) {
      throw refused(what + " is not a file name this system allows (" + e.getReason() + ")");
    }
    try {
      real = file.toRealPath();
    } catch (NoSuchFileException e) {
      throw new SourceTextException(what + " is not found in " + folder, true);
    } catch (IOException e) {
      throw refused(what + " cannot be read: " + e.getMessage());
    }
    if (!real.startsWith(realFolder)) {
      throw refused(what + " leads out of the folder " + folder + " through a symbolic link: texts are read only "
          + "from inside the folder (copy the file there, or give its folder with --texts)");
    }
    if (Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
      throw refused(what + " is a folder, not a text file");
    }
    if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
      throw refused(what + " is not a regular file (a device or a pipe?): give a plain UTF-8 text file");
    }
    byte[] bytes;
    try {
      long size = Files.size(real);
      if (size > MAX_BYTES) {
        throw refused(tooLarge(what, size));
      }
      bytes = readLimited(real, what);
    } catch (IOException e) {
      throw refused(what + " cannot be read: " + e.getMessage());
    }
    return SourceText.of(name, decode(bytes, what));
  }

  /** Reads at most {@link #MAX_BYTES}, counting: a file that grows after its size was checked cannot pass. */
  private static byte[] readLimited(Path file, String what) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw refused(tooLarge(what, bytes.length));
      }
      return bytes;
    }
  }

  private static String decode(byte[] bytes, String what) {
    int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    byte[] body = from == 0 ? bytes : java.util.Arrays.copyOfRange(bytes, from, bytes.length);
    String text = StrictUtf8.decode(body, bad -> refused(what + " is not UTF-8 text: a bad byte sequence at line "
        + bad.line() + ", column " + bad.column() + " (byte " + (bad.offset() + from) + "); a binary file? give "
        + "the text as plain UTF-8 (for a PDF, its extracted text, for example from pdftotext)"));
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c != '\f' && !TextRule.allows(c)) {
        int line = SourceText.of("", text.substring(0, i)).lineCount();
        throw refused(what + " is binary: it holds " + TextRule.describe(c) + " at line " + line + "; give the "
            + "text as plain UTF-8 (for a PDF, its extracted text, for example from pdftotext)");
      }
      i += Character.charCount(c);
    }
    return text;
  }

  private static String tooLarge(String what, long size) {
    return String.format("%s is %.1f MiB; texts are read up to %d MiB", what, size / (1024.0 * 1024.0),
        MAX_BYTES / (1024 * 1024));
  }

  private static SourceTextException refused(String message) {
    return new SourceTextException(message, false);
  }
}
