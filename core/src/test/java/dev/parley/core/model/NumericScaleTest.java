package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumericScaleTest {
  private static final NumericScale WAGE = new NumericScale(0, 6, 0.5, "%");

  @Test
  void positionOf_placesValuesOnTheScaleAndMaxExactlyAt100() {
    assertThat(WAGE.positionOf(0)).isEqualTo(0.0);
    assertThat(WAGE.positionOf(4.5)).isEqualTo(75.0);
    assertThat(WAGE.positionOf(6)).isEqualTo(100.0);
    assertThat(WAGE.positionOf(7.5)).isEqualTo(125.0);
    assertThat(WAGE.positionOf(-1.5)).isEqualTo(-25.0);
    // 100 · (max − min) / (max − min) rounds to 100.00000000000001 or 99.99999999999999 for
    // these ranges; max is placed at 100 exactly, and a value just below it never beyond 100
    double[][] ranges = {
      {5.560961354096106, 8.280670264276516},
      {-8.990556837692154, 38.91495027029851},
      {-8.887245342532408, 77.15396956561496}
    };
    for (double[] r : ranges) {
      NumericScale s = new NumericScale(r[0], r[1], r[1] - r[0], "");
      assertThat(s.positionOf(s.max())).as("max of %s", s).isEqualTo(100.0);
      assertThat(s.positionOf(Math.nextDown(s.max())))
          .as("below max of %s", s)
          .isLessThanOrEqualTo(100);
      assertThat(s.positionOf(s.min())).isEqualTo(0.0);
    }
  }

  @Test
  void valueOf_isTheInverseOfPositionOf() {
    assertThat(WAGE.valueOf(75)).isEqualTo(4.5);
    assertThat(WAGE.valueOf(100)).isEqualTo(6.0);
    NumericScale cut = new NumericScale(0, 60, 15, "% cut");
    for (int k = 0; k < cut.optionCount(); k++) {
      assertThat(cut.valueOf(cut.positionOf(cut.valueAt(k)))).isEqualTo(cut.valueAt(k));
    }
  }

  @Test
  void distributions_mapBetweenTheUnitAndTheScale() {
    Distribution inUnit = new Distribution.Uniform(1.5, 4.5, 3);
    assertThat(WAGE.positionsOf(inUnit)).isEqualTo(new Distribution.Uniform(25, 75, 50));
    assertThat(WAGE.valuesOf(new Distribution.Uniform(25, 75, 50))).isEqualTo(inUnit);
    Distribution normal = WAGE.positionsOf(new Distribution.Normal(3, 0.6, 0, 6));
    assertThat(normal).isEqualTo(new Distribution.Normal(50, 10, 0, 100));
  }

  @Test
  void format_givesTheValueInItsUnitToOneDecimalBeyondTheStep() {
    assertThat(WAGE.format(4.5)).isEqualTo("4.5 %");
    assertThat(WAGE.format(2.2274)).isEqualTo("2.23 %");
    assertThat(new NumericScale(0, 60, 15, "% cut").format(15)).isEqualTo("15 % cut");
    assertThat(new NumericScale(0, 60, 15, "% cut").format(22.27)).isEqualTo("22.3 % cut");
    assertThat(new NumericScale(0, 800000, 50000, "troops").format(650000))
        .isEqualTo("650000 troops");
    assertThat(new NumericScale(0, 1, 0.1, "").format(0.1 + 0.2)).isEqualTo("0.3");
    assertThat(new NumericScale(-5, 5, 1, "").format(-0.01)).isEqualTo("0");
  }

  @Test
  void issue_describesAPositionInItsUnitOrByItsOptionLabel() {
    List<IssueOption> options = new ArrayList<>();
    for (int k = 0; k < WAGE.optionCount(); k++) {
      options.add(
          new IssueOption(Double.toString(WAGE.valueAt(k)), "", WAGE.positionOf(WAGE.valueAt(k))));
    }
    Issue wage = new Issue(IssueId.of("wage"), "Wage", "", options, WAGE);
    assertThat(wage.describe(25)).isEqualTo("1.5 %");
    assertThat(wage.describe(37.1)).isEqualTo("2.23 %");
    Issue shifts =
        new Issue(
            IssueId.of("shifts"),
            "Shifts",
            "",
            List.of(
                new IssueOption("eight", "8-hour shifts", 0),
                new IssueOption("twelve", "12-hour shifts", 100)),
            null);
    assertThat(shifts.describe(0)).isEqualTo("8-hour shifts");
    assertThat(shifts.describe(70)).isEqualTo("12-hour shifts");
    assertThat(shifts.ordered()).isTrue();
  }

  @Test
  void numericIssue_isAlwaysOrdered() {
    assertThatThrownBy(() -> new Issue(IssueId.of("wage"), "Wage", "", List.of(), WAGE, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("wage");
  }
}
