package dev.parley.app;

import dev.parley.core.claim.Claim;
import dev.parley.core.claim.ClaimCitation;
import dev.parley.core.claim.ClaimGroup;
import dev.parley.core.claim.ClaimGrouping;
import dev.parley.core.claim.ClaimNormaliser;
import dev.parley.core.claim.ClaimRules;
import dev.parley.core.claim.ClaimSentence;
import dev.parley.io.result.ClaimsJson;
import dev.parley.store.evidence.EvidenceQuery;
import dev.parley.store.evidence.EvidenceType;
import dev.parley.store.evidence.StoredEvidence;
import dev.parley.store.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The use case behind {@code parley claims}: every claim the workspace's documents make, normalised
 * (who did what, polarity and mode, how much, when, where, and who asserts it), grouped by what it
 * is about, with the groups where sources disagree flagged (docs/claims.md).
 */
public final class ListClaims {
  /** The most evidence items read from one workspace. */
  public static final int MAX_ITEMS = 1_000_000;

  /** The default tolerance for quantities: a tenth of the larger (docs/claims.md). */
  public static final double DEFAULT_TOLERANCE = ClaimGrouping.TOLERANCE;

  /** The resource that holds the claim rules, beside {@link ClaimRules} in parley-core. */
  public static final String RULES = "claim-rules.tsv";

  private static final ClaimRules STANDARD = ClaimRules.parse(rulesTable());

  private ListClaims() {}

  /**
   * What was found.
   *
   * @param groups the groups of two or more sources, disagreements first
   * @param claims how many claims the documents make in all
   * @param tolerance the share of the larger by which two quantities may differ and agree
   * @param messages the workspace's problems and warnings, formatted
   * @param failed whether the workspace could not be read
   */
  public record Result(
      List<ClaimGroup> groups,
      int claims,
      double tolerance,
      List<String> messages,
      boolean failed) {
    /** Copies the lists. */
    public Result {
      groups = List.copyOf(groups);
      messages = List.copyOf(messages);
    }

    /** Returns how many groups show a disagreement. */
    public long disagreements() {
      return groups.stream().filter(ClaimGroup::disagreement).count();
    }

    /** Returns the result as JSON (docs/schema/claims.schema.json). */
    public String json() {
      return ClaimsJson.write(groups, claims, tolerance);
    }

    /** Returns the result as a table for a reader. */
    public String table() {
      return render(this);
    }
  }

  /** Returns the claims of a workspace folder, with quantities compared at the given tolerance. */
  public static Result run(Path workspace, double tolerance) {
    if (!(tolerance >= 0)) {
      throw new IllegalArgumentException("expected a tolerance >= 0, but found " + tolerance);
    }
    List<String> messages = new ArrayList<>();
    Result r =
        WorkspaceReads.read(workspace, messages, ws -> fromWorkspace(ws, tolerance, messages));
    return r == null ? new Result(List.of(), 0, tolerance, messages, true) : r;
  }

  /** Returns the claims of an open workspace. */
  public static Result fromWorkspace(Workspace ws, double tolerance, List<String> messages) {
    EvidenceQuery query =
        EvidenceQuery.all()
            .withTypes(
                EnumSet.of(
                    EvidenceType.MENTION,
                    EvidenceType.EVENT,
                    EvidenceType.QUOTE,
                    EvidenceType.NUMBER))
            .withLimit(MAX_ITEMS);
    List<StoredEvidence> found = ws.find(query);
    List<Claim> claims = claims(found, STANDARD);
    return new Result(
        ClaimGrouping.group(claims, tolerance), claims.size(), tolerance, messages, false);
  }

  /** Returns the standard claim rules. */
  public static ClaimRules rules() {
    return STANDARD;
  }

  /** Returns the claims stored evidence makes, sentence by sentence, with the given rules. */
  public static List<Claim> claims(List<StoredEvidence> evidence, ClaimRules rules) {
    Map<String, List<StoredEvidence>> bySentence = new LinkedHashMap<>();
    for (StoredEvidence e : evidence) {
      var sentence = e.item().provenance().sentence();
      String key = e.citation().document().value() + "@" + sentence.start() + "-" + sentence.end();
      bySentence.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    }
    ClaimNormaliser normaliser = new ClaimNormaliser(rules);
    List<Claim> out = new ArrayList<>();
    for (List<StoredEvidence> items : bySentence.values()) {
      StoredEvidence first = items.get(0);
      if (first.sentence().isEmpty()) {
        continue;
      }
      List<ClaimSentence.Item> list =
          items.stream().map(e -> new ClaimSentence.Item(e.id(), e.item())).toList();
      ClaimSentence s =
          new ClaimSentence(
              first.citation().document().value(),
              first.item().provenance().sentence().start(),
              first.sentence(),
              list,
              first.citation().outlet(),
              first.citation().published(),
              first.citation().url(),
              first.citation().source());
      out.addAll(normaliser.claims(s));
    }
    return out;
  }

  private static String render(Result r) {
    StringBuilder out = new StringBuilder();
    for (ClaimGroup g : r.groups()) {
      out.append(g.subject())
          .append("  ")
          .append(g.sources())
          .append(" sources  ")
          .append(g.disagreement() ? "DISAGREE on " + String.join(", ", g.fields()) : "agree")
          .append('\n');
      for (Claim c : g.claims()) {
        ClaimCitation cite = c.citation();
        out.append("  ")
            .append(c.isQuantity() ? "says    " : c.affirmed() ? "says yes" : "says no ")
            .append("  ")
            .append(c.claimant())
            .append(" (")
            .append(c.claimantKind())
            .append(")")
            .append(c.asserted() ? "" : ", expected not asserted")
            .append(": \u201c")
            .append(c.cue())
            .append("\u201d")
            .append(c.place() == null ? "" : " " + c.place())
            .append(
                c.value() == null
                    ? ""
                    : " = " + number(c.value()) + (c.unit() == null ? "" : " " + c.unit()))
            .append(c.when() == null ? "" : " on " + c.when())
            .append(c.who().isEmpty() ? "" : "; by " + String.join(", ", c.who()))
            .append('\n');
        out.append("      ")
            .append(cite.outlet() == null ? "unknown outlet" : cite.outlet())
            .append(", ")
            .append(cite.published() == null ? "undated" : cite.published().toString())
            .append(cite.url() == null ? "" : ", " + cite.url())
            .append(" (")
            .append(cite.document())
            .append(", characters ")
            .append(cite.start())
            .append('-')
            .append(cite.end())
            .append(", ")
            .append(cite.extractor())
            .append(cite.evidence() == null ? "" : ", " + cite.evidence())
            .append(", ")
            .append(cite.source().kind().label().replace('_', ' '))
            .append(")\n");
        out.append("      \u201c").append(cite.sentence().strip()).append("\u201d\n");
      }
    }
    out.append(r.groups().size())
        .append(r.groups().size() == 1 ? " subject" : " subjects")
        .append(" with two or more sources, ")
        .append(r.disagreements())
        .append(" with a disagreement, from ")
        .append(r.claims())
        .append(r.claims() == 1 ? " claim" : " claims")
        .append(
            String.format(
                Locale.ROOT, " (quantities agree within %s of the larger)", percent(r.tolerance())))
        .append('\n');
    return out.toString();
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static String percent(double share) {
    return number(share * 100) + " %";
  }

  private static String rulesTable() {
    try (InputStream in = ClaimRules.class.getResourceAsStream(RULES)) {
      if (in == null) {
        throw new IllegalStateException(
            "expected the resource " + RULES + " beside ClaimRules in parley-core, but found none");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("expected to read " + RULES + ", but reading failed", e);
    }
  }
}
