package dev.parley.core.simulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the runs of a batch settled on and what each party got: how often each option was agreed on
 * each issue, the most frequent package, each party's expected utility and how much it conceded.
 * (Who concedes first has one definition, {@code sensitivity.ConcessionAnalysis}, which the
 * commands report beside this profile.) Batches of the same seeds under different parameters (a
 * lever pulled) compare run by run through these figures.
 *
 * <p>A run without an agreement leaves each party its reservation value, so the expected utility of
 * a party is the mean, over every run, of the agreement's utility to it or its reservation value.
 * Payoffs are not discounted here: the discounted payoffs of {@link Outcome#payoffs()} depend on
 * how many rounds a round of the protocol stands for, which the comparison should not.
 *
 * @param runs the number of runs
 * @param agreements the runs that ended in an agreement
 * @param optionCounts per issue, per option, the number of agreements on it
 * @param modalPackage the most frequent agreed package, as one option per issue; empty without
 *     agreements; of equally frequent packages the one agreed first, in run order
 * @param modalCount how many agreements were on the modal package
 * @param expectedUtility per party, the mean over runs of its utility from the outcome
 * @param meanConcession per party, the mean over runs of {@link SimulationRun.Concession#total()}
 */
public record AgreementProfile(
    int runs,
    int agreements,
    List<List<Integer>> optionCounts,
    List<Integer> modalPackage,
    int modalCount,
    List<Double> expectedUtility,
    List<Double> meanConcession) {
  /** Validates and copies the fields. */
  public AgreementProfile {
    optionCounts = optionCounts.stream().map(List::copyOf).toList();
    modalPackage = List.copyOf(modalPackage);
    expectedUtility = List.copyOf(expectedUtility);
    meanConcession = List.copyOf(meanConcession);
    if (agreements < 0 || agreements > runs || modalCount > agreements) {
      throw new IllegalArgumentException(
          "expected 0 <= modalCount <= agreements <= runs, but found "
              + modalCount
              + ", "
              + agreements
              + ", "
              + runs);
    }
  }

  /**
   * Returns the profile of a batch of runs of one negotiation.
   *
   * <p>Costs O(runs × (issues + parties + trace length)).
   */
  public static AgreementProfile of(Negotiation negotiation, List<SimulationRun> runs) {
    Objects.requireNonNull(negotiation, "negotiation");
    int parties = negotiation.partyCount();
    int issues = negotiation.problem().issueCount();
    int[][] counts = new int[issues][];
    for (int i = 0; i < issues; i++) {
      counts[i] = new int[negotiation.problem().optionCount(i)];
    }
    double[] utility = new double[parties];
    double[] concession = new double[parties];
    Map<List<Integer>, Integer> packages = new LinkedHashMap<>();
    int agreements = 0;
    for (SimulationRun run : runs) {
      if (run.outcome() instanceof Outcome.Agreement a) {
        agreements++;
        Bid bid = a.bid();
        if (bid.issueCount() != issues) {
          throw new IllegalArgumentException(
              "expected agreements on "
                  + issues
                  + " issues, but found a package of "
                  + bid.issueCount());
        }
        for (int i = 0; i < issues; i++) {
          counts[i][bid.option(i)]++;
        }
        packages.merge(bid.outcomeList(), 1, Integer::sum);
        for (int j = 0; j < parties; j++) {
          utility[j] += bid.utility(j);
        }
      } else {
        for (int j = 0; j < parties; j++) {
          utility[j] += negotiation.reservation(j);
        }
      }
      for (SimulationRun.Concession c : run.concessions(parties)) {
        concession[c.party()] += c.total();
      }
    }
    List<Integer> modal = List.of();
    int modalCount = 0;
    for (Map.Entry<List<Integer>, Integer> e : packages.entrySet()) {
      if (e.getValue() > modalCount) {
        modal = e.getKey();
        modalCount = e.getValue();
      }
    }
    int n = runs.size();
    List<List<Integer>> optionCounts = new ArrayList<>();
    for (int[] c : counts) {
      optionCounts.add(Arrays.stream(c).boxed().toList());
    }
    return new AgreementProfile(
        n, agreements, optionCounts, modal, modalCount, means(utility, n), means(concession, n));
  }

  /** Returns the share of runs that ended in an agreement, or NaN for no runs. */
  public double agreementRate() {
    return runs == 0 ? Double.NaN : (double) agreements / runs;
  }

  /**
   * Returns the option agreed most often on an issue, or -1 without agreements; of equally frequent
   * options the first.
   */
  public int modalOption(int issue) {
    List<Integer> c = optionCounts.get(issue);
    int best = -1;
    int count = 0;
    for (int o = 0; o < c.size(); o++) {
      if (c.get(o) > count) {
        best = o;
        count = c.get(o);
      }
    }
    return best;
  }

  /** Returns the share of agreements on the issue's modal option, or NaN without agreements. */
  public double modalShare(int issue) {
    int o = modalOption(issue);
    return o < 0 ? Double.NaN : (double) optionCounts.get(issue).get(o) / agreements;
  }

  private static List<Double> means(double[] sums, int n) {
    List<Double> out = new ArrayList<>();
    for (double s : sums) {
      out.add(n == 0 ? Double.NaN : s / n);
    }
    return out;
  }
}
