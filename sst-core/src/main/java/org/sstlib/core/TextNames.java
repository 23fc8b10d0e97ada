package org.sstlib.core;

import java.util.Optional;

/**
 * The rule for the name of a source's text ({@code text: transcripts/int-07.txt}): a relative path inside the
 * folder it is resolved in (the case file's, or a folder of texts), so that a case file can never make the tool read
 * elsewhere. Symbolic links are checked where the text is read.
 */
public final class TextNames {
  private TextNames() {}

  /** What is wrong with a text name, if anything: the message completes "source 'x': ". */
  public static Optional<String> problem(String name) {
    String why = null;
    if (name.isBlank()) {
      why = "its text is empty";
    } else if (name.indexOf('\\') >= 0) {
      why = "text '" + name + "' has a backslash: separate folders with /";
    } else if (name.indexOf(':') >= 0) {
      why = "text '" + name + "' is not a relative path (it has a ':'): texts are read from files beside the case, "
          + "never from a URL or another drive";
    } else if (name.startsWith("/")) {
      why = "text '" + name + "' is an absolute path: name it relative to the case file's folder (or to the folder "
          + "given with --texts)";
    } else {
      for (String part : name.split("/", -1)) {
        if (part.equals("..")) {
          why = "text '" + name + "' goes up out of the case file's folder with '..': keep texts in that folder or "
              + "below it, or give their folder with --texts";
          break;
        }
        if (part.isEmpty()) {
          why = "text '" + name + "' has an empty folder name ('//' or a '/' at the end)";
          break;
        }
      }
    }
    return Optional.ofNullable(why);
  }
}
