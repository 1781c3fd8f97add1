package com.salesworkspace.mcp;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;

/** Wraps stdin and opens a latch when it ends, so the server can exit as soon as the client goes away. */
final class EndOfInputSignal extends FilterInputStream {
  private final CountDownLatch ended = new CountDownLatch(1);

  EndOfInputSignal(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    return signal(super.read());
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    try {
      return signal(super.read(b, off, len));
    } catch (IOException e) {
      ended.countDown();
      throw e;
    }
  }

  private int signal(int result) {
    if (result < 0) {
      ended.countDown();
    }
    return result;
  }

  void awaitEnd() throws InterruptedException {
    ended.await();
  }
}
