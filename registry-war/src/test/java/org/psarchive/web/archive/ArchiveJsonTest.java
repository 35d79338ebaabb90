package org.psarchive.web.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.psarchive.archive.eventtype.SummaryType;
import org.psarchive.archive.metadata.Metadata;
import org.psarchive.archive.metadata.MetadataKey;
import org.psarchive.archive.metadata.SeriesKey;
import org.psarchive.archive.metadata.SubjectType;

class ArchiveJsonTest {

    @Test
    void writesARecordInEsmondsShapeAndOrder() {
        TreeMap<String, String> subject = new TreeMap<>();
        subject.put("source", "10.0.0.1");
        subject.put("destination", "10.0.0.2");
        TreeMap<String, String> parameters = new TreeMap<>();
        parameters.put("tool-name", "pscheduler/powstream");
        Metadata record = new Metadata(7, new MetadataKey("0123456789abcdef0123456789abcdef"), SubjectType.POINT_TO_POINT, subject, parameters, List.of(
                new Metadata.Series(1, SeriesKey.base("packet-count-sent"), 1700000000L),
                new Metadata.Series(2, new SeriesKey("packet-count-sent", SummaryType.AGGREGATION, 300), null),
                new Metadata.Series(3, SeriesKey.base("failures"), null)));

        String text = ArchiveJson.text(json -> ArchiveJson.metadata(json, record, "http://archive.example.org:8080",
                extras -> extras.write("metadata-count-total", 1)));

        assertEquals("{\"metadata-key\":\"0123456789abcdef0123456789abcdef\",\"subject-type\":\"point-to-point\","
                + "\"destination\":\"10.0.0.2\",\"source\":\"10.0.0.1\",\"tool-name\":\"pscheduler/powstream\","
                + "\"event-types\":["
                + "{\"base-uri\":\"/esmond/perfsonar/archive/0123456789abcdef0123456789abcdef/failures/base\",\"event-type\":\"failures\","
                + "\"time-updated\":null,\"summaries\":[]},"
                + "{\"base-uri\":\"/esmond/perfsonar/archive/0123456789abcdef0123456789abcdef/packet-count-sent/base\",\"event-type\":\"packet-count-sent\","
                + "\"time-updated\":1700000000,\"summaries\":[{\"summary-type\":\"aggregation\",\"summary-window\":\"300\","
                + "\"time-updated\":null,\"uri\":\"/esmond/perfsonar/archive/0123456789abcdef0123456789abcdef/packet-count-sent/aggregations/300\"}]}],"
                + "\"uri\":\"/esmond/perfsonar/archive/0123456789abcdef0123456789abcdef/\",\"url\":\"http://archive.example.org:8080/esmond/perfsonar/archive/0123456789abcdef0123456789abcdef/\","
                + "\"metadata-count-total\":1}", text);
    }
}
