/** MicroProfile Health checks, served by the runtime under {@code /health}. */
package org.psarchive.platform.health;
