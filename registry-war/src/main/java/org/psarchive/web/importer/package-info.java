/** {@code /api/admin/imports}: import jobs from an esmond archive (docs/admin-api.md, docs/migration.md). */
package org.psarchive.web.importer;
