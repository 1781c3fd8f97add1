package com.salesworkspace.model;

/** One interaction file: where it is, its front matter and its text. */
public record Interaction(String customer, String path, InteractionHeader header, String body) {
  public String id() {
    return header.id();
  }
}
