package com.salesworkspace.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.salesworkspace.testing.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs scripts/mcp-clients/check against the packaged jar: the MCP Inspector, the conformance suite and
 * 'claude mcp list'. Skipped (loudly) only when npm is missing or cannot install the clients.
 */
class ExternalClientsTest {
  @TempDir Path dir;

  @Test
  void realMcpClientsAcceptTheServer() throws Exception {
    assumeTrue(onPath("npm"), "npm is not installed: the MCP client checks were NOT run");
    Path root = TestWorkspace.projectRoot();
    Path demo = TestWorkspace.copyDemo(dir.resolve("demo"));
    Path log = dir.resolve("check.log");
    Process check = new ProcessBuilder("bash", root.resolve("scripts/mcp-clients/check").toString(), demo.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean finished = check.waitFor(10, TimeUnit.MINUTES);
    String output = Files.readString(log);
    System.err.println(output);
    assertThat(finished).as("the checks finished within 10 minutes").isTrue();
    assumeTrue(!output.contains("installing MCP clients") || Files.exists(root.resolve(".tools/.installed-v1")),
        "npm could not install the MCP clients: the checks were NOT run");
    assertThat(check.exitValue()).as(output).isZero();
    assertThat(output).contains("All MCP client checks passed.");
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
