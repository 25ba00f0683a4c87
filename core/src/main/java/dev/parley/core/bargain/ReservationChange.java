package dev.parley.core.bargain;

/**
 * What one party would have to accept, holding the others fixed, for some package to beat walking
 * away for everyone.
 *
 * @param party the party's index
 * @param current its reservation value now
 * @param required the largest reservation value at which a zone of agreement exists; NaN if none
 *     does whatever this party accepts (the others' demands are incompatible among themselves)
 */
public record ReservationChange(int party, double current, double required) {
  /** Returns whether lowering this party's reservation value alone can open the zone. */
  public boolean isPossible() {
    return !Double.isNaN(required);
  }

  /** Returns how far the reservation value must fall (0 if the zone is already open for it). */
  public double decrease() {
    return isPossible() ? Math.max(0, current - required) : Double.NaN;
  }
}
