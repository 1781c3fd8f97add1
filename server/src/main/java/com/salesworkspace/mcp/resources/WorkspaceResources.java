package com.salesworkspace.mcp.resources;

import com.salesworkspace.agents.CompletionSource;
import com.salesworkspace.agents.CompletionValues;
import com.salesworkspace.context.ContextRequest;
import com.salesworkspace.crm.CrmSchema;
import com.salesworkspace.context.Tier;
import com.salesworkspace.index.IndexException;
import com.salesworkspace.mcp.inventory.ToolArgs;
import com.salesworkspace.mcp.inventory.ToolContext;
import com.salesworkspace.mcp.tools.GetCustomerTool;
import com.salesworkspace.util.Dates;
import com.salesworkspace.workspace.WorkspaceException;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Customer profiles, contexts and interactions as MCP resources: {@code customer://{slug}} (the profile as
 * Markdown), {@code customer://{slug}/context/{tier}} (the whole context of a tier, optionally
 * {@code ?focus=...&as_of=YYYY-MM-DD}), {@code customer://{slug}/interactions/{id}} (one interaction file), and
 * {@code workspace://customers} (the list), with completions for slugs, tiers and interaction ids.
 */
public final class WorkspaceResources {
  public static final String PROFILE_TEMPLATE = "customer://{slug}";
  public static final String INTERACTION_TEMPLATE = "customer://{slug}/interactions/{id}";
  public static final String CONTEXT_TEMPLATE = "customer://{slug}/context/{tier}";
  public static final String CUSTOMER_LIST = "workspace://customers";
  private static final Pattern PROFILE = Pattern.compile("^customer://([^/]+)$");
  private static final Pattern INTERACTION = Pattern.compile("^customer://([^/]+)/interactions/([^/]+)$");
  private static final Pattern CONTEXT = Pattern.compile("^customer://([^/]+)/context/([^/?]+)(?:\\?(.*))?$");
  private static final int MAX_COMPLETIONS = 100;

  private final ToolContext context;

  public WorkspaceResources(ToolContext context) {
    this.context = context;
  }

  public List<McpServerFeatures.SyncResourceSpecification> resources() {
    McpSchema.Resource list = McpSchema.Resource.builder().uri(CUSTOMER_LIST).name("customers")
        .title("All customers").description("Every customer with stage, owner, health and last activity.")
        .mimeType("text/markdown").build();
    McpSchema.Resource crmSchema = McpSchema.Resource.builder().uri(CrmSchema.RESOURCE_URI).name("crm-schema")
        .title("CRM query schema").description("crm_query's objects, fields, operators and SQL views.")
        .mimeType("text/markdown").build();
    return List.of(new McpServerFeatures.SyncResourceSpecification(list, (exchange, request) ->
        read(request.uri(), this::customerList)),
        new McpServerFeatures.SyncResourceSpecification(crmSchema, (exchange, request) ->
            read(request.uri(), uri -> CrmSchema.markdown())));
  }

  public List<McpServerFeatures.SyncResourceTemplateSpecification> templates() {
    McpSchema.ResourceTemplate profile = McpSchema.ResourceTemplate.builder().uriTemplate(PROFILE_TEMPLATE)
        .name("customer").title("Customer profile")
        .description("A customer's profile, stakeholders, open deals and recent activity, as Markdown.")
        .mimeType("text/markdown").build();
    McpSchema.ResourceTemplate interaction = McpSchema.ResourceTemplate.builder().uriTemplate(INTERACTION_TEMPLATE)
        .name("interaction").title("Customer interaction")
        .description("One email, Slack thread, call transcript or meeting note, as stored in the workspace.")
        .mimeType("text/markdown").build();
    McpSchema.ResourceTemplate context = McpSchema.ResourceTemplate.builder().uriTemplate(CONTEXT_TEMPLATE)
        .name("customer-context").title("Customer context")
        .description("The whole context of a customer at a tier (compact 5,000, standard 40,000, extended 200,000 "
            + "tokens), as Markdown whose first line reports its token count; add ?focus=pricing or "
            + "?as_of=2026-11-20 to lean or date it.")
        .mimeType("text/markdown").build();
    return List.of(
        new McpServerFeatures.SyncResourceTemplateSpecification(profile, (exchange, request) ->
            read(request.uri(), this::profile)),
        new McpServerFeatures.SyncResourceTemplateSpecification(context, (exchange, request) ->
            read(request.uri(), this::context)),
        new McpServerFeatures.SyncResourceTemplateSpecification(interaction, (exchange, request) ->
            read(request.uri(), this::interaction)));
  }

  public List<McpServerFeatures.SyncCompletionSpecification> completions() {
    return List.of(
        new McpServerFeatures.SyncCompletionSpecification(new McpSchema.ResourceReference(PROFILE_TEMPLATE),
            (exchange, request) -> complete(request)),
        new McpServerFeatures.SyncCompletionSpecification(new McpSchema.ResourceReference(INTERACTION_TEMPLATE),
            (exchange, request) -> complete(request)),
        new McpServerFeatures.SyncCompletionSpecification(new McpSchema.ResourceReference(CONTEXT_TEMPLATE),
            (exchange, request) -> complete(request)));
  }

  private McpSchema.ReadResourceResult read(String uri, java.util.function.Function<String, String> render) {
    synchronized (context) {
      try {
        context.refreshIndex();
        return new McpSchema.ReadResourceResult(List.of(new McpSchema.TextResourceContents(uri, "text/markdown",
            render.apply(uri))));
      } catch (WorkspaceException | IndexException e) {
        throw new McpError(new McpSchema.JSONRPCResponse.JSONRPCError(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND,
            e.getMessage(), null));
      }
    }
  }

  private String profile(String uri) {
    Matcher m = PROFILE.matcher(uri);
    if (!m.matches()) {
      throw new WorkspaceException("Unknown resource " + uri + "; use customer://{slug}.");
    }
    GetCustomerTool tool = new GetCustomerTool();
    @SuppressWarnings("unchecked")
    Set<String> known = ((Map<String, Object>) tool.inputSchema().get("properties")).keySet();
    return tool.call(new ToolArgs(Map.of("customer", m.group(1)), known), context).text();
  }

  /** The resource of a customer's whole context at a tier. */
  public static String contextUri(String slug, Tier tier) {
    return "customer://" + slug + "/context/" + tier.id();
  }

  private String context(String uri) {
    Matcher m = CONTEXT.matcher(uri);
    if (!m.matches()) {
      throw new WorkspaceException("Unknown resource " + uri + "; use customer://{slug}/context/{tier}.");
    }
    Tier tier = Tier.parse(m.group(2));
    String focus = null;
    LocalDate asOf = context.today();
    if (m.group(3) != null) {
      for (String pair : m.group(3).split("&")) {
        int eq = pair.indexOf('=');
        String key = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        switch (key) {
          case "focus" -> focus = value;
          case "as_of" -> asOf = Dates.day(value, "as_of");
          default -> throw new WorkspaceException("Unknown parameter '" + key + "' in " + uri
              + "; a context takes focus and as_of.");
        }
      }
    }
    return context.contextBuilder().build(new ContextRequest(m.group(1), tier, focus, asOf)).text();
  }

  private String interaction(String uri) {
    Matcher m = INTERACTION.matcher(uri);
    if (!m.matches()) {
      throw new WorkspaceException("Unknown resource " + uri + "; use customer://{slug}/interactions/{id}.");
    }
    context.workspace().customerDir(m.group(1));
    var text = context.interactionReader().read(m.group(2), m.group(1), 0, Integer.MAX_VALUE);
    return "# " + (text.header().subject() == null ? text.header().type() : text.header().subject()) + "\n\n"
        + "- id: " + text.id() + "\n- date: " + text.header().date() + "\n- type: " + text.header().type()
        + "\n- source: " + text.header().source()
        + (text.header().from() == null ? "" : "\n- from: " + text.header().from())
        + (text.header().to().isEmpty() ? "" : "\n- to: " + String.join(", ", text.header().to()))
        + "\n\n" + text.text() + "\n";
  }

  private String customerList(String uri) {
    StringBuilder sb = new StringBuilder("# Customers\n\n| slug | name | stage | owner | health | last activity |\n"
        + "|---|---|---|---|---|---|\n");
    try (PreparedStatement ps = context.index().store().connection().prepareStatement(
        "SELECT c.slug, c.name, c.lifecycle_stage, c.owner, c.health_score, (SELECT i.date FROM interactions i "
            + "WHERE i.customer = c.slug ORDER BY i.epoch_ms DESC LIMIT 1) FROM customers c ORDER BY c.name");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        sb.append("| ").append(rs.getString(1)).append(" | ").append(rs.getString(2)).append(" | ")
            .append(nz(rs.getString(3))).append(" | ").append(nz(rs.getString(4))).append(" | ")
            .append(nz(rs.getObject(5))).append(" | ")
            .append(rs.getString(6) == null ? "-" : rs.getString(6).substring(0, 10)).append(" |\n");
      }
    } catch (SQLException e) {
      throw new IndexException("Could not list customers", e);
    }
    return sb.toString();
  }

  private McpSchema.CompleteResult complete(McpSchema.CompleteRequest request) {
    synchronized (context) {
      String argument = request.argument().name();
      String prefix = request.argument().value() == null ? "" : request.argument().value().toLowerCase();
      List<String> values = new ArrayList<>();
      if ("slug".equals(argument)) {
        values.addAll(CompletionValues.of(CompletionSource.CUSTOMERS, context.workspace(), prefix));
      } else if ("tier".equals(argument)) {
        Tier.ids().stream().filter(t -> t.startsWith(prefix)).forEach(values::add);
      } else if ("id".equals(argument)) {
        String slug = request.context() == null || request.context().arguments() == null ? null
            : request.context().arguments().get("slug");
        values.addAll(interactionIds(slug, prefix));
      }
      int total = values.size();
      List<String> page = values.subList(0, Math.min(MAX_COMPLETIONS, total));
      return new McpSchema.CompleteResult(new McpSchema.CompleteResult.CompleteCompletion(List.copyOf(page), total,
          total > MAX_COMPLETIONS));
    }
  }

  private List<String> interactionIds(String slug, String prefix) {
    List<String> ids = new ArrayList<>();
    String sql = "SELECT id FROM interactions WHERE id LIKE ?" + (slug == null ? "" : " AND customer = ?")
        + " ORDER BY epoch_ms DESC LIMIT " + (MAX_COMPLETIONS + 1);
    try (PreparedStatement ps = context.index().store().connection().prepareStatement(sql)) {
      ps.setString(1, prefix.replace("%", "") + "%");
      if (slug != null) {
        ps.setString(2, slug);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IndexException("Could not complete interaction ids", e);
    }
    return ids;
  }

  private static String nz(Object o) {
    return o == null ? "-" : o.toString();
  }
}
