package dev.parley.core.bargain;

class NashBargainingSolutionTest implements BargainingSolutionContract {
  @Override
  public BargainingSolution solution() {
    return new NashBargainingSolution();
  }

  @Override
  public boolean isScaleInvariant() {
    return true;
  }
}
