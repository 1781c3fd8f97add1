package com.salesworkspace.cli;

import com.salesworkspace.util.Json;
import java.io.PrintStream;

/** Where command results go: stdout, as text for people or JSON for scripts. */
final class Output {
  private Output() {}

  static PrintStream out() {
    return System.out;
  }

  static void json(Object value) {
    System.out.println(Json.pretty(value));
  }
}
