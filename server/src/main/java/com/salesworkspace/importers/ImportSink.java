package com.salesworkspace.importers;

/**
 * Where a format reader sends what it read. Readers never write interaction files themselves: the sink matches
 * each item to a customer, skips what is already imported or was edited by a person, writes the rest atomically,
 * lists unmatched items in the review file and counts everything in the {@link ImportReport}.
 */
public interface ImportSink {
  /** An interaction to match and write. */
  void interaction(ImportedInteraction item);

  /** An item deliberately not imported because it is noise (a bot message, a channel join, an empty note). */
  void skipped(String item, String reason);

  /** An item that could not be read (a corrupt mbox entry, a broken CSV row); the import goes on. */
  void failed(String item, String error);

  /**
   * A record the reader places itself and could not (a CRM contact whose account has no folder): counted as
   * unmatched and listed in the review file with the reason, like an interaction no customer matched.
   */
  void unmatched(String kind, String item, String reason);

  /** Like {@link #skipped(String, String)}, counted under a kind (email, slack, account...) instead of "item". */
  default void skipped(String kind, String item, String reason) {
    skipped(item, reason);
  }

  /** Like {@link #failed(String, String)}, counted under a kind (email, slack, account...) instead of "item". */
  default void failed(String kind, String item, String error) {
    failed(item, error);
  }

  /**
   * Whether this is a dry run: readers that write workspace files themselves (a CRM import writing profiles,
   * contacts and deals) then only count what they would change.
   */
  default boolean dryRun() {
    return false;
  }

  /** Customer folders were created or changed during this import (e.g. by a CRM import); re-read them for matching. */
  void customersChanged();
}
