"""make test-mt-live: duizhao's machine translation against a real llama.cpp server.

Starts .mt-server/bin/llama-server (built by `make mt-server`) with the small GGUF model on
127.0.0.1, puts a recording relay in front of it (also on 127.0.0.1: it passes every request
through unchanged and notes its body and how long the server took), and checks:

1. `annotate` on a sample: the run succeeds; every request carries max_tokens and is answered
   before the timeout, its answer ended by itself or at max_tokens (the limit, not the
   timeout, stops a model that runs on; requests over a third of the timeout are listed, since
   how long max_tokens takes depends on the machine); answers are checked: every English line with Chinese left in it, or a
   required rendering or number missing, is flagged, and a line whose request failed is the
   gloss flagged service-failure;
2. `batch` on a folder of documents: every document is written, with machine translations;
3. a rerun of 1 in the same folder (same memory store): no request asks for a sentence that
   was translated the first time;
4. killing the server mid-run: the run completes (exit 0), the sentences after the kill are
   glosses flagged service-failure, and one warning says so.

Prints the timings (sentences per second, duizhao's CPU while waiting) and, with
--record BENCHMARKS.md, writes them into that file's machine translation section.
Sends nothing anywhere but 127.0.0.1.
"""
import argparse
import datetime
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SERVER = os.path.join(ROOT, ".mt-server", "bin", "llama-server")
MODEL = os.path.join(ROOT, ".mt-server", "models", "SmolLM2-135M-Instruct.Q4_1.gguf")
BINARY = os.path.join(ROOT, ".build", "release", "duizhao")
TIMEOUT = 60  # --mt-timeout for the runs
WELL_WITHIN = TIMEOUT / 3  # what "well within the timeout" means on a quiet machine
# llama-server's settings: SLOTS requests in parallel sharing CONTEXT tokens (each slot gets
# CONTEXT / SLOTS, enough for a batch of 8 long sentences, its prompt and its max_tokens), on
# all cores but one (duizhao and the relay keep one).
SLOTS = 2
CONTEXT = 8192
THREADS = max(1, (os.cpu_count() or 2) - 1)
HAN = re.compile(r"[\u3400-\u9fff]")

failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port, log_path):
    log = open(log_path, "ab")
    process = subprocess.Popen(
        [SERVER, "-m", MODEL, "--host", "127.0.0.1", "--port", str(port), "--parallel", str(SLOTS), "-c", str(CONTEXT),
         "-t", str(THREADS)],
        stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"test-mt-live: llama-server exited at start; see {log_path}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/health")
            if connection.getresponse().status == 200:
                return process
        except OSError:
            pass
        time.sleep(0.5)
    process.kill()
    sys.exit(f"test-mt-live: llama-server did not become ready in 120 s; see {log_path}")


class Relay:
    """Passes requests to the server unchanged and records them."""

    def __init__(self, upstream_port):
        self.records = []
        self.lock = threading.Lock()
        relay = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def forward(self, method):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0) or 0))
                # Noted on arrival, so that a request duizhao gave up on (its timeout) is
                # counted in the step that sent it.
                note = {"method": method, "path": self.path, "body": body, "status": None,
                        "started": time.monotonic(), "seconds": None, "answer": {}}
                with relay.lock:
                    relay.records.append(note)
                try:
                    upstream = http.client.HTTPConnection("127.0.0.1", upstream_port, timeout=TIMEOUT * 2)
                    upstream.request(method, self.path, body=body or None, headers={"Content-Type": "application/json"})
                    response = upstream.getresponse()
                    data, status = response.read(), response.status
                except OSError:
                    with relay.lock:
                        note["seconds"] = time.monotonic() - note["started"]
                    self.close_connection = True
                    return
                with relay.lock:
                    note.update(status=status, seconds=time.monotonic() - note["started"], answer=answer_facts(data))
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:  # duizhao stopped waiting (its timeout)
                    self.close_connection = True

            def do_GET(self):
                self.forward("GET")

            def do_POST(self):
                self.forward("POST")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def take(self):
        """The requests since the last take; one still unanswered counts as taking until now."""
        with self.lock:
            taken, self.records = self.records, []
            now = time.monotonic()
            return [dict(r, seconds=r["seconds"] if r["seconds"] is not None else now - r["started"]) for r in taken]


def answer_facts(data):
    """What the server's answer says about itself: why generation stopped, the tokens it
    generated and its generation speed (llama.cpp's `timings`); empty for other bodies."""
    try:
        answer = json.loads(data)
        return {"finish": answer["choices"][0].get("finish_reason"),
                "tokens": (answer.get("usage") or {}).get("completion_tokens"),
                "tokens_per_second": (answer.get("timings") or {}).get("predicted_per_second")}
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        return {}


def describe(posts):
    """One line per request: its limit, how long it took and how the answer ended."""
    for r in posts:
        body, facts = json.loads(r["body"]), r.get("answer") or {}
        speed = facts.get("tokens_per_second")
        answered = f"HTTP {r['status']}" if r["status"] else "no answer"
        print(f"     {len(asked_sources(r))} sentence(s), max_tokens {body.get('max_tokens')}: {r['seconds']:.1f} s, "
              f"{answered}, {facts.get('tokens')} tokens ({facts.get('finish')})"
              + (f", {speed:.0f} tokens/s" if speed else ""))


def check_bounded(posts, label, verbose):
    """Every request ended before the timeout, with an answer that the generation limit bounded
    (it stopped by itself or at max_tokens, with no more tokens than that): the limit, not the
    timeout, ends a model that runs on. How long the longest took depends on the machine's
    speed (max_tokens at its tokens per second): beyond a third of the timeout it is reported,
    with every request, but not failed; a request that reaches the timeout fails."""
    longest = max((r["seconds"] for r in posts), default=0)
    unanswered = [r for r in posts if not r["status"]]
    check(longest < TIMEOUT and not unanswered,
          f"{label}: every request was answered before the {TIMEOUT} s timeout (longest {longest:.1f} s)")
    unbounded = [r for r in posts if r["status"] == 200 and not (
        (r["answer"].get("finish") in ("stop", "length"))
        and (r["answer"].get("tokens") or 0) <= json.loads(r["body"]).get("max_tokens", 0))]
    cut = sum(1 for r in posts if r["answer"].get("finish") == "length")
    check(not unbounded, f"{label}: every answer ended by itself or at its max_tokens "
                         f"({cut} of {len(posts)} at the limit; {len(unbounded)} otherwise)")
    if longest >= WELL_WITHIN:
        print(f"     note: the longest request took over a third of the timeout ({longest:.1f} s of {TIMEOUT} s): "
              "the server generates slowly on this machine (requests below)")
    if longest >= WELL_WITHIN or verbose:
        describe(posts)


def generation_speed(posts):
    """The server's median generation speed over the requests, tokens per second (None when
    it does not say)."""
    speeds = sorted(r["answer"]["tokens_per_second"] for r in posts if r["answer"].get("tokens_per_second"))
    return speeds[len(speeds) // 2] if speeds else None


def asked_sources(record):
    """The Chinese sentences a chat-completion request asks to translate."""
    body = json.loads(record["body"])
    text = body["messages"][-1]["content"]
    if "Sentence: " in text:
        return [text.rsplit("Sentence: ", 1)[1]]
    start = text.find('{"sentences"')
    return [item["source"] for item in json.loads(text[start:])["sentences"]] if start >= 0 else []


def run(arguments, cwd):
    """Runs duizhao; returns (exit status, stdout, stderr, wall seconds, CPU seconds).

    The CPU is duizhao's own (user + system, from wait4), not the server's: llama-server is
    also a child of this script."""
    started = time.monotonic()
    process = subprocess.Popen([BINARY] + arguments, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = [], []
    readers = [threading.Thread(target=lambda s=s, b=b: b.append(s.read()), daemon=True)
               for s, b in ((process.stdout, out), (process.stderr, err))]
    for reader in readers:
        reader.start()
    _, status, usage = os.wait4(process.pid, 0)
    for reader in readers:
        reader.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    wall = time.monotonic() - started
    return process.returncode, b"".join(out).decode(), b"".join(err).decode(), wall, usage.ru_utime + usage.ru_stime


def english_lines(document_path):
    with open(document_path, encoding="utf-8") as f:
        document = json.load(f)
    return [(s["text"], s.get("english") or {}) for s in document["sentences"]]


def check_lines(lines, label):
    """Answers are checked: lines with Chinese left are flagged; failures are flagged glosses."""
    machine = [(zh, en) for zh, en in lines if en.get("origin") == "mt"]
    glosses = [(zh, en) for zh, en in lines if en.get("origin") == "gloss" and HAN.search(zh)]
    check(len(machine) > 0, f"{label}: the server translated {len(machine)} of {len(lines)} lines")
    unflagged = [en["text"] for _, en in machine if HAN.search(en.get("text", "")) and not en.get("issues")]
    check(not unflagged, f"{label}: every translation with Chinese left in it is flagged ({len(unflagged)} not)")
    flagged = sum(1 for _, en in machine if en.get("issues"))
    print(f"     {flagged} of {len(machine)} machine translations flagged by the checks")
    failed = [en for _, en in glosses if en.get("issues")]
    check(all(any(i.get("kind") == "service-failure" for i in en["issues"]) for en in failed),
          f"{label}: every gloss standing in for a failed request is flagged service-failure ({len(failed)})")
    return machine


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--record", help="write the timings into this BENCHMARKS.md")
    parser.add_argument("--verbose", action="store_true", help="describe every request (limit, time, how it ended)")
    options = parser.parse_args()
    for path in (SERVER, MODEL, BINARY):
        if not os.path.exists(path):
            sys.exit(f"test-mt-live: {path} is missing (make mt-server; swift build -c release)")

    load = os.getloadavg()[0]
    work = tempfile.mkdtemp(prefix="duizhao-mt-live.")
    server_log = os.path.join(work, "llama-server.log")
    port = free_port()
    server = start_server(port, server_log)
    relay = Relay(port)
    endpoint = f"http://127.0.0.1:{relay.port}"
    common = ["--mt-endpoint", endpoint, "--mt-model", "smollm2-135m", "--mt-timeout", str(TIMEOUT), "--format", "json"]
    timings = {}
    try:
        # 1. annotate
        sample = os.path.join(ROOT, "samples", "shenzhen-talent-policy.txt")
        status, out, err, wall, cpu = run(["annotate", sample, "--out", "out"] + common, work)
        check(status == 0, f"annotate exits 0 (got {status}): {err.strip()[:300]}")
        records = relay.take()
        posts = [r for r in records if r["method"] == "POST"]
        check(any(r["path"] == "/props" for r in records), "duizhao asked the server for its slots (/props)")
        check(len(posts) > 0, f"annotate sent {len(posts)} requests")
        check_bounded(posts, "annotate", options.verbose)
        limits = [json.loads(r["body"]).get("max_tokens") for r in posts]
        check(all(isinstance(m, int) and m > 0 for m in limits), f"every request carries max_tokens ({sorted(set(limits))})")
        lines = english_lines(os.path.join(work, "out", "shenzhen-talent-policy", "shenzhen-talent-policy.json"))
        translated = {zh for zh, _ in check_lines(lines, "annotate")}
        asked = sum(len(asked_sources(r)) for r in posts)
        summary = next((l for l in err.splitlines() if l.startswith("machine translation:")), "")
        check(bool(summary), f"annotate prints a summary: {summary}")
        timings["annotate"] = (summary, wall, cpu, generation_speed(posts), posts)

        # 2. batch
        folder = os.path.join(work, "documents")
        os.makedirs(folder)
        for name in ("shenzhen-talent-policy.txt", "state-council-plan-excerpt.md"):
            shutil.copy(os.path.join(ROOT, "samples", name), folder)
        status, out, err, wall, cpu = run(["batch", folder, "--out", "batch-out", "--jobs", "2"] + common, work)
        check(status == 0, f"batch exits 0 (got {status}): {err.strip()[:300]}")
        posts = [r for r in relay.take() if r["method"] == "POST"]
        check_bounded(posts, "batch", options.verbose)
        documents = [os.path.join(d, f) for d, _, fs in os.walk(os.path.join(work, "batch-out")) for f in fs
                     if f.endswith(".json") and not f.startswith("batch-")]
        check(len(documents) == 2, f"batch wrote both documents ({len(documents)})")
        for path in documents:
            check_lines(english_lines(path), "batch " + os.path.basename(path))
        summary = next((l for l in err.splitlines() if l.startswith("machine translation:")), "")
        timings["batch"] = (summary, wall, cpu, generation_speed(posts), posts)

        # 3. rerun: nothing already translated is asked again
        status, out, err, wall, cpu = run(["annotate", sample, "--out", "out", "--force"] + common, work)
        check(status == 0, f"the rerun exits 0 (got {status})")
        again = [s for r in relay.take() if r["method"] == "POST" for s in asked_sources(r)]
        repeated = [s for s in again if s in translated]
        check(not repeated, f"the rerun asks for none of the {len(translated)} sentences translated before "
                            f"({len(again)} asked, all failed the first time; {len(repeated)} repeated)")

        # 4. the server is killed mid-run
        long_text = os.path.join(work, "long.txt")
        with open(long_text, "w", encoding="utf-8") as f:
            for n in range(1, 41):
                f.write(f"第{n}条 深圳市对第{n}批引进的高层次人才给予{n}万元奖励补贴。\n")
        direct = ["--mt-endpoint", f"http://127.0.0.1:{port}", "--mt-model", "smollm2-135m", "--mt-timeout", str(TIMEOUT),
                  "--format", "json", "--no-tm", "--mt-batch-size", "1", "--mt-concurrency", "1"]
        started = time.monotonic()
        process = subprocess.Popen([BINARY, "annotate", long_text, "--out", "killed"] + direct, cwd=work,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(4)
        server.send_signal(signal.SIGKILL)
        server.wait()
        out, err = process.communicate(timeout=TIMEOUT * 3)
        err = err.decode(errors="replace")
        wall = time.monotonic() - started
        check(process.returncode == 0, f"killed server: the run completes with exit 0 (got {process.returncode}) in {wall:.1f} s")
        lines = english_lines(os.path.join(work, "killed", "long", "long.json"))
        failed = [en for _, en in lines if any(i.get("kind") == "service-failure" for i in en.get("issues", []))]
        done = [en for _, en in lines if en.get("origin") == "mt"]
        check(len(failed) > 0, f"killed server: {len(failed)} lines are glosses flagged service-failure ({len(done)} translated before)")
        warnings = [l for l in err.splitlines() if "machine translation failed for" in l]
        check(len(warnings) == 1, f"killed server: one warning ({warnings[:1]})")
    finally:
        if server.poll() is None:
            server.terminate()
            server.wait()
        relay.server.shutdown()

    print("\ntimings:")
    rows = []
    for label, (summary, wall, cpu, speed, posts) in timings.items():
        counts = summary_counts(summary)
        sent, memory = counts.get("sent", 0), counts.get("memory", 0)
        cut = sum(1 for r in posts if r["answer"].get("finish") == "length")
        row = (f"| {label} | {sent} sent ({counts.get('translated', 0)} translated, {counts.get('failed', 0)} flagged failures), "
               f"{memory} from the memory | {len(posts)} ({cut} cut at max_tokens) | {wall:.1f} s | "
               f"{sent / wall:.2f} sentences/s | {f'{speed:.0f}' if speed else '?'} tokens/s | "
               f"{cpu:.2f} s ({cpu / wall * 100:.1f}% of wall) |")
        rows.append(row)
        print(row)
    if options.record and not failures:
        record(options.record, rows, load)
    if failures:
        print(f"\n{len(failures)} check(s) failed; the outputs and llama-server's log are in {work} "
              "(rerun with --verbose to see every request)")
        sys.exit(1)
    shutil.rmtree(work, ignore_errors=True)
    print("\nall live checks passed")


def summary_counts(summary):
    """The numbers of duizhao's summary line: "machine translation: 23 sentence(s) sent in 25
    request(s): 22 translated, 1 failed; 0 from the memory (no request); 0.3 sentences/s"."""
    counts = {}
    for key, pattern in (("sent", r"(\d+) sentence\(s\) sent"), ("translated", r"(\d+) translated"),
                         ("failed", r"(\d+) failed"), ("memory", r"(\d+) from the memory")):
        found = re.search(pattern, summary)
        if found:
            counts[key] = int(found.group(1))
    return counts


def pinned_version():
    text = open(os.path.join(ROOT, "scripts", "mt-server.sh"), encoding="utf-8").read()
    found = re.search(r"^LLAMA_CPP_PYTHON_VERSION=(\S+)", text, re.M)
    return found.group(1) if found else "?"


def record(path, rows, load):
    start, end = "<!-- mt-live -->", "<!-- /mt-live -->"
    block = "\n".join([
        start,
        "### Against a real server (`make test-mt-live`)",
        "",
        f"{datetime.date.today().isoformat()}: llama.cpp's server (from llama-cpp-python {pinned_version()}) "
        f"with SmolLM2-135M-Instruct Q4_1, {SLOTS} slots, context {CONTEXT}, {THREADS} thread(s), on the same "
        f"{os.cpu_count()}-core machine as duizhao; timeout "
        f"{TIMEOUT} s; load average {load:.1f} at the start (other work on the machine slows the server). "
        "Sentences per second count the sentences sent to the server over the run's wall time; CPU is "
        "duizhao's own (user + system, from wait4) for the whole run, waiting included.",
        "",
        "| run | sentences | requests | wall | rate (sentences sent) | server generation (median) | duizhao CPU |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        *rows,
        end,
    ])
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
    if start in text and end in text:
        text = text[:text.index(start)] + block + text[text.index(end) + len(end):]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(path + ".tmp", path)


if __name__ == "__main__":
    main()
