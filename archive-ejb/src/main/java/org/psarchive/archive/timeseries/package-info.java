/**
 * Time series: storing points with the summaries they feed (in one transaction per request), and
 * reading any series back over a time range. The table {@code ps_point} is clustered by (series, ts).
 */
package org.psarchive.archive.timeseries;
