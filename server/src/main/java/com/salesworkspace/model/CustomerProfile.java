package com.salesworkspace.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** customers/&lt;slug&gt;/profile.yaml, the typed view. Unknown fields stay in the file and are kept on rewrite. */
public record CustomerProfile(
    String name,
    List<String> domains,
    String industry,
    Integer employees,
    String region,
    String tier,
    String lifecycleStage,
    String owner,
    String csm,
    BigDecimal arr,
    String currency,
    Health health,
    LocalDate renewalDate,
    List<String> competitors,
    List<String> slackChannels,
    Map<String, String> crm,
    List<String> tags) {

  public record Health(Integer score, String trend, LocalDate updated) {}

  public CustomerProfile {
    domains = domains == null ? List.of() : List.copyOf(domains);
    competitors = competitors == null ? List.of() : List.copyOf(competitors);
    slackChannels = slackChannels == null ? List.of() : List.copyOf(slackChannels);
    tags = tags == null ? List.of() : List.copyOf(tags);
    crm = crm == null ? Map.of() : Map.copyOf(crm);
  }

  public Integer healthScore() {
    return health == null ? null : health.score();
  }
}
