package com.salesworkspace.crm;

import java.util.List;
import java.util.Optional;

/** A queryable CRM object: the index view behind it, its fields, the fields returned by default and its SOQL name. */
public record CrmObject(String name, String view, String salesforce, List<CrmField> fields, List<String> defaults,
    String description) {

  public Optional<CrmField> field(String fieldName) {
    return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
  }

  public List<String> fieldNames() {
    return fields.stream().map(CrmField::name).toList();
  }
}
