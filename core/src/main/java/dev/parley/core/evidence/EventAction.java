package dev.parley.core.evidence;

import java.util.Locale;

/**
 * What an actor does in an event, in the negotiation vocabulary that analyses and the gold standard
 * use; coarser than PLOVER for conflict, finer for speech acts.
 */
public enum EventAction {
  /** Suggest, offer, invite, push for, or promise something to another party. */
  PROPOSE,
  /** Demand, insist, set conditions or seek. */
  DEMAND,
  /** Reject, refuse, oppose, resist or rule out. */
  REJECT,
  /** Accept or agree. */
  ACCEPT,
  /** Threaten. */
  THREATEN,
  /** Meet in person: a meeting, a summit, a round of talks. */
  MEET,
  /** Talk without meeting in person: a phone call, discussions. */
  CONSULT,
  /** Urge, request, call for. */
  APPEAL,
  /** Warn or caution. */
  WARN,
  /** Praise or commend. */
  PRAISE,
  /** Criticise, accuse, condemn or disparage. */
  CRITICIZE,
  /** Impose sanctions. */
  SANCTION,
  /** Attack militarily, invade, advance, seize or annex territory. */
  ATTACK,
  /** Provide aid, loans or weapons. */
  AID,
  /** Forecast what will happen. */
  PREDICT,
  /** Any other speech act: say, claim, argue, confirm, vow. */
  STATEMENT;

  /** Returns the action's name as the gold standard writes it, such as {@code propose}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
