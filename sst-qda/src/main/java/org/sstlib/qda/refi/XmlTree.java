package org.sstlib.qda.refi;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A REFI-QDA XML file read into a small tree, hardened: the JDK's own StAX parser with DTDs and external entities
 * off; a document with a DOCTYPE (where entities, external or expanding, are declared) is refused before anything
 * of it is read. StAX never processes XInclude. A file of more than {@link #MAX_ELEMENTS} elements, or nested more
 * than {@link #MAX_DEPTH} deep, is refused. Names are local names (the standard's namespace is not required).
 */
final class XmlTree {

  /** The most elements one file may hold (5 million): far more than any real project. */
  static final int MAX_ELEMENTS = 5_000_000;

  /**
   * The deepest elements may nest (256): a project nests codes a few levels deep, and a file nested thousands deep
   * would overflow the stack of the readers that walk the code tree.
   */
  static final int MAX_DEPTH = 256;

  /**
   * One element.
   *
   * @param name its local name
   * @param attributes its attributes by local name
   * @param children its child elements
   * @param text its own text (not its children's), as written
   * @param line the line it starts on (1-based)
   * @param column the column it starts at (1-based)
   */
  record Element(String name, ImmutableMap<String, String> attributes, ImmutableList<Element> children,
      String text, int line, int column) {

    Optional<String> attribute(String key) {
      return Optional.ofNullable(attributes.get(key));
    }

    ImmutableList<Element> children(String childName) {
      return children.stream().filter(c -> c.name.equals(childName)).collect(ImmutableList.toImmutableList());
    }

    Optional<Element> child(String childName) {
      return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }
  }

  private XmlTree() {}

  /** Reads {@code bytes}, naming {@code file} in errors. */
  static Element read(byte[] bytes, String file) {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    XMLStreamReader r = null;
    try {
      r = f.createXMLStreamReader(new ByteArrayInputStream(bytes));
      Deque<Builder> open = new ArrayDeque<>();
      Element root = null;
      int count = 0;
      while (r.hasNext()) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.DTD -> throw located(file, r.getLocation(), "has a DOCTYPE declaration, which a"
              + " REFI-QDA file never has and sst does not read (no DTDs, no entities, external or not); nothing was"
              + " read");
          case XMLStreamConstants.ENTITY_REFERENCE -> throw located(file, r.getLocation(), "uses the entity '&"
              + r.getLocalName() + ";', which sst does not expand; nothing was read");
          case XMLStreamConstants.START_ELEMENT -> {
            if (++count > MAX_ELEMENTS) {
              throw located(file, r.getLocation(), "has more than " + MAX_ELEMENTS + " elements; not read");
            }
            if (open.size() >= MAX_DEPTH) {
              throw located(file, r.getLocation(), "has elements nested more than " + MAX_DEPTH + " deep, which no"
                  + " REFI-QDA file has; not read");
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 0; i < r.getAttributeCount(); i++) {
              attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
            }
            Location l = r.getLocation();
            open.push(new Builder(r.getLocalName(), attributes, l.getLineNumber(), l.getColumnNumber()));
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            if (!open.isEmpty()) {
              open.peek().text.append(r.getText());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            Element e = open.pop().build();
            if (open.isEmpty()) {
              root = e;
            } else {
              open.peek().children.add(e);
            }
          }
          default -> { }
        }
      }
      if (root == null) {
        throw new RefiQdaException(file, "has no root element");
      }
      return root;
    } catch (XMLStreamException e) {
      Location l = e.getLocation();
      String message = e.getMessage();
      // The JDK's message repeats the location: keep what follows "Message: ".
      int at = message == null ? -1 : message.indexOf("Message: ");
      String why = at >= 0 ? message.substring(at + 9) : String.valueOf(message);
      if (why.contains("was referenced, but not declared") || why.contains("DOCTYPE")) {
        why += " (sst does not read DTDs nor expand entities)";
      }
      throw l == null ? new RefiQdaException(file, "is not well-formed XML: " + why)
          : located(file, l, "is not well-formed XML: " + why);
    } catch (RefiQdaException e) {
      throw e;
    } catch (RuntimeException e) {
      // The JDK's parser fails with an exception of its own on some broken input (a NUL character inside a DOCTYPE ends
      // in a MissingResourceException, found by fuzzing): the file is still not XML that can be read.
      String why = "the XML parser stopped (" + e.getClass().getSimpleName() + (e.getMessage() == null ? ""
          : ": " + e.getMessage()) + ")" + (String.valueOf(e.getMessage()).contains("DTD")
          ? " in a DOCTYPE, which a REFI-QDA file never has (sst does not read DTDs nor expand entities)" : "");
      Location l = r == null ? null : r.getLocation();
      throw l == null ? new RefiQdaException(file, "is not well-formed XML: " + why)
          : located(file, l, "is not well-formed XML: " + why);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing to release beyond the byte array
        }
      }
    }
  }

  static RefiQdaException located(String file, Location l, String message) {
    return new RefiQdaException(file, Math.max(0, l.getLineNumber()), Math.max(0, l.getColumnNumber()), message);
  }

  private static final class Builder {
    final String name;
    final Map<String, String> attributes;
    final int line;
    final int column;
    final StringBuilder text = new StringBuilder();
    final List<Element> children = new ArrayList<>();

    Builder(String name, Map<String, String> attributes, int line, int column) {
      this.name = name;
      this.attributes = attributes;
      this.line = line;
      this.column = column;
    }

    Element build() {
      return new Element(name, ImmutableMap.copyOf(attributes), ImmutableList.copyOf(children), text.toString(),
          line, column);
    }
  }
}
