package com.salesworkspace.util;

import com.salesworkspace.workspace.WorkspaceException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque page cursors. A cursor carries the offset of the next page and a fingerprint of the query it belongs to,
 * so a cursor replayed with different arguments is refused instead of silently paging through another result.
 */
public final class Cursors {
  public static final int MAX_OFFSET = 10_000;

  private Cursors() {}

  public static String encode(int offset, String queryFingerprint) {
    String raw = "v1:" + offset + ":" + fingerprintHash(queryFingerprint);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The offset a cursor stands for; 0 for no cursor. */
  public static int decode(String cursor, String queryFingerprint) {
    if (cursor == null || cursor.isBlank()) {
      return 0;
    }
    String raw;
    try {
      raw = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new WorkspaceException("The cursor is not one this server gave out; pass the next_cursor of the "
          + "previous result unchanged, or leave it out to start from the first page.");
    }
    String[] parts = raw.split(":");
    if (parts.length != 3 || !parts[0].equals("v1") || !parts[1].matches("\\d{1,6}")) {
      throw new WorkspaceException("The cursor is not one this server gave out; pass the next_cursor of the "
          + "previous result unchanged, or leave it out to start from the first page.");
    }
    if (!parts[2].equals(fingerprintHash(queryFingerprint))) {
      throw new WorkspaceException("The cursor belongs to a different query: repeat the same arguments with it, "
          + "or leave it out to start from the first page.");
    }
    int offset = Integer.parseInt(parts[1]);
    if (offset > MAX_OFFSET) {
      throw new WorkspaceException("Paging stops after " + MAX_OFFSET + " results; narrow the query instead.");
    }
    return offset;
  }

  public static <T> Page<T> page(java.util.List<T> items, long total, boolean exact, int offset, String fingerprint) {
    boolean more = offset + items.size() < total;
    return new Page<>(items, total, exact, more, more ? encode(offset + items.size(), fingerprint) : null);
  }

  private static String fingerprintHash(String fingerprint) {
    return Integer.toHexString(fingerprint.hashCode());
  }
}
