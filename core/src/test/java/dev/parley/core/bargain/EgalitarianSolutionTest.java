package dev.parley.core.bargain;

class EgalitarianSolutionTest implements BargainingSolutionContract {
  @Override
  public BargainingSolution solution() {
    return new EgalitarianSolution();
  }

  @Override
  public boolean isScaleInvariant() {
    return false;
  }
}
