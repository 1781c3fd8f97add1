package com.salesworkspace.importers.slack;

import com.salesworkspace.importers.ImportContext;
import com.salesworkspace.importers.ImportSink;
import com.salesworkspace.importers.ImportedInteraction;
import com.salesworkspace.importers.Importer;
import com.salesworkspace.importers.archive.ExportArchive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports a Slack workspace export (the zip Slack produces, or the folder it unzips to): users.json, the
 * conversation lists (channels.json, groups.json, mpims.json, dms.json) and the day files
 * {@code <channel>/<YYYY-MM-DD>.json}. Two streaming passes: the first reads the lists (which a zip may store after
 * the day files), the second the day files; a conversation is handed to the sink as soon as its last day file has
 * been read, so replies filed on later days still join their thread.
 */
public final class SlackImporter implements Importer {
  static final Pattern DAY_FILE = Pattern.compile("(?:.*/)?([^/]+)/(\\d{4}-\\d{2}-\\d{2})\\.json");
  private static final Map<String, SlackChannel.Kind> LISTS = Map.of("channels.json", SlackChannel.Kind.CHANNEL,
      "groups.json", SlackChannel.Kind.PRIVATE, "mpims.json", SlackChannel.Kind.GROUP_DM, "dms.json",
      SlackChannel.Kind.DM);
  private static final String USERS = "users.json";

  @Override
  public String format() {
    return "slack";
  }

  @Override
  public boolean recognizes(Path path) throws IOException {
    if (!Files.isDirectory(path) && !ExportArchive.isZip(path)) {
      return false;
    }
    for (String name : ExportArchive.open(path).names(500)) {
      if (isList(name) || isDayFile(name)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void read(Path path, ImportContext context) throws IOException {
    ExportArchive archive = ExportArchive.open(path);
    if (!Files.isDirectory(path) && !archive.isZip()) {
      throw new IOException(path + " is not a Slack export: expected the export's zip or the folder it unzips to.");
    }
    ImportSink sink = context.sink();
    SlackDirectory directory = new SlackDirectory(context.workspace().company(), context.workspace().team());
    Map<String, Integer> dayFilesLeft = new HashMap<>();
    ExportArchive.ReadResult lists = archive.read(name -> {
      if (isDayFile(name)) {
        dayFilesLeft.merge(folderOf(name), 1, Integer::sum);
        return false;
      }
      return isList(name);
    }, (name, content) -> readList(directory, name, content, sink));
    if (!directory.hasUsers()) {
      sink.failed("slack", USERS, "not found or unreadable in " + path.getFileName() + ": people are shown by the"
          + " names on their messages or by their Slack ids, and their emails cannot be used for matching");
    }
    int total = dayFilesLeft.values().stream().mapToInt(Integer::intValue).sum();
    context.progress().start("Slack day files", total);
    SlackDayFile days = new SlackDayFile(directory);
    SlackConversations conversations = new SlackConversations(directory);
    Map<String, Map<String, SlackMessage>> open = new LinkedHashMap<>();
    int[] done = {0};
    ExportArchive.ReadResult result = archive.read(SlackImporter::isDayFile, (name, content) -> {
      Matcher m = DAY_FILE.matcher(name);
      m.matches();
      String folder = m.group(1);
      SlackChannel channel = directory.channelForFolder(folder);
      Map<String, SlackMessage> messages = open.computeIfAbsent(folder, f -> new LinkedHashMap<>());
      try {
        SlackDayFile.Noise noise = (item, reason) -> sink.skipped("slack", item, reason);
        for (SlackMessage message : days.parse(content, channel, m.group(2), noise)) {
          messages.putIfAbsent(message.ts(), message);
        }
      } catch (IOException e) {
        sink.failed("slack", name, e.getMessage());
      }
      if (dayFilesLeft.merge(folder, -1, Integer::sum) <= 0) {
        flush(conversations, channel, open.remove(folder), sink);
      }
      context.progress().advance(++done[0]);
    });
    for (Map.Entry<String, Map<String, SlackMessage>> left : open.entrySet()) {
      flush(conversations, directory.channelForFolder(left.getKey()), left.getValue(), sink);
    }
    List<ExportArchive.Problem> problems = new ArrayList<>(result.problems());
    // The first pass meets the same break of a zip; report only what the second pass could not add.
    lists.problems().stream().filter(p -> !problems.contains(p) && isList(p.item())).forEach(problems::add);
    problems.forEach(p -> sink.failed("slack", p.item(), p.reason()));
    context.progress().finish("Slack: " + done[0] + " day files read from " + path.getFileName());
  }

  private static void flush(SlackConversations conversations, SlackChannel channel,
      Map<String, SlackMessage> messages, ImportSink sink) {
    if (messages == null || messages.isEmpty()) {
      return;
    }
    for (ImportedInteraction interaction : conversations.interactions(channel, new ArrayList<>(messages.values()))) {
      sink.interaction(interaction);
    }
  }

  private static void readList(SlackDirectory directory, String name, byte[] content, ImportSink sink) {
    String base = ExportArchive.baseName(name);
    try {
      if (base.equals(USERS)) {
        directory.addUsers(content);
      } else {
        directory.addChannels(content, LISTS.get(base));
      }
    } catch (IOException e) {
      sink.failed("slack", name, "could not be read: " + e.getMessage());
    }
  }

  static boolean isDayFile(String name) {
    return !name.contains("__MACOSX") && DAY_FILE.matcher(name).matches();
  }

  private static boolean isList(String name) {
    String base = ExportArchive.baseName(name);
    return depth(name) <= 1 && !name.contains("__MACOSX") && (base.equals(USERS) || LISTS.containsKey(base));
  }

  private static int depth(String name) {
    return (int) name.chars().filter(c -> c == '/').count();
  }

  private static String folderOf(String dayFile) {
    Matcher m = DAY_FILE.matcher(dayFile);
    return m.matches() ? m.group(1) : dayFile;
  }
}
