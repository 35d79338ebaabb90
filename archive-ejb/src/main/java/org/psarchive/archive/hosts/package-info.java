/**
 * Who sends results, and who stopped: per measurement agent its first and last result, the records it
 * updated in the last hour and day, the test types and tools it sends ({@code HostStore}, two aggregate
 * statements); {@code HostService} for the admin API; {@code HostWatch} refreshes the per-agent gauge of
 * {@code /metrics} ({@code HostGauges}, the only class of this package that knows MicroProfile Metrics).
 * docs/operations.md "Hosts that stopped sending".
 */
package org.psarchive.archive.hosts;
