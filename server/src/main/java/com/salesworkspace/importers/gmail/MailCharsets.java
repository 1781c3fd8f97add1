package com.salesworkspace.importers.gmail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes text parts by the charset their headers name, including labels Java does not know under that name
 * (Outlook's ks_c_5601-1987 is Windows code page 949). Without a usable label, strict UTF-8 is tried first, then
 * windows-1252, which is what unlabelled 8-bit Western mail nearly always is.
 */
public final class MailCharsets {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Map<String, String> ALIASES = Map.of(
      "ks_c_5601-1987", "x-windows-949",
      "ks_c_5601", "x-windows-949",
      "ks_c_5601-1989", "x-windows-949",
      "x-mac-roman", "x-MacRoman",
      "unicode-1-1-utf-8", "UTF-8",
      "utf8", "UTF-8",
      "iso-8859-8-i", "ISO-8859-8",
      "gb2312", "GBK");

  private MailCharsets() {}

  /** The charset for a label, or null when Java has none under that name or an alias. */
  public static Charset lookup(String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    String name = label.strip().replace("\"", "").toLowerCase(Locale.ROOT);
    String alias = ALIASES.get(name);
    for (String candidate : alias == null ? new String[] {name} : new String[] {alias, "EUC-KR"}) {
      try {
        if (Charset.isSupported(candidate)) {
          return Charset.forName(candidate);
        }
      } catch (IllegalArgumentException ignored) {
        // an illegal name: try the next, then fall back
      }
    }
    return null;
  }

  /** Decodes bytes labelled with this charset (null or unknown: UTF-8 if valid, else windows-1252). */
  public static String decode(byte[] bytes, String label) {
    Charset charset = lookup(label);
    if (charset == null || charset.equals(StandardCharsets.US_ASCII)) {
      // US-ASCII labels on 8-bit text are common; UTF-8 decodes ASCII identically and keeps the rest.
      try {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        return new String(bytes, WINDOWS_1252);
      }
    }
    return new String(bytes, charset);
  }
}
