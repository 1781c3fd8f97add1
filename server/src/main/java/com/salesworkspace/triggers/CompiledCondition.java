package com.salesworkspace.triggers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.projectnessie.cel.Program;
import org.projectnessie.cel.common.types.Err;
import org.projectnessie.cel.common.types.ref.Val;

/** A checked CEL condition, ready to evaluate against a customer's variables. Immutable and safe to share. */
public final class CompiledCondition {
  /** True, false, unknown (a variable it uses has no value for this customer) or an evaluation error. */
  public enum Outcome {
    TRUE,
    FALSE,
    UNKNOWN,
    ERROR
  }

  /** An outcome and, unless true or false, why. */
  public record Result(Outcome outcome, String detail) {
    public boolean holds() {
      return outcome == Outcome.TRUE;
    }
  }

  private final String expression;
  private final Program program;
  private final List<String> variables;

  CompiledCondition(String expression, Program program, List<String> variables) {
    this.expression = expression;
    this.program = program;
    this.variables = List.copyOf(variables);
  }

  public String expression() {
    return expression;
  }

  /** The customer variables the condition reads, in order of first use. */
  public List<String> variables() {
    return variables;
  }

  public Result evaluate(Map<String, Object> customerVariables) {
    Map<String, Object> activation = new HashMap<>();
    for (String name : variables) {
      Object value = customerVariables.get(name);
      if (value == null) {
        return new Result(Outcome.UNKNOWN, name + " has no value for this customer");
      }
      activation.put(name, value);
    }
    try {
      Val value = program.eval(activation).getVal();
      if (value.type() == Err.ErrType) {
        return new Result(Outcome.ERROR, String.valueOf(value.value() != null ? value.value() : value));
      }
      if (value.value() instanceof Boolean b) {
        return new Result(b ? Outcome.TRUE : Outcome.FALSE, null);
      }
      return new Result(Outcome.ERROR, "the condition gave " + value + ", not true or false");
    } catch (RuntimeException e) {
      return new Result(Outcome.ERROR, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  /** The values of the variables this condition reads, for evidence. */
  public Map<String, Object> valuesIn(Map<String, Object> customerVariables, Set<String> alreadyShown) {
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    for (String name : variables) {
      if (alreadyShown.add(name)) {
        values.put(name, customerVariables.get(name));
      }
    }
    return values;
  }

  @Override
  public String toString() {
    return expression;
  }
}
