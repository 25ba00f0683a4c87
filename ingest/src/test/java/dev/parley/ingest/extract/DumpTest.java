package dev.parley.ingest.extract;

import dev.parley.ingest.document.Document;
import dev.parley.ingest.extract.actor.ActorDirectory;
import dev.parley.ingest.extract.actor.ActorRecognizer;
import dev.parley.ingest.extract.actor.FoundActor;
import dev.parley.ingest.extract.actor.Mentions;
import dev.parley.ingest.extract.text.AnalyzedText;
import dev.parley.ingest.extract.text.TextAnalyzer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DumpTest {
  @Test
  void dump() {
    TextAnalyzer analyzer = TextAnalyzer.english();
    ActorRecognizer rec = new ActorRecognizer(ActorDirectory.builtIn());
    for (Path g : SeedDocuments.goldFiles()) {
      Document d = SeedDocuments.document(g);
      AnalyzedText t = analyzer.analyze(d);
      Mentions m = rec.recognize(t, d.metadata().published());
      System.err.println("=== " + d.id());
      for (FoundActor a : m.actors()) {
        System.err.println(
            "  A " + a.id() + " " + a.kind() + " " + a.affiliation() + " " + a.mentions());
      }
      var parse = new dev.parley.ingest.extract.syntax.ShallowParse(t, m);
      var quotes = dev.parley.ingest.extract.quote.QuoteExtractor.extract(d.id(), parse);
      for (var e : dev.parley.ingest.extract.event.EventExtractor.extract(d.id(), parse)) {
        System.err.println(
            "  E "
                + e.sources()
                + " "
                + e.action().label()
                + " "
                + e.targets()
                + " "
                + e.issue()
                + (e.isFactual()
                    ? ""
                    : " NF"
                        + (e.negated() ? "n" : "")
                        + (e.future() ? "f" : "")
                        + (e.hypothetical() ? "h" : ""))
                + " ["
                + e.trigger()
                + "] "
                + e.provenance()
                    .sentence()
                    .of(d.text())
                    .substring(0, Math.min(70, e.provenance().sentence().length())));
      }
      for (var q : quotes) {
        System.err.println(
            "  Q " + q.speaker() + " [" + q.cue() + "] scare=" + q.scareQuote() + " | " + q.text());
      }
    }
  }
}
