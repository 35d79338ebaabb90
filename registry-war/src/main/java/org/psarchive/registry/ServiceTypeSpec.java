package org.psarchive.registry;

import java.util.regex.Pattern;

/**
 * A new service type: its name, a description, the sLS {@code service-type} the lookup service
 * publishes (e.g. {@code pscheduler}), and a locator template with {@code {host}} (e.g.
 * {@code https://{host}/pscheduler}) of RFC 3986 characters.
 */
public record ServiceTypeSpec(ServiceTypeName name, Description description, String lookupServiceType, String locatorTemplate) {

    private static final Pattern LOOKUP_TYPE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern URI_CHARACTERS = Pattern.compile("[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%{}]{1,255}");

    public ServiceTypeSpec {
        if (name == null) {
            throw Field.invalid(ServiceTypeName.FIELD, null, "required.");
        }
        if (description == null) {
            throw Field.invalid(Description.FIELD, null, "a service type needs a description.");
        }
        if (lookupServiceType == null || !LOOKUP_TYPE.matcher(lookupServiceType).matches()) {
            throw Field.invalid("lookup-service-type", lookupServiceType,
                    "the sLS service-type, 1 to 64 of a-z 0-9 . _ -, e.g. pscheduler or owamp.");
        }
        if (locatorTemplate == null || !URI_CHARACTERS.matcher(locatorTemplate).matches()
                || !locatorTemplate.contains(ServiceType.HOST) || !locatorTemplate.contains("://")) {
            throw Field.invalid("locator-template", locatorTemplate,
                    "a URL of at most 255 RFC 3986 characters containing {host}, e.g. https://{host}/pscheduler.");
        }
    }
}
