package dev.parley.core.simulate;

import dev.parley.core.bargain.Ticks;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The negotiator that plays the subgame-perfect equilibrium of stacked alternating offers with
 * discounting and a deadline, found by backward induction over the rounds on the exact Pareto
 * frontier: Rubinstein's strategy, for any number of parties and a finite horizon.
 *
 * <p>Let V(t) be every party's value, in round-t utility, of the subgame that starts with a fresh
 * offer in round t; after the deadline N, V(N) = d (the reservations). In round t the mover p can
 * walk away (worth d), make an offer the next party rejects (worth δ·V(t+1), each party discounted
 * once), or make an offer everyone accepts: the frontier package best for p among those that give
 * every other party r, moving i rounds later, at least δᵣⁱ·Vᵣ(t+i), what countering would be worth
 * to it. An agreement needs the k−1 acceptances before the deadline. The mover takes what is best
 * for it, an offer on ties. Cost at creation: O(N·F·k) for N rounds and F frontier vectors.
 *
 * <p>In play the agent offers its planned package (its favourite when the plan is to stall),
 * accepts an offer made in round t₀ when {@code δ^(t₀)·u ≥ δ^t·V(t)}, and walks away when the plan
 * says so. With two parties, no reservation value and a long horizon, the first mover's share tends
 * to {@code (1 − δ₂)/(1 − δ₁δ₂)}, Rubinstein's (1982) split ({@link
 * dev.parley.core.bargain.RubinsteinSplit}); on a grid of packages it is within the grid's
 * resolution of it, up to a factor {@code 1/(1 − δ₁δ₂)}, since each round's rounding is discounted
 * into the earlier rounds.
 */
final class SubgamePerfectAgent implements NegotiationAgent {
  static final int STALL = -1;
  static final int WALK = -2;

  private final int self;
  private final Plan plan;

  SubgamePerfectAgent(Plan plan, int self) {
    this.plan = plan;
    this.self = self;
  }

  /** The equilibrium plan of a negotiation: each round's action and every party's value. */
  static final class Plan {
    final double[][] value;
    final int[] action;

    private Plan(double[][] value, int[] action) {
      this.value = value;
      this.action = action;
    }

    static Plan of(Negotiation n) {
      int k = n.partyCount();
      int rounds = n.deadline();
      int f = n.frontier().size();
      double[][] v = new double[rounds + 1][k];
      int[] action = new int[rounds];
      for (int j = 0; j < k; j++) {
        v[rounds][j] = n.reservation(j);
      }
      double[] threshold = new double[k];
      double[] u = new double[f * k];
      for (int x = 0; x < f; x++) {
        for (int j = 0; j < k; j++) {
          u[x * k + j] = n.frontier().utility(x, j);
        }
      }
      for (int t = rounds - 1; t >= 0; t--) {
        int p = n.mover(t);
        double[] best = new double[k];
        for (int j = 0; j < k; j++) {
          best[j] = n.patience(j) * v[t + 1][j];
        }
        int choice = STALL;
        if (n.reservation(p) > best[p]) {
          for (int j = 0; j < k; j++) {
            best[j] = n.reservation(j);
          }
          choice = WALK;
        }
        if (t + k - 1 <= rounds - 1) {
          for (int i = 1; i < k; i++) {
            int r = n.mover(t + i);
            threshold[r] = StrictMath.pow(n.patience(r), i) * v[t + i][r] - Ticks.TICK;
          }
          int agree = -1;
          double agreeValue = Double.NEGATIVE_INFINITY;
          threshold[p] = Double.NEGATIVE_INFINITY;
          // packages in package order: a tie goes to the same package whatever the party order
          for (int place = 0; place < f; place++) {
            int x = n.canonical(place);
            int at = x * k;
            boolean ok = true;
            for (int j = 0; j < k && ok; j++) {
              ok = u[at + j] >= threshold[j];
            }
            if (ok && u[at + p] >= agreeValue) {
              agree = x;
              agreeValue = u[at + p];
            }
          }
          if (agree >= 0 && agreeValue >= best[p] - Ticks.TICK) {
            choice = agree;
            best = n.frontierBid(agree).utilities();
          }
        }
        v[t] = best;
        action[t] = choice;
      }
      return new Plan(v, action);
    }
  }

  @Override
  public double demand(NegotiationState state) {
    return plan.value[state.round()][self];
  }

  @Override
  public Move act(NegotiationState state, RandomGenerator random) {
    Negotiation n = state.negotiation();
    int t = state.round();
    Optional<Bid> standing = state.standing();
    if (standing.isPresent()) {
      double delay = StrictMath.pow(n.patience(self), t - state.standingRound());
      if (standing.get().utility(self) >= delay * plan.value[t][self] - Ticks.TICK) {
        return new Move.Accept();
      }
    }
    int a = plan.action[t];
    if (a == WALK) {
      return new Move.Walkaway();
    }
    return new Move.Offer(a == STALL ? n.favourite(self) : n.frontierBid(a));
  }
}
