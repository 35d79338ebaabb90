/**
 * psarchive-admin: picocli commands (one class per noun, its verbs nested in it, and the esmond_manage
 * names in {@code EsmondManageCommands}), the API client with token discovery, and the exit-code
 * table. The CLI holds no business rules: it turns arguments into admin API calls and answers into text.
 */
package org.psarchive.cli;
