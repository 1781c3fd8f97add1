package com.salesworkspace.mcp;

import com.salesworkspace.mcp.inventory.Inventory;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.slf4j.LoggerFactory;

/**
 * The stdio side of a server run: stdin (signalling its end), the protocol's stdout, and the initialize answer.
 *
 * <p>When the command line is just {@code serve} with at most a workspace, nothing on it can change the initialize
 * answer (the tool selection then comes from the environment), so the process answers on a thread of its own as it
 * starts, while the main thread parses the command line with picocli. picocli's class files are Java 5, which
 * class-data sharing cannot archive: parsing costs a cold start about 55 ms that the client no longer waits for.
 */
public final class StdioConnection {
  private static final AtomicReference<CompletableFuture<StdioConnection>> EARLY = new AtomicReference<>();

  private final EndOfInputSignal in;
  private final EarlyHandshake handshake;
  private final CompletableFuture<HandshakeInfo> earlyAnswer;

  private StdioConnection(CompletableFuture<HandshakeInfo> earlyAnswer) {
    OutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
    // Whatever prints to System.out from here on lands on stderr: stdout carries only the protocol.
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
    this.in = new EndOfInputSignal(new FileInputStream(FileDescriptor.in));
    this.handshake = new EarlyHandshake(in, protocolOut);
    this.earlyAnswer = earlyAnswer;
  }

  /**
   * Starts answering initialize at once when {@code args} are {@code serve} plus at most {@code --workspace DIR};
   * the stdio server picks the connection up later with {@link #take()}. Does nothing for any other command line.
   */
  public static void answerEarlyIfPlainServe(String[] args, UnaryOperator<String> env) {
    if (!isPlainServe(args)) {
      return;
    }
    ServeOptions options = ServeOptions.fromEnvironment(env);
    if (options == null) {
      return; // an environment value picocli will reject: let it say so
    }
    CompletableFuture<StdioConnection> opened = new CompletableFuture<>();
    EARLY.set(opened);
    // Even opening the connection loads the JSON classes: all of it happens off the main thread.
    Thread answering = new Thread(() -> {
      StdioConnection connection;
      try {
        connection = new StdioConnection(new CompletableFuture<>());
      } catch (RuntimeException | Error e) {
        opened.completeExceptionally(e);
        return;
      }
      opened.complete(connection);
      connection.answerEarly(options);
    }, "early-handshake");
    answering.setDaemon(true);
    answering.start();
  }

  /** The connection opened early, or a new one. */
  static StdioConnection take() {
    CompletableFuture<StdioConnection> early = EARLY.getAndSet(null);
    if (early != null) {
      try {
        return early.join();
      } catch (CompletionException e) {
        LoggerFactory.getLogger(StdioConnection.class).warn("the early stdio connection failed: {}", e.getCause().toString());
      }
    }
    return new StdioConnection(null);
  }

  static boolean isPlainServe(String[] args) {
    if (args.length == 0 || !args[0].equals("serve")) {
      return false;
    }
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if ((arg.equals("--workspace") || arg.equals("-w")) && i + 1 < args.length) {
        i++;
      } else if (!arg.startsWith("--workspace=")) {
        return false;
      }
    }
    return true;
  }

  private void answerEarly(ServeOptions options) {
    HandshakeInfo info;
    try {
      info = HandshakeInfo.forTools(Inventory.select(options.toolsets(), options.tools(), options.readOnly()));
    } catch (RuntimeException e) {
      earlyAnswer.completeExceptionally(e); // the main thread reports the same mistake when it selects the tools
      return;
    }
    earlyAnswer.complete(info);
    try {
      handshake.answer(info);
    } catch (IOException e) {
      LoggerFactory.getLogger(StdioConnection.class).warn("could not answer initialize: {}", e.toString());
    }
  }

  /**
   * Answers initialize with {@code info}, or, when the answer started early, waits until it is under way. The early
   * answer came from the same environment, so it is the same; a difference is logged, never sent twice.
   */
  void answer(HandshakeInfo info) throws IOException, InterruptedException {
    if (earlyAnswer == null) {
      handshake.answer(info);
      return;
    }
    try {
      if (!Objects.equals(earlyAnswer.get(), info)) {
        LoggerFactory.getLogger(StdioConnection.class).warn("initialize was answered before the command line was "
            + "parsed, with a different tool selection; restart the server to see the new one");
      }
    } catch (ExecutionException e) {
      handshake.answer(info); // cannot happen: the same selection failed on the main thread first
    }
  }

  EndOfInputSignal in() {
    return in;
  }

  EarlyHandshake handshake() {
    return handshake;
  }
}
