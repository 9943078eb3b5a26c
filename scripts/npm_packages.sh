#!/usr/bin/env bash
# Installs the npm packages trusthub uses into ./node_modules, pinned, from the npm registry:
#   vnu-jar       the W3C Nu Html Checker (tests/test_valid_html.py)
#   decap-server  the web editor's local proxy: edits in /admin/ are saved to this folder
#   decap-cms     the web editor's bundle, served by the staff build at /admin/
# decap-cms is fetched as its package alone (`npm pack`, 3 MB) and only its dist/ kept: its
# 700 dependencies are already inside that bundle. Run by `make cms` and by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

VNU_VERSION=26.9.27
DECAP_SERVER_VERSION=3.11.3
DECAP_CMS_VERSION=3.16.3

if [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ] || [ ! -f node_modules/decap-server/dist/index.js ]; then
  # One install for both: npm removes what a later install does not name.
  npm install --no-save --no-package-lock --no-audit --no-fund --ignore-scripts \
    "vnu-jar@${VNU_VERSION}" "decap-server@${DECAP_SERVER_VERSION}" >/dev/null
fi

if [ ! -f node_modules/decap-cms/dist/decap-cms.js ]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  npm pack --silent --pack-destination "$work" "decap-cms@${DECAP_CMS_VERSION}" >/dev/null
  tar -xzf "$work"/decap-cms-*.tgz -C "$work"
  rm -rf node_modules/decap-cms
  mkdir -p node_modules/decap-cms
  mv "$work/package/dist" "$work/package/package.json" node_modules/decap-cms/
fi
