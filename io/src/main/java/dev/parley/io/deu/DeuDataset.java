package dev.parley.io.deu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A DEU table: every issue read, in file order.
 *
 * @param file the file it was read from, as given
 * @param issues every issue read
 */
public record DeuDataset(String file, List<DeuIssue> issues) {
  /** Validates and copies the fields. */
  public DeuDataset {
    Objects.requireNonNull(file, "file");
    issues = List.copyOf(issues);
  }

  /** Returns the issues whose outcome is known and on which some actor holds a position. */
  public List<DeuIssue> scoredIssues() {
    List<DeuIssue> out = new ArrayList<>();
    for (DeuIssue issue : issues) {
      if (issue.hasOutcome() && issue.positions().stream().anyMatch(p -> !p.isNaN())) {
        out.add(issue);
      }
    }
    return out;
  }

  /** Returns the scored issues grouped by proposal, proposals in order of first appearance. */
  public List<DeuProposal> scoredProposals() {
    Map<String, List<DeuIssue>> groups = new LinkedHashMap<>();
    for (DeuIssue issue : scoredIssues()) {
      groups.computeIfAbsent(issue.proposal(), p -> new ArrayList<>()).add(issue);
    }
    List<DeuProposal> out = new ArrayList<>();
    for (List<DeuIssue> group : groups.values()) {
      out.add(new DeuProposal(group.get(0).proposal(), group.get(0).proposalName(), group));
    }
    return out;
  }
}
