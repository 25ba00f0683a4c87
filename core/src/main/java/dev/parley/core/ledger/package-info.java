/**
 * The prediction ledger: what people (and models) said would happen, when they said it, how sure
 * they sounded, what happened, and how good their record is (Brier and logarithmic scores, a
 * calibration table). See docs/adr/0010-prediction-ledger.md.
 */
@NullMarked
package dev.parley.core.ledger;

import org.jspecify.annotations.NullMarked;
