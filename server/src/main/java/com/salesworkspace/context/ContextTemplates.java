package com.salesworkspace.context;

import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.Workspace;
import com.salesworkspace.workspace.WorkspaceException;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The context templates, customers/templates/{compact,standard,extended}.md, rendered with Mustache (logic-less).
 * A workspace without its own template gets the built-in one (the same file 'init' writes). Compiled templates are
 * kept by their text, so an edited template is used on the next call.
 */
public final class ContextTemplates {
  public static final String FOLDER = "customers/templates";
  private static final Map<String, Template> COMPILED = new ConcurrentHashMap<>();
  private static final Mustache.Compiler COMPILER = Mustache.compiler()
      .escapeHTML(false)
      .nullValue("")
      .emptyStringIsFalse(true)
      .zeroIsFalse(false);

  private ContextTemplates() {}

  /** The template of a tier: the workspace's file, else the built-in default. */
  public static Template forTier(Workspace workspace, Tier tier) {
    String relative = FOLDER + "/" + tier.id() + ".md";
    Path file = workspace.guard().resolve(relative);
    String text = Files.isRegularFile(file) ? CustomerFiles.readText(file, relative) : builtIn(tier);
    return compile(text, relative);
  }

  static String builtIn(Tier tier) {
    String resource = "/init/" + FOLDER + "/" + tier.id() + ".md";
    try (InputStream in = ContextTemplates.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The built-in template " + resource + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Template compile(String text, String path) {
    Template cached = COMPILED.get(text);
    if (cached != null) {
      return cached;
    }
    try {
      Template t = COMPILER.compile(text);
      if (COMPILED.size() > 64) {
        COMPILED.clear();
      }
      COMPILED.put(text, t);
      return t;
    } catch (MustacheException e) {
      throw new WorkspaceException("The context template " + path + " is not valid Mustache (" + e.getMessage()
          + "); fix it or delete it to use the built-in one.");
    }
  }

  static String render(Template template, Object model, String path) {
    try {
      return template.execute(model);
    } catch (MustacheException e) {
      throw new WorkspaceException("The context template " + path + " could not be rendered (" + e.getMessage()
          + "); fix it or delete it to use the built-in one.");
    }
  }
}
