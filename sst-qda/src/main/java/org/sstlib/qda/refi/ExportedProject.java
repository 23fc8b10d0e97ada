package org.sstlib.qda.refi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * A REFI-QDA project as {@link QdpxExport} makes it from a case, before it is written as XML ({@link QdeWriter})
 * and zipped ({@link QdpxWriter}): users, a code tree, text sources with their coded selections, and notes. Every
 * GUID is made from the case's ids, so the same case gives the same project. Immutable.
 *
 * @param name the project's name (the case's title)
 * @param origin what made it ({@code sst <version>})
 * @param users the case's analysts as the project's users
 * @param codes the root codes, each with its nested codes
 * @param sources the text sources, each with its plain text and selections
 * @param notes the evidence items' notes, each referred to by its selection
 */
record ExportedProject(String name, String origin, List<User> users, List<Code> codes,
    List<TextSource> sources, List<Note> notes) {

  ExportedProject {
    checkNotNull(name, "name");
    checkNotNull(origin, "origin");
    users = ImmutableList.copyOf(users);
    codes = ImmutableList.copyOf(codes);
    sources = ImmutableList.copyOf(sources);
    notes = ImmutableList.copyOf(notes);
  }

  /** A user: an analyst of the case, by name. */
  record User(String guid, String name) {
    User {
      checkNotNull(guid, "guid");
      checkNotNull(name, "name");
    }
  }

  /** A code: a heading (not codable) or a code standing for a target or a kind of evidence. */
  record Code(String guid, String name, boolean codable, String description, List<Code> children) {
    Code {
      checkNotNull(guid, "guid");
      checkNotNull(name, "name");
      checkNotNull(description, "description");
      children = ImmutableList.copyOf(children);
    }
  }

  /**
   * A text source: its plain text, kept in the archive as {@code sources/<guid>.txt}, and its selections.
   *
   * @param description what the text is (the source's own text, or the quotes the case records from it)
   */
  record TextSource(String guid, String name, String description, String text, List<Selection> selections) {
    TextSource {
      checkNotNull(guid, "guid");
      checkNotNull(name, "name");
      checkNotNull(description, "description");
      checkNotNull(text, "text");
      selections = ImmutableList.copyOf(selections);
    }
  }

  /**
   * A coded selection of a text: one evidence item's quote.
   *
   * @param name the evidence item's id
   * @param start the first character's index, in code points from 0
   * @param end the index just past the last character
   * @param user the GUID of the analyst who made the item, if the case names one
   * @param codes the GUIDs of the codes it is coded with
   * @param note the GUID of the note on it, if it has one
   */
  record Selection(String guid, String name, int start, int end, Optional<String> user, List<String> codes,
      Optional<String> note) {
    Selection {
      checkNotNull(guid, "guid");
      checkNotNull(name, "name");
      checkArgument(0 <= start && start <= end, "span %s..%s", start, end);
      checkNotNull(user, "user");
      codes = ImmutableList.copyOf(codes);
      checkNotNull(note, "note");
    }
  }

  /** A note (memo) with its plain text. */
  record Note(String guid, String name, Optional<String> user, String text) {
    Note {
      checkNotNull(guid, "guid");
      checkNotNull(name, "name");
      checkNotNull(user, "user");
      checkNotNull(text, "text");
    }
  }
}
