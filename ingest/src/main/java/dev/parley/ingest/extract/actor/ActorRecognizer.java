package dev.parley.ingest.extract.actor;

import dev.parley.core.evidence.MentionKind;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorKind;
import dev.parley.ingest.extract.actor.ActorDirectory.Form;
import dev.parley.ingest.extract.actor.ActorDirectory.FormKind;
import dev.parley.ingest.extract.actor.ActorDirectory.Node;
import dev.parley.ingest.extract.text.AnalyzedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the actors a document mentions and resolves each mention to an actor of the directory or to
 * a person or organisation the text introduces.
 *
 * <p>It recognises, in this order: registered names, aliases, demonyms and seats of government
 * (longest match over tokens, with the capitalisation the registry gives); titles before names
 * ("German Chancellor Friedrich Merz"); people the registry lacks, from a given name, a title or a
 * profession, an apposition ("Nigel Gould-Davies, a Russia expert"), or a chain of words the
 * parser's tagger reads as proper nouns ({@code ProperNouns}), with ids by {@code PersonIds};
 * organisations the registry lacks, from their head noun and its complement ("... Institute",
 * "University of ...") or their web address; state bodies named by a demonym ("the Russian
 * delegation"); descriptions ("the Russian leader", "the President", "leaders of France and
 * Germany"); and "its allies". Place names used as locations ("in Moscow") are not mentions. The
 * word lists are data ({@code ActorCues}). Instances are immutable and thread-safe.
 */
public final class ActorRecognizer {
  private static final Set<String> TITLE_WORDS = ActorCues.words("title-words");
  private static final Set<String> HONORIFICS = ActorCues.words("honorifics");
  private static final Set<String> BODY_WORDS = ActorCues.words("body-words");
  private static final Set<String> BODY_HEADS = ActorCues.words("body-heads");
  private static final Set<String> ORG_HEADS = ActorCues.words("org-heads");
  private static final Set<String> CONNECTORS = ActorCues.words("connectors");
  private static final Set<String> OF_WORDS = ActorCues.words("of-words");
  private static final Set<String> ARTICLES = ActorCues.words("articles");
  private static final Set<String> WEB_DOMAINS = ActorCues.words("web-domains");
  private static final Set<String> THING_WORDS = ActorCues.words("thing-words");
  private static final Set<String> LOCATIVE = ActorCues.words("locative");
  private static final Set<String> APPOSITION_STARTS = ActorCues.words("apposition-starts");
  private static final Set<String> PRESIDENT_ROLES = ActorCues.words("president-roles");
  private static final Set<String> LEADER_ROLES = ActorCues.words("leader-roles");
  private static final Set<String> GOVERNMENT_ROLES = ActorCues.words("government-roles");
  private static final Map<String, Set<String>> ROLE_NOUNS = ActorCues.roles("role-nouns");

  private final ActorDirectory directory;

  private static final Set<String> NOT_NAMES = ActorCues.words("not-names");
  private static final Set<String> SPEECH_AFTER_NAME = ActorCues.words("speech-after-name");

  private static final Set<String> PEOPLE_NOUNS = ActorCues.words("people-nouns");

  private static boolean isPeopleNoun(String w) {
    return PEOPLE_NOUNS.contains(w);
  }

  /** Creates a recognizer for the actors of the given directory. */
  public ActorRecognizer(ActorDirectory directory) {
    this.directory = directory;
  }

  /**
   * Finds the actor mentions of an analyzed text.
   *
   * @param day the document's date, which decides who held an office; null for today's holders
   */
  public Mentions recognize(AnalyzedText text, @Nullable LocalDate day) {
    return new Run(text, day).run();
  }

  /** The state of one recognition. */
  private final class Run {
    final AnalyzedText t;
    final @Nullable LocalDate day;
    final int n;
    // mentions under construction
    int count;
    int[] start = new int[64];
    int[] end = new int[64];
    int[] actor = new int[64];
    MentionKind[] kind = new MentionKind[64];
    int[] flags = new int[64];
    // document actors
    final List<Builder> actors = new ArrayList<>();
    final Map<ActorId, Integer> byId = new HashMap<>();
    final Map<String, Integer> surnames = new HashMap<>();
    final boolean[] taken;
    // for each actor, its mention with the highest index in the arrays above, or -1
    int[] lastMention = new int[16];
    // the actors that are registry people, in the order they were added
    final List<Integer> registryPeople = new ArrayList<>();
    // the sentence being matched: no mention crosses its bounds
    int lo;
    int hi;
    // an organisation search from any token in [orgFailFrom, orgFailTo) finds none
    int orgFailFrom = -1;
    int orgFailTo = -1;

    // the tagger's proper nouns, made on first use
    @Nullable ProperNouns properNouns;

    ProperNouns properNouns() {
      if (properNouns == null) {
        properNouns = new ProperNouns(t);
      }
      return properNouns;
    }

    /** Recognises a company or site named by its web address ("Example.com"), at token i. */
    int website(int i) {
      String w = t.norm(i);
      int dot = w.lastIndexOf('.');
      int e = i + 1;
      if (dot <= 0 || !WEB_DOMAINS.contains(w.substring(dot + 1))) {
        // the tokenizer may split the address at its dot
        if (i + 2 >= hi
            || !t.norm(i + 1).equals(".")
            || t.isSpaceBefore(i + 1)
            || t.isSpaceBefore(i + 2)
            || !WEB_DOMAINS.contains(t.norm(i + 2))) {
          return i;
        }
        dot = t.token(i).length();
        e = i + 3;
      }
      String name = t.text(i, e);
      ActorId id =
          ActorId.of(name.substring(0, dot).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_"));
      int a = newActor(id, name, ActorKind.ORGANIZATION, "UNK");
      addMention(i, e, a, MentionKind.NAME, 0);
      return e;
    }

    /** Whether a registry name (not a place) with the capitalisation it asks for starts at k. */
    boolean registryAt(int k) {
      Node node = directory.root();
      for (int j = k; j < hi; j++) {
        node = node.children.get(t.norm(j));
        if (node == null) {
          return false;
        }
        for (Form f : node.forms) {
          if (f.kind != FormKind.PLACE && fits(f, k)) {
            return true;
          }
        }
      }
      return false;
    }

    /** Whether a word of [from, to) names a place, building, event or law, not a person. */
    boolean namesAThing(int from, int to) {
      for (int k = from; k < to; k++) {
        String w = t.norm(k);
        if (THING_WORDS.contains(w) || ORG_HEADS.contains(w) || !Character.isLetter(w.charAt(0))) {
          return true;
        }
        for (String part : w.split("-", -1)) {
          if (THING_WORDS.contains(part)) {
            return true;
          }
        }
      }
      return false;
    }

    /** Whether a full name with this first word names someone else than the actor. */
    boolean isOtherPerson(Builder b, String firstWord) {
      if (b.kind != ActorKind.PERSON || b.entry != null) {
        return false;
      }
      String[] parts = b.name.split(" ", -1);
      return parts.length >= 2
          && !parts[0].equalsIgnoreCase(firstWord)
          && !TITLE_WORDS.contains(parts[0].toLowerCase(Locale.ROOT))
          && !TITLE_WORDS.contains(firstWord.toLowerCase(Locale.ROOT));
    }

    Run(AnalyzedText t, @Nullable LocalDate day) {
      this.t = t;
      this.day = day;
      this.n = t.tokenCount();
      this.taken = new boolean[n];
    }

    Mentions run() {
      int i = 0;
      while (i < n) {
        int next = matchAt(i);
        i = next > i ? next : i + 1;
      }
      sortMentions();
      resolveDescriptions();
      List<FoundActor> found = new ArrayList<>();
      for (Builder b : actors) {
        found.add(b.build());
      }
      for (int m = 0; m < count; m++) {
        int e = end[m];
        if (e < n
            && (t.norm(e).equals("'s") || (t.norm(e).equals("'") && t.norm(e - 1).endsWith("s")))) {
          flags[m] |= Mentions.POSSESSIVE;
        }
      }
      return new Mentions(count, start, end, actor, kind, flags, n, found);
    }

    /** Tries every rule at token i; returns the token after what it consumed. */
    int matchAt(int i) {
      if (taken[i]) {
        return i + 1;
      }
      lo = t.firstToken(t.sentenceOf(i));
      hi = t.endToken(t.sentenceOf(i));
      // registry phrases, longest first
      Node node = directory.root();
      Form best = null;
      int bestEnd = -1;
      for (int j = i; j < hi; j++) {
        node = node.children.get(t.norm(j));
        if (node == null) {
          break;
        }
        for (Form f : node.forms) {
          if (fits(f, i) && (best == null || j + 1 > bestEnd || rank(f) < rank(best))) {
            if (best != null && j + 1 == bestEnd && rank(f) >= rank(best)) {
              continue;
            }
            best = f;
            bestEnd = j + 1;
          }
        }
      }
      if (best != null) {
        if (best.kind == FormKind.PLACE) {
          return bestEnd;
        }
        return registryMatch(i, bestEnd, best);
      }
      if (!t.isWord(i) || !t.isCapitalized(i)) {
        return i + 1;
      }
      // a surname of a person the text introduced earlier
      Integer known = surnames.get(t.norm(i));
      if (known != null && (i + 1 >= hi || !isCapWord(i + 1))) {
        addMention(i, i + 1, known, MentionKind.NAME, 0);
        return i + 1;
      }
      int site = website(i);
      if (site > i) {
        return site;
      }
      int person = unknownPerson(i);
      if (person > i) {
        return person;
      }
      int org = unknownOrganisation(i);
      if (org > i) {
        return org;
      }
      return i + 1;
    }

    int rank(Form f) {
      return switch (f.kind) {
        case PLACE -> 0;
        case NAME -> 1;
        case ADJECTIVE -> 2;
        case SEAT -> 3;
      };
    }

    boolean fits(Form f, int i) {
      for (int k = 0; k < f.capitalized.length; k++) {
        int tok = i + k;
        if (f.capitalized[k] && !t.isCapitalized(tok)) {
          return false;
        }
        if (f.allCaps[k] && !t.isAllCaps(tok)) {
          return false;
        }
      }
      return true;
    }

    boolean isCapWord(int i) {
      return i < n
          && t.isWord(i)
          && t.isCapitalized(i)
          && !Character.isDigit(t.text().charAt(t.start(i)));
    }

    int registryMatch(int i, int e, Form f) {
      ActorEntry entry = directory.get(f.entry);
      String prev = i > 0 ? t.norm(i - 1) : "";
      if (f.kind == FormKind.SEAT && LOCATIVE.contains(prev)) {
        return e;
      }
      if (entry.kind() == ActorKind.COALITION
          && t.norm(i).equals("europe")
          && e == i + 1
          && LOCATIVE.contains(prev)) {
        return e;
      }
      int a = actorFor(f.entry);
      if (f.kind == FormKind.ADJECTIVE) {
        // a demonym heading a state body or naming an office holder
        int j = e;
        while (j < hi && BODY_WORDS.contains(t.norm(j)) && !ROLE_NOUNS.containsKey(t.norm(j))) {
          j++;
        }
        boolean body = j > e && BODY_HEADS.contains(t.norm(j - 1));
        int from = i > 0 && prev.equals("the") ? i - 1 : i;
        if (body) {
          addMention(from, j, a, MentionKind.DEMONYM, 0);
          return j;
        }
        Set<String> roleNoun = e < hi ? ROLE_NOUNS.get(t.norm(e)) : null;
        if (roleNoun != null && !isCapWord(e + 1)) {
          int holder = holder(roleNoun, entry.id());
          if (holder >= 0 && (i > 0 && (prev.equals("the") || prev.equals("'s")))) {
            addMention(i, e, a, MentionKind.DEMONYM, Mentions.EMBEDDED);
            addMention(from, e + 1, holder, MentionKind.DESCRIPTION, 0);
            return e + 1;
          }
        }
        // "Iraqi Kurds", "French paper workers", "Palestinian youths": a group of the state's
        // people
        int g = e;
        while (g < hi
            && g - e < 2
            && t.isWord(g)
            && !t.isCapitalized(g)
            && !isPeopleNoun(t.norm(g))
            && !t.norm(g).endsWith("ed")
            && !t.norm(g).endsWith("ing")
            && g + 1 < hi
            && isPeopleNoun(t.norm(g + 1))) {
          g++;
        }
        if (g < hi && isPeopleNoun(t.norm(g)) && entry.kind() == ActorKind.STATE) {
          addMention(i, g + 1, a, MentionKind.DEMONYM, 0);
          return g + 1;
        }
        if (t.norm(i).endsWith("s") && prev.equals("the") && entry.kind() == ActorKind.STATE) {
          addMention(i - 1, e, a, MentionKind.DEMONYM, 0);
          return e;
        }
      }
      if (entry.kind() == ActorKind.STATE && f.kind != FormKind.ADJECTIVE) {
        int j = e;
        if (j < hi && t.norm(j).equals("'s")) {
          j++;
        }
        int k = j;
        while (k < hi
            && k - j < 3
            && (BODY_WORDS.contains(t.norm(k))
                || t.norm(k).equals("new")
                || t.norm(k).equals("interim"))) {
          k++;
        }
        if (k > j && BODY_HEADS.contains(t.norm(k - 1))) {
          int from = i > 0 && prev.equals("the") ? i - 1 : i;
          addMention(
              from, k, a, f.kind == FormKind.SEAT ? MentionKind.METONYM : MentionKind.DEMONYM, 0);
          return k;
        }
      }
      MentionKind mk =
          switch (f.kind) {
            case SEAT -> MentionKind.METONYM;
            case ADJECTIVE -> MentionKind.DEMONYM;
            default ->
                entry.kind() == ActorKind.COALITION ? MentionKind.COLLECTIVE : MentionKind.NAME;
          };
      if (entry.kind() == ActorKind.PERSON) {
        return personAt(i, e, a);
      }
      addMention(i, e, a, mk, 0);
      // a state or organisation title before a name: "NATO Secretary General Mark Rutte"
      return e;
    }

    /** Adds a person mention at [i, e), absorbing a title and a state or organisation before. */
    int personAt(int i, int e, int a) {
      int s = i;
      boolean title = false;
      while (s > lo && TITLE_WORDS.contains(t.norm(s - 1)) && !taken[s - 1]) {
        s--;
        title = true;
      }
      // "Secretary of State Marco Rubio"
      if (s >= lo + 3 && t.norm(s - 1).equals("of") && t.norm(s - 2).equals("secretary")) {
        s -= 2;
        title = true;
      }
      if (title
          && s > lo
          && count > 0
          && end[count - 1] == s
          && (flags[count - 1] & Mentions.EMBEDDED) == 0
          && actors.get(actor[count - 1]).kind != ActorKind.PERSON) {
        flags[count - 1] |= Mentions.EMBEDDED;
        int org = actor[count - 1];
        Builder p = actors.get(a);
        if (p.affiliation == null) {
          p.affiliation = actors.get(org).id;
        }
        s = start[count - 1];
        unmarkTaken(s, end[count - 1]);
      }
      if (s > lo && t.norm(s - 1).equals("the") && title) {
        s--;
      }
      addMention(s, e, a, title ? MentionKind.TITLED_NAME : MentionKind.NAME, 0);
      return e;
    }

    void unmarkTaken(int from, int to) {
      for (int k = from; k < to; k++) {
        taken[k] = false;
      }
    }

    /** Recognises a person the registry does not know, starting at token i. */
    int unknownPerson(int i) {
      if (TITLE_WORDS.contains(t.norm(i))) {
        return i;
      }
      boolean given = directory.isGivenName(t.norm(i));
      boolean titled = i > 0 && TITLE_WORDS.contains(t.norm(i - 1));
      boolean honorific = i > 0 && HONORIFICS.contains(t.norm(i - 1));
      int j = i;
      while (j < hi
          && j - i < 3
          && isCapWord(j)
          && !taken[j]
          && !startsRegistry(j, i)
          && !TITLE_WORDS.contains(t.norm(j))) {
        j++;
      }
      int len = j - i;
      if (len == 0) {
        return i;
      }
      if (len >= 2 && ORG_HEADS.contains(t.norm(j - 1))) {
        return i;
      }
      boolean apposition =
          len >= 2
              && j + 1 < hi
              && t.norm(j).equals(",")
              && APPOSITION_STARTS.contains(t.norm(j + 1));
      boolean saidBefore =
          len >= 2 && i > 0 && (t.norm(i - 1).equals("said") || t.norm(i - 1).equals("says"));
      // "Parise said": a lone capitalised word that speaks is a person's surname
      boolean speaksAfter =
          len == 1
              && j < hi
              && SPEECH_AFTER_NAME.contains(t.norm(j))
              && t.isWord(i)
              && !t.isAllCaps(i)
              && !directory.isGivenName(t.norm(i))
              && !NOT_NAMES.contains(t.norm(i));
      if (speaksAfter) {
        honorific = true;
      }
      // a chain the tagger reads as proper nouns, with no other cue; its surname alone later in
      // the text is the same person (the surnames map above)
      boolean linked = false;
      if (len >= 2
          && !(given || titled || honorific || apposition || saidBefore)
          && !ORG_HEADS.contains(t.norm(j - 1))) {
        // without an article before it, a chain of proper nouns that names no place, registry
        // actor or organisation is a person's name, the commonest kind of name in news
        boolean bare =
            (i == lo || !ARTICLES.contains(t.norm(i - 1)))
                && (j >= hi || !isCapWord(j))
                && !ORG_HEADS.contains(t.norm(i))
                && !t.isHeading(t.sentenceOf(i))
                && !namesAThing(i, j);
        linked = bare && properNouns().allProper(i, j);
      }
      if (!((given && len >= 2)
          || (titled && len >= 2)
          || (honorific && len >= 1)
          || apposition
          || saidBefore
          || linked)) {
        return i;
      }
      if (len == 1 && !honorific) {
        return i;
      }
      String surname = t.norm(j - 1);
      String[] words = new String[len];
      for (int k = i; k < j; k++) {
        words[k - i] = t.token(k);
      }
      String id = PersonIds.of(words);
      Integer existing = surnames.get(surname);
      int a;
      if (existing != null && !(len >= 2 && isOtherPerson(actors.get(existing), t.token(i)))) {
        a = existing;
      } else if (existing != null) {
        // two people of one surname: each is told apart by the given name
        a =
            newActor(
                ActorId.of(id + "_" + PersonIds.of(new String[] {t.token(i)})),
                t.text(i, j),
                ActorKind.PERSON,
                "UNK");
      } else {
        a = newActor(ActorId.of(id), t.text(i, j), ActorKind.PERSON, "UNK");
        surnames.put(surname, a);
      }
      int r = personAt(i, j, a);
      // "Jane Roe of the Institute for Strategic Studies": a person and the body they speak for
      int k = j;
      if (k + 1 < hi && t.norm(k).equals("of")) {
        int o = t.norm(k + 1).equals("the") ? k + 2 : k + 1;
        if (o < hi) {
          int before = count;
          int after = matchAt(o);
          if (count > before) {
            Builder org = actors.get(actor[count - 1]);
            if (org.kind == ActorKind.ORGANIZATION && actors.get(a).affiliation == null) {
              actors.get(a).affiliation = org.id;
            }
            return after;
          }
        }
      }
      return r;
    }

    boolean startsRegistry(int j, int runStart) {
      if (j == runStart) {
        return false;
      }
      Node node = directory.root().children.get(t.norm(j));
      if (node == null) {
        return false;
      }
      for (Form f : node.forms) {
        if (f.capitalized.length == 1 && f.kind != FormKind.PLACE) {
          return true;
        }
      }
      return false;
    }

    /** Recognises an organisation the registry does not know, starting at token i. */
    int unknownOrganisation(int i) {
      int s = i;
      if (t.norm(s).equals("the")) {
        s++;
        // "the" before a registry name: the name is matched from its own first word
        if (s < hi && registryAt(s)) {
          return i;
        }
      }
      // a search from inside a run an earlier search failed on fails the same way: it meets the
      // same registry name or runs out of the same run without a head noun
      if (s >= orgFailFrom && s < orgFailTo) {
        return i;
      }
      int j = s;
      int lastHead = -1;
      while (j < hi) {
        // a registry name after "of" inside an organisation's name is part of it ("the Medical
        // Journal of Ruritania"); elsewhere it ends the search
        boolean inside = lastHead >= 0 && j - 1 > lastHead && OF_WORDS.contains(t.norm(j - 1));
        if (isCapWord(j) && j > s && !inside && startsRegistry(j, s)) {
          orgFailFrom = s;
          orgFailTo = j;
          return i;
        }
        if (isCapWord(j)) {
          if (ORG_HEADS.contains(t.norm(j))) {
            lastHead = j;
          }
          j++;
        } else if (CONNECTORS.contains(t.norm(j)) && j + 1 < hi && isCapWord(j + 1) && j > s) {
          j++;
        } else {
          break;
        }
      }
      if (lastHead < 0) {
        orgFailFrom = s;
        orgFailTo = j;
        return i;
      }
      // "University of Ruritania", "Institute for Peace Studies": the head's complement is part
      // of the name
      int e = lastHead + 1 < j && OF_WORDS.contains(t.norm(lastHead + 1)) ? j : lastHead + 1;
      if (e - s < 2) {
        return i;
      }
      // "Putin's Security Council": a body of the state the possessor belongs to
      if (s >= 2 && t.norm(s - 1).equals("'s") && count > 0 && end[count - 1] == s - 1) {
        Builder owner = actors.get(actor[count - 1]);
        ActorId state = owner.kind == ActorKind.STATE ? owner.id : owner.affiliation;
        if (state != null && byId.containsKey(state)) {
          addMention(s, e, byId.get(state), MentionKind.METONYM, 0);
          return e;
        }
        if (state != null && directory.indexOf(state) >= 0) {
          addMention(s, e, actorFor(directory.indexOf(state)), MentionKind.METONYM, 0);
          return e;
        }
      }
      StringBuilder acronym = new StringBuilder();
      if (e + 2 < hi && t.norm(e).equals("(") && t.isAllCaps(e + 1) && t.norm(e + 2).equals(")")) {
        acronym.append(t.token(e + 1));
      } else {
        for (int k = s; k < e; k++) {
          if (isCapWord(k)) {
            acronym.append(Character.toUpperCase(t.token(k).charAt(0)));
          }
        }
      }
      if (acronym.length() < 2) {
        return i;
      }
      ActorId id = ActorId.of(acronym.toString());
      boolean written = e < hi && t.norm(e).equals("(");
      if (!written && directory.indexOf(id) >= 0) {
        // the acronym of a registry actor: the name's words make the id instead
        id = ActorId.of(t.text(s, e).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_"));
      }
      int existing = byId.getOrDefault(id, -1);
      if (existing < 0 && written && directory.indexOf(id) >= 0) {
        // "... Office (ILO)": the acronym the text gives is a registry actor's
        existing = actorFor(directory.indexOf(id));
      }
      int a = existing >= 0 ? existing : newActor(id, t.text(s, e), ActorKind.ORGANIZATION, "UNK");
      addMention(s, e, a, MentionKind.NAME, 0);
      return e;
    }

    int holder(Set<String> roles, ActorId of) {
      // prefer the person the document already mentions whose mention comes last in the arrays
      int best = -1;
      for (int a : registryPeople) {
        if (lastMention[a] > (best < 0 ? -1 : lastMention[best])) {
          ActorEntry entry = actors.get(a).entry;
          for (Role r : entry == null ? List.<Role>of() : entry.roles()) {
            if (roles.contains(r.name()) && r.of().equals(of) && r.isHeldOn(day)) {
              best = a;
              break;
            }
          }
        }
      }
      if (best >= 0) {
        return best;
      }
      int e = directory.holderOf(roles, of, day);
      if (e < 0 && roles.equals(LEADER_ROLES)) {
        e = directory.holderOf(GOVERNMENT_ROLES, of, day);
      }
      return e < 0 ? -1 : actorFor(e);
    }

    /** "the President", "leaders of France and Germany", "its allies". */
    int[] byToken = new int[0];

    void resolveDescriptions() {
      byToken = new int[n];
      Arrays.fill(byToken, -1);
      for (int m = 0; m < count; m++) {
        if ((flags[m] & Mentions.EMBEDDED) == 0) {
          for (int x = start[m]; x < end[m]; x++) {
            byToken[x] = m;
          }
        }
      }
      int[] presidents = holdersOf(PRESIDENT_ROLES);
      record Added(int start, int end, int actor, MentionKind kind) {}
      List<Added> added = new ArrayList<>();
      for (int i = 0; i + 1 < n; i++) {
        int sentenceEnd = t.endToken(t.sentenceOf(i));
        if (i + 1 >= sentenceEnd) {
          continue;
        }
        if (mentionAt(i) >= 0) {
          continue;
        }
        String w = t.norm(i);
        String next = t.norm(i + 1);
        if (w.equals("the")
            && next.equals("president")
            && mentionAt(i + 1) < 0
            && (i + 2 >= sentenceEnd || (!isCapWord(i + 2) && !t.norm(i + 2).equals("of")))) {
          int p = recentPerson(i, presidents);
          if (p >= 0) {
            added.add(new Added(i, i + 2, p, MentionKind.DESCRIPTION));
          }
        } else if ((w.equals("leaders") || w.equals("leader")) && next.equals("of")) {
          int k = i + 2;
          if (k < sentenceEnd && t.norm(k).equals("the")) {
            k++;
          }
          while (k < sentenceEnd) {
            int m = mentionAt(k);
            if (m < 0 || actors.get(actor[m]).kind != ActorKind.STATE) {
              break;
            }
            int h = holder(LEADER_ROLES, actors.get(actor[m]).id);
            if (h >= 0) {
              added.add(new Added(i, end[m], h, MentionKind.DESCRIPTION));
            }
            k = end[m];
            if (k < sentenceEnd && (t.norm(k).equals("and") || t.norm(k).equals(","))) {
              k++;
            } else {
              break;
            }
          }
        } else if ((w.equals("its") || w.equals("his") || w.equals("her") || w.equals("their"))
            && next.equals("allies")) {
          for (int m = lastMentionBefore(i); m >= 0; m--) {
            if ((flags[m] & Mentions.EMBEDDED) != 0) {
              continue;
            }
            Builder b = actors.get(actor[m]);
            ActorId allies = alliesOf(b);
            if (allies != null && directory.indexOf(allies) >= 0) {
              added.add(
                  new Added(i, i + 2, actorFor(directory.indexOf(allies)), MentionKind.COLLECTIVE));
            }
            break;
          }
        }
      }
      for (Added a : added) {
        int at = count;
        addMention(a.start(), a.end(), a.actor(), a.kind(), Mentions.EMBEDDED);
        // a description is a participant in its own right
        flags[at] &= ~Mentions.EMBEDDED;
      }
      sortMentions();
    }

    @Nullable ActorId alliesOf(Builder b) {
      if (b.entry != null && b.entry.allies() != null) {
        return b.entry.allies();
      }
      if (b.affiliation != null) {
        int e = directory.indexOf(b.affiliation);
        if (e >= 0) {
          return directory.get(e).allies();
        }
      }
      return null;
    }

    int mentionAt(int tok) {
      if (byToken.length == n && n > 0) {
        return byToken[tok];
      }
      for (int m = 0; m < count; m++) {
        if ((flags[m] & Mentions.EMBEDDED) == 0 && start[m] <= tok && tok < end[m]) {
          return m;
        }
      }
      return -1;
    }

    /** The mention with the highest index that ends at or before token {@code tok}, or -1. */
    int lastMentionBefore(int tok) {
      // mentions are sorted by start: those starting at or after tok end after it
      int lo = 0;
      int hi = count;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (start[mid] < tok) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      for (int m = lo - 1; m >= 0; m--) {
        if (end[m] <= tok) {
          return m;
        }
      }
      return -1;
    }

    /** The mentions, in sorted order, of registry people holding one of the roles. */
    int[] holdersOf(Set<String> roles) {
      int[] found = new int[count];
      int n = 0;
      for (int m = 0; m < count; m++) {
        Builder b = actors.get(actor[m]);
        if (b.kind != ActorKind.PERSON || b.entry == null) {
          continue;
        }
        for (Role r : b.entry.roles()) {
          if (roles.contains(r.name()) && r.isHeldOn(day)) {
            found[n++] = m;
            break;
          }
        }
      }
      return Arrays.copyOf(found, n);
    }

    /**
     * The office holder a bare title refers to: the first such person of the nearest sentence, from
     * the holders' mentions in sorted order.
     */
    int recentPerson(int tok, int[] holders) {
      // the last holder mention before tok names the nearest sentence with one
      int lo = 0;
      int hi = holders.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (start[holders[mid]] < tok) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      if (lo == 0) {
        return -1;
      }
      int from = t.firstToken(t.sentenceOf(start[holders[lo - 1]]));
      int first = lo - 1;
      while (first > 0 && start[holders[first - 1]] >= from) {
        first--;
      }
      return actor[holders[first]];
    }

    int actorFor(int entryIndex) {
      ActorEntry e = directory.get(entryIndex);
      Integer a = byId.get(e.id());
      if (a != null) {
        return a;
      }
      Builder b = new Builder(e.id(), e.name(), e.kind(), e.code(), e);
      b.affiliation = e.affiliation();
      int added = add(b);
      if (b.kind == ActorKind.PERSON) {
        registryPeople.add(added);
      }
      return added;
    }

    int add(Builder b) {
      actors.add(b);
      byId.put(b.id, actors.size() - 1);
      if (actors.size() > lastMention.length) {
        int old = lastMention.length;
        lastMention = Arrays.copyOf(lastMention, old * 2);
        Arrays.fill(lastMention, old, lastMention.length, -1);
      }
      lastMention[actors.size() - 1] = -1;
      return actors.size() - 1;
    }

    int newActor(ActorId id, String name, ActorKind k, String code) {
      Integer a = byId.get(id);
      if (a != null) {
        return a;
      }
      return add(new Builder(id, name, k, code, null));
    }

    void addMention(int s, int e, int a, MentionKind k, int f) {
      if (count == start.length) {
        int c = count * 2;
        start = Arrays.copyOf(start, c);
        end = Arrays.copyOf(end, c);
        actor = Arrays.copyOf(actor, c);
        kind = Arrays.copyOf(kind, c);
        flags = Arrays.copyOf(flags, c);
      }
      start[count] = s;
      end[count] = e;
      actor[count] = a;
      kind[count] = k;
      flags[count] = f;
      lastMention[a] = count;
      count++;
      for (int x = s; x < e; x++) {
        taken[x] = true;
      }
      String form = t.text(s, e);
      if (form.startsWith("the ") || form.startsWith("The ")) {
        form = form.substring(4);
      }
      actors.get(a).mentions.add(form);
    }

    void sortMentions() {
      Integer[] order = new Integer[count];
      for (int m = 0; m < count; m++) {
        order[m] = m;
      }
      Arrays.sort(
          order,
          (x, y) ->
              start[x] != start[y]
                  ? Integer.compare(start[x], start[y])
                  : Integer.compare(end[y], end[x]));
      int[] s2 = new int[start.length];
      int[] e2 = new int[start.length];
      int[] a2 = new int[start.length];
      MentionKind[] k2 = new MentionKind[start.length];
      int[] f2 = new int[start.length];
      for (int m = 0; m < count; m++) {
        s2[m] = start[order[m]];
        e2[m] = end[order[m]];
        a2[m] = actor[order[m]];
        k2[m] = kind[order[m]];
        f2[m] = flags[order[m]];
      }
      start = s2;
      end = e2;
      actor = a2;
      kind = k2;
      flags = f2;
      Arrays.fill(lastMention, -1);
      for (int m = 0; m < count; m++) {
        lastMention[actor[m]] = m;
      }
    }
  }

  /** An actor of the document under construction. */
  private static final class Builder {
    final ActorId id;
    final String name;
    final ActorKind kind;
    final String code;
    final @Nullable ActorEntry entry;
    @Nullable ActorId affiliation;
    final LinkedHashSet<String> mentions = new LinkedHashSet<>();

    Builder(ActorId id, String name, ActorKind kind, String code, @Nullable ActorEntry entry) {
      this.id = id;
      this.name = name;
      this.kind = kind;
      this.code = code;
      this.entry = entry;
    }

    FoundActor build() {
      String c = code;
      if (kind == ActorKind.PERSON && "UNK".equals(c) && affiliation != null) {
        c = affiliation.value().toUpperCase(Locale.ROOT);
      }
      return new FoundActor(
          id, name, kind, c, affiliation, new ArrayList<>(mentions), entry != null);
    }
  }
}
