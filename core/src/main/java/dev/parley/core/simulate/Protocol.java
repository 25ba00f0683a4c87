package dev.parley.core.simulate;

import dev.parley.core.random.Seed;
import java.util.List;

/** The rules of a negotiation: who moves when, and what makes an agreement. */
public interface Protocol {
  /** Returns the protocol's short name, as the command line and reports spell it. */
  String name();

  /**
   * Returns one run.
   *
   * <p>Party j draws from {@code seed.stream(j)} and a mediator from {@code seed.stream(k)}, so the
   * run depends on the seed alone.
   *
   * @param agents the kind of negotiator of each party, in problem order
   * @param seed the run's seed
   */
  SimulationRun simulate(Negotiation negotiation, List<AgentType> agents, Seed seed);
}
