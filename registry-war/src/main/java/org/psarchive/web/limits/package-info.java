/**
 * Bounds on what a request may cost before any resource sees it: a body limit per route family
 * (archive writes, the lookup service, everything else), checked against {@code Content-Length} before
 * reading and by counting for chunked bodies; bodies read without holding a request thread, within a
 * time limit; and a budget on the bytes all bodies being read may hold at once. Answers are problem+json.
 */
package org.psarchive.web.limits;
