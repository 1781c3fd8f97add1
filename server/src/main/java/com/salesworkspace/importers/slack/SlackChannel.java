package com.salesworkspace.importers.slack;

/**
 * A conversation of a Slack export: a public channel (channels.json), a private one (groups.json), a group DM
 * (mpims.json) or a DM (dms.json). The export stores its day files in a folder named after {@link #folder()}.
 *
 * @param id the stable Slack id (C..., G..., D...), or the folder name when the export does not list it
 * @param name the channel name without '#', null for a DM
 */
public record SlackChannel(String id, String name, Kind kind) {

  public enum Kind {
    CHANNEL, PRIVATE, GROUP_DM, DM
  }

  /** The folder the export keeps this conversation's day files in. */
  public String folder() {
    return kind == Kind.DM || name == null ? id : name;
  }

  /** "#name" for channels, the way profile.yaml lists slack_channels; null for DMs. */
  public String hashName() {
    return (kind == Kind.CHANNEL || kind == Kind.PRIVATE) && name != null ? "#" + name : null;
  }

  /** How the conversation is shown to people: #name, or the folder name of a DM. */
  public String label() {
    String hash = hashName();
    return hash != null ? hash : folder();
  }
}
