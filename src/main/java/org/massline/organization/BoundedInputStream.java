package org.massline.organization;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Stops a body at a limit while it is read, for bodies without a {@code Content-Length} (chunked)
 * or with a false one; throws the given exception instead of reading past the limit.
 */
final class BoundedInputStream extends FilterInputStream {

  private final long limit;
  private final Supplier<? extends RuntimeException> tooLarge;
  private long count;

  BoundedInputStream(InputStream in, long limit, Supplier<? extends RuntimeException> tooLarge) {
    super(in);
    this.limit = limit;
    this.tooLarge = tooLarge;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    // reading one byte more than allowed tells a body at the limit from one beyond it
    int n = super.read(buffer, offset, (int) Math.min(length, limit - count + 1));
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(Math.min(n, limit - count + 1));
    counted(skipped);
    return skipped;
  }

  private void counted(long n) {
    count += n;
    if (count > limit) {
      throw tooLarge.get();
    }
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
