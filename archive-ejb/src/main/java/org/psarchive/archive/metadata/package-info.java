/**
 * Measurement metadata: subjects, free-form parameters and the series each record registers;
 * idempotent creation by content checksum, lookup, and esmond's search filters with paging.
 */
package org.psarchive.archive.metadata;
