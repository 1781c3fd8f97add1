package com.salesworkspace.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.mcp.inventory.ToolDocs;
import com.salesworkspace.testing.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's tool tables are generated from the inventory; this fails when they are stale. */
class ReadmeToolTableTest {
  @Test
  void theReadmeListsExactlyTheToolsOfTheInventory() throws Exception {
    Path readme = TestWorkspace.projectRoot().resolve("README.md");
    String current = Files.readString(readme);
    String expected = ToolDocs.replaceIn(current);
    if ("true".equals(System.getenv("UPDATE_TOOLSNAPS"))) {
      Files.writeString(readme, expected);
      current = expected;
    }
    assertThat(current).as("README tool tables are stale: run UPDATE_TOOLSNAPS=true mvn test").isEqualTo(expected);
  }
}
