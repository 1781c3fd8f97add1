package com.salesworkspace.importers.gmail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailBodyCleanerTest {
  @Test
  void dropsAnAttributionAndTheQuotedHistoryBelowIt() {
    assertThat(EmailBodyCleaner.clean("""
        Sounds good, see you Thursday.

        On Tue, Nov 17, 2026 at 4:05 PM John Smith <john.smith@helio.io> wrote:
        > Shall we meet Thursday?
        >
        > John
        """)).isEqualTo("Sounds good, see you Thursday.");
  }

  @Test
  void anAttributionWrappedOverTwoLinesIsStillFound() {
    assertThat(EmailBodyCleaner.clean("""
        Works for me.

        On Sun, Jan 2, 2022 at 6:02 AM Daniel Sahlberg <daniel.l.sahlberg@gmail.com>
        wrote:

        > Hi,
        """)).isEqualTo("Works for me.");
    assertThat(EmailBodyCleaner.clean("""
        Hello
        02.04.2012 14:20 пользователь "bob@xxx.mailgun.org" <
        bob@xxx.mailgun.org> написал:

        > Hi
        """)).isEqualTo("Hello");
  }

  @Test
  void localizedAttributionsAreRecognised() {
    assertThat(EmailBodyCleaner.clean("Danke!\n\nAm 18.12.2016 um 15:01 schrieb Matthias Müller:\n> Hallo"))
        .isEqualTo("Danke!");
    assertThat(EmailBodyCleaner.clean("Merci.\n\nLe 3 nov. 2026 à 14:22, Marie Dupont a écrit :\n> Bonjour"))
        .isEqualTo("Merci.");
    assertThat(EmailBodyCleaner.clean("Gracias.\n\nEl mar, 3 nov 2026 a las 14:22, Ana escribió:\n> Hola"))
        .isEqualTo("Gracias.");
  }

  @Test
  void outlookHeaderBlocksAndOriginalMessageSeparatorsCutTheHistory() {
    assertThat(EmailBodyCleaner.clean("""
        Approved on our side.

        ________________________________
        From: John Smith <john.smith@helio.io>
        Sent: Monday, November 16, 2026 3:12 PM
        To: Ingrid Solberg <ingrid.solberg@fjordmedia.no>
        Subject: Proposal

        Here is the proposal.
        """)).isEqualTo("Approved on our side.");
    assertThat(EmailBodyCleaner.clean("""
        Hello

        ----- Original Message -----
        From: "bob@example.com" <bob@example.com>
        Sent: Monday, April 2, 2012 5:44 PM
        Hi
        """)).isEqualTo("Hello");
    assertThat(EmailBodyCleaner.clean("Yes.\n\n-----Original Message-----\nFrom: a\nold text")).isEqualTo("Yes.");
  }

  @Test
  void anInlineReplyKeepsTheAnswersAndDropsTheQuotes() {
    assertThat(EmailBodyCleaner.clean("""
        Hi,

        Am 18.12.2016 um 15:01 schrieb Matthias Müller:
        > Is the budget approved?

        Yes, since Monday.

        > And the timeline?

        Q1 as planned.
        """)).isEqualTo("Hi,\n\nYes, since Monday.\n\nQ1 as planned.");
  }

  @Test
  void stripsSignatures() {
    assertThat(EmailBodyCleaner.clean("See you then.\n\n-- \nJohn Smith\nHelio Systems\n+1 415 555 0199"))
        .isEqualTo("See you then.");
    assertThat(EmailBodyCleaner.clean("Hello\n\nSent from my iPhone")).isEqualTo("Hello");
    assertThat(EmailBodyCleaner.clean("""
        Let's do Thursday.

        Best regards,
        Maria Chen
        VP Operations | Acme Logistics
        +1 617 555 0142
        """)).isEqualTo("Let's do Thursday.\n\nBest regards,\nMaria Chen");
    assertThat(EmailBodyCleaner.clean("""
        Gruß

        ---------------------------------------------------------------------
        To unsubscribe, e-mail: users-de-unsubscribe@openoffice.apache.org
        """)).isEqualTo("Gruß");
  }

  @Test
  void aSignOffFollowedByMoreContentIsNotASignature() {
    String text = "Thanks,\nJohn\n\nP.S. the pilot starts on Monday, not Tuesday.";
    assertThat(EmailBodyCleaner.clean(text)).isEqualTo(text);
  }

  @Test
  void textWithoutHistoryStaysAsItIs() {
    String text = "Line one\n\nFrom our side the budget is fine.\nOn Monday we sign.";
    assertThat(EmailBodyCleaner.clean(text)).isEqualTo(text);
  }
}
