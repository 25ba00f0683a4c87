package dev.parley.core.bargain;

class EqualUtilitySolutionTest implements BargainingSolutionContract {
  @Override
  public BargainingSolution solution() {
    return new EqualUtilitySolution();
  }

  @Override
  public boolean isRationalOnly() {
    return false;
  }
}
