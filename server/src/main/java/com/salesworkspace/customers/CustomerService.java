package com.salesworkspace.customers;

import com.salesworkspace.index.Index;
import com.salesworkspace.index.IndexException;
import com.salesworkspace.model.Contact;
import com.salesworkspace.model.CustomerProfile;
import com.salesworkspace.model.Deal;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.Workspace;
import com.salesworkspace.workspace.WorkspaceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads customers: profile, contacts and deals from the files (the source of truth), activity from the index. */
public final class CustomerService {
  private final Workspace workspace;
  private final Index index;

  public CustomerService(Workspace workspace, Index index) {
    this.workspace = workspace;
    this.index = index;
  }

  public CustomerDetail detail(String slug, int recentLimit) {
    Path dir = workspace.customerDir(slug);
    String name = dir.getFileName().toString();
    String base = Workspace.CUSTOMERS + "/" + name + "/";
    Path profileFile = dir.resolve(CustomerFiles.PROFILE);
    if (!Files.isRegularFile(profileFile)) {
      throw new WorkspaceException("The customer folder '" + name + "' has no profile.yaml; create it (see "
          + "docs/formats.md) or run doctor.");
    }
    CustomerProfile profile =
        CustomerFiles.parseProfile(CustomerFiles.readText(profileFile, base + CustomerFiles.PROFILE), base + CustomerFiles.PROFILE);
    List<Contact> contacts = optional(dir.resolve(CustomerFiles.CONTACTS))
        ? CustomerFiles.parseContacts(CustomerFiles.readText(dir.resolve(CustomerFiles.CONTACTS), base + CustomerFiles.CONTACTS), base + CustomerFiles.CONTACTS)
        : List.of();
    List<Deal> deals = optional(dir.resolve(CustomerFiles.DEALS))
        ? CustomerFiles.parseDeals(CustomerFiles.readText(dir.resolve(CustomerFiles.DEALS), base + CustomerFiles.DEALS), base + CustomerFiles.DEALS)
        : List.of();
    int count = interactionCount(name);
    List<InteractionRef> recent = recentInteractions(name, recentLimit);
    String last = recent.isEmpty() ? null : recent.get(0).date();
    return new CustomerDetail(name, profile, contacts, deals, count, last, recent);
  }

  private static boolean optional(Path file) {
    return Files.isRegularFile(file);
  }

  public int interactionCount(String slug) {
    try (PreparedStatement ps = index.store().connection()
        .prepareStatement("SELECT count(*) FROM interactions WHERE customer=?")) {
      ps.setString(1, slug);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    } catch (SQLException e) {
      throw new IndexException("Could not count interactions", e);
    }
  }

  public List<InteractionRef> recentInteractions(String slug, int limit) {
    List<InteractionRef> refs = new ArrayList<>();
    try (PreparedStatement ps = index.store().connection().prepareStatement(
        "SELECT id, customer, type, source, date, subject, from_addr, direction, body_chars, path FROM interactions "
            + "WHERE customer=? ORDER BY epoch_ms DESC LIMIT ?")) {
      ps.setString(1, slug);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          refs.add(new InteractionRef(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getString(10)));
        }
      }
    } catch (SQLException e) {
      throw new IndexException("Could not read recent interactions", e);
    }
    return refs;
  }
}
