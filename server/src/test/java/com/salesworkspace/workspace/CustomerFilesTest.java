package com.salesworkspace.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesworkspace.model.Contact;
import com.salesworkspace.model.CustomerProfile;
import com.salesworkspace.model.Deal;
import com.salesworkspace.model.Interaction;
import com.salesworkspace.testing.TestWorkspace;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerFilesTest {
  @TempDir Path dir;

  @Test
  void readsAProfileIntoTypedFields() {
    CustomerProfile p = CustomerFiles.parseProfile("""
        name: Acme
        domains: [acme.com, acme.co.uk]
        employees: 4200
        arr: 120000.50
        health: {score: 68, trend: stable, updated: 2026-11-10}
        renewal_date: 2027-03-31
        crm: {salesforce_account_id: 001A}
        """, "p.yaml");
    assertThat(p.name()).isEqualTo("Acme");
    assertThat(p.domains()).containsExactly("acme.com", "acme.co.uk");
    assertThat(p.arr()).isEqualByComparingTo(new BigDecimal("120000.50"));
    assertThat(p.healthScore()).isEqualTo(68);
    assertThat(p.renewalDate()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(p.crm()).containsEntry("salesforce_account_id", "001A");
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    assertThatThrownBy(() -> CustomerFiles.parseProfile("industry: x\n", "customers/a/profile.yaml"))
        .isInstanceOfSatisfying(InvalidFileException.class, e -> {
          assertThat(e.problem().path()).isEqualTo("customers/a/profile.yaml");
          assertThat(e.getMessage()).contains("'name'");
        });
  }

  @Test
  void aWrongTypeNamesTheFieldAndLine() {
    assertThatThrownBy(() -> CustomerFiles.parseProfile("name: Acme\nindustry: x\nemployees: many\n", "p.yaml"))
        .isInstanceOfSatisfying(InvalidFileException.class, e -> {
          assertThat(e.problem().line()).isEqualTo(3);
          assertThat(e.getMessage()).contains("employees");
        });
    assertThatThrownBy(() -> CustomerFiles.parseProfile("name: Acme\nrenewal_date: next spring\n", "p.yaml"))
        .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problem().line()).isEqualTo(2));
  }

  @Test
  void contactsAndDealsReportTheEntryThatIsWrong() {
    List<Contact> contacts = CustomerFiles.parseContacts("contacts:\n  - name: A\n    role: champion\n", "c.yaml");
    assertThat(contacts).extracting(Contact::role).containsExactly("champion");
    assertThatThrownBy(() -> CustomerFiles.parseContacts("contacts:\n  - name: A\n  - email: b@x.com\n", "c.yaml"))
        .isInstanceOfSatisfying(InvalidFileException.class, e -> {
          assertThat(e.problem().line()).isEqualTo(3);
          assertThat(e.getMessage()).contains("entry 2").contains("'name'");
        });
    assertThatThrownBy(() -> CustomerFiles.parseDeals("deals: {id: x}\n", "d.yaml"))
        .hasMessageContaining("must be a list");
    assertThatThrownBy(() -> CustomerFiles.parseDeals(
        "deals:\n  - id: D1\n    name: X\n    stage: discovery\n    amount: lots\n", "d.yaml"))
        .isInstanceOfSatisfying(InvalidFileException.class, e -> {
          assertThat(e.problem().line()).isEqualTo(5);
          assertThat(e.getMessage()).contains("amount");
        });
    List<Deal> deals = CustomerFiles.parseDeals("deals: []\n", "d.yaml");
    assertThat(deals).isEmpty();
  }

  @Test
  void readsAnInteractionWithFrontMatterAndBody() {
    Interaction i = CustomerFiles.parseInteraction("acme", """
        ---
        id: 2026-11-03-gmail-abc123
        type: email
        date: 2026-11-03T14:22:00-05:00
        source: gmail
        subject: "Re: budget"
        to: John Smith <john.smith@helio.io>
        direction: inbound
        ---
        Hello there.
        """, "customers/acme/interactions/2026-11-03-gmail-abc123.md");
    assertThat(i.header().date().getOffset().getTotalSeconds()).isEqualTo(-5 * 3600);
    assertThat(i.header().to()).containsExactly("John Smith <john.smith@helio.io>");
    assertThat(i.body()).isEqualTo("Hello there.");
  }

  @Test
  void interactionProblemsPointAtTheirLine() {
    assertThatThrownBy(() -> CustomerFiles.parseInteraction("a", "no front matter\n", "x.md"))
        .hasMessageContaining("'---'");
    assertThatThrownBy(() -> CustomerFiles.parseInteraction("a", "---\nid: x\ntype: email\n", "x.md"))
        .hasMessageContaining("not closed");
    assertThatThrownBy(() -> CustomerFiles.parseInteraction("a",
        "---\nid: x\ntype: email\nsource: gmail\n---\nbody\n", "x.md"))
        .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.getMessage()).contains("'date'"));
    assertThatThrownBy(() -> CustomerFiles.parseInteraction("a",
        "---\nid: x\ntype: email\nsource: gmail\ndate: yesterday\n---\nbody\n", "x.md"))
        .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problem().line()).isEqualTo(5));
  }

  @Test
  void refusesFilesThatAreNotUtf8() {
    byte[] latin1 = "name: Caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> CustomerFiles.decodeUtf8(latin1, "p.yaml")).hasMessageContaining("UTF-8");
  }

  @Test
  void unknownFieldsSurviveARewrite() {
    TestWorkspace ws = TestWorkspace.minimal(dir).withAcme();
    Path profile = ws.root().resolve("customers/acme/profile.yaml");
    YamlDocument.update(profile, "customers/acme/profile.yaml", data -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> health = (Map<String, Object>) data.get("health");
      health.put("score", 55);
    });
    Map<String, Object> after = YamlDocument.read(profile, "p");
    assertThat(after).containsEntry("custom_field", "keep me");
    assertThat(after.get("health")).isEqualTo(Map.of("score", 55, "trend", "stable", "updated", "2026-11-10"));
    assertThat(List.copyOf(after.keySet())).startsWith("name", "domains", "industry");
  }

  @Test
  void atomicWritesLeaveNoTemporaryFiles() throws Exception {
    Path target = dir.resolve("a/b.yaml");
    AtomicFiles.write(target, "one");
    AtomicFiles.write(target, "two");
    assertThat(Files.readString(target)).isEqualTo("two");
    try (var files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void anUnknownCustomerGetsSuggestions() {
    Workspace ws = TestWorkspace.minimal(dir).withAcme().open();
    assertThatThrownBy(() -> ws.customerDir("acm")).hasMessageContaining("Did you mean acme");
    assertThatThrownBy(() -> ws.customerDir("../etc")).hasMessageContaining("not a customer slug");
    assertThat(ws.customerSlugs()).containsExactly("acme", "globex");
  }
}
