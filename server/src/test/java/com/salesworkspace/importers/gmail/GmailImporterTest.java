package com.salesworkspace.importers.gmail;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.importers.CollectingSink;
import com.salesworkspace.importers.ImportedInteraction;
import com.salesworkspace.testing.TestWorkspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GmailImporterTest {
  static final Path FIXTURES = TestWorkspace.projectRoot().resolve("server/src/test/resources/fixtures");
  static final Path TAKEOUT = FIXTURES.resolve("takeout/All mail Including Spam and Trash.mbox");
  @TempDir Path dir;

  private static CollectingSink read(Path path) throws Exception {
    CollectingSink sink = new CollectingSink();
    new GmailImporter().read(path, sink.context(null));
    return sink;
  }

  @Test
  void readsATakeoutMboxWithThreadsLabelsAndAttachments() throws Exception {
    CollectingSink sink = read(TAKEOUT);

    assertThat(sink.interactions).hasSize(6);
    ImportedInteraction acme = sink.bySourceId("<CAAcmeWilmington18@mail.gmail.com>").orElseThrow();
    assertThat(acme.date()).hasToString("2026-11-18T09:12:04-05:00");
    assertThat(acme.from()).isEqualTo("Maria Chen <maria.chen@acmelogistics.com>");
    assertThat(acme.to()).containsExactly("John Smith <john.smith@helio.io>");
    assertThat(acme.participants()).containsExactly("Maria Chen", "John Smith", "Robert Kim");
    assertThat(acme.hints().emails()).containsExactlyInAnyOrder("maria.chen@acmelogistics.com",
        "john.smith@helio.io", "robert.kim@acmelogistics.com");
    assertThat(acme.extra()).containsEntry("thread_id", "1850120000000000001")
        .containsEntry("labels", List.of("Inbox", "Important", "Opened", "Customers, Acme"))
        .containsEntry("in_reply_to", "<CAHelioOrderForm17@mail.gmail.com>")
        .containsEntry("cc", List.of("Robert Kim <robert.kim@acmelogistics.com>"));
    assertThat(acme.text()).startsWith("Hi John,\n\nThanks for the revised order form.")
        .endsWith("2. Can your team join a kickoff on Dec 2 with our dispatch leads?\n\nBest,\nMaria Chen")
        .doesNotContain("Attached is the revised order form", "+1 617", "wrote:");
    assertThat(acme.direction()).isNull();

    ImportedInteraction delta = sink.bySourceId("<CAHelioMesPlan19@mail.gmail.com>").orElseThrow();
    assertThat(delta.subject()).isEqualTo("MES connector plan – Zürich follow-up");
    assertThat(delta.text()).contains("session in Zürich").doesNotContain("Sent from my iPhone", "555 0199");
    assertThat(delta.extra().get("attachments")).isEqualTo(List.of(
        Map.of("name", "Integrationsplan März.pdf", "content_type", "application/pdf", "size", 125L)));

    assertThat(sink.bySourceId("<0101018f-cedar-board-20@email.cedarfinancial.org>").orElseThrow().text())
        .isEqualTo("Hi John,\n\nOur board approved the “phase two” budget – we’d like the café-style onboarding "
            + "sessions you described for the branch teams.\n\nRegards,\nNathan");
    ImportedInteraction fjord = sink.withSubject("archive workflow");
    assertThat(fjord.subject()).isEqualTo("SV: Proposal for the archive workflow");
    assertThat(fjord.text()).contains("Magnus ønsker en demo", "\nFrom our side the budget is fine.")
        .doesNotContain("Sent: Monday");
    assertThat(sink.withSubject("Coffee").text())
        .isEqualTo("Hi John, I moved on from Stackline and would love to catch up over coffee next week.");

    assertThat(sink.skipped).extracting(CollectingSink.Note::reason).containsExactly("in Spam", "a chat, not mail");
    assertThat(sink.failed).isEmpty();
  }

  @Test
  void parsesEveryRealSampleMboxAndEml() throws Exception {
    CollectingSink sink = read(FIXTURES.resolve("real"));

    assertThat(sink.interactions).hasSize(25);
    assertThat(sink.failed).extracting(CollectingSink.Note::item).allMatch(i -> i.startsWith("message 1 ("))
        .anyMatch(i -> i.contains("japanese_iso_2022.eml")).anyMatch(i -> i.contains("talon_outlook.eml"));
    assertThat(sink.failed).extracting(CollectingSink.Note::reason)
        .allMatch(r -> r.startsWith("it has no Date header"));

    assertThat(sink.bySourceId("<06C90B12-13B9-4C5F-A9EF-4A809D94C078@gmail.com>").orElseThrow().text())
        .as("upstream's expected reply without the device signature")
        .isEqualTo(Files.readString(FIXTURES.resolve("real/eml/talon_iphone_reply_text"))
            .replace("Sent from my iPhone", "").strip());
    for (String talon : List.of("<CAEAsyCZ-sCHxZtoKyM3JmT5gSYpZd5GwY-cVNiV8H329zgJT4g@mail.gmail.com>",
        "<CAKsfaBW4hj0Gek6TwbR3erng4P1y0CZzJ0d=pXtCNnYnbe7PLg@mail.gmail.com>",
        "<DUB102-W192C6E94759954C4885B92B14C0@phx.gbl>", "<4F79B73C.9030506@xxx.mailgun.org>",
        "<1333374330.68772.YahooMailNeo@web114411.mail.gq1.yahoo.com>")) {
      assertThat(sink.bySourceId(talon).orElseThrow().text()).as(talon).isEqualTo("Hello");
    }
    assertThat(sink.bySourceId("<from@example.com>").orElseThrow().text()).isEqualTo("스티해");
    assertThat(sink.withSubject("Bildverankerung").text()).isEqualTo("""
        Hi,

        Wo ist das Problem?

        Wie wär's damit:
        -> https://openoffice.apache.org

        BTW, wenn Du schon Links betreffs der Zukunft von OO anführst, solltest
        Du fairerweise auch benennen, was danach geschehen ist.

        Gruß""");
    assertThat(sink.bySourceId("<CAOqetn9H_th-AuTrLQ9R=NS5MxbiCchSiMon2RFMCHqW9qYTHQ@mail.gmail.com>").orElseThrow()
        .text()).endsWith("https://lists.apache.org/list?*@subversion.apache.org:gte=0d:Wayita\n\nJohn");
    assertThat(sink.withSubject("utf-8 attachment name").extra().get("attachments"))
        .isEqualTo(List.of(Map.of("name", "test2áè.tmp", "content_type", "text/plain", "size", 41L)));
    assertThat(sink.withSubject("empty attachment").extra().get("attachments"))
        .isEqualTo(List.of(Map.of("name", "empty.txt", "content_type", "text/plain", "size", 0L)));
    assertThat(sink.withSubject("Unicode chars").extra().get("attachments"))
        .isEqualTo(List.of(Map.of("name", "broken.pdf", "content_type", "application/pdf", "size", 1026L)));
    assertThat(sink.withSubject("Testing attachments").extra().get("attachments"))
        .as("an S/MIME signature is not an attachment")
        .isEqualTo(List.of(Map.of("name", "truncated.png", "content_type", "image/png", "size", 1902L)));
  }

  @Test
  void decodesIso2022JpBodiesAndEncodedHeaders() throws Exception {
    ParsedEmail email = new MimeMessageParser().parse(Files.readAllBytes(FIXTURES.resolve(
        "real/eml/japanese_iso_2022.eml")));
    assertThat(email.text()).isEqualTo("すみません。");
    assertThat(email.subject()).isEqualTo("まみむめも");
    assertThat(email.to()).containsExactly("みける <raasdnil@gmail.com>");
    assertThat(email.date()).isNull();
  }

  @Test
  void readsRawEightBitHeadersAsUtf8ElseWindows1252() throws Exception {
    String headers = "From: René Müller <rene@acme.de>\r\nTo: Jürgen Groß <juergen@helio.io>, 日本 太郎 <taro@acme.jp>"
        + "\r\nSubject: Café “quoted” résumé\r\nDate: Mon, 10 Nov 2026 12:00:00 -0500\r\n"
        + "Message-ID: <raw8bit@acme.de>\r\n\r\nBody\r\n";
    MimeMessageParser parser = new MimeMessageParser();

    ParsedEmail utf8 = parser.parse(headers.getBytes(StandardCharsets.UTF_8));
    assertThat(utf8.from()).isEqualTo("René Müller <rene@acme.de>");
    assertThat(utf8.to()).containsExactly("Jürgen Groß <juergen@helio.io>", "日本 太郎 <taro@acme.jp>");
    assertThat(utf8.participants()).containsExactly("René Müller", "Jürgen Groß", "日本 太郎");
    assertThat(utf8.subject()).isEqualTo("Café “quoted” résumé");

    ParsedEmail windows = parser.parse(headers.replace("日本 太郎", "Taro").getBytes("windows-1252"));
    assertThat(windows.from()).isEqualTo("René Müller <rene@acme.de>");
    assertThat(windows.to()).containsExactly("Jürgen Groß <juergen@helio.io>", "Taro <taro@acme.jp>");
    assertThat(windows.subject()).isEqualTo("Café “quoted” résumé");
  }

  @Test
  void aCorruptOrTruncatedEntryFailsAloneAndTheRestImports() throws Exception {
    String good = Files.readString(TAKEOUT, StandardCharsets.ISO_8859_1);
    String garbage = "From 1850999999999999999@xxx Tue Nov 24 10:00:00 +0000 2026\r\n"
        + "\u0000\u0001%PDF binary junk without headers\r\n\r\n";
    String truncated = "From 1850999999999999998@xxx Tue Nov 24 11:00:00 +0000 2026\r\n"
        + "From: Maria Chen <maria.chen@acmelogistics.com>\r\nDate: Tue, 24 Nov 2026 06:00:00 -0500\r\n"
        + "Message-ID: <cut@acmelogistics.com>\r\nSubject: cut off\r\n"
        + "Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\n"
        + "The export stops in the mid";
    Path mbox = dir.resolve("broken.mbox");
    Files.writeString(mbox, garbage + good + truncated, StandardCharsets.ISO_8859_1);

    CollectingSink sink = read(mbox);

    assertThat(sink.interactions).hasSize(6);
    assertThat(sink.failed).containsExactly(
        new CollectingSink.Note("email", "message 1 (broken.mbox line 1)",
            "it does not start with mail headers (first line: '\u0000\u0001%PDF binary junk without headers')"),
        new CollectingSink.Note("email", "message 10 (broken.mbox line 206)",
            "it is cut off: the closing MIME boundary is missing (truncated export?)"));
  }

  @Test
  void anEmlFileOverTheSizeLimitFailsWithoutBeingReadIntoMemory() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("saved"));
    Files.copy(FIXTURES.resolve("real/eml/talon_gmail.eml"), folder.resolve("ok.eml"));
    try (java.io.RandomAccessFile huge = new java.io.RandomAccessFile(folder.resolve("huge.eml").toFile(), "rw")) {
      huge.setLength(3L << 30);
    }

    CollectingSink sink = read(folder);

    assertThat(sink.interactions).hasSize(1);
    assertThat(sink.failed).containsExactly(new CollectingSink.Note("email", "message 1 (huge.eml line 1)",
        "it is larger than 64 MB; not imported"));
  }

  @Test
  void aDateHeaderThatDoesNotParseIsNamedInTheReason() throws Exception {
    Path mbox = Files.writeString(dir.resolve("dates.mbox"), "From x Mon Nov 10 10:00:00 2026\n"
        + "From: Maria Chen <maria.chen@acme.com>\nDate: yesterday-ish\nMessage-ID: <d1@acme.com>\n\nBody\n");

    CollectingSink sink = read(mbox);

    assertThat(sink.failed).containsExactly(new CollectingSink.Note("email",
        "message 1 (dates.mbox line 1) <d1@acme.com>", "its Date header 'yesterday-ish' is not a date (nor is there "
            + "a Received header with one), so it cannot be "
            + "placed in time"));
  }

  @Test
  void readsAnAppleMailExportBundleWhoseMailboxFileIsNamedMbox() throws Exception {
    Path bundle = Files.createDirectories(dir.resolve("Customers.mbox"));
    Files.copy(TAKEOUT, bundle.resolve("mbox"));
    Files.write(bundle.resolve("table_of_contents"), new byte[] {0, 1, 2, 3});

    assertThat(new GmailImporter().recognizes(bundle)).isTrue();
    CollectingSink sink = read(bundle);

    assertThat(sink.interactions).hasSize(6);
    assertThat(sink.failed).isEmpty();
  }

  @Test
  void recognisesMboxAndEmlFilesAndFoldersButNotOtherFiles() throws Exception {
    GmailImporter gmail = new GmailImporter();
    assertThat(gmail.recognizes(TAKEOUT)).isTrue();
    assertThat(gmail.recognizes(FIXTURES.resolve("real/eml"))).isTrue();
    Path noExtension = Files.copy(FIXTURES.resolve("real/eml/talon_gmail.eml"), dir.resolve("message"));
    assertThat(gmail.recognizes(noExtension)).isTrue();
    assertThat(gmail.recognizes(Files.writeString(dir.resolve("accounts.csv"), "Id,Name\n1,Acme\n"))).isFalse();
    assertThat(gmail.recognizes(Files.writeString(dir.resolve("notes.md"), "# Meeting\nFrom: notes\n"))).isFalse();
  }
}
