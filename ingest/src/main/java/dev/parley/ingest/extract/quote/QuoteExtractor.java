package dev.parley.ingest.extract.quote;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.Provenance;
import dev.parley.core.evidence.Quote;
import dev.parley.core.evidence.TextSpan;
import dev.parley.core.model.ActorId;
import dev.parley.ingest.extract.actor.Mentions;
import dev.parley.ingest.extract.syntax.ShallowParse;
import dev.parley.ingest.extract.syntax.Words;
import dev.parley.ingest.extract.text.AnalyzedText;
import dev.parley.ingest.extract.text.SectionedWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds direct quotations and the actors who said them.
 *
 * <p>Marks: “…” and „…“ and «…» pair by direction; straight double quotes pair by position (an
 * opening mark follows a space or an opening bracket); single marks ‘…’ open a quote only at a word
 * boundary, so that apostrophes are never taken for them, and inside a double quote make a nested
 * quote. A quote left open at the end of a paragraph closes there.
 *
 * <p>Attribution, in order: first the dependency parse of the quote's sentence ({@link
 * ReportingClause}: the subject of the reporting verb that governs the quote or is attached to it,
 * pronouns and role nouns resolved; a named subject the actor stage does not know leaves the quote
 * without speaker rather than falling back). When the parse finds no reporting clause, the word
 * rules (after quootstrap's seed patterns and CoreNLP's quote sieves): a cue after the quote ("…,”
 * said X / “…,” X said / “…,” he said); the nearest speech cue before the quote in its sentence, a
 * verb whose subject speaks ("Trump also remarked, “…”") or a noun whose owner speaks ("the
 * minister’s condemnation … as “theft”", "a reply from Beijing, warning of “…”"); for a quote that
 * is a sentence of its own, the speaker of the previous quote or the reporter of the previous
 * sentence ("X says …" or "As X told …", read from its parse), or its subject. Pronouns resolve to
 * the actor in focus. The speech verbs and nouns are the lists of {@link SpeechCues}. A quote with
 * no attribution is a scare quote when it sits inside the author's own clause.
 */
public final class QuoteExtractor {
  /** The stage's name in provenance. */
  public static final String NAME = "quote-extractor";

  /** The version of the stage's rules. */
  public static final String VERSION = "1";

  static final Set<String> CUE_VERBS = SpeechCues.VERBS;
  static final Set<String> CUE_NOUNS = SpeechCues.NOUNS;

  /** Words that may stand between a speaker's name and the speech verb ("X also said"). */
  private static final Set<String> SPEAKER_ADVERBS =
      SectionedWords.of(QuoteExtractor.class, "quote-words.txt").words("speaker-adverbs");

  private QuoteExtractor() {}

  /** A quotation found in the text, with its token range and speaker (actor index or -1). */
  record Found(int openChar, int closeChar, int depth, int firstToken, int endToken) {}

  /**
   * Finds the quotes of a document, marks them in the parse, and records their speakers.
   *
   * @return the quotes in document order
   */
  public static List<Quote> extract(DocumentId document, ShallowParse parse) {
    AnalyzedText t = parse.text();
    List<Found> found = find(t);
    for (Found f : found) {
      if (f.endToken > f.firstToken) {
        parse.markQuote(
            f.firstToken - 1 >= 0 ? f.firstToken - 1 : 0, Math.min(t.tokenCount(), f.endToken + 1));
      }
    }
    List<Quote> out = new ArrayList<>();
    CueSearch search = new CueSearch();
    ReportingClause clause = new ReportingClause(parse);
    int previousSpeaker = -1;
    int previousSentence = -2;
    for (Found f : found) {
      if (f.endToken <= f.firstToken) {
        continue;
      }
      int open = f.firstToken - 1;
      int close = f.endToken;
      int sentence = t.sentenceOf(Math.max(open, 0));
      if (t.isHeading(sentence)) {
        continue;
      }
      String[] cue = new String[1];
      int speaker = clause.speaker(open, close, cue);
      boolean unknown = speaker == ReportingClause.UNKNOWN;
      if (speaker < 0 && !unknown) {
        cue = new String[1];
        speaker = after(parse, close, cue);
        if (speaker < 0) {
          speaker = before(parse, open, cue, search);
        }
      }
      if (unknown) {
        speaker = -1;
      }
      boolean standalone = isStandalone(t, open, close);
      if (speaker < 0 && standalone && !unknown) {
        if (previousSpeaker >= 0 && previousSentence >= sentence - 1) {
          speaker = previousSpeaker;
        } else {
          speaker = clause.previousReporter(sentence);
          if (speaker == ReportingClause.NONE) {
            speaker = previousSubject(parse, sentence);
          }
          speaker = Math.max(speaker, -1);
        }
      }
      if (speaker >= 0) {
        parse.recordSpeaker(t.sentenceOf(Math.min(close, t.tokenCount() - 1)), speaker);
        previousSpeaker = speaker;
        previousSentence = t.sentenceOf(Math.min(close, t.tokenCount() - 1));
      }
      ActorId speakerId = speaker >= 0 ? parse.mentions().actors().get(speaker).id() : null;
      boolean scare = speaker < 0 && !standalone && !unknown;
      String quoted = t.text().substring(f.openChar + 1, f.closeChar);
      Provenance p =
          new Provenance(
              document,
              new TextSpan(f.openChar + 1, f.closeChar),
              sentences(t, sentence, f.closeChar),
              NAME,
              VERSION,
              speaker >= 0 ? 0.9 : scare ? 0.7 : 0.5);
      out.add(new Quote(quoted, speakerId, cue[0], scare, f.depth, p));
    }
    return out;
  }

  /** The sentences from the one a quote opens in to the one it closes in. */
  private static TextSpan sentences(AnalyzedText t, int first, int closeChar) {
    int last = first;
    while (last + 1 < t.sentenceCount() && t.sentenceSpan(last + 1).start() < closeChar) {
      last++;
    }
    TextSpan from = t.sentenceSpan(first);
    TextSpan to = t.sentenceSpan(last);
    return new TextSpan(from.start(), Math.max(to.end(), closeChar));
  }

  private static boolean isStandalone(AnalyzedText t, int open, int close) {
    int s = t.sentenceOf(Math.max(open, 0));
    boolean startsSentence = open <= t.firstToken(s);
    int end = t.endToken(t.sentenceOf(Math.min(close, t.tokenCount() - 1)));
    boolean endsSentence = close >= end - 2;
    return startsSentence && endsSentence;
  }

  /** "…,” said X", "…,” X said", "…,” he said". */
  private static int after(ShallowParse parse, int close, String[] cue) {
    AnalyzedText t = parse.text();
    Mentions m = parse.mentions();
    int n = t.tokenCount();
    int i = close + 1;
    if (i < n && t.norm(i).equals(",")) {
      i++;
    }
    if (i >= n) {
      return -1;
    }
    if (CUE_VERBS.contains(t.norm(i))) {
      int j = i + 1;
      int mention = j < n ? m.at(j) : -1;
      if (mention >= 0) {
        cue[0] = t.token(i);
        return m.actor(mention);
      }
      return -1;
    }
    int mention = m.at(i);
    int j;
    int who;
    if (mention >= 0) {
      j = m.end(mention);
      who = m.actor(mention);
    } else if (Words.PERSON_PRONOUNS.contains(t.norm(i))
        || Words.GROUP_PRONOUNS.contains(t.norm(i))) {
      j = i + 1;
      who = -2;
    } else {
      return -1;
    }
    while (j < n && SPEAKER_ADVERBS.contains(t.norm(j))) {
      j++;
    }
    if (j < n && CUE_VERBS.contains(t.norm(j))) {
      cue[0] = t.token(j);
      return who == -2 ? parse.resolvePronoun(i) : who;
    }
    return -1;
  }

  /**
   * What the last search for a cue before a quote found: the sentence, the token it searched back
   * from, and the speaker and cue word it found (or -1 and ""). The next quote of the same sentence
   * searches only the tokens after that one and otherwise takes the same answer, so that a sentence
   * of many quotes is searched once rather than once per quote.
   */
  private static final class CueSearch {
    int sentence = -1;
    int from = -1;
    int speaker = -1;
    String cue = "";

    int remember(int s, int token, int who, String word) {
      sentence = s;
      from = token;
      speaker = who;
      cue = word;
      return who;
    }
  }

  /** The nearest speech cue before the quote in its sentence, and who speaks through it. */
  private static int before(ShallowParse parse, int open, String[] cue, CueSearch last) {
    AnalyzedText t = parse.text();
    if (open <= 0) {
      return -1;
    }
    int s = t.sentenceOf(open);
    // the subjects and owners looked at depend on nothing the quotes of this sentence change
    boolean reuse = last.sentence == s && last.from <= open - 1;
    int stop = reuse ? last.from + 1 : t.firstToken(s);
    for (int c = open - 1; c >= stop; c--) {
      if (parse.isQuoted(c)) {
        continue;
      }
      String w = t.norm(c);
      if (CUE_NOUNS.contains(w)) {
        int owner = ownerOf(parse, c);
        if (owner >= 0) {
          cue[0] = t.token(c);
          return last.remember(s, open - 1, owner, cue[0]);
        }
      }
      if (CUE_VERBS.contains(w)) {
        int subject = parse.subjectOf(c, true);
        if (subject >= 0) {
          cue[0] = t.token(c);
          return last.remember(s, open - 1, subject, cue[0]);
        }
      }
    }
    if (reuse && last.speaker >= 0) {
      cue[0] = last.cue;
      return last.remember(s, open - 1, last.speaker, last.cue);
    }
    return last.remember(s, open - 1, -1, "");
  }

  /** "the minister’s cautious reply", "a reaction from Beijing", "a statement by the Elysée". */
  static int ownerOf(ShallowParse parse, int noun) {
    AnalyzedText t = parse.text();
    Mentions m = parse.mentions();
    int s = t.sentenceOf(noun);
    for (int i = noun - 1; i >= Math.max(t.firstToken(s), noun - 4); i--) {
      int mention = m.at(i);
      if (mention >= 0) {
        return m.isPossessive(mention) || m.end(mention) == noun ? m.actor(mention) : -1;
      }
    }
    int n = t.tokenCount();
    int k = noun + 1;
    if (k + 1 < n && (t.norm(k).equals("from") || t.norm(k).equals("by"))) {
      int mention = m.at(k + 1);
      if (mention < 0 && t.norm(k + 1).equals("the") && k + 2 < n) {
        mention = m.at(k + 2);
      }
      if (mention >= 0) {
        return m.actor(mention);
      }
    }
    return -1;
  }

  /** The subject of the sentence before, for a quote that stands as a sentence of its own. */
  private static int previousSubject(ShallowParse parse, int sentence) {
    AnalyzedText t = parse.text();
    if (sentence == 0
        || t.isHeading(sentence - 1)
        || t.blockOf(sentence - 1) != t.blockOf(sentence)) {
      return -1;
    }
    Mentions m = parse.mentions();
    int end = t.endToken(sentence - 1);
    for (int x = m.firstFrom(t.firstToken(sentence - 1)); x < m.count() && m.start(x) < end; x++) {
      if (parse.isSubjectCandidate(x) && !parse.isQuoted(m.start(x))) {
        return m.actor(x);
      }
    }
    return -1;
  }

  /** Finds the quotation marks of the text and pairs them. */
  static List<Found> find(AnalyzedText t) {
    List<Found> out = new ArrayList<>();
    String text = t.text();
    int n = t.tokenCount();
    int openDouble = -1;
    int openDoubleToken = -1;
    int openSingle = -1;
    int openSingleToken = -1;
    int block = -1;
    for (int i = 0; i < n; i++) {
      int s = t.sentenceOf(i);
      if (t.blockOf(s) != block) {
        if (openDouble >= 0) {
          out.add(new Found(openDouble, t.end(i - 1), 0, openDoubleToken + 1, i));
        }
        openDouble = -1;
        openSingle = -1;
        block = t.blockOf(s);
      }
      if (t.end(i) - t.start(i) != 1) {
        continue;
      }
      char c = text.charAt(t.start(i));
      switch (c) {
        case '\u201c', '\u201e', '\u00ab' -> {
          if (openDouble < 0) {
            openDouble = t.start(i);
            openDoubleToken = i;
          }
        }
        case '\u201d', '\u00bb' -> {
          if (openDouble >= 0) {
            out.add(new Found(openDouble, t.start(i), 0, openDoubleToken + 1, i));
            openDouble = -1;
            openSingle = -1;
          }
        }
        case '"' -> {
          boolean opening = openDouble < 0;
          if (opening) {
            openDouble = t.start(i);
            openDoubleToken = i;
          } else {
            out.add(new Found(openDouble, t.start(i), 0, openDoubleToken + 1, i));
            openDouble = -1;
            openSingle = -1;
          }
        }
        case '\u2018' -> {
          if (openSingle < 0 && openDouble >= 0) {
            openSingle = t.start(i);
            openSingleToken = i;
          }
        }
        case '\u2019', '\'' -> {
          boolean wordAfter = t.end(i) < text.length() && Character.isLetter(text.charAt(t.end(i)));
          if (openSingle >= 0 && !wordAfter) {
            out.add(new Found(openSingle, t.start(i), 1, openSingleToken + 1, i));
            openSingle = -1;
          }
        }
        default -> {}
      }
    }
    if (openDouble >= 0 && n > 0) {
      out.add(new Found(openDouble, t.end(n - 1), 0, openDoubleToken + 1, n));
    }
    out.sort((a, b) -> Integer.compare(a.openChar, b.openChar));
    return out;
  }
}
