package com.salesworkspace.crm;

import java.util.List;

/** A checked filter of a structured query: a condition on one field, or an AND/OR group of filters. */
public sealed interface Filter {
  /** {@code value} is already checked against the field's type: a String, BigDecimal, Boolean or a List of them. */
  record Condition(CrmField field, String op, Object value) implements Filter {}

  record Group(boolean or, List<Filter> members) implements Filter {
    public Group {
      members = List.copyOf(members);
    }
  }
}
