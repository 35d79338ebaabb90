/**
 * Authentication and authorization of REST requests: the filter that finds the caller (API key, legacy
 * ApiKey header, or IP account behind trusted proxies) and enforces the permission a resource declares.
 */
package org.psarchive.web.auth;
