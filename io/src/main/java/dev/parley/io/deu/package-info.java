/**
 * The DEU data ("Decision-making in the European Union", DEU I–III): expert-coded positions and
 * saliences of the member states, the Commission and the European Parliament on contested issues of
 * EU legislation, with the reference point and the outcome, read into spatial problems for
 * evaluating forecasting models.
 */
@NullMarked
package dev.parley.io.deu;

import org.jspecify.annotations.NullMarked;
