package com.salesworkspace.mcp.tools;

import com.salesworkspace.util.Page;

/** Small helpers for the text block of tool results: one readable line per item, and the paging footer. */
final class Render {
  private Render() {}

  static String footer(Page<?> page, String note) {
    StringBuilder sb = new StringBuilder();
    if (page.hasMore()) {
      sb.append("\nMore results: pass cursor=\"").append(page.nextCursor()).append("\" for the next page.");
    }
    if (note != null) {
      sb.append("\n").append(note);
    }
    return sb.toString();
  }

  static String total(Page<?> page) {
    return page.total() + (page.totalExact() ? "" : "+");
  }

  static String nz(Object o) {
    return o == null ? "-" : o.toString();
  }

  static String day(String isoDateTime) {
    return isoDateTime == null ? "-" : isoDateTime.substring(0, Math.min(10, isoDateTime.length()));
  }
}
