package com.salesworkspace.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {
  @Test
  void calendarQuarters() {
    Period q = Period.quarter(LocalDate.of(2026, 11, 20), 1, 0);
    assertThat(q).isEqualTo(new Period("FY2026 Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), true));
    assertThat(Period.quarter(LocalDate.of(2026, 11, 20), null, 1).from()).isEqualTo(LocalDate.of(2027, 1, 1));
  }

  @Test
  void fiscalYearsStartingInFebruaryAreNamedByTheYearTheyEnd() {
    // Feb 2026 - Jan 2027 is FY2027; November 2026 is its fourth quarter (Nov, Dec, Jan).
    Period q = Period.quarter(LocalDate.of(2026, 11, 20), 2, 0);
    assertThat(q).isEqualTo(new Period("FY2027 Q4", LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 31), true));
    Period next = Period.quarter(LocalDate.of(2026, 11, 20), 2, 1);
    assertThat(next).isEqualTo(new Period("FY2028 Q1", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 4, 30), true));
    // January 2026 still belongs to FY2026 (Feb 2025 - Jan 2026), its fourth quarter.
    assertThat(Period.quarter(LocalDate.of(2026, 1, 15), 2, 0).label()).isEqualTo("FY2026 Q4");
  }

  @Test
  void customPeriodsProrateByDay() {
    assertThat(Period.between(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 30)).shareOfYear())
        .isEqualTo(91 / 365.0);
    assertThatThrownBy(() -> Period.between(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 1)))
        .hasMessageContaining("swap them");
    assertThatThrownBy(() -> Period.quarter(LocalDate.of(2026, 1, 1), 13, 0)).hasMessageContaining("1-12");
  }
}
