package com.salesworkspace.importers.gmail;

import com.salesworkspace.importers.ImportContext;
import com.salesworkspace.importers.ImportSink;
import com.salesworkspace.importers.ImportedInteraction;
import com.salesworkspace.importers.ImportedInteraction.MatchHints;
import com.salesworkspace.importers.Importer;
import com.salesworkspace.importers.EmailAddresses;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Gmail: a Google Takeout mbox (X-GM-THRID threads, X-Gmail-Labels), any other mbox, a single .eml file or a
 * folder of them. Each message becomes an email interaction; Spam, Trash, chats and drafts are skipped as noise;
 * a message that cannot be read is reported as failed and the rest goes on.
 */
public final class GmailImporter implements Importer {
  public static final String FORMAT = "gmail";
  /** A bigger single message is reported, not parsed: Gmail itself caps a message at 25 MB of attachments. */
  public static final long MAX_MESSAGE_BYTES = 64L * 1024 * 1024;
  /** Room for an mbox "From " line before a saved message; a file beyond the limit plus this is never read. */
  private static final long MBOX_FROM_LINE_MAX = 1024;
  private static final Pattern HEADER_NAME = Pattern.compile("^([A-Za-z][A-Za-z0-9-]*):.*");

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean recognizes(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      return !files(path).isEmpty();
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".mbox") || name.endsWith(".mbx") || name.endsWith(".eml")) {
      return true;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(8192);
    }
    return MboxSplitter.looksLikeMbox(head) || looksLikeMessage(head);
  }

  /** Header lines up to the first blank line, among them From: and Date: or Message-ID:. */
  static boolean looksLikeMessage(byte[] head) {
    Set<String> names = new LinkedHashSet<>();
    for (String line : new String(head, StandardCharsets.ISO_8859_1).split("\r?\n")) {
      if (line.isEmpty()) {
        break;
      }
      if (line.startsWith(" ") || line.startsWith("\t")) {
        continue;
      }
      var m = HEADER_NAME.matcher(line);
      if (!m.matches()) {
        return false;
      }
      names.add(m.group(1).toLowerCase(Locale.ROOT));
    }
    return names.contains("from") && (names.contains("date") || names.contains("message-id"));
  }

  @Override
  public void read(Path path, ImportContext context) throws IOException {
    List<Path> files = Files.isDirectory(path) ? files(path) : List.of(path);
    if (files.isEmpty()) {
      throw new IOException(path + " holds no mail: expected an mbox file or .eml files (.mbox, .mbx, .eml).");
    }
    long total = 0;
    for (Path file : files) {
      total += Files.size(file);
    }
    context.progress().start("gmail: reading " + path.getFileName(), total);
    MimeMessageParser parser = new MimeMessageParser();
    long[] done = {0};
    int messages = 0;
    for (Path file : files) {
      long before = done[0];
      String fileName = file.getFileName().toString();
      MboxSplitter splitter = new MboxSplitter(MAX_MESSAGE_BYTES);
      int[] count = {0};
      if (fileName.toLowerCase(Locale.ROOT).endsWith(".eml")) {
        count[0]++;
        importOne(singleMessage(file), fileName, parser, context.sink());
      } else {
        try (InputStream in = Files.newInputStream(file)) {
          splitter.split(in, (raw, bytesRead) -> {
            count[0]++;
            importOne(raw, fileName, parser, context.sink());
            done[0] = before + bytesRead;
            context.progress().advance(done[0]);
          });
        }
      }
      messages += count[0];
      done[0] = before + Files.size(file);
    }
    context.progress().finish("gmail: read " + messages + " messages from " + files.size() + " file"
        + (files.size() == 1 ? "" : "s"));
  }

  /** A .eml file is one message, even when its body has lines that look like mbox separators. */
  private static MboxSplitter.RawMessage singleMessage(Path file) throws IOException {
    if (Files.size(file) > MAX_MESSAGE_BYTES + MBOX_FROM_LINE_MAX) {
      return new MboxSplitter.RawMessage(1, 1, null, new byte[0], true);
    }
    byte[] bytes = Files.readAllBytes(file);
    int start = 0;
    if (MboxSplitter.looksLikeMbox(bytes)) {
      while (start < bytes.length && bytes[start] != '\n') {
        start++;
      }
      start = Math.min(bytes.length, start + 1);
    }
    byte[] message = java.util.Arrays.copyOfRange(bytes, start, bytes.length);
    boolean oversized = message.length > MAX_MESSAGE_BYTES;
    return new MboxSplitter.RawMessage(1, 1, null, oversized ? new byte[0] : message, oversized);
  }

  private static void importOne(MboxSplitter.RawMessage raw, String fileName, MimeMessageParser parser,
      ImportSink sink) {
    String where = "message " + raw.number() + " (" + fileName + " line " + raw.line() + ")";
    if (raw.oversized()) {
      sink.failed("email", where, "it is larger than " + MAX_MESSAGE_BYTES / (1024 * 1024) + " MB; not imported");
      return;
    }
    ParsedEmail email;
    try {
      email = parser.parse(raw.bytes());
    } catch (MimeMessageParser.BrokenMessageException e) {
      sink.failed("email", where, e.getMessage());
      return;
    } catch (RuntimeException e) {
      sink.failed("email", where, "could not be read: " + e);
      return;
    }
    String sourceId = email.messageId() != null ? email.messageId() : "sha256:" + sha256(raw.bytes());
    String label = "gmail " + sourceId + (email.subject() == null ? "" : " '" + email.subject() + "'");
    String noise = GmailLabels.noiseReason(email.labels());
    if (noise != null) {
      sink.skipped("email", label, noise);
      return;
    }
    if (email.date() == null) {
      sink.failed("email", where + " " + sourceId, (email.dateHeader() == null
          ? "it has no Date header (nor a Received header with a date)"
          : "its Date header '" + email.dateHeader() + "' is not a date (nor is there a Received header with one)")
          + ", so it cannot be placed in time");
      return;
    }
    sink.interaction(toInteraction(email, sourceId));
  }

  static ImportedInteraction toInteraction(ParsedEmail email, String sourceId) {
    Set<String> addresses = new LinkedHashSet<>();
    List<String> everyone = new ArrayList<>();
    if (email.from() != null) {
      everyone.add(email.from());
    }
    everyone.addAll(email.to());
    everyone.addAll(email.cc());
    everyone.addAll(email.bcc());
    for (String mailbox : everyone) {
      String address = EmailAddresses.address(mailbox);
      if (address != null) {
        addresses.add(address);
      }
    }
    Map<String, Object> extra = new LinkedHashMap<>();
    if (email.messageId() != null) {
      extra.put("message_id", email.messageId());
    }
    put(extra, "in_reply_to", email.inReplyTo());
    put(extra, "thread_id", email.threadId());
    if (!email.labels().isEmpty()) {
      extra.put("labels", email.labels());
    }
    if (!email.cc().isEmpty()) {
      extra.put("cc", email.cc());
    }
    if (!email.attachments().isEmpty()) {
      extra.put("attachments", email.attachments().stream().map(a -> {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("name", a.name());
        item.put("content_type", a.contentType());
        item.put("size", a.size());
        return item;
      }).toList());
    }
    return new ImportedInteraction(FORMAT, sourceId, "email", email.date(), email.subject(), email.from(),
        email.to(), email.participants(), email.text(), null, new MatchHints(addresses, null, null), extra);
  }

  private static void put(Map<String, Object> extra, String key, String value) {
    if (value != null && !value.isBlank()) {
      extra.put(key, value);
    }
  }

  /** The .mbox and .eml files in a folder and below, sorted, so a Takeout folder imports whole. */
  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).filter(f -> {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        // "mbox" itself: Apple Mail exports a mailbox as a folder Name.mbox holding the file mbox
        return n.endsWith(".mbox") || n.endsWith(".mbx") || n.endsWith(".eml") || n.equals("mbox");
      }).sorted().toList();
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
