/**
 * The public origin of every absolute URL the platform writes ({@code url} fields, {@code Location} and
 * {@code Link} headers, the lookup locator): {@code PSARCHIVE_PUBLIC_URL} when set, else what a trusted
 * reverse proxy says ({@code Forwarded}, {@code X-Forwarded-*}), else the request's own {@code Host}
 * when it names this server (docs/operations.md, "Behind a reverse proxy").
 */
package org.psarchive.web.origin;
