/**
 * The HTTP access log ({@code PSARCHIVE_ACCESS_LOG=true}): one line per request, who (address after trusted
 * proxies, account), what (method, path), how it ended (status, duration, bytes received), never a
 * credential, a query or a body (docs/operations.md, "Logs").
 */
package org.psarchive.web.access;
