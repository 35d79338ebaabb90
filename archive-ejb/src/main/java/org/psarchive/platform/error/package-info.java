/**
 * Failures named by meaning ({@code InvalidInputException}, {@code NotFoundException}, ...). Services
 * throw them; the web module's single exception mapper turns them into RFC 9457 problems.
 */
package org.psarchive.platform.error;
