package com.salesworkspace.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.salesworkspace.mcp.inventory.Inventory;
import com.salesworkspace.mcp.inventory.ToolAdapter;
import com.salesworkspace.mcp.inventory.WorkspaceTool;
import com.salesworkspace.testing.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What Claude sees of each tool is snapshotted as sorted-key JSON, so every change to it is a reviewed diff.
 * UPDATE_TOOLSNAPS=true rewrites the snapshots; a missing snapshot is written locally and fails in CI.
 */
class ToolSnapshotTest {
  private static final ObjectMapper SORTED = new ObjectMapper()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(SerializationFeature.INDENT_OUTPUT);

  @TestFactory
  Stream<DynamicTest> everyToolMatchesItsSnapshot() {
    Path dir = TestWorkspace.projectRoot().resolve("server/src/test/resources/toolsnaps");
    boolean update = "true".equals(System.getenv("UPDATE_TOOLSNAPS"));
    boolean ci = System.getenv("CI") != null;
    return Inventory.all().stream().map((WorkspaceTool tool) -> DynamicTest.dynamicTest(tool.name(), () -> {
      Object tree = SORTED.readValue(SORTED.writeValueAsString(ToolAdapter.definition(tool)), Object.class);
      String actual = SORTED.writeValueAsString(tree) + "\n";
      Path snap = dir.resolve(tool.name() + ".snap");
      if (update || (!Files.exists(snap) && !ci)) {
        Files.createDirectories(dir);
        Files.writeString(snap, actual);
      }
      assertThat(snap).as("snapshot of " + tool.name() + " (run with UPDATE_TOOLSNAPS=true to create it)").exists();
      assertThat(actual).as("tool definition of " + tool.name() + " changed; review and run with UPDATE_TOOLSNAPS=true")
          .isEqualTo(Files.readString(snap));
    }));
  }
}
