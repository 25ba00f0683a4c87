package dev.parley.core.bargain;

class KalaiSmorodinskySolutionTest implements BargainingSolutionContract {
  @Override
  public BargainingSolution solution() {
    return new KalaiSmorodinskySolution();
  }

  @Override
  public boolean isScaleInvariant() {
    return true;
  }
}
