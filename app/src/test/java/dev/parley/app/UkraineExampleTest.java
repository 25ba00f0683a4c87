package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.bargain.BargainingProblem;
import dev.parley.core.bargain.Deadlock;
import dev.parley.core.bargain.ParetoFrontier;
import dev.parley.core.bargain.ScenarioBargaining;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Basis;
import dev.parley.core.model.Estimate;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueStance;
import dev.parley.core.model.Lever;
import dev.parley.core.model.RedLine;
import dev.parley.core.model.Scenario;
import dev.parley.core.model.Source;
import dev.parley.core.model.SourceId;
import dev.parley.core.validate.ModelPath;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.testkit.ProjectFiles;
import dev.parley.testkit.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Ukraine 2025 example (examples/ukraine-2025): the scenario loads, cites every source it
 * lists, gives each bargaining party a full profile, states the territorial red lines as reported
 * (a deadlock, with what would open it and the best partial deal), keeps the softened reading as a
 * variant that differs in nothing else and analyses to a complete frontier, and no file of the
 * example copies a sentence of the seed articles.
 */
class UkraineExampleTest {
  private static final String SCENARIO = "examples/ukraine-2025/scenario.yaml";
  private static final String SOFTENED = "examples/ukraine-2025/scenario-softened.yaml";
  private static final List<String> TERRITORY =
      List.of("donetsk", "luhansk", "zaporizhzhia", "kherson");
  private static final List<String> PARTIES =
      List.of("russia", "ukraine", "united-states", "european-states");

  /* The copy check is the pre-submit hook's: every gold `sentence` longer than 80 characters,
   * cut to its first 70, must appear in no file. The gold files are read from the shared folder at
   * run time, so no article text enters the repository. */
  private static final int SENTENCE_MIN = 80;
  private static final int PREFIX = 70;

  private static LoadResult<Scenario> loaded;
  private static Scenario scenario;
  private static LoadResult<Scenario> softenedLoad;
  private static Scenario softened;

  @BeforeAll
  static void load() {
    loaded = ScenarioReader.read(ProjectFiles.resolve(SCENARIO));
    scenario = loaded.value();
    softenedLoad = ScenarioReader.read(ProjectFiles.resolve(SOFTENED));
    softened = softenedLoad.value();
  }

  @Test
  void scenario_loadsWithOnlyTheWarningsOfItsDeadlock() {
    assertThat(scenario).isNotNull();
    assertThat(scenario.id()).isEqualTo("ukraine-2025");
    assertThat(loaded.diagnostics())
        .allSatisfy(d -> assertThat(d.code()).isEqualTo("red-lines-conflict"))
        .hasSize(TERRITORY.size());
    assertThat(softened).isNotNull();
    assertThat(softenedLoad.diagnostics()).isEmpty();
  }

  @Test
  void asReported_theTerritorialRedLinesDeadlockTheTalks_andTheAnalysisSaysWhatWouldOpenThem() {
    Deadlock d = new ScenarioBargaining().analyze(scenario).deadlock();
    assertThat(d.deadlocked()).isTrue();
    assertThat(d.cause()).isEqualTo(Deadlock.Cause.RED_LINES);
    assertThat(d.conflicts()).extracting(c -> c.issue().value()).isEqualTo(TERRITORY);
    assertThat(d.openings()).isNotEmpty();
    for (Deadlock.Opening o : d.openings()) {
      assertThat(o.changes()).hasSize(TERRITORY.size());
      assertThat(o.margins()).allSatisfy(m -> assertThat(m).isGreaterThanOrEqualTo(0.0));
    }
    Deadlock.PartialDeal partial = d.partial().orElseThrow();
    for (int i = 0; i < scenario.issues().size(); i++) {
      String issue = scenario.issues().get(i).id().value();
      if (TERRITORY.contains(issue)) {
        assertThat(partial.outcome().get(i)).as(issue).isEmpty();
      }
      if (issue.equals("prisoners")) {
        assertThat(partial.outcome().get(i)).as(issue).isPresent();
      }
    }
    assertThat(partial.margins()).allSatisfy(m -> assertThat(m).isPositive());
  }

  @Test
  void theSoftenedVariant_differsOnlyInTheTerritorialRedLines() {
    assertThat(softened.issues()).isEqualTo(scenario.issues());
    assertThat(softened.actors()).isEqualTo(scenario.actors());
    assertThat(softened.levers()).isEqualTo(scenario.levers());
    for (ActorProfile p : scenario.profiles()) {
      ActorProfile q = softened.profile(p.actor()).orElseThrow();
      assertThat(q.stances()).isEqualTo(p.stances());
      assertThat(q.reservation()).isEqualTo(p.reservation());
      assertThat(q.patience()).isEqualTo(p.patience());
      assertThat(q.capability()).isEqualTo(p.capability());
      List<RedLine> kept =
          p.redLines().stream().filter(r -> !TERRITORY.contains(r.issue().value())).toList();
      assertThat(q.redLines()).isEqualTo(kept);
    }
    assertThat(new ScenarioBargaining().analyze(softened).deadlock().deadlocked()).isFalse();
  }

  @Test
  void everySource_isCitedAtLeastOnce() {
    Map<SourceId, Integer> citations = new LinkedHashMap<>();
    for (Source source : scenario.sources()) {
      citations.put(source.id(), 0);
    }
    for (Basis basis : bases(scenario)) {
      for (SourceId id : basis.sources()) {
        citations.merge(id, 1, Integer::sum);
      }
    }
    assertThat(scenario.sources()).hasSize(5);
    assertThat(citations)
        .allSatisfy((id, count) -> assertThat(count).as("cites of " + id).isPositive());
  }

  @Test
  void everyCitedValue_saysWhatItsSourceReports() {
    for (Basis basis : bases(scenario)) {
      assertThat(basis.note()).as("note of a value citing %s", basis.sources()).isNotBlank();
    }
  }

  @Test
  void everyParty_hasReservationPatienceAndAStanceOnEveryIssue() {
    assertThat(scenario.profiles())
        .extracting(p -> p.actor().value())
        .containsExactlyInAnyOrderElementsOf(PARTIES);
    for (ActorProfile profile : scenario.profiles()) {
      ModelPath at = ModelPath.of("profiles", profile.actor().value());
      assertThat(loaded.sourceMap().contains(at.child("reservation")))
          .as("%s writes a reservation", profile.actor())
          .isTrue();
      assertThat(loaded.sourceMap().contains(at.child("patience")))
          .as("%s writes a patience", profile.actor())
          .isTrue();
      assertThat(profile.reservation().basis().note()).isNotBlank();
      assertThat(profile.patience().basis().note()).isNotBlank();
      for (Issue issue : scenario.issues()) {
        IssueStance stance = profile.stances().get(issue.id());
        assertThat(stance).as("%s on %s", profile.actor(), issue.id()).isNotNull();
        assertThat(stance.salience().nominal())
            .as("salience of %s on %s", profile.actor(), issue.id())
            .isPositive();
      }
    }
  }

  @Test
  void theSoftenedVariant_givesACompleteFrontierWithAndWithoutEachLever() {
    ScenarioBargaining.Report report = new ScenarioBargaining().analyze(softened);

    assertThat(report.base().frontier().isComplete()).isTrue();
    assertThat(report.base().frontier().size()).isPositive();
    assertThat(report.levers()).hasSize(softened.levers().size());
    for (ScenarioBargaining.LeverReport lever : report.levers()) {
      assertThat(lever.report().frontier().isComplete())
          .as("frontier with %s", lever.lever())
          .isTrue();
    }
  }

  @Test
  void inTheSoftenedVariant_everyParty_prefersSomeEfficientPackageToContinuingTheWar() {
    ParetoFrontier frontier = new ScenarioBargaining().analyze(softened).base().frontier();
    BargainingProblem problem = frontier.problem();
    for (int j = 0; j < problem.partyCount(); j++) {
      double best = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < frontier.size(); i++) {
        best = Math.max(best, frontier.utility(i, j));
      }
      assertThat(best)
          .as("best package for %s against its walk-away value", problem.parties().get(j))
          .isGreaterThan(problem.disagreement(j));
    }
  }

  @Test
  void copyCheck_findsTheSentencesInTheGoldFilesThemselves() throws IOException {
    Set<String> prefixes = goldPrefixes();
    List<Path> gold = files(SharedData.resolve("gold"));

    assertThat(prefixes).isNotEmpty();
    assertThat(copiedInto(gold, prefixes)).isNotEmpty();
  }

  @Test
  void examples_copyNoSentenceOfTheSeedArticles() throws IOException {
    Set<String> prefixes = goldPrefixes();
    List<Path> examples = files(ProjectFiles.resolve("examples"));

    assertThat(examples).contains(ProjectFiles.resolve(SCENARIO));
    assertThat(files(ProjectFiles.resolve("examples/ukraine-2025/documents")))
        .hasSizeGreaterThanOrEqualTo(5);
    assertThat(copiedInto(examples, prefixes)).isEmpty();
  }

  private static List<Basis> bases(Scenario s) {
    List<Basis> out = new ArrayList<>();
    for (ActorProfile p : s.profiles()) {
      for (Estimate e : List.of(p.capability(), p.reservation(), p.patience())) {
        out.add(e.basis());
      }
      if (p.deadline() != null) {
        out.add(p.deadline().basis());
      }
      for (IssueStance stance : p.stances().values()) {
        out.add(stance.ideal().basis());
        out.add(stance.salience().basis());
        stance.utilities().values().forEach(u -> out.add(u.basis()));
      }
      p.redLines().stream().map(RedLine::basis).forEach(out::add);
    }
    s.levers().stream().map(Lever::basis).forEach(out::add);
    return out.stream().filter(b -> !b.sources().isEmpty()).toList();
  }

  private static Set<String> goldPrefixes() throws IOException {
    ObjectMapper json = JsonMapper.builder().build();
    Set<String> prefixes = new TreeSet<>();
    for (Path file : files(SharedData.resolve("gold"))) {
      if (!file.toString().endsWith(".json")) {
        continue;
      }
      JsonNode doc = json.readTree(file.toFile());
      for (String key : List.of("events", "predictions", "quotes")) {
        JsonNode items = doc.path(key);
        for (JsonNode item : items) {
          String sentence = item.path("sentence").asString("").strip();
          if (sentence.length() > SENTENCE_MIN) {
            prefixes.add(sentence.substring(0, PREFIX));
          }
        }
      }
    }
    return prefixes;
  }

  private static List<String> copiedInto(List<Path> files, Set<String> prefixes)
      throws IOException {
    List<String> hits = new ArrayList<>();
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      for (String prefix : prefixes) {
        if (text.contains(prefix)) {
          hits.add(file.getFileName() + ": " + prefix);
        }
      }
    }
    return hits;
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
