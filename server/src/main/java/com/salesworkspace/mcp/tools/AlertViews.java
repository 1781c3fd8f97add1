package com.salesworkspace.mcp.tools;

import com.salesworkspace.triggers.Alert;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The compact shape of an alert in tool results: at most three evidence interactions, the rest counted. */
final class AlertViews {
  static final int EVIDENCE_SHOWN = 3;

  private AlertViews() {}

  static Map<String, Object> view(Alert a) {
    Map<String, Object> v = new LinkedHashMap<>();
    if (a.id() != null) {
      v.put("id", a.id());
    }
    v.put("rule", a.rule());
    v.put("rule_file", a.ruleFile());
    v.put("customer", a.customer());
    v.put("customer_name", a.customerName());
    v.put("kind", a.kind());
    v.put("fired_on", a.firedOn().toString());
    v.put("summary", a.summary());
    Map<String, Object> evidence = new LinkedHashMap<>();
    List<Alert.InteractionEvidence> interactions = a.evidence().interactions();
    if (!interactions.isEmpty()) {
      evidence.put("interactions", interactions.subList(0, Math.min(EVIDENCE_SHOWN, interactions.size())).stream()
          .map(e -> {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("id", e.id());
            i.put("date", e.date());
            i.put("direction", e.direction());
            i.put("type", e.type());
            i.put("source", e.source());
            if (e.from() != null) {
              i.put("from", e.from());
            }
            i.put("phrase", e.phrase());
            i.put("span", Map.of("field", e.field(), "start", e.start(), "end", e.end()));
            i.put("excerpt", e.excerpt());
            return i;
          }).toList());
      evidence.put("interactions_total", interactions.size());
    }
    if (a.evidence().values() != null) {
      evidence.put("values", a.evidence().values());
    }
    if (!a.evidence().conditions().isEmpty()) {
      evidence.put("conditions", a.evidence().conditions());
    }
    v.put("evidence", evidence);
    v.put("actions", a.actions().stream().map(o -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("action", o.action());
      if (o.target() != null) {
        m.put("target", o.target());
      }
      if (o.channel() != null) {
        m.put("channel", o.channel());
      }
      m.put("status", o.status());
      if (o.detail() != null) {
        m.put("detail", o.detail());
      }
      return m;
    }).toList());
    return v;
  }
}
