package com.salesworkspace.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StdioConnectionTest {
  @Test
  void onlyServeWithAtMostAWorkspaceIsAnsweredBeforeTheCommandLineIsParsed() {
    assertThat(StdioConnection.isPlainServe(new String[] {"serve"})).isTrue();
    assertThat(StdioConnection.isPlainServe(new String[] {"serve", "--workspace", "/w"})).isTrue();
    assertThat(StdioConnection.isPlainServe(new String[] {"serve", "-w", "/w"})).isTrue();
    assertThat(StdioConnection.isPlainServe(new String[] {"serve", "--workspace=/w"})).isTrue();

    assertThat(StdioConnection.isPlainServe(new String[] {})).isFalse();
    assertThat(StdioConnection.isPlainServe(new String[] {"search", "acme"})).isFalse();
    assertThat(StdioConnection.isPlainServe(new String[] {"serve", "--http"})).isFalse();
    assertThat(StdioConnection.isPlainServe(new String[] {"serve", "--toolsets", "crm"})).isFalse();
    assertThat(StdioConnection.isPlainServe(new String[] {"serve", "--read-only"})).isFalse();
    assertThat(StdioConnection.isPlainServe(new String[] {"serve", "--workspace"})).isFalse();
    assertThat(StdioConnection.isPlainServe(new String[] {"serve", "--help"})).isFalse();
  }

  @Test
  void theEnvironmentIsReadLikeTheServeCommandsDefaults() {
    Map<String, String> env = Map.of(ServeOptions.TOOLSETS_ENV, " customers, ,context ",
        ServeOptions.READ_ONLY_ENV, "True");
    ServeOptions options = ServeOptions.fromEnvironment(env::get);
    assertThat(options.toolsets()).isEqualTo(List.of("customers", "context"));
    assertThat(options.tools()).isEmpty();
    assertThat(options.readOnly()).isTrue();

    assertThat(ServeOptions.fromEnvironment(Map.<String, String>of()::get)).isEqualTo(ServeOptions.defaults());
    assertThat(ServeOptions.fromEnvironment(Map.of(ServeOptions.READ_ONLY_ENV, "yes")::get))
        .as("picocli rejects it, so the early answer stands aside").isNull();
  }
}
