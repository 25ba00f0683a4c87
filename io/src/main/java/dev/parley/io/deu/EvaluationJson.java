package dev.parley.io.deu;

import dev.parley.core.forecast.score.Calibration;
import dev.parley.core.forecast.score.ConfidenceInterval;
import dev.parley.core.forecast.score.CrossValidation;
import dev.parley.core.forecast.score.ErrorSummary;
import dev.parley.core.forecast.score.Evaluation;
import dev.parley.core.forecast.score.ModelScore;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an evaluation of forecasting models as JSON, in the layout of {@code
 * docs/schema/evaluate.schema.json}: the dataset, the bootstrap's seed, replicates and level, the
 * baseline, and for each model {@code mae}, {@code median_ae}, {@code hit5}, {@code hit10}, {@code
 * n}, except for the baseline {@code vs_baseline} (the MAE difference with its interval), and with
 * held-out intervals {@code coverage_80} and {@code calibration} (nominal level, observed coverage
 * and mean width at each level); the ensemble is the entry named {@code ensemble}; {@code
 * cross_validation} gives the folds. Numbers are written in full double precision; keys keep a
 * fixed order.
 */
public final class EvaluationJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private EvaluationJson() {}

  /** Returns the evaluation as indented JSON, ended by a newline. */
  public static String write(Evaluation evaluation, String version) {
    return MAPPER.writeValueAsString(tree(evaluation, version)) + "\n";
  }

  /** Returns the evaluation as a JSON tree. */
  public static ObjectNode tree(Evaluation evaluation, String version) {
    ObjectNode root = NODES.objectNode();
    root.put("parley", version);
    root.put("dataset", evaluation.dataset());
    root.put("issues", evaluation.items());
    root.put("baseline", evaluation.baseline());
    ObjectNode bootstrap = root.putObject("bootstrap");
    bootstrap.put("seed", evaluation.seed());
    bootstrap.put("replicates", evaluation.replicates());
    bootstrap.put("level", evaluation.level());
    ArrayNode models = root.putArray("models");
    for (ModelScore score : evaluation.scores()) {
      ErrorSummary e = score.errors();
      ObjectNode model = models.addObject();
      model.put("model", score.model());
      model.put("n", e.n());
      model.put("mae", e.mae());
      model.put("median_ae", e.medianAe());
      model.put("hit5", e.hit5());
      model.put("hit10", e.hit10());
      ConfidenceInterval versus = score.versusBaseline();
      if (versus != null) {
        ObjectNode difference = model.putObject("vs_baseline");
        difference.put("mae_difference", versus.estimate());
        difference.put("lower", versus.lower());
        difference.put("upper", versus.upper());
      }
      Calibration at80 = score.calibration(0.8);
      if (at80 != null) {
        model.put("coverage_80", at80.coverage());
      }
      if (!score.calibration().isEmpty()) {
        ArrayNode calibration = model.putArray("calibration");
        for (Calibration c : score.calibration()) {
          ObjectNode row = calibration.addObject();
          row.put("level", c.level());
          row.put("coverage", c.coverage());
          row.put("mean_width", c.meanWidth());
        }
      }
    }
    CrossValidation cv = evaluation.crossValidation();
    if (cv != null) {
      ObjectNode folds = root.putObject("cross_validation");
      folds.put("groups", cv.groups());
      folds.put("folds", cv.folds());
      folds.put("inner_folds", cv.innerFolds());
      folds.put("seed", cv.seed());
      ArrayNode penalties = folds.putArray("penalties");
      cv.penalties().forEach(penalties::add);
      ArrayNode chosen = folds.putArray("chosen_penalties");
      cv.chosen().forEach(chosen::add);
    }
    return root;
  }
}
