package dev.parley.core.bargain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Nash's bargaining solution: the individually rational package that maximises the product of the
 * parties' gains over their disagreement point, Π_j (u_j − d_j).
 *
 * <p>Source: J. F. Nash, "The Bargaining Problem", Econometrica 18 (1950). Here the disagreement
 * point is each party's reservation value, explicit, not the worst outcome (NegMAS's default) nor
 * zero (GENIUS's when none is set). Axioms: Pareto optimality, individual rationality, symmetry,
 * invariance to positive affine rescaling of each party's utility, independence of irrelevant
 * alternatives. On a discrete frontier the maximiser may be one of several tied vectors; products
 * are compared exactly on ticks, and ties are broken towards the lexicographically greatest utility
 * vector. When the largest product is zero (some party gains nothing anywhere), no package is
 * selected.
 *
 * <p>Cost: O(F·k) over F frontier vectors, with exact big-integer products only for vectors within
 * 10<sup>-9</sup> (relative) of the best double product.
 */
public final class NashBargainingSolution implements BargainingSolution {
  @Override
  public String name() {
    return "nash";
  }

  @Override
  public Optional<Agreement> solve(ParetoFrontier frontier) {
    RationalSet set = RationalSet.of(frontier);
    double best = 0;
    double[] approx = new double[set.members.length];
    for (int x = 0; x < set.members.length; x++) {
      double product = 1;
      for (int j = 0; j < set.k; j++) {
        product *= (double) set.gain(set.members[x], j);
      }
      approx[x] = product;
      best = Math.max(best, product);
    }
    if (best <= 0) {
      return Optional.empty();
    }
    BigInteger bestExact = BigInteger.ZERO;
    List<Integer> argmax = new ArrayList<>();
    for (int x = 0; x < set.members.length; x++) {
      if (approx[x] < best * (1 - 1e-9)) {
        continue;
      }
      BigInteger exact = BigInteger.ONE;
      for (int j = 0; j < set.k; j++) {
        exact = exact.multiply(BigInteger.valueOf(set.gain(set.members[x], j)));
      }
      int cmp = exact.compareTo(bestExact);
      if (cmp > 0) {
        bestExact = exact;
        argmax.clear();
      }
      if (cmp >= 0) {
        argmax.add(set.members[x]);
      }
    }
    int chosen = argmax.get(0);
    for (int x : argmax) {
      if (set.compareByName(x, chosen) > 0) {
        chosen = x;
      }
    }
    final int winner = chosen;
    List<Integer> ties = argmax.stream().filter(x -> x != winner).toList();
    double value = 1;
    for (int j = 0; j < set.k; j++) {
      value *= Ticks.toUtility(set.gain(chosen, j));
    }
    return Optional.of(Agreement.at(name(), frontier, chosen, value, ties));
  }
}
