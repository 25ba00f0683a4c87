package dev.parley.ingest.parse;

/**
 * The 64-bit hashes that name the features of the tagger and the parser.
 *
 * <p>A feature is a template number and one to three values (word hashes, tag or relation numbers);
 * its hash picks a row of a weight table. Strings are hashed with 64-bit FNV-1a [1] over their
 * UTF-16 units, and every combination goes through the SplitMix64 finaliser [2], so the rows are
 * the same on every JVM and machine. Collisions merge two features' weights; at the table sizes
 * used (2^18 to 2^21 rows) that costs little accuracy, which docs/parser.md measures.
 *
 * <p>[1] Fowler, Noll, Vo, "FNV hash" (http://www.isthe.com/chongo/tech/comp/fnv/). [2] Steele,
 * Lea, Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014.
 */
final class Hashing {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Hashing() {}

  /** SplitMix64's finaliser: a bijection of 64-bit values with good avalanche. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** Returns the hash of a string's characters from {@code from} to {@code to} (exclusive). */
  static long string(CharSequence s, int from, int to) {
    long h = FNV_OFFSET;
    for (int i = from; i < to; i++) {
      h = (h ^ s.charAt(i)) * FNV_PRIME;
    }
    return mix(h ^ (to - from));
  }

  /** Returns the hash of a string. */
  static long string(CharSequence s) {
    return string(s, 0, s.length());
  }

  /** Returns the hash of a feature with one value. */
  static long feature(int template, long a) {
    return mix(mix(template * 0x9e3779b97f4a7c15L) ^ a);
  }

  /** Returns the hash of a feature with two values. */
  static long feature(int template, long a, long b) {
    return mix(feature(template, a) + 0x632be59bd9b4e019L * mix(b));
  }

  /** Returns the hash of a feature with three values. */
  static long feature(int template, long a, long b, long c) {
    return mix(feature(template, a, b) + 0x85157af5L * mix(c + 0x2545f4914f6cdd1dL));
  }

  /** Returns the row of a table of {@code 2^bits} rows that a feature hash picks. */
  static int row(long hash, int bits) {
    return (int) (hash >>> (64 - bits));
  }
}
