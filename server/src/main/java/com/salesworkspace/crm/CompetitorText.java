package com.salesworkspace.crm;

import com.salesworkspace.interactions.InteractionHit;

/** A competitor report as text for people (the tool's text block and the CLI). */
public final class CompetitorText {
  private CompetitorText() {}

  public static String render(CompetitorReport r) {
    StringBuilder sb = new StringBuilder();
    if (r.competitors().isEmpty() && r.note() != null) {
      return r.note();
    }
    for (CompetitorReport.Findings f : r.competitors()) {
      sb.append("# ").append(f.competitor()).append(r.customer() == null ? "" : " at " + r.customer()).append('\n');
      if (f.battlecard() == null) {
        sb.append("No battlecard in sales-toolkit/battlecards.\n");
      } else {
        sb.append("Battlecard ").append(f.battlecard()).append('\n');
        for (Battlecard.Section s : f.sections()) {
          sb.append("\n## ").append(s.heading()).append('\n').append(s.text()).append('\n');
        }
      }
      sb.append("\nDeals listing ").append(f.competitor()).append(": ").append(f.dealsTotal()).append('\n');
      for (CompetitorReport.CompetingDeal d : f.deals()) {
        sb.append("- ").append(d.customer()).append(" ").append(d.id()).append(" ").append(d.name()).append(", ")
            .append(PipelineText.money(d.amount())).append(", ").append(d.stage()).append(", close ")
            .append(d.closeDate()).append('\n');
      }
      if (f.dealsTotal() > f.deals().size()) {
        sb.append("  (").append(f.dealsTotal() - f.deals().size()).append(" more; pass customer to narrow)\n");
      }
      CompetitorReport.Mentions m = f.mentions();
      sb.append("\nMentions: ").append(m.total()).append(m.totalIsExact() ? "" : "+").append('\n');
      for (InteractionHit h : m.items()) {
        sb.append("- ").append(h.date() == null ? "-" : h.date().substring(0, Math.min(10, h.date().length())))
            .append(" ").append(h.customer()).append(" ").append(h.type()).append(" [").append(h.id()).append("] ")
            .append(h.snippet() == null ? "" : h.snippet().replace('\n', ' ')).append('\n');
      }
      if (m.hasMore()) {
        sb.append("More mentions: pass cursor ").append(m.nextCursor()).append(" with the same competitor.\n");
      }
      sb.append('\n');
    }
    if (r.note() != null) {
      sb.append(r.note());
    }
    return sb.toString().strip();
  }
}
