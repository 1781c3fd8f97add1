package com.salesworkspace.importers;

import com.salesworkspace.workspace.Slugs;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The list of items an import could not place, for a person to look at (see {@link #path}).
 * Every unmatched item is in it, with its addresses, channel and the reason, so nothing is dropped silently.
 */
public final class ReviewFile {
  /** Beyond this the file says how many more there were; the report's counts stay exact. */
  public static final int MAX_ITEMS = 5_000;

  public record Item(String label, String date, String from, List<String> addresses, String channel, String crmId,
      String reason) {}

  private final List<Item> items = new ArrayList<>();
  private long total;

  public synchronized void add(Item item) {
    total++;
    if (items.size() < MAX_ITEMS) {
      items.add(item);
    }
  }

  public synchronized boolean isEmpty() {
    return total == 0;
  }

  /**
   * reporting/imports/&lt;day&gt;-&lt;format&gt;-&lt;export&gt;-review.md: one file per export, so a second export
   * imported the same day does not replace the first one's list, and a re-run of the same export does.
   */
  public static String path(LocalDate day, String format, String source) {
    Path name = Path.of(source).toAbsolutePath().normalize().getFileName();
    String export = name == null ? "" : name.toString().replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
    boolean sluggable = export.chars().anyMatch(c -> c < 128 && Character.isLetterOrDigit(c));
    String slug = sluggable ? Slugs.fromName(export) : "export-" + ImportedFile.sha256(export).substring(0, 8);
    return "reporting/imports/" + day + "-" + format + "-" + slug + "-review.md";
  }

  public synchronized String render(String format, String source, LocalDate day) {
    StringBuilder md = new StringBuilder();
    md.append("# Import review: ").append(format).append(", ").append(day).append("\n\n");
    md.append("Source: `").append(source).append("`\n\n");
    md.append(total).append(total == 1 ? " item was" : " items were")
        .append(" not matched to a customer. To import them, add the domain to a profile's `domains`, the address "
            + "to a customer's `contacts.yaml`, the channel to `slack_channels` or the id to `crm:`, then run the "
            + "same import again (what is already imported stays unchanged).\n");
    for (Item item : items) {
      md.append("\n## ").append(oneLine(item.label())).append('\n');
      line(md, "date", item.date());
      line(md, "from", item.from());
      if (!item.addresses().isEmpty()) {
        line(md, "addresses", String.join(", ", item.addresses()));
      }
      line(md, "channel", item.channel());
      line(md, "crm id", item.crmId());
      line(md, "reason", item.reason());
    }
    if (total > items.size()) {
      md.append("\n").append(total - items.size()).append(" more not listed.\n");
    }
    return md.toString();
  }

  private static void line(StringBuilder md, String key, String value) {
    if (value != null && !value.isBlank()) {
      md.append("- ").append(key).append(": ").append(oneLine(value)).append('\n');
    }
  }

  private static String oneLine(String value) {
    return value.replaceAll("\\s+", " ").strip();
  }
}
