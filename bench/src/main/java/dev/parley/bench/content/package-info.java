/** JMH benchmarks of main-content extraction. */
@NullMarked
package dev.parley.bench.content;

import org.jspecify.annotations.NullMarked;
