package com.salesworkspace.importers.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTableTest {
  private final List<Map<String, String>> rows = new ArrayList<>();
  private final List<Long> lines = new ArrayList<>();
  private final List<String> broken = new ArrayList<>();

  private void read(byte[] bytes, boolean dataExport) throws IOException {
    ExportEntry entry = new ExportEntry("Account.csv", "Account.csv", () -> new ByteArrayInputStream(bytes));
    CsvTable.read(entry, dataExport ? CsvTable.ID_FIRST : null, !dataExport, new CsvTable.Rows() {
      @Override
      public void row(Map<String, String> row, long line) {
        rows.add(row);
        lines.add(line);
      }

      @Override
      public void broken(long line, String error) {
        broken.add(line + ": " + error);
      }
    });
  }

  @Test
  void quotedMultiLineValuesKeepTheirLinesAndRowsKeepTheirStartLine() throws IOException {
    read(("\uFEFF\"Id\",\"Name\",\"Description\"\r\n"
        + "\"001000000000001AAA\",\"Acme \"\"Big\"\" Co\",\"line one\r\nline two, with comma\"\r\n"
        + "\"001000000000002AAA\",\"Globex\",\"\"\r\n").getBytes(StandardCharsets.UTF_8), true);

    assertThat(broken).isEmpty();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).containsEntry("Id", "001000000000001AAA").containsEntry("Name", "Acme \"Big\" Co")
        .containsEntry("Description", "line one\nline two, with comma");
    assertThat(rows.get(1)).doesNotContainKey("Description");
    assertThat(lines).containsExactly(2L, 4L);
  }

  @Test
  void aQuoteLeftOpenCostsOneRowNotTheRestOfTheFile() throws IOException {
    read(("\"Id\",\"Name\",\"Description\"\n"
        + "\"001000000000001AAA\",\"Acme\",\"never closed\n"
        + "\"001000000000002AAA\",\"Globex\",\"fine\"\n"
        + "\"001000000000003AAA\",\"Initech\",\"a\",\"one too many\"\n"
        + "\"001000000000004AAA\",\"Umbrella\",\"fine\"\n").getBytes(StandardCharsets.UTF_8), true);

    assertThat(rows).extracting(r -> r.get("Name")).containsExactly("Globex", "Umbrella");
    assertThat(broken).containsExactly("2: a quote opened in this row is never closed",
        "4: the row has 4 fields where the header has 3");
  }

  @Test
  void anExportInWindows1252IsReadAsSuch() throws IOException {
    read("\"Id\",\"Name\"\n\"001000000000001AAA\",\"Søren & Zoë Café\"\n".getBytes(Charset.forName("windows-1252")),
        true);
    assertThat(rows.get(0)).containsEntry("Name", "Søren & Zoë Café");
  }

  @Test
  void reportRowsMayStopEarly() throws IOException {
    read("Account: Account Name,Account: Type,Contact: Email\nGenePoint,Customer - Direct\n"
        .getBytes(StandardCharsets.UTF_8), false);
    assertThat(broken).isEmpty();
    assertThat(rows.get(0)).containsEntry("Account: Account Name", "GenePoint").doesNotContainKey("Contact: Email");
  }
}
