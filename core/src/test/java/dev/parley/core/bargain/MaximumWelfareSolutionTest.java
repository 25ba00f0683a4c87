package dev.parley.core.bargain;

class MaximumWelfareSolutionTest implements BargainingSolutionContract {
  @Override
  public BargainingSolution solution() {
    return new MaximumWelfareSolution();
  }

  @Override
  public boolean isRationalOnly() {
    return false;
  }
}
