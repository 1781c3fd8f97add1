package com.salesworkspace.index;

import com.salesworkspace.model.Contact;
import com.salesworkspace.model.CustomerProfile;
import com.salesworkspace.model.Deal;
import com.salesworkspace.model.Interaction;
import com.salesworkspace.model.InteractionHeader;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.FileProblem;
import com.salesworkspace.workspace.InvalidFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads one customer-folder file for the index. A broken file becomes a ParsedFile with a problem and no rows,
 * so the rest of the workspace keeps working and doctor can name it.
 */
public final class FileParser {
  private FileParser() {}

  /** Workspace-relative path such as customers/acme/interactions/x.md -> the customer slug (acme). */
  public static String customerOf(String path) {
    String[] parts = path.split("/");
    return parts.length >= 3 ? parts[1] : null;
  }

  public static ParsedFile parse(String path, byte[] bytes, String hash, long size, long mtimeNanos) {
    String customer = customerOf(path);
    String name = path.substring(path.lastIndexOf('/') + 1);
    try {
      String text = CustomerFiles.decodeUtf8(bytes, path);
      if (path.contains("/" + CustomerFiles.INTERACTIONS + "/")) {
        Interaction interaction = CustomerFiles.parseInteraction(customer, text, path);
        String stem = CustomerFiles.stem(Path.of(name));
        if (!stem.equals(interaction.id())) {
          throw new InvalidFileException(FileProblem.error(path, 2,
              "the id '" + interaction.id() + "' must equal the file name without .md ('" + stem + "')."));
        }
        return ok(path, customer, hash, size, mtimeNanos, null, null, null, interaction,
            List.of(interactionDoc(path, interaction)));
      }
      switch (name) {
        case CustomerFiles.PROFILE -> {
          CustomerProfile p = CustomerFiles.parseProfile(text, path);
          return ok(path, customer, hash, size, mtimeNanos, p, null, null, null, List.of(profileDoc(path, customer, p)));
        }
        case CustomerFiles.CONTACTS -> {
          List<Contact> contacts = CustomerFiles.parseContacts(text, path);
          List<SearchDoc> docs = new ArrayList<>();
          for (int i = 0; i < contacts.size(); i++) {
            docs.add(contactDoc(path, customer, i, contacts.get(i)));
          }
          return ok(path, customer, hash, size, mtimeNanos, null, contacts, null, null, docs);
        }
        case CustomerFiles.DEALS -> {
          List<Deal> deals = CustomerFiles.parseDeals(text, path);
          List<SearchDoc> docs = new ArrayList<>();
          for (int i = 0; i < deals.size(); i++) {
            docs.add(dealDoc(path, customer, i, deals.get(i)));
          }
          return ok(path, customer, hash, size, mtimeNanos, null, null, deals, null, docs);
        }
        default -> {
          // notes.md, insights.md: free text.
          String title = name.equals(CustomerFiles.INSIGHTS) ? "Insights" : "Notes";
          return ok(path, customer, hash, size, mtimeNanos, null, null, null, null, List.of(new SearchDoc(
              path, path, SearchDoc.NOTE, customer, null, null, null, 0, title, text, null)));
        }
      }
    } catch (InvalidFileException e) {
      return new ParsedFile(path, customer, hash, size, mtimeNanos, null, null, null, null, List.of(), e.problem());
    }
  }

  private static ParsedFile ok(String path, String customer, String hash, long size, long mtime, CustomerProfile p,
      List<Contact> contacts, List<Deal> deals, Interaction interaction, List<SearchDoc> docs) {
    return new ParsedFile(path, customer, hash, size, mtime, p, contacts, deals, interaction, docs, null);
  }

  private static SearchDoc interactionDoc(String path, Interaction i) {
    InteractionHeader h = i.header();
    String people = Stream.concat(Stream.concat(Stream.ofNullable(h.from()), h.to().stream()),
        h.participants().stream()).collect(Collectors.joining(" ; "));
    String title = h.subject() != null ? h.subject() : firstLine(i.body());
    return new SearchDoc(path, path, SearchDoc.INTERACTION, i.customer(), h.type(), h.source(), h.direction(),
        h.date().toInstant().toEpochMilli(), title, i.body(), people);
  }

  private static SearchDoc profileDoc(String path, String customer, CustomerProfile p) {
    String body = Stream.of(p.industry(), p.region(), p.tier(), p.lifecycleStage(), String.join(" ", p.domains()),
            String.join(" ", p.competitors()), String.join(" ", p.tags()), String.join(" ", p.slackChannels()))
        .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · "));
    return new SearchDoc(path, path, SearchDoc.CUSTOMER, customer, null, null, null,
        epoch(p.health() == null ? null : p.health().updated()), p.name(), body,
        Stream.ofNullable(p.owner()).collect(Collectors.joining()) + " " + (p.csm() == null ? "" : p.csm()));
  }

  private static SearchDoc contactDoc(String path, String customer, int index, Contact c) {
    String body = Stream.of(c.title(), c.role(), c.sentiment(), c.email(), c.notes())
        .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · "));
    return new SearchDoc(path + "#" + index, path, SearchDoc.CONTACT, customer, null, null, null,
        epoch(c.lastContacted()), c.name(), body, c.name() + " " + (c.email() == null ? "" : c.email()));
  }

  private static SearchDoc dealDoc(String path, String customer, int index, Deal d) {
    String body = Stream.of(d.stage(), d.amount() == null ? null : d.amount().toPlainString() + " " + d.currency(),
            d.forecastCategory(), d.nextStep(), String.join(" ", d.competitors()))
        .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · "));
    return new SearchDoc(path + "#" + index, path, SearchDoc.DEAL, customer, null, null, null,
        epoch(d.updated()), d.name() + " (" + d.id() + ")", body, null);
  }

  private static long epoch(LocalDate date) {
    return date == null ? 0 : date.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  private static String firstLine(String body) {
    String line = body.strip().lines().findFirst().orElse("");
    return line.length() > 120 ? line.substring(0, 120) + "…" : line;
  }
}
