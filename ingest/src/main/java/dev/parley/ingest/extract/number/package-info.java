/**
 * Quantities in text: numbers written as digits or words, with their unit (money, distance, time)
 * and what they count.
 */
@NullMarked
package dev.parley.ingest.extract.number;

import org.jspecify.annotations.NullMarked;
