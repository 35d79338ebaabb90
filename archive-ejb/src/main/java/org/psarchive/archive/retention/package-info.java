/**
 * Retention: policies per event type, summary type and window (esmond's defaults seeded), and the
 * hourly pass that deletes expired points in bounded batches and gives the space back on MariaDB.
 */
package org.psarchive.archive.retention;
