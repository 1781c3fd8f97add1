package com.salesworkspace.triggers.actions;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.io.IOException;

/** Posts messages with Slack's Web API (chat.postMessage) through the official client. */
public final class SlackMessenger implements AutoCloseable {
  private final Slack slack;
  private final String token;

  /** @param methodsUrl the Web API methods address, e.g. https://slack.com/api/ (a fake server in tests) */
  public SlackMessenger(String token, String methodsUrl) {
    SlackConfig config = new SlackConfig();
    if (methodsUrl != null && !methodsUrl.isBlank()) {
      config.setMethodsEndpointUrlPrefix(methodsUrl.endsWith("/") ? methodsUrl : methodsUrl + "/");
    }
    config.setStatsEnabled(false);
    config.setPrettyResponseLoggingEnabled(false);
    this.slack = Slack.getInstance(config);
    this.token = token;
  }

  /** A message Slack did not accept, with Slack's error code (invalid_auth, channel_not_found...). */
  public static final class DeliveryException extends Exception {
    public DeliveryException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Posts {@code text} to a channel or a user's direct messages (a Slack user id); returns the message's ts. */
  public String post(String channel, String text) throws DeliveryException {
    try {
      ChatPostMessageResponse response = slack.methods(token).chatPostMessage(r -> r.channel(channel).text(text)
          .unfurlLinks(false).unfurlMedia(false));
      if (!response.isOk()) {
        throw new DeliveryException("Slack refused the message: " + response.getError(), null);
      }
      return response.getTs();
    } catch (IOException | SlackApiException e) {
      throw new DeliveryException("Slack could not be reached: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      slack.close();
    } catch (Exception e) {
      // closing the HTTP client is best effort
    }
  }
}
