package org.sstlib.qda.refi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sstlib.qda.refi.ExportedProject.Code;
import org.sstlib.qda.refi.ExportedProject.Note;
import org.sstlib.qda.refi.ExportedProject.Selection;
import org.sstlib.qda.refi.ExportedProject.TextSource;
import org.sstlib.qda.refi.ExportedProject.User;

/**
 * Writes an {@link ExportedProject} as a REFI-QDA 1.0 project file ({@code project.qde}): UTF-8 XML in the
 * standard's namespace, its elements in the order its schema gives ({@code Users}, {@code CodeBook},
 * {@code Sources}, {@code Notes}; in a selection, its codings before its note references), indented two spaces.
 * Each source's text is referred to by {@code plainTextPath="internal://<guid>.txt"}, the file {@link QdpxWriter}
 * puts under {@code sources/}. No date is written, so the same project gives the same bytes.
 *
 * <p>Stateless and thread-safe.
 */
final class QdeWriter {
  /** The REFI-QDA project namespace. */
  static final String NAMESPACE = "urn:QDA-XML:project:1.0";

  private QdeWriter() {}

  /** The project as the bytes of {@code project.qde}. */
  static byte[] write(ExportedProject project) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
      new Run(x).project(project);
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the project's XML cannot be written", e);
    }
    return bytes.toByteArray();
  }

  /** Path of a source's text inside the archive, after {@code sources/}. */
  static String textFile(TextSource s) {
    return s.guid() + ".txt";
  }

  /** One writing. Not thread-safe. */
  private static final class Run {
    private final XMLStreamWriter x;
    private int depth;

    Run(XMLStreamWriter x) {
      this.x = x;
    }

    void project(ExportedProject p) throws XMLStreamException {
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("Project");
      x.writeDefaultNamespace(NAMESPACE);
      x.writeAttribute("name", p.name());
      x.writeAttribute("origin", p.origin());
      depth++;
      if (!p.users().isEmpty()) {
        open("Users");
        for (User u : p.users()) {
          empty("User");
          x.writeAttribute("guid", u.guid());
          x.writeAttribute("name", u.name());
        }
        close();
      }
      open("CodeBook");
      open("Codes");
      for (Code c : p.codes()) {
        code(c);
      }
      close();
      close();
      if (!p.sources().isEmpty()) {
        open("Sources");
        for (TextSource s : p.sources()) {
          source(s);
        }
        close();
      }
      if (!p.notes().isEmpty()) {
        open("Notes");
        for (Note n : p.notes()) {
          note(n);
        }
        close();
      }
      depth--;
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
    }

    private void code(Code c) throws XMLStreamException {
      open("Code");
      x.writeAttribute("guid", c.guid());
      x.writeAttribute("name", c.name());
      x.writeAttribute("isCodable", Boolean.toString(c.codable()));
      text("Description", c.description());
      for (Code child : c.children()) {
        code(child);
      }
      close();
    }

    private void source(TextSource s) throws XMLStreamException {
      open("TextSource");
      x.writeAttribute("guid", s.guid());
      x.writeAttribute("name", s.name());
      x.writeAttribute("plainTextPath", "internal://" + textFile(s));
      text("Description", s.description());
      for (Selection sel : s.selections()) {
        open("PlainTextSelection");
        x.writeAttribute("guid", sel.guid());
        x.writeAttribute("name", sel.name());
        x.writeAttribute("startPosition", Integer.toString(sel.start()));
        x.writeAttribute("endPosition", Integer.toString(sel.end()));
        user(sel.user());
        for (String code : sel.codes()) {
          open("Coding");
          // A coding's GUID is its selection's and its code's, so it too is the same every time.
          x.writeAttribute("guid", Guids.of("coding", sel.guid() + "/" + code));
          user(sel.user());
          empty("CodeRef");
          x.writeAttribute("targetGUID", code);
          close();
        }
        if (sel.note().isPresent()) {
          empty("NoteRef");
          x.writeAttribute("targetGUID", sel.note().get());
        }
        close();
      }
      close();
    }

    private void note(Note n) throws XMLStreamException {
      open("Note");
      x.writeAttribute("guid", n.guid());
      x.writeAttribute("name", n.name());
      user(n.user());
      text("PlainTextContent", n.text());
      close();
    }

    private void user(Optional<String> guid) throws XMLStreamException {
      if (guid.isPresent()) {
        x.writeAttribute("creatingUser", guid.get());
      }
    }

    private void text(String element, String text) throws XMLStreamException {
      indent();
      x.writeStartElement(element);
      x.writeCharacters(text);
      x.writeEndElement();
    }

    private void open(String element) throws XMLStreamException {
      indent();
      x.writeStartElement(element);
      depth++;
    }

    private void close() throws XMLStreamException {
      depth--;
      indent();
      x.writeEndElement();
    }

    private void empty(String element) throws XMLStreamException {
      indent();
      x.writeEmptyElement(element);
    }

    private void indent() throws XMLStreamException {
      x.writeCharacters("\n" + "  ".repeat(depth));
    }
  }
}
