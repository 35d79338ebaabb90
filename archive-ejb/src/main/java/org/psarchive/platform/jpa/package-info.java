/** JPA mapping helpers shared by every feature's entities. */
package org.psarchive.platform.jpa;
