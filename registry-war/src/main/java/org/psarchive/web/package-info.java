/**
 * The web module's shared pieces: the JAX-RS application and the single exception mapper. Resources
 * live in feature packages below this one and stay thin: parse, call one service, map the result.
 */
package org.psarchive.web;
