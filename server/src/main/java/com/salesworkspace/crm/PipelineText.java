package com.salesworkspace.crm;

import com.salesworkspace.crm.PipelineReport.Bucket;
import com.salesworkspace.crm.PipelineReport.DealList;
import com.salesworkspace.crm.PipelineReport.FlaggedDeal;
import java.text.DecimalFormat;

/** A pipeline report as text for people (the tool's text block and the CLI). */
public final class PipelineText {
  private PipelineText() {}

  public static String render(PipelineReport r) {
    StringBuilder sb = new StringBuilder();
    PipelineReport.Totals t = r.totals();
    sb.append("Pipeline of ").append(r.scope()).append(", ").append(r.period()).append(" (").append(r.from())
        .append(" to ").append(r.to()).append("), as of ").append(r.asOf()).append('\n');
    sb.append("Open: ").append(t.openDeals()).append(" deals, ").append(money(t.openAmount())).append(" (weighted ")
        .append(money(t.weightedAmount())).append("); won ").append(money(t.wonAmount())).append(", lost ")
        .append(money(t.lostAmount())).append('\n');
    if (t.quota() != null) {
      sb.append("Quota ").append(money(t.quota())).append(", remaining ").append(money(t.remainingQuota()))
          .append(", coverage ").append(t.coverage() == null ? "quota met" : t.coverage() + "x").append('\n');
    }
    sb.append("\nBy stage:\n");
    for (Bucket b : r.byStage()) {
      sb.append("- ").append(b.key()).append(": ").append(b.deals()).append(" deals, ").append(money(b.amount()))
          .append(" (weighted ").append(money(b.weighted())).append(")\n");
    }
    sb.append("By forecast category:\n");
    for (Bucket b : r.byForecastCategory()) {
      sb.append("- ").append(b.key()).append(": ").append(b.deals()).append(" deals, ").append(money(b.amount()))
          .append('\n');
    }
    sb.append("By owner:\n");
    for (PipelineReport.OwnerLine o : r.byOwner()) {
      sb.append("- ").append(o.owner()).append(": open ").append(money(o.openAmount())).append(", won ")
          .append(money(o.wonAmount())).append(o.quota() == null ? "" : ", quota " + money(o.quota()))
          .append(o.coverage() == null ? "" : ", coverage " + o.coverage() + "x").append('\n');
    }
    list(sb, "Slipped", r.slipped());
    list(sb, "Stale", r.stale());
    list(sb, "Missing next step", r.missingNextStep());
    list(sb, "No economic buyer", r.noEconomicBuyer());
    sb.append("\nStage flow (conversion to a later stage, avg days in stage vs typical):\n");
    for (PipelineReport.StageFlow f : r.stageFlow()) {
      sb.append("- ").append(f.stage()).append(": ").append(f.advanced()).append("/").append(f.reached())
          .append(f.conversion() == null ? "" : " = " + Math.round(f.conversion() * 100) + "%")
          .append(f.avgDaysInStage() == null ? "" : ", " + f.avgDaysInStage() + " days (" + f.staysMeasured()
              + " stays)").append(f.typicalDays() == null ? "" : ", typical " + f.typicalDays()).append('\n');
    }
    if (r.winRate() != null) {
      sb.append("Win rate: ").append(Math.round(r.winRate() * 100)).append("%\n");
    }
    return sb.toString().strip();
  }

  private static void list(StringBuilder sb, String title, DealList list) {
    sb.append('\n').append(title).append(": ").append(list.total()).append('\n');
    for (FlaggedDeal d : list.deals()) {
      sb.append("- ").append(d.customer()).append(" ").append(d.id()).append(" ").append(d.name()).append(", ")
          .append(d.amount() == null ? "-" : money(d.amount())).append(": ").append(d.reason()).append('\n');
    }
    if (list.hasMore()) {
      sb.append("  (").append(list.total() - list.deals().size()).append(" more; raise limit or narrow by owner)\n");
    }
  }

  static String money(Double v) {
    return v == null ? "-" : new DecimalFormat("#,##0.##").format(v);
  }
}
