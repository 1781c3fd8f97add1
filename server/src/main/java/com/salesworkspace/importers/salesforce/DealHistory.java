package com.salesworkspace.importers.salesforce;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The stage / close date / amount history of deals, as deals.yaml keeps it: dated snapshots, oldest first. Read
 * from OpportunityHistory (one row per snapshot) or rebuilt from OpportunityFieldHistory (one row per changed
 * field), and merged into the history a deal already has without dropping or repeating an entry.
 */
final class DealHistory {
  /** One snapshot. */
  record Snapshot(String date, String stage, String closeDate, Object amount) {
    boolean sameState(Snapshot other) {
      return other != null && YamlValues.same(stage, other.stage) && YamlValues.same(closeDate, other.closeDate)
          && YamlValues.same(amount, other.amount);
    }

    Map<String, Object> toMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      if (date != null) {
        map.put("date", date);
      }
      map.put("stage", stage);
      if (closeDate != null) {
        map.put("close_date", closeDate);
      }
      if (amount != null) {
        map.put("amount", amount);
      }
      return map;
    }

    static Snapshot of(Map<String, Object> map) {
      return new Snapshot(str(map.get("date")), str(map.get("stage")), str(map.get("close_date")), map.get("amount"));
    }

    private static String str(Object value) {
      return value == null ? null : value.toString();
    }
  }

  private final Map<String, List<Snapshot>> byOpportunity = new HashMap<>();

  /**
   * @param stageOf maps a StageName to a workflow stage (null when unmapped: such rows are left out)
   */
  DealHistory(List<SfRecord> history, List<SfRecord> fieldHistory, Map<String, SfRecord> opportunities,
      Function<String, String> stageOf) {
    if (!history.isEmpty()) {
      fromSnapshots(history, stageOf);
    } else if (!fieldHistory.isEmpty()) {
      fromFieldChanges(fieldHistory, opportunities, stageOf);
    }
  }

  List<Snapshot> of(String opportunityKey) {
    return byOpportunity.getOrDefault(opportunityKey, List.of());
  }

  private void fromSnapshots(List<SfRecord> rows, Function<String, String> stageOf) {
    Map<String, List<SfRecord>> grouped = new HashMap<>();
    rows.forEach(r -> grouped.computeIfAbsent(r.get("OpportunityId"), k -> new ArrayList<>()).add(r));
    grouped.remove(null);
    grouped.forEach((opp, list) -> {
      list.sort(Comparator.comparing(r -> r.get("CreatedDate") == null ? "" : r.get("CreatedDate")));
      List<Snapshot> snapshots = new ArrayList<>();
      for (SfRecord r : list) {
        Snapshot s = snapshot(r.get("CreatedDate"), stageOf.apply(r.get("StageName")), r.get("CloseDate"),
            r.get("Amount"));
        addIfNew(snapshots, s);
      }
      byOpportunity.put(opp, snapshots);
    });
  }

  /** Walks the field changes forward from the values before the first change of each field. */
  private void fromFieldChanges(List<SfRecord> rows, Map<String, SfRecord> opportunities,
      Function<String, String> stageOf) {
    Map<String, List<SfRecord>> grouped = new HashMap<>();
    for (SfRecord r : rows) {
      String field = r.get("Field");
      if ("StageName".equals(field) || "CloseDate".equals(field) || "Amount".equals(field)) {
        grouped.computeIfAbsent(r.get("OpportunityId"), k -> new ArrayList<>()).add(r);
      }
    }
    grouped.remove(null);
    grouped.forEach((opp, changes) -> {
      SfRecord current = opportunities.get(opp);
      if (current == null) {
        return;
      }
      changes.sort(Comparator.comparing(r -> r.get("CreatedDate") == null ? "" : r.get("CreatedDate")));
      Map<String, String> state = new HashMap<>();
      for (String field : List.of("StageName", "CloseDate", "Amount")) {
        state.put(field, changes.stream().filter(c -> field.equals(c.get("Field"))).findFirst()
            .map(c -> c.get("OldValue")).orElse(current.get(field)));
      }
      List<Snapshot> snapshots = new ArrayList<>();
      addIfNew(snapshots, snapshot(current.get("CreatedDate"), stageOf.apply(state.get("StageName")),
          state.get("CloseDate"), state.get("Amount")));
      for (int i = 0; i < changes.size(); i++) {
        SfRecord change = changes.get(i);
        state.put(change.get("Field"), change.get("NewValue"));
        boolean lastAtThisTime = i + 1 == changes.size()
            || !String.valueOf(changes.get(i + 1).get("CreatedDate")).equals(String.valueOf(change.get("CreatedDate")));
        if (lastAtThisTime) {
          addIfNew(snapshots, snapshot(change.get("CreatedDate"), stageOf.apply(state.get("StageName")),
              state.get("CloseDate"), state.get("Amount")));
        }
      }
      byOpportunity.put(opp, snapshots);
    });
  }

  private static Snapshot snapshot(String date, String stage, String closeDate, String amount) {
    if (stage == null) {
      return null;
    }
    try {
      return new Snapshot(date == null ? null : SalesforceValues.date(date).toString(), stage,
          closeDate == null ? null : SalesforceValues.date(closeDate).toString(),
          amount == null ? null : SalesforceValues.number(amount));
    } catch (IllegalArgumentException | ArithmeticException e) {
      return null;
    }
  }

  private static void addIfNew(List<Snapshot> snapshots, Snapshot s) {
    if (s != null && (snapshots.isEmpty() || !snapshots.get(snapshots.size() - 1).sameState(s))) {
      snapshots.add(s);
    }
  }

  /**
   * Merges snapshots into a deal's history entries (raw maps, changed in place): a snapshot already there, or
   * equal in state to the entry just before it in time, is not added. Returns whether anything was added.
   */
  static boolean merge(List<Map<String, Object>> entries, List<Snapshot> snapshots) {
    boolean added = false;
    for (Snapshot s : snapshots) {
      boolean known = entries.stream().map(Snapshot::of)
          .anyMatch(e -> s.sameState(e) && java.util.Objects.equals(e.date(), s.date()));
      if (known) {
        continue;
      }
      int at = entries.size();
      while (at > 0 && s.date() != null && Snapshot.of(entries.get(at - 1)).date() != null
          && Snapshot.of(entries.get(at - 1)).date().compareTo(s.date()) > 0) {
        at--;
      }
      if (at > 0 && Snapshot.of(entries.get(at - 1)).sameState(s)) {
        continue;
      }
      entries.add(at, s.toMap());
      added = true;
    }
    return added;
  }
}
