/**
 * Dependency parsing of English sentences: a CoNLL-U reader for the Universal Dependencies
 * treebanks, an averaged-perceptron tagger of universal parts of speech, a greedy arc-eager
 * dependency parser, and the tree they produce, with the questions extraction asks of it (the
 * subject and object of a verb, its clauses, its negation).
 *
 * <p>The shipped model is trained on the Universal Dependencies English Web Treebank v2.15
 * (Silveira et al. 2014, © 2013-2021 The Board of Trustees of The Leland Stanford Junior
 * University), whose annotations are licensed CC BY-SA 4.0; see docs/adr/0014-syntactic-parser.md
 * and docs/parser.md.
 */
@NullMarked
package dev.parley.ingest.parse;

import org.jspecify.annotations.NullMarked;
