"""CPU that duizhao uses while it waits for a slow machine translation server.

Starts an OpenAI-compatible stand-in on 127.0.0.1 that answers every request after DELAY
seconds (default 8), runs `duizhao annotate` on one sentence against it, and prints one JSON
figure: the wall time, duizhao's own CPU time (user + system, from wait4), and the request's
max_tokens. Exits 1 when the request carried no generation limit or the CPU time is not under
2% of the wall time (the goal) when CHECK is set.

Usage: bench-mt-wait.py DUIZHAO_BINARY [DELAY]
"""
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

binary = os.path.abspath(sys.argv[1])
delay = float(sys.argv[2]) if len(sys.argv) > 2 else 8.0
bodies = []


class SlowChatService(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):  # /props: not llama.cpp
        self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        bodies.append(json.loads(body))
        time.sleep(delay)
        answer = {"choices": [{"index": 0, "finish_reason": "stop",
                               "message": {"role": "assistant", "content": "Shenzhen supports the development of talent."}}]}
        out = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), SlowChatService)
threading.Thread(target=server.serve_forever, daemon=True).start()
endpoint = f"http://127.0.0.1:{server.server_address[1]}"

with tempfile.TemporaryDirectory() as folder:
    source = os.path.join(folder, "one.txt")
    with open(source, "w", encoding="utf-8") as f:
        f.write("深圳市支持人才发展。\n")
    started = time.monotonic()
    process = subprocess.Popen(
        [binary, "annotate", source, "--out", os.path.join(folder, "out"), "--format", "json", "--no-tm",
         "--mt-endpoint", endpoint, "--mt-model", "stand-in", "--mt-concurrency", "1"],
        cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - started
    stderr = process.stderr.read().decode(errors="replace")
server.shutdown()

cpu = usage.ru_utime + usage.ru_stime
max_tokens = bodies[0].get("max_tokens") if bodies else None
share = cpu / wall * 100 if wall else 0
figure = {
    "phase": f"mt: one sentence, loopback server answering in {delay:g} s (CLI)",
    "seconds": round(wall, 3),
    "note": f"CPU {cpu:.2f} s ({usage.ru_utime:.2f} user, {usage.ru_stime:.2f} system) = {share:.1f}% of wall; max_tokens {max_tokens}",
}
print(json.dumps(figure, ensure_ascii=False))
if os.waitstatus_to_exitcode(status) != 0 or not bodies:
    print(f"bench-mt-wait: the run failed: {stderr}", file=sys.stderr)
    sys.exit(1)
if max_tokens is None:
    print("bench-mt-wait: the request carried no max_tokens", file=sys.stderr)
    sys.exit(1)
if os.environ.get("CHECK") and share >= 2:
    print(f"bench-mt-wait: CPU {share:.1f}% of the wall time, goal under 2%", file=sys.stderr)
    sys.exit(1)
