/**
 * IP addresses as text, written once for every feature: the RFC 5952 form of IPv6 addresses
 * ({@link org.psarchive.platform.net.Ipv6Text}) and the dotted-quad IPv4 parser
 * ({@link org.psarchive.platform.net.Ipv4Literal}). Pure functions, never a DNS lookup.
 */
package org.psarchive.platform.net;
