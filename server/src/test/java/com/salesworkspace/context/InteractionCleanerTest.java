package com.salesworkspace.context;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InteractionCleanerTest {
  @Test
  void emailsLoseQuotedHistoryAndSignatures() {
    String body = """
        Hi John,

        Budget approved for Q1.

        Thanks,
        Pat
        -- 
        Pat Buyer | VP Operations | +1 555 0100

        On Mon, Jun 1, 2026 at 10:00 AM John Smith <john@helio.io> wrote:
        > Here is the quote.
        > Best, John
        """;
    String clean = InteractionCleaner.clean("email", body);
    assertThat(clean).isEqualTo("Hi John,\n\nBudget approved for Q1.\n\nThanks,\nPat");
  }

  @Test
  void wrappedReplyHeadersOutlookBlocksAndInlineQuotesAreCut() {
    assertThat(InteractionCleaner.clean("email", "New text.\nOn Mon, Jun 1, 2026 at 10:00 AM Pat Buyer\n"
        + "<pat@whale.com> wrote:\n> old")).isEqualTo("New text.");
    assertThat(InteractionCleaner.clean("email", "Agreed.\n\nFrom: Pat Buyer <pat@whale.com>\nSent: Monday\n"
        + "To: John\nSubject: quote\n\nOld text")).isEqualTo("Agreed.");
    assertThat(InteractionCleaner.clean("email", "Yes.\n-----Original Message-----\nold")).isEqualTo("Yes.");
    assertThat(InteractionCleaner.clean("email", "Top.\n> quoted line\nBottom.\n\n\n\nEnd.\nSent from my iPhone"))
        .isEqualTo("Top.\nBottom.\n\nEnd.");
  }

  @Test
  void otherTypesKeepTheirTextButLoseBlankRuns() {
    String slack = "[2026-11-02 10:00] Maria Chen: > not a quote in Slack\n\n\n\n  [2026-11-02 10:01] John: ok";
    assertThat(InteractionCleaner.clean("slack", slack))
        .isEqualTo("[2026-11-02 10:00] Maria Chen: > not a quote in Slack\n\n  [2026-11-02 10:01] John: ok");
    assertThat(InteractionCleaner.clean("call", "-- \nkept")).isEqualTo("--\nkept");
    assertThat(InteractionCleaner.clean("email", "  ")).isEmpty();
  }
}
