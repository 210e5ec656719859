package org.massline.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly: a byte sequence that is not UTF-8 (a GBK file saved by Excel, say) fails
 * with the physical line it is on, instead of turning into replacement characters. The line is
 * exact because the byte {@code '\n'} never occurs inside a multi-byte UTF-8 character.
 */
final class StrictUtf8Reader extends Reader {

  /** Thrown by {@link #read} at the first byte that is not UTF-8. */
  static final class NotUtf8Exception extends IOException {
    private final int line;

    NotUtf8Exception(int line) {
      super("Not UTF-8 at line " + line);
      this.line = line;
    }

    int line() {
      return line;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private int line = 1;
  private boolean endOfInput;

  StrictUtf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    while (true) {
      int start = bytes.position();
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      for (int i = start; i < bytes.position(); i++) {
        if (bytes.get(i) == '\n') {
          line++;
        }
      }
      if (result.isError()) {
        throw new NotUtf8Exception(line);
      }
      if (out.position() > offset) {
        return out.position() - offset;
      }
      if (endOfInput) {
        return -1;
      }
      fill();
    }
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
