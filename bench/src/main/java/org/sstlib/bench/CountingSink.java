package org.sstlib.bench;

import java.io.OutputStream;

/** An output stream that counts the bytes written and keeps none: the sink of the export measurements. */
final class CountingSink extends OutputStream {
  long count;

  @Override
  public void write(int b) {
    count++;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    count += len;
  }
}
