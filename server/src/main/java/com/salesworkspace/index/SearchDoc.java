package com.salesworkspace.index;

/**
 * One searchable document. A file yields one or more (a contacts file one per contact); all of a file's documents
 * share its {@code path}, which is how they are replaced when the file changes.
 */
public record SearchDoc(
    String key,
    String path,
    String kind,
    String customer,
    String type,
    String source,
    String direction,
    long epochMillis,
    String title,
    String body,
    String people) {

  public static final String CUSTOMER = "customer";
  public static final String CONTACT = "contact";
  public static final String DEAL = "deal";
  public static final String INTERACTION = "interaction";
  public static final String NOTE = "note";
}
