package com.salesworkspace.bench;

import com.salesworkspace.workspace.Slugs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes one synthetic customer folder: profile.yaml, contacts.yaml (4 contacts), deals.yaml (1-2 deals) and its
 * interactions, in the formats of docs/formats.md. Plain writes, not atomic ones: this is bulk generation of
 * throw-away data, and the speed matters at half a million files.
 */
final class SyntheticCustomer {
  private static final String[] NAME_PREFIXES = {
      "Northwind", "Bluefin", "Granite", "Cedar", "Harbor", "Summit", "Ironwood", "Silverline", "Redwood",
      "Lakeshore", "Meridian", "Crescent", "Pinnacle", "Evergreen", "Falcon", "Orchard", "Beacon", "Sterling",
      "Horizon", "Juniper", "Maple", "Riverside", "Starling", "Copperleaf", "Westbrook", "Ashford", "Brightwater",
      "Coral", "Driftwood", "Elmstead", "Foxglove", "Glenmore", "Hawthorne", "Kingsley", "Larkspur", "Moorland",
      "Oakridge", "Quarry", "Thornbury", "Wrenfield"};
  private static final String[][] NAME_SUFFIXES_AND_INDUSTRIES = {
      {"Logistics", "Logistics"}, {"Health", "Healthcare"}, {"Financial", "Financial Services"},
      {"Insurance", "Insurance"}, {"Manufacturing", "Manufacturing"}, {"Retail", "Retail"}, {"Energy", "Energy"},
      {"Biotech", "Biotech"}, {"Aerospace", "Aerospace"}, {"Foods", "Food and Beverage"}, {"Freight", "Logistics"},
      {"Pharma", "Pharmaceuticals"}, {"Telecom", "Telecommunications"}, {"Media", "Media"}};
  private static final String[] REGIONS = {"NA-East", "NA-West", "EMEA", "APAC"};
  private static final ZoneOffset[] REGION_OFFSETS = {
      ZoneOffset.ofHours(-5), ZoneOffset.ofHours(-8), ZoneOffset.ofHours(1), ZoneOffset.ofHours(8)};
  private static final String[] TIERS = {"strategic", "enterprise", "mid-market", "smb"};
  private static final String[] STAGES = {
      "lead", "qualification", "discovery", "technical_validation", "business_case", "negotiation", "closed_won"};
  private static final int[] STAGE_PROBABILITIES = {5, 10, 20, 40, 60, 80, 100};
  private static final String[] FIRST_NAMES = {
      "Maria", "Robert", "Tom", "Linda", "Kevin", "Jason", "Aisha", "Daniel", "Sofia", "Marcus", "Elena", "Omar",
      "Grace", "Lukas", "Hannah", "Victor", "Nadia", "Samuel", "Chloe", "Andre", "Mei", "Felix", "Ingrid", "Paulo"};
  private static final String[] LAST_NAMES = {
      "Chen", "Kim", "Okafor", "Reyes", "Brandt", "Wu", "Patel", "Novak", "Rossi", "Bell", "Silva", "Haddad",
      "Larsen", "Meyer", "Tanaka", "Dubois", "Kowalski", "Nguyen", "Moreno", "Fischer", "Osei", "Lindqvist"};
  private static final String[][] CONTACT_ROLES = {
      {"champion", "VP Operations"}, {"economic_buyer", "Chief Financial Officer"},
      {"technical_evaluator", "Director, Integration Engineering"}, {"influencer", "Sourcing Manager"}};
  private static final String[] SENTIMENTS = {"positive", "neutral", "negative", "unknown"};
  private static final String[][] OUR_AES = {
      {"john.smith", "John Smith"}, {"sara.lee", "Sara Lee"}, {"david.ortiz", "David Ortiz"},
      {"emma.wright", "Emma Wright"}, {"raj.kumar", "Raj Kumar"}, {"lisa.moreau", "Lisa Moreau"}};
  private static final String[][] OUR_CSMS = {{"priya.patel", "Priya Patel"}, {"tom.becker", "Tom Becker"}};
  private static final String[] COMPETITORS = {"Stackline", "Corvid", "Fluxbase", "Nimbly"};
  private static final String[] NEXT_STEPS = {
      "Schedule a demo with the operations team", "Send the proposal", "Legal review of the order form",
      "Executive sponsor call", "Technical deep dive with integration engineering", "Reference call"};
  // source, type, weight out of 100
  private static final String[][] SOURCES = {
      {"gmail", "email"}, {"slack", "slack"}, {"gong", "call"}, {"granola", "meeting"}, {"salesforce", "task"},
      {"manual", "note"}};
  private static final int[] SOURCE_WEIGHTS = {45, 20, 10, 10, 10, 5};
  private static final long FIRST_DAY = LocalDate.of(2024, 1, 1).toEpochDay();
  private static final long DAYS = LocalDate.of(2026, 11, 30).toEpochDay() - FIRST_DAY;
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

  static {
    List<String> fixed = new ArrayList<>(List.of(NAME_PREFIXES));
    for (String[] s : NAME_SUFFIXES_AND_INDUSTRIES) {
      fixed.addAll(List.of(s));
    }
    for (String[][] table : List.of(CONTACT_ROLES, OUR_AES, OUR_CSMS)) {
      for (String[] row : table) {
        fixed.addAll(List.of(row));
      }
    }
    fixed.addAll(List.of(FIRST_NAMES));
    fixed.addAll(List.of(LAST_NAMES));
    fixed.addAll(List.of(COMPETITORS));
    fixed.addAll(List.of(NEXT_STEPS));
    fixed.addAll(List.of(STAGES));
    for (String text : fixed) {
      String lower = text.toLowerCase(java.util.Locale.ROOT);
      for (String word : PlantedTerms.WORDS) {
        if (lower.contains(word)) {
          throw new IllegalStateException("the fixed text '" + text + "' contains the planted word '" + word + "'");
        }
      }
    }
  }

  /** What was written, and how many interactions match each benchmark query by construction. */
  record Written(int files, long bytes, long[] expectedDocs) {}

  private final int index;
  private final Random random;
  private final InteractionText text;
  private final FillerWords filler;

  SyntheticCustomer(int index, long seed, FillerWords filler) {
    this.index = index;
    this.random = new Random(seed * 1_000_003L + index);
    this.filler = filler;
    this.text = new InteractionText(filler);
  }

  static String nameOf(int index) {
    return NAME_PREFIXES[index % NAME_PREFIXES.length] + " "
        + NAME_SUFFIXES_AND_INDUSTRIES[(index / NAME_PREFIXES.length) % NAME_SUFFIXES_AND_INDUSTRIES.length][0]
        + String.format(" %04d", index + 1);
  }

  /**
   * Writes the folder under {@code customersDir}. {@code rareByInteraction} maps an interaction's number within
   * this customer to the fixed-count terms it must hold.
   */
  Written write(Path customersDir, int interactions, Map<Integer, List<PlantedTerm>> rareByInteraction)
      throws IOException {
    String name = nameOf(index);
    String slug = Slugs.fromName(name);
    Path dir = customersDir.resolve(slug);
    Path interactionsDir = dir.resolve("interactions");
    Files.createDirectories(interactionsDir);
    String industry = NAME_SUFFIXES_AND_INDUSTRIES[(index / NAME_PREFIXES.length)
        % NAME_SUFFIXES_AND_INDUSTRIES.length][1];
    String domain = slug.replace("-", "") + ".com";
    int region = random.nextInt(REGIONS.length);
    String[] ae = OUR_AES[random.nextInt(OUR_AES.length)];
    String[] csm = OUR_CSMS[random.nextInt(OUR_CSMS.length)];
    List<String[]> contacts = contacts(domain);
    int deals = 1 + random.nextInt(2);
    int[] stages = new int[deals];
    for (int d = 0; d < deals; d++) {
      stages[d] = random.nextInt(STAGES.length);
    }

    int files = 0;
    long bytes = 0;
    bytes += write(dir.resolve("profile.yaml"), profile(name, domain, industry, region, ae, csm, stages[0]));
    bytes += write(dir.resolve("contacts.yaml"), contactsYaml(contacts));
    bytes += write(dir.resolve("deals.yaml"), dealsYaml(name, stages));
    files += 3;

    long[] expected = new long[BenchQueries.ALL.size()];
    Set<String> ids = new HashSet<>();
    StringBuilder file = new StringBuilder(4096);
    for (int i = 0; i < interactions; i++) {
      List<PlantedTerm> planted = new ArrayList<>(rareByInteraction.getOrDefault(i, List.of()));
      for (PlantedTerm term : PlantedTerms.ALL) {
        if (!term.fixedCount() && random.nextDouble() < term.probability()) {
          planted.add(term);
        }
      }
      for (int q = 0; q < expected.length; q++) {
        if (BenchQueries.ALL.get(q).planted() && BenchQueries.ALL.get(q).matches(planted)) {
          expected[q]++;
        }
      }
      String[] contact = contacts.get(random.nextInt(contacts.size()));
      String id = interaction(file, planted, name, slug, region, ae, contact, ids);
      bytes += write(interactionsDir.resolve(id + ".md"), file.toString());
      files++;
    }
    return new Written(files, bytes, expected);
  }

  private String interaction(StringBuilder out, List<PlantedTerm> planted, String name, String slug, int region,
      String[] ae, String[] contact, Set<String> ids) {
    int s = pickSource();
    String source = SOURCES[s][0];
    String type = SOURCES[s][1];
    OffsetDateTime when = LocalDate.ofEpochDay(FIRST_DAY + random.nextInt((int) DAYS + 1))
        .atTime(7 + random.nextInt(12), random.nextInt(60)).atOffset(REGION_OFFSETS[region]);
    String day = when.toLocalDate().toString();
    String id;
    do {
      id = day + "-" + source + "-" + String.format("%08x", random.nextInt());
    } while (!ids.add(id));
    String theirs = contact[0];
    String theirEmail = contact[1];
    String ours = ae[1];
    String ourEmail = ae[0] + "@helio.io";
    String topic = capitalize(String.join(" ", filler.some(random, 2 + random.nextInt(3))));

    out.setLength(0);
    out.append("---\nid: ").append(id).append("\ntype: ").append(type).append("\ndate: ")
        .append(MOMENT.format(when)).append("\nsource: ").append(source).append('\n');
    String direction;
    boolean inbound = false;
    String title = name + " / Helio - " + topic;
    switch (type) {
      case "email" -> {
        inbound = random.nextBoolean();
        direction = inbound ? "inbound" : "outbound";
        String from = inbound ? theirs + " <" + theirEmail + ">" : ours + " <" + ourEmail + ">";
        String to = inbound ? ours + " <" + ourEmail + ">" : theirs + " <" + theirEmail + ">";
        out.append("source_id: \"<").append(id.substring(id.length() - 8)).append("@mail.gmail.com>\"\n")
            .append("subject: \"").append(random.nextBoolean() ? "Re: " : "").append(topic).append("\"\n")
            .append("from: ").append(from).append("\nto: [").append(to).append("]\n");
      }
      case "slack" -> {
        direction = random.nextInt(4) == 0 ? "internal" : random.nextBoolean() ? "inbound" : "outbound";
        inbound = direction.equals("inbound");
        out.append("source_id: C0").append(slug.length()).append("EXT/")
            .append(when.toEpochSecond()).append(".000100\nchannel: '#ext-").append(slug).append("'\n");
      }
      case "call", "meeting" -> {
        direction = "outbound";
        out.append("source_id: \"").append(Long.toUnsignedString(random.nextLong())).append("\"\ntitle: ")
            .append(title).append("\nduration_minutes: ").append(15 + random.nextInt(60)).append('\n');
      }
      default -> {
        direction = "internal";
        if (type.equals("task")) {
          out.append("source_id: 00T").append(String.format("%012x", random.nextLong() & 0xffffffffffffL))
              .append("\nsubject: \"Task: ").append(topic).append("\"\n");
        }
      }
    }
    out.append("participants: [").append(type.equals("note") || type.equals("task") ? ours : theirs + ", " + ours)
        .append("]\ndirection: ").append(direction).append("\n---\n");
    InteractionText.Spec spec = new InteractionText.Spec(type, day, when.getHour() * 60 + when.getMinute(), theirs,
        ours, inbound, planted, title);
    out.append(text.body(random, spec, 80 + random.nextInt(321))).append('\n');
    return id;
  }

  private int pickSource() {
    int roll = random.nextInt(100);
    for (int s = 0; s < SOURCE_WEIGHTS.length; s++) {
      roll -= SOURCE_WEIGHTS[s];
      if (roll < 0) {
        return s;
      }
    }
    return 0;
  }

  private List<String[]> contacts(String domain) {
    List<String[]> contacts = new ArrayList<>();
    Set<String> names = new HashSet<>();
    while (contacts.size() < CONTACT_ROLES.length) {
      String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
      String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
      if (names.add(first + " " + last)) {
        String email = (first + "." + last).toLowerCase(java.util.Locale.ROOT) + "@" + domain;
        contacts.add(new String[] {first + " " + last, email});
      }
    }
    return contacts;
  }

  private String profile(String name, String domain, String industry, int region, String[] ae, String[] csm,
      int stage) {
    boolean customer = STAGES[stage].equals("closed_won");
    StringBuilder y = new StringBuilder();
    y.append("name: ").append(name).append('\n')
        .append("domains: [").append(domain).append("]\n")
        .append("industry: ").append(industry).append('\n')
        .append("employees: ").append(200 + random.nextInt(20_000)).append('\n')
        .append("region: ").append(REGIONS[region]).append('\n')
        .append("tier: ").append(TIERS[random.nextInt(TIERS.length)]).append('\n')
        .append("lifecycle_stage: ").append(STAGES[stage]).append('\n')
        .append("owner: ").append(ae[0]).append('\n');
    if (customer) {
      y.append("csm: ").append(csm[0]).append('\n');
    }
    y.append("arr: ").append(customer ? 20_000 + random.nextInt(50) * 5_000 : 0).append('\n')
        .append("currency: USD\n")
        .append("health:\n  score: ").append(30 + random.nextInt(70))
        .append("\n  trend: ").append(new String[] {"improving", "stable", "declining"}[random.nextInt(3)])
        .append("\n  updated: ").append(day(random.nextInt((int) DAYS + 1))).append('\n')
        .append("competitors: [").append(COMPETITORS[random.nextInt(COMPETITORS.length)]).append("]\n")
        .append("slack_channels: ['#ext-").append(Slugs.fromName(name)).append("']\n")
        .append("crm:\n  salesforce_account_id: 0015g").append(String.format("%08d", index)).append("AAA\n")
        .append("tags: [").append(industry.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')).append("]\n");
    return y.toString();
  }

  private String contactsYaml(List<String[]> contacts) {
    StringBuilder y = new StringBuilder("contacts:\n");
    for (int i = 0; i < contacts.size(); i++) {
      y.append("  - name: ").append(contacts.get(i)[0]).append('\n')
          .append("    email: ").append(contacts.get(i)[1]).append('\n')
          .append("    title: \"").append(CONTACT_ROLES[i][1]).append("\"\n")
          .append("    role: ").append(CONTACT_ROLES[i][0]).append('\n')
          .append("    sentiment: ").append(SENTIMENTS[random.nextInt(SENTIMENTS.length)]).append('\n')
          .append("    last_contacted: ").append(day(random.nextInt((int) DAYS + 1))).append('\n');
    }
    return y.toString();
  }

  private String dealsYaml(String name, int[] stages) {
    StringBuilder y = new StringBuilder("deals:\n");
    for (int d = 0; d < stages.length; d++) {
      int createdDay = random.nextInt((int) DAYS - 60);
      String stage = STAGES[stages[d]];
      y.append("  - id: D-").append(String.format("%06d-%d", index + 1, d + 1)).append('\n')
          .append("    name: ").append(name).append(d == 0 ? " - Platform" : " - Expansion").append('\n')
          .append("    amount: ").append(25_000 + random.nextInt(60) * 5_000).append('\n')
          .append("    currency: USD\n")
          .append("    stage: ").append(stage).append('\n')
          .append("    close_date: ").append(day(createdDay + 60 + random.nextInt(200))).append('\n')
          .append("    probability: ").append(STAGE_PROBABILITIES[stages[d]]).append('\n')
          .append("    forecast_category: ").append(stage.equals("closed_won") ? "closed"
              : stages[d] >= 5 ? "commit" : stages[d] >= 3 ? "best_case" : "pipeline").append('\n')
          .append("    next_step: ").append(NEXT_STEPS[random.nextInt(NEXT_STEPS.length)]).append('\n')
          .append("    competitors: [").append(COMPETITORS[random.nextInt(COMPETITORS.length)]).append("]\n")
          .append("    created: ").append(day(createdDay)).append('\n')
          .append("    updated: ").append(day(createdDay + random.nextInt(60))).append('\n');
    }
    return y.toString();
  }

  private static String day(long offset) {
    return LocalDate.ofEpochDay(FIRST_DAY + offset).toString();
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static long write(Path file, String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    Files.write(file, bytes);
    return bytes.length;
  }
}
