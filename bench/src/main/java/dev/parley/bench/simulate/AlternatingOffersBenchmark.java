package dev.parley.bench.simulate;

import dev.parley.bench.bargain.RandomDomains;
import dev.parley.core.bargain.BargainingProblem;
import dev.parley.core.random.Seed;
import dev.parley.core.simulate.AgentType;
import dev.parley.core.simulate.AgentTypes;
import dev.parley.core.simulate.AlternatingOffersProtocol;
import dev.parley.core.simulate.Negotiation;
import dev.parley.core.simulate.Simulation;
import dev.parley.core.simulate.SimulationRun;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rounds per second of stacked alternating offers with 4 agents (Boulware, linear, conceder, nice
 * tit for tat; bids drawn from the default window) on a random additive domain of 5 options per
 * issue ({@link RandomDomains}, seed 42), one run after another, each with its own seed. Trace
 * recording is included. The frontier and the negotiation are built once, outside the measurement.
 *
 * <p>The {@code rounds} counter is the throughput asked for: JMH reports it in rounds per second.
 * Run: {@code java -jar bench/target/benchmarks.jar AlternatingOffersBenchmark}; one size: {@code
 * -p issues=10 -p deadline=1000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx512m", "-Xms512m"})
public class AlternatingOffersBenchmark {
  @Param({"10"})
  int issues;

  @Param({"4"})
  int agents;

  @Param({"200", "1000"})
  int deadline;

  private Simulation simulation;
  private long index;

  /** Counts the rounds played, which JMH reports per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Rounds {
    /** Rounds played in the iteration. */
    public long rounds;

    /** Clears the count before each iteration. */
    @Setup(Level.Iteration)
    public void clear() {
      rounds = 0;
    }
  }

  /** Builds the domain, its frontier and the negotiation from a fixed seed. */
  @Setup
  public void setUp() {
    BargainingProblem problem = RandomDomains.of(agents, issues, 5, 42);
    double[] patience = new double[agents];
    java.util.Arrays.fill(patience, 0.99);
    Negotiation negotiation = Negotiation.of(problem, patience, deadline);
    List<String> kinds = List.of("boulware", "linear", "conceder", "nice-tft");
    List<AgentType> types = new ArrayList<>();
    for (int j = 0; j < agents; j++) {
      types.add(AgentTypes.named(kinds.get(j % kinds.size())).orElseThrow());
    }
    simulation = new Simulation(new AlternatingOffersProtocol(), negotiation, types);
  }

  /** One whole run; its rounds are added to the counter. */
  @Benchmark
  public SimulationRun run(Rounds counter) {
    SimulationRun run = simulation.run(Seed.of(42), (int) (index++ & 0xFFFF));
    counter.rounds += run.outcome().rounds();
    return run;
  }
}
