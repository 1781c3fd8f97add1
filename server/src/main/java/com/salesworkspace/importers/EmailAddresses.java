package com.salesworkspace.importers;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The address and domain inside "Name &lt;email&gt;" strings, lower-cased; null when there is none. */
public final class EmailAddresses {
  private static final Pattern ANGLE = Pattern.compile("<([^<>@\\s]+@[^<>@\\s]+)>");
  private static final Pattern BARE = Pattern.compile("([A-Za-z0-9._%+'=-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})");

  private EmailAddresses() {}

  /** "Maria Chen &lt;Maria.Chen@Acme.com&gt;" and "maria.chen@acme.com" both give "maria.chen@acme.com". */
  public static String address(String mailbox) {
    if (mailbox == null) {
      return null;
    }
    Matcher angle = ANGLE.matcher(mailbox);
    if (angle.find()) {
      return angle.group(1).toLowerCase(Locale.ROOT);
    }
    Matcher bare = BARE.matcher(mailbox);
    return bare.find() ? bare.group(1).toLowerCase(Locale.ROOT) : null;
  }

  public static String domain(String address) {
    if (address == null) {
      return null;
    }
    int at = address.lastIndexOf('@');
    return at < 0 ? null : address.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  /** The display name of "Name &lt;email&gt;", or the address when there is no name. */
  public static String displayName(String mailbox) {
    if (mailbox == null) {
      return null;
    }
    int lt = mailbox.indexOf('<');
    String name = lt > 0 ? mailbox.substring(0, lt).strip() : "";
    if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
      name = name.substring(1, name.length() - 1).strip();
    }
    if (!name.isEmpty()) {
      return name;
    }
    String address = address(mailbox);
    return address != null ? address : mailbox.strip();
  }
}
