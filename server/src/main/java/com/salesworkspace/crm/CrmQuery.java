package com.salesworkspace.crm;

import java.util.List;

/** A structured query, checked against the schema: what crm_query runs on the index or translates to SOQL. */
public record CrmQuery(CrmObject object, Filter.Group filter, List<CrmField> fields, List<SortKey> sort,
    List<CrmField> groupBy, List<Aggregate> aggregates, int offset, int limit) {

  /** Sort by a field or, in a grouped query, by an aggregate's output name. */
  public record SortKey(String name, CrmField field, boolean descending) {}

  /** count, or sum/avg/min/max of a field; {@code alias} names its column in the rows. */
  public record Aggregate(String function, CrmField field, String alias) {}

  public boolean grouped() {
    return !groupBy.isEmpty();
  }

  /** The names of the columns of each row, in order. */
  public List<String> columns() {
    if (!grouped()) {
      return fields.stream().map(CrmField::name).toList();
    }
    List<String> names = new java.util.ArrayList<>(groupBy.stream().map(CrmField::name).toList());
    aggregates.forEach(a -> names.add(a.alias()));
    return names;
  }

  public CrmQuery page(int newOffset, int newLimit) {
    return new CrmQuery(object, filter, fields, sort, groupBy, aggregates, newOffset, newLimit);
  }
}
