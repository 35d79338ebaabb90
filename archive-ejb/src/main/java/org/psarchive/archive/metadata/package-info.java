/**
 * Measurement metadata: subjects, free-form parameters and the series each record registers;
 * idempotent creation by content checksum, lookup, and esmond's search filters with paging.
 * {@code MetadataService} keeps the rules, transactions and caches; the SQL and the mapping of rows
 * into records are {@code MetadataStore}'s, and a search's WHERE clause is {@code MetadataQuery}'s.
 */
package org.psarchive.archive.metadata;
