/** Time as the platform's services see it: an injected {@link java.time.Clock}. */
package org.psarchive.platform.time;
