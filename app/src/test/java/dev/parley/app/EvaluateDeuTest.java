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
import dev.parley.core.forecast.exchange.ExchangeModel;
import dev.parley.core.forecast.exchange.ExchangeRun;
import dev.parley.core.forecast.nash.NashBargainingModel;
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
    assertThat(evaluation.scores()).extracting(ModelScore::model).isEqualTo(ForecastModels.names());
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
    ((ObjectNode) tree.get("models").get(0)).remove("median_ae");
    assertThat(schema.validate(tree)).isNotEmpty();
  }
}
