package dev.parley.core.montecarlo;

import dev.parley.core.bargain.Agreement;
import dev.parley.core.bargain.BargainingProblem;
import dev.parley.core.bargain.BargainingSolution;
import dev.parley.core.bargain.NashBargainingSolution;
import dev.parley.core.bargain.ParetoFrontier;
import dev.parley.core.bargain.ParetoFrontierAlgorithm;
import dev.parley.core.bargain.SequentialMergeParetoFrontier;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Issue;
import dev.parley.core.model.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Bargains on every trial: whether a zone of agreement exists, how wide it is, and the package a
 * solution concept selects with each party's utility there.
 *
 * <p>Each trial writes, in this order:
 *
 * <ul>
 *   <li>{@code concept/deal}: 1 if some package is weakly preferred to walking away by every party
 *       (in {@link dev.parley.core.bargain.Ticks}, as the deterministic analysis decides), else 0;
 *   <li>{@code concept/margin}: max over packages of min over parties of {@code u_j − d_j} (the
 *       best package's smallest gain; a continuous measure of how near a deal is);
 *   <li>{@code concept/utility/<party>}: each party's utility at the concept's package;
 *   <li>{@code concept/option/<issue>}: the index of the option the package chooses on each issue.
 * </ul>
 *
 * <p>For Nash's solution (the default) a branch and bound over the packages ({@link PackageSearch})
 * finds these without building the frontier, pruning every subtree in which some party cannot reach
 * its walk-away value; a trial whose search passes 50 million nodes writes NaN everywhere and is
 * counted as undetermined. For any other concept, or with an explicit frontier algorithm, each
 * trial computes the exact Pareto frontier and applies the concept; a trial whose frontier passes
 * its size limit is undetermined. Both ways give the same outputs for Nash's solution. The package
 * of a trial where the concept selects none is NaN.
 */
public final class BargainingTrials implements TrialAnalysis {
  private final BargainingSolution concept;
  private final int top;
  private final ParetoFrontierAlgorithm frontier;
  private final boolean search;

  /** Creates the analysis with Nash's solution and the 10 most frequent packages. */
  public BargainingTrials() {
    this(new NashBargainingSolution(), 10);
  }

  /**
   * Creates the analysis of a solution concept.
   *
   * @param top how many of the most frequent packages the summary lists
   */
  public BargainingTrials(BargainingSolution concept, int top) {
    this(concept, top, new SequentialMergeParetoFrontier(), true);
  }

  /**
   * Creates the analysis with the given frontier algorithm, which every trial then uses (Nash's
   * solution included).
   */
  public BargainingTrials(BargainingSolution concept, int top, ParetoFrontierAlgorithm frontier) {
    this(concept, top, frontier, false);
  }

  private BargainingTrials(
      BargainingSolution concept, int top, ParetoFrontierAlgorithm frontier, boolean search) {
    this.search = search && concept instanceof NashBargainingSolution;
    this.concept = Objects.requireNonNull(concept, "concept");
    if (top < 0) {
      throw new IllegalArgumentException("top must be at least 0, was " + top);
    }
    this.top = top;
    this.frontier = Objects.requireNonNull(frontier, "frontier");
  }

  /** Returns whether trials search packages directly instead of building the frontier. */
  boolean searchesPackages() {
    return search;
  }

  @Override
  public String name() {
    return concept.name();
  }

  /** Returns the name of the output that is 1 in a trial with a zone of agreement. */
  public String dealOutput() {
    return name() + "/deal";
  }

  /** Returns the name of the deal-margin output. */
  public String marginOutput() {
    return name() + "/margin";
  }

  @Override
  public List<String> outputs(Scenario scenario) {
    List<String> out = new ArrayList<>();
    out.add(dealOutput());
    out.add(marginOutput());
    for (ActorProfile p : scenario.profiles()) {
      out.add(name() + "/utility/" + p.actor().value());
    }
    for (Issue issue : scenario.issues()) {
      out.add(name() + "/option/" + issue.id().value());
    }
    return out;
  }

  @Override
  public Recorder recorder(Scenario scenario) {
    int k = scenario.profiles().size();
    int n = scenario.issues().size();
    int width = 2 + k + n;
    // outputs follow the profiles' order; the trial's problem lists parties in its own order
    int[] party = new int[k];
    if (search) {
      PackageSearch packages = new PackageSearch(PackageSearch.DEFAULT_BUDGET);
      return (trial, seed, out, offset) -> {
        Arrays.fill(out, offset, offset + width, Double.NaN);
        for (int j = 0; j < k; j++) {
          party[j] = trial.party(j);
        }
        packages.load(trial.bargainingProblem());
        if (!packages.searchNash() || !packages.searchMargin()) {
          return;
        }
        out[offset] = packages.deal() ? 1 : 0;
        out[offset + 1] = packages.margin();
        if (packages.hasNash()) {
          double[] u = packages.nashUtilities();
          int[] o = packages.nashPackage();
          for (int j = 0; j < k; j++) {
            out[offset + 2 + j] = u[party[j]];
          }
          for (int i = 0; i < n; i++) {
            out[offset + 2 + k + i] = o[i];
          }
        }
      };
    }
    return (trial, seed, out, offset) -> {
      BargainingProblem problem = trial.bargainingProblem();
      ParetoFrontier f = frontier.compute(problem);
      Arrays.fill(out, offset, offset + width, Double.NaN);
      for (int j = 0; j < k; j++) {
        party[j] = trial.party(j);
      }
      if (!f.isComplete()) {
        return;
      }
      boolean deal = false;
      double margin = Double.NEGATIVE_INFINITY;
      for (int v = 0; v < f.size(); v++) {
        deal |= f.isRational(v);
        double smallest = Double.POSITIVE_INFINITY;
        for (int j = 0; j < k; j++) {
          smallest = Math.min(smallest, f.utility(v, j) - problem.disagreement(j));
        }
        margin = Math.max(margin, smallest);
      }
      out[offset] = deal ? 1 : 0;
      out[offset + 1] = f.size() == 0 ? Double.NaN : margin;
      if (!deal) {
        return;
      }
      concept
          .solve(f)
          .ifPresent(
              (Agreement a) -> {
                for (int j = 0; j < k; j++) {
                  out[offset + 2 + j] = a.utility(party[j]);
                }
                for (int i = 0; i < n; i++) {
                  out[offset + 2 + k + i] = a.outcome().get(i);
                }
              });
    };
  }

  @Override
  public BargainingDistribution summarize(Scenario scenario, TrialOutputs outputs, int first) {
    int k = scenario.profiles().size();
    int n = scenario.issues().size();
    int trials = outputs.trials();
    double[] deal = outputs.column(first);
    long undetermined = 0;
    long deals = 0;
    for (double d : deal) {
      if (Double.isNaN(d)) {
        undetermined++;
      } else if (d == 1) {
        deals++;
      }
    }
    long determined = trials - undetermined;
    Map<String, long[]> counts = new LinkedHashMap<>();
    Map<String, List<String>> packages = new LinkedHashMap<>();
    long selected = 0;
    StringBuilder key = new StringBuilder();
    for (int t = 0; t < trials; t++) {
      if (Double.isNaN(outputs.value(t, first + 2 + k))) {
        continue;
      }
      selected++;
      key.setLength(0);
      List<String> options = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        int o = (int) outputs.value(t, first + 2 + k + i);
        String id = scenario.issues().get(i).options().get(o).id();
        options.add(id);
        key.append(o).append(',');
      }
      String s = key.toString();
      long[] c = counts.get(s);
      if (c == null) {
        counts.put(s, new long[] {1});
        packages.put(s, options);
      } else {
        c[0]++;
      }
    }
    List<Map.Entry<String, long[]>> order = new ArrayList<>(counts.entrySet());
    // most frequent first; among equals, the one a trial selected first (insertion order)
    order.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
    List<BargainingDistribution.PackageShare> shares = new ArrayList<>();
    for (Map.Entry<String, long[]> e : order.subList(0, Math.min(top, order.size()))) {
      List<String> options =
          Objects.requireNonNull(packages.get(e.getKey()), "a counted package has its options");
      shares.add(
          new BargainingDistribution.PackageShare(
              options, new Proportion(e.getValue()[0], determined)));
    }
    List<BargainingDistribution.PartyUtility> utilities = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      utilities.add(
          new BargainingDistribution.PartyUtility(
              scenario.profiles().get(j).actor().value(),
              SampleSummary.of(outputs.column(first + 2 + j))));
    }
    return new BargainingDistribution(
        name(),
        concept.name(),
        trials,
        undetermined,
        new Proportion(deals, determined),
        SampleSummary.of(outputs.column(first + 1)),
        new Proportion(selected, determined),
        counts.size(),
        shares,
        utilities);
  }
}
