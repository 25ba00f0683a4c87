/**
 * KTAB's spatial-model-of-politics scenarios (CSV and XML, as KAPSARC's {@code smpc} reads them)
 * and KTAB's layout of a run's position history, for line-by-line comparison with KTAB's logs.
 */
@NullMarked
package dev.parley.io.ktab;

import org.jspecify.annotations.NullMarked;
