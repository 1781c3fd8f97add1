package com.salesworkspace.importers.gmail;

/**
 * Undoes RFC 3676 format=flowed: a line ending in a space continues on the next line (of the same quote depth),
 * a leading space was added to protect the line ("space-stuffing"), and with delsp=yes the joining space goes too.
 */
public final class FlowedText {
  private FlowedText() {}

  public static String unflow(String text, boolean delSp) {
    StringBuilder out = new StringBuilder(text.length());
    String[] lines = text.split("\r?\n", -1);
    StringBuilder paragraph = null;
    int paragraphDepth = -1;
    for (String raw : lines) {
      int depth = 0;
      while (depth < raw.length() && raw.charAt(depth) == '>') {
        depth++;
      }
      String line = raw.substring(depth);
      if (line.startsWith(" ")) {
        line = line.substring(1);
      }
      boolean signature = line.equals("-- ");
      boolean soft = !signature && line.endsWith(" ");
      if (paragraph != null && depth != paragraphDepth) {
        out.append(quote(paragraphDepth)).append(paragraph).append('\n');
        paragraph = null;
      }
      if (paragraph == null) {
        paragraph = new StringBuilder();
        paragraphDepth = depth;
      }
      paragraph.append(soft && delSp ? line.substring(0, line.length() - 1) : line);
      if (!soft) {
        out.append(quote(depth)).append(paragraph).append('\n');
        paragraph = null;
      }
    }
    if (paragraph != null) {
      out.append(quote(paragraphDepth)).append(paragraph).append('\n');
    }
    return out.toString();
  }

  private static String quote(int depth) {
    return depth == 0 ? "" : ">".repeat(depth) + " ";
  }
}
