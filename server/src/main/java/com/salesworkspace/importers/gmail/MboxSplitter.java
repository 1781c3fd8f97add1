package com.salesworkspace.importers.gmail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Splits an mbox stream into raw messages without loading the file: a message starts at a "From " separator line
 * (the envelope sender and a date, as Google Takeout and mail archives write it). Body lines the writer escaped as
 * "&gt;From " (mboxrd) get one '&gt;' back off. Bytes are kept exactly, whatever their charset.
 */
public final class MboxSplitter {
  /** "From 1784512345678901234@xxx Tue Nov 03 19:22:00 +0000 2026", "From a@b  Sun Jan  2 11:02:19 2022". */
  private static final Pattern SEPARATOR = Pattern.compile(
      "^From \\S+\\s+.*\\d{1,2}:\\d{2}(:\\d{2})?.*\\d{4}\\s*$");
  private static final Pattern ESCAPED_FROM = Pattern.compile("^>+From ");
  private static final int BUFFER = 1 << 16;

  /**
   * One message as it sits in the file.
   *
   * @param number 1-based position in the file
   * @param line the 1-based line of its separator (or first header), for error messages
   * @param oversized the message was larger than the limit; {@code bytes} then holds only its start
   */
  public record RawMessage(int number, long line, String separator, byte[] bytes, boolean oversized) {}

  public interface Consumer {
    /** @param bytesRead how far into the stream the split has come, for progress */
    void accept(RawMessage message, long bytesRead);
  }

  private final long maxMessageBytes;

  public MboxSplitter(long maxMessageBytes) {
    this.maxMessageBytes = maxMessageBytes;
  }

  /** Whether these first bytes look like an mbox: the first line is a separator. */
  public static boolean looksLikeMbox(byte[] head) {
    int end = 0;
    while (end < head.length && head[end] != '\n') {
      end++;
    }
    String first = new String(head, 0, end, StandardCharsets.ISO_8859_1).stripTrailing();
    return SEPARATOR.matcher(first).matches();
  }

  public void split(InputStream in, Consumer consumer) throws IOException {
    byte[] buffer = new byte[BUFFER];
    int length = 0;
    int position = 0;
    long consumed = 0;
    long lineNumber = 0;
    boolean previousBlank = true;
    Message current = null;
    int number = 0;
    ByteArrayOutputStream partialLine = new ByteArrayOutputStream();
    boolean eof = false;
    while (!eof || position < length || partialLine.size() > 0) {
      // Find the next line (ending in '\n' or at the end of the stream).
      byte[] lineBytes;
      int lineLength;
      int lineStart;
      int newline = -1;
      for (int i = position; i < length; i++) {
        if (buffer[i] == '\n') {
          newline = i;
          break;
        }
      }
      if (newline < 0 && !eof) {
        partialLine.write(buffer, position, length - position);
        consumed += length - position;
        position = 0;
        length = in.read(buffer);
        if (length < 0) {
          eof = true;
          length = 0;
        }
        continue;
      }
      if (partialLine.size() > 0) {
        int end = newline < 0 ? length : newline + 1;
        partialLine.write(buffer, position, end - position);
        consumed += end - position;
        position = end;
        lineBytes = partialLine.toByteArray();
        partialLine.reset();
        lineStart = 0;
        lineLength = lineBytes.length;
      } else {
        int end = newline < 0 ? length : newline + 1;
        lineBytes = buffer;
        lineStart = position;
        lineLength = end - position;
        consumed += lineLength;
        position = end;
      }
      if (lineLength == 0) {
        break;
      }
      lineNumber++;
      boolean separator = startsWithFrom(lineBytes, lineStart, lineLength)
          && SEPARATOR.matcher(text(lineBytes, lineStart, lineLength)).matches()
          && (previousBlank || current == null || looksLikeTakeoutSeparator(lineBytes, lineStart, lineLength));
      if (separator) {
        if (current != null) {
          consumer.accept(current.finish(), consumed - lineLength);
        }
        current = new Message(++number, lineNumber, text(lineBytes, lineStart, lineLength), maxMessageBytes);
      } else {
        if (current == null) {
          current = new Message(++number, lineNumber, null, maxMessageBytes);
        }
        if (lineBytes[lineStart] == '>' && ESCAPED_FROM.matcher(text(lineBytes, lineStart,
            Math.min(lineLength, 64))).find()) {
          current.append(lineBytes, lineStart + 1, lineLength - 1);
        } else {
          current.append(lineBytes, lineStart, lineLength);
        }
      }
      previousBlank = isBlank(lineBytes, lineStart, lineLength);
    }
    if (current != null) {
      consumer.accept(current.finish(), consumed);
    }
  }

  /** A separator right after a non-blank line is accepted only with the full Takeout/asctime date. */
  private static boolean looksLikeTakeoutSeparator(byte[] bytes, int start, int length) {
    return text(bytes, start, length).matches(
        "^From \\S+ (Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) .*\\s*$");
  }

  private static boolean startsWithFrom(byte[] bytes, int start, int length) {
    return length >= 5 && bytes[start] == 'F' && bytes[start + 1] == 'r' && bytes[start + 2] == 'o'
        && bytes[start + 3] == 'm' && bytes[start + 4] == ' ';
  }

  private static boolean isBlank(byte[] bytes, int start, int length) {
    for (int i = start; i < start + length; i++) {
      if (bytes[i] != '\n' && bytes[i] != '\r' && bytes[i] != ' ' && bytes[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  private static String text(byte[] bytes, int start, int length) {
    int end = start + length;
    while (end > start && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
      end--;
    }
    return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
  }

  private static final class Message {
    private final int number;
    private final long line;
    private final String separator;
    private final long max;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    private boolean oversized;

    Message(int number, long line, String separator, long max) {
      this.number = number;
      this.line = line;
      this.separator = separator;
      this.max = max;
    }

    void append(byte[] data, int start, int length) {
      if (bytes.size() + (long) length > max) {
        oversized = true;
        return;
      }
      bytes.write(data, start, length);
    }

    RawMessage finish() {
      return new RawMessage(number, line, separator, bytes.toByteArray(), oversized);
    }
  }
}
