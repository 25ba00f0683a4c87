/**
 * Reading input files safely: only regular files, checked on the file that was opened, through a
 * bounded stream whatever size the file claims, and never blocking forever on a FIFO.
 */
@NullMarked
package dev.parley.io.file;

import org.jspecify.annotations.NullMarked;
