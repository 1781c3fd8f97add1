package com.salesworkspace.importers.gong;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesworkspace.util.Json;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads saved Gong API v2 responses: {@code POST /v2/calls/extensive} pages ({@code calls[]}) and
 * {@code POST /v2/calls/transcript} pages ({@code callTranscripts[]}). Streams the top level, so a page of long
 * transcripts is held one call at a time, and the part a pass does not want is skipped without building it.
 */
final class GongResponses {
  static final ObjectMapper JSON = new ObjectMapper();

  /** What one response file held. */
  enum Kind {
    CALLS, TRANSCRIPTS, OTHER
  }

  /** One transcript: the monologues in order, each a speaker and their sentences. */
  record Transcript(String callId, JsonNode monologues) {}

  private GongResponses() {}

  /**
   * @param calls receives each call of a calls/extensive page, null to skip them
   * @param transcripts receives each call transcript of a calls/transcript page, null to skip them
   * @throws IOException when the file is not JSON or not an object
   */
  static Kind read(byte[] content, Consumer<JsonNode> calls, Consumer<Transcript> transcripts) throws IOException {
    Kind kind = Kind.OTHER;
    try (JsonParser parser = JSON.getFactory().createParser(content)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("expected a JSON object (a Gong API response)");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("calls") && value == JsonToken.START_ARRAY) {
          kind = Kind.CALLS;
          eachElement(parser, calls == null ? null : calls);
        } else if (field.equals("callTranscripts") && value == JsonToken.START_ARRAY) {
          kind = Kind.TRANSCRIPTS;
          eachElement(parser, transcripts == null ? null
              : node -> transcripts.accept(new Transcript(text(node, "callId"), node.path("transcript"))));
        } else {
          parser.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      throw new IOException("not valid JSON: " + Json.problem(e));
    }
    return kind;
  }

  private static void eachElement(JsonParser parser, Consumer<JsonNode> handler) throws IOException {
    if (handler == null) {
      parser.skipChildren();
      return;
    }
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      JsonNode node = parser.readValueAsTree();
      if (node != null && node.isObject()) {
        handler.accept(node);
      }
    }
  }

  /** A call of a calls/extensive page; throws when it lacks an id or a start time. */
  static GongCall call(JsonNode node) {
    JsonNode meta = node.path("metaData");
    String id = text(meta, "id");
    if (id == null) {
      throw new IllegalArgumentException("a call without metaData.id");
    }
    OffsetDateTime started = moment(meta.get("started"));
    if (started == null) {
      started = moment(meta.get("scheduled"));
    }
    if (started == null) {
      throw new IllegalArgumentException("call " + id + " has no valid metaData.started or scheduled time");
    }
    List<GongParty> parties = new ArrayList<>();
    for (JsonNode p : node.path("parties")) {
      parties.add(new GongParty(text(p, "id"), text(p, "speakerId"), text(p, "userId"), text(p, "name"),
          lower(text(p, "emailAddress")), text(p, "title"), text(p, "affiliation")));
    }
    JsonNode content = node.path("content");
    List<String> topics = new ArrayList<>();
    for (JsonNode t : content.path("topics")) {
      String name = text(t, "name");
      if (name != null && t.path("duration").asDouble(1) > 0) {
        topics.add(name);
      }
    }
    Map<String, Integer> trackers = new LinkedHashMap<>();
    for (JsonNode t : content.path("trackers")) {
      String name = text(t, "name");
      int count = t.path("count").asInt(0);
      if (name != null && count > 0) {
        trackers.merge(name, count, Integer::sum);
      }
    }
    List<String> keyPoints = new ArrayList<>();
    for (JsonNode k : content.path("keyPoints")) {
      String text = text(k, "text");
      if (text != null) {
        keyPoints.add(text);
      }
    }
    List<String> actionItems = new ArrayList<>();
    for (JsonNode a : content.path("pointsOfInterest").path("actionItems")) {
      String snippet = text(a, "snippet");
      if (snippet != null) {
        String speakerId = text(a, "speakerID") != null ? text(a, "speakerID") : text(a, "speakerId");
        GongParty speaker = GongCall.party(parties, speakerId);
        String when = a.has("snippetStartTime")
            ? "[" + GongCallText.clock(a.path("snippetStartTime").asDouble() * 1000) + "] " : "";
        actionItems.add(when + (speaker == null ? "" : speaker.displayName() + ": ") + snippet.strip());
      }
    }
    List<String> opportunities = new ArrayList<>();
    String account = crmObjects(node.path("context"), "Account", null);
    crmObjects(node.path("context"), "Opportunity", opportunities);
    for (JsonNode p : node.path("parties")) {
      if (account == null) {
        account = crmObjects(p.path("context"), "Account", null);
      }
    }
    return new GongCall(id, text(meta, "url"), text(meta, "title"), started, meta.path("duration").asLong(0),
        text(meta, "direction"), text(meta, "scope"), text(meta, "system"), text(meta, "primaryUserId"),
        meta.path("isPrivate").asBoolean(false), parties, text(content, "brief"), keyPoints, topics, trackers,
        actionItems, account, opportunities);
  }

  /** The first Salesforce object id of this type, collecting all of them into {@code all} when given. */
  private static String crmObjects(JsonNode contexts, String type, List<String> all) {
    String first = null;
    for (JsonNode context : contexts) {
      String system = text(context, "system");
      if (system != null && !system.equalsIgnoreCase("Salesforce")) {
        continue;
      }
      for (JsonNode object : context.path("objects")) {
        String id = text(object, "objectId");
        if (id != null && type.equalsIgnoreCase(text(object, "objectType"))) {
          first = first == null ? id : first;
          if (all != null && !all.contains(id)) {
            all.add(id);
          }
        }
      }
    }
    return first;
  }

  /** Gong documents ISO-8601 strings; some saved responses have epoch seconds. */
  static OffsetDateTime moment(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isNumber()) {
      return OffsetDateTime.ofInstant(Instant.ofEpochSecond(value.asLong()), ZoneOffset.UTC);
    }
    try {
      return OffsetDateTime.parse(value.asText());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
  }
}
