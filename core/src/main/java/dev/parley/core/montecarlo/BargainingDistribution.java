package dev.parley.core.montecarlo;

import java.util.List;
import java.util.Objects;

/**
 * The bargaining outcome under uncertainty: how likely a zone of agreement is, which package a
 * solution concept selects how often, and what each party gets there.
 *
 * @param analysis the analysis's name (the concept's)
 * @param concept the solution concept, such as {@code nash}
 * @param trials the number of trials
 * @param undetermined trials whose exact frontier passed its size limit; left out of every figure
 * @param deal trials in which some package is weakly preferred to walking away by every party
 * @param margin the deal margin, max over packages of min over parties of (utility − walk-away):
 *     positive or zero exactly when there is a deal
 * @param selected trials in which the concept selects a package
 * @param distinctPackages how many different packages the concept selects over the trials
 * @param packages the most frequent selected packages, most frequent first; the share counts all
 *     determined trials, so the shares and the trials without a package sum to one
 * @param utilities each party's utility at the selected package, over the trials with one
 */
public record BargainingDistribution(
    String analysis,
    String concept,
    long trials,
    long undetermined,
    Proportion deal,
    SampleSummary margin,
    Proportion selected,
    int distinctPackages,
    List<PackageShare> packages,
    List<PartyUtility> utilities)
    implements AnalysisSummary {
  /** Validates and copies the fields. */
  public BargainingDistribution {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(concept, "concept");
    Objects.requireNonNull(deal, "deal");
    Objects.requireNonNull(margin, "margin");
    Objects.requireNonNull(selected, "selected");
    packages = List.copyOf(packages);
    utilities = List.copyOf(utilities);
  }

  /**
   * A package and how often the concept selects it.
   *
   * @param options the option id chosen on each issue, in scenario order
   */
  public record PackageShare(List<String> options, Proportion share) {
    /** Validates and copies the fields. */
    public PackageShare {
      options = List.copyOf(options);
      Objects.requireNonNull(share, "share");
    }
  }

  /** One party's utility at the selected package, over the trials with one. */
  public record PartyUtility(String party, SampleSummary utility) {
    /** Validates the fields. */
    public PartyUtility {
      Objects.requireNonNull(party, "party");
      Objects.requireNonNull(utility, "utility");
    }
  }
}
