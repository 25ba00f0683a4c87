/**
 * Parley's own scenario format, in YAML or JSON: reading with line-accurate diagnostics ({@code
 * ScenarioReader}) and writing ({@code ScenarioWriter}). The format is described in {@code
 * docs/scenario-format.md} and {@code docs/schema/scenario.schema.json}.
 */
@NullMarked
package dev.parley.io.scenario;

import org.jspecify.annotations.NullMarked;
