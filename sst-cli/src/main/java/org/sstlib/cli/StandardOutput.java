package org.sstlib.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Standard output as {@code sst} writes it: bytes (an export) and text (every other command) through one stream
 * that remembers the first write that failed. A {@link PrintWriter} or {@link PrintStream} never throws: a full
 * disk, {@code /dev/full} or a closed pipe would otherwise go unnoticed and the command would report success for
 * output that was never written. {@link OutputCheck} asks {@link #failure()} once the command has run.
 */
final class StandardOutput {
  private final Recorder recorder;
  private final OutputStream bytes;
  private final PrintWriter text;

  /** Standard output over {@code out}, the text in {@code charset}. */
  StandardOutput(OutputStream out, Charset charset) {
    this.recorder = new Recorder(out);
    this.bytes = new BufferedOutputStream(recorder, 64 * 1024);
    // Flushed at every println, so that lines on standard output and standard error arrive in order.
    this.text = new PrintWriter(new OutputStreamWriter(bytes, charset), true);
  }

  /** The text writer, for commands that print. */
  PrintWriter text() {
    return text;
  }

  /**
   * The byte stream, for a command that writes a file's bytes as they are (an export); the text written so far is
   * flushed first so that the two keep their order. The caller flushes it and never closes it.
   */
  OutputStream bytes() {
    text.flush();
    return bytes;
  }

  /**
   * Flushes what is buffered, then says why the output could not be written, if it could not: the reason of the
   * first failed write, in plain words ("no space left on device").
   */
  Optional<String> failure() {
    boolean textFailed = text.checkError(); // flushes the writer and the byte stream under it
    try {
      bytes.flush();
    } catch (IOException e) {
      // Kept by the recorder.
    }
    if (recorder.first != null) {
      return Optional.of(FileErrors.reason(recorder.first));
    }
    if (textFailed || recorder.underlyingFailed()) {
      return Optional.of("the stream reported an error");
    }
    return Optional.empty();
  }

  /** Passes every write on, and keeps the first failure. */
  private static final class Recorder extends FilterOutputStream {
    IOException first;

    Recorder(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw remember(e);
      }
    }

    /** Whether the stream under it is a {@link PrintStream} (such as {@code System.out}) that had an error. */
    boolean underlyingFailed() {
      return out instanceof PrintStream stream && stream.checkError();
    }

    private IOException remember(IOException e) {
      if (first == null) {
        first = e;
      }
      return e;
    }
  }
}
