package org.sstlib.qda.refi;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sstlib.qda.CodedSegment;
import org.sstlib.qda.CodedSegment.Kind;
import org.sstlib.qda.QdaData;
import org.sstlib.qda.SourceDocument;
import org.sstlib.qda.refi.XmlTree.Element;

/**
 * Reads REFI-QDA 1.0 files: a project ({@code project.qde}, alone or in its {@code .qdpx} archive) and a codebook
 * ({@code .qdc}), with the hardened parser of {@link XmlTree} and, for an archive, {@link QdpxArchive}.
 *
 * <pre>{@code
 * RefiProject p = QdeReader.readQdpx(Path.of("study.qdpx"));
 * ImmutableList<QdaCode> codes = QdeReader.readQdc(Path.of("codes.qdc"));
 * }</pre>
 *
 * <p>A project gives one {@link CodedSegment} per selection that has at least one coding: the key is the
 * selection's GUID; a text selection's quote is the text between its {@code startPosition} and {@code
 * endPosition}, counted in Unicode characters (code points, so a character outside the Basic Multilingual Plane
 * counts once; for all other text the same as UTF-16 units), the end exclusive; the codes are name paths with
 * their GUIDs; the coder is the name of the coding's (else the selection's) creating user; the memos are the
 * selection's {@code Description} (where ATLAS.ti writes a comment) and the plain text of the notes the selection or
 * its codings refer to ({@code NoteRef}), or that a link joins to it. A coded selection of an audio or video
 * source's transcript ({@code TranscriptSelection}) is an audio or video segment whose quote is the transcript's text
 * between the positions of its two sync points, counted as a text selection's, and whose locator gives the
 * transcript, the time span between the sync points' time stamps and the characters; the source itself keeps no
 * plain text (its transcript is not the recording). An archive whose one {@code .qde} at the top
 * level has another name than {@code project.qde} (ATLAS.ti names it after the project) is read too.
 * A file that breaks the standard's structure (another root, a missing required attribute, a reference to no
 * code, a sync point that is not there) or a selection outside its source's text is refused with the file and
 * line. What is coded but cannot become a segment (a source coded as a whole) is listed in
 * {@link RefiProject#notRead()}.
 */
public final class QdeReader {

  /** The most bytes a {@code .qde} or {@code .qdc} file read on its own may have (256 MiB). */
  public static final long MAX_FILE_BYTES = QdpxArchive.MAX_ENTRY_BYTES;

  private static final String INTERNAL = "internal://";

  private final String file;
  private final Function<String, Optional<String>> internalText;
  private final Map<String, QdaCode> codes = new HashMap<>();
  private final Map<String, String> users = new LinkedHashMap<>();
  private final Map<String, String> notes = new HashMap<>();
  private final Map<String, List<String>> linkedNotes = new HashMap<>();
  private final List<String> notRead = new ArrayList<>();

  private QdeReader(String file, Function<String, Optional<String>> internalText) {
    this.file = file;
    this.internalText = internalText;
  }

  // ------------------------------------------------------------------------------------------------- entry points

  /**
   * Reads a project exchange file: its {@code project.qde} (or its one {@code .qde} at the top level) and the
   * sources' text under {@code sources/}.
   *
   * @throws RefiQdaException if the archive or the project is refused
   */
  public static RefiProject readQdpx(Path qdpx) {
    try (QdpxArchive archive = QdpxArchive.open(qdpx)) {
      return readQdpx(archive);
    } catch (IOException e) {
      throw new RefiQdaException(qdpx.toString(), "cannot be closed: " + e.getMessage());
    }
  }

  /** Reads the project of an open archive. */
  public static RefiProject readQdpx(QdpxArchive archive) {
    String entry = "project.qde";
    if (!archive.has(entry)) {
      List<String> qde = archive.entryNames().stream().filter(n -> n.endsWith(".qde") && !n.contains("/")).toList();
      if (qde.size() != 1) {
        throw new RefiQdaException(archive.name(), "holds no project.qde (nor one other .qde at its top level): it"
            + " is not a REFI-QDA project exchange file");
      }
      entry = qde.get(0);
    }
    byte[] xml = archive.read(entry);
    String where = archive.name() + "!" + entry;
    return readQde(xml, where, path -> {
      String name = "sources/" + path;
      return archive.has(name) ? Optional.of(archive.readText(name)) : Optional.empty();
    });
  }

  /**
   * Reads a project's XML.
   *
   * @param file the name errors give
   * @param internalText the text of an {@code internal://} path (the part after it), if the archive holds it
   */
  public static RefiProject readQde(byte[] xml, String file, Function<String, Optional<String>> internalText) {
    Element root = XmlTree.read(xml, file);
    if (!root.name().equals("Project")) {
      throw at(file, root, "the root element is <" + root.name() + ">, not <Project>: not a REFI-QDA project");
    }
    return new QdeReader(file, internalText).project(root);
  }

  /** Reads a codebook exchange file ({@code .qdc}): its root codes, each with its nested codes. */
  public static ImmutableList<QdaCode> readQdc(Path qdc) {
    return readCodebook(bytes(qdc), qdc.toString());
  }

  /** Reads a codebook's XML ({@code <CodeBook>} root), naming {@code file} in errors. */
  public static ImmutableList<QdaCode> readCodebook(byte[] xml, String file) {
    Element root = XmlTree.read(xml, file);
    if (!root.name().equals("CodeBook")) {
      throw at(file, root, "the root element is <" + root.name() + ">, not <CodeBook>: not a REFI-QDA codebook");
    }
    return new QdeReader(file, p -> Optional.empty()).codeBook(root);
  }

  static byte[] bytes(Path path) {
    try {
      if (Files.size(path) > MAX_FILE_BYTES) {
        throw new RefiQdaException(path.toString(), "is larger than " + MAX_FILE_BYTES + " bytes; not read");
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new RefiQdaException(path.toString(), "no such file");
    } catch (IOException e) {
      throw new RefiQdaException(path.toString(), "cannot be read: " + e.getMessage());
    }
  }

  // ------------------------------------------------------------------------------------------------ the project

  private RefiProject project(Element root) {
    root.child("Users").ifPresent(us -> us.children("User").forEach(u ->
        users.put(required(u, "guid"), u.attribute("name").orElse(required(u, "guid")))));
    ImmutableList<QdaCode> roots = root.child("CodeBook").map(this::codeBook).orElse(ImmutableList.of());
    root.child("Notes").ifPresent(ns -> ns.children("Note").forEach(n ->
        notes.put(required(n, "guid"), text(n).orElse(n.attribute("name").orElse("")))));
    root.child("Links").ifPresent(ls -> ls.children("Link").forEach(l -> {
      Optional<String> origin = l.attribute("originGUID");
      Optional<String> target = l.attribute("targetGUID");
      if (origin.isPresent() && target.isPresent() && notes.containsKey(origin.get())) {
        linkedNotes.computeIfAbsent(target.get(), k -> new ArrayList<>()).add(notes.get(origin.get()));
      }
    }));
    List<SourceDocument> sources = new ArrayList<>();
    List<CodedSegment> segments = new ArrayList<>();
    root.child("Sources").ifPresent(ss -> ss.children().forEach(s -> source(s, sources, segments)));
    QdaData data = new QdaData(ImmutableList.copyOf(sources), ImmutableList.copyOf(segments),
        ImmutableList.copyOf(users.values()));
    return new RefiProject(root.attribute("name").orElse(""), ImmutableMap.copyOf(users), roots, data,
        ImmutableList.copyOf(notRead));
  }

  private ImmutableList<QdaCode> codeBook(Element codeBook) {
    Element list = codeBook.child("Codes").orElseThrow(() -> at(file, codeBook, "<CodeBook> has no <Codes>"));
    return list.children("Code").stream().map(c -> code(c, "")).collect(ImmutableList.toImmutableList());
  }

  private QdaCode code(Element c, String parentPath) {
    String guid = required(c, "guid");
    String name = required(c, "name");
    String path = parentPath.isEmpty() ? name : parentPath + "/" + name;
    boolean codable = c.attribute("isCodable").map(v -> !v.trim().equals("false") && !v.trim().equals("0"))
        .orElse(true);
    Optional<String> description = c.child("Description").map(d -> d.text().strip()).filter(d -> !d.isEmpty());
    ImmutableList<QdaCode> children = c.children("Code").stream().map(child -> code(child, path))
        .collect(ImmutableList.toImmutableList());
    QdaCode code = new QdaCode(guid, name, path, codable, description, children);
    if (codes.put(guid, code) != null) {
      throw at(file, c, "two codes have the GUID " + guid);
    }
    return code;
  }

  private void source(Element s, List<SourceDocument> sources, List<CodedSegment> segments) {
    String guid = required(s, "guid");
    String name = s.attribute("name").orElse(guid);
    int whole = s.children("Coding").size();
    if (whole > 0) {
      notRead.add("source '" + name + "' is coded as a whole (" + whole + (whole == 1 ? " coding" : " codings")
          + "), which is not read: only coded selections become segments");
    }
    switch (s.name()) {
      case "TextSource" -> {
        Optional<String> text = sourceText(s, name);
        sources.add(new SourceDocument(name, Kind.TEXT, text));
        for (Element sel : s.children("PlainTextSelection")) {
          textSelection(sel, name, Kind.TEXT, text, segments);
        }
      }
      case "PDFSource" -> {
        Optional<Element> representation = s.child("Representation");
        Optional<String> text = representation.flatMap(r -> sourceText(r, name));
        sources.add(new SourceDocument(name, Kind.PDF, text));
        for (Element sel : s.children("PDFSelection")) {
          String locator = "page " + number(sel, "page") + ", region " + region(sel);
          Optional<String> quote = sel.child("Representation").flatMap(this::text);
          segment(sel, name, Kind.PDF, quote, locator, segments);
        }
        for (Element r : representation.stream().toList()) {
          for (Element sel : r.children("PlainTextSelection")) {
            textSelection(sel, name, Kind.PDF, text, segments);
          }
        }
      }
      case "PictureSource" -> {
        sources.add(new SourceDocument(name, Kind.PICTURE, Optional.empty()));
        for (Element sel : s.children("PictureSelection")) {
          segment(sel, name, Kind.PICTURE, Optional.empty(), "region " + region(sel), segments);
        }
      }
      case "AudioSource", "VideoSource" -> {
        Kind kind = s.name().equals("AudioSource") ? Kind.AUDIO : Kind.VIDEO;
        String selection = kind == Kind.AUDIO ? "AudioSelection" : "VideoSelection";
        sources.add(new SourceDocument(name, kind, Optional.empty()));
        for (Element sel : s.children(selection)) {
          String locator = time(number(sel, "begin")) + "-" + time(number(sel, "end"));
          segment(sel, name, kind, Optional.empty(), locator, segments);
        }
        List<Element> transcripts = s.children("Transcript");
        for (int i = 0; i < transcripts.size(); i++) {
          transcript(transcripts.get(i), transcripts.size() == 1 ? "" : " " + (i + 1), name, kind, segments);
        }
      }
      default -> throw at(file, s, "<" + s.name() + "> is not a source the REFI-QDA standard defines (TextSource,"
          + " PDFSource, PictureSource, AudioSource, VideoSource)");
    }
  }

  private void textSelection(Element sel, String source, Kind kind, Optional<String> text,
      List<CodedSegment> segments) {
    String guid = required(sel, "guid");
    long start = number(sel, "startPosition");
    long end = number(sel, "endPosition");
    if (text.isEmpty() && sel.children("Coding").isEmpty()) {
      return;
    }
    String t = text.orElseThrow(() -> at(file, sel, "selection " + guid + " in source '" + source + "': the"
        + " source's plain text is not in the project (no PlainTextContent, and its plainTextPath is not in the"
        + " archive)"));
    int length = t.codePointCount(0, t.length());
    if (start < 0 || end < start || end > length) {
      throw at(file, sel, "selection " + guid + " in source '" + source + "': characters " + start + "-" + end
          + " are outside its text of " + length + " characters");
    }
    int from = t.offsetByCodePoints(0, (int) start);
    int to = t.offsetByCodePoints(from, (int) (end - start));
    segment(sel, source, kind, Optional.of(t.substring(from, to)), "characters " + start + "-" + end, segments);
  }

  /**
   * The coded selections of an audio or video source's transcript. A selection lies between two of the transcript's
   * sync points: its quote is the transcript's text between their positions (code points, the end exclusive), and
   * its time span is between their time stamps (milliseconds).
   */
  private void transcript(Element t, String number, String source, Kind kind, List<CodedSegment> segments) {
    required(t, "guid");
    String title = t.attribute("name").map(String::strip).filter(n -> !n.isEmpty())
        .map(n -> "transcript '" + n + "'").orElse("transcript" + number);
    Map<String, Element> syncPoints = new HashMap<>();
    for (Element p : t.children("SyncPoint")) {
      String guid = required(p, "guid");
      if (syncPoints.put(guid, p) != null) {
        throw at(file, p, "two sync points of the " + title + " of source '" + source + "' have the GUID " + guid);
      }
    }
    Optional<String> text = sourceText(t, source);
    for (Element sel : t.children("TranscriptSelection")) {
      String guid = required(sel, "guid");
      if (sel.children("Coding").isEmpty()) {
        continue;
      }
      String where = "transcript selection " + guid + " in source '" + source + "'";
      Optional<String> fromGuid = sel.attribute("fromSyncPoint");
      Optional<String> toGuid = sel.attribute("toSyncPoint");
      if (fromGuid.isEmpty() || toGuid.isEmpty()) {
        notRead.add(where + " is coded but has no " + (fromGuid.isEmpty() ? "fromSyncPoint" : "toSyncPoint")
            + ", so where it lies in its " + title + " is not known; it was not read");
        continue;
      }
      Element from = syncPoint(sel, where, "fromSyncPoint", fromGuid.get(), syncPoints, title);
      Element to = syncPoint(sel, where, "toSyncPoint", toGuid.get(), syncPoints, title);
      Optional<Long> begin = optionalNumber(from, "timeStamp");
      Optional<Long> end = optionalNumber(to, "timeStamp");
      Optional<Long> start = optionalNumber(from, "position");
      Optional<Long> stop = optionalNumber(to, "position");
      List<String> locator = new ArrayList<>(List.of(title));
      if (begin.isPresent() && end.isPresent()) {
        if (begin.get() > end.get()) {
          throw at(file, sel, where + ": its fromSyncPoint (at " + time(begin.get()) + ") comes after its"
              + " toSyncPoint (at " + time(end.get()) + ")");
        }
        locator.add(time(begin.get()) + "-" + time(end.get()));
      }
      Optional<String> quote = Optional.empty();
      if (start.isPresent() && stop.isPresent()) {
        if (start.get() > stop.get()) {
          throw at(file, sel, where + ": its fromSyncPoint (at character " + start.get() + ") comes after its"
              + " toSyncPoint (at character " + stop.get() + ")");
        }
        if (text.isPresent()) {
          String s = text.get();
          int length = s.codePointCount(0, s.length());
          if (stop.get() > length) {
            throw at(file, sel, where + ": characters " + start.get() + "-" + stop.get() + " are outside the text of"
                + " its " + title + " of " + length + " characters");
          }
          int i = s.offsetByCodePoints(0, start.get().intValue());
          quote = Optional.of(s.substring(i, s.offsetByCodePoints(i, (int) (stop.get() - start.get()))));
        }
        locator.add("characters " + start.get() + "-" + stop.get());
      }
      segment(sel, source, kind, quote, String.join(", ", locator), segments);
    }
  }

  private Element syncPoint(Element sel, String where, String attribute, String guid, Map<String, Element> points,
      String title) {
    Element p = points.get(guid);
    if (p == null) {
      throw at(file, sel, where + ": its " + attribute + " " + guid + " is no sync point of its " + title);
    }
    return p;
  }

  private void segment(Element sel, String source, Kind kind, Optional<String> quote, String locator,
      List<CodedSegment> segments) {
    String guid = required(sel, "guid");
    List<Element> codings = sel.children("Coding");
    if (codings.isEmpty()) {
      return;
    }
    List<String> paths = new ArrayList<>();
    List<String> guids = new ArrayList<>();
    Optional<String> coder = Optional.empty();
    List<String> memos = new ArrayList<>();
    // ATLAS.ti writes a comment on a selection as its Description rather than as a Note.
    sel.child("Description").map(d -> d.text().strip()).filter(d -> !d.isEmpty()).ifPresent(memos::add);
    memos.addAll(noteRefs(sel));
    memos.addAll(linkedNotes.getOrDefault(guid, List.of()));
    for (Element coding : codings) {
      Element ref = coding.child("CodeRef").orElseThrow(() -> at(file, coding, "a <Coding> of selection " + guid
          + " has no <CodeRef>"));
      String target = required(ref, "targetGUID");
      QdaCode code = codes.get(target);
      if (code == null) {
        throw at(file, ref, "selection " + guid + " is coded with " + target + ", which is no code of the project's"
            + " codebook");
      }
      if (!guids.contains(target)) {
        paths.add(code.path());
        guids.add(target);
      }
      if (coder.isEmpty()) {
        coder = user(coding.attribute("creatingUser"));
      }
      memos.addAll(noteRefs(coding));
    }
    if (coder.isEmpty()) {
      coder = user(sel.attribute("creatingUser"));
    }
    segments.add(new CodedSegment(guid, source, kind, quote, locator, ImmutableList.copyOf(paths),
        ImmutableList.copyOf(guids), coder, ImmutableList.copyOf(memos.stream().distinct().toList()),
        sel.attribute("name").map(String::strip).filter(n -> !n.isEmpty())));
  }

  private Optional<String> user(Optional<String> guid) {
    return guid.map(g -> users.getOrDefault(g, g));
  }

  private List<String> noteRefs(Element e) {
    List<String> memos = new ArrayList<>();
    for (Element ref : e.children("NoteRef")) {
      String target = required(ref, "targetGUID");
      String note = notes.get(target);
      if (note == null) {
        throw at(file, ref, "<NoteRef> refers to " + target + ", which is no note of the project");
      }
      memos.add(note);
    }
    return memos;
  }

  /** The plain text of a text source (or a PDF's representation): inline, or from the archive. */
  private Optional<String> sourceText(Element s, String source) {
    Optional<String> inline = s.child("PlainTextContent").map(Element::text);
    if (inline.isPresent()) {
      return inline;
    }
    Optional<String> path = s.attribute("plainTextPath");
    if (path.isPresent() && path.get().startsWith(INTERNAL)) {
      return internalText.apply(path.get().substring(INTERNAL.length()));
    }
    return Optional.empty();
  }

  private Optional<String> text(Element e) {
    Optional<String> inline = e.child("PlainTextContent").map(Element::text);
    if (inline.isPresent()) {
      return inline;
    }
    return e.attribute("plainTextPath").filter(p -> p.startsWith(INTERNAL))
        .flatMap(p -> internalText.apply(p.substring(INTERNAL.length())));
  }

  private String region(Element sel) {
    return "(" + number(sel, "firstX") + ", " + number(sel, "firstY") + ")-(" + number(sel, "secondX") + ", "
        + number(sel, "secondY") + ")";
  }

  /** A time in milliseconds as {@code HH:MM:SS}, with {@code .mmm} when not a whole second. */
  static String time(long ms) {
    String t = String.format("%02d:%02d:%02d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60);
    return ms % 1000 == 0 ? t : t + String.format(".%03d", ms % 1000);
  }

  private Optional<Long> optionalNumber(Element e, String attribute) {
    return e.attribute(attribute).isPresent() ? Optional.of(number(e, attribute)) : Optional.empty();
  }

  private long number(Element e, String attribute) {
    String v = required(e, attribute);
    try {
      long n = Long.parseLong(v.trim());
      if (n < 0) {
        throw at(file, e, "<" + e.name() + "> has " + attribute + "=\"" + v + "\": it must not be negative");
      }
      return n;
    } catch (NumberFormatException ex) {
      throw at(file, e, "<" + e.name() + "> has " + attribute + "=\"" + v + "\", which is not a whole number");
    }
  }

  private String required(Element e, String attribute) {
    return e.attribute(attribute).orElseThrow(() -> at(file, e, "<" + e.name() + "> has no " + attribute
        + " attribute, which the REFI-QDA standard requires"));
  }

  private static RefiQdaException at(String file, Element e, String message) {
    return new RefiQdaException(file, e.line(), e.column(), message);
  }
}
