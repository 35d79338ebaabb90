/** The admin REST API under {@code /api/admin}: accounts, keys, IP ranges, audit log, retention, the hosts report (docs/admin-api.md). */
package org.psarchive.web.admin;
