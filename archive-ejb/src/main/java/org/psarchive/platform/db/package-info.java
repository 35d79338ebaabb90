/**
 * The database: the one data source ({@code java:app/jdbc/psarchive}), chosen at run time between the
 * embedded H2 default and MariaDB, and the Flyway migrations that own the schema.
 */
package org.psarchive.platform.db;
