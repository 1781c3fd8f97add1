package com.salesworkspace.importers;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One interaction read from an export, cleaned but not yet matched to a customer. A format reader produces these;
 * the {@link ImportSink} matches, deduplicates and writes them.
 *
 * @param source gmail, slack, gong, granola or salesforce
 * @param sourceId stable id within the source (Message-ID, channel + thread ts, call id, note id): the dedup key
 * @param type email, slack, call, meeting, task or note
 * @param from the sender or organiser, as "Name <email>" or a name
 * @param text the cleaned body: quoted history, signatures and markup removed
 * @param direction inbound, outbound or internal when the reader knows it; null lets the sink decide from the
 *     addresses and our own domains
 * @param hints what the sink can match a customer by
 * @param extra kept in the front matter as is (message_id, thread_id, labels, channel, attachments, url, ...)
 */
public record ImportedInteraction(
    String source,
    String sourceId,
    String type,
    OffsetDateTime date,
    String subject,
    String from,
    List<String> to,
    List<String> participants,
    String text,
    String direction,
    MatchHints hints,
    Map<String, Object> extra) {

  public ImportedInteraction {
    to = to == null ? List.of() : List.copyOf(to);
    participants = participants == null ? List.of() : List.copyOf(participants);
    hints = hints == null ? MatchHints.NONE : hints;
    extra = extra == null ? Map.of() : Map.copyOf(extra);
  }

  /** A short human label for reports: "gmail <id> 'subject'". */
  public String label() {
    return source + " " + sourceId + (subject == null || subject.isBlank() ? "" : " '" + subject + "'");
  }

  /**
   * @param emails every address involved (from, to, cc, participants), lower-cased
   * @param slackChannel the Slack channel name, matched against slack_channels in profile.yaml
   * @param crmAccountId the CRM account id, matched against the crm ids in profile.yaml
   */
  public record MatchHints(Set<String> emails, String slackChannel, String crmAccountId) {
    public static final MatchHints NONE = new MatchHints(Set.of(), null, null);

    public MatchHints {
      emails = emails == null ? Set.of() : Set.copyOf(emails);
    }
  }
}
