package dev.parley.core.forecast.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.random.Seed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupedFoldsTest {
  /** 137 groups of 1 to 5 items, like the DEU proposals. */
  private static List<String> groups() {
    List<String> out = new ArrayList<>();
    for (int g = 0; g < 137; g++) {
      for (int i = 0; i <= g % 5; i++) {
        out.add("p" + g);
      }
    }
    return out;
  }

  @Test
  void assign_keepsEveryGroupInOneFold() {
    List<String> groups = groups();
    int[] fold = GroupedFolds.assign(groups, 10, Seed.of(1).generator());
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < fold.length; i++) {
      Integer before = seen.putIfAbsent(groups.get(i), fold[i]);
      assertThat(before == null || before == fold[i]).as("item %d", i).isTrue();
    }
  }

  @Test
  void assign_givesFoldsWhoseGroupCountsDifferByAtMostOne() {
    List<String> groups = groups();
    int[] fold = GroupedFolds.assign(groups, 10, Seed.of(2).generator());
    List<Set<String>> byFold = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      byFold.add(new HashSet<>());
    }
    for (int i = 0; i < fold.length; i++) {
      byFold.get(fold[i]).add(groups.get(i));
    }
    for (Set<String> f : byFold) {
      assertThat(f.size()).isBetween(13, 14);
    }
  }

  @Test
  void assign_dependsOnlyOnTheSeed() {
    List<String> groups = groups();
    int[] a = GroupedFolds.assign(groups, 10, Seed.of(3).generator());
    assertThat(GroupedFolds.assign(groups, 10, Seed.of(3).generator())).isEqualTo(a);
    assertThat(GroupedFolds.assign(groups, 10, Seed.of(4).generator())).isNotEqualTo(a);
  }

  @Test
  void members_splitTheItemsIntoAFoldAndTheRest() {
    int[] fold = {0, 1, 0, 2, 1};
    assertThat(GroupedFolds.members(fold, 0, true)).containsExactly(0, 2);
    assertThat(GroupedFolds.members(fold, 0, false)).containsExactly(1, 3, 4);
  }

  @Test
  void assign_rejectsMoreFoldsThanGroups() {
    assertThatThrownBy(() -> GroupedFolds.assign(List.of("a", "a", "b"), 3, Seed.of(1).generator()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 to 2 folds");
  }
}
