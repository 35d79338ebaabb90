/** The benchmark harness: load generators for the archive and the lookup service, run by bin/bench. */
package org.psarchive.bench;
