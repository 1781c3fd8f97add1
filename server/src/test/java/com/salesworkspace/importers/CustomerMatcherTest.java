package com.salesworkspace.importers;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.importers.CustomerMatcher.Evidence;
import com.salesworkspace.importers.CustomerMatcher.InternalOnly;
import com.salesworkspace.importers.CustomerMatcher.Match;
import com.salesworkspace.importers.CustomerMatcher.NoMatch;
import com.salesworkspace.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerMatcherTest {
  @TempDir Path dir;
  CustomerMatcher matcher;

  @BeforeEach
  void workspace() {
    TestWorkspace ws = TestWorkspace.minimal(dir);
    ws.customer("acme", """
        name: Acme Logistics
        domains: [acme.com, acme-logistics.eu]
        slack_channels: ['#ext-acme']
        crm: {salesforce_account_id: 001ACME}
        """);
    ws.write("customers/acme/contacts.yaml", """
        contacts:
          - {name: Maria Chen, email: maria.chen@acme.com}
          - {name: Tom Okafor, email: Tom.Okafor@gmail.com}
        """);
    ws.customer("globex", """
        name: Globex
        domains: [globex.com, gmail.com]
        slack_channels: [globex-shared]
        crm: {salesforce_account_id: 001GLOBEX, hubspot_company_id: '4242'}
        """);
    ws.write("customers/globex/contacts.yaml", """
        contacts:
          - {name: Ann Lee, email: ann.lee@acme.com}
        """);
    ws.customer("initech", "name: Initech\ndomains: [initech.com, shared-holding.com]\n");
    ws.customer("umbrella", "name: Umbrella\ndomains: [shared-holding.com]\n");
    matcher = CustomerMatcher.load(ws.open());
  }

  private CustomerMatcher.Decision emails(String... emails) {
    return matcher.decide(List.of(emails), null, null);
  }

  @Test
  void anyOfACustomersDomainsMatchesAlsoFromASubdomain() {
    assertThat(emails("john.smith@helio.io", "lars@acme-logistics.eu"))
        .isEqualTo(new Match("acme", Evidence.DOMAIN, "acme-logistics.eu"));
    assertThat(emails("ops@mail.globex.com")).isEqualTo(new Match("globex", Evidence.DOMAIN, "globex.com"));
  }

  @Test
  void aPersonalAddressMatchesWhenItIsAContactsEmail() {
    assertThat(emails("john.smith@helio.io", "tom.okafor@gmail.com"))
        .isEqualTo(new Match("acme", Evidence.CONTACT_EMAIL, "tom.okafor@gmail.com"));
  }

  @Test
  void aPublicMailDomainNeverMatchesByDomainAlone() {
    CustomerMatcher.Decision decision = emails("john.smith@helio.io", "someone.else@gmail.com");
    assertThat(decision).isInstanceOf(NoMatch.class);
    assertThat(((NoMatch) decision).reason()).contains("personal addresses (gmail.com) are in no contacts.yaml");
  }

  @Test
  void aContactEmailBeatsAnotherCustomersDomain() {
    assertThat(emails("ann.lee@acme.com")).isEqualTo(new Match("globex", Evidence.CONTACT_EMAIL, "ann.lee@acme.com"));
  }

  @Test
  void slackChannelsMatchWithOrWithoutTheHash() {
    assertThat(matcher.decide(List.of(), "ext-acme", null)).isEqualTo(new Match("acme", Evidence.SLACK_CHANNEL, "#ext-acme"));
    assertThat(matcher.decide(List.of(), "#globex-shared", null))
        .isEqualTo(new Match("globex", Evidence.SLACK_CHANNEL, "#globex-shared"));
    assertThat(matcher.decide(List.of(), "#random", null)).isInstanceOf(NoMatch.class)
        .extracting(d -> ((NoMatch) d).reason()).asString().contains("#random is in no profile's slack_channels");
  }

  @Test
  void crmIdsMatchWhateverTheirKeyAndOutrankEverythingElse() {
    assertThat(matcher.decide(List.of("maria.chen@acme.com"), "#ext-acme", "001GLOBEX"))
        .isEqualTo(new Match("globex", Evidence.CRM_ID, "001GLOBEX"));
    assertThat(matcher.decide(List.of(), null, "4242")).isEqualTo(new Match("globex", Evidence.CRM_ID, "4242"));
    assertThat(matcher.decide(List.of("maria.chen@acme.com"), "#globex-shared", null))
        .isEqualTo(new Match("globex", Evidence.SLACK_CHANNEL, "#globex-shared"));
  }

  @Test
  void aTieAtTheStrongestEvidenceIsReportedAsAmbiguous() {
    CustomerMatcher.Decision shared = emails("cfo@shared-holding.com");
    assertThat(shared).isInstanceOf(NoMatch.class);
    assertThat(((NoMatch) shared).reason()).startsWith("ambiguous: matches initech (email domain shared-holding.com) "
        + "and umbrella (email domain shared-holding.com)");
    CustomerMatcher.Decision twoCustomers = emails("maria.chen@acme.com", "bob@initech.com");
    assertThat(twoCustomers).isEqualTo(new Match("acme", Evidence.CONTACT_EMAIL, "maria.chen@acme.com"));
    assertThat(emails("x@acme.com", "bob@initech.com")).isInstanceOf(NoMatch.class);
  }

  @Test
  void mailOnlyAmongOurOwnDomainsIsInternal() {
    assertThat(emails("john.smith@helio.io", "priya.patel@helio.io")).isInstanceOf(InternalOnly.class);
    assertThat(matcher.decide(List.of("john.smith@helio.io"), "#ext-acme", null)).isInstanceOf(Match.class);
  }

  @Test
  void nothingToMatchBySaysSo() {
    assertThat(emails()).isEqualTo(new NoMatch("no email address, Slack channel or CRM id to match a customer by"));
    assertThat(((NoMatch) emails("a@unknown.org")).reason()).isEqualTo("no customer has the domain unknown.org");
    assertThat(((NoMatch) matcher.decide(List.of(), null, "001NOPE")).reason())
        .isEqualTo("CRM id 001NOPE is in no profile's crm ids");
  }
}
