#!/usr/bin/env bash
# The test command (`npm test`): builds, runs the whole suite on SQLite, then, where PostgreSQL is
# installed, the whole suite again on a throwaway PostgreSQL cluster (scripts/pg-cluster.sh), which
# is stopped and removed afterwards. PARLEY_TEST_POSTGRES=URL uses a running server instead;
# PARLEY_TEST_BACKENDS=sqlite (or postgres) runs one pass only.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build
backends=${PARLEY_TEST_BACKENDS:-sqlite postgres}

if [[ " $backends " == *" sqlite "* ]]; then
  echo "== the suite on SQLite"
  PARLEY_TEST_POSTGRES= node --test dist/src/
fi
[[ " $backends " == *" postgres "* ]] || exit 0

if [ -z "${PARLEY_TEST_POSTGRES:-}" ]; then
  if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    echo "== PostgreSQL is not installed (apt-get install postgresql): the suite ran on SQLite only" >&2
    exit 0
  fi
  cluster=$(mktemp -d /tmp/parley-pg-XXXXXX)
  trap 'scripts/pg-cluster.sh stop "$cluster"' EXIT
  port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  PARLEY_TEST_POSTGRES=$(scripts/pg-cluster.sh start "$cluster" "$port")
  export PARLEY_TEST_POSTGRES
fi
echo "== the suite on PostgreSQL"
node --test dist/src/
