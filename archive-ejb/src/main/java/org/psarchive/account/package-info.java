/**
 * Accounts and authentication: accounts with permissions, hashed API keys, IP/CIDR ranges, the
 * audit log of administrative actions, and the admin token written at first start.
 */
package org.psarchive.account;
