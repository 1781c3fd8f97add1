package com.salesworkspace.bench;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Angus Mail (Jakarta Mail) parsing one raw message and decoding every part, the same work mime4j's message
 * builder does, for the import benchmark's comparison. Angus is on the class path only when bench/import runs it.
 */
final class AngusParse {
  private final Session session = Session.getInstance(new Properties());

  static boolean available() {
    try {
      Class.forName("jakarta.mail.internet.MimeMessage");
      Class.forName("org.eclipse.angus.mail.util.LineInputStream");
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Parses and decodes; returns the decoded bytes, so the work cannot be skipped. */
  long parse(byte[] raw) throws MessagingException, IOException {
    MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
    message.getSubject();
    message.getFrom();
    message.getSentDate();
    return decode(message);
  }

  private static long decode(Part part) throws MessagingException, IOException {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      long total = 0;
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        total += decode(child);
      }
      return total;
    }
    try (InputStream in = part.getInputStream()) {
      return in.readAllBytes().length;
    }
  }
}
