/** JMH benchmarks of agent-based bargaining (core.simulate). */
@NullMarked
package dev.parley.bench.simulate;

import org.jspecify.annotations.NullMarked;
