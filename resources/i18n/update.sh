#!/usr/bin/env bash
# Refresh the .ts from the sources (keeps existing translations), then build the .qm the app loads.
set -euo pipefail
cd "$(dirname "$0")/../.."
pyside6-lupdate $(find gui -name "*.py" | sort) \
  -ts resources/i18n/shop_assistant_en.ts -no-obsolete -source-language zh_CN -target-language en
pyside6-lrelease resources/i18n/shop_assistant_en.ts -qm resources/i18n/shop_assistant_en.qm
