package org.psarchive.archive.pscheduler;

import org.psarchive.platform.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.util.Optional;

/**
 * {@code add_data_rate}: a percentage {@code {numerator, denominator}} holding the two result
 * fields as given, left out when either is missing or null, when {@code int()} fails on either,
 * or when the denominator is zero (nothing sent).
 */
final class LossRate {

    private LossRate() {
    }

    static void add(EsmondRecord record, String eventType, JsonObject result, String numerator, String denominator) {
        if (!PyJson.present(result, numerator) || !PyJson.present(result, denominator)) {
            return;
        }
        JsonValue lost = result.get(numerator);
        JsonValue sent = result.get(denominator);
        Optional<BigInteger> sentCount = PyJson.toInt(sent);
        if (PyJson.toInt(lost).isEmpty() || sentCount.isEmpty() || sentCount.get().signum() == 0) {
            return;
        }
        record.value(eventType, Jsonp.createObjectBuilder().add("numerator", lost).add("denominator", sent).build());
    }
}
