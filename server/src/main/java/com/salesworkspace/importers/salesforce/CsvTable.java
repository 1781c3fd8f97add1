package com.salesworkspace.importers.salesforce;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV export row by row, so that one broken row is reported with its line and the rest still reads.
 * Records are delimited here (a line break outside quotes ends a record) and each record is parsed by
 * commons-csv; a record that does not parse, or has another number of fields than the header, is broken.
 * When {@code recordStart} is given (Data Export files begin every record with a quoted Salesforce Id), a line
 * that matches it while a quote is still open starts a new record, so an unclosed quote costs one row, not the
 * rest of the file.
 */
final class CsvTable {
  /** A Data Export record: its first field is a quoted 15 or 18 character Salesforce Id. */
  static final Pattern ID_FIRST = Pattern.compile("^\"(?=[a-zA-Z0-9]{0,2}[0-9])[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?\",");

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  interface Rows {
    /** A row by header name; blank cells are absent. */
    void row(Map<String, String> row, long line);

    void broken(long line, String error);
  }

  private CsvTable() {}

  /** The header fields of an entry (BOM removed), or an empty list when it has no first line. */
  static List<String> header(ExportEntry entry) throws IOException {
    try (BufferedReader reader = reader(entry, StandardCharsets.UTF_8)) {
      String first = reader.readLine();
      if (first == null) {
        return List.of();
      }
      try {
        return parseRecord(stripBom(first));
      } catch (IOException | UncheckedIOException e) {
        return List.of();
      }
    }
  }

  /**
   * @param recordStart how every record begins, or null when that is not known
   * @param shortRowsAllowed whether a row may stop early, its missing fields blank (report exports leave the
   *     trailing columns out of rows that have no detail record); otherwise such a row is broken
   */
  static void read(ExportEntry entry, Pattern recordStart, boolean shortRowsAllowed, Rows rows) throws IOException {
    Charset charset = isUtf8(entry) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    try (BufferedReader reader = reader(entry, charset)) {
      new Splitter(recordStart, shortRowsAllowed, rows).run(reader);
    }
  }

  /** Salesforce lets people pick the export's encoding; anything that is not valid UTF-8 is read as Windows-1252. */
  private static boolean isUtf8(ExportEntry entry) throws IOException {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader in = new InputStreamReader(entry.open(), decoder)) {
      char[] buffer = new char[64 * 1024];
      while (in.read(buffer) >= 0) {
        // decoding is the check
      }
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static BufferedReader reader(ExportEntry entry, Charset charset) throws IOException {
    InputStream in = entry.open();
    return new BufferedReader(new InputStreamReader(in, charset), 256 * 1024);
  }

  private static String stripBom(String line) {
    return !line.isEmpty() && line.charAt(0) == '\uFEFF' ? line.substring(1) : line;
  }

  private static List<String> parseRecord(String text) throws IOException {
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.size() != 1) {
        throw new IOException("a line break splits the row");
      }
      return records.get(0).toList();
    }
  }

  private static final class Splitter {
    private final Pattern recordStart;
    private final boolean shortRowsAllowed;
    private final Rows rows;
    private List<String> header;

    Splitter(Pattern recordStart, boolean shortRowsAllowed, Rows rows) {
      this.recordStart = recordStart;
      this.shortRowsAllowed = shortRowsAllowed;
      this.rows = rows;
    }

    void run(BufferedReader reader) throws IOException {
      StringBuilder record = new StringBuilder();
      boolean open = false;
      long lineNo = 0;
      long start = 0;
      for (String line; (line = reader.readLine()) != null; ) {
        lineNo++;
        if (lineNo == 1) {
          line = stripBom(line);
        }
        if (open && recordStart != null && recordStart.matcher(line).find()) {
          rows.broken(start, "a quote opened in this row is never closed");
          open = false;
        }
        if (!open) {
          record.setLength(0);
          start = lineNo;
        } else {
          record.append('\n');
        }
        record.append(line);
        if (quotes(line) % 2 == 1) {
          open = !open;
        }
        if (!open) {
          complete(record.toString(), start);
        }
      }
      if (open) {
        rows.broken(start, "a quote opened in this row is never closed before the end of the file");
      }
    }

    private void complete(String text, long line) {
      if (header == null) {
        try {
          header = parseRecord(text);
        } catch (IOException | UncheckedIOException e) {
          throw new UncheckedIOException(new IOException("the header line cannot be read: " + message(e)));
        }
        return;
      }
      if (text.isBlank()) {
        return;
      }
      List<String> values;
      try {
        values = parseRecord(text);
      } catch (IOException | UncheckedIOException e) {
        rows.broken(line, "the row is not valid CSV: " + message(e));
        return;
      }
      if (values.size() > header.size() || values.size() < header.size() && !shortRowsAllowed) {
        rows.broken(line, "the row has " + values.size() + " fields where the header has " + header.size());
        return;
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < values.size(); i++) {
        String value = values.get(i);
        if (value != null && !value.isBlank()) {
          row.put(header.get(i), value);
        }
      }
      rows.row(row, line);
    }

    private static int quotes(String line) {
      int count = 0;
      for (int i = 0; i < line.length(); i++) {
        if (line.charAt(i) == '"') {
          count++;
        }
      }
      return count;
    }

    private static String message(Exception e) {
      Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
      String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      // commons-csv counts lines and positions within the one record it was given: say "character" instead.
      return text.replaceAll("\\s+", " ").replaceAll("\\(line \\d+\\) ", "")
          .replaceAll("at line: \\d+, position: (\\d+)", "at character $1 of the row").trim();
    }
  }
}
