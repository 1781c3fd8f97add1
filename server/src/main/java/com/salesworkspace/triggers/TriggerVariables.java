package com.salesworkspace.triggers;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.projectnessie.cel.checker.Decls;
import org.projectnessie.cel.relocated.com.google.api.expr.v1alpha1.Decl;
import org.projectnessie.cel.relocated.com.google.api.expr.v1alpha1.Type;

/**
 * The variables a condition can use, computed per customer as of the run date. Numbers are whole numbers (CEL int):
 * write {@code arr > 100000}, not {@code 100000.0}. A variable with no value for a customer (no health score, no
 * renewal date, no interaction yet) makes the condition unknown for that customer, and unknown never fires.
 */
public final class TriggerVariables {
  private TriggerVariables() {}

  /** One variable: its name, CEL type, type as documented, and meaning. */
  public record Variable(String name, Type celType, String type, String description) {}

  private static final Type LIST_STRING = Decls.newListType(Decls.String);
  private static final Type LIST_MAP = Decls.newListType(Decls.newMapType(Decls.String, Decls.Dyn));

  public static final List<Variable> ALL = List.of(
      new Variable("customer", Decls.String, "string", "The customer slug, e.g. acme-logistics."),
      new Variable("name", Decls.String, "string", "The customer's name."),
      new Variable("health_score", Decls.Int, "int", "Health score 0-100 (profile.yaml health.score)."),
      new Variable("health_trend", Decls.String, "string", "improving, stable or declining."),
      new Variable("no_activity", Decls.Int, "int",
          "Days from the last interaction of any source (tasks excluded) to the run date."),
      new Variable("last_activity", Decls.String, "date", "The day of the last interaction, YYYY-MM-DD."),
      new Variable("interactions_30d", Decls.Int, "int", "Interactions (tasks excluded) in the 30 days up to the run date."),
      new Variable("arr", Decls.Int, "int", "Annual recurring revenue in whole currency units."),
      new Variable("lifecycle_stage", Decls.String, "string", "The profile's lifecycle_stage, e.g. renewal or churned."),
      new Variable("tier", Decls.String, "string", "strategic, enterprise, mid-market or smb."),
      new Variable("industry", Decls.String, "string", "The profile's industry."),
      new Variable("region", Decls.String, "string", "The profile's region."),
      new Variable("owner", Decls.String, "string", "The account owner's user id (team.yaml)."),
      new Variable("csm", Decls.String, "string", "The CSM's user id (team.yaml)."),
      new Variable("renewal_date", Decls.String, "date", "The renewal date, YYYY-MM-DD."),
      new Variable("days_to_renewal", Decls.Int, "int", "Days from the run date to renewal_date (negative once past)."),
      new Variable("open_pipeline", Decls.Int, "int", "Sum of the amounts of open deals (not closed_won or closed_lost)."),
      new Variable("open_deals", Decls.Int, "int", "How many deals are open."),
      new Variable("deals", LIST_MAP, "list of deals",
          "Every deal, with fields " + String.join(", ", dealFields()) + ". Fields without a value are absent: "
              + "test with has(d.close_date)."),
      new Variable("contacts", LIST_MAP, "list of contacts",
          "Every contact, with fields " + String.join(", ", contactFields()) + "."),
      new Variable("contact_roles", LIST_STRING, "list of strings",
          "The roles among the contacts, e.g. 'economic_buyer' in contact_roles."),
      new Variable("competitors", LIST_STRING, "list of strings", "The profile's competitors."),
      new Variable("tags", LIST_STRING, "list of strings", "The profile's tags."));

  public static final Map<String, Variable> BY_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(Variable::name, Function.identity()));

  private static List<String> dealFields() {
    return List.of("id", "name", "amount", "currency", "stage", "open", "won", "close_date", "days_to_close",
        "probability", "forecast_category", "next_step", "next_step_date", "days_to_next_step", "competitors");
  }

  private static List<String> contactFields() {
    return List.of("name", "email", "title", "role", "sentiment", "last_contacted", "days_since_contacted");
  }

  public static final Set<String> DEAL_FIELDS = Set.copyOf(dealFields());
  public static final Set<String> CONTACT_FIELDS = Set.copyOf(contactFields());

  public static List<Decl> declarations() {
    return ALL.stream().map(v -> Decls.newVar(v.name(), v.celType())).toList();
  }

  public static Optional<Variable> find(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }
}
