#!/usr/bin/env python3
"""The kill -9 guarantee of SERVICE.md, tested on a real `ndc serve` process.

Starts the service on a free port (SQLite by default; `--database-url URL` for PostgreSQL),
sends hundreds of distinct submissions from 16 concurrent clients, kills the process with
SIGKILL mid-load, restarts it on the same store, and checks that every acknowledged submission
(200, 201, 422) is there with the same bytes, and that every stored row's bytes match its
SHA-256 (nothing half-stored). Exit 0 when all holds, 1 otherwise.

    scripts/ci/service-durability.py [--ndc .build/debug/ndc] [--database-url URL]
"""
import argparse, hashlib, json, os, re, signal, socket, subprocess, sys, tempfile, threading, time
import urllib.request, urllib.error

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(port, method, path, token=None, body=None, timeout=30):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=body, method=method)
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    if body is not None:
        req.add_header("Content-Type", "application/octet-stream")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def start(ndc, store_args, port, log):
    proc = subprocess.Popen([ndc, "serve", "--listen", f"127.0.0.1:{port}", *store_args], stdout=log, stderr=log)
    for _ in range(300):
        try:
            if request(port, "GET", "/v1/health", timeout=1)[0] == 200:
                return proc
        except OSError:
            pass
        if proc.poll() is not None:
            raise SystemExit(f"ndc serve exited with {proc.returncode}")
        time.sleep(0.1)
    proc.kill()
    raise SystemExit("ndc serve did not answer /v1/health")


def with_version(text, version):
    text = re.sub(r'"version": *[0-9]+', f'"version": {version}', text, count=1)
    text = re.sub(r'<version>[0-9]+</version>', f'<version>{version}</version>', text, count=1)
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ndc", default=os.path.join(ROOT, ".build/debug/ndc"))
    ap.add_argument("--database-url")
    ap.add_argument("--per-client", type=int, default=25)
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="ndc-durability-")
    store_args = ["--database-url", args.database_url] if args.database_url else ["--db", os.path.join(tmp, "ndc.sqlite")]
    fixtures = sorted(f for f in os.listdir(os.path.join(ROOT, "fixtures/dk")) if f.split(".")[0].isdigit())[:16]

    def token(*extra):
        out = subprocess.run([args.ndc, "serve", "token", "create", *extra, *store_args], capture_output=True, text=True)
        if out.returncode != 0:
            raise SystemExit(f"token create failed: {out.stderr}")
        return out.stdout.strip()

    ministry = token("--ministry")
    clients = [(f, token("--submitter", f.split(".")[0])) for f in fixtures]
    port = free_port()
    log = open(os.path.join(tmp, "serve.log"), "ab")
    proc = start(args.ndc, store_args, port, log)

    acked, lock, stop = [], threading.Lock(), threading.Event()
    # Versions above any a real run would use, distinct per run, so a PostgreSQL store reused
    # between runs still takes them.
    base = int(time.time()) % 100000 * 100

    def client(fixture, tok):
        text = open(os.path.join(ROOT, "fixtures/dk", fixture), encoding="utf-8").read()
        for n in range(args.per_client):
            if stop.is_set():
                return
            body = with_version(text, base + n + 1).encode()
            try:
                status, answer = request(port, "POST", "/v1/submissions", tok, body)
            except OSError:
                return  # the process is gone: this one was not acknowledged
            if status in (200, 201, 422):
                info = json.loads(answer)
                with lock:
                    acked.append((info["id"], hashlib.sha256(body).hexdigest()))

    threads = [threading.Thread(target=client, args=c) for c in clients]
    for t in threads:
        t.start()
    target = len(clients) * args.per_client // 2
    deadline = time.time() + 120
    while time.time() < deadline:
        with lock:
            if len(acked) >= target:
                break
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stop.set()
    for t in threads:
        t.join()
    print(f"killed after {len(acked)} acknowledged submissions")

    port = free_port()
    proc = start(args.ndc, store_args, port, log)
    failures = []
    try:
        for sid, sha in acked:
            status, raw = request(port, "GET", f"/v1/submissions/{sid}/raw", ministry)
            if status != 200 or hashlib.sha256(raw).hexdigest() != sha:
                failures.append(f"{sid}: {status}")
        status, listing = request(port, "GET", "/v1/submissions", ministry)
        rows = json.loads(listing)["submissions"]
        for row in rows:
            status, raw = request(port, "GET", f"/v1/submissions/{row['id']}/raw", ministry)
            if status != 200 or hashlib.sha256(raw).hexdigest() != row["sha256"] or len(raw) != row["size"]:
                failures.append(f"half-stored {row['id']}")
        print(f"after restart: {len(rows)} stored, {len(acked)} acknowledged, {len(failures)} failures")
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            code = "timeout"
        if code != 0:
            failures.append(f"SIGTERM: exit {code}")
    if len(acked) < 100:
        failures.append(f"only {len(acked)} acknowledged before the kill (want hundreds)")
    for f in failures[:20]:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
