package com.salesworkspace.importers.slack;

/**
 * A person (or bot) of a Slack export, from users.json.
 *
 * @param email lower-cased, null when the export has none (Slack hides it unless the exporter may see it)
 * @param guest a guest account or a member of another organisation (Slack Connect)
 */
public record SlackUser(String id, String name, String email, boolean bot, boolean guest, String teamId) {

  /** "Name <email>" when the address is known, else the name. */
  public String address() {
    return email == null ? name : name + " <" + email + ">";
  }
}
