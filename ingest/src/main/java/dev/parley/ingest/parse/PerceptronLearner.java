package dev.parley.ingest.parse;

/**
 * Trains a multi-class averaged perceptron [1] over hashed features.
 *
 * <p>The weights are dense ({@code 2^bits} rows × classes). Averaging uses the accumulation trick
 * of Daumé [2]: beside each weight {@code w} it keeps {@code u}, the sum of {@code t · Δw} over
 * updates at step {@code t}, so that the average after {@code T} steps is {@code w − u/T} without
 * touching every weight at every step. Everything is sequential, so the same examples in the same
 * order give the same bits.
 *
 * <p>[1] Collins, "Discriminative training methods for hidden Markov models", EMNLP 2002. [2] Daumé
 * III, "A course in machine learning", ch. 4 (2012).
 */
final class PerceptronLearner {
  final int bits;
  final int classCount;
  private final float[] w;
  private final double[] u;
  private long step = 1;

  PerceptronLearner(int bits, int classCount) {
    this.bits = bits;
    this.classCount = classCount;
    this.w = new float[(1 << bits) * classCount];
    this.u = new double[w.length];
  }

  /** Adds the current (not averaged) weights of the rows to {@code scores}. */
  void score(int[] rows, int count, float[] scores) {
    for (int f = 0; f < count; f++) {
      int base = rows[f] * classCount;
      for (int c = 0; c < classCount; c++) {
        scores[c] += w[base + c];
      }
    }
  }

  /** Moves the weights toward {@code truth} and away from {@code guess} when they differ. */
  void update(int[] rows, int count, int truth, int guess) {
    if (truth != guess) {
      for (int f = 0; f < count; f++) {
        int base = rows[f] * classCount;
        w[base + truth] += 1f;
        u[base + truth] += step;
        w[base + guess] -= 1f;
        u[base + guess] -= step;
      }
    }
  }

  /** Counts one example seen. */
  void tick() {
    step++;
  }

  /** Returns the averaged weights as a runtime model. */
  LinearModel average() {
    float[] avg = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      avg[i] = (float) (w[i] - u[i] / step);
    }
    return LinearModel.fromDense(bits, classCount, avg);
  }

  /** Returns the index of the highest score, the lowest index among ties. */
  static int argmax(float[] scores, int count) {
    int best = 0;
    for (int c = 1; c < count; c++) {
      if (scores[c] > scores[best]) {
        best = c;
      }
    }
    return best;
  }
}
