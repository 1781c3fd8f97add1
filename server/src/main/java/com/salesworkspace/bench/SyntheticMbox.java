package com.salesworkspace.bench;

import com.salesworkspace.workspace.AtomicFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a Google-Takeout-like mbox of a given size for the import benchmark, and the customers its mail belongs
 * to: multipart/alternative (quoted-printable text and HTML), HTML-only, base64 and windows-1252 bodies, replies
 * with quoted history (Gmail attribution or Outlook header block), signatures, some attachments, some Spam, some
 * internal and some unknown senders.
 */
public final class SyntheticMbox {
  public static final int CUSTOMERS = 40;
  private static final int CONTACTS_PER_CUSTOMER = 6;
  private static final DateTimeFormatter RFC_5322 = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
  private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);
  private static final String[] FIRST = {"maria", "robert", "laura", "nathan", "ingrid", "kevin", "anjali", "omar",
      "sofie", "graham", "lena", "tyler"};
  private static final String[] LAST = {"chen", "kim", "bennett", "brooks", "solberg", "marsh", "rao", "haddad",
      "berg", "whitaker", "hoffmann", "grant"};
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** What was written: the file, its size and how many messages of each sort. */
  public record Result(Path mbox, long bytes, int messages, int withAttachments, int replies) {}

  private final FillerWords words = new FillerWords();
  private final Random random;

  public SyntheticMbox(long seed) {
    this.random = new Random(seed);
  }

  /** The customer folders (bench-c0 ... with domains c0corp.com ...) that the mail is addressed to. */
  public static void writeCustomers(Path workspace) {
    for (int c = 0; c < CUSTOMERS; c++) {
      String slug = "bench-c" + c;
      AtomicFiles.write(workspace.resolve("customers/" + slug + "/profile.yaml"),
          "name: Bench Customer " + c + "\ndomains: [c" + c + "corp.com, c" + c + "corp.eu]\nowner: john.smith\n");
      StringBuilder contacts = new StringBuilder("contacts:\n");
      for (int p = 0; p < CONTACTS_PER_CUSTOMER; p++) {
        contacts.append("  - name: ").append(name(p)).append("\n    email: ").append(address(c, p)).append('\n');
      }
      AtomicFiles.write(workspace.resolve("customers/" + slug + "/contacts.yaml"), contacts.toString());
    }
  }

  private static String name(int p) {
    return cap(FIRST[p % FIRST.length]) + " " + cap(LAST[(p * 7) % LAST.length]);
  }

  private static String address(int customer, int p) {
    return FIRST[p % FIRST.length] + "." + LAST[(p * 7) % LAST.length] + "@c" + customer + "corp.com";
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  public Result write(Path mbox, long targetBytes) throws IOException {
    int messages = 0;
    int attachments = 0;
    int replies = 0;
    OffsetDateTime date = OffsetDateTime.of(2024, 1, 2, 9, 0, 0, 0, ZoneOffset.ofHours(-5));
    try (CountingOutput out = new CountingOutput(new BufferedOutputStream(Files.newOutputStream(mbox), 1 << 16))) {
      while (out.count < targetBytes) {
        date = date.plusMinutes(7 + random.nextInt(180));
        boolean reply = random.nextDouble() < 0.5;
        boolean attachment = random.nextDouble() < 0.06;
        out.write(message(messages, date, reply, attachment).getBytes(StandardCharsets.ISO_8859_1));
        messages++;
        attachments += attachment ? 1 : 0;
        replies += reply ? 1 : 0;
      }
      return new Result(mbox, out.count, messages, attachments, replies);
    }
  }

  private String message(int n, OffsetDateTime date, boolean reply, boolean attachment) {
    int customer = random.nextInt(CUSTOMERS);
    String them = name(random.nextInt(CONTACTS_PER_CUSTOMER));
    String theirs = address(customer, random.nextInt(CONTACTS_PER_CUSTOMER));
    double who = random.nextDouble();
    if (who < 0.10) {
      theirs = "info@unknown" + random.nextInt(500) + ".example.org";
    } else if (who < 0.14) {
      theirs = "priya.patel@helio.io";
      them = "Priya Patel";
    }
    boolean inbound = random.nextBoolean();
    String from = inbound ? them + " <" + theirs + ">" : "John Smith <john.smith@helio.io>";
    String to = inbound ? "John Smith <john.smith@helio.io>" : them + " <" + theirs + ">";
    String labels = random.nextDouble() < 0.03 ? "Spam" : inbound ? "Inbox,Opened" : "Sent";
    String subject = (reply ? "Re: " : "") + cap(String.join(" ", words.some(random, 3 + random.nextInt(4))));
    String text = paragraphs(2 + random.nextInt(6)) + "\n\nBest regards,\n" + (inbound ? them : "John Smith")
        + "\nDirector of Operations | Example\n+1 617 555 " + (1000 + random.nextInt(9000)) + "\n";
    if (reply) {
      text += history(date.minusDays(1), inbound ? "John Smith <john.smith@helio.io>" : them + " <" + theirs + ">");
    }
    StringBuilder m = new StringBuilder();
    m.append("From 18").append(String.format("%017d", n)).append("@xxx ").append(ASCTIME.format(date)).append("\r\n");
    m.append("X-GM-THRID: 17").append(String.format("%017d", n / 3)).append("\r\n");
    m.append("X-Gmail-Labels: ").append(labels).append("\r\n");
    m.append("MIME-Version: 1.0\r\n");
    m.append("Date: ").append(RFC_5322.format(date)).append("\r\n");
    m.append("Message-ID: <bench-").append(n).append("-").append(Long.toHexString(random.nextLong())).append("@mail.example>\r\n");
    m.append("Subject: ").append(subject).append("\r\n");
    m.append("From: ").append(from).append("\r\nTo: ").append(to).append("\r\n");
    String body = body(text);
    if (attachment) {
      String boundary = "mixed" + n;
      m.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n");
      m.append("--").append(boundary).append("\r\n").append(body).append("\r\n");
      byte[] file = new byte[20_000 + random.nextInt(280_000)];
      random.nextBytes(file);
      m.append("--").append(boundary).append("\r\nContent-Type: application/pdf; name=\"proposal-").append(n)
          .append(".pdf\"\r\nContent-Disposition: attachment; filename=\"proposal-").append(n)
          .append(".pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n").append(base64(file)).append("\r\n");
      m.append("--").append(boundary).append("--\r\n");
    } else {
      m.append(body);
    }
    return m.append("\r\n").toString();
  }

  /** The body part (headers and content) in one of the shapes real mail takes. */
  private String body(String text) {
    double shape = random.nextDouble();
    if (shape < 0.4) {
      String boundary = "alt" + Long.toHexString(random.nextLong());
      return "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n"
          + "--" + boundary + "\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\n"
          + "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + quotedPrintable(text) + "\r\n"
          + "--" + boundary + "\r\nContent-Type: text/html; charset=\"UTF-8\"\r\n"
          + "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + quotedPrintable(html(text)) + "\r\n"
          + "--" + boundary + "--\r\n";
    } else if (shape < 0.6) {
      return "Content-Type: text/html; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
          + quotedPrintable(html(text)) + "\r\n";
    } else if (shape < 0.8) {
      return "Content-Type: text/plain; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
          + base64(text.getBytes(StandardCharsets.UTF_8)) + "\r\n";
    }
    return "Content-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + new String(text.replace("Best regards", "Best regards \u2013 Caf\u00e9").getBytes(WINDOWS_1252),
            StandardCharsets.ISO_8859_1).replace("\n", "\r\n").replaceAll("(?m)^From ", ">From ") + "\r\n";
  }

  private String paragraphs(int count) {
    StringBuilder text = new StringBuilder();
    for (int p = 0; p < count; p++) {
      if (p > 0) {
        text.append("\n\n");
      }
      int sentences = 2 + random.nextInt(5);
      for (int s = 0; s < sentences; s++) {
        String sentence = String.join(" ", words.some(random, 6 + random.nextInt(14)));
        text.append(s > 0 ? " " : "").append(cap(sentence)).append('.');
      }
    }
    return text.toString();
  }

  private String history(OffsetDateTime when, String who) {
    String old = paragraphs(2 + random.nextInt(8));
    if (random.nextBoolean()) {
      return "\nOn " + RFC_5322.format(when) + " " + who + " wrote:\n\n> " + old.replace("\n", "\n> ") + "\n";
    }
    return "\n________________________________\nFrom: " + who + "\nSent: " + RFC_5322.format(when)
        + "\nTo: Someone <someone@example.org>\nSubject: Earlier\n\n" + old + "\n";
  }

  private static String html(String text) {
    StringBuilder html = new StringBuilder("<html><body><div dir=\"ltr\">");
    for (String paragraph : text.split("\n\n")) {
      html.append("<p>").append(paragraph.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>"))
          .append("</p>");
    }
    return html.append("</div></body></html>").toString();
  }

  private static String base64(byte[] data) {
    return Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(data);
  }

  /** Quoted-printable (RFC 2045): soft line breaks at 76 characters, '=', 8-bit and trailing spaces encoded. */
  static String quotedPrintable(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
      int column = 0;
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < bytes.length; i++) {
        int b = bytes[i] & 0xff;
        boolean last = i == bytes.length - 1;
        String piece = (b == '=' || b > 126 || (b < 32 && b != '\t') || (last && (b == ' ' || b == '\t')))
            ? String.format("=%02X", b) : String.valueOf((char) b);
        if (column + piece.length() > 75) {
          out.append("=\r\n");
          column = 0;
        }
        out.append(piece);
        column += piece.length();
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  private static final class CountingOutput extends OutputStream {
    private final OutputStream out;
    private long count;

    CountingOutput(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
