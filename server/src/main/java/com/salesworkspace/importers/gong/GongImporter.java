package com.salesworkspace.importers.gong;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesworkspace.importers.ImportContext;
import com.salesworkspace.importers.ImportSink;
import com.salesworkspace.importers.ImportedInteraction;
import com.salesworkspace.importers.ImportedInteraction.MatchHints;
import com.salesworkspace.importers.Importer;
import com.salesworkspace.importers.archive.ExportArchive;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports saved Gong API v2 responses (a folder, a zip or one file of calls/extensive and calls/transcript
 * pages). Calls become interactions of type call with a speaker-labelled transcript; a call with no transcript
 * still brings its metadata and brief; private calls are skipped. Two passes: the calls first (small), then the
 * transcripts one call at a time, each joined to its call and handed over at once.
 */
public final class GongImporter implements Importer {
  private static final String KIND = "call";

  @Override
  public String format() {
    return "gong";
  }

  @Override
  public boolean recognizes(Path path) throws IOException {
    return ExportArchive.open(path).anyStartsLike(GongImporter::isJson, 8192,
        head -> head.contains("\"callTranscripts\"") || (head.contains("\"calls\"") && head.contains("\"metaData\"")));
  }

  @Override
  public void read(Path path, ImportContext context) throws IOException {
    ExportArchive archive = ExportArchive.open(path);
    ImportSink sink = context.sink();
    Map<String, GongCall> calls = new LinkedHashMap<>();
    Set<String> privateCalls = new HashSet<>();
    Set<String> reported = new HashSet<>();
    ExportArchive.ReadResult first = archive.read(GongImporter::isJson, (name, content) -> {
      try {
        GongResponses.Kind kind = GongResponses.read(content, node -> addCall(node, name, calls, privateCalls, sink),
            null);
        if (kind == GongResponses.Kind.OTHER) {
          sink.skipped(KIND, name, "not a Gong calls/extensive or calls/transcript response");
        }
      } catch (IOException e) {
        reported.add(name);
        sink.failed(KIND, name, e.getMessage());
      }
    });
    if (first.entries() == 0 && first.problems().isEmpty()) {
      throw new IOException(path + " holds no Gong API responses: expected the .json pages of calls/extensive and "
          + "calls/transcript.");
    }
    context.progress().start("Gong calls", calls.size());
    Set<String> done = new HashSet<>();
    ExportArchive.ReadResult second = archive.read(name -> isJson(name) && !reported.contains(name),
        (name, content) -> {
          try {
            GongResponses.read(content, null, transcript -> {
              GongCall call = calls.get(transcript.callId());
              if (privateCalls.contains(transcript.callId())) {
                return;
              }
              if (call == null) {
                sink.failed(KIND, "gong transcript " + transcript.callId() + " in " + name, "no calls/extensive"
                    + " record for this call id in the export, so its date and speakers are unknown; export the"
                    + " calls/extensive pages for the same period too");
              } else if (done.add(call.id())) {
                emit(call, transcript.monologues(), sink);
                context.progress().advance(done.size());
              } else {
                sink.skipped(KIND, call.label(), "its transcript appears twice in the export; the first was used");
              }
            });
          } catch (IOException e) {
            sink.failed(KIND, name, e.getMessage());
          }
        });
    for (GongCall call : calls.values()) {
      if (done.add(call.id())) {
        emit(call, null, sink);
      }
    }
    Set<ExportArchive.Problem> problems = new LinkedHashSet<>(first.problems());
    problems.addAll(second.problems());
    problems.forEach(p -> sink.failed(KIND, p.item(), p.reason()));
    context.progress().finish("Gong: " + calls.size() + " calls read from " + path.getFileName());
  }

  private static void addCall(JsonNode node, String file, Map<String, GongCall> calls, Set<String> privateCalls,
      ImportSink sink) {
    GongCall call;
    try {
      call = GongResponses.call(node);
    } catch (IllegalArgumentException e) {
      sink.failed(KIND, "gong call in " + file, e.getMessage());
      return;
    }
    if (call.isPrivate()) {
      if (privateCalls.add(call.id())) {
        sink.skipped(KIND, call.label(), "private call");
      }
      return;
    }
    calls.putIfAbsent(call.id(), call);
  }

  private static void emit(GongCall call, JsonNode monologues, ImportSink sink) {
    Set<String> emails = new LinkedHashSet<>();
    List<String> participants = new ArrayList<>();
    for (GongParty p : call.parties()) {
      if (!p.internal() && p.email() != null) {
        emails.add(p.email());
      }
      String name = p.displayName();
      if (!participants.contains(name)) {
        participants.add(name);
      }
    }
    GongParty host = call.host();
    sink.interaction(new ImportedInteraction("gong", call.id(), "call", call.started(), call.title(),
        host == null ? null : host.address(), List.of(), participants, GongCallText.render(call, monologues),
        direction(call), new MatchHints(emails, null, call.crmAccountId()), extra(call, monologues != null)));
  }

  /** Gong's own direction for phone calls; a video meeting ("Conference") is left to the sink unless all ours. */
  private static String direction(GongCall call) {
    String d = call.direction() == null ? "" : call.direction().toLowerCase(Locale.ROOT);
    if (d.equals("inbound") || d.equals("outbound")) {
      return d;
    }
    if (d.equals("internal") || "internal".equalsIgnoreCase(call.scope())) {
      return "internal";
    }
    return null;
  }

  private static Map<String, Object> extra(GongCall call, boolean transcript) {
    Map<String, Object> extra = new LinkedHashMap<>();
    putIf(extra, "url", call.url());
    if (call.durationSeconds() > 0) {
      extra.put("duration_minutes", Math.round(call.durationSeconds() / 60.0));
    }
    putIf(extra, "system", call.system());
    if (!call.topics().isEmpty()) {
      extra.put("topics", call.topics());
    }
    if (!call.trackers().isEmpty()) {
      extra.put("trackers", call.trackers());
    }
    putIf(extra, "crm_account_id", call.crmAccountId());
    if (!call.crmOpportunityIds().isEmpty()) {
      extra.put("crm_opportunity_ids", call.crmOpportunityIds());
    }
    if (!transcript) {
      extra.put("transcript", "none in export");
    }
    return extra;
  }

  private static void putIf(Map<String, Object> map, String key, String value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  private static boolean isJson(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".json") && !name.contains("__MACOSX");
  }
}
