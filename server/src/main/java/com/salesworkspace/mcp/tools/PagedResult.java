package com.salesworkspace.mcp.tools;

import com.salesworkspace.util.Page;
import java.util.List;

/** The structured shape shared by list results (snake_case on the wire). */
record PagedResult<T>(List<T> items, long total, boolean totalIsExact, boolean hasMore, String nextCursor, String note) {
  static <T> PagedResult<T> of(Page<T> page, String note) {
    return new PagedResult<>(page.items(), page.total(), page.totalExact(), page.hasMore(), page.nextCursor(), note);
  }
}
