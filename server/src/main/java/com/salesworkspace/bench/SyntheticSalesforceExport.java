package com.salesworkspace.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes a Salesforce Data Export folder of any size, the same for the same seed: User, Account, Contact,
 * Opportunity, OpportunityHistory, Task and Event CSVs with the headers Salesforce's export writes (standard
 * fields plus the custom fields of the default mapping), every value quoted, CRLF line ends, multi-line
 * descriptions, and every 50th task and every 100th contact deleted (IsDeleted=1). Usage from tests and
 * {@link SalesforceImportBenchmark}.
 */
public final class SyntheticSalesforceExport {
  /** How big an export to write. */
  public record Size(int users, int accounts, int contacts, int opportunities, int tasks) {
    /** The size the importer is measured on: 2,000 accounts, 20k contacts, 8k opportunities, 50k tasks. */
    public static final Size LARGE = new Size(40, 2_000, 20_000, 8_000, 50_000);

    public int deletedTasks() {
      return tasks / 50;
    }

    public int deletedContacts() {
      return contacts / 100;
    }

    /** Events: one per 10 tasks. */
    public int events() {
      return tasks / 10;
    }
  }

  static final String[] USER = {"Id", "Username", "LastName", "FirstName", "Name", "CompanyName", "Title", "Email",
      "IsActive", "TimeZoneSidKey", "UserRoleId", "ProfileId", "UserType", "ManagerId", "CreatedDate",
      "LastModifiedDate", "SystemModstamp"};
  static final String[] ACCOUNT = {"Id", "IsDeleted", "MasterRecordId", "Name", "Type", "ParentId", "BillingStreet",
      "BillingCity", "BillingState", "BillingPostalCode", "BillingCountry", "Phone", "Website", "Industry",
      "AnnualRevenue", "NumberOfEmployees", "Description", "Rating", "OwnerId", "CreatedDate", "CreatedById",
      "LastModifiedDate", "LastModifiedById", "SystemModstamp", "LastActivityDate", "AccountSource",
      "Health_Score__c", "Health_Trend__c", "ARR__c", "Renewal_Date__c", "Customer_Tier__c", "CSM__c"};
  static final String[] CONTACT = {"Id", "IsDeleted", "MasterRecordId", "AccountId", "LastName", "FirstName",
      "Salutation", "Name", "MailingCity", "MailingCountry", "Phone", "MobilePhone", "Email", "Title", "Department",
      "Description", "OwnerId", "HasOptedOutOfEmail", "CreatedDate", "LastModifiedDate", "SystemModstamp",
      "Contact_Role__c"};
  static final String[] OPPORTUNITY = {"Id", "IsDeleted", "AccountId", "IsPrivate", "Name", "Description",
      "StageName", "Amount", "Probability", "ExpectedRevenue", "CloseDate", "Type", "NextStep", "LeadSource",
      "IsClosed", "IsWon", "ForecastCategory", "ForecastCategoryName", "OwnerId", "CreatedDate", "LastModifiedDate",
      "SystemModstamp", "LastStageChangeDate", "FiscalQuarter", "FiscalYear", "Competitors__c"};
  static final String[] HISTORY = {"Id", "OpportunityId", "CreatedById", "CreatedDate", "StageName", "Amount",
      "ExpectedRevenue", "CloseDate", "Probability", "ForecastCategory", "SystemModstamp", "IsDeleted"};
  static final String[] TASK = {"Id", "WhoId", "WhatId", "Subject", "ActivityDate", "Status", "Priority", "OwnerId",
      "Description", "IsDeleted", "AccountId", "IsClosed", "CreatedDate", "LastModifiedDate", "SystemModstamp",
      "CallDurationInSeconds", "CallType", "TaskSubtype", "CompletedDateTime"};
  static final String[] EVENT = {"Id", "WhoId", "WhatId", "Subject", "Location", "IsAllDayEvent", "ActivityDateTime",
      "ActivityDate", "DurationInMinutes", "StartDateTime", "EndDateTime", "Description", "AccountId", "OwnerId",
      "IsDeleted", "CreatedDate", "LastModifiedDate", "SystemModstamp"};

  private static final String[][] STAGES = {{"Prospecting", "10", "Pipeline"}, {"Qualification", "10", "Pipeline"},
      {"Needs Analysis", "20", "Pipeline"}, {"Perception Analysis", "40", "Pipeline"},
      {"Proposal/Price Quote", "60", "Best Case"}, {"Negotiation/Review", "80", "Commit"},
      {"Closed Won", "100", "Closed"}, {"Closed Lost", "0", "Omitted"}};
  private static final String[] FIRST = {"Maria", "Robert", "Linda", "Tom", "Ida", "Søren", "Aisha", "Kenji", "Lucía",
      "Pieter", "Grace", "Omar", "Chloé", "Dmitri", "Priya", "Ana", "Jonas", "Mei", "Tariq", "Eva"};
  private static final String[] LAST = {"Chen", "Kim", "Reyes", "Okafor", "Jensen", "Holm", "Rahman", "Sato", "García",
      "de Vries", "O'Brien", "Haddad", "Martin", "Ivanov", "Shah", "Silva", "Berg", "Wang", "Aziz", "Novak"};
  private static final String[] WORDS = {"Nordic", "Summit", "Harbor", "Apex", "Granite", "Blue", "Cedar", "Delta",
      "Vertex", "Meridian", "Falcon", "Lumen", "Orbit", "Pioneer", "Quartz", "Riverside", "Sterling", "Tidal"};
  private static final String[] KINDS = {"Logistics", "Health", "Financial", "Manufacturing", "Retail", "Media",
      "Insurance", "Biotech", "Aerospace", "Education", "Hotels", "Shipping", "Energy", "Foods"};
  private static final String[] TYPES = {"Prospect", "Customer - Direct", "Customer - Channel", "Prospect",
      "Customer - Direct", "Technology Partner"};
  private static final String[] ROLES = {"Champion", "Economic Buyer", "Decision Maker", "Technical Evaluator",
      "Influencer", "Blocker", "User", ""};
  private static final String[] SUBJECTS = {"Call: pricing follow-up", "Email: Re: security questionnaire",
      "Send renewal quote", "Call: rollout check-in", "Email: contract redlines", "Prepare QBR deck",
      "Call: integration status", "Follow up on budget approval"};
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
  private static final OffsetDateTime END = OffsetDateTime.of(2026, 11, 20, 17, 0, 0, 0, ZoneOffset.UTC);
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL)
      .setRecordSeparator("\r\n").get();

  private final Random random;
  private final Size size;

  private SyntheticSalesforceExport(Size size, long seed) {
    this.size = size;
    this.random = new Random(seed);
  }

  /** Writes the export's CSV files into {@code dir} (created when missing). */
  public static void write(Path dir, Size size, long seed) {
    try {
      Files.createDirectories(dir);
      new SyntheticSalesforceExport(size, seed).writeAll(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the export into " + dir, e);
    }
  }

  static String id(String prefix, long n) {
    return prefix + "5g" + String.format(Locale.ROOT, "%013d", n);
  }

  private void writeAll(Path dir) throws IOException {
    try (CSVPrinter out = printer(dir, "User.csv", USER)) {
      for (int u = 0; u < size.users(); u++) {
        String first = FIRST[u % FIRST.length];
        String last = LAST[(u / FIRST.length + u) % LAST.length];
        String email = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + u + "@helio.io";
        out.printRecord(id("005", u), email + ".prod", last, first, first + " " + last, "Helio Systems",
            u == 0 ? "VP Sales" : u % 5 == 4 ? "Customer Success Manager" : "Account Executive", email, "1",
            "America/New_York", "00E5g000001AeRoAAA", "00e5g000001SaleAAA", "Standard", u == 0 ? "" : id("005", 0),
            stamp(END.minusDays(900)), stamp(END.minusDays(30)), stamp(END.minusDays(30)));
      }
    }
    try (CSVPrinter out = printer(dir, "Account.csv", ACCOUNT)) {
      for (int a = 0; a < size.accounts(); a++) {
        String name = accountName(a);
        String type = TYPES[a % TYPES.length];
        boolean customer = type.startsWith("Customer");
        out.printRecord(id("001", a), "0", "", name, type, "", (100 + a) + " Main Street\nFloor " + (a % 9 + 1),
            "Boston", "MA", "02110", "United States", "+1 617 555 " + String.format(Locale.ROOT, "%04d", a % 10000),
            "https://www." + slug(name) + ".example.com", KINDS[(a / WORDS.length) % KINDS.length],
            String.valueOf(1_000_000L * (1 + random.nextInt(5000))), String.valueOf(50 + random.nextInt(20000)),
            "Account " + name + ".\n\"Key\" account, reviewed quarterly.", a % 3 == 0 ? "Hot" : "Warm",
            owner(a), stamp(END.minusDays(400 + a % 300)), owner(a), stamp(END.minusDays(a % 60)), owner(a),
            stamp(END.minusDays(a % 60)), day(END.minusDays(a % 40)), "Web",
            String.valueOf(20 + random.nextInt(80)), a % 3 == 0 ? "Declining" : "Stable",
            customer ? String.valueOf(10_000 * (1 + random.nextInt(50))) : "",
            customer ? day(END.plusDays(30 + a % 400)) : "", a % 4 == 0 ? "Enterprise" : "Mid-Market",
            customer ? owner(a + 4) : "");
      }
    }
    try (CSVPrinter out = printer(dir, "Contact.csv", CONTACT)) {
      for (int c = 0; c < size.contacts(); c++) {
        int account = c % size.accounts();
        String first = FIRST[c % FIRST.length];
        String last = LAST[(c / 7) % LAST.length];
        String email = (first + "." + last + c).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "") + "@"
            + slug(accountName(account)) + ".example.com";
        out.printRecord(id("003", c), c % 100 == 99 ? "1" : "0", "", id("001", account), last, first, "",
            first + " " + last, "Boston", "United States", "+1 617 555 0100", "", email,
            c % 7 == 0 ? "Chief Financial Officer" : "Director of Operations", "Operations", "", owner(account), "0",
            stamp(END.minusDays(300 + c % 200)), stamp(END.minusDays(c % 90)), stamp(END.minusDays(c % 90)),
            ROLES[c % ROLES.length]);
      }
    }
    try (CSVPrinter opp = printer(dir, "Opportunity.csv", OPPORTUNITY);
        CSVPrinter history = printer(dir, "OpportunityHistory.csv", HISTORY)) {
      long historyId = 0;
      for (int o = 0; o < size.opportunities(); o++) {
        int account = o % size.accounts();
        int stage = random.nextInt(STAGES.length);
        long amount = 5_000L * (1 + random.nextInt(80));
        LocalDate created = END.minusDays(200 + random.nextInt(200)).toLocalDate();
        LocalDate close = created.plusDays(90 + random.nextInt(200));
        for (int s = 0; s <= Math.min(stage, 5); s++) {
          history.printRecord(id("008", historyId++), id("006", o), owner(account),
              stamp(created.plusDays(20L * s).atTime(12, 0).atOffset(ZoneOffset.UTC)), STAGES[s][0],
              amount + ".00", "", (s < 3 ? close.minusDays(30) : close).toString(), STAGES[s][1], STAGES[s][2], "",
              "0");
        }
        boolean closed = stage >= 6;
        opp.printRecord(id("006", o), "0", id("001", account), "0", accountName(account) + " - Deal " + (o + 1),
            "Scope:\n- platform\n- integrations", STAGES[stage][0], amount + ".00", STAGES[stage][1], "",
            close.toString(), o % 2 == 0 ? "New Business" : "Renewal", closed ? "" : "Follow up with the buyer",
            "Web", closed ? "1" : "0", stage == 6 ? "1" : "0", STAGES[stage][2].replace(" ", ""), STAGES[stage][2],
            owner(account), stamp(created.atTime(9, 0).atOffset(ZoneOffset.UTC)),
            stamp(END.minusDays(o % 30)), stamp(END.minusDays(o % 30)),
            stamp(created.plusDays(20L * Math.min(stage, 5)).atTime(12, 0).atOffset(ZoneOffset.UTC)), "4", "2026",
            o % 3 == 0 ? "Stackline;Freightwise" : "");
      }
    }
    try (CSVPrinter out = printer(dir, "Task.csv", TASK)) {
      for (int t = 0; t < size.tasks(); t++) {
        int contact = random.nextInt(size.contacts());
        int account = contact % size.accounts();
        OffsetDateTime when = END.minusMinutes(37L * t + random.nextInt(30));
        boolean call = t % 3 == 0;
        out.printRecord(id("00T", t), id("003", contact), t % 2 == 0 ? id("006", account % size.opportunities()) : "",
            SUBJECTS[t % SUBJECTS.length], day(when), "Completed", "Normal", owner(account),
            "Spoke with the team about next steps.\nThey asked about the rollout timeline and pricing for "
                + (10 + t % 90) + " seats.\n- follow-up owner: " + FIRST[t % FIRST.length],
            t % 50 == 49 ? "1" : "0", id("001", account), "1", stamp(when), stamp(when), stamp(when),
            call ? String.valueOf(300 + t % 1800) : "", call ? "Outbound" : "", call ? "Call" : "Task",
            stamp(when));
      }
    }
    try (CSVPrinter out = printer(dir, "Event.csv", EVENT)) {
      for (int e = 0; e < size.events(); e++) {
        int contact = random.nextInt(size.contacts());
        int account = contact % size.accounts();
        OffsetDateTime start = END.minusHours(11L * e + 3);
        out.printRecord(id("00U", e), id("003", contact), id("001", account), "Meeting: quarterly review",
            "Video call", "0", stamp(start), day(start), "60", stamp(start), stamp(start.plusHours(1)),
            "Agenda:\n1. Usage\n2. Roadmap\n3. Renewal", id("001", account), owner(account), "0",
            stamp(start.minusDays(7)), stamp(start), stamp(start));
      }
    }
  }

  private String owner(int n) {
    return id("005", n % size.users());
  }

  private static String accountName(int a) {
    return WORDS[a % WORDS.length] + " " + KINDS[(a / WORDS.length) % KINDS.length] + " " + (a + 1);
  }

  private static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  private static String stamp(OffsetDateTime t) {
    return t.withOffsetSameInstant(ZoneOffset.UTC).format(STAMP);
  }

  private static String day(OffsetDateTime t) {
    return t.toLocalDate().toString();
  }

  private static CSVPrinter printer(Path dir, String file, String[] header) throws IOException {
    Writer writer = Files.newBufferedWriter(dir.resolve(file), StandardCharsets.UTF_8);
    CSVPrinter printer = new CSVPrinter(writer, FORMAT);
    printer.printRecord((Object[]) header);
    return printer;
  }
}
