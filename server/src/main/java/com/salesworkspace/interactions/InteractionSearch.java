package com.salesworkspace.interactions;

import com.salesworkspace.index.Index;
import com.salesworkspace.index.IndexException;
import com.salesworkspace.index.SearchHits;
import com.salesworkspace.index.SearchRequest;
import com.salesworkspace.util.Cursors;
import com.salesworkspace.util.Page;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ranked (or, without words, newest-first) search over interactions, hydrated with their metadata. */
public final class InteractionSearch {
  private final Index index;

  public InteractionSearch(Index index) {
    this.index = index;
  }

  public Page<InteractionHit> search(InteractionQuery q, String fingerprint) {
    SearchRequest request = new SearchRequest(q.query(), q.customer() == null ? null : List.of(q.customer()),
        List.of("interaction"), q.types(), null, q.direction(), q.person(),
        q.since() == null ? null : q.since().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli(),
        q.until() == null ? null : q.until().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() - 1,
        q.offset(), q.limit(), false);
    SearchHits hits = index.search(request);
    Map<String, InteractionHit> byPath = metadata(hits.hits().stream().map(SearchHits.Hit::path).toList());
    List<InteractionHit> items = new ArrayList<>();
    for (SearchHits.Hit hit : hits.hits()) {
      InteractionHit meta = byPath.get(hit.path());
      if (meta != null) {
        items.add(new InteractionHit(meta.id(), meta.customer(), meta.type(), meta.source(), meta.date(),
            meta.subject(), meta.from(), meta.direction(), hit.snippet(), meta.chars()));
      }
    }
    return Cursors.page(items, hits.total(), hits.totalExact(), q.offset(), fingerprint);
  }

  private Map<String, InteractionHit> metadata(List<String> paths) {
    Map<String, InteractionHit> result = new HashMap<>();
    if (paths.isEmpty()) {
      return result;
    }
    String sql = "SELECT path, id, customer, type, source, date, subject, from_addr, direction, body_chars "
        + "FROM interactions WHERE path IN (" + String.join(",", java.util.Collections.nCopies(paths.size(), "?")) + ")";
    try (PreparedStatement ps = index.store().connection().prepareStatement(sql)) {
      for (int i = 0; i < paths.size(); i++) {
        ps.setString(i + 1, paths.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          result.put(rs.getString(1), new InteractionHit(rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), null, rs.getInt(10)));
        }
      }
    } catch (SQLException e) {
      throw new IndexException("Could not read interaction metadata", e);
    }
    return result;
  }
}
