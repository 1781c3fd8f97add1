package com.salesworkspace.importers.gong;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * The text of an imported call, in the workspace's call format: a {@code ## Summary} (Gong's brief and key points),
 * {@code ## Action items}, then {@code ## Transcript} with one line per turn, {@code [00:01:23] Name: text}, where
 * a turn is every sentence one speaker said before someone else spoke. Built in one pass over the sentences, so a
 * two-hour transcript costs no more than its length.
 */
final class GongCallText {
  private GongCallText() {}

  static String render(GongCall call, JsonNode monologues) {
    StringBuilder out = new StringBuilder();
    if (call.brief() != null || !call.keyPoints().isEmpty()) {
      out.append("## Summary\n");
      if (call.brief() != null) {
        out.append(call.brief().strip()).append('\n');
      }
      if (!call.keyPoints().isEmpty()) {
        out.append(call.brief() != null ? "\n" : "").append("Key points:\n");
        call.keyPoints().forEach(k -> out.append("- ").append(k.strip()).append('\n'));
      }
      out.append('\n');
    }
    if (!call.actionItems().isEmpty()) {
      out.append("## Action items\n");
      call.actionItems().forEach(a -> out.append("- ").append(a).append('\n'));
      out.append('\n');
    }
    if (monologues != null && monologues.isArray() && !monologues.isEmpty()) {
      out.append("## Transcript\n");
      transcript(call, monologues, out);
    }
    if (out.length() == 0) {
      out.append("No transcript or brief in the Gong export for this call.");
    }
    return out.toString().strip();
  }

  private static void transcript(GongCall call, JsonNode monologues, StringBuilder out) {
    Map<String, String> names = new HashMap<>();
    String current = null;
    boolean open = false;
    for (JsonNode monologue : monologues) {
      String speakerId = GongResponses.text(monologue, "speakerId");
      String speaker = speakerId == null ? "?" : speakerId;
      for (JsonNode sentence : monologue.path("sentences")) {
        String text = GongResponses.text(sentence, "text");
        if (text == null) {
          continue;
        }
        if (open && speaker.equals(current)) {
          out.append(' ').append(text);
          continue;
        }
        if (open) {
          out.append('\n');
        }
        String name = names.computeIfAbsent(speaker, id -> speakerName(call, speakerId, names.size() + 1));
        out.append('[').append(clock(sentence.path("start").asDouble(0))).append("] ").append(name).append(": ")
            .append(text);
        current = speaker;
        open = true;
      }
    }
    if (open) {
      out.append('\n');
    }
  }

  private static String speakerName(GongCall call, String speakerId, int ordinal) {
    GongParty party = call.bySpeaker(speakerId);
    return party != null ? party.displayName() : "Speaker " + ordinal;
  }

  /** Milliseconds from the start of the call as hh:mm:ss. */
  static String clock(double millis) {
    long seconds = Math.max(0, (long) (millis / 1000));
    return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }
}
