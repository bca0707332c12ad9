#!/usr/bin/env bash
# Regenerates the committed GraphQL contract after API type changes: builds the API, writes
# apps/api/schema.gql from a freshly migrated scratch database, then regenerates the web client.
set -euo pipefail
cd "$(dirname "$0")/../.."
server="${PG_SERVER_URL:-postgres://postgres@127.0.0.1:5432}"
scratch="mitreden_schema_$$"
psql "$server/postgres" -qc "CREATE DATABASE $scratch" >/dev/null
trap 'psql "$server/postgres" -qc "DROP DATABASE IF EXISTS $scratch WITH (FORCE)" >/dev/null' EXIT
npx nx run api:build --outputStyle=static >/dev/null
DATABASE_URL="$server/$scratch" node dist/apps/api/main.js migrate >/dev/null
DATABASE_URL="$server/$scratch" node dist/apps/api/main.js schema >/dev/null
npm run --silent codegen >/dev/null
echo "schema.gql and generated.ts are up to date"
