package com.salesworkspace.index;

import com.salesworkspace.model.Contact;
import com.salesworkspace.model.CustomerProfile;
import com.salesworkspace.model.Deal;
import com.salesworkspace.model.Interaction;
import com.salesworkspace.workspace.FileProblem;
import java.util.List;

/**
 * A customer-folder file read for the index: what kind of file, the typed content (or the problem that stopped
 * it being read), and the documents it contributes to full-text search.
 */
public record ParsedFile(
    String path,
    String customer,
    String hash,
    long size,
    long mtimeNanos,
    CustomerProfile profile,
    List<Contact> contacts,
    List<Deal> deals,
    Interaction interaction,
    List<SearchDoc> docs,
    FileProblem problem) {

  public FileState state() {
    return new FileState(size, mtimeNanos, hash);
  }
}
