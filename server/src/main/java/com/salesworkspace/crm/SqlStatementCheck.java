package com.salesworkspace.crm;

import com.salesworkspace.workspace.WorkspaceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first of the SQL sandbox's walls: exactly one statement, starting with SELECT or WITH, and none of the
 * keywords that write, attach, change settings or load code, looked for outside strings and comments. The read-only
 * connection behind it holds even if this check is fooled.
 */
public final class SqlStatementCheck {
  static final Set<String> FORBIDDEN = Set.of("insert", "update", "delete", "drop", "create", "alter", "attach",
      "detach", "pragma", "vacuum", "reindex", "analyze", "begin", "commit", "rollback", "savepoint", "release",
      "load_extension", "upsert");

  private SqlStatementCheck() {}

  /** The statement without a trailing semicolon, or an error saying why it is refused. */
  public static String check(String sql) {
    if (sql == null || sql.isBlank()) {
      throw new WorkspaceException("sql is empty; write one SELECT over the crm_* views (see crm://schema).");
    }
    List<String> words = new ArrayList<>();
    int end = scan(sql, words);
    if (words.isEmpty()) {
      throw new WorkspaceException("sql holds only comments; write one SELECT over the crm_* views.");
    }
    String first = words.get(0);
    if (!first.equals("select") && !first.equals("with")) {
      throw new WorkspaceException("Only a read-only SELECT (or WITH ... SELECT) is allowed; this statement starts "
          + "with " + first.toUpperCase(Locale.ROOT) + ".");
    }
    for (String w : words) {
      if (FORBIDDEN.contains(w)) {
        throw new WorkspaceException("Only a read-only SELECT is allowed; " + w.toUpperCase(Locale.ROOT)
            + " is refused. Query the crm_* views (see crm://schema).");
      }
    }
    return sql.substring(0, end).strip();
  }

  /**
   * Collects the lower-cased words outside strings, quoted names and comments; returns where the statement ends
   * (a semicolon followed only by blanks and comments), refusing anything after it.
   */
  private static int scan(String sql, List<String> words) {
    int i = 0;
    int n = sql.length();
    int statementEnd = -1;
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int eol = sql.indexOf('\n', i);
        i = eol < 0 ? n : eol + 1;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int close = sql.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
        char closer = c == '[' ? ']' : c;
        int j = i + 1;
        while (j < n) {
          if (sql.charAt(j) == closer) {
            if (closer != ']' && j + 1 < n && sql.charAt(j + 1) == closer) {
              j += 2;
              continue;
            }
            break;
          }
          j++;
        }
        if (j >= n) {
          throw new WorkspaceException("sql has an unclosed " + c + " quote.");
        }
        if (statementEnd >= 0) {
          throw secondStatement();
        }
        i = j + 1;
      } else if (c == ';') {
        if (statementEnd >= 0) {
          throw secondStatement();
        }
        statementEnd = i;
        i++;
      } else if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_' || sql.charAt(j) == '$')) {
          j++;
        }
        if (statementEnd >= 0) {
          throw secondStatement();
        }
        words.add(sql.substring(i, j).toLowerCase(Locale.ROOT));
        i = j;
      } else {
        if (statementEnd >= 0 && !Character.isWhitespace(c)) {
          throw secondStatement();
        }
        i++;
      }
    }
    return statementEnd < 0 ? n : statementEnd;
  }

  private static WorkspaceException secondStatement() {
    return new WorkspaceException("sql must be exactly one statement; remove what follows the first ';'.");
  }
}
