/** REST view of the platform's own description ({@code /api/platform}). */
package org.psarchive.web.platform;
