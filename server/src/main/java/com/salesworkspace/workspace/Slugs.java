package com.salesworkspace.workspace;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Customer slugs: lower-case ASCII letters, digits and hyphens, 1-63 characters. */
public final class Slugs {
  private static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{0,62}$");
  public static final Set<String> RESERVED = Set.of("templates", "workflows");

  private Slugs() {}

  public static boolean isValid(String slug) {
    return slug != null && SLUG.matcher(slug).matches() && !RESERVED.contains(slug);
  }

  public static String require(String slug) {
    if (!isValid(slug)) {
      throw new WorkspaceException(
          "'" + slug + "' is not a customer slug: use lower-case letters, digits and hyphens, like 'acme-logistics'.");
    }
    return slug;
  }

  /** Makes a slug from a company name: "Nordhavn Shipping A/S" becomes "nordhavn-shipping-a-s". */
  public static String fromName(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD)
        .replace("ø", "o").replace("Ø", "o").replace("æ", "ae").replace("Æ", "ae").replace("ß", "ss")
        .replaceAll("\\p{M}", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    if (slug.length() > 63) {
      slug = slug.substring(0, 63).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "customer" : slug;
  }
}
