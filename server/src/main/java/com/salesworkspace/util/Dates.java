package com.salesworkspace.util;

import com.salesworkspace.workspace.WorkspaceException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Day arguments (YYYY-MM-DD) to instants, with errors that say which argument was wrong. */
public final class Dates {
  private Dates() {}

  public static LocalDate day(String value, String argument) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new WorkspaceException(argument + " must be a day like 2026-11-03, not '" + value + "'.");
    }
  }

  public static long startOfDay(String value, String argument) {
    return day(value, argument).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  public static long endOfDay(String value, String argument) {
    return day(value, argument).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() - 1;
  }
}
