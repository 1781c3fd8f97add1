package com.salesworkspace.mcp.tools;

import static com.salesworkspace.mcp.ToolHarness.number;
import static com.salesworkspace.mcp.ToolHarness.structured;
import static com.salesworkspace.mcp.ToolHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.mcp.ToolHarness;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.workspace.Workspace;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriggerToolsTest {
  @TempDir Path dir;
  ToolHarness tools;

  @BeforeEach
  void setUp() {
    tools = new ToolHarness(Workspace.open(TestWorkspace.copyDemo(dir)));
  }

  @AfterEach
  void tearDown() {
    tools.close();
  }

  private Map<String, Object> ok(String tool, Map<String, Object> args) {
    McpSchema.CallToolResult r = tools.call(tool, args);
    assertThat(r.isError()).as(tool + " " + args + " -> " + text(r)).isFalse();
    return structured(r);
  }

  private String error(String tool, Map<String, Object> args) {
    McpSchema.CallToolResult r = tools.call(tool, args);
    assertThat(r.isError()).as(tool + " " + args + " should fail: " + text(r)).isTrue();
    return text(r);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> items(Map<String, Object> result, String key) {
    return (List<Map<String, Object>>) result.get(key);
  }

  @Test
  @SuppressWarnings("unchecked")
  void runTriggersIsADryRunByDefaultOverMcp() {
    Map<String, Object> run = ok("run_triggers", Map.of());
    assertThat(run).containsEntry("dry_run", true).containsEntry("as_of", "2026-11-20");
    assertThat(items(run, "alerts")).extracting(a -> a.get("rule") + " " + a.get("customer")).containsExactly(
        "buying_signals acme-logistics", "buying_signals cedar-financial", "buying_signals evergreen-retail",
        "buying_signals lumina-education", "churn_risk fjord-media", "churn_risk granite-insurance");
    Map<String, Object> acme = items(run, "alerts").get(0);
    Map<String, Object> evidence = (Map<String, Object>) acme.get("evidence");
    assertThat((List<Map<String, Object>>) evidence.get("interactions")).singleElement().satisfies(i -> {
      assertThat(i).containsEntry("id", "2026-10-22-gmail-26344d").containsEntry("direction", "inbound");
      assertThat((String) i.get("excerpt")).contains("[budget approved]");
    });
    assertThat((List<Map<String, Object>>) acme.get("actions")).extracting(a -> a.get("status"))
        .allMatch(s -> ((String) s).startsWith("would_"));
    assertThat(number(ok("list_alerts", Map.of()), "total")).isZero();
    assertThat(dir.resolve("reporting/pulse/2026-11-20-triggers.md")).doesNotExist();
  }

  @Test
  void aRealRunIsStoredAndListAlertsFiltersAndPages() {
    Map<String, Object> run = ok("run_triggers", Map.of("dry_run", false, "limit", 2));
    assertThat(items(run, "alerts")).hasSize(2);
    assertThat(number(run, "alerts_total")).isEqualTo(6);
    assertThat((String) run.get("note")).contains("4 more alerts", "list_alerts");
    assertThat(dir.resolve("reporting/pulse/2026-11-20-triggers.md")).exists();

    Map<String, Object> churn = ok("list_alerts", Map.of("rule", "churn_risk"));
    assertThat(number(churn, "total")).isEqualTo(2);
    assertThat(items(churn, "items")).extracting(a -> a.get("customer"))
        .containsExactlyInAnyOrder("fjord-media", "granite-insurance");
    assertThat(number(ok("list_alerts", Map.of("customer", "lumina-education", "kind", "keywords")), "total"))
        .isEqualTo(1);
    assertThat(number(ok("list_alerts", Map.of("since", "2026-11-21")), "total")).isZero();

    Map<String, Object> first = ok("list_alerts", Map.of("limit", 4));
    assertThat(first).containsEntry("has_more", true);
    Map<String, Object> second = ok("list_alerts", Map.of("limit", 4, "cursor", first.get("next_cursor")));
    assertThat(items(second, "items")).hasSize(2);
    assertThat(second).containsEntry("has_more", false);

    // The same run again: nothing new, the condition rule's matches are held back by the cooldown.
    Map<String, Object> again = ok("run_triggers", Map.of("dry_run", false));
    assertThat(items(again, "alerts")).isEmpty();
    assertThat(items(again, "suppressed")).hasSize(2);
  }

  @Test
  void mistakesComeBackAsErrorsThatSayWhatToChange() throws Exception {
    assertThat(error("run_triggers", Map.of("rules", List.of("churn")))).contains("There is no rule 'churn'",
        "buying_signals, churn_risk");
    assertThat(error("run_triggers", Map.of("as_of", "yesterday"))).contains("as_of", "2026-11-03");
    assertThat(error("run_triggers", Map.of("customer", "fjord"))).contains("Did you mean fjord-media");
    assertThat(error("run_triggers", Map.of("dry_run", "maybe"))).contains("true or false");
    assertThat(error("list_alerts", Map.of("since", "2026-11-20", "until", "2026-11-01"))).contains("swap them");
    assertThat(error("list_alerts", Map.of("kind", "magic"))).contains("must be one of conditions, keywords");
    assertThat(error("list_alerts", Map.of("rule", "nope"))).contains("There is no rule 'nope'");
    String cursor = (String) ok("list_alerts", Map.of("limit", 1, "rule", "churn_risk")).get("next_cursor");
    assertThat(error("list_alerts", Map.of("cursor", cursor == null ? "bogus!" : cursor))).contains("cursor");
    assertThat(error("list_alerts", Map.of("severity", "high"))).contains("Unknown argument 'severity'");

    // A rule file with a mistake: the run still answers, names the file and line, and the good rules fire.
    Files.writeString(dir.resolve("personal/triggers/extra.yaml"), "bad:\n  conditions: ['helth_score < 10']\n"
        + "  actions: [alert_csm]\n");
    Map<String, Object> run = ok("run_triggers", Map.of("rules", List.of("churn_risk")));
    assertThat((List<String>) (List<?>) run.get("rule_problems")).singleElement().asString()
        .startsWith("personal/triggers/extra.yaml:2: error: rule 'bad'").contains("did you mean health_score?");
    assertThat(items(run, "alerts")).hasSize(2);
  }
}
