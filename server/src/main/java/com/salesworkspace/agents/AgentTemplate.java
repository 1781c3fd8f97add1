package com.salesworkspace.agents;

import com.salesworkspace.workspace.WorkspaceException;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An agent's prompt template: Mustache (logic-less, like the context templates) over the agent's arguments and
 * {@code today}. A name the template uses but the agent does not declare is an error, when loading and when
 * rendering; an optional argument that was not given is empty, so {@code {{#competitor}}...{{/competitor}}} works.
 */
public final class AgentTemplate {
  /** The variable every template may use besides its arguments: the day the agent looks at (YYYY-MM-DD). */
  public static final String TODAY = "today";
  private static final Mustache.Compiler COMPILER = Mustache.compiler()
      .escapeHTML(false)
      .emptyStringIsFalse(true)
      .strictSections(true);

  private AgentTemplate() {}

  public static Template compile(String text) {
    return COMPILER.compile(text);
  }

  /** The names a template refers to (variables and sections), in order of appearance; partials are refused. */
  public static Set<String> references(Template template) {
    Set<String> names = new LinkedHashSet<>();
    template.visit(new Mustache.Visitor() {
      @Override
      public void visitText(String text) {}

      @Override
      public void visitVariable(String name) {
        add(name);
      }

      @Override
      public boolean visitInclude(String name) {
        throw new MustacheException("partials ({{> " + name + "}}) are not supported in agent prompts");
      }

      @Override
      public boolean visitSection(String name) {
        add(name);
        return true;
      }

      @Override
      public boolean visitInvertedSection(String name) {
        add(name);
        return true;
      }

      private void add(String name) {
        if (!name.equals(".") && !name.equals("this")) {
          int dot = name.indexOf('.');
          names.add(dot > 0 ? name.substring(0, dot) : name);
        }
      }
    });
    return names;
  }

  /** Renders the agent's prompt; {@code values} holds given arguments (absent optional ones render empty). */
  public static String render(AgentDefinition agent, Map<String, String> values, LocalDate today) {
    return render(agent, values, today.toString());
  }

  /** Renders with {@code today} as given: a day, or a word such as "today" where no day is fixed. */
  public static String render(AgentDefinition agent, Map<String, String> values, String today) {
    Map<String, Object> model = new LinkedHashMap<>();
    for (AgentArgument a : agent.arguments()) {
      String v = values.get(a.name());
      model.put(a.name(), v == null ? "" : v);
    }
    model.put(TODAY, today);
    try {
      return agent.template().execute(model).strip();
    } catch (MustacheException e) {
      throw new WorkspaceException("The prompt of agent '" + agent.name() + "' (" + agent.file()
          + ") could not be rendered: " + e.getMessage() + ". Fix the template or declare the argument.");
    }
  }

  /** The built-in names a template may use besides its arguments. */
  public static List<String> builtIns() {
    return List.of(TODAY);
  }
}
