/**
 * The esmond event types and what their data may look like: the catalogue of the 49 event types
 * with their data types, the summary types each data type allows, the validation of the summaries
 * posted with a metadata record, and the coercion of a posted data value into a {@link
 * org.psarchive.archive.eventtype.PointValue}. The rules follow esmond's {@code
 * esmond/api/perfsonar/types.py} and {@code validators.py} (Python 2 {@code long()} and {@code
 * float()} semantics), except that floats keep full double precision; bad input becomes an
 * {@link org.psarchive.platform.error.InvalidInputException}. Pure Java, no storage.
 */
package org.psarchive.archive.eventtype;
