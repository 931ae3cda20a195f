#!/bin/sh
# Run once by the postgres image, on its first start (empty volume), as the superuser
# POSTGRES_USER. Creates the two roles Concerto uses (README, "Database roles"):
#   concerto_owner  owns the database and its schema; runs the migrations (MIGRATION_DATABASE_URL)
#   concerto_app    the API's runtime role (DATABASE_URL): rows only, owner of nothing
# Their rights on tables come from the migrations (ApplicationRole), run by concerto_owner.
set -eu
: "${CONCERTO_OWNER_PASSWORD:?set CONCERTO_OWNER_PASSWORD}"
: "${CONCERTO_APP_PASSWORD:?set CONCERTO_APP_PASSWORD}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v owner_password="$CONCERTO_OWNER_PASSWORD" -v app_password="$CONCERTO_APP_PASSWORD" <<'SQL'
CREATE ROLE concerto_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
CREATE ROLE concerto_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
ALTER DATABASE :"DBNAME" OWNER TO concerto_owner;
SQL
