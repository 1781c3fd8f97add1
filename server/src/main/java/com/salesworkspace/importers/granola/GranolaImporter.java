package com.salesworkspace.importers.granola;

import com.salesworkspace.importers.ImportContext;
import com.salesworkspace.importers.ImportSink;
import com.salesworkspace.importers.ImportedInteraction;
import com.salesworkspace.importers.ImportedInteraction.MatchHints;
import com.salesworkspace.importers.Importer;
import com.salesworkspace.importers.archive.ExportArchive;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Imports Granola meeting notes exported as Markdown: one file, or a folder or zip of them. Each note becomes an
 * interaction of type meeting, matched by its attendees' emails; a note without a date is a failed item.
 */
public final class GranolaImporter implements Importer {
  private static final String KIND = "meeting";

  @Override
  public String format() {
    return "granola";
  }

  @Override
  public boolean recognizes(Path path) throws IOException {
    return ExportArchive.open(path).anyStartsLike(GranolaImporter::isMarkdown, 4096, GranolaImporter::looksLikeNote);
  }

  /** Front matter or a title heading, and a meeting date where the two accepted shapes put it. */
  private static boolean looksLikeNote(String head) {
    if (!head.startsWith("---") && !head.stripLeading().startsWith("# ")) {
      return false;
    }
    try {
      GranolaNote.parse(head, "head");
      return true;
    } catch (GranolaNote.Unreadable e) {
      return false;
    }
  }

  @Override
  public void read(Path path, ImportContext context) throws IOException {
    ExportArchive archive = ExportArchive.open(path);
    ImportSink sink = context.sink();
    ExportArchive.ReadResult result = archive.read(GranolaImporter::isMarkdown, (name, content) -> {
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(content)).toString();
      } catch (CharacterCodingException e) {
        sink.failed(KIND, name, "not UTF-8 text; save the note as UTF-8 Markdown");
        return;
      }
      GranolaNote note;
      try {
        note = GranolaNote.parse(text, name.substring(name.lastIndexOf('/') + 1));
      } catch (GranolaNote.Unreadable e) {
        sink.failed(KIND, name, e.getMessage());
        return;
      }
      if (note.text().isBlank()) {
        sink.skipped(KIND, name, "empty note");
        return;
      }
      sink.interaction(new ImportedInteraction("granola", note.id(), "meeting", note.date(), note.title(),
          note.organizer(), List.of(), note.names(), note.text(), null,
          new MatchHints(new LinkedHashSet<>(note.emails()), null, null), note.extra()));
    });
    if (result.entries() == 0 && result.problems().isEmpty()) {
      throw new IOException(path + " holds no Granola notes: expected Markdown files (.md, .markdown).");
    }
    result.problems().forEach(p -> sink.failed(KIND, p.item(), p.reason()));
  }

  private static boolean isMarkdown(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return (lower.endsWith(".md") || lower.endsWith(".markdown")) && !name.contains("__MACOSX");
  }
}
