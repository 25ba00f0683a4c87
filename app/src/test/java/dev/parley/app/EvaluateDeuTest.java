package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.parley.core.forecast.CompromiseModel;
import dev.parley.core.forecast.Forecast;
import dev.parley.core.forecast.Forecaster;
import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.forecast.ensemble.DeuEnsemble;
import dev.parley.core.forecast.ensemble.EnsembleForecaster;
import dev.parley.core.forecast.ensemble.EnsembleParameters;
import dev.parley.core.forecast.ensemble.LocationFeatures;
import dev.parley.core.forecast.exchange.ExchangeModel;
import dev.parley.core.forecast.exchange.ExchangeRun;
import dev.parley.core.forecast.nash.NashBargainingModel;
import dev.parley.core.forecast.score.Calibration;
import dev.parley.core.forecast.score.CrossValidation;
import dev.parley.core.forecast.score.Evaluation;
import dev.parley.core.forecast.score.ModelScore;
import dev.parley.core.random.Seed;
import dev.parley.io.deu.DeuDataset;
import dev.parley.io.deu.DeuIssue;
import dev.parley.io.deu.DeuProposal;
import dev.parley.io.deu.DeuReader;
import dev.parley.io.deu.EvaluationJson;
import dev.parley.testkit.ProjectFiles;
import dev.parley.testkit.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code parley evaluate deu} on the shared DEU III table (research/anchors-forecasting.md §3.3).
 */
class EvaluateDeuTest {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private static Path file;
  private static Evaluation evaluation;

  @BeforeAll
  static void evaluate() {
    file = SharedData.resolve("data/deu/deu3.csv");
    EvaluateDeu.Result result = new EvaluateDeu().run(file, 1, 500);
    assertThat(result.diagnostics()).isEmpty();
    evaluation = result.evaluation();
    assertThat(evaluation).isNotNull();
  }

  private static ModelScore score(String model) {
    return evaluation.scores().stream().filter(s -> s.model().equals(model)).findFirst().get();
  }

  @Test
  void compromise_hasTheMaeOfTheResearchNote() {
    ModelScore compromise = score("compromise");
    assertThat(compromise.errors().n()).isEqualTo(353);
    assertThat(compromise.errors().mae()).isCloseTo(23.07, within(0.1));
    assertThat(compromise.versusBaseline()).isNull();
  }

  @Test
  void everyRegisteredModel_isScoredOnEveryIssueAgainstTheCompromise() {
    assertThat(evaluation.items()).isEqualTo(353);
    List<String> expected = new ArrayList<>();
    expected.add(EnsembleForecaster.NAME);
    expected.addAll(ForecastModels.names());
    assertThat(evaluation.scores()).extracting(ModelScore::model).isEqualTo(expected);
    for (ModelScore s : evaluation.scores()) {
      assertThat(s.errors().n()).as(s.model()).isEqualTo(353);
      if (!s.model().equals("compromise")) {
        assertThat(s.versusBaseline()).as(s.model()).isNotNull();
        assertThat(s.versusBaseline().estimate())
            .as(s.model())
            .isCloseTo(s.errors().mae() - score("compromise").errors().mae(), within(1e-9));
      }
    }
  }

  @Test
  void ensemble_beatsTheCompromiseOnIssuesOfProposalsItWasNotFittedOn() {
    ModelScore ensemble = score(EnsembleForecaster.NAME);
    assertThat(ensemble.errors().n()).isEqualTo(353);
    assertThat(ensemble.errors().mae()).isLessThan(score("compromise").errors().mae());
    assertThat(ensemble.versusBaseline()).isNotNull();
    assertThat(ensemble.versusBaseline().upper()).isNegative();
    CrossValidation cv = evaluation.crossValidation();
    assertThat(cv).isNotNull();
    assertThat(cv.folds()).isEqualTo(10);
    assertThat(cv.groups()).isEqualTo("proposal");
    assertThat(cv.chosen()).hasSize(10).allMatch(cv.penalties()::contains);
  }

  @Test
  void everyModelsHeldOutIntervals_holdAboutTheirNominalShareOfOutcomes() {
    // Split-conformal intervals hold at least their level up to sampling noise (3 points is more
    // than two binomial standard errors on 353 issues); they hold more where many errors tie at the
    // radius (the median and the EUM hit outcomes exactly) or the radius reaches the whole scale.
    // The ensemble is within 3 points of every level, and its 80 % interval within 78–82 % (issue
    // 8).
    for (ModelScore s : evaluation.scores()) {
      assertThat(s.calibration())
          .extracting(Calibration::level)
          .as(s.model())
          .containsExactly(0.5, 0.8, 0.9, 0.95);
      for (Calibration c : s.calibration()) {
        assertThat(c.coverage())
            .as("%s at %s", s.model(), c.level())
            .isGreaterThanOrEqualTo(c.level() - 0.03);
      }
    }
    for (Calibration c : score(EnsembleForecaster.NAME).calibration()) {
      assertThat(c.coverage()).as("ensemble at %s", c.level()).isCloseTo(c.level(), within(0.03));
    }
    assertThat(score(EnsembleForecaster.NAME).calibration(0.8).coverage()).isBetween(0.78, 0.82);
  }

  @Test
  void shippedEnsemble_isWhatFittingOnTheSharedDataGives() {
    DeuDataset data = DeuReader.read(file).orElseThrow();
    EnsembleParameters fitted = EvaluateDeu.fitEnsemble(data, Seed.of(DeuEnsemble.SEED));
    EnsembleParameters shipped = DeuEnsemble.parameters();
    String update = "update DeuEnsemble with:\n" + snippet(fitted, score(EnsembleForecaster.NAME));
    assertThat(shipped.members()).as(update).isEqualTo(fitted.members());
    assertThat(shipped.penalty()).as(update).isEqualTo(fitted.penalty());
    assertThat(shipped.levels()).as(update).isEqualTo(fitted.levels());
    assertThat(shipped.radii()).as(update).isEqualTo(fitted.radii());
    for (int j = 0; j < fitted.coefficients().size(); j++) {
      assertThat(shipped.coefficients().get(j))
          .as(update)
          .isCloseTo(fitted.coefficients().get(j), within(1e-9));
    }
    assertThat(evaluation.seed()).isEqualTo(DeuEnsemble.SEED);
    ModelScore ensemble = score(EnsembleForecaster.NAME);
    assertThat(DeuEnsemble.HELD_OUT_MAE)
        .as(update)
        .isCloseTo(ensemble.errors().mae(), within(1e-9));
    assertThat(DeuEnsemble.HELD_OUT_COVERAGE_80)
        .as(update)
        .isCloseTo(ensemble.calibration(0.8).coverage(), within(1e-9));
  }

  @Test
  void shippedStandings_areWhatTheEvaluationMeasures() {
    for (ModelScore s : evaluation.scores()) {
      ModelStanding standing = ForecastModels.standing(s.model()).orElseThrow();
      String measured =
          "stand(\""
              + s.model()
              + "\", "
              + s.errors().mae()
              + ", "
              + s.calibration(0.8).coverage()
              + ", ...)";
      assertThat(standing.deuMae()).as(measured).isCloseTo(s.errors().mae(), within(1e-9));
      assertThat(standing.deuCoverage80())
          .as(measured)
          .isCloseTo(s.calibration(0.8).coverage(), within(1e-9));
    }
    assertThat(ForecastModels.standing("eum-paper").orElseThrow().reproducesSource()).isFalse();
  }

  /** The Java lines of DeuEnsemble that the fit gives. */
  private static String snippet(EnsembleParameters p, ModelScore heldOut) {
    StringBuilder b = new StringBuilder();
    b.append("  HELD_OUT_MAE = ").append(heldOut.errors().mae()).append(";\n");
    b.append("  HELD_OUT_COVERAGE_80 = ").append(heldOut.calibration(0.8).coverage()).append(";\n");
    b.append("  PENALTY = ").append(p.penalty()).append(";\n  COEFFICIENTS = {\n");
    List<String> names = LocationFeatures.names(p.members());
    for (int j = 0; j < names.size(); j++) {
      b.append("    ")
          .append(p.coefficients().get(j))
          .append(j + 1 < names.size() ? ", // " : " // ")
          .append(names.get(j))
          .append('\n');
    }
    b.append("  };\n  RADII = ").append(p.radii()).append(";\n");
    return b.toString();
  }

  @Test
  void evaluation_isReproducibleFromItsSeed() {
    DeuDataset data = DeuReader.read(file).orElseThrow();
    List<Forecaster> models = List.of(new CompromiseModel(), ForecastModels.named("median").get());
    EvaluateDeu use = new EvaluateDeu(models);
    Evaluation a = use.evaluate(data, Seed.of(5), 300);
    assertThat(use.evaluate(data, Seed.of(5), 300)).isEqualTo(a);
    assertThat(use.evaluate(data, Seed.of(6), 300)).isNotEqualTo(a);
  }

  /** A model that couples dimensions but forecasts each as the compromise model would. */
  private static final class JointCompromise implements Forecaster {
    @Override
    public String name() {
      return "joint";
    }

    @Override
    public Forecast forecast(SpatialProblem problem, Seed seed) {
      return new CompromiseModel().forecast(problem, seed);
    }

    @Override
    public boolean couplesDimensions() {
      return true;
    }
  }

  @Test
  void couplingModels_seeEachProposalWholeAndAreScoredIssueByIssue() {
    // Actors absent from an issue have salience 0 in the proposal's problem, so a joint run of the
    // compromise model scores as the issue-by-issue one, except in the few proposals whose issues
    // need different voting weights: a proposal takes the Nice weights if any issue needs them.
    DeuDataset data = DeuReader.read(file).orElseThrow();
    double[] joint = EvaluateDeu.absoluteErrors(new JointCompromise(), data, Seed.of(1));
    double[] alone = EvaluateDeu.absoluteErrors(new CompromiseModel(), data, Seed.of(1));
    assertThat(joint).hasSize(353);
    Set<String> mixed = new HashSet<>();
    for (DeuProposal proposal : data.scoredProposals()) {
      if (proposal.issues().stream().map(DeuIssue::isEnlarged).distinct().count() > 1) {
        mixed.add(proposal.proposal());
      }
    }
    assertThat(mixed).hasSize(6);
    List<DeuIssue> issues = data.scoredIssues();
    for (int k = 0; k < joint.length; k++) {
      if (!mixed.contains(issues.get(k).proposal())) {
        assertThat(joint[k]).as("issue %d", k).isCloseTo(alone[k], within(1e-9));
      }
    }
  }

  @Test
  void exchangeModel_convergesOnEveryProposal() {
    DeuDataset data = DeuReader.read(file).orElseThrow();
    for (DeuProposal proposal : data.scoredProposals()) {
      ExchangeRun run = new ExchangeModel().run(proposal.problem());
      assertThat(run.converged()).as(proposal.proposal()).isTrue();
    }
  }

  @Test
  void nash_isTheReferencePointWhereverItLiesAmongTheIdeals() {
    DeuDataset data = DeuReader.read(file).orElseThrow();
    int withReference = 0;
    int among = 0;
    int atReference = 0;
    for (DeuIssue issue : data.scoredIssues()) {
      SpatialProblem p = issue.problem();
      if (!p.hasReference(0)) {
        continue;
      }
      withReference++;
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < p.actorCount(); i++) {
        if (p.capability(i) * p.salience(i, 0) > 0) {
          lo = Math.min(lo, p.position(i, 0));
          hi = Math.max(hi, p.position(i, 0));
        }
      }
      boolean inside = p.reference(0) >= lo && p.reference(0) <= hi;
      double forecast = new NashBargainingModel().forecast(p, Seed.of(1)).outcome(0);
      among += inside ? 1 : 0;
      atReference += forecast == p.reference(0) ? 1 : 0;
      assertThat(forecast == p.reference(0)).as(issue.issue()).isEqualTo(inside);
    }
    assertThat(withReference).isEqualTo(253);
    assertThat(among).isEqualTo(atReference).isEqualTo(210);
  }

  @Test
  void json_conformsToItsSchema() throws Exception {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(
                JSON.readTree(
                    Files.readString(ProjectFiles.resolve("docs/schema/evaluate.schema.json"))));
    String json = EvaluationJson.write(evaluation, "test");
    assertThat(schema.validate(JSON.readTree(json))).isEmpty();
    ObjectNode tree = EvaluationJson.tree(evaluation, "test");
    assertThat(tree.get("models").get(0).get("model").asString()).isEqualTo("ensemble");
    assertThat(tree.get("models").get(0).get("coverage_80").asDouble()).isBetween(0.78, 0.82);
    assertThat(tree.get("models").get(1).get("calibration")).hasSize(4);
    assertThat(tree.get("cross_validation").get("chosen_penalties")).hasSize(10);
    ((ObjectNode) tree.get("models").get(0)).remove("median_ae");
    assertThat(schema.validate(tree)).isNotEmpty();
    ObjectNode badCoverage = EvaluationJson.tree(evaluation, "test");
    ((ObjectNode) badCoverage.get("models").get(1)).put("coverage_80", 1.5);
    assertThat(schema.validate(badCoverage)).isNotEmpty();
  }
}
