/**
 * Online backups of the embedded database (H2's {@code BACKUP TO}, consistent while writes go on); MariaDB is
 * backed up with its own tools (docs/operations.md, "Backups").
 */
package org.psarchive.platform.backup;
