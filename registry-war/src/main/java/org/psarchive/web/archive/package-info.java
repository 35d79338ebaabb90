/**
 * The esmond-compatible perfSONAR archive API ({@code /esmond/perfsonar/archive/}): metadata, event
 * types, summaries and data, over the services of {@code org.psarchive.archive}.
 */
package org.psarchive.web.archive;
