#!/usr/bin/env bash
# Builds Jinzai Workbench and runs every test (unit tests and the UI tests on a virtual display).
#   ./build.sh                     full build + tests + Linux and Windows archives + the product's command line
#   ./build.sh -pl <module> -am    any further arguments go to Maven
# Exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")"
. releng/scripts/devenv.sh

jinzai_require_packages
jinzai_select_jdk
jinzai_with_display ./mvnw -B -ntp clean verify "$@"
# a full build also checks the unpacked product's command line (a partial one, -pl ..., has no product)
if [ $# -eq 0 ]; then
    releng/scripts/product-smoke
fi
