/** JMH benchmarks of the core algorithms. */
@NullMarked
package dev.parley.bench;

import org.jspecify.annotations.NullMarked;
