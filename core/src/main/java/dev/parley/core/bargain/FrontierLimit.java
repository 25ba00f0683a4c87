package dev.parley.core.bargain;

/**
 * Why a frontier was not computed exactly: the bound an exact computation would have had to pass.
 *
 * @param issuesCovered how many issues, in order, the computation had merged when it stopped
 * @param pointsReached the size of the partial frontier (or candidate set) that passed the limit
 * @param limit the limit it passed
 */
public record FrontierLimit(int issuesCovered, long pointsReached, long limit) {
  /** Returns a sentence describing the limit for reports. */
  public String describe() {
    return "the exact frontier exceeded "
        + limit
        + " points (reached "
        + pointsReached
        + " after merging "
        + issuesCovered
        + " issues); no frontier is reported rather than a truncated one";
  }
}
