package com.salesworkspace.importers.gmail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MboxSplitterTest {
  private static List<MboxSplitter.RawMessage> split(byte[] mbox, long max) throws Exception {
    List<MboxSplitter.RawMessage> out = new ArrayList<>();
    new MboxSplitter(max).split(new ByteArrayInputStream(mbox), (m, read) -> out.add(m));
    return out;
  }

  private static String text(MboxSplitter.RawMessage m) {
    return new String(m.bytes(), StandardCharsets.ISO_8859_1);
  }

  @Test
  void splitsOnSeparatorLinesAndUnescapesMboxrdFromLines() throws Exception {
    String mbox = "From 1850123456789012345@xxx Wed Nov 18 14:12:09 +0000 2026\r\n"
        + "Subject: one\r\n\r\nbody\r\n>From here on\r\n>>From quoted\r\nFrom what I hear, fine\r\n\r\n"
        + "From a@b.c  Sun Jan  2 11:02:19 2022\n"
        + "Subject: two\n\nbody two";
    List<MboxSplitter.RawMessage> messages = split(mbox.getBytes(StandardCharsets.ISO_8859_1), 1 << 20);

    assertThat(messages).hasSize(2);
    assertThat(text(messages.get(0))).isEqualTo("Subject: one\r\n\r\nbody\r\nFrom here on\r\n>From quoted\r\n"
        + "From what I hear, fine\r\n\r\n");
    assertThat(messages.get(0).separator()).startsWith("From 1850123456789012345@xxx");
    assertThat(messages.get(1).line()).isEqualTo(9);
    assertThat(text(messages.get(1))).isEqualTo("Subject: two\n\nbody two");
  }

  @Test
  void keepsNonUtf8BytesExactlyAndAcrossBufferBoundaries() throws Exception {
    byte[] body = new byte[200_000];
    for (int i = 0; i < body.length; i++) {
      body[i] = (byte) (i % 79 == 78 ? '\n' : 0xE9);
    }
    byte[] head = "From x@y Mon Nov 23 08:45:00 +0000 2026\nSubject: e\n\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] mbox = new byte[head.length + body.length];
    System.arraycopy(head, 0, mbox, 0, head.length);
    System.arraycopy(body, 0, mbox, head.length, body.length);

    MboxSplitter.RawMessage only = split(mbox, 1 << 20).get(0);
    assertThat(only.bytes()).hasSize(body.length + "Subject: e\n\n".length());
    assertThat(only.bytes()[only.bytes().length - 1]).isEqualTo(body[body.length - 1]);
  }

  @Test
  void aMessageOverTheLimitIsFlaggedNotLoaded() throws Exception {
    String mbox = "From x@y Mon Nov 23 08:45:00 +0000 2026\nSubject: big\n\n" + "x".repeat(5000) + "\n\n"
        + "From x@y Mon Nov 23 08:46:00 +0000 2026\nSubject: small\n\nok\n";
    List<MboxSplitter.RawMessage> messages = split(mbox.getBytes(StandardCharsets.US_ASCII), 1000);
    assertThat(messages).extracting(MboxSplitter.RawMessage::oversized).containsExactly(true, false);
  }

  @Test
  void recognisesAnMboxByItsFirstLine() {
    assertThat(MboxSplitter.looksLikeMbox("From 123@xxx Wed Nov 18 14:12:09 +0000 2026\r\nX: y".getBytes())).isTrue();
    assertThat(MboxSplitter.looksLikeMbox("From: Maria <m@a.com>\nDate: x".getBytes())).isFalse();
  }
}
