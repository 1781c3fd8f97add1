package com.salesworkspace.importers.salesforce;

import java.util.List;
import java.util.Map;

/**
 * Report exports name columns by field label, prefixed with the object in joined reports ("Account: Account
 * Name", "Contact: Email"). This is the label of each standard field we read, per object; other labels (custom
 * fields) are kept as they are, and the mapping file can name them by label.
 */
final class ReportLabels {
  /** A column: the object it belongs to and the API name (or the label when it has no known API name). */
  record Column(String object, String field) {}

  private static final Map<String, Map<String, String>> LABELS = Map.of(
      SalesforceObjects.ACCOUNT, Map.ofEntries(
          Map.entry("Account Name", "Name"), Map.entry("Account ID", "Id"), Map.entry("Account Type", "Type"),
          Map.entry("Type", "Type"), Map.entry("Phone", "Phone"), Map.entry("Account Phone", "Phone"),
          Map.entry("Website", "Website"), Map.entry("Industry", "Industry"),
          Map.entry("Employees", "NumberOfEmployees"), Map.entry("Account Owner", "Owner"),
          Map.entry("Billing Country", "BillingCountry"), Map.entry("Billing State/Province", "BillingState"),
          Map.entry("Billing City", "BillingCity"), Map.entry("Annual Revenue", "AnnualRevenue"),
          Map.entry("Description", "Description"), Map.entry("Account Currency", "CurrencyIsoCode")),
      SalesforceObjects.CONTACT, Map.ofEntries(
          Map.entry("First Name", "FirstName"), Map.entry("Last Name", "LastName"),
          Map.entry("Full Name", "Name"), Map.entry("Contact Name", "Name"), Map.entry("Name", "Name"),
          Map.entry("Title", "Title"), Map.entry("Phone", "Phone"), Map.entry("Mobile", "MobilePhone"),
          Map.entry("Email", "Email"), Map.entry("Contact ID", "Id"), Map.entry("Description", "Description"),
          Map.entry("Contact Owner", "Owner")),
      SalesforceObjects.OPPORTUNITY, Map.ofEntries(
          Map.entry("Opportunity Name", "Name"), Map.entry("Opportunity ID", "Id"), Map.entry("Amount", "Amount"),
          Map.entry("Close Date", "CloseDate"), Map.entry("Stage", "StageName"),
          Map.entry("Probability (%)", "Probability"), Map.entry("Forecast Category", "ForecastCategoryName"),
          Map.entry("Next Step", "NextStep"), Map.entry("Opportunity Owner", "Owner"),
          Map.entry("Created Date", "CreatedDate"), Map.entry("Last Modified Date", "LastModifiedDate"),
          Map.entry("Opportunity Currency", "CurrencyIsoCode"), Map.entry("Type", "Type")));

  /** Labels that name their object without a prefix, in single-object reports. */
  private static final Map<String, String> OWN_OBJECT = Map.ofEntries(
      Map.entry("Account Name", SalesforceObjects.ACCOUNT), Map.entry("Account ID", SalesforceObjects.ACCOUNT),
      Map.entry("Account Owner", SalesforceObjects.ACCOUNT), Map.entry("Account Type", SalesforceObjects.ACCOUNT),
      Map.entry("Website", SalesforceObjects.ACCOUNT), Map.entry("Industry", SalesforceObjects.ACCOUNT),
      Map.entry("Employees", SalesforceObjects.ACCOUNT), Map.entry("First Name", SalesforceObjects.CONTACT),
      Map.entry("Last Name", SalesforceObjects.CONTACT), Map.entry("Email", SalesforceObjects.CONTACT),
      Map.entry("Contact ID", SalesforceObjects.CONTACT), Map.entry("Mobile", SalesforceObjects.CONTACT),
      Map.entry("Opportunity Name", SalesforceObjects.OPPORTUNITY),
      Map.entry("Opportunity ID", SalesforceObjects.OPPORTUNITY), Map.entry("Stage", SalesforceObjects.OPPORTUNITY),
      Map.entry("Close Date", SalesforceObjects.OPPORTUNITY), Map.entry("Amount", SalesforceObjects.OPPORTUNITY));

  private ReportLabels() {}

  /** A report names the account of each row: "Account Name" or "Account: Account Name". */
  static boolean isReportHeader(List<String> header) {
    return header.contains("Account Name") || header.contains("Account: Account Name");
  }

  /**
   * The object and field of a column. Unprefixed labels shared by several objects (Phone, Type, Description)
   * belong to the most detailed object the report has: its rows are opportunities, else contacts, else accounts.
   */
  static Column column(String header, List<String> allHeaders) {
    int colon = header.indexOf(": ");
    if (colon > 0 && LABELS.containsKey(header.substring(0, colon))) {
      String object = header.substring(0, colon);
      String label = header.substring(colon + 2);
      return new Column(object, LABELS.get(object).getOrDefault(label, label));
    }
    String object = OWN_OBJECT.getOrDefault(header, rowObject(allHeaders));
    return new Column(object, LABELS.get(object).getOrDefault(header, header));
  }

  private static String rowObject(List<String> headers) {
    if (headers.stream().anyMatch(h -> SalesforceObjects.OPPORTUNITY.equals(OWN_OBJECT.get(h)))) {
      return SalesforceObjects.OPPORTUNITY;
    }
    if (headers.stream().anyMatch(h -> SalesforceObjects.CONTACT.equals(OWN_OBJECT.get(h)))) {
      return SalesforceObjects.CONTACT;
    }
    return SalesforceObjects.ACCOUNT;
  }
}
