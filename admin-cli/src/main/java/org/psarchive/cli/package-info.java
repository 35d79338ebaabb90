/** psarchive-admin: picocli commands (one class per noun), the API client and the exit-code table. */
package org.psarchive.cli;
