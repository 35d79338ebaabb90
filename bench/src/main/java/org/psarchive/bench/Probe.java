package org.psarchive.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the time of a scenario went: CPU seconds of the Payara JVM, of mariadbd, of this client and of
 * the whole machine (from /proc; 0 where a process is not visible, so other processes' share shows),
 * and MariaDB's global counters (SHOW GLOBAL STATUS).
 * {@link #take} before and after a measurement; {@link Delta} is the difference.
 */
final class Probe {

    /** Linux's USER_HZ: /proc reports CPU time in ticks of 1/100 s on every architecture Debian ships. */
    private static final double TICKS_PER_SECOND = 100.0;

    static final String[] COUNTERS = {"Questions", "Com_commit", "Innodb_data_fsyncs", "Innodb_row_lock_waits",
            "Innodb_row_lock_time", "Innodb_rows_inserted", "Innodb_rows_updated", "Innodb_rows_read"};

    record Snapshot(long nanos, double payaraCpu, double mariadbCpu, double clientCpu, double machineCpu,
            Map<String, Long> status) {
    }

    /** The difference of two snapshots. */
    record Delta(double seconds, double payaraCpu, double mariadbCpu, double clientCpu, double machineCpu,
            Map<String, Long> status) {
        long counter(String name) {
            return status.getOrDefault(name, 0L);
        }

        /** CPU used by processes other than the three measured ones (other work on this machine). */
        double otherCpu() {
            return Math.max(0, machineCpu - payaraCpu - mariadbCpu - clientCpu);
        }
    }

    private final long payaraPid;
    private final long mariadbPid;
    private final Connection connection;

    Probe(long payaraPid, long mariadbPid, Connection connection) {
        this.payaraPid = payaraPid;
        this.mariadbPid = mariadbPid;
        this.connection = connection;
    }

    Snapshot take() throws SQLException {
        Map<String, Long> status = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('"
                        + String.join("','", COUNTERS) + "')")) {
            while (row.next()) {
                status.put(row.getString(1), Long.parseLong(row.getString(2)));
            }
        }
        return new Snapshot(System.nanoTime(), cpuSeconds(payaraPid), cpuSeconds(mariadbPid),
                cpuSeconds(ProcessHandle.current().pid()), machineCpuSeconds(), status);
    }

    /** The columns {@link #columns} fills: what both benchmarks print under "where the time went". */
    static final String[] COLUMN_NAMES = {"SQL statements/op", "commits/op", "fsyncs/op", "row lock waits",
        "CPU Payara", "CPU MariaDB", "CPU client", "CPU other", "CPU idle", "CPU ms/op Payara / MariaDB / client"};

    /** MariaDB's counters per operation and each process's CPU as a share of all {@code cores}. */
    static String[] columns(Delta d, double operations, int cores) {
        double capacity = d.seconds() * cores;
        return new String[] {perOp(d.counter("Questions"), operations), perOp(d.counter("Com_commit"), operations),
            perOp(d.counter("Innodb_data_fsyncs"), operations),
            String.format(java.util.Locale.ROOT, "%,d (%,d ms)", d.counter("Innodb_row_lock_waits"),
                    d.counter("Innodb_row_lock_time")),
            percent(d.payaraCpu(), capacity), percent(d.mariadbCpu(), capacity), percent(d.clientCpu(), capacity),
            percent(d.otherCpu(), capacity), percent(capacity - d.machineCpu(), capacity),
            operations == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.2f / %.2f / %.2f",
                    1000 * d.payaraCpu() / operations, 1000 * d.mariadbCpu() / operations, 1000 * d.clientCpu() / operations)};
    }

    private static String perOp(long count, double operations) {
        return operations == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.1f", count / operations);
    }

    private static String percent(double cpuSeconds, double capacity) {
        return String.format(java.util.Locale.ROOT, "%.0f%%", 100 * Math.max(0, cpuSeconds) / capacity);
    }

    static Delta between(Snapshot before, Snapshot after) {
        Map<String, Long> status = new HashMap<>();
        after.status().forEach((name, value) -> status.put(name, value - before.status().getOrDefault(name, 0L)));
        return new Delta((after.nanos() - before.nanos()) / 1e9, after.payaraCpu() - before.payaraCpu(),
                after.mariadbCpu() - before.mariadbCpu(), after.clientCpu() - before.clientCpu(),
                after.machineCpu() - before.machineCpu(), status);
    }

    /** Busy time of all cores (user, nice, system, irq, softirq, steal), in seconds; 0 if unknown. */
    private static double machineCpuSeconds() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int field : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(cpu[field]);
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * CPU seconds of the platform JVM's JIT compiler threads ("C1 CompilerThre", "C2 CompilerThre" as
     * /proc shortens their names); 0 when they are not visible. Threads the JVM has ended are not counted.
     */
    double compilerCpuSeconds() {
        if (payaraPid <= 0) {
            return 0;
        }
        double seconds = 0;
        try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(payaraPid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    if (Files.readString(task.resolve("comm")).contains("CompilerThre")) {
                        seconds += ticksOf(Files.readString(task.resolve("stat"))) / TICKS_PER_SECOND;
                    }
                } catch (IOException threadEnded) {
                    // gone between the listing and the read
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return seconds;
    }

    /** utime + stime of a process, in seconds; 0 when it is not visible here. */
    static double cpuSeconds(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            return ticksOf(Files.readString(Path.of("/proc", String.valueOf(pid), "stat"))) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** utime + stime from a /proc stat line. */
    private static long ticksOf(String stat) {
        // fields after the command name (which may contain spaces) start at "state", field 3
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
