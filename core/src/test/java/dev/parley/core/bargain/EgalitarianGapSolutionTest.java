package dev.parley.core.bargain;

class EgalitarianGapSolutionTest implements BargainingSolutionContract {
  @Override
  public BargainingSolution solution() {
    return new EgalitarianGapSolution();
  }

  @Override
  public boolean isScaleInvariant() {
    return false;
  }
}
