package org.sstlib.report;

/**
 * A page being written: text is escaped as it goes in, markup is ours. Links are only ever to fragments made by
 * {@link Markup#anchor}, never to text from a case.
 */
final class Html {
  private final StringBuilder out = new StringBuilder(1 << 16);

  /** Our own markup, as it is. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Text from a case, escaped. */
  Html text(String text) {
    out.append(Markup.escape(text));
    return this;
  }

  /** Text from a case, escaped and isolated from the text around it (right-to-left marks stay inside). */
  Html label(String text) {
    out.append(Markup.isolated(text));
    return this;
  }

  /** A link to a fragment of the page, with escaped text. */
  Html link(String fragment, String text) {
    out.append("<a href=\"#").append(fragment).append("\">").append(Markup.isolated(text)).append("</a>");
    return this;
  }

  /** A heading of level {@code level} with our own id and escaped text. */
  Html heading(int level, String id, String text) {
    out.append("<h").append(level);
    if (!id.isEmpty()) {
      out.append(" id=\"").append(id).append('"');
    }
    out.append('>').append(Markup.isolated(text)).append("</h").append(level).append(">\n");
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
