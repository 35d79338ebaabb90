package org.psarchive.snmp.device;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.psarchive.archive.summary.NumericSummary;

/**
 * One consolidation of rates into aggregation windows (pure): min and max from the archive's stored minimum
 * and maximum bins (each a rate with its time) or from base rates, each window's extreme with its time (the
 * earliest on a tie); average and raw from the archive's stored average bins
 * (sum and count of the window's base rates), which may come from several records of one interface (a
 * target moved to another address). Windows start at multiples of their length (the archive's bins).
 */
public final class Windows {

    private final Consolidation cf;
    private final long window;
    private final long baseInterval;
    /** By window start: {value or sum, time of the extreme or count}. */
    private final Map<Long, double[]> bins = new TreeMap<>();

    public Windows(Consolidation cf, long window, long baseInterval) {
        if (window <= 0 || baseInterval <= 0) {
            throw new IllegalArgumentException("window and base interval must be positive: " + window + ", " + baseInterval);
        }
        this.cf = cf;
        this.window = window;
        this.baseInterval = baseInterval;
    }

    /** Whether this consolidation takes rates with their times ({@link #addRate}) rather than stored averages ({@link #addAverageBin}). */
    public boolean fromBaseRates() {
        return cf == Consolidation.MIN || cf == Consolidation.MAX;
    }

    /** A rate at {@code ts}, for min and max: a base rate, or a stored bin's extreme at its base point's time. */
    public void addRate(long ts, double rate) {
        long bin = NumericSummary.bin(ts, window);
        double[] known = bins.get(bin);
        if (known == null) {
            bins.put(bin, new double[] {rate, ts});
            return;
        }
        boolean better = cf == Consolidation.MIN ? rate < known[0] : rate > known[0];
        if (better || rate == known[0] && ts < known[1]) {
            known[0] = rate;
            known[1] = ts;
        }
    }

    /** A stored average bin (sum and count of base rates), for average and raw. */
    public void addAverageBin(long bin, double sum, long count) {
        double[] known = bins.computeIfAbsent(NumericSummary.bin(bin, window), b -> new double[2]);
        known[0] += sum;
        known[1] += count;
    }

    /** The windows starting within [begin, end], oldest first. */
    public List<RatePoint> points(long begin, long end) {
        List<RatePoint> points = new ArrayList<>();
        for (Map.Entry<Long, double[]> bin : bins.entrySet()) {
            long ts = bin.getKey();
            if (ts < begin || ts > end) {
                continue;
            }
            double[] value = bin.getValue();
            points.add(switch (cf) {
                case MIN, MAX -> new RatePoint(ts, value[0], (long) value[1]);
                case AVERAGE -> new RatePoint(ts, value[1] > 0 ? value[0] / value[1] : null, null);
                case RAW -> new RatePoint(ts, value[0] * baseInterval, null);
            });
        }
        return points;
    }
}
