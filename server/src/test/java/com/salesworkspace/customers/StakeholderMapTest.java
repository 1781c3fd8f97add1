package com.salesworkspace.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.index.Index;
import com.salesworkspace.model.Contact;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.util.Progress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StakeholderMapTest {
  @TempDir Path dir;

  @Test
  void findsPeopleMentionedOnlyByANonAsciiName() {
    TestWorkspace ws = TestWorkspace.minimal(dir);
    ws.customer("nordhavn", "name: Nordhavn\n");
    ws.write("customers/nordhavn/interactions/2026-11-10-granola-0a1b2c.md", "---\nid: 2026-11-10-granola-0a1b2c\n"
        + "type: meeting\ndate: 2026-11-10T10:00:00+01:00\nsource: granola\n"
        + "participants: [SØREN ØSTERGAARD, Åsa Lindqvist]\ndirection: outbound\n---\nNotes.\n");
    try (Index index = Index.open(ws.root(), ws.root().resolve(".workspace"), Index.Engine.LUCENE)) {
      index.refresh(Progress.NONE);
      List<Contact> contacts = List.of(
          new Contact("Søren Østergaard", null, "CTO", "champion", "positive", null, null, null),
          new Contact("Åsa Lindqvist", "asa@nordhavn.dk", "CFO", "economic_buyer", null, null, null, null),
          new Contact("Jürgen Müller", null, "Ops", "user", null, null, null, null));
      StakeholderMap.Result map = new StakeholderMap(index).build("nordhavn", contacts, LocalDate.of(2026, 11, 20));
      assertThat(map.stakeholders()).extracting(Stakeholder::name, Stakeholder::daysSilent, Stakeholder::quiet)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("Søren Østergaard", 10, false),
              org.assertj.core.groups.Tuple.tuple("Åsa Lindqvist", 10, false),
              org.assertj.core.groups.Tuple.tuple("Jürgen Müller", null, true));
      assertThat(map.gaps()).isEmpty();
    }
  }
}
