package org.ganlab.experiments.report;

import java.util.Base64;

/**
 * Builds well-formed XHTML (HTML that parses as XML): every text and attribute value goes through
 * {@link #escape}, every element is closed, and empty elements are written {@code <img ... />}.
 */
final class Xhtml {
  private final StringBuilder out = new StringBuilder();

  /**
   * Opens an element.
   *
   * @param tag the element name
   * @param attributes name, value, name, value …; values are escaped
   * @return this builder
   */
  Xhtml open(String tag, String... attributes) {
    out.append('<').append(tag);
    appendAttributes(attributes);
    out.append('>');
    return this;
  }

  /** Closes an element. */
  Xhtml close(String tag) {
    out.append("</").append(tag).append(">\n");
    return this;
  }

  /** Writes escaped text. */
  Xhtml text(String text) {
    out.append(escape(text));
    return this;
  }

  /** Writes an element holding escaped text. */
  Xhtml element(String tag, String text, String... attributes) {
    open(tag, attributes);
    text(text);
    out.append("</").append(tag).append('>');
    return this;
  }

  /** Writes an element without content, such as {@code img}. */
  Xhtml empty(String tag, String... attributes) {
    out.append('<').append(tag);
    appendAttributes(attributes);
    out.append("/>");
    return this;
  }

  /** Writes markup as given: only for constant text of this package, never for user strings. */
  Xhtml markup(String markup) {
    out.append(markup);
    return this;
  }

  private void appendAttributes(String[] attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /**
   * Escapes text for XHTML content and attribute values: {@code & < > " '} become character
   * references, and characters XML 1.0 does not allow (control characters other than tab, newline and
   * carriage return, lone surrogates) become U+FFFD.
   *
   * @param text any text
   * @return text safe anywhere in an XHTML document
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(allowed(text, i) ? c : '\uFFFD');
      }
    }
    return escaped.toString();
  }

  private static boolean allowed(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
    return c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r';
  }

  /**
   * Returns a PNG as a {@code data:} URI, so that the page needs no other file.
   *
   * @param png the image bytes
   * @return {@code data:image/png;base64,…}
   */
  static String pngUri(byte[] png) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
  }
}
