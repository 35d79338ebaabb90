# The steps of `bin/bench snmp` (docs/benchmarks.md, "The SNMP benchmark"). Source it after common.sh and
# snmp.sh; bin/bench calls bench_snmp_prepare, bench_snmp_cycle (part a), bench_snmp_platform (parts c and
# b, once it started the platform) and bench_snmp_cleanup from its trap.
# Everything it creates is named psbench-*: the namespace psbench-big (host link psbench-big-h,
# 10.254.211.0/30), the fleet psbench-fleet on 127.0.0.1 UDP ports from 31000, and its own directory.
# shellcheck shell=bash

BENCH_SNMP_NETNS=psbench-big
BENCH_SNMP_SUBNET=211
BENCH_SNMP_PORT=16161
BENCH_SNMP_HOST=10.254.$BENCH_SNMP_SUBNET.2
BENCH_SNMP_FLEET=psbench-fleet
BENCH_SNMP_FLEET_PORT=31000
bench_snmp_work=
bench_snmp_exporter_pid=

bench_snmp_prepare() {
  [ "$(id -u)" -eq 0 ] || die "bin/bench snmp needs root (network namespaces)"
  snmp_ensure_tools --exporter
  snmp_clean_stale psbench-
  bench_snmp_work=$(mktemp -d /tmp/psbench-snmp.XXXXXX)
}

bench_snmp_cleanup() {
  if [ -n "$bench_snmp_exporter_pid" ]; then kill -TERM "$bench_snmp_exporter_pid" 2>/dev/null || true; fi
  snmp_netns_down "$BENCH_SNMP_NETNS" 2>/dev/null || true
  snmp_fleet_down "$BENCH_SNMP_FLEET" 2>/dev/null || true
  [ -z "$bench_snmp_work" ] || rm -rf "$bench_snmp_work"
}

# A generator-free module for prometheus-snmp-exporter 0.21 (Debian 12's; community and version in the
# module, as before 0.23's split into auths): the six columns, numeric OIDs, indexed by ifIndex.
bench_snmp_exporter_config() {
  local oid name
  printf 'if_counters:\n  walk:\n'
  for oid in 1.3.6.1.2.1.31.1.1.1.6 1.3.6.1.2.1.31.1.1.1.10 1.3.6.1.2.1.2.2.1.14 1.3.6.1.2.1.2.2.1.20 \
    1.3.6.1.2.1.2.2.1.13 1.3.6.1.2.1.2.2.1.19; do printf '  - %s\n' "$oid"; done
  printf '  metrics:\n'
  while read -r name oid; do
    printf '  - name: %s\n    oid: %s\n    type: counter\n    help: %s\n' "$name" "$oid" "$name"
    printf '    indexes:\n    - labelname: ifIndex\n      type: gauge\n'
  done <<'COLUMNS'
ifHCInOctets 1.3.6.1.2.1.31.1.1.1.6
ifHCOutOctets 1.3.6.1.2.1.31.1.1.1.10
ifInErrors 1.3.6.1.2.1.2.2.1.14
ifOutErrors 1.3.6.1.2.1.2.2.1.20
ifInDiscards 1.3.6.1.2.1.2.2.1.13
ifOutDiscards 1.3.6.1.2.1.2.2.1.19
COLUMNS
  printf '  version: 2\n  max_repetitions: 50\n  retries: 1\n  timeout: 30s\n  auth:\n    community: public\n'
}

# The big agent's namespace, created once per run (parts a and c).
bench_snmp_namespace() {
  ip netns list | grep -qw "^$BENCH_SNMP_NETNS" && return
  local interfaces=${BENCH_SNMP_INTERFACES:-10000} started
  say "creating namespace $BENCH_SNMP_NETNS with $interfaces interfaces and its snmpd"
  started=$(date +%s)
  snmp_netns_up "$BENCH_SNMP_NETNS" "$interfaces" "$BENCH_SNMP_SUBNET" "$BENCH_SNMP_PORT" \
    || die "could not create the namespace $BENCH_SNMP_NETNS"
  say "namespace ready in $(( $(date +%s) - started )) s"
}

# Parts c and b, against the started platform: BASE_URL DATA_DIR PLATFORM_PID MARIADB_PID.
bench_snmp_platform() {
  local seconds=${BENCH_SNMP_SECONDS:-300} targets=${BENCH_SNMP_TARGETS:-1000}
  if [[ ${BENCH_SNMP_ONLY:-abc} == *c* ]]; then
    bench_snmp_namespace
    say "part c: the big router polled every 30 s for $seconds s"
    java -Xmx256m -cp "$HARNESS_CLASSPATH" org.psarchive.bench.SnmpCollectorBench "$@" "$seconds" 30 \
      router "$BENCH_SNMP_HOST" "$BENCH_SNMP_PORT" || return 1
    snmp_netns_down "$BENCH_SNMP_NETNS"
  fi
  if [[ ${BENCH_SNMP_ONLY:-abc} == *b* ]]; then
    say "starting $targets targets: snmpd processes of 125 UDP ports each from $BENCH_SNMP_FLEET_PORT"
    snmp_fleet_up "$BENCH_SNMP_FLEET" "$targets" "$BENCH_SNMP_FLEET_PORT" || die "could not start the fleet"
    say "part b: $targets targets polled every 30 s for $seconds s"
    java -Xmx256m -cp "$HARNESS_CLASSPATH" org.psarchive.bench.SnmpCollectorBench "$@" "$seconds" 30 \
      fleet "$BENCH_SNMP_FLEET_PORT" "$targets" || return 1
  fi
}

# Part a: one poll cycle of the big agent by our poller, snmpbulkwalk and the exporter, in turns.
bench_snmp_cycle() {
  local exporter_port
  bench_snmp_namespace
  bench_snmp_exporter_config >"$bench_snmp_work/snmp.yml"
  exporter_port=$(free_port)
  prometheus-snmp-exporter --config.file="$bench_snmp_work/snmp.yml" \
    --web.listen-address="127.0.0.1:$exporter_port" >"$bench_snmp_work/exporter.log" 2>&1 &
  bench_snmp_exporter_pid=$!
  for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$exporter_port") 2>/dev/null && break; sleep 0.1; done
  say "timing ${BENCH_SNMP_CYCLES:-10} poll cycles of each poller"
  java -Xmx1g -cp "$HARNESS_CLASSPATH" org.psarchive.bench.SnmpCycleBench "$BENCH_SNMP_HOST" "$BENCH_SNMP_PORT" \
    "http://127.0.0.1:$exporter_port/snmp?target=$BENCH_SNMP_HOST:$BENCH_SNMP_PORT&module=if_counters" \
    "$bench_snmp_exporter_pid" "${BENCH_SNMP_CYCLES:-10}" "${BENCH_SNMP_MAX_REPETITIONS:-25,50}" &
  harness_pid=$!
  wait "$harness_pid"
  harness_pid=
  kill -TERM "$bench_snmp_exporter_pid" 2>/dev/null || true
  bench_snmp_exporter_pid=
}
