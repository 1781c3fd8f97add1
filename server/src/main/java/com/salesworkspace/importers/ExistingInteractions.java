package com.salesworkspace.importers;

import com.salesworkspace.workspace.AtomicFiles;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.Slugs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * Which interactions are already in the workspace, keyed by source and source id, read from the files themselves
 * (not the index, which may be stale). Only the front matter's source and source_id lines are read, so thousands
 * of files take a fraction of a second.
 */
public final class ExistingInteractions {
  private static final int HEADER_BYTES = 8 * 1024;

  private final Map<String, Path> bySourceId = new ConcurrentHashMap<>();
  private final List<Path> tempFiles = new CopyOnWriteArrayList<>();

  private ExistingInteractions() {}

  public static ExistingInteractions scan(Path customersDir) {
    ExistingInteractions existing = new ExistingInteractions();
    if (!Files.isDirectory(customersDir)) {
      return existing;
    }
    List<Path> folders;
    try (Stream<Path> dirs = Files.list(customersDir)) {
      folders = dirs.filter(d -> Slugs.isValid(d.getFileName().toString()))
          .map(d -> d.resolve(CustomerFiles.INTERACTIONS)).filter(Files::isDirectory).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list " + customersDir + ": " + e.getMessage(), e);
    }
    folders.parallelStream().forEach(existing::scanFolder);
    return existing;
  }

  private void scanFolder(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      files.forEach(f -> {
        String name = f.getFileName().toString();
        if (name.endsWith(".md") && !name.startsWith(".")) {
          scanFile(f);
        } else if (name.contains(".md.") && AtomicFiles.isTempFile(f)) {
          tempFiles.add(f);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list " + folder + ": " + e.getMessage(), e);
    }
  }

  private void scanFile(Path file) {
    String header;
    try (InputStream in = Files.newInputStream(file)) {
      header = new String(in.readNBytes(HEADER_BYTES), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return; // unreadable: the index reports it; the write path never overwrites an existing file blindly
    }
    String source = null;
    String sourceId = null;
    String[] lines = header.split("\n", -1);
    if (lines.length == 0 || !lines[0].strip().equals("---")) {
      return;
    }
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      if (line.equals("---")) {
        break;
      }
      if (line.startsWith("source:")) {
        source = ImportedFile.scalar(line.substring("source:".length()));
      } else if (line.startsWith("source_id:")) {
        sourceId = ImportedFile.scalar(line.substring("source_id:".length()));
      }
    }
    if (source != null && sourceId != null && !sourceId.isEmpty()) {
      bySourceId.putIfAbsent(key(source, sourceId), file);
    }
  }

  private static String key(String source, String sourceId) {
    return source + "\u0000" + sourceId;
  }

  /** The file holding this item, or null when it is not in the workspace yet. */
  public Path find(String source, String sourceId) {
    return bySourceId.get(key(source, sourceId));
  }

  public void remember(String source, String sourceId, Path file) {
    bySourceId.put(key(source, sourceId), file);
  }

  /** Hidden temp files of atomic writes found in the interaction folders: under way, or left by a killed run. */
  public List<Path> tempFiles() {
    return List.copyOf(tempFiles);
  }

  public int size() {
    return bySourceId.size();
  }
}
