/**
 * Imports an esmond archive (or another psarchive) over its REST API: a job read page by page as
 * esmond's own client reads it ({@link org.psarchive.archive.importer.EsmondSource}), metadata keys
 * preserved, summaries copied as stored bins, progress and per-series high-water marks committed with
 * each batch ({@link org.psarchive.archive.importer.ImportStore}), run on the container's managed
 * executor ({@link org.psarchive.archive.importer.ImportJobs}) and resumable. See docs/migration.md.
 */
package org.psarchive.archive.importer;
