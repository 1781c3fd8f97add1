package com.salesworkspace.importers.gmail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.util.ByteSequence;

/**
 * Header text sent as raw 8-bit bytes instead of RFC 2047 words: UTF-8 (RFC 6532, modern clients) or, from old
 * clients, windows-1252. mime4j reads such bytes as Latin-1 in addresses and as lenient UTF-8 in other fields, which
 * garbles the one or the other; here they are read like an unlabelled body ({@link MailCharsets#decode}).
 */
final class RawHeaders {
  private RawHeaders() {}

  /** Whether the header block (up to the first empty line) has any byte above 127. */
  static boolean hasEightBit(byte[] message) {
    for (int i = 0; i < message.length; i++) {
      if (message[i] < 0) {
        return true;
      }
      if (message[i] == '\n' && (i + 1 == message.length || message[i + 1] == '\n'
          || message[i + 1] == '\r' && i + 2 < message.length && message[i + 2] == '\n')) {
        return false;
      }
    }
    return false;
  }

  /** The field's value from its raw bytes, unfolded; RFC 2047 words are left for the caller to decode. */
  static String value(Field field) {
    ByteSequence raw = field.getRaw();
    if (raw == null) {
      return field.getBody();
    }
    byte[] bytes = raw.toByteArray();
    int colon = 0;
    while (colon < bytes.length && bytes[colon] != ':') {
      colon++;
    }
    String value = MailCharsets.decode(Arrays.copyOfRange(bytes, Math.min(colon + 1, bytes.length), bytes.length),
        null);
    return value.replaceAll("\r?\n(?=[ \t])", "").strip();
  }

  /** Text mime4j read byte by byte as Latin-1 (an address's display name), decoded again from those bytes. */
  static String reread(String latin1) {
    if (latin1 == null || latin1.chars().noneMatch(c -> c >= 0x80) || latin1.chars().anyMatch(c -> c > 0xFF)) {
      return latin1;
    }
    return MailCharsets.decode(latin1.getBytes(StandardCharsets.ISO_8859_1), null);
  }
}
