package org.psarchive.web.access;

/**
 * One access log line (pure): {@code <client> <account|-> "<METHOD> <path>" <status> <ms>ms in=<bytes>}.
 * Only the path is written, never the query (a client may put anything there) nor a header. Characters a
 * client could use to forge a line of its own (control characters, quotes) are escaped.
 */
public record AccessLine(String client, String account, String method, String path, int status, long millis,
        long bytesIn) {

    @Override
    public String toString() {
        return clean(client) + " " + (account == null ? "-" : clean(account)) + " \"" + clean(method) + " " + clean(path)
                + "\" " + status + " " + millis + "ms in=" + Math.max(0, bytesIn);
    }

    static String clean(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 512));
        for (int i = 0; i < text.length() && out.length() < 512; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
