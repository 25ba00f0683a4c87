package dev.parley.io.ktab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.forecast.smp.BargainChoice;
import dev.parley.core.forecast.smp.SmpParameters;
import dev.parley.core.forecast.smp.SmpRun;
import dev.parley.core.forecast.smp.SpatialModelOfPolitics;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.testkit.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * KTAB's 2017 reference run of {@code smpExample.xml} is stochastic (Markov-incentive elections,
 * proportional-cubic voting, an ideal-adjustment matrix) and KTAB itself cannot repeat it: its
 * threads draw from one generator in scheduling order. Its log records every draw's outcome, the
 * bargain each actor took, so the run is replayed with those choices and must then match the log
 * line for line.
 */
class KtabReplayTest {
  private static final Pattern TURN = Pattern.compile("^Starting Model::run iteration (\\d+)");
  private static final Pattern QUEUE = Pattern.compile("^Bargains involving actor +(\\d+): (.*)$");
  private static final Pattern BARGAIN = Pattern.compile("\\[(\\d+), (\\d+):(\\d+)\\]");
  private static final Pattern ACTOR =
      Pattern.compile("^Doing scalarPCE for the \\d+ bargains of actor (\\d+)");
  private static final Pattern CHOSEN =
      Pattern.compile("^Chosen bargain \\( Stochastic \\): \\d+ (\\d+) out of (\\d+)");

  @Test
  void ktabVariant_replaysStochasticReferenceRun() throws IOException {
    Path logFile = SharedData.resolve("data/ktab/20170530_ref-smpExample.txt");
    Map<String, int[]> chosen = choices(logFile);
    assertThat(chosen).hasSize(70);
    // The bundled smpExample.xml lost Alice's first coordinate; the 2017 log read it as 52.80.
    String xml =
        Files.readString(SharedData.resolve("data/ktab/smpExample.xml"), StandardCharsets.UTF_8)
            .replaceFirst("<dCoord></dCoord>", "<dCoord>52.8</dCoord>");
    LoadResult<KtabScenario> loaded = KtabReader.read("smpExample.xml", xml);
    KtabScenario scenario = loaded.orElseThrow();
    SmpParameters parameters = scenario.parameters();
    assertThat(parameters).isNotNull();
    assertThat(parameters.transitions()).isEqualTo(SmpParameters.Transitions.STOCHASTIC);

    BargainChoice replay =
        (turn, actor, init, rcvr, p) -> {
          int[] pair = chosen.get(turn + ":" + actor);
          for (int m = 0; m < init.length; m++) {
            if (init[m] == pair[0] && rcvr[m] == pair[1]) {
              return m;
            }
          }
          throw new AssertionError(
              "turn " + turn + ", actor " + actor + ": no bargain " + pair[0] + ":" + pair[1]);
        };
    SmpRun run =
        SpatialModelOfPolitics.ktab()
            .withParameters(parameters)
            .replay(scenario.problem(), scenario.accommodationMatrix(), replay);

    KtabReferenceTest.KtabLog log = KtabReferenceTest.KtabLog.parse(logFile);
    assertThat(run.stateCount()).isEqualTo(log.states()).isEqualTo(15);
    assertThat(
            KtabReferenceTest.lines(
                KtabHistory.positions(scenario.actorNames(), scenario.dimensionNames(), run)))
        .containsExactlyElementsOf(log.positions());
    assertThat(KtabReferenceTest.lines(KtabHistory.probabilities(scenario.actorNames(), run)))
        .containsExactlyElementsOf(log.probabilities());
    assertThat(KtabReferenceTest.lines(KtabHistory.movement(run)))
        .containsExactlyElementsOf(log.movement());
  }

  /**
   * Returns, by "turn:actor", the initiator and receiver of the bargain the log says was taken. The
   * log names it by its place in the actor's queue ("3 out of 5"), which the queue line spells out;
   * its id alone is ambiguous, as KTAB's threads sometimes give two bargains the same id.
   */
  private static Map<String, int[]> choices(Path logFile) throws IOException {
    Map<String, int[]> out = new HashMap<>();
    Map<Integer, List<int[]>> queues = new HashMap<>();
    int turn = -1;
    int actor = -1;
    for (String line : Files.readAllLines(logFile, StandardCharsets.UTF_8)) {
      String s = line.strip();
      Matcher m;
      if ((m = TURN.matcher(s)).find()) {
        turn = Integer.parseInt(m.group(1)) - 1;
        queues.clear();
      } else if ((m = QUEUE.matcher(s)).find()) {
        List<int[]> queue = new ArrayList<>();
        Matcher b = BARGAIN.matcher(m.group(2));
        while (b.find()) {
          queue.add(new int[] {Integer.parseInt(b.group(2)), Integer.parseInt(b.group(3))});
        }
        queues.put(Integer.parseInt(m.group(1)), queue);
      } else if ((m = ACTOR.matcher(s)).find()) {
        actor = Integer.parseInt(m.group(1));
      } else if ((m = CHOSEN.matcher(s)).find()) {
        List<int[]> queue = queues.get(actor);
        assertThat(queue).hasSize(Integer.parseInt(m.group(2)));
        out.put(turn + ":" + actor, queue.get(Integer.parseInt(m.group(1)) - 1));
      }
    }
    return out;
  }
}
