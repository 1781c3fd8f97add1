package com.salesworkspace.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlSupportTest {
  @Test
  void keepsDatesAsTextSoTheyRoundTripUnchanged() {
    Object parsed = YamlSupport.parse("renewal_date: 2027-03-31\nat: 2026-11-03T14:22:00-05:00\n", "x.yaml");
    assertThat(parsed).isEqualTo(Map.of("renewal_date", "2027-03-31", "at", "2026-11-03T14:22:00-05:00"));
    assertThat(YamlSupport.dump(parsed)).contains("renewal_date: 2027-03-31").doesNotContain("'2027");
  }

  @Test
  void controlCharactersAreEscapedTextThatReadsBackTheSame() {
    Map<String, Object> data = Map.of("subject", "Pricing\u0000 call\u0007");
    String dumped = YamlSupport.dump(data);
    assertThat(dumped).doesNotContain("!!binary").contains("\\0");
    assertThat(YamlSupport.parse(dumped, "x.yaml")).isEqualTo(data);
  }

  @Test
  void reportsSyntaxErrorsWithTheirLine() {
    assertThatThrownBy(() -> YamlSupport.parse("name: Acme\ndomains: [a.com\nindustry: x\n", "p.yaml"))
        .isInstanceOfSatisfying(InvalidFileException.class, e -> {
          assertThat(e.problem().path()).isEqualTo("p.yaml");
          assertThat(e.problem().line()).isGreaterThanOrEqualTo(3);
          assertThat(e.getMessage()).contains("not valid YAML");
        });
  }

  @Test
  void refusesDuplicateKeys() {
    assertThatThrownBy(() -> YamlSupport.parse("name: A\nname: B\n", "p.yaml"))
        .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problem().line()).isEqualTo(2));
  }

  @Test
  void refusesGlobalTagsThatWouldConstructJavaObjects() {
    assertThatThrownBy(() -> YamlSupport.parse("x: !!javax.script.ScriptEngineManager [a]\n", "p.yaml"))
        .isInstanceOf(InvalidFileException.class);
  }

  @Test
  void refusesAliasBombs() {
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'k'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      bomb.append(String.join(", ", java.util.Collections.nCopies(9, "*" + prev))).append("]\n");
      prev = c;
    }
    assertThatThrownBy(() -> YamlSupport.parse(bomb.toString(), "bomb.yaml")).isInstanceOf(InvalidFileException.class);
  }

  @Test
  void findsTheLineOfANestedValue() {
    String text = "contacts:\n  - name: A\n  - name: B\n    email: b@x.com\n";
    assertThat(YamlSupport.lineOf(text, List.of("contacts", 1, "email"))).isEqualTo(4);
    assertThat(YamlSupport.lineOf(text, List.of("contacts", 5))).isEqualTo(2);
  }
}
