package com.salesworkspace.model;

import java.util.List;
import java.util.Locale;

/** Our own company, from workspace-setup/company.yaml. */
public record Company(String name, List<String> domains, String currency, Integer fiscalYearStartMonth) {
  public Company {
    domains = domains == null ? List.of() : domains.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
  }

  public boolean ownsDomain(String domain) {
    return domain != null && domains.contains(domain.toLowerCase(Locale.ROOT));
  }
}
