package com.salesworkspace.triggers;

import com.salesworkspace.util.EditDistance;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.projectnessie.cel.Ast;
import org.projectnessie.cel.Env;
import org.projectnessie.cel.EnvOption;
import org.projectnessie.cel.common.CELError;
import org.projectnessie.cel.relocated.com.google.api.expr.v1alpha1.Expr;
import org.projectnessie.cel.relocated.com.google.api.expr.v1alpha1.Type;

/**
 * Compiles rule conditions with CEL (Common Expression Language): parsed, then type-checked against the declared
 * customer variables. CEL has no statements, no loops beyond bounded macros over lists, no access to host objects,
 * files, the network or the clock, so a condition can compute a true or false and nothing else. Anything that is
 * not a declared variable, a deal or contact field, an operator or a standard CEL function is refused here, before
 * any rule runs.
 */
public final class ConditionCompiler {
  public static final int MAX_LENGTH = 2000;
  private static final Pattern CALLED = Pattern.compile("function: \"([^\"]+)\"");
  private static final Pattern UNDECLARED = Pattern.compile("undeclared reference to '([^']+)'");

  private static final ConditionCompiler INSTANCE = new ConditionCompiler();

  private final Env env = Env.newEnv(EnvOption.declarations(TriggerVariables.declarations()));

  private ConditionCompiler() {}

  public static ConditionCompiler get() {
    return INSTANCE;
  }

  /** A condition that could not be compiled: what is wrong, at which line and column of the expression (1-based). */
  public static final class ConditionException extends Exception {
    private final int line;
    private final int column;

    ConditionException(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }

    public int line() {
      return line;
    }

    public int column() {
      return column;
    }
  }

  public CompiledCondition compile(String expression) throws ConditionException {
    if (expression == null || expression.isBlank()) {
      throw new ConditionException("the condition is empty; write an expression such as health_score < 40", 1, 1);
    }
    if (expression.length() > MAX_LENGTH) {
      throw new ConditionException("the condition has " + expression.length() + " characters; the limit is "
          + MAX_LENGTH, 1, 1);
    }
    Env.AstIssuesTuple parsed;
    synchronized (env) {
      parsed = env.parse(expression);
    }
    if (parsed.hasIssues()) {
      CELError first = parsed.getIssues().getErrors().get(0);
      throw new ConditionException("syntax error: " + first.getMessage().replaceFirst("^Syntax error: ", ""),
          first.getLocation().line(), first.getLocation().column() + 1);
    }
    Set<String> called = new HashSet<>();
    collectCalls(parsed.getAst().getExpr(), called);
    Env.AstIssuesTuple checked;
    try {
      synchronized (env) {
        checked = env.check(parsed.getAst());
      }
    } catch (RuntimeException e) {
      // The checker throws instead of reporting for some calls on values (x.getClass()).
      Matcher fn = CALLED.matcher(String.valueOf(e.getMessage()));
      throw new ConditionException(fn.find() ? explain("undeclared reference to '" + fn.group(1) + "'", Set.of(
          fn.group(1))) : "the condition cannot be type-checked: " + e.getMessage().lines().findFirst().orElse(""),
          1, 1);
    }
    if (checked.hasIssues()) {
      CELError first = checked.getIssues().getErrors().get(0);
      throw new ConditionException(explain(first.getMessage(), called), first.getLocation().line(),
          first.getLocation().column() + 1);
    }
    Ast ast = checked.getAst();
    Type result = ast.getResultType();
    if (result.getPrimitive() != Type.PrimitiveType.BOOL && result.getTypeKindCase() != Type.TypeKindCase.DYN) {
      throw new ConditionException("the condition must be true or false (a comparison such as health_score < 40), "
          + "but it gives a " + describe(result), 1, 1);
    }
    checkFields(ast, expression);
    List<String> variables = new ArrayList<>(topLevelVariables(ast.getExpr()));
    synchronized (env) {
      return new CompiledCondition(expression, env.program(ast), variables);
    }
  }

  private static String explain(String message, Set<String> called) {
    Matcher m = UNDECLARED.matcher(message);
    if (m.find()) {
      String name = m.group(1);
      if (called.contains(name)) {
        return "calls " + name + "(), which is not allowed: a condition can use the customer variables, operators "
            + "and CEL's standard functions (size, has, exists, all, in, contains, startsWith, matches...), and "
            + "nothing that runs code or reads files";
      }
      return "unknown variable '" + name + "'" + suggestion(name) + "; the variables are "
          + String.join(", ", TriggerVariables.ALL.stream().map(TriggerVariables.Variable::name).toList());
    }
    if (message.contains("no matching overload") && message.contains("double")) {
      return message + " (numbers are whole numbers: write 40, not 40.0)";
    }
    return message;
  }

  private static String suggestion(String name) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TriggerVariables.Variable v : TriggerVariables.ALL) {
      int d = EditDistance.levenshtein(name, v.name());
      if (d < bestDistance) {
        bestDistance = d;
        best = v.name();
      }
    }
    return best != null && bestDistance <= Math.max(2, name.length() / 3) ? " (did you mean " + best + "?)" : "";
  }

  private static String describe(Type type) {
    return switch (type.getTypeKindCase()) {
      case PRIMITIVE -> type.getPrimitive().name().toLowerCase(java.util.Locale.ROOT).replace("int64", "number")
          .replace("string", "text");
      case LIST_TYPE -> "list";
      case MAP_TYPE -> "map";
      default -> type.getTypeKindCase().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** Deals and contacts are maps: a field that neither has is a typo, caught here rather than at run time. */
  private static void checkFields(Ast ast, String expression) throws ConditionException {
    Deque<Expr> todo = new ArrayDeque<>();
    todo.push(ast.getExpr());
    while (!todo.isEmpty()) {
      Expr e = todo.pop();
      if (e.getExprKindCase() == Expr.ExprKindCase.SELECT_EXPR) {
        String field = e.getSelectExpr().getField();
        if (!TriggerVariables.DEAL_FIELDS.contains(field) && !TriggerVariables.CONTACT_FIELDS.contains(field)) {
          Integer offset = ast.getSourceInfo().getPositionsMap().get(e.getId());
          int[] at = lineAndColumn(expression, offset == null ? 0 : offset);
          throw new ConditionException("unknown field '" + field + "': deals have "
              + String.join(", ", new java.util.TreeSet<>(TriggerVariables.DEAL_FIELDS)) + "; contacts have "
              + String.join(", ", new java.util.TreeSet<>(TriggerVariables.CONTACT_FIELDS)), at[0], at[1]);
        }
      }
      children(e).forEach(todo::push);
    }
  }

  private static int[] lineAndColumn(String text, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(offset, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }

  private static void collectCalls(Expr e, Set<String> into) {
    if (e.getExprKindCase() == Expr.ExprKindCase.CALL_EXPR) {
      into.add(e.getCallExpr().getFunction());
    }
    children(e).forEach(c -> collectCalls(c, into));
  }

  /** Identifiers that name declared variables and are not a macro's own iteration variable. */
  private static Set<String> topLevelVariables(Expr root) {
    Set<String> found = new LinkedHashSet<>();
    walkIdents(root, new HashSet<>(), found);
    return found;
  }

  private static void walkIdents(Expr e, Set<String> bound, Set<String> found) {
    switch (e.getExprKindCase()) {
      case IDENT_EXPR -> {
        String name = e.getIdentExpr().getName();
        if (!bound.contains(name) && TriggerVariables.BY_NAME.containsKey(name)) {
          found.add(name);
        }
      }
      case COMPREHENSION_EXPR -> {
        Expr.Comprehension c = e.getComprehensionExpr();
        walkIdents(c.getIterRange(), bound, found);
        walkIdents(c.getAccuInit(), bound, found);
        Set<String> inner = new HashSet<>(bound);
        inner.add(c.getIterVar());
        inner.add(c.getAccuVar());
        walkIdents(c.getLoopCondition(), inner, found);
        walkIdents(c.getLoopStep(), inner, found);
        walkIdents(c.getResult(), inner, found);
      }
      default -> children(e).forEach(c -> walkIdents(c, bound, found));
    }
  }

  private static List<Expr> children(Expr e) {
    List<Expr> kids = new ArrayList<>();
    switch (e.getExprKindCase()) {
      case SELECT_EXPR -> kids.add(e.getSelectExpr().getOperand());
      case CALL_EXPR -> {
        if (e.getCallExpr().hasTarget()) {
          kids.add(e.getCallExpr().getTarget());
        }
        kids.addAll(e.getCallExpr().getArgsList());
      }
      case LIST_EXPR -> kids.addAll(e.getListExpr().getElementsList());
      case STRUCT_EXPR -> e.getStructExpr().getEntriesList().forEach(entry -> {
        if (entry.hasMapKey()) {
          kids.add(entry.getMapKey());
        }
        kids.add(entry.getValue());
      });
      case COMPREHENSION_EXPR -> {
        Expr.Comprehension c = e.getComprehensionExpr();
        kids.addAll(List.of(c.getIterRange(), c.getAccuInit(), c.getLoopCondition(), c.getLoopStep(), c.getResult()));
      }
      default -> {
        // constants and identifiers have no children
      }
    }
    return kids;
  }
}
