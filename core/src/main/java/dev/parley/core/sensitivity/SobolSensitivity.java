package dev.parley.core.sensitivity;

import dev.parley.core.montecarlo.LocalTrialExecutor;
import dev.parley.core.montecarlo.ParameterSpace;
import dev.parley.core.montecarlo.SampleSummary;
import dev.parley.core.montecarlo.UncertainModel;
import dev.parley.core.random.Seed;
import dev.parley.core.spi.TrialExecutor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Variance-based sensitivity: Sobol's first-order and total indices of every output with respect to
 * every uncertain parameter, with bootstrap confidence intervals.
 *
 * <p>The first-order index S_i is the share of the output's variance that parameter i explains on
 * its own, V(E[Y | X_i]) / V(Y); the total index ST_i the share it is involved in, interactions
 * included, E(V[Y | X_~i]) / V(Y). So S_i ≤ ST_i, the S_i sum to at most one, and 1 − Σ S_i is the
 * share due to interactions.
 */
public final class SobolSensitivity {
  /*
   * Sampling and estimators [1]: two independent N × k matrices A and B of draws (row j of both
   * from seed.stream(j): a long, the model seed for the row, then k uniforms for A and k for B,
   * turned into values by each parameter's quantile function; parameters that are not uncertain
   * stay nominal), and for each i the matrix A_B^(i): A with column i taken from B. With f
   * evaluated on all N(k + 2) rows and centred by the mean of f(A) and f(B):
   *
   *   V   = variance of f over the 2N rows of A and B (divisor 2N − 1)
   *   V_i = (1/N) Σ_j f(B)_j (f(A_B^(i))_j − f(A)_j)           Saltelli et al. 2010, table 2 (b)
   *   VT_i = (1/2N) Σ_j (f(A)_j − f(A_B^(i))_j)²                Jansen 1999; table 2 (f)
   *   S_i = V_i / V,   ST_i = VT_i / V.
   *
   * Centring leaves both estimators unbiased (E[f(A_B^(i)) − f(A)] = 0) and takes away the
   * variance a large output mean would add to V_i. A row where some evaluation of an output is NaN
   * is left out of that output's estimates. Confidence intervals: the percentile bootstrap over the
   * N rows, resample r drawing its rows from seed.stream(2^31 + r), beyond every row's stream.
   *
   * [1] A. Saltelli, P. Annoni, I. Azzini, F. Campolongo, M. Ratto, S. Tarantola, "Variance based
   *     sensitivity analysis of model output. Design and estimator for the total sensitivity
   *     index", Computer Physics Communications 181 (2010) 259–270.
   * [2] M. J. W. Jansen, "Analysis of variance designs for model output", Computer Physics
   *     Communications 117 (1999) 35–43.
   */
  /** The default number of bootstrap resamples. */
  public static final int DEFAULT_BOOTSTRAP = 200;

  private static final long BOOTSTRAP_STREAMS = 1L << 31;

  private final TrialExecutor executor;
  private final int bootstrap;
  private final double confidence;

  /** Creates the analysis with 200 bootstrap resamples and 95% intervals, on the calling thread. */
  public SobolSensitivity() {
    this(LocalTrialExecutor.sequential(), DEFAULT_BOOTSTRAP, 0.95);
  }

  /**
   * Creates the analysis.
   *
   * @param bootstrap the number of bootstrap resamples, at least 2
   * @param confidence the coverage of the intervals, in (0, 1)
   */
  public SobolSensitivity(TrialExecutor executor, int bootstrap, double confidence) {
    this.executor = Objects.requireNonNull(executor, "executor");
    if (bootstrap < 2) {
      throw new IllegalArgumentException("expected at least 2 resamples, but found " + bootstrap);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException(
          "expected a confidence in (0, 1), but found " + confidence);
    }
    this.bootstrap = bootstrap;
    this.confidence = confidence;
  }

  /**
   * Returns the indices of every output.
   *
   * @param samples N, the rows of A and B; the model is evaluated N(k + 2) times
   * @throws IllegalArgumentException if {@code samples < 2} or the evaluations do not fit in memory
   */
  public SobolResult analyze(UncertainModel model, int samples, Seed seed) {
    ParameterSpace space = model.parameters();
    int[] uncertain = space.uncertain();
    int k = uncertain.length;
    int width = model.outputs().size();
    long evaluations = (long) samples * (k + 2);
    if (samples < 2 || evaluations * width > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "expected at least 2 samples and at most 2^31 results, but found "
              + samples
              + " samples of "
              + (k + 2)
              + " × "
              + width);
    }
    double[] results = new double[(int) evaluations * width];
    double[] nominal = space.nominal();
    executor.execute(
        (int) evaluations,
        width,
        () -> new RowWorker(model, space, uncertain, nominal, seed),
        results);
    List<SobolResult.OutputIndices> outputs = new ArrayList<>();
    for (int o = 0; o < width; o++) {
      outputs.add(
          indices(model.outputs().get(o), o, results, width, samples, space, uncertain, seed));
    }
    return new SobolResult(seed, samples, (int) evaluations, bootstrap, confidence, outputs);
  }

  private SobolResult.OutputIndices indices(
      String name,
      int o,
      double[] results,
      int width,
      int n,
      ParameterSpace space,
      int[] uncertain,
      Seed seed) {
    int k = uncertain.length;
    int stride = k + 2;
    double[] fa = new double[n];
    double[] fb = new double[n];
    double[][] fab = new double[k][n];
    boolean[] valid = new boolean[n];
    int rows = 0;
    for (int j = 0; j < n; j++) {
      int base = j * stride;
      fa[j] = results[base * width + o];
      fb[j] = results[(base + 1) * width + o];
      boolean ok = !Double.isNaN(fa[j]) && !Double.isNaN(fb[j]);
      for (int i = 0; i < k; i++) {
        fab[i][j] = results[(base + 2 + i) * width + o];
        ok &= !Double.isNaN(fab[i][j]);
      }
      valid[j] = ok;
      if (ok) {
        rows++;
      }
    }
    double[] weight = new double[n];
    for (int j = 0; j < n; j++) {
      weight[j] = valid[j] ? 1 : 0;
    }
    double[] first = new double[k];
    double[] total = new double[k];
    double variance = estimate(weight, fa, fb, fab, first, total);
    double[][] firstReplicates = new double[k][bootstrap];
    double[][] totalReplicates = new double[k][bootstrap];
    double[] f = new double[k];
    double[] t = new double[k];
    for (int r = 0; r < bootstrap; r++) {
      RandomGenerator random = seed.stream(BOOTSTRAP_STREAMS + r);
      Arrays.fill(weight, 0);
      for (int draw = 0; draw < n; draw++) {
        int j = random.nextInt(n);
        if (valid[j]) {
          weight[j]++;
        }
      }
      estimate(weight, fa, fb, fab, f, t);
      for (int i = 0; i < k; i++) {
        firstReplicates[i][r] = f[i];
        totalReplicates[i][r] = t[i];
      }
    }
    double tail = (1 - confidence) / 2;
    List<SobolResult.Index> indices = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      double[] fr = sortedFinite(firstReplicates[i]);
      double[] tr = sortedFinite(totalReplicates[i]);
      indices.add(
          new SobolResult.Index(
              space.get(uncertain[i]).name(),
              first[i],
              SampleSummary.quantile(fr, tail),
              SampleSummary.quantile(fr, 1 - tail),
              SampleSummary.of(fr).sd(),
              total[i],
              SampleSummary.quantile(tr, tail),
              SampleSummary.quantile(tr, 1 - tail),
              SampleSummary.of(tr).sd()));
    }
    return new SobolResult.OutputIndices(name, rows, variance, indices);
  }

  private static double[] sortedFinite(double[] values) {
    double[] out = Arrays.stream(values).filter(Double::isFinite).toArray();
    Arrays.sort(out);
    return out;
  }

  /**
   * Computes the indices over rows weighted by {@code w} (0 leaves a row out; a bootstrap weight
   * counts how often the resample drew it) and returns the output's variance.
   */
  private static double estimate(
      double[] w, double[] fa, double[] fb, double[][] fab, double[] first, double[] total) {
    int n = fa.length;
    int k = fab.length;
    double count = 0;
    double sum = 0;
    for (int j = 0; j < n; j++) {
      if (w[j] > 0) {
        count += w[j];
        sum += w[j] * (fa[j] + fb[j]);
      }
    }
    if (count < 2) {
      Arrays.fill(first, Double.NaN);
      Arrays.fill(total, Double.NaN);
      return Double.NaN;
    }
    double mean = sum / (2 * count);
    double squares = 0;
    for (int j = 0; j < n; j++) {
      if (w[j] > 0) {
        double a = fa[j] - mean;
        double b = fb[j] - mean;
        squares += w[j] * (a * a + b * b);
      }
    }
    double variance = squares / (2 * count - 1);
    for (int i = 0; i < k; i++) {
      double[] ab = fab[i];
      double v = 0;
      double vt = 0;
      for (int j = 0; j < n; j++) {
        if (w[j] > 0) {
          double d = ab[j] - fa[j];
          v += w[j] * (fb[j] - mean) * d;
          vt += w[j] * d * d;
        }
      }
      first[i] = variance > 0 ? v / count / variance : Double.NaN;
      total[i] = variance > 0 ? vt / (2 * count) / variance : Double.NaN;
    }
    return variance;
  }

  /** Evaluates rows of A, B and the A_B matrices, caching the current row's draws. */
  private static final class RowWorker implements dev.parley.core.spi.TrialWorker {
    private final UncertainModel.Evaluator evaluator;
    private final ParameterSpace space;
    private final int[] uncertain;
    private final Seed seed;
    private final double[] xa;
    private final double[] xb;
    private final double[] x;
    private Seed rowSeed;
    private int row = -1;

    RowWorker(
        UncertainModel model, ParameterSpace space, int[] uncertain, double[] nominal, Seed seed) {
      this.evaluator = model.evaluator();
      this.space = space;
      this.uncertain = uncertain;
      this.seed = seed;
      this.xa = nominal.clone();
      this.xb = nominal.clone();
      this.x = nominal.clone();
      this.rowSeed = seed;
    }

    @Override
    public void run(int evaluation, double[] results, int offset) {
      int k = uncertain.length;
      int j = evaluation / (k + 2);
      int variant = evaluation % (k + 2);
      if (j != row) {
        RandomGenerator random = seed.stream(j);
        rowSeed = Seed.of(random.nextLong());
        for (int i = 0; i < k; i++) {
          xa[uncertain[i]] = space.quantile(uncertain[i], uniform(random));
        }
        for (int i = 0; i < k; i++) {
          xb[uncertain[i]] = space.quantile(uncertain[i], uniform(random));
        }
        row = j;
      }
      if (variant == 0) {
        evaluator.evaluate(xa, rowSeed, results, offset);
      } else if (variant == 1) {
        evaluator.evaluate(xb, rowSeed, results, offset);
      } else {
        System.arraycopy(xa, 0, x, 0, x.length);
        int p = uncertain[variant - 2];
        x[p] = xb[p];
        evaluator.evaluate(x, rowSeed, results, offset);
      }
    }

    private static double uniform(RandomGenerator random) {
      return ((random.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
    }
  }
}
