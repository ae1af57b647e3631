#!/usr/bin/env bash
# `make test-interop`: round trips through the tools translators use, run for real.
# Installs OmegaT (Debian's omegat, with a JDK for the glossary probe) and translate-toolkit
# (PyPI, pinned) when missing, builds duizhao, then runs scripts/interop/check_interop.py,
# which builds an OmegaT project from duizhao's XLIFF, TMX and TBX, translates it headless,
# brings OmegaT's output back through `tm import` and `check`, and parses duizhao's files
# with translate-toolkit. Exits non-zero when any check fails; prints "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

TRANSLATE_TOOLKIT_VERSION=3.20.4

apt_missing=()
command -v omegat >/dev/null 2>&1 || apt_missing+=(omegat)
command -v javac >/dev/null 2>&1 || apt_missing+=(default-jdk-headless)
[ ${#apt_missing[@]} -eq 0 ] || ./scripts/apt-install.sh "${apt_missing[@]}"
PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c "import sys; from translate import __version__ as v; sys.exit(0 if v.sver == '$TRANSLATE_TOOLKIT_VERSION' else 1)" 2>/dev/null; then
    echo "test-interop: installing translate-toolkit==$TRANSLATE_TOOLKIT_VERSION" >&2
    PIP_ROOT_USER_ACTION=ignore "$PYTHON" -m pip install -q "translate-toolkit==$TRANSLATE_TOOLKIT_VERSION"
fi

./scripts/ensure-deps.sh
${SWIFT:-swift} build --product duizhao
exec "$PYTHON" scripts/interop/check_interop.py --duizhao "$(${SWIFT:-swift} build --show-bin-path)/duizhao"
