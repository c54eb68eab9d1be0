#!/bin/sh
# An auditor's check of one consent receipt, end to end: download the receipt (JSON) and the
# event's published checkpoints over HTTP, then verify the receipt offline, with no database.
# README.md ("An auditor's check") shows it; e2e/checkpoints.spec.ts runs it against the app.
#
#   scripts/auditor-check.sh RECEIPT_URL CHECKPOINTS_URL [FOLDER]
#
# RECEIPT_URL: the receipt's "Download (JSON)" link, e.g. https://fairlead.example/me/<token>/receipts/42/json
# CHECKPOINTS_URL: https://fairlead.example/api/events/<slug>/checkpoints
# FOLDER: where receipt.json and checkpoints.json are kept (default: the current folder).
# Run it inside the Fairlead folder (npm finds the CLI there). Exits non-zero when a download
# fails or the receipt does not verify.
set -eu
if [ $# -lt 2 ]; then
  echo "Usage: scripts/auditor-check.sh RECEIPT_URL CHECKPOINTS_URL [FOLDER]" >&2
  exit 2
fi
# Absolute: npm runs the CLI from the project folder, whatever folder this was started in.
folder=$(cd "${3:-.}" && pwd)
curl --fail --silent --show-error --output "$folder/receipt.json" "$1"
curl --fail --silent --show-error --output "$folder/checkpoints.json" "$2"
npm run --silent fairlead -- verify-receipt --file "$folder/receipt.json" --checkpoints "$folder/checkpoints.json"
