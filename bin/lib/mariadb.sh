# MariaDB helpers of bin/test and bin/bench: find or start a local MariaDB on 127.0.0.1:3306, and
# give a script its own account limited to databases of one name prefix. Source it after common.sh.
# shellcheck shell=bash

MARIADB_HOST=127.0.0.1
MARIADB_PORT=3306

mariadb_client() { command -v mariadb >/dev/null && echo mariadb || echo mysql; }

# Runs SQL as MariaDB's administrator: root over TCP without a password (a developer machine), else
# root over the local socket (Debian's default unix_socket authentication).
mariadb_admin() {
  local client; client=$(mariadb_client)
  "$client" -h"$MARIADB_HOST" -P"$MARIADB_PORT" -uroot --protocol=TCP -N -e "$1" 2>/dev/null \
    || as_root "$client" -uroot -N -e "$1"
}

mariadb_up() {
  local client; client=$(mariadb_client)
  command -v "$client" >/dev/null || return 1
  "$client" -h"$MARIADB_HOST" -P"$MARIADB_PORT" -uroot --protocol=TCP -e 'SELECT 1' >/dev/null 2>&1 \
    || as_root "$client" -uroot -e 'SELECT 1' >/dev/null 2>&1
}

# Uses MariaDB on 127.0.0.1:3306 if it answers; otherwise installs mariadb-server if needed and starts it.
ensure_mariadb() {
  if mariadb_up; then say "MariaDB is running"; return; fi
  if [ ! -x /usr/sbin/mariadbd ] && [ ! -x /usr/sbin/mysqld ]; then apt_install mariadb-server; fi
  say "starting MariaDB"
  as_root mkdir -p /run/mysqld
  as_root chown mysql:mysql /run/mysqld 2>/dev/null || true
  local daemon=/usr/sbin/mariadbd; [ -x "$daemon" ] || daemon=/usr/sbin/mysqld
  as_root start-stop-daemon --start --oknodo --background --exec "$daemon" -- --user=mysql \
    --bind-address="$MARIADB_HOST" --port="$MARIADB_PORT"
  for _ in $(seq 60); do mariadb_up && { say "MariaDB is running"; return; }; sleep 1; done
  die "MariaDB is not reachable on $MARIADB_HOST:$MARIADB_PORT after starting it (see docs/testing.md)"
}

# mariadb_scoped_account USER PREFIX: (re)creates USER at localhost, 127.0.0.1 and ::1 with a fresh
# random password, allowed only on databases whose names start with PREFIX, and sets
# MARIADB_ACCOUNT_PASSWORD to that password.
mariadb_scoped_account() {
  local user=$1 pattern="${2//_/\\_}%" host
  MARIADB_ACCOUNT_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
  for host in localhost 127.0.0.1 '::1'; do
    mariadb_admin "CREATE USER IF NOT EXISTS '$user'@'$host';
      ALTER USER '$user'@'$host' IDENTIFIED BY '$MARIADB_ACCOUNT_PASSWORD';
      GRANT ALL PRIVILEGES ON \`$pattern\`.* TO '$user'@'$host';" \
      || die "cannot create the MariaDB account $user"
  done
}

# mariadb_drop_databases PREFIX: drops every database whose name starts with PREFIX.
mariadb_drop_databases() {
  local db
  for db in $(mariadb_admin "SHOW DATABASES LIKE '${1//_/\\_}%'"); do
    mariadb_admin "DROP DATABASE IF EXISTS \`$db\`" >/dev/null
  done
}
