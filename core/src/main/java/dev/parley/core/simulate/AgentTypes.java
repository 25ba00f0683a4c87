package dev.parley.core.simulate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The kinds of negotiator Parley offers, by name: {@code boulware}, {@code linear}, {@code
 * conceder}, {@code hardliner}, {@code naive-tft}, {@code nice-tft}, {@code scenario} (the tactic
 * the scenario's patience, deadline and reservation imply, walking away at its deadline) and {@code
 * rubinstein} (the subgame-perfect equilibrium strategy).
 */
public final class AgentTypes {
  private static final Map<String, AgentType> TYPES = new LinkedHashMap<>();

  static {
    register(concession(new BoulwareStrategy(), ConcessionAgent.DEFAULT_WINDOW, false));
    register(concession(new LinearStrategy(), ConcessionAgent.DEFAULT_WINDOW, false));
    register(concession(new ConcederStrategy(), ConcessionAgent.DEFAULT_WINDOW, false));
    register(concession(new HardlinerStrategy(), ConcessionAgent.DEFAULT_WINDOW, false));
    register(concession(TitForTatStrategy.naive(), ConcessionAgent.DEFAULT_WINDOW, false));
    register(concession(TitForTatStrategy.nice(), ConcessionAgent.DEFAULT_WINDOW, false));
    register(concession(new ScenarioStrategy(), ConcessionAgent.DEFAULT_WINDOW, true));
    register(rubinstein());
  }

  private AgentTypes() {}

  private static void register(AgentType type) {
    TYPES.put(type.name(), type);
  }

  /** Returns the names of every kind, in a fixed order. */
  public static List<String> names() {
    return List.copyOf(TYPES.keySet());
  }

  /** Returns the kind with the given name, if there is one. */
  public static Optional<AgentType> named(String name) {
    return Optional.ofNullable(TYPES.get(name));
  }

  /**
   * Returns the kind whose agents follow a concession strategy.
   *
   * @param window the width of the band above the target from which bids are drawn
   * @param keepsOwnDeadline whether agents walk away at their party's deadline
   */
  public static AgentType concession(
      ConcessionStrategy strategy, double window, boolean keepsOwnDeadline) {
    ConcessionAgent agent = new ConcessionAgent(strategy, window, keepsOwnDeadline);
    return new Fixed(strategy.name(), agent);
  }

  /**
   * Returns the kind whose agents play the subgame-perfect equilibrium (Rubinstein). The
   * equilibrium plan is the same for every party; it is computed once per negotiation and kept
   * while the negotiation is in use.
   */
  public static AgentType rubinstein() {
    return new SubgamePerfectType();
  }

  private static final class SubgamePerfectType implements AgentType {
    private final Map<Negotiation, SubgamePerfectAgent.Plan> plans =
        java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    @Override
    public String name() {
      return "rubinstein";
    }

    @Override
    public NegotiationAgent create(Negotiation negotiation, int party) {
      return new SubgamePerfectAgent(
          plans.computeIfAbsent(negotiation, SubgamePerfectAgent.Plan::of), party);
    }
  }

  private record Fixed(String name, NegotiationAgent agent) implements AgentType {
    Fixed {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(agent, "agent");
    }

    @Override
    public NegotiationAgent create(Negotiation negotiation, int party) {
      return agent;
    }
  }
}
