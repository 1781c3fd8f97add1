package com.salesworkspace.importers.gmail;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What one mail message says, decoded: headers (RFC 2047 words decoded), the cleaned body text and the list of
 * attachments (never their content).
 *
 * @param messageId the Message-ID as written, with its angle brackets; null when the message has none
 * @param date from the Date header (or the newest Received header), null when neither says
 * @param dateHeader the Date header as written, also when it does not parse; null when there is none
 * @param from "Name &lt;address&gt;", or null
 * @param text the body with quoted history and signature removed
 * @param labels Google Takeout's X-Gmail-Labels
 * @param threadId Google Takeout's X-GM-THRID
 */
public record ParsedEmail(
    String messageId,
    OffsetDateTime date,
    String dateHeader,
    String subject,
    String from,
    List<String> to,
    List<String> cc,
    List<String> bcc,
    List<String> participants,
    String inReplyTo,
    String threadId,
    List<String> labels,
    List<Attachment> attachments,
    String text) {

  /** An attachment as listed in the front matter: its name, content type and decoded size in bytes. */
  public record Attachment(String name, String contentType, long size) {}
}
