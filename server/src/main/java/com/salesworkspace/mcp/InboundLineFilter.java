package com.salesworkspace.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the SDK's stdio transport reads: only the lines it can read. That transport stops reading stdin for good at
 * the first line that is not a JSON-RPC message or is over its size limit, which left the server deaf and never
 * exiting; such a line is logged to stderr and dropped here instead, and blank lines are skipped.
 */
final class InboundLineFilter extends InputStream {
  private static final Logger LOG = LoggerFactory.getLogger(InboundLineFilter.class);
  /** The SDK transport's own limit on one message. */
  static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

  private final InputStream in;
  private final McpJsonMapper mapper;
  private byte[] line = new byte[0];
  private int position;

  InboundLineFilter(InputStream in, McpJsonMapper mapper) {
    this.in = new BufferedInputStream(in);
    this.mapper = mapper;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (position >= line.length) {
      byte[] next = nextMessage();
      if (next == null) {
        return -1;
      }
      line = next;
      position = 0;
    }
    int n = Math.min(len, line.length - position);
    System.arraycopy(line, position, b, off, n);
    position += n;
    return n;
  }

  /** The next line that is a JSON-RPC message, newline included; null at the end of input. */
  private byte[] nextMessage() throws IOException {
    while (true) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
      boolean tooLong = false;
      int c = in.read();
      if (c < 0) {
        return null;
      }
      for (; c >= 0 && c != '\n'; c = in.read()) {
        if (bytes.size() < MAX_LINE_BYTES) {
          bytes.write(c);
        } else {
          tooLong = true;
        }
      }
      if (tooLong) {
        LOG.warn("dropped a message of over {} bytes", MAX_LINE_BYTES);
        continue;
      }
      String text = bytes.toString(StandardCharsets.UTF_8);
      if (text.isBlank()) {
        continue;
      }
      try {
        McpSchema.deserializeJsonRpcMessage(mapper, text);
      } catch (IOException | RuntimeException e) {
        LOG.warn("dropped a line that is not a JSON-RPC message ({}): {}", e.getMessage(),
            text.length() > 200 ? text.substring(0, 200) + "..." : text);
        continue;
      }
      bytes.write('\n');
      return bytes.toByteArray();
    }
  }
}
