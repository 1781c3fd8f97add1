package com.salesworkspace.crm;

import com.salesworkspace.workspace.WorkspaceException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first of the SQL sandbox's walls, read from the statement's tokens (strings and comments skipped): exactly one
 * statement, starting with SELECT or WITH; none of the keywords that write, attach, change settings or load code;
 * no SQLite sqlite_* table; and no table behind the views where a table is read (after FROM, JOIN, a comma or
 * parenthesis of a FROM list, IN, or main.), unless a CTE of the statement has that name. The read-only connection
 * behind it holds even if this check is fooled; hiding the tables is a convention the check keeps, not a security
 * boundary.
 */
public final class SqlStatementCheck {
  static final Set<String> FORBIDDEN = Set.of("insert", "update", "delete", "drop", "create", "alter", "attach",
      "detach", "pragma", "vacuum", "reindex", "analyze", "begin", "commit", "rollback", "savepoint", "release",
      "load_extension", "upsert");
  private static final Set<String> END_OF_FROM = Set.of("where", "group", "order", "limit", "having", "window",
      "union", "intersect", "except", "on", "using", "select", "values");

  /** SQLite refuses longer statements anyway (its length limit in the sandbox); reading them here would cost time. */
  static final int MAX_SQL_LENGTH = SqlSandbox.MAX_VALUE_LENGTH;

  private enum Kind { WORD, NAME, PUNCT }

  private record Token(Kind kind, String text) {
    boolean is(String word) {
      return kind != Kind.PUNCT ? kind == Kind.WORD && text.equals(word) : text.equals(word);
    }

    boolean isName() {
      return kind != Kind.PUNCT;
    }
  }

  private SqlStatementCheck() {}

  /**
   * The statement without a trailing semicolon, or an error saying why it is refused; {@code hidden} are the
   * lower-cased names of the tables the views are built on.
   */
  public static String check(String sql, Set<String> hidden) {
    if (sql == null || sql.isBlank()) {
      throw new WorkspaceException("sql is empty; write one SELECT over the crm_* views (see crm://schema).");
    }
    if (sql.length() > MAX_SQL_LENGTH) {
      throw new WorkspaceException("sql holds " + sql.length() + " characters, at most " + MAX_SQL_LENGTH
          + " characters are allowed; shorten the statement (an IN list or a CTE can replace long OR chains).");
    }
    List<Token> tokens = new ArrayList<>();
    int end = scan(sql, tokens);
    if (tokens.isEmpty()) {
      throw new WorkspaceException("sql holds only comments; write one SELECT over the crm_* views.");
    }
    Token first = tokens.get(0);
    if (!first.is("select") && !first.is("with")) {
      throw new WorkspaceException("Only a read-only SELECT (or WITH ... SELECT) is allowed; this statement starts "
          + "with " + first.text().toUpperCase(Locale.ROOT) + ".");
    }
    for (Token t : tokens) {
      if (t.kind() == Kind.WORD && FORBIDDEN.contains(t.text())) {
        throw new WorkspaceException("Only a read-only SELECT is allowed; " + t.text().toUpperCase(Locale.ROOT)
            + " is refused. Query the crm_* views (see crm://schema).");
      }
      if (t.isName() && t.text().startsWith("sqlite_") && !t.text().equals("sqlite_version")) {
        throw notAView(t.text());
      }
    }
    checkTablesRead(tokens, hidden);
    return sql.substring(0, end).strip();
  }

  private static void checkTablesRead(List<Token> tokens, Set<String> hidden) {
    Set<String> ctes = cteNames(tokens);
    Deque<Boolean> inFrom = new ArrayDeque<>();
    inFrom.push(false);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.is("(")) {
        // FROM (a JOIN b) reads tables inside the parentheses; FROM (SELECT ...) ends that at its SELECT.
        inFrom.push(i > 0 && readsTableNext(tokens.get(i - 1), inFrom.peek()));
      } else if (t.is(")")) {
        if (inFrom.size() > 1) {
          inFrom.pop();
        }
      } else if (t.is("from")) {
        inFrom.pop();
        inFrom.push(true);
      } else if (t.kind() == Kind.WORD && END_OF_FROM.contains(t.text())) {
        inFrom.pop();
        inFrom.push(false);
      }
      if (!t.isName() || i == 0) {
        continue;
      }
      Token prev = tokens.get(i - 1);
      boolean read = readsTableNext(prev, inFrom.peek()) || prev.is("in")
          || prev.is(".") && i >= 2 && (tokens.get(i - 2).text().equals("main")
              || tokens.get(i - 2).text().equals("temp"));
      if (read && hidden.contains(t.text()) && !ctes.contains(t.text())) {
        throw notAView(t.text());
      }
    }
  }

  /** Whether a name after this token is a table read: after FROM, JOIN, or a comma or parenthesis of a FROM list. */
  private static boolean readsTableNext(Token prev, boolean inFrom) {
    return prev.is("from") || prev.is("join") || (prev.is(",") || prev.is("(")) && inFrom;
  }

  /** Names defined by the statement's WITH clause: {@code name AS (} or {@code name (columns) AS (}. */
  private static Set<String> cteNames(List<Token> tokens) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i + 2 < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.isName()) {
        continue;
      }
      int j = i + 1;
      if (tokens.get(j).is("(")) {
        // A column list holds only names and commas; stop at anything else so nested calls are not rescanned.
        j++;
        while (j < tokens.size() && (tokens.get(j).isName() || tokens.get(j).is(","))) {
          j++;
        }
        if (j >= tokens.size() || !tokens.get(j).is(")")) {
          continue;
        }
        j++;
      }
      if (j + 1 < tokens.size() && tokens.get(j).is("as") && tokens.get(j + 1).is("(")) {
        names.add(t.text());
      }
    }
    return names;
  }

  private static WorkspaceException notAView(String name) {
    return new WorkspaceException("'" + name + "' is not one of the views SQL mode reads; query crm_accounts, "
        + "crm_opportunities, crm_opportunity_history, crm_contacts, crm_tasks or crm_activities (see crm://schema).");
  }

  /**
   * Splits the statement into lower-cased words, quoted names and punctuation, skipping strings, numbers and
   * comments; returns where the statement ends (a semicolon followed only by blanks and comments), refusing
   * anything after it.
   */
  private static int scan(String sql, List<Token> tokens) {
    int i = 0;
    int n = sql.length();
    int statementEnd = -1;
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int eol = sql.indexOf('\n', i);
        i = eol < 0 ? n : eol + 1;
        continue;
      }
      if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int close = sql.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
        continue;
      }
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (statementEnd >= 0) {
        throw new WorkspaceException("sql must be exactly one statement; remove what follows the first ';'.");
      }
      if (c == ';') {
        statementEnd = i;
        i++;
      } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
        char closer = c == '[' ? ']' : c;
        int j = i + 1;
        StringBuilder text = new StringBuilder();
        while (j < n) {
          char d = sql.charAt(j);
          if (d == closer) {
            if (closer != ']' && j + 1 < n && sql.charAt(j + 1) == closer) {
              text.append(d);
              j += 2;
              continue;
            }
            break;
          }
          text.append(d);
          j++;
        }
        if (j >= n) {
          throw new WorkspaceException("sql has an unclosed " + c + " quote.");
        }
        if (c != '\'') {
          tokens.add(new Token(Kind.NAME, text.toString().toLowerCase(Locale.ROOT)));
        }
        i = j + 1;
      } else if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_' || sql.charAt(j) == '$')) {
          j++;
        }
        tokens.add(new Token(Kind.WORD, sql.substring(i, j).toLowerCase(Locale.ROOT)));
        i = j;
      } else if (Character.isDigit(c)) {
        while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
          i++;
        }
      } else {
        tokens.add(new Token(Kind.PUNCT, String.valueOf(c)));
        i++;
      }
    }
    return statementEnd < 0 ? n : statementEnd;
  }
}
