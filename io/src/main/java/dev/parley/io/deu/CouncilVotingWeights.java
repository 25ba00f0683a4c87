package dev.parley.io.deu;

import java.util.Map;

/**
 * The capabilities the DEU evaluation gives its actors: the member states' weighted votes in the
 * Council under qualified-majority voting, with the Commission and the European Parliament given
 * the largest weight of any state.
 *
 * <p>Weights, public facts of the EU treaties:
 *
 * <ul>
 *   <li>Before enlargement (EU-15, Article 205(2) EC Treaty as in force 1995–2004; 87 votes in
 *       all): Germany, France, Italy and the United Kingdom 10; Spain 8; Belgium, Greece, the
 *       Netherlands and Portugal 5; Austria and Sweden 4; Denmark, Ireland and Finland 3;
 *       Luxembourg 2.
 *   <li>Nice weights (Protocol on the enlargement of the European Union annexed to the Treaty of
 *       Nice, Article 3, and the 2003 Act of Accession, Article 12, from 1 November 2004; Bulgaria
 *       and Romania by the 2005 Act of Accession; Croatia by the 2012 Act of Accession; 352 votes
 *       in the EU-28): Germany, France, Italy and the United Kingdom 29; Spain and Poland 27;
 *       Romania 14; the Netherlands 13; Belgium, the Czech Republic, Greece, Hungary and Portugal
 *       12; Austria, Bulgaria and Sweden 10; Denmark, Ireland, Lithuania, Slovakia, Finland and
 *       Croatia 7; Cyprus, Estonia, Latvia, Luxembourg and Slovenia 4; Malta 3.
 * </ul>
 *
 * <p>An issue uses the pre-2004 weights when no state that joined in or after 2004 holds a position
 * on it, the Nice weights otherwise (research/anchors-forecasting.md §3.3). The Commission ({@code
 * com}) and the Parliament ({@code ep}) get 10 and 29 respectively, a convention of that note; a
 * state without a pre-2004 weight gets 0 under those weights.
 */
public final class CouncilVotingWeights {
  /** The codes of the states that joined the EU in 2004 or later, as the DEU columns name them. */
  public static final java.util.Set<String> LATER_MEMBERS =
      java.util.Set.of(
          "bu", "cr", "cy", "cz", "ee", "hu", "lv", "lt", "mt", "pl", "ro", "si", "sk");

  private static final Map<String, Integer> BEFORE_2004 =
      Map.ofEntries(
          Map.entry("de", 10),
          Map.entry("fr", 10),
          Map.entry("it", 10),
          Map.entry("uk", 10),
          Map.entry("es", 8),
          Map.entry("be", 5),
          Map.entry("el", 5),
          Map.entry("nl", 5),
          Map.entry("pt", 5),
          Map.entry("at", 4),
          Map.entry("se", 4),
          Map.entry("dk", 3),
          Map.entry("ie", 3),
          Map.entry("fi", 3),
          Map.entry("lu", 2));

  private static final Map<String, Integer> NICE =
      Map.ofEntries(
          Map.entry("de", 29),
          Map.entry("fr", 29),
          Map.entry("it", 29),
          Map.entry("uk", 29),
          Map.entry("es", 27),
          Map.entry("pl", 27),
          Map.entry("ro", 14),
          Map.entry("nl", 13),
          Map.entry("be", 12),
          Map.entry("cz", 12),
          Map.entry("el", 12),
          Map.entry("hu", 12),
          Map.entry("pt", 12),
          Map.entry("at", 10),
          Map.entry("bu", 10),
          Map.entry("se", 10),
          Map.entry("dk", 7),
          Map.entry("ie", 7),
          Map.entry("lt", 7),
          Map.entry("sk", 7),
          Map.entry("fi", 7),
          Map.entry("cr", 7),
          Map.entry("cy", 4),
          Map.entry("ee", 4),
          Map.entry("lv", 4),
          Map.entry("lu", 4),
          Map.entry("si", 4),
          Map.entry("mt", 3));

  private CouncilVotingWeights() {}

  /**
   * Returns an actor's capability.
   *
   * @param actor a DEU actor code: {@code com}, {@code ep} or a state such as {@code de}
   * @param nice whether the issue uses the Nice weights rather than the pre-2004 ones
   * @throws IllegalArgumentException if the code is not a DEU actor
   */
  public static double weight(String actor, boolean nice) {
    if (!DeuReader.ACTORS.contains(actor)) {
      throw new IllegalArgumentException("expected a DEU actor code, but found " + actor);
    }
    if (actor.equals("com") || actor.equals("ep")) {
      return nice ? 29 : 10;
    }
    return (nice ? NICE : BEFORE_2004).getOrDefault(actor, 0);
  }
}
