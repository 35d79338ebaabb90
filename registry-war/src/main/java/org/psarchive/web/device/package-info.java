/**
 * {@code /esmond/v1/device/...}: esmond's SNMP device API (anonymous GETs, as esmond's), thin over
 * {@code org.psarchive.snmp.device.DeviceService} (docs/snmp.md, "Device API").
 */
package org.psarchive.web.device;
