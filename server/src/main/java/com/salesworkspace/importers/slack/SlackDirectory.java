package com.salesworkspace.importers.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesworkspace.model.Company;
import com.salesworkspace.model.TeamMember;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who is who in a Slack export: users.json (ids to names, emails, bots) and the conversation lists, plus our own
 * team from team.yaml, whose names and addresses win for the Slack ids it lists.
 */
final class SlackDirectory {
  static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, SlackUser> users = new HashMap<>();
  private final Map<String, SlackChannel> channelsById = new HashMap<>();
  private final Map<String, SlackChannel> channelsByFolder = new LinkedHashMap<>();
  private final Map<String, TeamMember> teamBySlackId = new HashMap<>();
  private final Company company;
  private Set<String> homeTeams;

  SlackDirectory(Company company, List<TeamMember> team) {
    this.company = company;
    for (TeamMember member : team) {
      if (member.slackId() != null && !member.slackId().isBlank()) {
        teamBySlackId.put(member.slackId(), member);
      }
    }
  }

  /** Reads users.json; a user already known is replaced. */
  void addUsers(byte[] usersJson) throws IOException {
    JsonNode root = JSON.readTree(usersJson);
    if (root == null || !root.isArray()) {
      throw new IOException("expected a JSON array of users");
    }
    for (JsonNode u : root) {
      String id = text(u, "id");
      if (id != null) {
        users.put(id, fromUsersJson(id, u));
        homeTeams = null;
      }
    }
  }

  private SlackUser fromUsersJson(String id, JsonNode u) {
    JsonNode profile = u.path("profile");
    String name = firstNonBlank(text(u, "real_name"), text(profile, "real_name"), text(profile, "display_name"),
        text(u, "name"), id);
    String email = lower(text(profile, "email"));
    TeamMember member = teamBySlackId.get(id);
    if (member != null) {
      name = member.name() != null ? member.name() : name;
      email = member.email() != null ? lower(member.email()) : email;
    }
    boolean bot = u.path("is_bot").asBoolean(false) || "USLACKBOT".equals(id);
    boolean guest = u.path("is_restricted").asBoolean(false) || u.path("is_ultra_restricted").asBoolean(false)
        || u.path("is_stranger").asBoolean(false);
    return new SlackUser(id, name, email, bot, guest, text(u, "team_id"));
  }

  /** Reads channels.json, groups.json, mpims.json or dms.json. */
  void addChannels(byte[] json, SlackChannel.Kind kind) throws IOException {
    JsonNode root = JSON.readTree(json);
    if (root == null || !root.isArray()) {
      throw new IOException("expected a JSON array of conversations");
    }
    for (JsonNode c : root) {
      String id = text(c, "id");
      if (id == null) {
        continue;
      }
      SlackChannel channel = new SlackChannel(id, kind == SlackChannel.Kind.DM ? null : text(c, "name"), kind);
      channelsById.put(id, channel);
      channelsByFolder.put(channel.folder(), channel);
    }
  }

  /** The conversation whose day files are in this folder; one named after the folder when no list has it. */
  SlackChannel channelForFolder(String folder) {
    SlackChannel known = channelsByFolder.get(folder);
    if (known != null) {
      return known;
    }
    SlackChannel byId = channelsById.get(folder);
    if (byId != null) {
      return byId;
    }
    SlackChannel.Kind kind = folder.matches("D[A-Z0-9]{6,}") ? SlackChannel.Kind.DM
        : folder.startsWith("mpdm-") ? SlackChannel.Kind.GROUP_DM : SlackChannel.Kind.CHANNEL;
    return new SlackChannel(folder, kind == SlackChannel.Kind.DM ? null : folder, kind);
  }

  String channelName(String id) {
    SlackChannel c = channelsById.get(id);
    return c == null || c.name() == null ? null : c.name();
  }

  boolean hasUsers() {
    return !users.isEmpty();
  }

  Collection<SlackUser> users() {
    return users.values();
  }

  /**
   * The user with this id. One missing from users.json is built from the message's own profile (modern exports
   * carry user_profile on each message) or from team.yaml, else shown by id.
   */
  SlackUser user(String id, JsonNode messageProfile) {
    SlackUser known = users.get(id);
    if (known != null) {
      return known;
    }
    TeamMember member = teamBySlackId.get(id);
    String profileName = messageProfile == null ? null
        : firstNonBlank(text(messageProfile, "real_name"), text(messageProfile, "display_name"),
            text(messageProfile, "name"));
    if (member != null) {
      return new SlackUser(id, member.name(), lower(member.email()), false, false, null);
    }
    return new SlackUser(id, profileName != null ? profileName : id, null, false,
        messageProfile != null && messageProfile.path("is_restricted").asBoolean(false), null);
  }

  /** The display name for a mention of this id, null when unknown. */
  String mentionName(String id) {
    SlackUser u = users.get(id);
    if (u != null) {
      return u.name();
    }
    TeamMember member = teamBySlackId.get(id);
    return member == null ? null : member.name();
  }

  /** Whether a person is one of ours, one of theirs, or cannot be told. */
  enum Side {
    OURS, THEIRS, UNKNOWN
  }

  Side side(SlackUser user) {
    if (user.email() != null && user.email().contains("@")) {
      String domain = user.email().substring(user.email().indexOf('@') + 1);
      if (company.domains().isEmpty()) {
        return Side.UNKNOWN;
      }
      return company.ownsDomain(domain) ? Side.OURS : Side.THEIRS;
    }
    if (teamBySlackId.containsKey(user.id())) {
      return Side.OURS;
    }
    if (user.guest()) {
      return Side.THEIRS;
    }
    // A Slack Connect member of another organisation carries that organisation's team id.
    Set<String> ours = homeTeams();
    return user.teamId() != null && !ours.isEmpty() && !ours.contains(user.teamId()) ? Side.THEIRS : Side.UNKNOWN;
  }

  /** The Slack team ids of the people known to be ours (by email domain or team.yaml). */
  private Set<String> homeTeams() {
    if (homeTeams == null) {
      homeTeams = new HashSet<>();
      for (SlackUser u : users.values()) {
        boolean ours = teamBySlackId.containsKey(u.id()) || (u.email() != null && u.email().contains("@")
            && company.ownsDomain(u.email().substring(u.email().indexOf('@') + 1)));
        if (ours && u.teamId() != null) {
          homeTeams.add(u.teamId());
        }
      }
    }
    return homeTeams;
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText();
    return s.isBlank() ? null : s;
  }

  private static String lower(String s) {
    return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
