package dev.parley.ingest.extract.actor;

import dev.parley.core.model.Actor;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorKind;
import dev.parley.ingest.extract.text.SectionedWords;
import dev.parley.ingest.extract.text.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The actors extraction can recognise: the built-in registry of states, organisations and people of
 * international affairs, optionally overlaid with a scenario's actors and aliases.
 *
 * <p>A scenario actor whose name or an alias is also a registry entry's name or alias takes that
 * entry over under the scenario's id, so "Kremlin" finds the scenario's {@code russia} and Putin
 * acts for it. Instances are immutable and thread-safe.
 */
public final class ActorDirectory {
  private static final String RESOURCES = "/dev/parley/ingest/extract/actor/";
  private static volatile @Nullable ActorDirectory builtIn;

  private final List<ActorEntry> entries;
  private final Map<ActorId, Integer> index;
  private final Set<String> givenNames;
  private final Node root = new Node();

  private ActorDirectory(List<ActorEntry> entries, List<String> places, Set<String> givenNames) {
    this.entries = List.copyOf(entries);
    this.givenNames = Set.copyOf(givenNames);
    this.index = new HashMap<>();
    for (int i = 0; i < this.entries.size(); i++) {
      index.put(this.entries.get(i).id(), i);
    }
    for (int i = 0; i < this.entries.size(); i++) {
      ActorEntry e = this.entries.get(i);
      add(e.name(), i, FormKind.NAME);
      for (String a : e.aliases()) {
        add(a, i, FormKind.NAME);
      }
      for (String a : e.adjectives()) {
        add(a, i, FormKind.ADJECTIVE);
      }
      for (String a : e.seats()) {
        add(a, i, FormKind.SEAT);
      }
    }
    for (String place : places) {
      add(place, -1, FormKind.PLACE);
    }
  }

  /** Returns the built-in registry, read once from the class path. */
  public static ActorDirectory builtIn() {
    ActorDirectory d = builtIn;
    if (d == null) {
      synchronized (ActorDirectory.class) {
        d = builtIn;
        if (d == null) {
          d = load();
          builtIn = d;
        }
      }
    }
    return d;
  }

  /** Returns the entries, in the order they were loaded. */
  public List<ActorEntry> entries() {
    return entries;
  }

  /** Returns the entry with the given id, if there is one. */
  public Optional<ActorEntry> entry(ActorId id) {
    Integer i = index.get(id);
    return i == null ? Optional.empty() : Optional.of(entries.get(i));
  }

  /**
   * Returns this directory overlaid with a scenario's actors: their ids replace the ids of the
   * registry entries they denote, their aliases are added, and actors the registry lacks are added.
   */
  public ActorDirectory withScenarioActors(Collection<Actor> actors) {
    Map<ActorId, ActorId> renamed = new HashMap<>();
    Map<Integer, Actor> takeOver = new LinkedHashMap<>();
    List<Actor> fresh = new ArrayList<>();
    for (Actor actor : actors) {
      int match = -1;
      List<String> names = new ArrayList<>(actor.aliases());
      names.add(0, actor.name());
      names.add(actor.id().value());
      outer:
      for (String n : names) {
        for (int i = 0; i < entries.size(); i++) {
          ActorEntry e = entries.get(i);
          if (e.name().equalsIgnoreCase(n)
              || e.id().value().equalsIgnoreCase(n)
              || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(n))) {
            match = i;
            break outer;
          }
        }
      }
      if (match >= 0 && !takeOver.containsKey(match)) {
        takeOver.put(match, actor);
        renamed.put(entries.get(match).id(), actor.id());
      } else {
        fresh.add(actor);
      }
    }
    List<ActorEntry> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      ActorEntry e = entries.get(i);
      ActorId id = takeOver.containsKey(i) ? takeOver.get(i).id() : e.id();
      ActorEntry moved =
          e.withIds(
              id,
              e.affiliation() == null
                  ? null
                  : renamed.getOrDefault(e.affiliation(), e.affiliation()),
              e.allies() == null ? null : renamed.getOrDefault(e.allies(), e.allies()));
      if (takeOver.containsKey(i)) {
        List<String> more = new ArrayList<>(takeOver.get(i).aliases());
        more.add(takeOver.get(i).name());
        moved = moved.withMoreAliases(more);
      }
      out.add(moved);
    }
    for (Actor a : fresh) {
      ActorId affiliation = a.memberOf().isEmpty() ? null : a.memberOf().get(0);
      String code = a.kind() == ActorKind.STATE ? a.id().value().toUpperCase(Locale.ROOT) : "UNK";
      List<String> aliases = new ArrayList<>(a.aliases());
      out.add(
          new ActorEntry(
              a.id(),
              a.kind(),
              a.name(),
              code,
              affiliation,
              List.of(),
              aliases,
              List.of(),
              List.of(),
              null,
              false));
    }
    return new ActorDirectory(out, placeNames(), givenNames);
  }

  private List<String> placeNames() {
    List<String> places = new ArrayList<>();
    collectPlaces(root, new ArrayList<>(), places);
    return places;
  }

  private static void collectPlaces(Node node, List<String> path, List<String> out) {
    for (Form f : node.forms) {
      if (f.kind == FormKind.PLACE) {
        out.add(f.original);
      }
    }
    for (Map.Entry<String, Node> child : node.children.entrySet()) {
      path.add(child.getKey());
      collectPlaces(child.getValue(), path, out);
      path.remove(path.size() - 1);
    }
  }

  int size() {
    return entries.size();
  }

  ActorEntry get(int i) {
    return entries.get(i);
  }

  int indexOf(ActorId id) {
    Integer i = index.get(id);
    return i == null ? -1 : i;
  }

  boolean isGivenName(String token) {
    return givenNames.contains(token);
  }

  Node root() {
    return root;
  }

  /** Returns the index of the person who held the role for the given actor on the day, or -1. */
  int holderOf(Set<String> roleNames, ActorId of, @Nullable LocalDate day) {
    for (int i = 0; i < entries.size(); i++) {
      ActorEntry e = entries.get(i);
      if (e.kind() != ActorKind.PERSON) {
        continue;
      }
      for (Role r : e.roles()) {
        if (roleNames.contains(r.name()) && r.of().equals(of) && r.isHeldOn(day)) {
          return i;
        }
      }
    }
    return -1;
  }

  private void add(String phrase, int entry, FormKind kind) {
    List<Tokens.Token> tokens = Tokens.of(phrase);
    if (tokens.isEmpty()) {
      return;
    }
    Node node = root;
    boolean[] cap = new boolean[tokens.size()];
    boolean[] allCaps = new boolean[tokens.size()];
    for (int k = 0; k < tokens.size(); k++) {
      Tokens.Token t = tokens.get(k);
      node = node.children.computeIfAbsent(t.norm(), x -> new Node());
      cap[k] = Character.isUpperCase(t.text().charAt(0));
      allCaps[k] = t.text().length() <= 4 && t.text().length() >= 2 && isAllCaps(t.text());
    }
    for (Form f : node.forms) {
      if (f.entry == entry && f.kind == kind) {
        return;
      }
    }
    node.forms.add(new Form(entry, kind, cap, allCaps, phrase));
  }

  private static boolean isAllCaps(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  private static ActorDirectory load() {
    List<ActorEntry> entries = new ArrayList<>();
    List<String> places = new ArrayList<>();
    for (String line : lines("states.tsv")) {
      String[] f = line.split("\t", -1);
      if (f.length < 5) {
        throw new IllegalStateException("expected 5 columns in states.tsv, but found: " + line);
      }
      ActorId id = ActorId.of(f[0]);
      entries.add(
          new ActorEntry(
              id,
              ActorKind.STATE,
              f[1],
              f[0],
              null,
              List.of(),
              list(f[2]),
              list(f[3]),
              list(f[4]),
              null,
              false));
    }
    for (String line : lines("actors.tsv")) {
      String[] f = line.split("\t", -1);
      if (f.length < 3) {
        throw new IllegalStateException("expected at least 3 columns in actors.tsv: " + line);
      }
      Map<String, String> kv = new HashMap<>();
      for (int k = 3; k < f.length; k++) {
        int eq = f[k].indexOf('=');
        if (eq > 0) {
          kv.put(f[k].substring(0, eq), f[k].substring(eq + 1));
        }
      }
      String kind = f[0];
      if (kind.equals("place")) {
        places.add(f[2]);
        places.addAll(list(kv.getOrDefault("aka", "")));
        continue;
      }
      ActorKind actorKind =
          switch (kind) {
            case "org" -> ActorKind.ORGANIZATION;
            case "collective" -> ActorKind.COALITION;
            case "historical" -> ActorKind.STATE;
            case "person" -> ActorKind.PERSON;
            default ->
                throw new IllegalStateException(
                    "expected kind org, collective, historical, person or place, but found "
                        + kind);
          };
      String affiliation = kv.get("for");
      List<Role> roles = new ArrayList<>();
      for (String r : list(kv.getOrDefault("role", ""))) {
        String[] p = r.split(":", -1);
        roles.add(
            new Role(
                p[0],
                ActorId.of(p[1]),
                p.length > 2 && !p[2].isEmpty() ? LocalDate.parse(p[2]) : null,
                p.length > 3 && !p[3].isEmpty() ? LocalDate.parse(p[3]) : null));
      }
      String code =
          kv.getOrDefault(
              "code", affiliation == null ? "UNK" : affiliation.toUpperCase(Locale.ROOT));
      entries.add(
          new ActorEntry(
              ActorId.of(f[1]),
              actorKind,
              f[2],
              code,
              affiliation == null ? null : ActorId.of(affiliation),
              roles,
              list(kv.getOrDefault("aka", "")),
              list(kv.getOrDefault("adj", "")),
              list(kv.getOrDefault("seat", "")),
              kv.containsKey("allies") ? ActorId.of(kv.get("allies")) : null,
              kind.equals("historical")));
    }
    // the states whose allies are "the West" when a text says "its allies"
    for (int i = 0; i < entries.size(); i++) {
      ActorEntry e = entries.get(i);
      if (e.kind() == ActorKind.STATE && WESTERN_ALLIES.contains(e.id().value())) {
        entries.set(i, e.withIds(e.id(), e.affiliation(), ActorId.of("WEST")));
      }
    }
    Set<String> given = new HashSet<>();
    for (String line : lines("given-names.txt")) {
      given.add(line.strip().toLowerCase(Locale.ROOT));
    }
    return new ActorDirectory(entries, places, given);
  }

  /** States a text's "its allies" usually means the Western allies of. */
  private static final Set<String> WESTERN_ALLIES =
      SectionedWords.of(ActorDirectory.class, "allies.txt").words("western-allies");

  private static List<String> list(String field) {
    List<String> out = new ArrayList<>();
    for (String s : field.split("\\|", -1)) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  private static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    try (InputStream in = ActorDirectory.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("expected resource " + RESOURCES + name + ", but none");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + name, e);
    }
    return out;
  }

  /** What a matched phrase is to its actor. */
  enum FormKind {
    NAME,
    ADJECTIVE,
    SEAT,
    PLACE
  }

  /** One phrase of the trie's vocabulary. */
  static final class Form {
    final int entry;
    final FormKind kind;
    final boolean[] capitalized;
    final boolean[] allCaps;
    final String original;

    Form(int entry, FormKind kind, boolean[] capitalized, boolean[] allCaps, String original) {
      this.entry = entry;
      this.kind = kind;
      this.capitalized = capitalized;
      this.allCaps = allCaps;
      this.original = original;
    }
  }

  /** A node of the token trie. */
  static final class Node {
    final Map<String, Node> children = new HashMap<>(4);
    final List<Form> forms = new ArrayList<>(1);
  }
}
