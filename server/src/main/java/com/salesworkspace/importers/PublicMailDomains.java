package com.salesworkspace.importers;

import java.util.Locale;
import java.util.Set;

/**
 * Free mail providers: everybody can have an address there, so such a domain never identifies a customer. A
 * personal address still matches when it is listed as a contact's email.
 */
public final class PublicMailDomains {
  private static final Set<String> DOMAINS = Set.of(
      "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "yahoo.fr", "yahoo.de", "ymail.com",
      "hotmail.com", "hotmail.co.uk", "hotmail.fr", "outlook.com", "live.com", "msn.com", "icloud.com", "me.com",
      "mac.com", "aol.com", "proton.me", "protonmail.com", "pm.me", "gmx.com", "gmx.de", "gmx.net", "web.de",
      "t-online.de", "mail.com", "zoho.com", "yandex.ru", "yandex.com", "mail.ru", "qq.com", "163.com", "126.com",
      "naver.com", "hanmail.net", "free.fr", "orange.fr", "laposte.net", "libero.it", "fastmail.com", "hey.com",
      "tutanota.com", "comcast.net", "verizon.net", "att.net", "sbcglobal.net", "btinternet.com");

  private PublicMailDomains() {}

  public static boolean isPublic(String domain) {
    return domain != null && DOMAINS.contains(domain.toLowerCase(Locale.ROOT));
  }
}
