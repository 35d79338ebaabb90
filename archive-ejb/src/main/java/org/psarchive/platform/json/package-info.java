/**
 * JSON for every feature: {@link org.psarchive.platform.json.Jsonp}, JSON-P's factory methods over a
 * provider looked up once (the only way server code reaches JSON-P's factories), and
 * {@link org.psarchive.platform.json.JsonLiterals}, strings and numbers written by hand exactly as
 * JSON-P writes them, for the documents on a write's hot path.
 */
package org.psarchive.platform.json;
