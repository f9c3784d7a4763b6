#!/usr/bin/env python3
"""Service benchmark: sustained submissions/s and p50/p99 latency at 1, 8 and 32 concurrent
clients on loopback, against `ndc validate` on the same files in the same run; peak RSS of
the service (VmHWM). Each client posts distinct submissions (a fixture with a new version
number each time) under its own submitter token; the rate limit is raised for the run with
NDC_SERVICE_POST_RATE (see IntakeService.Settings), else clients would stop at 10/s.

    scripts/bench/service.py [--ndc .build/release/ndc] [--database-url URL] [--seconds 10] [--clients 1,8,32]
                             [--client wrk|python]

The client is wrk with service-post.lua when wrk is installed (it takes far less of the two
cores than Python threads do), else Python threads.
"""
import argparse, os, re, resource, shutil, socket, statistics, subprocess, sys, tempfile, threading, time
import http.client

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def with_version(text, v):
    """Version v of the fixture, with its own submissionId (as make-corpus.py makes copies
    distinct): a submissionId reused by every version would be a SET-002 finding against each
    earlier one, a report that grows with the run."""
    text = re.sub(r'"version": *[0-9]+', f'"version": {v}', text, count=1)
    text = re.sub(r'("submissionId": *")([^"]*)"', lambda m: f'{m[1]}{m[2]}.{v}"', text, count=1)
    text = re.sub(r'<version>[0-9]+</version>', f'<version>{v}</version>', text, count=1)
    return re.sub(r'<submissionId>([^<]*)</submissionId>', lambda m: f'<submissionId>{m[1]}.{v}</submissionId>', text, count=1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ndc", default=os.path.join(ROOT, ".build/release/ndc"))
    ap.add_argument("--database-url")
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--clients", default="1,8,32", help="the numbers of concurrent clients, one phase each")
    ap.add_argument("--client", choices=["wrk", "python"], default="wrk" if shutil.which("wrk") else "python",
                    help="wrk with service-post.lua (default when wrk is installed), or Python threads")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="ndc-bench-")
    store = ["--database-url", args.database_url] if args.database_url else ["--db", os.path.join(tmp, "ndc.sqlite")]
    fixtures = sorted(f for f in os.listdir(os.path.join(ROOT, "fixtures/dk")) if f.split(".")[0].isdigit())[:32]
    tokens = [subprocess.run([args.ndc, "serve", "token", "create", "--submitter", f.split(".")[0], *store],
                             capture_output=True, text=True, check=True).stdout.strip() for f in fixtures]
    texts = [open(os.path.join(ROOT, "fixtures/dk", f), encoding="utf-8").read() for f in fixtures]
    port = free_port()
    env = dict(os.environ, NDC_SERVICE_POST_RATE="100000")
    proc = subprocess.Popen([args.ndc, "serve", "--listen", f"127.0.0.1:{port}", *store], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=1); c.request("GET", "/v1/health")
                if c.getresponse().status == 200: break
            except OSError:
                time.sleep(0.1)
        print(f"store: {'postgresql' if args.database_url else 'sqlite'}, client: {args.client}")
        if args.client == "wrk":
            rates = run_wrk(args, tmp, port, fixtures, tokens, texts, proc.pid)
        else:
            rates = run_python(args, port, tokens, texts)
        rss = next((l.split()[1] for l in open(f"/proc/{proc.pid}/status") if l.startswith("VmHWM")), "?")
        print(f"service peak RSS: {int(rss) // 1024} MB")
    finally:
        # Whatever happened (wrk missing or failing), the service does not outlive the run.
        if proc.poll() is None:
            proc.terminate(); proc.wait()
    folder = os.path.join(tmp, "files"); os.makedirs(folder)
    n = 0
    for rep in range(50):
        for i, text in enumerate(texts):
            n += 1
            ext = fixtures[i].split(".")[1]
            open(os.path.join(folder, f"{n}.{ext}"), "w").write(with_version(text, 5000 + n))
    # Three runs, the median taken: one run lasts well under a second, and the machine's speed
    # moves by a third within minutes (decision 223); the service's phases last seconds each.
    runs = []
    for _ in range(3):
        t, cpu = time.perf_counter(), children_cpu()
        subprocess.run([args.ndc, "validate", "--quiet", folder], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        runs.append((n / (time.perf_counter() - t), 1000 * (children_cpu() - cpu) / n))
    rate, cpu_ms = sorted(runs)[1]
    print(f"ndc validate: {rate:8.1f} files/s over {n} files  CPU {cpu_ms:.2f} ms/file  (median of "
          + ", ".join(f"{r:.0f}" for r, _ in runs) + " files/s)")
    for clients, submissions in rates:
        print(f"{clients:>2} clients / ndc validate: {submissions / rate:.2f}")
    shutil.rmtree(tmp, ignore_errors=True)


def children_cpu():
    """CPU seconds (user + system) of the finished child processes so far."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def process_cpu(pid):
    """CPU seconds (user + system) of a running process."""
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_wrk(args, tmp, port, fixtures, tokens, texts, pid):
    """One wrk thread and connection per client, each its own submitter (service-post.lua)."""
    plan = os.path.join(tmp, "plan.tsv")
    with open(plan, "w") as out:
        for i, f in enumerate(fixtures):
            template = os.path.join(tmp, f"template-{f}")
            open(template, "w", encoding="utf-8").write(with_version(texts[i], "@@V@@"))
            kind = "application/xml" if f.endswith(".xml") else "application/json"
            out.write(f"{tokens[i]}\t{template}\t{kind}\n")
    script = os.path.join(ROOT, "scripts/bench/service-post.lua")
    rates = []
    for phase, clients in enumerate(int(c) for c in args.clients.split(",")):
        service_cpu, client_cpu = process_cpu(pid), children_cpu()
        run = subprocess.run(["wrk", "-t", str(clients), "-c", str(clients), "-d", f"{max(1, round(args.seconds))}s", "--timeout", "60s",
                              "-s", script, f"http://127.0.0.1:{port}", "--", plan, str(1_000_000 * (phase + 1))],
                             capture_output=True, text=True, check=True)
        m = re.search(r"RESULT acknowledged=(\d+) other=(\d+) seconds=([\d.]+) p50_us=(\d+) p99_us=(\d+)", run.stdout)
        if not m: sys.exit(f"wrk gave no result:\n{run.stdout}\n{run.stderr}")
        ok, bad, secs, p50, p99 = int(m[1]), int(m[2]), float(m[3]), int(m[4]), int(m[5])
        note = f"  ({bad} not acknowledged)" if bad else ""
        service_cpu, client_cpu = process_cpu(pid) - service_cpu, children_cpu() - client_cpu
        print(f"{clients:>2} clients: {ok / secs:8.1f} submissions/s  p50 {p50/1000:6.1f} ms  p99 {p99/1000:6.1f} ms"
              f"  service CPU {1000 * service_cpu / max(ok, 1):.2f} ms/submission, wrk {100 * client_cpu / secs:.0f} % of a core{note}")
        rates.append((clients, ok / secs))
    return rates


def run_python(args, port, tokens, texts):
    rates = []
    version = [1000]
    vlock = threading.Lock()
    for clients in (int(c) for c in args.clients.split(",")):
        latencies, stop = [], threading.Event()
        def client(i):
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            while not stop.is_set():
                with vlock:
                    version[0] += 1; v = version[0]
                body = with_version(texts[i], v).encode()
                t = time.perf_counter()
                conn.request("POST", "/v1/submissions", body=body, headers={"Authorization": f"Bearer {tokens[i]}"})
                r = conn.getresponse(); r.read()
                if r.status in (200, 201, 422):
                    latencies.append(time.perf_counter() - t)
        threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
        start = time.perf_counter()
        for t in threads: t.start()
        time.sleep(args.seconds); stop.set()
        for t in threads: t.join()
        elapsed = time.perf_counter() - start
        q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0] * 99
        print(f"{clients:>2} clients: {len(latencies) / elapsed:8.1f} submissions/s  p50 {q[49]*1000:6.1f} ms  p99 {q[98]*1000:6.1f} ms")
        rates.append((clients, len(latencies) / elapsed))
    return rates


if __name__ == "__main__":
    sys.exit(main())
