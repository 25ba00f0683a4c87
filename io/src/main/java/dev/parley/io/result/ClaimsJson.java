package dev.parley.io.result;

import dev.parley.core.claim.Claim;
import dev.parley.core.claim.ClaimCitation;
import dev.parley.core.claim.ClaimGroup;
import dev.parley.core.evidence.SourceProfile;
import java.util.List;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code parley claims} found, as JSON: the groups of claims about one subject from different
 * sources, each claim with its citation and each group with whether and where the sources disagree;
 * documented by docs/schema/claims.schema.json.
 */
public final class ClaimsJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ClaimsJson() {}

  /**
   * Returns the groups as indented JSON ending in a newline.
   *
   * @param claims how many claims the workspace's documents make in all
   * @param tolerance the share of the larger by which two quantities may differ and agree
   */
  public static String write(List<ClaimGroup> groups, int claims, double tolerance) {
    ObjectNode root = NODES.objectNode();
    root.put("claims", claims);
    root.put("tolerance", tolerance);
    root.put("disagreements", groups.stream().filter(ClaimGroup::disagreement).count());
    ArrayNode list = root.putArray("groups");
    for (ClaimGroup g : groups) {
      ObjectNode node = list.addObject();
      node.put("subject", g.subject());
      node.put("sources", g.sources());
      node.put("disagreement", g.disagreement());
      node.put("field", g.field());
      ArrayNode fields = node.putArray("fields");
      g.fields().forEach(fields::add);
      ArrayNode items = node.putArray("claims");
      for (Claim c : g.claims()) {
        claim(items.addObject(), c);
      }
    }
    return MAPPER.writeValueAsString(root) + "\n";
  }

  private static void claim(ObjectNode node, Claim c) {
    node.put("claimant", c.claimant());
    node.put("claimant_kind", c.claimantKind());
    ArrayNode who = node.putArray("who");
    c.who().forEach(who::add);
    node.put("event", c.event() == null ? null : c.event().name());
    node.put("mode", c.mode().isEmpty() ? null : c.mode());
    node.put("polarity", c.affirmed() ? "affirmed" : "negated");
    node.put("asserted", c.asserted());
    node.put("place", c.place());
    if (c.value() == null) {
      node.putNull("value");
    } else {
      node.put("value", c.value());
    }
    node.put("unit", c.unit());
    node.put("counts", c.counts());
    node.put("when", c.when());
    node.put("cue", c.cue());
    ClaimCitation cite = c.citation();
    ObjectNode citation = node.putObject("citation");
    citation.put("document", cite.document());
    citation.put("outlet", cite.outlet());
    citation.put("date", cite.published() == null ? null : cite.published().toString());
    citation.put("url", cite.url());
    ObjectNode span = citation.putObject("span");
    span.put("start", cite.start());
    span.put("end", cite.end());
    citation.put("sentence", cite.sentence());
    citation.put("extractor", cite.extractor());
    citation.put("evidence", cite.evidence());
    SourceProfile p = cite.source();
    ObjectNode source = citation.putObject("source");
    source.put("outlet_known", p.outletKnown());
    source.put("date_known", p.dateKnown());
    source.put("byline", p.byline());
    source.put("kind", p.kind().label());
    source.put("basis", p.basis());
  }
}
