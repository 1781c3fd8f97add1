package com.salesworkspace.importers.salesforce;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A workspace field a Salesforce field can be mapped to, with how its value is converted. Dotted names go into
 * nested mappings (health.score). The standard Salesforce fields each target reads unless the mapping file
 * names others.
 */
record Target(String name, Kind kind, List<String> standardSources) {
  enum Kind {
    TEXT, LOWER_ID, EMAIL, INTEGER, DECIMAL, DATE, DOMAINS, LIST, USER, LIFECYCLE, ROLE, STAGE, FORECAST
  }

  /** The top-level field: health for health.score. */
  String field() {
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  static final Map<String, Target> ACCOUNT = table(
      t("name", Kind.TEXT, "Name"), t("domains", Kind.DOMAINS, "Website"), t("website", Kind.TEXT),
      t("industry", Kind.TEXT, "Industry"), t("employees", Kind.INTEGER, "NumberOfEmployees"),
      t("region", Kind.TEXT), t("tier", Kind.LOWER_ID), t("lifecycle_stage", Kind.LIFECYCLE),
      t("owner", Kind.USER, "OwnerId", "Owner"), t("csm", Kind.USER), t("arr", Kind.DECIMAL),
      t("currency", Kind.TEXT, "CurrencyIsoCode"), t("health.score", Kind.INTEGER), t("health.trend", Kind.LOWER_ID),
      t("health.updated", Kind.DATE), t("renewal_date", Kind.DATE), t("competitors", Kind.LIST),
      t("tags", Kind.LIST), t("slack_channels", Kind.LIST), t("headquarters", Kind.TEXT), t("phone", Kind.TEXT),
      t("description", Kind.TEXT));

  static final Map<String, Target> CONTACT = table(
      t("name", Kind.TEXT, "Name"), t("email", Kind.EMAIL, "Email"), t("title", Kind.TEXT, "Title"),
      t("phone", Kind.TEXT, "Phone", "MobilePhone"), t("role", Kind.ROLE), t("notes", Kind.TEXT));

  static final Map<String, Target> DEAL = table(
      t("name", Kind.TEXT, "Name"), t("amount", Kind.DECIMAL, "Amount"), t("currency", Kind.TEXT, "CurrencyIsoCode"),
      t("stage", Kind.STAGE, "StageName"), t("close_date", Kind.DATE, "CloseDate"),
      t("probability", Kind.INTEGER, "Probability"),
      t("forecast_category", Kind.FORECAST, "ForecastCategoryName", "ForecastCategory"),
      t("next_step", Kind.TEXT, "NextStep"), t("next_step_date", Kind.DATE), t("competitors", Kind.LIST),
      t("created", Kind.DATE, "CreatedDate"), t("updated", Kind.DATE, "LastModifiedDate"));

  private static Target t(String name, Kind kind, String... sources) {
    return new Target(name, kind, List.of(sources));
  }

  private static Map<String, Target> table(Target... targets) {
    Map<String, Target> map = new LinkedHashMap<>();
    for (Target target : targets) {
      map.put(target.name(), target);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
