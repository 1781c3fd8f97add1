package com.salesworkspace.workspace;

import java.util.Map;

/** A Markdown file with YAML front matter between two {@code ---} lines. */
public record FrontMatter(Map<String, Object> fields, String yamlText, int bodyStartLine, String body) {

  public static FrontMatter parse(String text, String path) {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (!content.startsWith("---")) {
      throw new InvalidFileException(FileProblem.error(path, 1,
          "the file must start with a '---' line that opens the YAML front matter (id, type, date, source)."));
    }
    int firstLineEnd = content.indexOf('\n');
    if (firstLineEnd < 0 || !content.substring(0, firstLineEnd).strip().equals("---")) {
      throw new InvalidFileException(FileProblem.error(path, 1, "the first line must be exactly '---'."));
    }
    int close = findClosing(content, firstLineEnd + 1);
    if (close < 0) {
      throw new InvalidFileException(FileProblem.error(path, 1,
          "the front matter is not closed: add a '---' line after the last field."));
    }
    String yaml = content.substring(firstLineEnd + 1, close);
    int afterClose = content.indexOf('\n', close);
    String body = afterClose < 0 ? "" : content.substring(afterClose + 1);
    int bodyStartLine = (int) yaml.chars().filter(c -> c == '\n').count() + 3;
    Object parsed;
    try {
      parsed = YamlSupport.parse(yaml, path);
    } catch (InvalidFileException e) {
      FileProblem p = e.problem();
      // Lines inside the front matter start after the opening '---'.
      throw new InvalidFileException(FileProblem.error(path, p.line() > 0 ? p.line() + 1 : 0, p.message()));
    }
    return new FrontMatter(YamlSupport.requireMapping(parsed, path), yaml, bodyStartLine, body.strip());
  }

  private static int findClosing(String content, int from) {
    int lineStart = from;
    while (lineStart < content.length()) {
      int lineEnd = content.indexOf('\n', lineStart);
      String line = content.substring(lineStart, lineEnd < 0 ? content.length() : lineEnd);
      if (line.strip().equals("---")) {
        return lineStart;
      }
      if (lineEnd < 0) {
        return -1;
      }
      lineStart = lineEnd + 1;
    }
    return -1;
  }

  /** The line of a front-matter field in the whole file, for error messages. */
  public int lineOf(String field) {
    int line = YamlSupport.lineOf(yamlText, java.util.List.of(field));
    return line > 0 ? line + 1 : 1;
  }
}
