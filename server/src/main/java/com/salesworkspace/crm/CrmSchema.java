package com.salesworkspace.crm;

import static com.salesworkspace.crm.CrmField.Type.BOOLEAN;
import static com.salesworkspace.crm.CrmField.Type.DATE;
import static com.salesworkspace.crm.CrmField.Type.LIST;
import static com.salesworkspace.crm.CrmField.Type.NUMBER;
import static com.salesworkspace.crm.CrmField.Type.TEXT;

import com.salesworkspace.util.EditDistance;
import com.salesworkspace.workspace.WorkspaceException;
import java.util.Comparator;
import java.util.List;

/**
 * The published schema of crm_query: objects, fields, operators, and the SQL views of the index behind them. The
 * validator and the {@code crm://schema} resource both read it, so what Claude is told is what is checked.
 */
public final class CrmSchema {
  public static final String RESOURCE_URI = "crm://schema";

  public static final List<String> OPERATORS = List.of("=", "!=", "<", "<=", ">", ">=", "in", "not_in", "contains",
      "starts_with", "is_null", "between");

  public static final List<String> AGGREGATES = List.of("count", "sum", "avg", "min", "max");

  public static final List<CrmObject> OBJECTS = List.of(
      new CrmObject("accounts", "crm_accounts", "Account", List.of(
          f("id", TEXT, "id", "Id", "Customer slug (Salesforce: the account Id)."),
          f("name", TEXT, "name", "Name", "Account name."),
          f("industry", TEXT, "industry", "Industry", "Industry."),
          f("tier", TEXT, "tier", null, "strategic, enterprise, mid-market or smb."),
          f("lifecycle_stage", TEXT, "lifecycle_stage", null, "Deal stage or customer stage (onboarding, renewal...)."),
          f("owner", TEXT, "owner", "OwnerId", "Account owner user id (Salesforce: the owner's record id)."),
          f("csm", TEXT, "csm", null, "Customer success manager user id."),
          f("arr", NUMBER, "arr", "AnnualRevenue", "Annual recurring revenue (Salesforce: AnnualRevenue)."),
          f("currency", TEXT, "currency", null, "Currency code."),
          f("health_score", NUMBER, "health_score", null, "Health 0-100."),
          f("health_trend", TEXT, "health_trend", null, "improving, stable or declining."),
          f("renewal_date", DATE, "renewal_date", null, "Next renewal."),
          f("region", TEXT, "region", null, "Sales region."),
          f("employees", NUMBER, "employees", "NumberOfEmployees", "Employee count."),
          f("competitors", LIST, "competitors", null, "Competitors named in the profile."),
          f("salesforce_id", TEXT, "salesforce_id", "Id", "Salesforce account id.")),
          List.of("id", "name", "owner", "lifecycle_stage", "arr", "health_score", "renewal_date"),
          "Customers (profile.yaml)."),
      new CrmObject("opportunities", "crm_opportunities", "Opportunity", List.of(
          f("id", TEXT, "id", "Id", "Deal id."),
          f("customer", TEXT, "customer", "AccountId", "Customer slug (Salesforce: AccountId)."),
          f("name", TEXT, "name", "Name", "Deal name."),
          f("amount", NUMBER, "amount", "Amount", "Deal amount."),
          f("currency", TEXT, "currency", null, "Currency code."),
          f("stage", TEXT, "stage", "StageName", "Workflow stage id, e.g. negotiation, closed_won."),
          f("close_date", DATE, "close_date", "CloseDate", "Expected or actual close date."),
          f("probability", NUMBER, "probability", "Probability", "Win probability in percent."),
          f("forecast_category", TEXT, "forecast_category", "ForecastCategoryName",
              "pipeline, best_case, commit, closed or omitted."),
          f("next_step", TEXT, "next_step", "NextStep", "Next step."),
          f("next_step_date", DATE, "next_step_date", null, "When the next step is due."),
          f("created", DATE, "created", "CreatedDate", "Created on."),
          f("updated", DATE, "updated", "LastModifiedDate", "Last updated on."),
          f("competitors", LIST, "competitors", null, "Competitors in the deal."),
          f("owner", TEXT, "owner", "OwnerId", "Owner of the customer account (Salesforce: OwnerId)."),
          f("is_closed", BOOLEAN, "is_closed", "IsClosed", "Closed won or lost."),
          f("is_won", BOOLEAN, "is_won", "IsWon", "Closed won.")),
          List.of("id", "customer", "name", "amount", "stage", "close_date", "forecast_category"),
          "Deals (deals.yaml)."),
      new CrmObject("contacts", "crm_contacts", "Contact", List.of(
          f("customer", TEXT, "customer", "AccountId", "Customer slug (Salesforce: AccountId)."),
          f("name", TEXT, "name", "Name", "Full name."),
          f("email", TEXT, "email", "Email", "Email address."),
          f("title", TEXT, "title", "Title", "Job title."),
          f("role", TEXT, "role", null, "champion, economic_buyer, decision_maker, technical_evaluator, influencer, "
              + "blocker or user."),
          f("sentiment", TEXT, "sentiment", null, "positive, neutral or negative."),
          f("last_contacted", DATE, "last_contacted", "LastActivityDate", "Last contacted on.")),
          List.of("customer", "name", "title", "role", "sentiment", "last_contacted"),
          "People at customers (contacts.yaml)."),
      new CrmObject("tasks", "crm_tasks", "Task", List.of(
          f("id", TEXT, "id", "Id", "Interaction id."),
          f("customer", TEXT, "customer", "AccountId", "Customer slug (Salesforce: AccountId)."),
          f("date", DATE, "date", "ActivityDate", "Due or done on."),
          f("subject", TEXT, "subject", "Subject", "Subject."),
          f("assigned_by", TEXT, "assigned_by", null, "Who created it."),
          f("source", TEXT, "source", null, "salesforce or manual."),
          f("source_id", TEXT, "source_id", null, "Id in the source system.")),
          List.of("id", "customer", "date", "subject"),
          "Interactions of type task."),
      new CrmObject("activities", "crm_activities", null, List.of(
          f("id", TEXT, "id", null, "Interaction id."),
          f("customer", TEXT, "customer", null, "Customer slug."),
          f("type", TEXT, "type", null, "email, slack, call, meeting, note or task."),
          f("date", DATE, "date", null, "Day it happened."),
          f("source", TEXT, "source", null, "gmail, slack, gong, granola, salesforce or manual."),
          f("subject", TEXT, "subject", null, "Subject or title."),
          f("from_address", TEXT, "from_address", null, "Sender."),
          f("direction", TEXT, "direction", null, "inbound, outbound or internal.")),
          List.of("id", "customer", "type", "date", "subject"),
          "Every interaction (emails, Slack, calls, meetings, notes, tasks)."));

  private CrmSchema() {}

  private static CrmField f(String name, CrmField.Type type, String column, String salesforce, String description) {
    return new CrmField(name, type, column, salesforce, description);
  }

  public static List<String> objectNames() {
    return OBJECTS.stream().map(CrmObject::name).toList();
  }

  public static CrmObject object(String name) {
    return OBJECTS.stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow(() ->
        new WorkspaceException("Unknown object '" + name + "'" + didYouMean(name, objectNames()) + "; the objects are "
            + String.join(", ", objectNames()) + "."));
  }

  /** The field of an object, or an error listing the valid fields with the closest one first. */
  public static CrmField field(CrmObject object, String name, String where) {
    return object.field(name).orElseThrow(() -> new WorkspaceException("Unknown field '" + name + "' in " + where
        + didYouMean(name, object.fieldNames()) + "; " + object.name() + " has " + String.join(", ",
        object.fieldNames()) + " (see " + RESOURCE_URI + ")."));
  }

  static String didYouMean(String wanted, List<String> candidates) {
    return candidates.stream()
        .min(Comparator.comparingInt((String c) -> EditDistance.levenshtein(wanted.toLowerCase(), c)))
        .filter(c -> EditDistance.levenshtein(wanted.toLowerCase(), c) <= Math.max(2, wanted.length() / 3))
        .map(c -> " (did you mean '" + c + "'?)").orElse("");
  }

  /** The schema and the query grammar as Markdown: the text of the crm://schema resource. */
  public static String markdown() {
    StringBuilder sb = new StringBuilder("""
        # crm_query schema

        Structured mode: `object`, `filters`, `fields`, `sort`, `group_by`, `aggregates`, `limit`, `cursor`.

        - `filters`: a list of conditions, all of which must hold. A condition is `{"field": F, "op": OP, "value": V}`;
          `{"or": [conditions]}` and `{"and": [conditions]}` nest groups.
        - `op`: `=` `!=` `<` `<=` `>` `>=` (text compares ignoring case), `in` / `not_in` (value is a list),
          `contains` (text: substring ignoring case; list fields: has the element), `starts_with`,
          `is_null` (value true or false), `between` (value `[low, high]`, both included).
          Dates are `YYYY-MM-DD`; booleans `true`/`false`.
        - `sort`: field names, `-` in front for descending, e.g. `["-amount", "close_date"]`.
        - `group_by`: fields; rows then hold those fields and the `aggregates`: `count`, `sum:F`, `avg:F`, `min:F`,
          `max:F` (default `count`), named `count`, `sum_F`... which `sort` may use.
        - `source`: `workspace` (the index), `live` (Salesforce, when SALESFORCE_INSTANCE_URL and
          SALESFORCE_ACCESS_TOKEN are set) or `auto` (live when configured).

        SQL mode: `sql` holds one read-only `SELECT` (or `WITH ... SELECT`) over the views below (the view is the
        object's name prefixed with `crm_`, plus `crm_opportunity_history`). At most 1,000 rows and 5 seconds.

        """);
    for (CrmObject o : OBJECTS) {
      sb.append("## ").append(o.name()).append(" (view `").append(o.view()).append("`")
          .append(o.salesforce() == null ? ", workspace only" : ", Salesforce `" + o.salesforce() + "`")
          .append(")\n\n").append(o.description()).append(" Default fields: ").append(String.join(", ", o.defaults()))
          .append(".\n\n| field | type | Salesforce | meaning |\n|---|---|---|---|\n");
      for (CrmField f : o.fields()) {
        sb.append("| ").append(f.name()).append(" | ").append(f.type().id()).append(" | ")
            .append(f.salesforce() == null ? "-" : f.salesforce()).append(" | ").append(f.description()).append(" |\n");
      }
      sb.append('\n');
    }
    sb.append("""
        ## crm_opportunity_history (SQL mode only)

        One row per entry of a deal's `history`: customer, opportunity_id, date, stage, close_date, amount.
        """);
    return sb.toString();
  }
}
