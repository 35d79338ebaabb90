/**
 * esmond's SNMP device API over what the collector stores (docs/snmp.md, "Device API"): devices (the targets
 * with data or configured), their interfaces (from the interface history and the archive's records) and
 * each interface's rates per endpoint ({@code in}, {@code out}, {@code error/in} ...) with esmond's
 * {@code begin}, {@code end}, {@code agg} and {@code cf}. Read only. {@link DeviceService} is the service;
 * {@link DataQuery}, {@link AtEncoding} and {@link Windows} are pure and unit-tested.
 */
package org.psarchive.snmp.device;
