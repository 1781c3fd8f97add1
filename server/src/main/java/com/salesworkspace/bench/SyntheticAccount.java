package com.salesworkspace.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes one synthetic account with a deep history into a workspace: a profile, contacts, deals and any number of
 * interactions, the same for the same seed. Two styles: {@link Style#REALISTIC} mixes emails (with quoted history and signatures, as
 * a careless import leaves them), Slack threads, calls with transcripts (some two hours long), meeting notes and
 * notes, with risks, objections, competitor mentions and buying signals sprinkled in; {@link Style#NEAR_DUPLICATES}
 * is one email thread sent again and again with small changes.
 */
public final class SyntheticAccount {
  public enum Style { REALISTIC, NEAR_DUPLICATES }

  /** The day the generated history ends on. */
  public static final OffsetDateTime END = OffsetDateTime.of(2026, 11, 19, 17, 0, 0, 0, ZoneOffset.ofHours(-5));

  private static final String[][] PEOPLE = {
      {"Pat Buyer", "pat.buyer", "VP Operations", "champion", "positive"},
      {"Morgan Lee", "morgan.lee", "Chief Financial Officer", "economic_buyer", "neutral"},
      {"Sam Rivera", "sam.rivera", "Director, IT", "technical_evaluator", "neutral"},
      {"Alex Kim", "alex.kim", "Procurement Manager", "influencer", "negative"},
      {"Jordan Blake", "jordan.blake", "Security Lead", "influencer", "neutral"},
      {"Casey Moore", "casey.moore", "Operations Analyst", "user", "positive"},
      {"Riley Chen", "riley.chen", "Regional Manager", "user", "positive"},
      {"Taylor Novak", "taylor.novak", "General Counsel", "decision_maker", "neutral"}};
  private static final String[] OURS = {"John Smith", "Priya Patel"};
  private static final String[] SUBJECTS = {"Rollout plan", "Pricing follow-up", "Security questionnaire",
      "Weekly sync notes", "Renewal terms", "Integration status", "Usage report", "Contract redlines",
      "Expansion proposal", "Support escalation", "Training schedule", "Quarterly business review"};
  private static final String[] SENTENCES = {
      "The dispatch team finished the second wave of the rollout on schedule.",
      "We reviewed the usage report and adoption in the central region is up again.",
      "Can you send the updated integration runbook before Thursday?",
      "The sandbox credentials are in the shared vault under the usual name.",
      "Training for the night shift is booked for the first week of next month.",
      "Our data team wants the export in CSV with one row per shipment.",
      "The connector handled the peak weekend without manual fixes.",
      "Please loop in the regional managers on the next status call.",
      "I have attached the notes from the steering committee.",
      "We agreed to revisit the reporting dashboards after the holidays.",
      "My worry is that the legal review drags into next quarter and we miss the go-live.",
      "Budget approved for the expansion to the two new regions.",
      "Stackline offered a 20% discount if we sign before the end of the quarter.",
      "The security review questionnaire is attached; we need it back in two weeks.",
      "Pricing is too high for the smaller sites, and procurement wants a better per-seat rate.",
      "We are looking for a solution that covers all three regions on one contract.",
      "The hiring freeze may push the decision into Q1.",
      "Morgan is ready to move forward once the order form reflects the three-year term.",
      "Another outage like last Tuesday and the operations team will escalate to the CIO.",
      "Orbitra ran a demo for the IT team last week, and Sam liked their reporting."};

  private final Random random;
  private final String slug;
  private final String name;
  private final String domain;

  private SyntheticAccount(String slug, long seed) {
    this.random = new Random(seed);
    this.slug = slug;
    String[] parts = slug.split("-");
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(p.charAt(0))).append(p.substring(1));
    }
    this.name = sb.toString();
    this.domain = slug.replace("-", "") + ".com";
  }

  /** Writes the customer's folder under {@code workspaceRoot}/customers/{slug}. */
  public static void write(Path workspaceRoot, String slug, int interactions, long seed, Style style) {
    new SyntheticAccount(slug, seed).writeAll(workspaceRoot.resolve("customers").resolve(slug), interactions, style);
  }

  private void writeAll(Path dir, int count, Style style) {
    write(dir.resolve("profile.yaml"), String.format(Locale.ROOT, """
        name: %s
        domains: [%s]
        industry: Logistics
        employees: 5200
        region: NA-East
        tier: enterprise
        lifecycle_stage: negotiation
        owner: john.smith
        csm: priya.patel
        arr: 240000
        currency: USD
        health: {score: 61, trend: declining, updated: 2026-11-12}
        renewal_date: 2027-03-31
        competitors: [Stackline, Orbitra]
        """, name, domain));
    StringBuilder contacts = new StringBuilder("contacts:\n");
    for (String[] p : PEOPLE) {
      contacts.append(String.format(Locale.ROOT, """
            - name: %s
              email: %s@%s
              title: %s
              role: %s
              sentiment: %s
              notes: Works with us since the first pilot; prefers short written updates over calls.
          """, p[0], p[1], domain, p[2], p[3], p[4]));
    }
    write(dir.resolve("contacts.yaml"), contacts.toString());
    write(dir.resolve("deals.yaml"), """
        deals:
          - id: D-SYN-001
            name: Platform renewal and expansion
            amount: 420000
            currency: USD
            stage: negotiation
            close_date: 2026-12-31
            probability: 70
            forecast_category: commit
            next_step: Order form review with procurement
            next_step_date: 2026-11-26
            competitors: [Stackline]
            created: 2026-03-01
            updated: 2026-11-18
            history:
              - {date: 2026-03-01, stage: discovery, close_date: 2026-10-31, amount: 380000}
              - {date: 2026-09-15, stage: negotiation, close_date: 2026-12-31, amount: 420000}
          - id: D-SYN-002
            name: Analytics add-on
            amount: 60000
            currency: USD
            stage: discovery
            close_date: 2027-03-31
            probability: 20
            forecast_category: pipeline
            next_step: Scoping workshop
            next_step_date: 2026-12-02
            created: 2026-10-01
            updated: 2026-10-01
        """);
    Duration span = Duration.ofDays(720);
    for (int i = 0; i < count; i++) {
      // Evenly spread over two years, oldest first, with a few hours of jitter.
      OffsetDateTime date = END.minus(span.multipliedBy(count - 1 - i).dividedBy(Math.max(1, count)))
          .minusMinutes(random.nextInt(300));
      if (style == Style.NEAR_DUPLICATES) {
        nearDuplicate(dir, i, date);
      } else {
        realistic(dir, i, count, date);
      }
    }
  }

  private void realistic(Path dir, int i, int count, OffsetDateTime date) {
    int kind = random.nextInt(20);
    if (kind < 10) {
      email(dir, i, date);
    } else if (kind < 14) {
      slack(dir, i, date);
    } else if (kind < 16) {
      // One call in a hundred runs two hours (720 turns, about 150 KB).
      call(dir, i, date, i % (count / 50 + 1) == 7 ? 720 : 30 + random.nextInt(90));
    } else if (kind < 18) {
      meeting(dir, i, date);
    } else {
      note(dir, i, date);
    }
  }

  private void email(Path dir, int i, OffsetDateTime date) {
    String[] them = PEOPLE[random.nextInt(PEOPLE.length)];
    boolean inbound = random.nextBoolean();
    String subject = (random.nextInt(3) == 0 ? "Re: " : "") + SUBJECTS[random.nextInt(SUBJECTS.length)];
    String from = inbound ? them[0] + " <" + them[1] + "@" + domain + ">" : "John Smith <john.smith@helio.io>";
    String to = inbound ? "John Smith <john.smith@helio.io>" : them[0] + " <" + them[1] + "@" + domain + ">";
    String sender = inbound ? them[0] : "John Smith";
    StringBuilder body = new StringBuilder();
    body.append("Hi ").append(inbound ? "John" : them[0].split(" ")[0]).append(",\n\n");
    body.append(paragraph(2 + random.nextInt(4))).append("\n\n");
    if (random.nextBoolean()) {
      body.append(paragraph(1 + random.nextInt(3))).append("\n\n");
    }
    body.append("Best,\n").append(sender.split(" ")[0]).append("\n-- \n").append(sender).append("\n")
        .append(inbound ? them[2] + " | " + name : "Account Executive | Helio Systems").append("\n+1 555 0100\n\n");
    // The quoted message this one answers: it must not count twice.
    body.append("On ").append(date.minusDays(2).toLocalDate()).append(", ").append(inbound ? "John Smith" : them[0])
        .append(" wrote:\n");
    for (String line : paragraph(4).split("(?<=\\.) ")) {
      body.append("> ").append(line).append('\n');
    }
    file(dir, i, date, "email", "gmail", subject, from, List.of(to), inbound ? "inbound" : "outbound", body.toString());
  }

  private void slack(Path dir, int i, OffsetDateTime date) {
    StringBuilder body = new StringBuilder();
    int lines = 3 + random.nextInt(6);
    OffsetDateTime t = date;
    for (int l = 0; l < lines; l++) {
      String who = random.nextInt(3) == 0 ? OURS[random.nextInt(OURS.length)] : PEOPLE[random.nextInt(PEOPLE.length)][0];
      body.append(l == 0 ? "" : "  ").append(String.format(Locale.ROOT, "[%s %02d:%02d] %s: %s%n",
          t.toLocalDate(), t.getHour(), t.getMinute(), who, sentence()));
      t = t.plusMinutes(1 + random.nextInt(20));
    }
    file(dir, i, date, "slack", "slack", null, null, List.of(), "inbound", body.toString());
  }

  private void call(Path dir, int i, OffsetDateTime date, int turns) {
    StringBuilder body = new StringBuilder("## Summary\n").append(paragraph(3)).append("\n\n## Transcript\n");
    int seconds = 5;
    for (int k = 0; k < turns; k++) {
      String who = k % 2 == 0 ? OURS[0] : PEOPLE[random.nextInt(3)][0];
      body.append(String.format(Locale.ROOT, "[%02d:%02d:%02d] %s: %s%n", seconds / 3600, seconds / 60 % 60,
          seconds % 60, who, paragraph(1 + random.nextInt(2))));
      seconds += 8 + random.nextInt(20);
    }
    file(dir, i, date, "call", "gong", SUBJECTS[random.nextInt(SUBJECTS.length)] + " call", null, List.of(),
        "outbound", body.toString());
  }

  private void meeting(Path dir, int i, OffsetDateTime date) {
    String title = SUBJECTS[random.nextInt(SUBJECTS.length)];
    String body = "# " + title + "\n\n**Attendees:** " + PEOPLE[0][0] + ", " + PEOPLE[1][0] + ", John Smith\n\n"
        + "## Discussion\n- " + sentence() + "\n- " + sentence() + "\n- " + sentence() + "\n\n## Decisions\n- "
        + sentence() + "\n\n## Risks\n- " + sentence() + "\n\n## Action items\n- John: " + sentence() + "\n";
    file(dir, i, date, "meeting", "granola", title, null, List.of(), "outbound", body);
  }

  private void note(Path dir, int i, OffsetDateTime date) {
    file(dir, i, date, "note", "manual", "Note", null, List.of(), "internal", paragraph(2 + random.nextInt(3)));
  }

  private void nearDuplicate(Path dir, int i, OffsetDateTime date) {
    String[] variants = {"we still need the revised pricing", "we are still waiting for the revised pricing",
        "the revised pricing is still missing"};
    String body = "Hi John,\n\nFollowing up on renewal quote " + (1000 + i) + " for " + name + ": "
        + variants[i % variants.length] + " before " + date.toLocalDate().plusDays(7) + ". Procurement cannot move "
        + "forward without it, and the pricing is too high for the smaller sites.\n\nThanks,\nPat\n-- \nPat Buyer | "
        + "VP Operations | " + name + " | +1 555 0100\n\nOn " + date.minusDays(1).toLocalDate() + ", John Smith "
        + "<john.smith@helio.io> wrote:\n> Pat, quote " + (999 + i) + " is attached with the updated pricing.\n"
        + "> Let me know if procurement needs anything else.\n";
    file(dir, i, date, "email", "gmail", "Re: Renewal quote " + (1000 + i), "Pat Buyer <pat.buyer@" + domain + ">",
        List.of("John Smith <john.smith@helio.io>"), "inbound", body);
  }

  private String paragraph(int sentences) {
    StringBuilder sb = new StringBuilder();
    for (int s = 0; s < sentences; s++) {
      sb.append(s == 0 ? "" : " ").append(sentence());
    }
    return sb.toString();
  }

  private String sentence() {
    // Mostly neutral; about one sentence in four carries a signal.
    int n = random.nextInt(4) == 0 ? 10 + random.nextInt(10) : random.nextInt(10);
    return SENTENCES[n];
  }

  private void file(Path dir, int i, OffsetDateTime date, String type, String source, String subject, String from,
      List<String> to, String direction, String body) {
    String id = String.format(Locale.ROOT, "%s-%s-%06x", date.toLocalDate(), source, i);
    StringBuilder fm = new StringBuilder("---\n");
    fm.append("id: ").append(id).append('\n').append("type: ").append(type).append('\n')
        .append("date: ").append(date).append('\n').append("source: ").append(source).append('\n')
        .append("source_id: synthetic-").append(slug).append('-').append(i).append('\n');
    if (subject != null) {
      fm.append("subject: \"").append(subject).append("\"\n");
    }
    if (from != null) {
      fm.append("from: ").append(from).append('\n');
    }
    if (!to.isEmpty()) {
      fm.append("to: [").append(String.join(", ", to)).append("]\n");
    }
    fm.append("direction: ").append(direction).append("\n---\n").append(body.strip()).append('\n');
    write(dir.resolve("interactions").resolve(id + ".md"), fm.toString());
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
