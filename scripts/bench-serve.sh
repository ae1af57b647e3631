#!/usr/bin/env bash
# `duizhao serve` measured on loopback: GET /api/lookup under wrk (8 connections, 10 s) with
# its latency percentiles; POST /api/annotate of a 50 KB document; the server's resident
# memory before and after 10,000 requests. Installs wrk (Debian) when missing, as root.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { [[ $(id -u) -eq 0 ]] && apt-get install -y wrk >/dev/null; } || { echo "bench-serve: install wrk" >&2; exit 1; }
swift build -c release --product duizhao >/dev/null
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
.build/release/duizhao serve --port 0 > "$work/serve.out" 2>&1 &
server=$!
for _ in $(seq 1 100); do grep -q "serving on" "$work/serve.out" && break; sleep 0.2; done
url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$work/serve.out" | head -1)
rss() { awk '/VmRSS/ {print $2}' "/proc/$server/status"; }

cat > "$work/lookup.lua" <<'LUA'
local queries = {"%E6%94%BE%E7%AE%A1%E6%9C%8D", "fangguanfu", "peacock", "%E5%A4%A7%E7%81%A3%E5%8D%80", "fang%20guan", "negative%20list"}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/lookup?q=" .. queries[(n % #queries) + 1])
end
LUA
echo "== lookup API: wrk, 2 threads, 8 connections, 10 s"
wrk -t2 -c8 -d10s --latency -s "$work/lookup.lua" "$url" | grep -E "Latency|50%|90%|99%|Requests/sec"

# A 50 KB document: the bundled samples' text repeated.
while [[ $(stat -c %s "$work/doc.txt" 2>/dev/null || echo 0) -lt 51200 ]]; do cat samples/shenzhen-talent-policy.txt >> "$work/doc.txt"; done
head -c 51200 "$work/doc.txt" | iconv -f utf-8 -t utf-8 -c > "$work/doc50k.txt"
echo "== annotate a $(stat -c %s "$work/doc50k.txt")-byte document (POST /api/annotate, 5 runs: status, seconds)"
for _ in 1 2 3 4 5; do
    curl -s -o /dev/null -w "%{http_code} %{time_total}\n" -H "Origin: ${url%/}" --data-binary @"$work/doc50k.txt" "${url}api/annotate?name=doc.txt"
done

echo "== memory over 10,000 requests (lookups and small annotations), VmRSS in KiB"
python3 - "$url" "$server" <<'PY'
import http.client, sys, urllib.parse
url, pid = sys.argv[1], sys.argv[2]
host = urllib.parse.urlparse(url)
def rss():
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS"): return int(line.split()[1])
conn = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
queries = ["fangguanfu", "peacock", "放管服", "negative list"]
body = "深化“放管服”改革，实施孔雀计划。".encode()
print("after 0:", rss())
for i in range(1, 10_001):
    if i % 10 == 0:
        conn.request("POST", "/api/annotate", body=body, headers={"Origin": url.rstrip("/")})
    else:
        conn.request("GET", "/api/lookup?q=" + urllib.parse.quote(queries[i % 4]))
    response = conn.getresponse(); response.read()
    assert response.status == 200, response.status
    if i % 2000 == 0: print(f"after {i}:", rss())
PY
