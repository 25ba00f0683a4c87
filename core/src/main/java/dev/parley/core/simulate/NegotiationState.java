package dev.parley.core.simulate;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a party sees when it is its turn: the round, the offer on the table, and the offers every
 * party has made so far (its first, previous, latest and most conceding one).
 *
 * <p>A protocol owns one state per run and updates it between turns; agents read it and must not
 * keep it. The history kept is what the agents need in O(1) per turn, not the whole trace.
 */
public final class NegotiationState {
  private final Negotiation negotiation;
  private final @Nullable Bid[] first;
  private final @Nullable Bid[] previous;
  private final @Nullable Bid[] last;
  private final @Nullable Bid[] deepest;
  private final int[] offers;
  private int round;
  private int self;
  private @Nullable Bid standing;
  private int standingProposer = -1;
  private int standingRound = -1;

  NegotiationState(Negotiation negotiation) {
    this.negotiation = negotiation;
    int k = negotiation.partyCount();
    first = new Bid[k];
    previous = new Bid[k];
    last = new Bid[k];
    deepest = new Bid[k];
    offers = new int[k];
  }

  /** Returns the negotiation. */
  public Negotiation negotiation() {
    return negotiation;
  }

  /** Returns the current round, from 0. */
  public int round() {
    return round;
  }

  /** Returns the share of the deadline elapsed at the start of this round, in [0, 1). */
  public double time() {
    return (double) round / negotiation.deadline();
  }

  /** Returns the party whose turn it is. */
  public int self() {
    return self;
  }

  /** Returns the offer on the table, if there is one. */
  public Optional<Bid> standing() {
    return Optional.ofNullable(standing);
  }

  /** Returns the party that made the offer on the table, or -1 for a mediator or none. */
  public int standingProposer() {
    return standingProposer;
  }

  /** Returns the round in which the offer on the table was made, or -1 if there is none. */
  public int standingRound() {
    return standingRound;
  }

  /** Returns how many offers a party has made. */
  public int offerCount(int party) {
    return offers[party];
  }

  /** Returns a party's first offer, if it has made one. */
  public Optional<Bid> firstOffer(int party) {
    return Optional.ofNullable(first[party]);
  }

  /** Returns a party's offer before its latest one, if it has made two. */
  public Optional<Bid> previousOffer(int party) {
    return Optional.ofNullable(previous[party]);
  }

  /** Returns a party's latest offer, if it has made one. */
  public Optional<Bid> lastOffer(int party) {
    return Optional.ofNullable(last[party]);
  }

  /** Returns the offer in which a party asked least for itself so far, if it has made one. */
  public Optional<Bid> deepestOffer(int party) {
    return Optional.ofNullable(deepest[party]);
  }

  void turn(int round, int self) {
    this.round = round;
    this.self = self;
  }

  void table(@Nullable Bid bid, int proposer, int round) {
    this.standing = bid;
    this.standingProposer = bid == null ? -1 : proposer;
    this.standingRound = bid == null ? -1 : round;
  }

  void offered(int party, Bid bid) {
    if (first[party] == null) {
      first[party] = bid;
    }
    previous[party] = last[party];
    last[party] = bid;
    Bid d = deepest[party];
    if (d == null || bid.utility(party) < d.utility(party)) {
      deepest[party] = bid;
    }
    offers[party]++;
  }
}
