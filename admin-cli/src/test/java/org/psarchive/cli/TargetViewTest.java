package org.psarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** {@code target list} and {@code show} as people read them: state, last poll, interfaces, the node polling. */
class TargetViewTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private static final String SETTINGS = "\"host\":\"192.0.2.1\",\"port\":161,\"version\":\"v2c\",\"security-level\":null,"
            + "\"interval\":30,";

    @Test
    void listsEachTargetsStateLastPollInterfacesAndNode() {
        JsonArray targets = ApiJson.asArray(ApiJson.parse("[" + String.join(",",
                target("ok-here", true, """
                        {"collector":"on","polled":true,"node":"n1","this-node":"n1","failing":false,
                         "last-success":"2026-12-04T11:59:48Z","last-failure":null,"interfaces":4}"""),
                target("failing", true, """
                        {"collector":"on","polled":true,"node":"n1","this-node":"n1","failing":true,
                         "last-success":"2026-12-04T11:00:00Z","last-failure":"2026-12-04T11:57:00Z","interfaces":2}"""),
                target("elsewhere", true, """
                        {"collector":"on","polled":false,"node":"n2","this-node":"n1"}"""),
                target("new", true, """
                        {"collector":"on","polled":false,"node":null,"this-node":"n1"}"""),
                target("off", false, """
                        {"collector":"on","polled":false,"node":null,"this-node":"n1"}""")) + "]"));

        String text = print(out -> TargetView.table(out, targets, NOW));

        assertEquals("""
                NAME       HOST       PORT  VERSION  SECURITY  INTERVAL  STATE       LAST-POLL  IFACES  NODE
                ok-here    192.0.2.1  161   v2c      -         30s       ok          12s ago    4       n1
                failing    192.0.2.1  161   v2c      -         30s       failing     3m ago     2       n1
                elsewhere  192.0.2.1  161   v2c      -         30s       other-node  -          -       n2
                new        192.0.2.1  161   v2c      -         30s       waiting     -          -       -
                off        192.0.2.1  161   v2c      -         30s       disabled    -          -       -
                """, text);
    }

    @Test
    void aTargetPolledButNotYetAnsweredIsStartingAndACollectorSwitchedOffSaysSo() {
        JsonObject starting = ApiJson.asObject(ApiJson.parse(target("s", true,
                "{\"collector\":\"on\",\"polled\":true,\"node\":\"n1\",\"this-node\":\"n1\",\"failing\":false,\"last-success\":null}")));
        JsonObject off = ApiJson.asObject(ApiJson.parse(target("c", true,
                "{\"collector\":\"off\",\"polled\":false,\"node\":null,\"this-node\":\"n1\"}")));

        assertEquals("starting", TargetView.state(starting, starting.getJsonObject("status")));
        assertEquals("collector-off", TargetView.state(off, off.getJsonObject("status")));
    }

    @Test
    void showNamesTheNodeHoldingTheLease() {
        JsonObject status = ApiJson.asObject(ApiJson.parse("""
                {"collector":"on","polled":false,"node":"n2","this-node":"n1","lease-expires":"2026-12-04T12:01:30Z"}"""));

        String text = print(out -> TargetView.status(out, status));

        assertTrue(text.contains("node:              n2 (this node: n1)"), text);
        assertTrue(text.contains("lease-expires:     2026-12-04T12:01:30Z"), text);
    }

    private static String target(String name, boolean enabled, String status) {
        return "{\"name\":\"" + name + "\"," + SETTINGS + "\"enabled\":" + enabled + ",\"status\":" + status + "}";
    }

    private static String print(Consumer<PrintWriter> printing) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            printing.accept(out);
        }
        return text.toString().replace(System.lineSeparator(), "\n");
    }
}
