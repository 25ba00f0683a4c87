package dev.parley.core.random;

import java.util.random.RandomGenerator;
import java.util.random.RandomGenerator.SplittableGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The seed of a stochastic computation. Results record it, and the command line accepts it as
 * {@code --seed}, so that every stochastic result can be reproduced bit for bit.
 *
 * <p>Streams are derived with the L64X128MixRandom algorithm, a splittable generator of the JDK
 * whose output is specified, so a seed means the same numbers on every JDK 17+.
 */
public record Seed(long value) {
  private static final String ALGORITHM = "L64X128MixRandom";

  /** Returns the seed with the given value. */
  public static Seed of(long value) {
    return new Seed(value);
  }

  /** Returns a new generator seeded with this seed. */
  public SplittableGenerator generator() {
    return (SplittableGenerator) RandomGeneratorFactory.of(ALGORITHM).create(value);
  }

  /**
   * Returns the generator of one numbered stream, such as one Monte Carlo trial.
   *
   * <p>Stream {@code i} depends only on this seed and {@code i}, never on which thread draws it or
   * in what order, so parallel runs are reproducible for any number of threads.
   */
  public RandomGenerator stream(long index) {
    long mixed = mix(value ^ mix(index + 0x9E3779B97F4A7C15L));
    return RandomGeneratorFactory.of(ALGORITHM).create(mixed);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
