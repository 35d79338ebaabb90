package org.psarchive.snmp.client;

/**
 * Why a request got no usable answer. Each is a distinct outcome an operator acts on differently, so
 * they are kinds, not message texts. The USM reports are those of RFC 3414 section 3.2.
 */
public enum SnmpFailure {

    /** No answer in timeout x (retries + 1). For v2c this includes a wrong community: agents drop those silently. */
    TIMEOUT,
    /** usmStatsUnknownUserNames: the agent has no such v3 user. */
    UNKNOWN_USER,
    /** usmStatsWrongDigests: the authentication password (or protocol) does not match the agent's. */
    WRONG_AUTH_PASSWORD,
    /** usmStatsDecryptionErrors: the privacy password (or protocol) does not match the agent's. */
    WRONG_PRIV_PASSWORD,
    /** usmStatsUnsupportedSecLevels: the user exists but not at the security level asked. */
    UNSUPPORTED_SECURITY_LEVEL,
    /** usmStatsNotInTimeWindows, still after the engine was discovered again. */
    NOT_IN_TIME_WINDOW,
    /** usmStatsUnknownEngineIDs, still after the engine was discovered again. */
    UNKNOWN_ENGINE_ID,
    /** The agent refused the request with an error status (noAccess, genErr, authorizationError, ...). */
    AGENT_ERROR,
    /** The agent answered something that breaks the protocol (a walk that does not advance, a stray report). */
    PROTOCOL_ERROR,
    /** The host name does not resolve. */
    UNKNOWN_HOST,
    /** The request could not be sent at all (no route, the client closed). */
    SEND_FAILED;

    /** A sentence an operator can act on, for {@code psarchive-admin target test} and the logs. */
    public String explanation(Credentials credentials) {
        return switch (this) {
            case TIMEOUT -> credentials instanceof Community
                    ? "no answer: the agent is down, the port is closed, or the community is wrong"
                    : "no answer: the agent is down, the port is closed, or it ignores SNMPv3";
            case UNKNOWN_USER -> "the agent does not know this SNMPv3 user";
            case WRONG_AUTH_PASSWORD -> "wrong authentication password or protocol for this SNMPv3 user";
            case WRONG_PRIV_PASSWORD -> "wrong privacy password or protocol for this SNMPv3 user";
            case UNSUPPORTED_SECURITY_LEVEL -> "the agent does not offer this security level for this user";
            case NOT_IN_TIME_WINDOW -> "the agent's engine time is out of the window even after rediscovery";
            case UNKNOWN_ENGINE_ID -> "the agent refuses its engine ID even after rediscovery";
            case AGENT_ERROR -> "the agent refused the request";
            case PROTOCOL_ERROR -> "the agent's answer breaks the protocol";
            case UNKNOWN_HOST -> "the host name does not resolve";
            case SEND_FAILED -> "the request could not be sent";
        };
    }
}
