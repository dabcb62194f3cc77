#!/usr/bin/env bash
# One-shot set-up run by docker-compose's "setup" service before the app starts: creates (or updates) the
# role reportsearch_app from app-role.json and the user the app logs in as, so that the app never holds the
# elastic superuser. Idempotent: every start puts the same role and the current password.
set -euo pipefail
ES="${ES_URL:-http://elasticsearch:9200}"
: "${ELASTIC_PASSWORD:?set ELASTIC_PASSWORD (the elastic superuser, used here only)}"
: "${REPORTSEARCH_APP_PASSWORD:?set REPORTSEARCH_APP_PASSWORD (the password of the app user)}"
put() {
  curl -fsS --retry 10 --retry-delay 3 --retry-all-errors -u "elastic:${ELASTIC_PASSWORD}" \
    -X PUT "$ES$1" -H 'Content-Type: application/json' --data-binary "$2" >/dev/null
}
put /_security/role/reportsearch_app "@$(dirname "$0")/app-role.json"
# JSON string escaping of the password: backslashes and quotes.
pw="${REPORTSEARCH_APP_PASSWORD//\\/\\\\}"; pw="${pw//\"/\\\"}"
put /_security/user/reportsearch_app "{\"password\":\"$pw\",\"roles\":[\"reportsearch_app\"],\"full_name\":\"report-search app\"}"
echo "Role and user reportsearch_app are ready."
