package com.salesworkspace.importers.salesforce;

import com.salesworkspace.importers.ImportReport;
import com.salesworkspace.importers.ImportReport.Outcome;
import java.util.List;
import java.util.Locale;

/**
 * Reads a target's value from a record: the first of its Salesforce fields that has a value, converted to the
 * target's kind. A value that cannot be converted is reported (record, field, why) and left out; the rest of the
 * record still imports.
 */
final class RecordValues {
  private final TeamDirectory team;
  private final ImportReport report;

  RecordValues(TeamDirectory team, ImportReport report) {
    this.team = team;
    this.report = report;
  }

  /** The raw text of the first source field with a value, or null. */
  static String raw(SfRecord record, List<String> sources) {
    for (String source : sources) {
      String value = record.get(source);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  Object read(SfRecord record, Target target, List<String> sources) {
    String raw = raw(record, sources);
    if (raw == null) {
      return null;
    }
    try {
      return switch (target.kind()) {
        case TEXT, LIFECYCLE, ROLE, STAGE, FORECAST -> raw.strip();
        case LOWER_ID -> SalesforceValues.lowerId(raw);
        case EMAIL -> raw.trim().toLowerCase(Locale.ROOT);
        case INTEGER -> SalesforceValues.integer(raw);
        case DECIMAL -> SalesforceValues.number(raw);
        case DATE -> SalesforceValues.date(raw).toString();
        case DOMAINS -> List.of(SalesforceValues.domain(raw));
        case LIST -> SalesforceValues.list(raw);
        case USER -> user(raw);
      };
    } catch (IllegalArgumentException | ArithmeticException e) {
      report.record(Outcome.FAILED, "field", record.label() + " " + sources.get(0),
          record.origin() + ": " + target.name() + " left as it was: " + e.getMessage());
      return null;
    }
  }

  private String user(String raw) {
    TeamDirectory.Member member = team.resolve(raw);
    if (member == null) {
      throw new IllegalArgumentException("the user " + raw + " is not in the export's users or in "
          + "workspace-setup/team.yaml");
    }
    return member.id();
  }
}
