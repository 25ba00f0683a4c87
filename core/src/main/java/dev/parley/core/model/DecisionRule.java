package dev.parley.core.model;

/** How a coalition accepts a deal. */
public enum DecisionRule {
  /** The coalition bargains as one actor; its own profile speaks for its members. */
  AS_ONE,
  /**
   * Every member must consent, as the EU's unanimity rule requires: each member that has a profile
   * is a veto player, a party that must accept any deal.
   */
  UNANIMITY
}
