package com.salesworkspace.importers.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.model.Company;
import com.salesworkspace.model.TeamMember;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlackDirectoryTest {
  private final SlackDirectory directory = new SlackDirectory(
      new Company("Helio", List.of("helio.io"), "USD", 1),
      List.of(new TeamMember("priya.patel", "Priya Patel", "priya.patel@helio.io", "csm", null, "U05PRIYA01", null)));

  private void users(String json) throws Exception {
    directory.addUsers(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void sidesComeFromEmailsTeamYamlGuestsAndTheOrganisationsTeamId() throws Exception {
    users("""
        [{"id": "U1", "team_id": "THELIO", "real_name": "John Smith", "profile": {"email": "John.Smith@helio.io"}},
         {"id": "U05PRIYA01", "team_id": "THELIO", "name": "priya"},
         {"id": "U2", "team_id": "TACME", "real_name": "Maria Chen"},
         {"id": "U3", "team_id": "THELIO", "real_name": "Guest", "is_restricted": true},
         {"id": "U4", "team_id": "THELIO", "real_name": "No Email"},
         {"id": "U5", "team_id": "TACME", "real_name": "Tom", "profile": {"email": "tom@acme.com"}}]
        """);

    assertThat(directory.side(directory.user("U1", null))).isEqualTo(SlackDirectory.Side.OURS);
    SlackUser priya = directory.user("U05PRIYA01", null);
    assertThat(priya.name()).isEqualTo("Priya Patel");
    assertThat(priya.email()).isEqualTo("priya.patel@helio.io");
    assertThat(directory.side(directory.user("U2", null))).isEqualTo(SlackDirectory.Side.THEIRS);
    assertThat(directory.side(directory.user("U3", null))).isEqualTo(SlackDirectory.Side.THEIRS);
    assertThat(directory.side(directory.user("U4", null))).isEqualTo(SlackDirectory.Side.UNKNOWN);
    assertThat(directory.side(directory.user("U5", null))).isEqualTo(SlackDirectory.Side.THEIRS);
    assertThat(directory.user("U1", null).email()).isEqualTo("john.smith@helio.io");
  }

  @Test
  void foldersWithoutAListEntryAreStillConversations() throws Exception {
    directory.addChannels("""
        [{"id": "G1", "name": "mpdm-john--maria-1", "members": ["U1", "U2"]}]
        """.getBytes(StandardCharsets.UTF_8), SlackChannel.Kind.GROUP_DM);

    assertThat(directory.channelForFolder("mpdm-john--maria-1").hashName()).isNull();
    assertThat(directory.channelForFolder("mpdm-john--maria-1").id()).isEqualTo("G1");
    assertThat(directory.channelForFolder("D0ABCDEF12").kind()).isEqualTo(SlackChannel.Kind.DM);
    assertThat(directory.channelForFolder("ext-new").hashName()).isEqualTo("#ext-new");
    assertThat(directory.channelForFolder("ext-new").id()).isEqualTo("ext-new");
  }
}
