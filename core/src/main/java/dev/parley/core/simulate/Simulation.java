package dev.parley.core.simulate;

import dev.parley.core.random.Seed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A protocol, a negotiation and the parties' kinds of negotiator, ready to run any number of seeded
 * runs.
 *
 * <p>Run i draws only from {@code runSeed(seed, i)}, so a batch gives the same runs, in index
 * order, for any number of threads. Immutable and thread-safe.
 */
public final class Simulation {
  private final Protocol protocol;
  private final Negotiation negotiation;
  private final List<AgentType> agents;

  /**
   * Creates the simulation.
   *
   * @param agents the kind of negotiator of each party, in problem order
   */
  public Simulation(Protocol protocol, Negotiation negotiation, List<AgentType> agents) {
    this.protocol = Objects.requireNonNull(protocol, "protocol");
    this.negotiation = Objects.requireNonNull(negotiation, "negotiation");
    this.agents = List.copyOf(agents);
    if (this.agents.size() != negotiation.partyCount()) {
      throw new IllegalArgumentException(
          "expected an agent for each of "
              + negotiation.partyCount()
              + " parties, but found "
              + this.agents.size());
    }
  }

  /** Returns the protocol. */
  public Protocol protocol() {
    return protocol;
  }

  /** Returns the negotiation. */
  public Negotiation negotiation() {
    return negotiation;
  }

  /** Returns the kind of negotiator of each party, in problem order. */
  public List<AgentType> agents() {
    return agents;
  }

  /** Returns the seed of run {@code index} of a batch seeded with {@code seed}. */
  public static Seed runSeed(Seed seed, long index) {
    return Seed.of(seed.stream(index).nextLong());
  }

  /** Returns run {@code index} of the batch seeded with {@code seed}. */
  public SimulationRun run(Seed seed, int index) {
    return protocol.simulate(negotiation, agents, runSeed(seed, index));
  }

  /**
   * Returns runs {@code 0..runs-1} of the batch seeded with {@code seed}, in index order.
   *
   * @param threads how many threads to use, at least one; the result does not depend on it
   */
  public List<SimulationRun> runAll(Seed seed, int runs, int threads) {
    if (runs < 0 || threads < 1) {
      throw new IllegalArgumentException(
          "expected runs ≥ 0 and threads ≥ 1, but found " + runs + " and " + threads);
    }
    List<SimulationRun> out = new ArrayList<>(runs);
    if (threads == 1 || runs <= 1) {
      for (int i = 0; i < runs; i++) {
        out.add(run(seed, i));
      }
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<SimulationRun>> futures = new ArrayList<>(runs);
      for (int i = 0; i < runs; i++) {
        final int index = i;
        futures.add(pool.submit(() -> run(seed, index)));
      }
      for (Future<SimulationRun> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running simulations", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("a simulation run failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
