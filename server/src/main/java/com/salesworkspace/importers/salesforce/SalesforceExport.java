package com.salesworkspace.importers.salesforce;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What an export holds, read into one shape whatever its format: the records to join (users, accounts, contacts,
 * opportunities and their history) in memory, and the activities (tasks, events) as a stream read on demand.
 */
final class SalesforceExport {
  /** Reads activities again from the export, record by record. */
  interface ActivityStream {
    void forEach(Consumer<SfRecord> activity) throws IOException;
  }

  private final Map<String, List<SfRecord>> records = new HashMap<>();
  private final List<ActivityStream> activities = new ArrayList<>();
  private int files;

  /** Counts a file that is part of a Salesforce export, whether or not it held records the importer reads. */
  void countFile() {
    files++;
  }

  int files() {
    return files;
  }

  void add(SfRecord record) {
    if (SalesforceObjects.ACTIVITIES.contains(record.object())) {
      activities.add(each -> each.accept(record));
    } else {
      records.computeIfAbsent(record.object(), o -> new ArrayList<>()).add(record);
    }
  }

  void addActivities(ActivityStream stream) {
    activities.add(stream);
  }

  List<SfRecord> records(String object) {
    return records.getOrDefault(object, List.of());
  }

  void forEachActivity(Consumer<SfRecord> activity) throws IOException {
    for (ActivityStream stream : activities) {
      stream.forEach(activity);
    }
  }

}
