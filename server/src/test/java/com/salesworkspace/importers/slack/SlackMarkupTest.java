package com.salesworkspace.importers.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackMarkupTest {
  private static String render(String text) {
    Map<String, String> users = Map.of("U1", "Maria Chen");
    Map<String, String> channels = Map.of("C1", "ext-acme-logistics");
    return SlackMarkup.render(text, users::get, channels::get);
  }

  @Test
  void mentionsChannelsAndBroadcastsBecomeNames() {
    assertThat(render("<@U1> and <@U2|tom> and <@U3>")).isEqualTo("@Maria Chen and @tom and @U3");
    assertThat(render("see <#C1> or <#C9|renamed>")).isEqualTo("see #ext-acme-logistics or #renamed");
    assertThat(render("<!here> <!channel> <!everyone>")).isEqualTo("@here @channel @everyone");
    assertThat(render("<!subteam^S123|@sales-team> by <!date^1392734382^{date}|Feb 18, 2014>"))
        .isEqualTo("@sales-team by Feb 18, 2014");
  }

  @Test
  void linksShowTheirLabelAndAddress() {
    assertThat(render("<https://helio.io/q|the quote>")).isEqualTo("the quote (https://helio.io/q)");
    assertThat(render("<https://helio.io/q>")).isEqualTo("https://helio.io/q");
    assertThat(render("<https://helio.io/q|https://helio.io/q>")).isEqualTo("https://helio.io/q");
    assertThat(render("<mailto:maria@acme.com|maria@acme.com> <tel:+15551234|+1 555 1234>"))
        .isEqualTo("maria@acme.com +1 555 1234");
  }

  @Test
  void entitiesAreDecodedOnceAndStrayBracketsKept() {
    assertThat(render("a &amp;lt; b &lt;tag&gt; &amp; c")).isEqualTo("a &lt; b <tag> & c");
    assertThat(render("3 < 4 and nothing closes")).isEqualTo("3 < 4 and nothing closes");
    assertThat(render("<https://x.io?a=1&amp;b=2|q&amp;a>")).isEqualTo("q&a (https://x.io?a=1&b=2)");
    assertThat(render(null)).isEmpty();
  }
}
