package dev.parley.testkit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 of numbers, each by its exact bits, for tests that pin results bit for bit before code
 * that produces them is changed. Open so that a test can keep counts of its own beside it.
 */
public class BitDigest {
  private final MessageDigest sha;
  private final ByteBuffer buffer = ByteBuffer.allocate(8);

  /** Creates an empty digest. */
  public BitDigest() {
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("expected every JDK to offer SHA-256", e);
    }
  }

  /** Adds a number by its raw bits. */
  public void add(double x) {
    add(Double.doubleToRawLongBits(x));
  }

  /** Adds a whole number. */
  public void add(long x) {
    buffer.clear();
    sha.update(buffer.putLong(x).array());
  }

  /** Adds the list's size, then each number. */
  public void add(List<Double> xs) {
    add(xs.size());
    for (double x : xs) {
      add(x);
    }
  }

  /** Adds a text as UTF-8. */
  public void add(String s) {
    sha.update(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Returns the digest in lower-case hex; the digest is spent. */
  public String hex() {
    return HexFormat.of().formatHex(sha.digest());
  }
}
