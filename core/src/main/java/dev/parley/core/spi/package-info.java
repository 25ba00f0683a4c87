/**
 * Service interfaces that other modules implement: how a batch of independent Monte Carlo trials is
 * executed, locally or on a cluster, with results that do not depend on the executor.
 */
@NullMarked
package dev.parley.core.spi;

import org.jspecify.annotations.NullMarked;
