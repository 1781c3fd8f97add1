package com.salesworkspace.importers.gmail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Parses one RFC 5322 message with Apache James mime4j into a {@link ParsedEmail}: the body from text/plain when
 * there is one (format=flowed undone), else from HTML, in the charset the part declares; attachments listed, not
 * read as text. A message that is not mail or was cut off raises {@link BrokenMessageException} with the reason.
 */
public final class MimeMessageParser {
  private static final Pattern HEADER_LINE = Pattern.compile("^[!-9;-~]+:.*");

  /** A message that cannot be imported, with a reason a person can act on. */
  public static final class BrokenMessageException extends Exception {
    public BrokenMessageException(String reason) {
      super(reason);
    }
  }

  private final DefaultMessageBuilder builder;

  public MimeMessageParser() {
    builder = new DefaultMessageBuilder();
    builder.setMimeEntityConfig(MimeConfig.custom().setMaxLineLen(-1).setMaxHeaderLen(-1).setMaxHeaderCount(-1)
        .setMaxContentLen(-1).build());
    builder.setDecodeMonitor(DecodeMonitor.SILENT);
  }

  /** Parses with mime4j only, for the benchmark's parse-only figure. */
  public Message parseOnly(byte[] raw) throws IOException {
    return builder.parseMessage(new ByteArrayInputStream(raw));
  }

  public ParsedEmail parse(byte[] raw) throws BrokenMessageException {
    checkHeaders(raw);
    Message message;
    try {
      message = builder.parseMessage(new ByteArrayInputStream(raw));
    } catch (IOException | RuntimeException e) {
      throw new BrokenMessageException("the MIME structure does not parse: " + e.getMessage());
    }
    try {
      checkComplete(message, raw);
      boolean eightBit = RawHeaders.hasEightBit(raw);
      List<String> from = mailboxes(message.getFrom(), eightBit);
      OffsetDateTime date = date(message);
      if (from.isEmpty() && date == null) {
        throw new BrokenMessageException("it has neither a From nor a Date header");
      }
      List<String> to = addresses(message.getTo(), eightBit);
      List<String> cc = addresses(message.getCc(), eightBit);
      List<String> bcc = addresses(message.getBcc(), eightBit);
      BodyParts parts = new BodyParts();
      collect(message, parts);
      return new ParsedEmail(trimmed(message.getMessageId()), date, header(message, "Date"),
          header(message, "Subject"),
          from.isEmpty() ? null : from.get(0), to, cc, bcc, participants(message, eightBit),
          header(message, "In-Reply-To"),
          header(message, "X-GM-THRID"), GmailLabels.parse(header(message, "X-Gmail-Labels")), parts.attachments,
          parts.text());
    } finally {
      message.dispose();
    }
  }

  /** The first line must be a header field; garbage or a body without headers is not a message. */
  private static void checkHeaders(byte[] raw) throws BrokenMessageException {
    int start = 0;
    while (start < raw.length && (raw[start] == '\n' || raw[start] == '\r')) {
      start++;
    }
    int end = start;
    while (end < raw.length && raw[end] != '\n' && end - start < 1000) {
      end++;
    }
    String first = new String(raw, start, end - start, StandardCharsets.ISO_8859_1).stripTrailing();
    if (start >= raw.length) {
      throw new BrokenMessageException("the message is empty");
    }
    if (!HEADER_LINE.matcher(first).matches()) {
      throw new BrokenMessageException("it does not start with mail headers (first line: '"
          + (first.length() > 60 ? first.substring(0, 60) + "..." : first) + "')");
    }
  }

  /** A multipart message must end with its closing boundary; without it the export was cut off mid-message. */
  private static void checkComplete(Message message, byte[] raw) throws BrokenMessageException {
    if (!(message.getBody() instanceof Multipart)) {
      return;
    }
    ContentTypeField type = message.getHeader().getField("Content-Type", ContentTypeField.class);
    String boundary = type == null ? null : type.getBoundary();
    if (boundary == null || boundary.isEmpty()) {
      throw new BrokenMessageException("it is " + message.getMimeType() + " without a boundary parameter");
    }
    byte[] closing = ("--" + boundary + "--").getBytes(StandardCharsets.ISO_8859_1);
    if (!contains(raw, closing)) {
      throw new BrokenMessageException("it is cut off: the closing MIME boundary is missing (truncated export?)");
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = haystack.length - needle.length; i >= 0; i--) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** The Date header; without one, when the newest Received header says the message arrived. */
  private static OffsetDateTime date(Message message) {
    OffsetDateTime parsed = MailDates.parse(header(message, "Date"));
    if (parsed != null) {
      return parsed;
    }
    java.util.Date fallback = message.getDate();
    if (fallback != null) {
      return fallback.toInstant().atOffset(ZoneOffset.UTC);
    }
    Field received = message.getHeader().getField("Received");
    String body = received == null ? null : received.getBody();
    return body == null || body.indexOf(';') < 0 ? null : MailDates.parse(body.substring(body.lastIndexOf(';') + 1));
  }

  private static String header(Entity entity, String name) {
    Field field = entity.getHeader().getField(name);
    if (field == null || field.getBody() == null) {
      return null;
    }
    String value = decoded(RawHeaders.value(field));
    return value == null || value.isBlank() ? null : value.replaceAll("\\s+", " ").strip();
  }

  /** RFC 2047 encoded words decoded; text without any is left exactly as it is (quotes included). */
  private static String decoded(String value) {
    return value == null || !value.contains("=?") ? value : DecoderUtil.decodeEncodedWords(value, DecodeMonitor.SILENT);
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static List<String> mailboxes(MailboxList list, boolean eightBit) {
    List<String> out = new ArrayList<>();
    if (list != null) {
      for (Mailbox mailbox : list) {
        out.add(format(mailbox, eightBit));
      }
    }
    return out;
  }

  private static List<String> addresses(AddressList list, boolean eightBit) {
    return list == null ? List.of() : mailboxes(list.flatten(), eightBit);
  }

  private static String format(Mailbox mailbox, boolean eightBit) {
    String address = mailbox.getAddress();
    String name = name(mailbox, eightBit);
    return name == null || name.isEmpty() || name.equalsIgnoreCase(address) ? address : name + " <" + address + ">";
  }

  /** The display name, re-read from its bytes when the headers were sent as raw 8-bit text. */
  private static String name(Mailbox mailbox, boolean eightBit) {
    String name = eightBit ? RawHeaders.reread(mailbox.getName()) : mailbox.getName();
    return name == null ? null : name.replaceAll("\\s+", " ").strip();
  }

  private static List<String> participants(Message message, boolean eightBit) {
    Set<String> names = new LinkedHashSet<>();
    for (AddressList list : new AddressList[] {asList(message.getFrom()), message.getTo(), message.getCc()}) {
      if (list == null) {
        continue;
      }
      for (Mailbox mailbox : list.flatten()) {
        String name = name(mailbox, eightBit);
        names.add(name == null || name.isBlank() ? mailbox.getAddress() : name);
      }
    }
    return List.copyOf(names);
  }

  private static AddressList asList(MailboxList mailboxes) {
    if (mailboxes == null) {
      return null;
    }
    List<Address> all = new ArrayList<>(mailboxes);
    return new AddressList(all, true);
  }

  /** The readable text parts and the attachments, in the order they appear. */
  private static final class BodyParts {
    final List<String> plain = new ArrayList<>();
    final List<String> html = new ArrayList<>();
    final List<ParsedEmail.Attachment> attachments = new ArrayList<>();

    String text() {
      List<String> chosen = plain.stream().anyMatch(p -> !p.isBlank()) ? plain : html;
      List<String> cleaned = chosen.stream().map(EmailBodyCleaner::clean).filter(t -> !t.isBlank()).toList();
      return String.join("\n\n", cleaned);
    }
  }

  private static void collect(Entity entity, BodyParts parts) {
    Body body = entity.getBody();
    String mime = entity.getMimeType() == null ? "text/plain" : entity.getMimeType().toLowerCase(Locale.ROOT);
    if (body instanceof Multipart multipart) {
      List<Entity> children = multipart.getBodyParts();
      if (mime.equals("multipart/alternative")) {
        Entity best = preferred(children);
        if (best != null) {
          collect(best, parts);
        }
      } else if (mime.equals("multipart/signed")) {
        if (!children.isEmpty()) {
          collect(children.get(0), parts);
        }
      } else {
        children.forEach(child -> collect(child, parts));
      }
    } else if (body instanceof Message nested) {
      String subject = nested.getSubject();
      String name = entity.getFilename() != null ? entity.getFilename()
          : (subject == null || subject.isBlank() ? "message" : decoded(subject)) + ".eml";
      parts.attachments.add(new ParsedEmail.Attachment(name, "message/rfc822", messageSize(nested)));
    } else if (body instanceof SingleBody single) {
      boolean attachment = "attachment".equalsIgnoreCase(entity.getDispositionType()) || entity.getFilename() != null;
      if (!attachment && mime.equals("text/plain")) {
        parts.plain.add(plainText(entity, single));
      } else if (!attachment && mime.equals("text/html")) {
        parts.html.add(HtmlToText.convert(MailCharsets.decode(bytes(single), entity.getCharset())));
      } else if (!isSignature(mime)) {
        parts.attachments.add(new ParsedEmail.Attachment(entity.getFilename() == null ? "(unnamed)"
            : decoded(entity.getFilename()), mime, size(single)));
      }
    }
  }

  /** In multipart/alternative: text/plain first, else HTML, else the richest (last) alternative. */
  private static Entity preferred(List<Entity> children) {
    for (String wanted : new String[] {"text/plain", "text/html"}) {
      for (Entity child : children) {
        if (wanted.equalsIgnoreCase(child.getMimeType()) && child.getFilename() == null) {
          return child;
        }
      }
    }
    for (int i = children.size() - 1; i >= 0; i--) {
      if (children.get(i).getBody() instanceof Multipart) {
        return children.get(i);
      }
    }
    return children.isEmpty() ? null : children.get(children.size() - 1);
  }

  private static String plainText(Entity entity, SingleBody body) {
    String text = MailCharsets.decode(bytes(body), entity.getCharset());
    ContentTypeField type = entity.getHeader().getField("Content-Type", ContentTypeField.class);
    if (type != null && "flowed".equalsIgnoreCase(type.getParameter("format"))) {
      return FlowedText.unflow(text, "yes".equalsIgnoreCase(type.getParameter("delsp")));
    }
    return text;
  }

  private static boolean isSignature(String mime) {
    return mime.equals("application/pkcs7-signature") || mime.equals("application/x-pkcs7-signature")
        || mime.equals("application/pgp-signature");
  }

  private static byte[] bytes(SingleBody body) {
    try (InputStream in = body.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static long size(SingleBody body) {
    try {
      return body.size();
    } catch (IOException e) {
      return -1;
    }
  }

  private static long messageSize(Message nested) {
    long[] count = {0};
    try {
      new DefaultMessageWriter().writeMessage(nested, new OutputStream() {
        @Override
        public void write(int b) {
          count[0]++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
          count[0] += len;
        }
      });
    } catch (IOException e) {
      return -1;
    }
    return count[0];
  }
}
