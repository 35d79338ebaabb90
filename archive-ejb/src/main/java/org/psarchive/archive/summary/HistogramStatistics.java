package org.psarchive.archive.summary;

import org.psarchive.platform.json.Jsonp;
import org.psarchive.platform.json.JsonLiterals;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * esmond's {@code statistics} summary of a histogram, over the samples it stands for (each bucket value
 * repeated as often as its count). Percentiles and the median follow NIST (rank p/100·(N+1), linear
 * interpolation, clamped at the ends); variance and standard deviation are of the population. {@code mode}
 * lists the value of every bucket that shares the top count, in ascending order.
 */
public record HistogramStatistics(
        double mean,
        double median,
        List<Double> mode,
        double minimum,
        double maximum,
        double percentile25,
        double percentile75,
        double percentile95,
        double variance,
        double standardDeviation) {

    public HistogramStatistics {
        mode = List.copyOf(mode);
    }

    /**
     * The statistics of a histogram, or empty when there are none: no samples, or a bucket key that is not a
     * number (esmond then stores the empty object {@code {}}, which is what a caller should write).
     */
    public static Optional<HistogramStatistics> of(Histogram histogram) {
        return BucketedSamples.of(histogram).map(HistogramStatistics::of);
    }

    private static HistogramStatistics of(BucketedSamples samples) {
        double mean = samples.mean();
        double variance = samples.variance(mean);
        return new HistogramStatistics(
                mean,
                samples.percentile(50),
                samples.modes(),
                samples.minimum(),
                samples.maximum(),
                samples.percentile(25),
                samples.percentile(75),
                samples.percentile(95),
                variance,
                Math.sqrt(variance));
    }

    /** The statistics object with esmond's member names. */
    public JsonObject toJson() {
        JsonArrayBuilder modes = Jsonp.createArrayBuilder();
        for (double value : mode) {
            modes.add(value);
        }
        return Jsonp.createObjectBuilder()
                .add("mean", mean)
                .add("median", median)
                .add("mode", modes)
                .add("minimum", minimum)
                .add("maximum", maximum)
                .add("percentile-25", percentile25)
                .add("percentile-75", percentile75)
                .add("percentile-95", percentile95)
                .add("variance", variance)
                .add("standard-deviation", standardDeviation)
                .build();
    }

    /** {@link #toJson()} as compact text, written by hand: four statistics documents go with every pScheduler result. */
    public String toJsonText() {
        StringBuilder text = new StringBuilder(256).append("{\"mean\":");
        JsonLiterals.appendNumber(text, mean).append(",\"median\":");
        JsonLiterals.appendNumber(text, median).append(",\"mode\":[");
        for (int i = 0; i < mode.size(); i++) {
            JsonLiterals.appendNumber(i == 0 ? text : text.append(','), mode.get(i));
        }
        text.append("],\"minimum\":");
        JsonLiterals.appendNumber(text, minimum).append(",\"maximum\":");
        JsonLiterals.appendNumber(text, maximum).append(",\"percentile-25\":");
        JsonLiterals.appendNumber(text, percentile25).append(",\"percentile-75\":");
        JsonLiterals.appendNumber(text, percentile75).append(",\"percentile-95\":");
        JsonLiterals.appendNumber(text, percentile95).append(",\"variance\":");
        JsonLiterals.appendNumber(text, variance).append(",\"standard-deviation\":");
        return JsonLiterals.appendNumber(text, standardDeviation).append('}').toString();
    }
}
