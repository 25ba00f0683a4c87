package dev.parley.core.bargain;

class KalaiSmorodinskyGapSolutionTest implements BargainingSolutionContract {
  @Override
  public BargainingSolution solution() {
    return new KalaiSmorodinskyGapSolution();
  }

  @Override
  public boolean isScaleInvariant() {
    return true;
  }
}
