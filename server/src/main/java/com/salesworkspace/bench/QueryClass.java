package com.salesworkspace.bench;

/** How many documents a benchmark query matches, which is what drives its cost. */
public enum QueryClass {
  RARE,
  MEDIUM,
  COMMON,
  PHRASE;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
