package dev.parley.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The answers already computed, by route, parameters and the SHA-256 of the scenario file's bytes:
 * the analyses are deterministic (seeded), so the same bytes and parameters give the same JSON, and
 * an edited file gets a new key. The oldest entries leave first once {@link #MAX_CHARS} are held.
 */
final class AnswerCache {
  /** The most characters of JSON held (about 64 MB as UTF-16). */
  static final long MAX_CHARS = 32L << 20;

  private final Map<String, String> answers = new LinkedHashMap<>(16, 0.75f, true);
  private long chars;

  /** Returns the key of a route with its parameters on a file's current bytes. */
  static String key(String route, String parameters, Path file) throws IOException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest(Files.readAllBytes(file));
      return route + "\n" + parameters + "\n" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Returns the cached answer, or computes, keeps and returns it. */
  String get(String key, Supplier<String> compute) {
    synchronized (this) {
      String known = answers.get(key);
      if (known != null) {
        return known;
      }
    }
    String answer = compute.get();
    synchronized (this) {
      if (answers.put(key, answer) == null) {
        chars += answer.length();
      }
      var it = answers.entrySet().iterator();
      while (chars > MAX_CHARS && it.hasNext()) {
        var oldest = it.next();
        if (oldest.getKey().equals(key)) {
          break;
        }
        chars -= oldest.getValue().length();
        it.remove();
      }
    }
    return answer;
  }
}
