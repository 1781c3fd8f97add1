package com.salesworkspace.importers.gmail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlToTextTest {
  @Test
  void keepsParagraphsBreaksAndListsAndDropsMarkup() {
    assertThat(HtmlToText.convert("<html><head><style>p{}</style></head><body><p>Hi&nbsp;John,</p>"
        + "<div>First line<br>second <b>bold</b> line</div><ul><li>one</li><li>two</li></ul><p>Caf&eacute;</p>"
        + "</body></html>"))
        .isEqualTo("Hi John,\n\nFirst line\nsecond bold line\n\n- one\n- two\n\nCafé");
  }

  @Test
  void removesQuotedHistoryContainers() {
    assertThat(HtmlToText.convert("<div dir=\"ltr\">Sounds good</div><br><div class=\"gmail_quote\">"
        + "<div class=\"gmail_attr\">On Mon wrote:</div><blockquote class=\"gmail_quote\">old</blockquote></div>"))
        .isEqualTo("Sounds good");
    assertThat(HtmlToText.convert("<p>Approved.</p><div id=\"divRplyFwdMsg\"><b>From:</b> John</div>"
        + "<div>old message</div>")).isEqualTo("Approved.");
    assertThat(HtmlToText.convert("<div>Yes</div><blockquote type=\"cite\">old</blockquote>")).isEqualTo("Yes");
  }
}
