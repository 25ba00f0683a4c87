/**
 * Test support shared by every module: the location of the shared test data, golden files, seeded
 * generators and architecture rules.
 */
@NullMarked
package dev.parley.testkit;

import org.jspecify.annotations.NullMarked;
