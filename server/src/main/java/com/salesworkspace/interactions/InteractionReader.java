package com.salesworkspace.interactions;

import com.salesworkspace.index.FileParser;
import com.salesworkspace.index.Index;
import com.salesworkspace.index.IndexException;
import com.salesworkspace.model.Interaction;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.Workspace;
import com.salesworkspace.workspace.WorkspaceException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads one interaction by id, from its file, in windows so that a 2-hour transcript never arrives whole. */
public final class InteractionReader {
  private final Workspace workspace;
  private final Index index;

  public InteractionReader(Workspace workspace, Index index) {
    this.workspace = workspace;
    this.index = index;
  }

  public InteractionText read(String id, String customer, int offset, int maxChars) {
    String path = locate(id, customer);
    Path file = workspace.guard().resolve(path);
    Interaction interaction = CustomerFiles.parseInteraction(FileParser.customerOf(path),
        CustomerFiles.readText(file, path), path);
    String body = interaction.body();
    if (offset < 0 || (offset > 0 && offset >= body.length())) {
      throw new WorkspaceException("offset " + offset + " is past the end of the text (" + body.length()
          + " characters); use an offset below that, or 0 for the start.");
    }
    int end = Math.min(body.length(), offset + maxChars);
    if (end < body.length()) {
      // End on a line or word boundary when one is near, so a window never cuts a word in half.
      int cut = Math.max(body.lastIndexOf('\n', end), body.lastIndexOf(' ', end));
      if (cut > offset + maxChars / 2) {
        end = cut + 1;
      }
    }
    return new InteractionText(interaction.id(), interaction.customer(), path, interaction.header(), body.length(),
        offset, end < body.length() ? end : null, body.substring(offset, end));
  }

  private String locate(String id, String customer) {
    if (id == null || !id.matches("[A-Za-z0-9._-]{1,200}")) {
      throw new WorkspaceException("'" + id + "' is not an interaction id; ids look like 2026-11-03-gmail-7f3a9c "
          + "(use the id from a search result).");
    }
    List<String> paths = new ArrayList<>();
    String sql = "SELECT path FROM interactions WHERE id = ?" + (customer == null ? "" : " AND customer = ?");
    try (PreparedStatement ps = index.store().connection().prepareStatement(sql)) {
      ps.setString(1, id);
      if (customer != null) {
        ps.setString(2, customer);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          paths.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IndexException("Could not look up interaction " + id, e);
    }
    if (paths.isEmpty()) {
      throw new WorkspaceException("There is no interaction '" + id + "'" + (customer == null ? "" : " for customer '"
          + customer + "'") + "; use email_search or slack_search to find interaction ids.");
    }
    if (paths.size() > 1) {
      throw new WorkspaceException("The id '" + id + "' is used by several customers; pass the customer too.");
    }
    return paths.get(0);
  }
}
