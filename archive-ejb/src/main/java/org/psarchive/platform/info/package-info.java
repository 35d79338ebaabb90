/** The platform's own description: version, database, schema version ({@code GET /api/platform}). */
package org.psarchive.platform.info;
