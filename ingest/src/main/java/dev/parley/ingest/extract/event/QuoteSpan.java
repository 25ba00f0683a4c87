package dev.parley.ingest.extract.event;

import dev.parley.core.evidence.EventMention;
import dev.parley.core.evidence.Provenance;
import dev.parley.core.evidence.TextSpan;
import dev.parley.ingest.extract.syntax.ShallowParse;
import dev.parley.ingest.extract.text.AnalyzedText;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentence span of an event told through a quote of several sentences: the reporting clause's
 * sentence together with the sentences the quote runs through, within one paragraph (gold README,
 * "Event sentences": an event in a quote of several sentences with one reporting clause takes the
 * whole span).
 */
final class QuoteSpan {
  private QuoteSpan() {}

  /**
   * Returns the span of sentence {@code s} widened over the sentences before and after it that one
   * quote, open across the sentence boundary, runs through.
   */
  static TextSpan of(ShallowParse parse, int s) {
    AnalyzedText t = parse.text();
    int first = s;
    while (first > 0
        && !t.isHeading(first - 1)
        && t.blockOf(first - 1) == t.blockOf(first)
        && continues(parse, t.endToken(first - 1) - 1)
        && parse.isQuoted(t.firstToken(first))) {
      first--;
    }
    int last = s;
    while (last + 1 < t.sentenceCount()
        && !t.isHeading(last + 1)
        && t.blockOf(last + 1) == t.blockOf(last)
        && continues(parse, t.endToken(last) - 1)
        && parse.isQuoted(t.firstToken(last + 1))) {
      last++;
    }
    if (first == s && last == s) {
      return t.sentenceSpan(s);
    }
    return new TextSpan(t.sentenceSpan(first).start(), t.sentenceSpan(last).end());
  }

  /** Whether the quote around token {@code i}, the last of a sentence, stays open after it. */
  private static boolean continues(ShallowParse parse, int i) {
    return i >= 0 && parse.isQuoted(i) && !isQuoteMark(parse.text().norm(i));
  }

  private static boolean isQuoteMark(String w) {
    return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("'") || w.equals("’");
  }

  /**
   * Returns the events with the sentence of each whose trigger stands outside quotation marks
   * widened by {@link #of}.
   */
  static List<EventMention> widen(ShallowParse parse, List<EventMention> events) {
    AnalyzedText t = parse.text();
    List<EventMention> out = new ArrayList<>(events.size());
    for (EventMention e : events) {
      Provenance p = e.provenance();
      int token = t.tokenAt(p.span().start());
      if (token < 0 || parse.isQuoted(token)) {
        out.add(e);
        continue;
      }
      TextSpan wide = of(parse, t.sentenceOf(token));
      if (wide.equals(p.sentence()) || wide.start() > p.sentence().start()) {
        out.add(e);
        continue;
      }
      out.add(
          new EventMention(
              e.action(),
              e.plover(),
              e.mode(),
              e.contexts(),
              e.sources(),
              e.targets(),
              e.negated(),
              e.future(),
              e.hypothetical(),
              e.issue(),
              e.trigger(),
              new Provenance(
                  p.document(),
                  p.span(),
                  wide,
                  p.extractor(),
                  p.extractorVersion(),
                  p.confidence())));
    }
    return out;
  }
}
