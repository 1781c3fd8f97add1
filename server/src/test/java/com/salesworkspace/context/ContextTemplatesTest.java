package com.salesworkspace.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesworkspace.workspace.WorkspaceException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextTemplatesTest {
  @Test
  void anEmptyValueRendersAsNothingButAnUnknownNameIsAClearError() {
    Map<String, Object> model = new HashMap<>();
    model.put("name", "Acme");
    model.put("csm", null);
    String rendered = ContextTemplates.render(ContextTemplates.compile("{{name}}|{{csm}}|", "t.md"), model, "t.md");
    assertThat(rendered).isEqualTo("Acme||");
    // A template from an older workspace names fields the model no longer has: say so instead of rendering blanks.
    assertThatThrownBy(() -> ContextTemplates.render(ContextTemplates.compile("{{industry}}", "old.md"), model, "old.md"))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("old.md").hasMessageContaining("industry").hasMessageContaining("built-in");
  }
}
