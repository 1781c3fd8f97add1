package com.salesworkspace.importers.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DealHistoryTest {
  private static final Map<String, String> STAGES = Map.of("Qualification", "qualification",
      "Needs Analysis", "discovery", "Negotiation/Review", "negotiation");

  private static SfRecord change(String id, String when, String field, String from, String to) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("OpportunityId", "006000000000001AAA");
    f.put("CreatedDate", when);
    f.put("Field", field);
    if (from != null) {
      f.put("OldValue", from);
    }
    f.put("NewValue", to);
    return new SfRecord("OpportunityFieldHistory", id, f, "OpportunityFieldHistory.csv:" + id);
  }

  @Test
  void fieldChangesAreReplayedFromTheFirstKnownValues() {
    SfRecord opportunity = new SfRecord("Opportunity", "006000000000001AAA", Map.of("StageName", "Negotiation/Review",
        "CloseDate", "2027-02-28", "Amount", "120000", "CreatedDate", "2026-03-01T10:00:00.000Z"), "o");
    List<SfRecord> changes = List.of(
        change("017000000000001AAA", "2026-05-01T10:00:00.000Z", "StageName", "Qualification", "Needs Analysis"),
        change("017000000000002AAA", "2026-09-01T10:00:00.000Z", "StageName", "Needs Analysis",
            "Negotiation/Review"),
        change("017000000000003AAA", "2026-09-01T10:00:00.000Z", "CloseDate", "2026-12-31", "2027-02-28"),
        change("017000000000004AAA", "2026-10-01T10:00:00.000Z", "Description", "a", "b"));
    DealHistory history = new DealHistory(List.of(), changes, Map.of(opportunity.key(), opportunity), STAGES::get);

    assertThat(history.of(opportunity.key())).containsExactly(
        new DealHistory.Snapshot("2026-03-01", "qualification", "2026-12-31", 120000L),
        new DealHistory.Snapshot("2026-05-01", "discovery", "2026-12-31", 120000L),
        new DealHistory.Snapshot("2026-09-01", "negotiation", "2027-02-28", 120000L));
  }

  @Test
  void mergingKeepsWhatIsThereAndAddsOnlyNewStatesInDateOrder() {
    List<Map<String, Object>> entries = new ArrayList<>();
    entries.add(new DealHistory.Snapshot("2026-03-01", "qualification", "2026-12-31", 120000).toMap());
    entries.add(new DealHistory.Snapshot("2026-10-01", "negotiation", "2027-02-28", 120000).toMap());

    boolean added = DealHistory.merge(entries, List.of(
        new DealHistory.Snapshot("2026-03-01", "qualification", "2026-12-31", 120000L),
        new DealHistory.Snapshot("2026-03-20", "qualification", "2026-12-31", 120000L),
        new DealHistory.Snapshot("2026-05-01", "discovery", "2026-12-31", 120000L)));

    assertThat(added).isTrue();
    assertThat(entries).extracting(e -> e.get("date")).containsExactly("2026-03-01", "2026-05-01", "2026-10-01");
    assertThat(DealHistory.merge(entries, List.of(
        new DealHistory.Snapshot("2026-05-01", "discovery", "2026-12-31", 120000L)))).isFalse();
  }
}
