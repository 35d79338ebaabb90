/**
 * The arithmetic behind esmond's summaries, kept free of storage and HTTP so it can be tested on its own:
 * {@link org.psarchive.archive.summary.Histogram} values with the bucket-wise sum used for histogram
 * aggregations (and the difference that takes a replaced point back out),
 * {@link org.psarchive.archive.summary.HistogramStatistics} for the {@code statistics} summary, with esmond's
 * NIST percentiles computed from the buckets rather than from expanded samples,
 * {@link org.psarchive.archive.summary.Ratio} for averages and pooled percentages, and
 * {@link org.psarchive.archive.summary.NumericSummary#bin} for the start of a summary window. Services that
 * write summaries read and store the values; this package only says what the numbers are.
 */
package org.psarchive.archive.summary;
