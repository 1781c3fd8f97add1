package com.salesworkspace.mcp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * Answers the stdio initialize request as soon as the process can, without waiting for the MCP SDK (Jackson
 * databind, Reactor, sessions) to start, which costs a JVM about 150 ms. The request's bytes are then handed to
 * the SDK unchanged, so its session sees exactly what the client sent; the SDK's own answer to that request is
 * dropped. Anything that is not an initialize request first is simply passed through.
 */
final class EarlyHandshake {
  private static final int MAX_FIRST_LINE = 1 << 20;
  private static final JsonFactory JSON = new JsonFactory();

  private final InputStream stdin;
  private final OutputStream stdout;
  private final CountDownLatch handedOver = new CountDownLatch(1);
  private volatile byte[] firstLine = new byte[0];
  private volatile String answeredId;

  EarlyHandshake(InputStream stdin, OutputStream stdout) {
    this.stdin = stdin;
    this.stdout = stdout;
  }

  /** Reads the first message and answers it when it is initialize. Call once, before the SDK reads. */
  void answer(HandshakeInfo info) throws IOException {
    try {
      byte[] line = readLine();
      firstLine = line;
      Request request = parse(line);
      if (request != null && "initialize".equals(request.method())) {
        byte[] response = response(request, info);
        synchronized (stdout) {
          stdout.write(response);
          stdout.flush();
        }
        answeredId = request.idJson();
      }
    } finally {
      handedOver.countDown();
    }
  }

  /** What the SDK reads: the first line again, then the rest of stdin. Blocks until {@link #answer} is done. */
  InputStream sdkInput() {
    return new InputStream() {
      private InputStream delegate;

      private InputStream delegate() throws IOException {
        if (delegate == null) {
          try {
            handedOver.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
          }
          delegate = new SequenceInputStream(new ByteArrayInputStream(firstLine), stdin);
        }
        return delegate;
      }

      @Override
      public int read() throws IOException {
        return delegate().read();
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return delegate().read(b, off, len);
      }
    };
  }

  /** What the SDK writes to: stdout, less the SDK's own answer to the request already answered. */
  OutputStream sdkOutput() {
    return new FilterOutputStream(stdout) {
      private final ByteArrayOutputStream message = new ByteArrayOutputStream();
      private boolean dropped;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (dropped || answeredId == null) {
          out.write(b, off, len);
          return;
        }
        // Until the SDK's answer to the initialize request has gone by, look at whole messages (one per line).
        for (int i = off; i < off + len; i++) {
          message.write(b[i]);
          if (b[i] == '\n') {
            byte[] whole = message.toByteArray();
            message.reset();
            if (answers(whole, answeredId)) {
              dropped = true;
              out.write(b, i + 1, off + len - i - 1);
              return;
            }
            out.write(whole);
          }
        }
      }

      @Override
      public void flush() throws IOException {
        out.flush();
      }
    };
  }

  private byte[] readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(512);
    int b;
    while ((b = stdin.read()) != -1) {
      line.write(b);
      if (b == '\n' || line.size() >= MAX_FIRST_LINE) {
        break;
      }
    }
    return line.toByteArray();
  }

  record Request(String method, String idJson, String protocolVersion) {}

  /** The method, the id (as JSON) and params.protocolVersion of a JSON-RPC request; null when it is not one. */
  static Request parse(byte[] line) {
    String method = null;
    String id = null;
    String version = null;
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.getCurrentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "method" -> method = value == JsonToken.VALUE_STRING ? p.getText() : null;
          case "id" -> id = value == JsonToken.VALUE_STRING ? quote(p.getText())
              : value == JsonToken.VALUE_NUMBER_INT ? p.getText() : null;
          case "params" -> {
            if (value == JsonToken.START_OBJECT) {
              while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.getCurrentName();
                JsonToken v = p.nextToken();
                if (name.equals("protocolVersion") && v == JsonToken.VALUE_STRING) {
                  version = p.getText();
                } else {
                  p.skipChildren();
                }
              }
            } else {
              p.skipChildren();
            }
          }
          default -> p.skipChildren();
        }
      }
    } catch (IOException e) {
      return null;
    }
    return method == null || id == null ? null : new Request(method, id, version);
  }

  static byte[] response(Request request, HandshakeInfo info) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("jsonrpc", "2.0");
      g.writeFieldName("id");
      g.writeRawValue(request.idJson());
      g.writeObjectFieldStart("result");
      g.writeStringField("protocolVersion", info.negotiate(request.protocolVersion()));
      info.writeCapabilities(g);
      g.writeObjectFieldStart("serverInfo");
      g.writeStringField("name", info.name());
      g.writeStringField("version", info.version());
      g.writeEndObject();
      g.writeStringField("instructions", info.instructions());
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write('\n');
    return out.toByteArray();
  }

  private static boolean answers(byte[] message, String idJson) {
    try (JsonParser p = JSON.createParser(message)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      boolean sameId = false;
      boolean result = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.getCurrentName();
        JsonToken value = p.nextToken();
        if (field.equals("id")) {
          String id = value == JsonToken.VALUE_STRING ? quote(p.getText()) : p.getText();
          sameId = idJson.equals(id);
        } else if (field.equals("result")) {
          result = true;
        }
        p.skipChildren();
      }
      return sameId && result;
    } catch (IOException e) {
      return false;
    }
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
