/**
 * Bueno de Mesquita's expected-utility model (EUM) of group decisions, as reconstructed by Scholz,
 * Calbert and Smith (2011), with every ambiguity of that reconstruction and every quirk of Scholz's
 * own code as an option, and a documented mode for each published reference.
 *
 * <p>Entry point: {@link dev.parley.core.forecast.eum.ExpectedUtilityModel}; its modes {@link
 * dev.parley.core.forecast.eum.ExpectedUtilityModel#scholzCode()} and {@link
 * dev.parley.core.forecast.eum.ExpectedUtilityModel#paper()}, and a builder for everything else.
 * docs/forecast-models.md compares the modes with the published numbers.
 */
@NullMarked
package dev.parley.core.forecast.eum;

import org.jspecify.annotations.NullMarked;
