package com.salesworkspace.util;

import java.util.List;

/** One page of a list result: the items, the total, and the opaque cursor of the next page when there is one. */
public record Page<T>(List<T> items, long total, boolean totalExact, boolean hasMore, String nextCursor) {}
