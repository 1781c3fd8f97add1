package com.salesworkspace.cli;

import com.salesworkspace.customers.CustomerDetail;
import com.salesworkspace.customers.CustomerService;
import com.salesworkspace.customers.InteractionRef;
import com.salesworkspace.index.Index;
import com.salesworkspace.model.Contact;
import com.salesworkspace.model.CustomerProfile;
import com.salesworkspace.model.Deal;
import com.salesworkspace.workspace.Workspace;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show one customer: profile, contacts, deals and recent interactions.")
final class ShowCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;

  @Parameters(paramLabel = "CUSTOMER", description = "The customer slug, e.g. acme-logistics.")
  String customer;

  @Option(names = "--recent", defaultValue = "10", description = "How many recent interactions (default ${DEFAULT-VALUE}).")
  int recent;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Override
  public Integer call() {
    Workspace ws = workspace.open();
    ws.customerDir(customer);
    try (Index index = Index.open(ws)) {
      RefreshNotice.refresh(index);
      CustomerDetail detail = new CustomerService(ws, index).detail(customer, Math.max(0, recent));
      if (json) {
        Output.json(detail);
      } else {
        print(detail, Output.out());
      }
      return 0;
    }
  }

  private static void print(CustomerDetail d, PrintStream out) {
    CustomerProfile p = d.profile();
    out.printf("%s (%s)%n", p.name(), d.slug());
    out.printf("  %s · %s employees · %s · tier %s%n", nz(p.industry()), p.employees() == null ? "?" : p.employees(),
        nz(p.region()), nz(p.tier()));
    out.printf("  stage %s · owner %s · csm %s · ARR %s %s%n", nz(p.lifecycleStage()), nz(p.owner()), nz(p.csm()),
        p.arr() == null ? "-" : p.arr().toPlainString(), nz(p.currency()));
    if (p.health() != null) {
      out.printf("  health %s (%s, updated %s)%n", p.health().score(), nz(p.health().trend()), p.health().updated());
    }
    if (p.renewalDate() != null) {
      out.println("  renewal " + p.renewalDate());
    }
    if (!p.competitors().isEmpty()) {
      out.println("  competitors " + String.join(", ", p.competitors()));
    }
    out.printf("%nContacts (%d)%n", d.contacts().size());
    for (Contact c : d.contacts()) {
      out.printf("  %-24s %-32s %-20s %-9s last %s%n", c.name(), nz(c.title()), nz(c.role()), nz(c.sentiment()),
          c.lastContacted() == null ? "-" : c.lastContacted());
    }
    out.printf("%nDeals (%d)%n", d.deals().size());
    for (Deal deal : d.deals()) {
      out.printf("  %s %s: %s %s, %s, close %s%n", deal.id(), deal.name(),
          deal.amount() == null ? "-" : deal.amount().toPlainString(), nz(deal.currency()), deal.stage(), deal.closeDate());
      if (deal.nextStep() != null) {
        out.printf("    next: %s (%s)%n", deal.nextStep(), deal.nextStepDate());
      }
    }
    out.printf("%nInteractions: %d, last activity %s%n", d.interactionCount(), nz(d.lastActivity()));
    for (InteractionRef r : d.recentInteractions()) {
      out.printf("  %s %-7s %-9s %s%n", r.date().substring(0, 10), r.type(), nz(r.direction()),
          r.subject() == null ? "" : r.subject());
    }
  }

  private static String nz(Object s) {
    return s == null ? "-" : s.toString();
  }
}
