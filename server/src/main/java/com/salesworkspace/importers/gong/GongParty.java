package com.salesworkspace.importers.gong;

/**
 * A participant of a Gong call ({@code parties[]} of calls/extensive).
 *
 * @param speakerId the id the transcript uses for this person, null when they did not speak
 * @param affiliation Internal, External or Unknown, as Gong tells it
 */
record GongParty(String id, String speakerId, String userId, String name, String email, String title,
    String affiliation) {

  boolean internal() {
    return "Internal".equalsIgnoreCase(affiliation);
  }

  /** "Name <email>", the name alone, or the email when Gong has no name. */
  String address() {
    if (name == null) {
      return email;
    }
    return email == null ? name : name + " <" + email + ">";
  }

  String displayName() {
    return name != null ? name : email != null ? email : "Unknown speaker";
  }
}
