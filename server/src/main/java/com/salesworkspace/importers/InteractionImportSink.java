package com.salesworkspace.importers;

import com.salesworkspace.importers.ImportReport.Outcome;
import com.salesworkspace.interactions.InteractionLog;
import com.salesworkspace.model.InteractionHeader;
import com.salesworkspace.workspace.AtomicBatch;
import com.salesworkspace.workspace.AtomicFiles;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sink every importer writes through: matches each interaction to a customer, deduplicates by source and
 * source id against the files on disk, writes new and refreshed files atomically, never overwrites a file a person
 * edited, and collects unmatched items for the review file. With dry run it decides everything and writes nothing.
 */
public final class InteractionImportSink implements ImportSink {
  static final int SHORT_ID_LENGTH = 10;
  static final String KEPT_EDIT = "kept local edit";
  /** Files are forced to disk and renamed into place in groups this big (see {@link AtomicBatch}). */
  static final int COMMIT_EVERY = 500;
  /** A temp file this old is no write under way (a batch commits within seconds) but one a killed import left. */
  static final Duration LEFTOVER_AGE = Duration.ofMinutes(10);

  private final Workspace workspace;
  private final ImportReport report;
  private final boolean dryRun;
  private final ExistingInteractions existing;
  private final ReviewFile review = new ReviewFile();
  /** What a dry run would have written, so a repeated item in the same export is seen as already there. */
  private final Map<Path, String> notWritten = new HashMap<>();
  private final AtomicBatch files = new AtomicBatch(COMMIT_EVERY);
  private CustomerMatcher matcher;
  private long written;

  @Override
  public boolean dryRun() {
    return dryRun;
  }

  public InteractionImportSink(Workspace workspace, ImportReport report, boolean dryRun) {
    this.workspace = workspace;
    this.report = report;
    this.dryRun = dryRun;
    this.matcher = CustomerMatcher.load(workspace);
    this.existing = ExistingInteractions.scan(workspace.customersDir());
    if (!dryRun) {
      removeLeftovers(existing.tempFiles());
    }
  }

  private static void removeLeftovers(List<Path> tempFiles) {
    Instant cutoff = Instant.now().minus(LEFTOVER_AGE);
    for (Path temp : tempFiles) {
      try {
        if (Files.getLastModifiedTime(temp).toInstant().isBefore(cutoff)) {
          Files.deleteIfExists(temp);
        }
      } catch (IOException ignored) {
        // gone already, or not ours to delete: it is hidden and harmless either way
      }
    }
  }

  /** Customers whose files do not parse, so nothing was matched to them. */
  public synchronized List<String> problems() {
    return matcher.problems();
  }

  /** How many files this import created or rewrote (would have, in a dry run). */
  public synchronized long written() {
    return written;
  }

  @Override
  public synchronized void customersChanged() {
    matcher = CustomerMatcher.load(workspace);
  }

  @Override
  public void skipped(String item, String reason) {
    skipped("item", item, reason);
  }

  @Override
  public void skipped(String kind, String item, String reason) {
    report.record(Outcome.SKIPPED, kind, item, reason);
  }

  @Override
  public void failed(String item, String error) {
    failed("item", item, error);
  }

  @Override
  public void failed(String kind, String item, String error) {
    report.record(Outcome.FAILED, kind, item, error);
  }

  @Override
  public synchronized void unmatched(String kind, String item, String reason) {
    report.record(Outcome.UNMATCHED, kind, item, reason);
    review.add(new ReviewFile.Item(item, null, null, List.of(), null, null, reason));
  }

  @Override
  public synchronized void interaction(ImportedInteraction item) {
    String kind = item.type() == null ? "interaction" : item.type();
    String problem = invalid(item);
    if (problem != null) {
      report.record(Outcome.FAILED, kind, item.label(), problem);
      return;
    }
    try {
      Path known = existing.find(item.source(), item.sourceId());
      Set<String> emails = addresses(item);
      if (known != null) {
        refresh(item, kind, known, emails);
        return;
      }
      CustomerMatcher.Decision decision = matcher.decide(emails, item.hints().slackChannel(),
          item.hints().crmAccountId());
      if (decision instanceof CustomerMatcher.InternalOnly) {
        report.record(Outcome.SKIPPED, kind, item.label(), "internal only");
      } else if (decision instanceof CustomerMatcher.NoMatch noMatch) {
        report.record(Outcome.UNMATCHED, kind, item.label(), noMatch.reason());
        review.add(new ReviewFile.Item(item.label(), ImportedFile.moment(item.date()), item.from(), List.copyOf(emails),
            item.hints().slackChannel(), item.hints().crmAccountId(), noMatch.reason()));
      } else if (decision instanceof CustomerMatcher.Match match) {
        create(item, kind, match.customer(), emails);
      }
    } catch (RuntimeException e) {
      report.record(Outcome.FAILED, kind, item.label(), "could not write it: " + e.getMessage());
    }
  }

  private void create(ImportedInteraction item, String kind, String customer, Set<String> emails) {
    String id = item.date().toLocalDate() + "-" + item.source() + "-"
        + ImportedFile.shortId(item.source(), item.sourceId(), SHORT_ID_LENGTH);
    Path file = workspace.customersDir().resolve(customer).resolve(CustomerFiles.INTERACTIONS).resolve(id + ".md");
    if (Files.exists(file)) {
      // Same name but no readable source_id in it: a person rewrote the front matter; leave it.
      report.record(Outcome.UNCHANGED, kind, item.label(), KEPT_EDIT + " (" + relative(file) + ")");
      existing.remember(item.source(), item.sourceId(), file);
      return;
    }
    write(file, ImportedFile.render(id, item, direction(item, emails), cappedText(item.text())));
    existing.remember(item.source(), item.sourceId(), file);
    report.record(Outcome.CREATED, kind, item.label(), null);
  }

  private void refresh(ImportedInteraction item, String kind, Path file, Set<String> emails) {
    String current = read(file);
    if (!ImportedFile.unchangedSinceImport(current)) {
      boolean importedOnce = ImportedFile.storedHash(current) != null;
      report.record(Outcome.UNCHANGED, kind, item.label(), importedOnce ? KEPT_EDIT + " (" + relative(file) + ")" : null);
      return;
    }
    String fresh = ImportedFile.render(CustomerFiles.stem(file), item, direction(item, emails),
        cappedText(item.text()));
    if (fresh.equals(current)) {
      report.record(Outcome.UNCHANGED, kind, item.label(), null);
      return;
    }
    write(file, fresh);
    report.record(Outcome.UPDATED, kind, item.label(), null);
  }

  private void write(Path file, String content) {
    written++;
    if (dryRun) {
      notWritten.put(file, content);
    } else {
      files.write(file, content);
    }
  }

  /** Puts what is written so far in place; after a reader crashed, what it sent before is kept. */
  public synchronized void commit() {
    files.commit();
  }

  /**
   * Writes this export's review file when something was unmatched, unless it already says the same; when
   * everything was placed, removes the one an earlier run of the same export wrote today. Never in a dry run.
   *
   * @return its workspace-relative path, or null when there was nothing to review
   */
  public synchronized String finish(String format, String source, LocalDate day) {
    files.commit();
    String relative = ReviewFile.path(day, format, source);
    Path file = workspace.guard().resolve(relative);
    if (dryRun) {
      return review.isEmpty() ? null : relative;
    }
    try {
      if (review.isEmpty()) {
        Files.deleteIfExists(file);
        return null;
      }
      String content = review.render(format, source, day);
      boolean same = Files.isRegularFile(file)
          && new String(Files.readAllBytes(file), StandardCharsets.UTF_8).equals(content);
      if (!same) {
        AtomicFiles.write(file, content);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not update " + relative + ": " + e.getMessage(), e);
    }
    return relative;
  }

  private static String invalid(ImportedInteraction item) {
    if (item.source() == null || !InteractionHeader.SOURCES.contains(item.source())) {
      return "source '" + item.source() + "' is not one of " + String.join(", ", InteractionHeader.SOURCES);
    }
    if (item.type() == null || !InteractionHeader.TYPES.contains(item.type())) {
      return "type '" + item.type() + "' is not one of " + String.join(", ", InteractionHeader.TYPES);
    }
    if (item.sourceId() == null || item.sourceId().isBlank()) {
      return "it has no source id to deduplicate by";
    }
    if (item.date() == null) {
      return "it has no date";
    }
    if (item.direction() != null && !InteractionHeader.DIRECTIONS.contains(item.direction())) {
      return "direction '" + item.direction() + "' is not one of inbound, outbound, internal";
    }
    return null;
  }

  /** Every address involved: the reader's hints plus whatever from and to name. */
  private static Set<String> addresses(ImportedInteraction item) {
    Set<String> all = new LinkedHashSet<>();
    List<String> mailboxes = new ArrayList<>();
    mailboxes.add(item.from());
    mailboxes.addAll(item.to());
    mailboxes.addAll(item.hints().emails().stream().sorted().toList());
    for (String mailbox : mailboxes) {
      String address = EmailAddresses.address(mailbox);
      if (address != null) {
        all.add(address);
      }
    }
    return all;
  }

  /** The reader's direction, else from the sender: ours to ours is internal, ours to anyone else outbound. */
  private String direction(ImportedInteraction item, Set<String> emails) {
    if (item.direction() != null) {
      return item.direction();
    }
    String sender = EmailAddresses.address(item.from());
    if (sender == null) {
      return null;
    }
    if (!matcher.isOurs(sender)) {
      return "inbound";
    }
    return emails.stream().allMatch(matcher::isOurs) ? "internal" : "outbound";
  }

  static String cappedText(String text) {
    String body = text == null ? "" : text.strip();
    if (body.length() <= InteractionLog.MAX_TEXT_CHARS) {
      return body;
    }
    int keep = InteractionLog.MAX_TEXT_CHARS - 200;
    if (Character.isHighSurrogate(body.charAt(keep - 1))) {
      keep--;
    }
    return body.substring(0, keep).stripTrailing() + "\n\n[Cut by the importer: the original text had "
        + body.length() + " characters; the first " + keep + " are kept.]";
  }

  private String read(Path file) {
    String pending = dryRun ? notWritten.get(file) : files.pendingContent(file);
    if (pending != null) {
      return pending;
    }
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + relative(file) + ": " + e.getMessage(), e);
    }
  }

  private String relative(Path file) {
    return workspace.guard().relativize(file);
  }
}
