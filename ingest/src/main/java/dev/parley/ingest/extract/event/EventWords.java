package dev.parley.ingest.extract.event;

import dev.parley.core.evidence.EventAction;
import java.util.Set;

/** The closed word lists the event rules consult, kept apart from the rules themselves. */
final class EventWords {
  private EventWords() {}

  static final Set<String> DETERMINERS =
      Set.of(
          "the",
          "a",
          "an",
          "its",
          "his",
          "her",
          "their",
          "this",
          "that",
          "these",
          "those",
          "any",
          "no",
          "such",
          "'s",
          "our",
          "my",
          "your",
          "new",
          "initial",
          "latest",
          "first",
          "direct",
          "potential",
          "possible",
          "proposed",
          "renewed",
          "fresh",
          "further",
          "another",
          "own",
          "effective",
          "tepid",
          "furious",
          "recent",
          "repeated",
          "maximalist",
          "stringent",
          "unwavering",
          "relentless",
          "several",
          "two",
          "of");

  static final Set<String> ARTICLE_LIKE =
      Set.of("the", "a", "an", "its", "his", "her", "their", "of", "over", "in", "on");

  static final Set<String> SPEECH_HEADS =
      Set.of("say", "said", "says", "confirm", "confirmed", "indicate", "indicated", "announce");

  static final Set<String> TARGET_PREPOSITIONS =
      Set.of(
          "with", "to", "against", "on", "of", "between", "by", "for", "from", "toward", "towards");

  static final Set<String> CONDITIONALS = Set.of("if", "unless", "whether");

  static final Set<String> MUST_GOVERNORS =
      Set.of(
          "said",
          "says",
          "insists",
          "insisted",
          "insist",
          "clear",
          "argued",
          "argues",
          "stated",
          "demanded",
          "demands",
          "declared",
          "warned",
          "stressed",
          "believes");

  static final Set<String> WARNING_WORDS =
      Set.of(
          "risk",
          "risks",
          "escalation",
          "fire",
          "catastrophic",
          "consequences",
          "dangerous",
          "wwiii",
          "catastrophe",
          "apocalypse");

  static final Set<String> PLACE_PREPOSITIONS =
      Set.of("near", "in", "around", "across", "on", "at", "outside", "into");

  static final Set<String> RESTATING =
      Set.of(
          "reiterated", "reiterates", "repeated", "repeats", "restated", "renewed", "reaffirmed");

  static final Set<String> PARTICIPATION =
      Set.of("led", "leads", "attended", "joined", "headed", "heads", "chaired");

  static final Set<String> COMMISSIVE_VERBS =
      Set.of(
          "help",
          "coordinate",
          "give",
          "provide",
          "protect",
          "support",
          "guarantee",
          "send",
          "offer",
          "defend",
          "supply",
          "deliver",
          "fund",
          "back");

  static final java.util.Map<String, EventAction> ANAPHORIC_NOUNS =
      java.util.Map.ofEntries(
          java.util.Map.entry("demand", EventAction.DEMAND),
          java.util.Map.entry("demands", EventAction.DEMAND),
          java.util.Map.entry("conditions", EventAction.DEMAND),
          java.util.Map.entry("calls", EventAction.APPEAL),
          java.util.Map.entry("call", EventAction.APPEAL),
          java.util.Map.entry("appeals", EventAction.APPEAL),
          java.util.Map.entry("proposal", EventAction.PROPOSE),
          java.util.Map.entry("proposals", EventAction.PROPOSE),
          java.util.Map.entry("offer", EventAction.PROPOSE),
          java.util.Map.entry("plan", EventAction.PROPOSE),
          java.util.Map.entry("idea", EventAction.PROPOSE),
          java.util.Map.entry("threats", EventAction.THREATEN),
          java.util.Map.entry("threat", EventAction.THREATEN));

  static final Set<String> LIGHT_VERBS =
      Set.of(
          "present",
          "presents",
          "presented",
          "presenting",
          "establish",
          "established",
          "establishes",
          "set",
          "sets",
          "setting",
          "issue",
          "issued",
          "issues",
          "issuing",
          "reiterate",
          "reiterated",
          "reiterates",
          "reiterating",
          "make",
          "makes",
          "made",
          "making",
          "launch",
          "launched",
          "launches",
          "launching",
          "hold",
          "held",
          "holds",
          "holding",
          "impose",
          "imposed",
          "imposes",
          "imposing",
          "expand",
          "expanded",
          "expands",
          "expanding",
          "escalate",
          "escalated",
          "escalating",
          "step",
          "stepped",
          "intensified",
          "intensify",
          "voiced",
          "voice",
          "put",
          "staged",
          "stage",
          "stages",
          "staging",
          "continued",
          "continue",
          "started",
          "start",
          "led",
          "leads",
          "leading",
          "attended",
          "attend",
          "joined",
          "headed",
          "heads",
          "chaired");
}
