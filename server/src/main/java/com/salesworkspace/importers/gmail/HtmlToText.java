package com.salesworkspace.importers.gmail;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML mail body into plain text: paragraphs and line breaks kept, markup dropped, and the quoted
 * history that mail clients wrap in known containers (Gmail's gmail_quote, Apple's blockquote type=cite, Yahoo's
 * yahoo_quoted, Outlook's reply header and everything after it) removed before the text is taken.
 */
public final class HtmlToText {
  private static final String QUOTES = ".gmail_quote, .gmail_attr, blockquote[type=cite], .yahoo_quoted, "
      + ".moz-cite-prefix, .gmail_signature, div.OutlookMessageHeader, head, style, script, title";
  private static final String CUT_FROM_HERE = "#divRplyFwdMsg, #appendonsend, hr#stopSpelling, #Signature";
  private static final Set<String> BLOCKS = Set.of("p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2",
      "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "section", "article", "header", "footer", "dd", "dt");
  private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
      "blockquote", "pre");

  private HtmlToText() {}

  public static String convert(String html) {
    Document doc = Jsoup.parse(html);
    for (Element cut : doc.select(CUT_FROM_HERE)) {
      removeFollowing(cut);
    }
    doc.select(QUOTES).remove();
    StringBuilder out = new StringBuilder();
    doc.body().traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          String value = text.getWholeText().replace('\u00a0', ' ');
          if (inPre(text)) {
            out.append(value);
          } else {
            String collapsed = value.replaceAll("[\\s]+", " ");
            if (endsWithNewline(out) || out.isEmpty()) {
              collapsed = collapsed.stripLeading();
            }
            out.append(collapsed);
          }
        } else if (node instanceof Element el) {
          String tag = el.normalName();
          if (tag.equals("br")) {
            trimTrailingSpaces(out);
            out.append('\n');
          } else if (BLOCKS.contains(tag)) {
            newline(out, PARAGRAPHS.contains(tag));
            if (tag.equals("li")) {
              out.append("- ");
            }
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element el && BLOCKS.contains(el.normalName()) && !el.normalName().equals("br")) {
          newline(out, PARAGRAPHS.contains(el.normalName()));
        } else if (node instanceof Element el && el.normalName().equals("td")) {
          out.append(' ');
        }
      }
    });
    return out.toString().replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
  }

  /** Removes an element and everything after it in document order (its later siblings, up the tree). */
  private static void removeFollowing(Element start) {
    for (Element el = start; el != null && !el.normalName().equals("body"); el = el.parent()) {
      Node next = el.nextSibling();
      while (next != null) {
        Node after = next.nextSibling();
        next.remove();
        next = after;
      }
    }
    start.remove();
  }

  private static boolean inPre(Node node) {
    for (Node n = node.parent(); n != null; n = n.parent()) {
      if (n instanceof Element el && el.normalName().equals("pre")) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithNewline(StringBuilder out) {
    return out.length() > 0 && out.charAt(out.length() - 1) == '\n';
  }

  private static void trimTrailingSpaces(StringBuilder out) {
    while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
  }

  private static void newline(StringBuilder out, boolean blankLine) {
    trimTrailingSpaces(out);
    if (out.isEmpty()) {
      return;
    }
    if (!endsWithNewline(out)) {
      out.append('\n');
    }
    if (blankLine && !(out.length() >= 2 && out.charAt(out.length() - 2) == '\n')) {
      out.append('\n');
    }
  }
}
