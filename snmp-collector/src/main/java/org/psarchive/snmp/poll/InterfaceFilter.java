package org.psarchive.snmp.poll;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which interfaces are kept: globs ({@code *} any run of characters, {@code ?} one) matched against ifName
 * and ifDescr. An interface is kept when it matches an include (or there are none) and no exclude, so
 * {@code include xe-*, exclude *.32767} reads as it is meant.
 */
public record InterfaceFilter(List<String> include, List<String> exclude) {

    public static final InterfaceFilter ALL = new InterfaceFilter(List.of(), List.of());

    public InterfaceFilter {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    public boolean keeps(String ifName, String ifDescr) {
        boolean included = include.isEmpty() || include.stream().anyMatch(glob -> matches(glob, ifName, ifDescr));
        return included && exclude.stream().noneMatch(glob -> matches(glob, ifName, ifDescr));
    }

    private static boolean matches(String glob, String ifName, String ifDescr) {
        Pattern pattern = toPattern(glob);
        return pattern.matcher(ifName).matches() || pattern.matcher(ifDescr).matches();
    }

    static Pattern toPattern(String glob) {
        StringBuilder regex = new StringBuilder();
        for (String literal : glob.split("(?=[*?])|(?<=[*?])")) {
            switch (literal) {
                case "*" -> regex.append(".*");
                case "?" -> regex.append('.');
                default -> regex.append(Pattern.quote(literal));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
