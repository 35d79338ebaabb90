/** JSON-P helpers: the factory methods over a provider looked up once. */
package org.psarchive.platform.json;
