package com.salesworkspace.crm;

import com.salesworkspace.workspace.WorkspaceException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A reporting period: a fiscal quarter (this or next, from company.yaml's fiscal_year_start_month) or two days. */
public record Period(String label, LocalDate from, LocalDate to, boolean quarter) {

  public static Period quarter(LocalDate asOf, Integer fiscalYearStartMonth, int quartersAhead) {
    int startMonth = fiscalYearStartMonth == null ? 1 : fiscalYearStartMonth;
    if (startMonth < 1 || startMonth > 12) {
      throw new WorkspaceException("fiscal_year_start_month in workspace-setup/company.yaml must be 1-12; got "
          + startMonth + ".");
    }
    int monthsIntoYear = Math.floorMod(asOf.getMonthValue() - startMonth, 12);
    LocalDate start = asOf.withDayOfMonth(1).minusMonths(monthsIntoYear % 3).plusMonths(3L * quartersAhead);
    int quarterNumber = Math.floorMod(start.getMonthValue() - startMonth, 12) / 3 + 1;
    LocalDate fiscalYearEnd = start.minusMonths(Math.floorMod(start.getMonthValue() - startMonth, 12)).plusMonths(12)
        .minusDays(1);
    return new Period("FY" + fiscalYearEnd.getYear() + " Q" + quarterNumber, start, start.plusMonths(3).minusDays(1),
        true);
  }

  public static Period between(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new WorkspaceException("to (" + to + ") is before from (" + from + "); swap them.");
    }
    return new Period(from + " to " + to, from, to, false);
  }

  public boolean contains(LocalDate day) {
    return day != null && !day.isBefore(from) && !day.isAfter(to);
  }

  /** The share of an annual quota that falls in this period: a quarter is a fourth, other periods pro rata by day. */
  public double shareOfYear() {
    return quarter ? 0.25 : (ChronoUnit.DAYS.between(from, to) + 1) / 365.0;
  }
}
