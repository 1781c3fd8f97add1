package com.salesworkspace.mcp.tools;

import com.salesworkspace.context.ContextPages;
import com.salesworkspace.context.ContextRequest;
import com.salesworkspace.context.CustomerContext;
import com.salesworkspace.context.Tier;
import com.salesworkspace.mcp.inventory.Schema;
import com.salesworkspace.mcp.inventory.SizeContract;
import com.salesworkspace.mcp.inventory.ToolArgs;
import com.salesworkspace.mcp.inventory.ToolContext;
import com.salesworkspace.mcp.inventory.ToolHints;
import com.salesworkspace.mcp.inventory.ToolResult;
import com.salesworkspace.mcp.inventory.Toolset;
import com.salesworkspace.mcp.inventory.WorkspaceTool;
import com.salesworkspace.mcp.resources.WorkspaceResources;
import com.salesworkspace.workspace.WorkspaceException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * The whole-account picture in a fixed token budget. Compact arrives inline; standard and extended arrive in pages
 * of at most {@link #PAGE_TOKENS} tokens. A page travels twice, as the text block and in structuredContent (Claude
 * Code passes only the latter to the model, other clients the former), and the two together stay under the size
 * contract's 20,000 tokens. The whole context is also the resource customer://{slug}/context/{tier}.
 */
public final class BuildCustomerContextTool implements WorkspaceTool {
  public static final int PAGE_TOKENS = 9_000;

  @Override
  public String name() {
    return "build_customer_context";
  }

  @Override
  public Toolset toolset() {
    return Toolset.CONTEXT;
  }

  @Override
  public String title() {
    return "Build customer context";
  }

  @Override
  public String description() {
    return "The best picture of one customer within a token budget: account facts and health, stakeholder gaps, "
        + "open deals and slippage, risks, objections, competitor mentions and buying signals cited by interaction "
        + "id, recent and relevant interactions, older history as a timeline. standard and extended come in pages "
        + "or whole as the resource customer://{slug}/context/{tier}.";
  }

  @Override
  public Map<String, Object> inputSchema() {
    return Schema.object()
        .string("customer", "The customer slug, e.g. acme-logistics (from search_customers).")
        .enumeration("tier", "compact (5,000 tokens, default), standard (40,000) or extended (200,000).", Tier.ids())
        .string("focus", "A topic to lean the selection towards, e.g. renewal, pricing.")
        .date("as_of", "See the account as of this day; later interactions are left out. Default today.")
        .integer("page", "Page of a standard or extended context (default 1).", 1, 1000)
        .required("customer")
        .build();
  }

  @Override
  public Map<String, Object> outputSchema() {
    return Schema.object()
        .field("customer", "string")
        .field("name", "string")
        .field("tier", "string")
        .field("focus", "string")
        .field("as_of", "string")
        .field("encoding", "string")
        .any("tokens", "integer", "Tokens of the whole context (all pages).")
        .field("budget", "integer")
        .any("context_id", "string", "Pages with the same id belong together.")
        .field("page", "integer")
        .field("pages", "integer")
        .field("page_tokens", "integer")
        .any("holds", "array", "The sections on this page.")
        .field("next_page", "integer")
        .any("resource", "string", "The whole context as one resource.")
        .any("coverage", "object", "What made it in; complete when everything the account has is in.")
        .any("text", "string", "This page of the context (Markdown).")
        .open().build();
  }

  @Override
  public ToolHints hints() {
    return ToolHints.READ_ONLY;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) {
    String customer = args.requiredString("customer", "'acme-logistics'");
    Tier tier = Tier.parse(args.oneOf("tier", new LinkedHashSet<>(Tier.ids())));
    String focus = args.string("focus");
    LocalDate asOf = args.date("as_of") == null ? context.today() : args.date("as_of");
    int page = args.integer("page", 1, 1, 1000);
    CustomerContext built = context.contextBuilder().build(new ContextRequest(customer, tier, focus, asOf));
    int pageTokens = PAGE_TOKENS;
    ToolResult result = render(built, ContextPages.page(built, page, pageTokens), page);
    // Both copies of a page must fit the contract; JSON escaping can tip a dense page over.
    while (SizeContract.tokens(result) > SizeContract.MAX_RESULT_TOKENS && pageTokens > 2_000) {
      pageTokens = pageTokens * 8 / 10;
      result = render(built, ContextPages.page(built, Math.min(page, ContextPages.count(built, pageTokens)),
          pageTokens), page);
    }
    if (SizeContract.tokens(result) > SizeContract.MAX_RESULT_TOKENS) {
      throw new WorkspaceException("This context cannot be paged under the size contract; read the resource "
          + WorkspaceResources.contextUri(built.customer(), tier) + " instead.");
    }
    return result;
  }

  private static ToolResult render(CustomerContext c, ContextPages.Page page, int asked) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("customer", c.customer());
    out.put("name", c.name());
    out.put("tier", c.tier().id());
    if (c.focus() != null) {
      out.put("focus", c.focus());
    }
    out.put("as_of", c.asOf());
    out.put("encoding", c.encoding());
    out.put("tokens", c.tokens());
    out.put("budget", c.budget());
    out.put("context_id", c.contextId());
    out.put("page", page.number());
    out.put("pages", page.count());
    out.put("page_tokens", page.tokens());
    out.put("holds", page.holds());
    if (page.number() < page.count()) {
      out.put("next_page", page.number() + 1);
    }
    out.put("resource", WorkspaceResources.contextUri(c.customer(), c.tier()));
    out.put("coverage", c.coverage());
    out.put("text", page.text());
    return new ToolResult(out, page.text());
  }
}
