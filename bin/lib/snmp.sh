# SNMP fixtures of bin/bench snmp and of the scale tests (snmp-collector's SnmpdNamespace, SnmpdFleet):
# a network namespace full of veth pairs with a real snmpd inside, and a fleet of snmpd processes on
# loopback. Standalone: source it from bash (bin/bench does, and the Java fixtures run
# `bash -c 'source bin/lib/snmp.sh; ...'`). Needs root (ip netns), iproute2 and snmpd.
# Everything it creates is named by the caller's prefix (psbench-..., psscale-...), so a rerun after a
# crash removes its own leftovers with snmp_clean_stale PREFIX and nobody else's.
# shellcheck shell=bash

SNMP_FIXTURE_TMP=${SNMP_FIXTURE_TMP:-/tmp}
SNMPD_OPTIONS=(-C -I -smux,mteTrigger,mteTriggerConf)

snmp_fixture_say() { printf '==> %s\n' "$*" >&2; }

# Installs what the fixtures and the peers need, on Debian, as root.
snmp_ensure_tools() {
  local missing=()
  [ -x /usr/sbin/snmpd ] || missing+=(snmpd)
  command -v snmpbulkwalk >/dev/null || missing+=(snmp)
  command -v ip >/dev/null || missing+=(iproute2)
  [ "${1:-}" != --exporter ] || command -v prometheus-snmp-exporter >/dev/null || missing+=(prometheus-snmp-exporter)
  [ ${#missing[@]} -eq 0 ] && return
  if declare -F apt_install >/dev/null; then apt_install "${missing[@]}"; else
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }
  fi
}

# snmp_start_snmpd DIR ADDRESSES [NETNS]: starts a daemonized snmpd (community public) with its own
# configuration and persistent directory in DIR, listening on ADDRESSES (snmpd's agentAddress syntax, at
# most about 128 endpoints), inside namespace NETNS if given; its PID goes to DIR/snmpd.pid.
snmp_start_snmpd() {
  local dir=$1 addresses=$2 netns=${3:-}
  mkdir -p "$dir/persistent"
  printf 'agentAddress %s\nrocommunity public default\n' "$addresses" >"$dir/snmpd.conf"
  local run=(); [ -z "$netns" ] || run=(ip netns exec "$netns")
  SNMP_PERSISTENT_DIR="$dir/persistent" MIBS="" "${run[@]}" /usr/sbin/snmpd -Lf "$dir/snmpd.log" \
    -c "$dir/snmpd.conf" -p "$dir/snmpd.pid" "${SNMPD_OPTIONS[@]}" \
    || { cat "$dir/snmpd.log" >&2; return 1; }
}

# snmp_await_agent HOST:PORT [SECONDS]: waits until the agent answers sysUpTime (default 20 s).
snmp_await_agent() {
  local deadline=$(( $(date +%s) + ${2:-20} ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    snmpget -v2c -c public -t 0.5 -r 0 -On "$1" 1.3.6.1.2.1.1.3.0 >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  printf 'error: no SNMP answer from %s\n' "$1" >&2; return 1
}

# snmp_stop_snmpd DIR: stops the snmpd whose PID is in DIR/snmpd.pid (if it is an snmpd) and waits for it.
snmp_stop_snmpd() {
  local pid; pid=$(cat "$1/snmpd.pid" 2>/dev/null) || return 0
  [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = snmpd ] || return 0
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}

# snmp_netns_up NAME INTERFACES SUBNET PORT: creates namespace NAME holding INTERFACES/2 veth pairs (both
# ends inside) plus one veth to the host: NAME-h on the host with 10.254.SUBNET.1/30, its peer "uplink"
# inside with 10.254.SUBNET.2/30. Starts snmpd inside on udp:10.254.SUBNET.2:PORT; returns when it
# answers. The agent sees INTERFACES + 2 interfaces (lo and uplink). NAME: at most 13 characters.
# The pairs are created with one `ip -batch` (about 3 s for 5,000 pairs).
snmp_netns_up() {
  local name=$1 interfaces=$2 subnet=$3 port=$4 dir="$SNMP_FIXTURE_TMP/$1.snmp"
  [ ${#name} -le 13 ] || { echo "error: namespace name $name longer than 13 characters" >&2; return 1; }
  snmp_netns_down "$name"
  ip netns add "$name" || return 1
  ip link add "$name-h" type veth peer name uplink netns "$name" || return 1
  ip addr add "10.254.$subnet.1/30" dev "$name-h" && ip link set "$name-h" up || return 1
  ip -n "$name" addr add "10.254.$subnet.2/30" dev uplink || return 1
  ip -n "$name" link set uplink up && ip -n "$name" link set lo up || return 1
  local i
  for (( i = 0; i < interfaces / 2; i++ )); do
    echo "link add v$i type veth peer name p$i"
  done | ip -n "$name" -batch - || return 1
  rm -rf "$dir"
  snmp_start_snmpd "$dir" "udp:10.254.$subnet.2:$port" "$name" || return 1
  snmp_await_agent "10.254.$subnet.2:$port" 30
}

# snmp_netns_down NAME: stops the processes inside NAME (its snmpd) and deletes it with its interfaces.
snmp_netns_down() {
  local name=$1 pid
  if ip netns list 2>/dev/null | grep -qw -- "^$name"; then
    for pid in $(ip netns pids "$name" 2>/dev/null); do kill -TERM "$pid" 2>/dev/null || true; done
    for _ in $(seq 50); do [ -z "$(ip netns pids "$name" 2>/dev/null)" ] && break; sleep 0.1; done
    for pid in $(ip netns pids "$name" 2>/dev/null); do kill -KILL "$pid" 2>/dev/null || true; done
    ip netns del "$name" 2>/dev/null || true
  fi
  ip link del "$name-h" 2>/dev/null || true
  rm -rf "${SNMP_FIXTURE_TMP:?}/$name.snmp"
}

# snmp_fleet_up NAME TARGETS FIRST_PORT [PORTS_PER_AGENT]: starts ceil(TARGETS/PORTS_PER_AGENT) snmpd
# processes on 127.0.0.1, listening together on UDP ports FIRST_PORT .. FIRST_PORT+TARGETS-1, each on
# at most PORTS_PER_AGENT (default 125: snmpd silently cuts an agentAddress list after about 128).
# State in $SNMP_FIXTURE_TMP/NAME.fleet/agent-K. Returns once every agent answers on its last port.
snmp_fleet_up() {
  local name=$1 targets=$2 first=$3 per=${4:-125} dir="$SNMP_FIXTURE_TMP/$1.fleet" k port last addresses
  snmp_fleet_down "$name"
  mkdir -p "$dir"
  for (( k = 0; k * per < targets; k++ )); do
    addresses=
    last=$(( first + (k + 1) * per - 1 )); [ "$last" -lt $(( first + targets )) ] || last=$(( first + targets - 1 ))
    for (( port = first + k * per; port <= last; port++ )); do
      addresses+="${addresses:+,}udp:127.0.0.1:$port"
    done
    snmp_start_snmpd "$dir/agent-$k" "$addresses" || return 1
  done
  for (( k = 0; k * per < targets; k++ )); do
    last=$(( first + (k + 1) * per - 1 )); [ "$last" -lt $(( first + targets )) ] || last=$(( first + targets - 1 ))
    snmp_await_agent "127.0.0.1:$last" 20 || return 1
  done
}

# snmp_fleet_down NAME: stops the fleet's agents and removes its directory.
snmp_fleet_down() {
  local dir="$SNMP_FIXTURE_TMP/$1.fleet" agent
  [ -d "$dir" ] || return 0
  for agent in "$dir"/agent-*; do [ -d "$agent" ] && snmp_stop_snmpd "$agent"; done
  rm -rf "$dir"
}

# snmp_clean_stale PREFIX: removes what an interrupted run with names starting with PREFIX left behind
# (namespaces, host links, fleets). Only names of that prefix are touched.
snmp_clean_stale() {
  local prefix=$1 name path
  for name in $(ip netns list 2>/dev/null | awk '{print $1}' | grep -- "^$prefix" || true); do
    snmp_netns_down "$name"
  done
  for path in "$SNMP_FIXTURE_TMP/$prefix"*.fleet; do
    [ -d "$path" ] && snmp_fleet_down "$(basename "$path" .fleet)"
  done
  for path in "$SNMP_FIXTURE_TMP/$prefix"*.snmp; do
    [ -d "$path" ] && snmp_stop_snmpd "$path" && rm -rf "$path"
  done
  for name in $(ip -o link show 2>/dev/null | awk -F': ' '{print $2}' | sed 's/@.*//' | grep -- "^$prefix" || true); do
    ip link del "$name" 2>/dev/null || true
  done
  return 0
}
