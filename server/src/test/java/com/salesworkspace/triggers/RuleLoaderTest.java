package com.salesworkspace.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.workspace.FileProblem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleLoaderTest {
  @TempDir Path dir;

  private RuleSet load(String personal) {
    TestWorkspace ws = TestWorkspace.minimal(dir);
    ws.write("personal/triggers/rules.yaml", personal);
    return new RuleLoader(ws.open()).load();
  }

  private static String problemAt(RuleSet set, int line) {
    return set.problems().stream().filter(p -> p.line() == line).map(FileProblem::toString).findFirst()
        .orElseThrow(() -> new AssertionError("no problem on line " + line + ": " + set.problems()));
  }

  @Test
  void theSeedShapeLoadsWithDefaultsAndOptionalFields() {
    RuleSet set = load("""
        buying_signals:
          keywords: ['budget approved', 'looking for solution']
          actions: ['notify_ae', 'create_task', 'update_forecast']
        churn_risk:
          conditions: ['health_score < 40', 'no_activity > 30']
          actions: ['alert_csm', 'escalate_to_manager']
        recent_pricing:
          description: Pricing questions on Slack this month
          keywords: pricing
          sources: [slack]
          direction: any
          within: 30
          cooldown_days: 14
          enabled: false
          actions: [notify_ae]
        """);
    assertThat(set.problems()).isEmpty();
    assertThat(set.rules()).extracting(Rule::name).containsExactly("buying_signals", "churn_risk", "recent_pricing");
    Rule buying = set.find("buying_signals").orElseThrow();
    assertThat(buying.direction()).isEqualTo("inbound");
    assertThat(buying.cooldownDays()).isEqualTo(Rule.DEFAULT_COOLDOWN_DAYS);
    assertThat(buying.withinDays()).isNull();
    assertThat(buying.location()).isEqualTo("personal/triggers/rules.yaml:1");
    Rule churn = set.find("churn_risk").orElseThrow();
    assertThat(churn.conditions()).extracting(c -> c.line()).containsExactly(5, 5);
    assertThat(churn.conditions().get(1).compiled().variables()).containsExactly("no_activity");
    Rule pricing = set.find("recent_pricing").orElseThrow();
    assertThat(pricing.keywords()).containsExactly("pricing");
    assertThat(pricing.sources()).containsExactly("slack");
    assertThat(pricing.enabled()).isFalse();
    assertThat(set.enabled()).extracting(Rule::name).containsExactly("buying_signals", "churn_risk");
  }

  @Test
  void eachBadRuleIsReportedWithFileAndLineAndTheOthersStillLoad() {
    RuleSet set = load("""
        good_one:
          conditions: ['health_score < 40']
          actions: [alert_csm]
        unknown_action:
          keywords: [renewal]
          actions: [notify_ae, notify_ceo]
        syntax_error:
          conditions:
            - 'health_score < '
          actions: [alert_csm]
        unknown_variable:
          conditions: ['helth_score < 40']
          actions: [alert_csm]
        runs_code:
          conditions: ["exec('rm -rf /') == ''"]
          actions: [alert_csm]
        reads_files:
          conditions: ["readFile('/etc/passwd').contains('root')"]
          actions: [alert_csm]
        host_method:
          conditions: ["lifecycle_stage.getClass() == 'x'"]
          actions: [alert_csm]
        typo_field:
          keywords: [renewal]
          cooldown_day: 3
          actions: [notify_ae]
        not_boolean:
          conditions: ['health_score + 1']
          actions: [alert_csm]
        deal_typo:
          conditions: ['deals.exists(d, d.amont > 1000)']
          actions: [notify_ae]
        decimal:
          conditions: ['arr > 100000.0']
          actions: [notify_ae]
        nothing_to_match:
          actions: [notify_ae]
        window_on_conditions:
          conditions: ['arr > 0']
          within: 3
          actions: [notify_ae]
        also_good:
          keywords: ['Looking for a partner!']
          actions: [notify_ae]
        """);
    assertThat(set.rules()).extracting(Rule::name).containsExactly("good_one", "also_good");
    assertThat(set.problems()).hasSize(12).allMatch(p -> p.path().equals("personal/triggers/rules.yaml"));
    assertThat(problemAt(set, 6)).contains("rule 'unknown_action'", "unknown action 'notify_ceo'", "notify_ae");
    assertThat(problemAt(set, 9)).contains("rule 'syntax_error'", "syntax error");
    assertThat(problemAt(set, 12)).contains("unknown variable 'helth_score'", "did you mean health_score?");
    assertThat(problemAt(set, 15)).contains("calls exec(), which is not allowed");
    assertThat(problemAt(set, 18)).contains("calls readFile(), which is not allowed");
    assertThat(problemAt(set, 21)).contains("calls getClass(), which is not allowed");
    assertThat(problemAt(set, 25)).contains("unknown field 'cooldown_day'", "did you mean cooldown_days?");
    assertThat(problemAt(set, 28)).contains("must be true or false");
    assertThat(problemAt(set, 31)).contains("unknown field 'amont'", "amount");
    assertThat(problemAt(set, 34)).contains("whole numbers");
    assertThat(problemAt(set, 36)).contains("needs keywords", "or conditions");
    assertThat(problemAt(set, 40)).contains("'within' applies to keyword rules");
  }

  @Test
  void brokenYamlIsReportedWithItsLineAndOtherFilesStillLoad() {
    TestWorkspace ws = TestWorkspace.minimal(dir);
    ws.write("personal/triggers/broken.yaml", "churn:\n  conditions: ['health_score < 40'\n  actions: [alert_csm]\n");
    ws.write("personal/triggers/list.yaml", "- just a list\n");
    ws.write("workspace-setup/triggers/team.yaml", """
        renewal_soon:
          conditions: ['days_to_renewal >= 0 && days_to_renewal <= 60', "lifecycle_stage != 'churned'"]
          actions: [alert_csm]
        """);
    ws.write("personal/triggers/dup.yaml", "renewal_soon:\n  conditions: ['arr > 0']\n  actions: [alert_csm]\n");
    RuleSet set = new RuleLoader(ws.open()).load();
    assertThat(set.files()).containsExactly("workspace-setup/triggers/team.yaml", "personal/triggers/broken.yaml",
        "personal/triggers/dup.yaml", "personal/triggers/list.yaml");
    assertThat(set.rules()).extracting(Rule::location).containsExactly("workspace-setup/triggers/team.yaml:1");
    assertThat(set.problems()).extracting(FileProblem::toString).satisfiesExactly(
        p -> assertThat(p).startsWith("personal/triggers/broken.yaml:3: error: not valid YAML"),
        p -> assertThat(p).startsWith("personal/triggers/dup.yaml:1: error: rule 'renewal_soon' is already defined in "
            + "workspace-setup/triggers/team.yaml:1"),
        p -> assertThat(p).startsWith("personal/triggers/list.yaml:1: error: a rule file must be a mapping"));
  }

  @Test
  void aRuleFileLinkingOutOfTheWorkspaceIsRefusedAndTheOthersStillLoad() throws Exception {
    TestWorkspace ws = TestWorkspace.minimal(dir.resolve("ws"));
    ws.write("personal/triggers/good.yaml", "quiet:\n  conditions: ['no_activity > 60']\n  actions: [alert_csm]\n");
    Path outside = java.nio.file.Files.writeString(dir.resolve("outside.yaml"), "x:\n  keywords: [a]\n  actions: [notify_ae]\n");
    java.nio.file.Files.createSymbolicLink(ws.root().resolve("personal/triggers/linked.yaml"), outside);
    RuleSet set = new RuleLoader(ws.open()).load();
    assertThat(set.rules()).extracting(Rule::name).containsExactly("quiet");
    assertThat(set.problems()).singleElement().asString()
        .startsWith("personal/triggers/linked.yaml: error: the rule file cannot be read").contains("outside");
  }

  @Test
  void phrasesMatchWholeWordsIgnoringCaseAndPunctuation() {
    PhraseMatcher m = new PhraseMatcher(List.of("budget approved", "Looking for solution"));
    assertThat(m.find("Good news - BUDGET, approved!")).extracting(PhraseMatcher.Hit::phrase)
        .containsExactly("budget approved");
    assertThat(m.find("the budget-approved plan")).hasSize(1);
    assertThat(m.find("budgets approved; budget approvedness; unbudget approved")).isEmpty();
    assertThat(m.find("We're looking for solution partners")).singleElement()
        .satisfies(h -> assertThat(h.start()).isEqualTo(6));
    assertThat(m.find("looking for solutions")).isEmpty();
    assertThat(m.find("Budget  \n approved")).hasSize(1);
    assertThat(new PhraseMatcher(List.of("café budget")).find("CAFE budget")).hasSize(1);
  }
}
