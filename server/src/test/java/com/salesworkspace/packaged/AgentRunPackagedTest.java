package com.salesworkspace.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.agents.run.FakeMessagesApi;
import com.salesworkspace.testing.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scripted agent run through the shaded jar: the Anthropic SDK's parts the jar leaves out are never needed. */
class AgentRunPackagedTest {
  @TempDir Path dir;

  @Test
  void theShadedJarRunsAToolUseLoop() throws Exception {
    Path ws = TestWorkspace.copyDemo(dir.resolve("demo"));
    try (FakeMessagesApi api = new FakeMessagesApi()) {
      api.then(200, FakeMessagesApi.toolUse("toolu_01", "get_customer", Map.of("customer", "fjord-media")))
          .then(200, FakeMessagesApi.endTurn("Risk: high."));
      Path out = ws.resolve("reporting/run.md");
      ProcessBuilder pb = new ProcessBuilder(PackagedJarTest.java(), "-jar", PackagedJarTest.jar().toString(),
          "agent", "run", "churn-risk-review", "--workspace", ws.toString(), "--customer", "fjord-media",
          "--as-of", "2026-11-20", "--out", out.toString(), "--max-retries", "0");
      pb.environment().put("ANTHROPIC_API_KEY", "sk-ant-test");
      pb.environment().put("ANTHROPIC_BASE_URL", api.baseUrl());
      Path err = dir.resolve("stderr.txt");
      Process p = pb.redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(Files.readString(err)).isZero();
      assertThat(out).content().contains("agent: churn-risk-review").contains("tools_called: [get_customer]")
          .contains("Risk: high.");
      assertThat(api.requests().get(1).body().toString()).contains("Fjord Media");
    }
  }
}
