package org.psarchive.lookup;

/** A community and how many live host and service records carry it. */
public record CommunityCount(String name, long hosts, long services) {
}
