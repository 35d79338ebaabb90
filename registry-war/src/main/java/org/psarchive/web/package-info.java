/**
 * The web layer's shared pieces: the JAX-RS application, the single exception mapper, and
 * {@code BodyMembers}, which reads the members of psarchive's own request bodies. Resources live in
 * feature packages below this one and stay thin: parse, call one service, map the result.
 */
package org.psarchive.web;
