package dev.parley.app;

import dev.parley.core.model.Issue;
import dev.parley.core.model.Scenario;
import dev.parley.core.simulate.Bid;
import dev.parley.core.simulate.Negotiation;
import dev.parley.core.simulate.SessionTable;
import dev.parley.core.simulate.SimulationRun;
import dev.parley.core.simulate.Step;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports the traces of a simulation, one row per step of every run: who moved in which round, what
 * it did, the package concerned, every party's utility of it, and the mover's demand.
 *
 * <p>Two layouts, chosen by the file name: CSV ({@code .csv}) with one column per issue and per
 * party, and JSON Lines (anything else) with an object per step. Rows carry {@code run}, {@code
 * session}, {@code round} (within the session), {@code run_round} (within the run), {@code day}
 * (the day after {@code as_of} on which the run's round begins: {@code run_round · round_days}),
 * {@code party} ({@code mediator} for the mediator), {@code action} ({@code offer}, {@code accept},
 * {@code reject}, {@code walk_away}, {@code text}) and {@code demand}. A step's package lists the
 * options of the issues on its session's table (every issue outside {@code sessions}, and in a vote
 * on a whole package) and the utilities of the parties at the table, over those issues; other cells
 * are empty (CSV) or absent (JSON).
 */
public final class SimulationTrace {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SimulationTrace() {}

  /** Writes the traces to a file, CSV if its name ends in {@code .csv}, else JSON Lines. */
  public static void write(SimulateScenario.Report report, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
        writeCsv(report, out);
      } else {
        writeJsonLines(report, out);
      }
    }
  }

  /** Writes the traces as JSON Lines: one object per step, runs in order. */
  public static void writeJsonLines(SimulateScenario.Report report, Writer out) throws IOException {
    Scenario scenario = report.scenario();
    Negotiation n = report.negotiation();
    for (int r = 0; r < report.runs().size(); r++) {
      SimulationRun run = report.runs().get(r);
      for (Step step : run.trace()) {
        SessionTable table = run.tables().get(step.session());
        ObjectNode row = NODES.objectNode();
        row.put("run", r);
        row.put("session", step.session());
        row.put("round", step.round());
        row.put("run_round", table.offset() + step.round());
        row.put("day", (table.offset() + step.round()) * scenario.roundDays());
        row.put("party", party(n, step.party()));
        row.put("action", action(step.action()));
        if (Double.isNaN(step.demand())) {
          row.putNull("demand");
        } else {
          row.put("demand", step.demand());
        }
        Bid bid = step.bid();
        if (bid == null) {
          row.putNull("outcome");
          row.putNull("utilities");
        } else {
          ObjectNode outcome = row.putObject("outcome");
          for (int i : issues(table, scenario)) {
            Issue issue = scenario.issues().get(i);
            outcome.set(issue.id().value(), SimulationJson.value(issue, bid.option(i)));
          }
          ObjectNode utilities = row.putObject("utilities");
          for (int l = 0; l < table.parties().size(); l++) {
            utilities.put(n.parties().get(table.parties().get(l)), utility(bid, table, l));
          }
        }
        out.write(MAPPER.writeValueAsString(row));
        out.write('\n');
      }
    }
  }

  /**
   * Writes the traces as CSV: a header, then one row per step. Columns: run, session, round,
   * run_round, day, party, action, demand, one per issue (the option), one per party ({@code
   * u_<party>}).
   */
  public static void writeCsv(SimulateScenario.Report report, Writer out) throws IOException {
    Scenario scenario = report.scenario();
    Negotiation n = report.negotiation();
    List<String> header =
        new ArrayList<>(
            List.of("run", "session", "round", "run_round", "day", "party", "action", "demand"));
    scenario.issues().forEach(i -> header.add(i.id().value()));
    n.parties().forEach(p -> header.add("u_" + p));
    out.write(csvLine(header));
    for (int r = 0; r < report.runs().size(); r++) {
      SimulationRun run = report.runs().get(r);
      for (Step step : run.trace()) {
        SessionTable table = run.tables().get(step.session());
        List<String> cells = new ArrayList<>();
        cells.add(Integer.toString(r));
        cells.add(Integer.toString(step.session()));
        cells.add(Integer.toString(step.round()));
        cells.add(Integer.toString(table.offset() + step.round()));
        cells.add(number((table.offset() + step.round()) * scenario.roundDays()));
        cells.add(party(n, step.party()));
        cells.add(action(step.action()));
        cells.add(Double.isNaN(step.demand()) ? "" : number(step.demand()));
        Bid bid = step.bid();
        List<Integer> on = issues(table, scenario);
        for (int i = 0; i < scenario.issues().size(); i++) {
          cells.add(
              bid != null && on.contains(i)
                  ? SimulateScenario.optionLabel(scenario.issues().get(i), bid.option(i))
                  : "");
        }
        for (int j = 0; j < n.partyCount(); j++) {
          int l = table.parties().indexOf(j);
          cells.add(bid != null && l >= 0 ? number(utility(bid, table, l)) : "");
        }
        out.write(csvLine(cells));
      }
    }
  }

  private static double utility(Bid bid, SessionTable table, int local) {
    return table.isVote() ? bid.utility(table.parties().get(local)) : bid.utility(local);
  }

  private static List<Integer> issues(SessionTable table, Scenario scenario) {
    if (!table.issues().isEmpty()) {
      return table.issues();
    }
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < scenario.issues().size(); i++) {
      all.add(i);
    }
    return all;
  }

  private static String party(Negotiation n, int party) {
    return party < 0 ? "mediator" : n.parties().get(party);
  }

  private static String action(Step.Action action) {
    return action.name().toLowerCase(Locale.ROOT);
  }

  private static String number(double v) {
    return Double.toString(v);
  }

  private static String csvLine(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        line.append(',');
      }
      String cell = cells.get(c);
      if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0) {
        line.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        line.append(cell);
      }
    }
    return line.append('\n').toString();
  }
}
