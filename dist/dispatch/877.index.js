export const id = 877;
export const ids = [877];
export const modules = {

/***/ 91877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fsLockTest: () => (/* binding */ fsLockTest)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/errors/catalogue.ts
var catalogue = __webpack_require__(46360);
// EXTERNAL MODULE: ./packages/core/src/lock/filesystem-type.ts
var filesystem_type = __webpack_require__(37759);
// EXTERNAL MODULE: ./packages/core/src/state/state-root.ts + 1 modules
var state_root = __webpack_require__(57734);
// EXTERNAL MODULE: ./packages/core/src/action/report-files.ts + 3 modules
var report_files = __webpack_require__(79517);
// EXTERNAL MODULE: ./packages/core/src/report/untrusted-text.ts
var untrusted_text = __webpack_require__(47920);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./actions/fs-lock-test/src/experiment/journal-check.ts
const RECORD = /^\d{4} \d{8} (\d{12})$/;
const RECORD_BYTES = 27;
function checkSharedFiles(counterText, journalText, acquisitions) {
    const counter = Number.parseInt(counterText.trim() || '0', 10);
    const lines = journalText.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    let torn = journalText.length % RECORD_BYTES === 0 ? 0 : 1;
    let duplicates = 0;
    const seen = new Set();
    for (const line of lines) {
        const match = RECORD.exec(line);
        if (!match) {
            torn++;
            continue;
        }
        if (seen.has(match[1]))
            duplicates++;
        seen.add(match[1]);
    }
    return { lostUpdates: Number.isFinite(counter) ? Math.abs(acquisitions - counter) : acquisitions, tornRecords: torn, duplicateValues: duplicates };
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 1 modules
var exec = __webpack_require__(41955);
;// CONCATENATED MODULE: ./actions/fs-lock-test/src/experiment/lock-worker-primitives.ts
/**
 * The first half of the fs-lock-test worker (lock-worker-source.ts has the
 * rest): settings, stale-holder detection, and acquire/release for each of
 * the six primitives. Python text, kept as String.raw (no escapes processed).
 */
const WORKER_PRIMITIVES_SOURCE = String.raw `
# fs-lock-test worker: one process contending for one lock primitive.
# Argument: JSON {primitive, dir, marker, iterations, hold, timeout, stale, role, id, workers}; prints one JSON line.
import errno, fcntl, json, os, random, signal, socket, sys, time

cfg = json.loads(sys.argv[1])
P, D, ROLE = cfg["primitive"], cfg["dir"], cfg["role"]
HOST, PID = socket.gethostname(), os.getpid()
OWNER = ("%s %d" % (HOST, PID)).encode()
LOCK = os.path.join(D, "lock")
UNSUPPORTED = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL, errno.EPERM}
out = {"acquisitions": 0, "waits": [], "violations": 0, "timeouts": 0, "stale": 0, "errors": []}

class Unsupported(Exception):
    pass

def alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False
    except PermissionError:
        return True

def owner_gone(text, mtime):
    # Stale: the holder is a dead process on this host, or silent longer than stale-after.
    parts = text.split()
    if len(parts) == 2 and parts[0] == HOST and parts[1].isdigit() and not alive(int(parts[1])):
        return True
    return time.time() - mtime > cfg["stale"] / 1000.0

def read_owner(path):
    try:
        with open(path, "rb") as f:
            return f.read().decode(errors="replace"), os.stat(path).st_mtime
    except OSError:
        return None

def break_stale(path, owner_path):
    # Move the stale lock aside (one breaker wins the rename); put it back if it was not the stale one seen.
    seen = read_owner(owner_path)
    if seen is None or not owner_gone(*seen):
        return
    aside = "%s.broken.%d.%d" % (path, PID, random.getrandbits(32))
    try:
        os.rename(path, aside)
    except OSError:
        return
    moved = read_owner(os.path.join(aside, "owner") if os.path.isdir(aside) else aside)
    if moved is not None and moved[0] != seen[0]:
        try:
            os.rename(aside, path) if os.path.isdir(aside) else os.link(aside, path)
        except OSError:
            pass
    out["stale"] += 1
    for leftover in (os.path.join(aside, "owner"), aside):
        try:
            os.rmdir(leftover) if os.path.isdir(leftover) else os.unlink(leftover)
        except OSError:
            pass

def try_o_excl():
    try:
        fd = os.open(LOCK, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        break_stale(LOCK, LOCK)
        return False
    os.write(fd, OWNER)
    os.close(fd)
    return True

def try_mkdir():
    try:
        os.mkdir(LOCK)
    except FileExistsError:
        break_stale(LOCK, os.path.join(LOCK, "owner"))
        return False
    with open(os.path.join(LOCK, "owner"), "wb") as f:
        f.write(OWNER)
    return True

def try_link():
    unique = "%s.%s.%d" % (LOCK, HOST, PID)
    with open(unique, "wb") as f:
        f.write(OWNER)
    try:
        os.link(unique, LOCK)
    except FileExistsError:
        pass
    except OSError as e:
        os.unlink(unique)
        if e.errno in UNSUPPORTED:
            raise Unsupported("link: " + os.strerror(e.errno))
        raise
    won = os.stat(unique).st_nlink == 2
    os.unlink(unique)
    if not won:
        break_stale(LOCK, LOCK)
    return won

HELD = os.path.join(D, "held.%s.%d" % (HOST, PID))
def try_rename():
    try:
        os.rename(os.path.join(D, "token"), HELD)
        return True
    except FileNotFoundError:
        pass
    for name in os.listdir(D):
        if name.startswith("held."):
            host, _, pid = name[5:].rpartition(".")
            path = os.path.join(D, name)
            try:
                info = os.stat(path)
            except OSError:
                continue
            # rename keeps the token's mtime; its ctime is when it was taken.
            mtime = max(info.st_mtime, info.st_ctime)
            if owner_gone("%s %s" % (host, pid), mtime):
                try:
                    os.rename(path, HELD)
                    out["stale"] += 1
                    return True
                except OSError:
                    pass
    return False

def release_file():
    # A lock gone at release was taken by another holder too; the marker has counted that violation.
    try:
        if P == "mkdir":
            os.unlink(os.path.join(LOCK, "owner"))
            os.rmdir(LOCK)
        elif P == "rename":
            os.rename(HELD, os.path.join(D, "token"))
        else:
            os.unlink(LOCK)
    except FileNotFoundError:
        pass

class Timeout(Exception):
    pass

def on_alarm(signum, frame):
    raise Timeout()

kernel_fd = None
def acquire_kernel(deadline):
    global kernel_fd
    if kernel_fd is None:
        kernel_fd = os.open(os.path.join(D, "kernel.lock"), os.O_RDWR | os.O_CREAT, 0o600)
    signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, max(0.001, deadline - time.time()))
    try:
        if P == "flock":
            fcntl.flock(kernel_fd, fcntl.LOCK_EX)
        else:
            fcntl.lockf(kernel_fd, fcntl.LOCK_EX, 1, 0)
        return True
    except Timeout:
        return False
    except OSError as e:
        if e.errno in UNSUPPORTED:
            raise Unsupported("%s: %s" % (P, os.strerror(e.errno)))
        raise
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)

def release_kernel():
    if P == "flock":
        fcntl.flock(kernel_fd, fcntl.LOCK_UN)
    else:
        fcntl.lockf(kernel_fd, fcntl.LOCK_UN, 1, 0)

TRY = {"o_excl": try_o_excl, "mkdir": try_mkdir, "link": try_link, "rename": try_rename}

def acquire():
    deadline = time.time() + cfg["timeout"] / 1000.0
    if P in ("flock", "fcntl"):
        return acquire_kernel(deadline)
    wait = 0.0001
    while not TRY[P]():
        if time.time() >= deadline:
            return False
        time.sleep(random.uniform(wait / 2, wait))
        wait = min(wait * 2, 0.01)
    return True

def release():
    release_kernel() if P in ("flock", "fcntl") else release_file()
`;

;// CONCATENATED MODULE: ./actions/fs-lock-test/src/experiment/lock-worker-source.ts
/**
 * The worker every primitive is exercised by: a python3 program, because Node has
 * no flock/fcntl API and python3 (with its fcntl module) is on every Linux runner;
 * one program for all six primitives keeps their figures comparable. Run as
 * `python3 -c <source> <json>` (through @actions/exec), so nothing is written
 * to disk to run it. Kept as text (String.raw: no escapes are processed).
 */

const LOCK_WORKER_SOURCE = WORKER_PRIMITIVES_SOURCE + String.raw `
MARK = os.path.join(cfg["marker"], "inside")
def enter():
    # The mutual-exclusion detector lives on a local filesystem: O_EXCL there is exact.
    try:
        fd = os.open(MARK, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        seen = read_owner(MARK)
        pid = int(seen[0]) if seen and seen[0].isdigit() else 0
        if pid and alive(pid):
            out["violations"] += 1
            return
        try:
            os.unlink(MARK)
        except OSError:
            pass
        fd = os.open(MARK, os.O_WRONLY | os.O_CREAT, 0o600)
    os.write(fd, str(PID).encode())
    os.close(fd)

def leave():
    seen = read_owner(MARK)
    if seen and seen[0] == str(PID):
        try:
            os.unlink(MARK)
        except OSError:
            pass

def critical_section(seq):
    # Counts the acquisition once the counter is written: a later I/O error must not read as a lost update.
    enter()
    # Left on every path: a marker left behind by an I/O error would read as a second holder.
    try:
        counter = os.path.join(D, "counter")
        with open(counter, "rb") as f:
            value = int(f.read().strip() or b"0") + 1
        if cfg["hold"]:
            time.sleep(cfg["hold"] / 1000.0)
        with open(counter, "r+b") as f:
            f.write(b"%020d" % value)
        out["acquisitions"] += 1
        # Record n goes to slot n (pwrite, no O_APPEND, no seek to the end): both need the file's size through
        # the open handle, and smbnetfs answers that fstat with EINVAL now and then, then drops its connection,
        # so every open on that client fails with EIO for 2 s. Under the lock the slots are contiguous.
        fd = os.open(os.path.join(D, "journal"), os.O_WRONLY)
        try:
            os.pwrite(fd, b"%04d %08d %012d\n" % (cfg["id"], seq, value), (value - 1) * RECORD_BYTES)
        finally:
            os.close(fd)
    finally:
        leave()

RECORD_BYTES = 27

def main():
    if ROLE == "holder":
        if acquire():
            enter()
            print(json.dumps({"acquired": True}), flush=True)
            os.kill(PID, signal.SIGKILL)
        return
    if ROLE == "recover":
        start = time.time()
        out["startedAt"] = start * 1000
        if acquire():
            out["acquiredAt"] = time.time() * 1000
            critical_section(0)
            release()
        else:
            out["timeouts"] += 1
        out["waits"].append((time.time() - start) * 1000)
        return
    start_together()
    began = time.perf_counter()
    for seq in range(cfg["iterations"]):
        out["seconds"] = time.perf_counter() - began
        # An I/O error (an SMB sharing violation, a stale handle) is evidence, not the end of the experiment.
        start = time.perf_counter()
        try:
            if not acquire():
                out["timeouts"] += 1
                break
        except (Unsupported, Timeout):
            raise
        except OSError as e:
            if note_error(e):
                break
            continue
        out["waits"].append(round((time.perf_counter() - start) * 1000, 4))
        try:
            critical_section(seq)
        except OSError as e:
            if note_error(e):
                break
        finally:
            try:
                release()
            except OSError as e:
                note_error(e)
    out["seconds"] = time.perf_counter() - began

def start_together():
    # A barrier on the local marker directory: every contender makes its first attempt at the same moment, so
    # clients overlap from the first iteration, whatever each python3 took to start (a loaded machine's seconds).
    open(os.path.join(cfg["marker"], "ready.%d" % cfg["id"]), "wb").close()
    deadline = time.time() + cfg["timeout"] / 1000.0
    while time.time() < deadline and sum(1 for name in os.listdir(cfg["marker"]) if name.startswith("ready.")) < cfg["workers"]:
        time.sleep(0.001)

def note_error(error):
    out["errors"].append("%s: %s" % (type(error).__name__, error))
    return len(out["errors"]) >= 20

try:
    main()
except Unsupported as e:
    out["unsupported"] = str(e)
except Exception as e:
    out["errors"].append("%s: %s" % (type(e).__name__, e))
print(json.dumps(out), flush=True)
`;

;// CONCATENATED MODULE: ./actions/fs-lock-test/src/experiment/worker-run.ts


const PRIMITIVES = ['o_excl', 'mkdir', 'flock', 'fcntl', 'link', 'rename'];
/**
 * One worker process, through @actions/exec (the runner's own way to run a
 * tool): `python3 -c <worker> <config>`, silent (the source is not echoed).
 * A missing python3 is an outcome (every primitive UNSUPPORTED), not a crash.
 */
async function runWorker(config, python = 'python3') {
    let stdout = '';
    let exit;
    try {
        exit = await (0,exec/* exec */.m)(python, ['-c', LOCK_WORKER_SOURCE, JSON.stringify(config)], {
            silent: true,
            ignoreReturnCode: true,
            listeners: { stdout: (chunk) => (stdout += chunk.toString('utf8')) },
        });
    }
    catch (error) {
        return { ...EMPTY, unsupported: `cannot run ${python}: ${error.message}`, exit: -1 };
    }
    // A SIGKILLed holder prints its "acquired" line and no summary; exec reports the death as a non-zero code.
    const last = stdout.trim().split('\n').pop() ?? '';
    try {
        return { ...EMPTY, ...JSON.parse(last), exit };
    }
    catch {
        return { ...EMPTY, errors: [`worker printed no result (exit ${exit})`], exit };
    }
}
const EMPTY = { acquisitions: 0, waits: [], violations: 0, timeouts: 0, stale: 0, errors: [] };

;// CONCATENATED MODULE: ./actions/fs-lock-test/src/experiment/run-primitive.ts





/**
 * One primitive, two experiments, in a fresh directory under the path:
 * `workers` processes contend `iterations` times each (read-modify-write of
 * a counter, append to a journal, mutual-exclusion marker on entry); then a
 * holder is SIGKILLed in its critical section and two recoverers race to take
 * over. The directory is removed afterwards.
 */
async function runPrimitive(primitive, run, settings) {
    try {
        return await measure(primitive, run, settings);
    }
    catch (error) {
        // The experiment's own files could not be made or read (an SMB client's EIO): evidence too, never a pass.
        const failed = `the experiment's files failed: ${error.message}`;
        return { primitive, acquisitions: 0, seconds: 0, waits: [], lostUpdates: 0, tornRecords: 0, duplicateValues: 0, violations: 0, timeouts: 0, staleRecoveries: 0, recoveryViolations: 0, errors: [failed] };
    }
}
async function measure(primitive, run, settings) {
    const marker = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'gates-fs-lock-marker-'));
    const shared = (client, file = '') => (0,external_node_path_.join)(settings.clients[client % settings.clients.length], run, primitive, file);
    (0,external_node_fs_.mkdirSync)(shared(0), { recursive: true });
    const reset = () => {
        (0,external_node_fs_.writeFileSync)(shared(0, 'counter'), '0'.repeat(20));
        (0,external_node_fs_.writeFileSync)(shared(0, 'journal'), '');
        if (primitive === 'rename')
            (0,external_node_fs_.writeFileSync)(shared(0, 'token'), '');
    };
    const config = (id, role) => ({
        primitive, dir: shared(id), marker, iterations: settings.iterations, hold: settings.hold, timeout: settings.timeout, stale: settings.staleAfter, role, id, workers: settings.workers,
    });
    try {
        reset();
        const outcomes = await Promise.all(Array.from({ length: settings.workers }, (_, id) => runWorker(config(id, 'contend'), settings.python)));
        // The slowest worker's own time: python start-up is not the lock's cost.
        const seconds = outcomes.reduce((longest, o) => Math.max(longest, o.seconds ?? 0), 0);
        const acquisitions = sum(outcomes, (o) => o.acquisitions);
        const evidence = checkSharedFiles(readToEnd(shared(0, 'counter')), readToEnd(shared(0, 'journal')), acquisitions);
        const unsupported = outcomes.find((o) => o.unsupported)?.unsupported;
        const recovery = unsupported ? undefined : await killedHolder(config, () => reset());
        const waits = [];
        for (const outcome of outcomes)
            for (const wait of outcome.waits)
                waits.push(wait);
        return {
            primitive, acquisitions, seconds, waits, ...evidence,
            violations: sum(outcomes, (o) => o.violations),
            timeouts: sum(outcomes, (o) => o.timeouts),
            staleRecoveries: sum(outcomes, (o) => o.stale) + (recovery?.stale ?? 0),
            recoveryMs: recovery?.ms,
            recoveryViolations: recovery?.violations ?? 0,
            unsupported,
            errors: [...outcomes.flatMap((o) => o.errors), ...(recovery?.errors ?? [])],
        };
    }
    finally {
        (0,external_node_fs_.rmSync)(marker, { recursive: true, force: true });
        (0,external_node_fs_.rmSync)(shared(0), { recursive: true, force: true });
    }
}
/** A holder SIGKILLs itself inside its critical section; two recoverers on different clients race for the lock. */
async function killedHolder(config, reset) {
    reset();
    const holder = await runWorker(config(0, 'holder'));
    if (!holder.acquired)
        return { ms: undefined, violations: 0, stale: 0, errors: [`the holder did not take the lock: ${holder.errors.join('; ') || `exit ${holder.exit}`}`] };
    const died = Date.now();
    const recoverers = await Promise.all([1, 2].map((id) => runWorker(config(id, 'recover'))));
    // From when a recoverer could first have taken over (it was running and the holder was dead) to when it did.
    const taken = recoverers.filter((r) => r.acquiredAt !== undefined).map((r) => r.acquiredAt - Math.max(died, r.startedAt ?? died));
    const errors = recoverers.flatMap((r) => r.errors);
    if (taken.length < 2)
        errors.push(`${2 - taken.length} of 2 recoverers did not take the lock within the timeout`);
    return { ms: taken.length ? Math.max(0, taken.reduce((first, ms) => Math.min(first, ms))) : undefined, violations: sum(recoverers, (r) => r.violations), stale: sum(recoverers, (r) => r.stale), errors };
}
/**
 * A whole file, read until EOF: a network client may still report the size it
 * cached before the other clients wrote (smbnetfs does), and a read cut at that
 * size would show torn records that are not there.
 */
function readToEnd(path) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const chunks = [];
        for (;;) {
            const chunk = Buffer.alloc(64 * 1024);
            const read = (0,external_node_fs_.readSync)(fd, chunk, 0, chunk.length, null);
            if (read === 0)
                return Buffer.concat(chunks).toString('utf8');
            chunks.push(chunk.subarray(0, read));
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function sum(items, value) {
    let total = 0;
    for (const item of items)
        total += value(item);
    return total;
}

;// CONCATENATED MODULE: ./actions/fs-lock-test/src/rules/verdict.ts
/**
 * SAFE only on evidence: every acquisition counted, no lost update, no torn
 * or duplicate journal record, never two holders, and a SIGKILLed holder
 * replaced within stale-after by exactly one process. UNSAFE only on an
 * observed failure: a lost update, two holders, a torn or duplicate record,
 * a timeout or a holder nobody replaced. A run whose own I/O failed (an SMB
 * client's EIO) with nothing of that observed is INCONCLUSIVE with the
 * errors: neither verdict is invented. A primitive the filesystem refuses
 * (or no python3) is UNSUPPORTED. Only SAFE is ever recommended.
 */
function judge(m, staleAfter) {
    if (m.unsupported)
        return { verdict: 'UNSUPPORTED', reasons: [m.unsupported] };
    const observed = [];
    if (m.lostUpdates > 0)
        observed.push(`${m.lostUpdates} lost update(s) of ${m.acquisitions}`);
    if (m.violations > 0)
        observed.push(`${m.violations} mutual-exclusion violation(s)`);
    if (m.duplicateValues > 0)
        observed.push(`${m.duplicateValues} duplicate counter value(s) in the journal`);
    if (m.tornRecords > 0)
        observed.push(`${m.tornRecords} torn journal record(s)`);
    if (m.timeouts > 0)
        observed.push(`${m.timeouts} acquisition(s) timed out`);
    if (m.recoveryViolations > 0)
        observed.push(`two holders after a SIGKILLed holder (${m.recoveryViolations} violation(s))`);
    if (m.recoveryMs !== undefined && m.recoveryMs > staleAfter + RECOVERY_SLACK_MS)
        observed.push(`took ${Math.round(m.recoveryMs)}ms to take over from a SIGKILLed holder (stale-after ${staleAfter}ms)`);
    const errors = m.errors.slice(0, 3).map((error) => `error: ${error}`);
    if (m.errors.length === 0 && m.recoveryMs === undefined)
        observed.push('nobody took over from a SIGKILLed holder');
    if (observed.length)
        return { verdict: 'UNSAFE', reasons: [...observed, ...errors] };
    if (errors.length)
        return { verdict: 'INCONCLUSIVE', reasons: [`the experiment's own file operations failed (${m.errors.length} error(s)), nothing unsafe observed`, ...errors] };
    return { verdict: 'SAFE', reasons: [] };
}
/** Starting python3 and a recoverer's first look happen after the holder died: allowed on top of stale-after. */
const RECOVERY_SLACK_MS = 5_000;
/**
 * The primitive to use: the first SAFE one in this order. O_EXCL and link are
 * what the core lock can use (Node has them; link is the NFS-safe one), mkdir
 * and rename next; flock and fcntl last, since they need a helper process.
 */
const PREFERENCE = ['o_excl', 'link', 'mkdir', 'rename', 'flock', 'fcntl'];
function recommend(judged) {
    return PREFERENCE.find((primitive) => judged.get(primitive)?.verdict === 'SAFE');
}
function percentile(sorted, p) {
    if (sorted.length === 0)
        return 0;
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

;// CONCATENATED MODULE: ./actions/fs-lock-test/src/report/lock-metrics.ts

function rowOf(m, judgement) {
    const sorted = [...m.waits].sort((a, b) => a - b);
    const round = (n) => Math.round(n * 1000) / 1000;
    return {
        primitive: m.primitive,
        verdict: judgement.verdict,
        reasons: judgement.reasons,
        acquisitions: m.acquisitions,
        acquisitionsPerSecond: m.seconds > 0 ? Math.round(m.acquisitions / m.seconds) : 0,
        waitMs: { p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)), max: round(sorted[sorted.length - 1] ?? 0) },
        lostUpdates: m.lostUpdates,
        violations: m.violations + m.recoveryViolations,
        tornRecords: m.tornRecords,
        duplicateValues: m.duplicateValues,
        timeouts: m.timeouts,
        staleRecoveries: m.staleRecoveries,
        recoveryMs: m.recoveryMs === undefined ? null : Math.round(m.recoveryMs),
    };
}
/** Failures observed, for the pipeline's metrics line: stale recoveries are the SIGKILL experiment working, not failures. */
function observedFailures(rows) {
    let total = 0;
    for (const row of rows)
        total += row.lostUpdates + row.violations + row.tornRecords + row.duplicateValues + row.timeouts;
    return total;
}
/**
 * "Lock contention incidents" (seed §7) as one JSON document: one incident
 * per primitive and kind (lost update, violation, torn record, timeout, stale
 * recovery), flat so that a pipeline's metrics JSON Lines can take each
 * incident as a line of its own.
 */
function contentionMetrics(fsType, rows, at = new Date().toISOString()) {
    const kinds = ['lostUpdates', 'violations', 'tornRecords', 'duplicateValues', 'timeouts', 'staleRecoveries'];
    const incidents = rows.flatMap((row) => kinds.filter((kind) => row[kind] > 0).map((kind) => ({ metric: 'lock_contention_incident', action: 'fs-lock-test', at, fsType, primitive: row.primitive, kind, count: row[kind] })));
    return { metric: 'lock_contention_incidents', action: 'fs-lock-test', at, fsType, total: incidents.reduce((n, i) => n + i.count, 0), incidents };
}

;// CONCATENATED MODULE: ./actions/fs-lock-test/src/report/lock-summary.ts
/** The job summary: the filesystem, then one row per primitive, then the evidence behind each verdict that is not SAFE. */
function renderLockSummary(facts, rows, md) {
    const lines = [
        `### Filesystem locking: ${md.code(facts.fsType)} at ${md.code(facts.mountPoint)}`,
        '',
        `${facts.workers} worker process(es) x ${facts.iterations} acquisition(s) per primitive${facts.clients > 1 ? `, over ${facts.clients} mounts (clients) of the same directory` : ''}.`,
        `Recommended primitive: ${facts.recommended ? md.code(facts.recommended) : '**none is safe here**'}.`,
        '',
        '| Primitive | Verdict | Acquisitions/s | Wait p50 / p99 / max (ms) | Lost updates | Violations | Torn / duplicate records | Stale recoveries | Takeover after SIGKILL (ms) |',
        '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ];
    for (const row of rows) {
        lines.push(`| ${md.code(row.primitive)} | ${row.verdict} | ${row.acquisitionsPerSecond} | ${row.waitMs.p50} / ${row.waitMs.p99} / ${row.waitMs.max} | ${row.lostUpdates} | ${row.violations} | ${row.tornRecords} / ${row.duplicateValues} | ${row.staleRecoveries} | ${row.recoveryMs ?? '—'} |`);
    }
    const evidence = rows.filter((row) => row.verdict !== 'SAFE');
    if (evidence.length) {
        lines.push('', 'Evidence:');
        for (const row of evidence)
            lines.push(`- ${md.code(row.primitive)} ${row.verdict}: ${row.reasons.map((reason) => md.text(reason)).join('; ')}`);
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./actions/fs-lock-test/src/definition.ts









const RULES = [
    { id: 'unsafe-primitive', description: 'A locking primitive lost an update, let two holders in, tore a record or failed to recover from a killed holder on this filesystem', severity: 'warning', docs: (0,catalogue/* ruleDocsUrl */.hS)('fs-lock-test', 'unsafe-primitive') },
    { id: 'inconclusive-primitive', description: 'The experiment\'s own file operations failed on this filesystem (EIO, stale handles) before anything unsafe was observed: no verdict either way', severity: 'warning', docs: (0,catalogue/* ruleDocsUrl */.hS)('fs-lock-test', 'inconclusive-primitive') },
    { id: 'no-safe-primitive', description: 'No primitive tested was safe on this filesystem: state written here can be corrupted by concurrent jobs', severity: 'error', docs: (0,catalogue/* ruleDocsUrl */.hS)('fs-lock-test', 'no-safe-primitive') },
];
const fsLockTest = {
    name: 'fs-lock-test',
    description: 'Runs a contention experiment on a directory and says, with evidence, which file-locking primitive is safe there.',
    rules: RULES,
    async run({ inputs, runner, redactor, workspace, stateRoot }) {
        const clients = inputs.list('path').map((path) => (0,external_node_path_.resolve)(workspace, path));
        if (clients.length === 0)
            clients.push(stateRoot);
        for (const client of clients)
            checkDirectory(client);
        const primitives = selectedPrimitives(inputs.list('primitives', [...PRIMITIVES]).flatMap((line) => line.split(',')).map((name) => name.trim()).filter(Boolean));
        const staleAfter = inputs.duration('stale-after', 5_000);
        const settings = {
            clients,
            workers: inputs.integer('workers', 8, { min: 1, max: 64 }),
            iterations: inputs.integer('iterations', 2000, { min: 1, max: 1_000_000 }),
            hold: inputs.duration('hold', 0, { minMs: 0, maxMs: 10_000 }),
            timeout: inputs.duration('timeout', 60_000),
            staleAfter,
        };
        const mount = (0,filesystem_type/* filesystemOf */.f)(clients[0]);
        const fsType = mount?.type ?? 'unknown';
        // A fresh directory per run: two runs on one share never share counters.
        const run = `.gates-fs-lock-test-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
        const judged = new Map();
        const rows = [];
        for (const primitive of primitives) {
            runner.info(`fs-lock-test: ${primitive} on ${fsType}: ${settings.workers} worker(s) x ${settings.iterations}`);
            const measures = await runPrimitive(primitive, run, settings);
            const judgement = judge(measures, staleAfter);
            judged.set(primitive, judgement);
            rows.push(rowOf(measures, judgement));
        }
        const recommended = recommend(judged);
        const findings = rows
            .filter((row) => row.verdict === 'UNSAFE' || row.verdict === 'INCONCLUSIVE')
            .map((row) => ({ ruleId: row.verdict === 'UNSAFE' ? 'unsafe-primitive' : 'inconclusive-primitive', severity: 'warning', message: `${row.primitive} is ${row.verdict} on ${fsType}: ${row.reasons.join('; ')}` }));
        const requireSafe = inputs.boolean('require-safe', false);
        if (!recommended) {
            findings.push({ ruleId: 'no-safe-primitive', severity: requireSafe ? 'error' : 'warning', message: `no primitive of ${primitives.join(', ')} was safe on ${fsType} (${clients.join(', ')})`, fixHint: 'Keep gates state (MEMORY_STORAGE_ROOT) on a local disk, or on a share where one of the primitives proved safe.' });
        }
        const directory = (0,state_root/* statePath */.B)(stateRoot, 'reports', 'fs-lock-test');
        const metrics = contentionMetrics(fsType, rows);
        const metricsFile = await (0,report_files/* writeReportFile */.aS)(directory, 'lock-contention.json', metrics, redactor);
        const reportFile = await (0,report_files/* writeReportFile */.aS)(directory, 'lock-experiment.json', { fsType, mountPoint: mount?.mountPoint, clients, settings: { ...settings, clients: undefined }, recommended: recommended ?? null, primitives: rows }, redactor);
        const facts = { fsType, mountPoint: mount?.mountPoint ?? clients[0], clients: clients.length, workers: settings.workers, iterations: settings.iterations, recommended };
        return {
            findings,
            failOn: 'error',
            outputs: { 'fs-type': fsType, 'recommended-primitive': recommended ?? '', safe: String(Boolean(recommended)), 'report-file': reportFile, 'metrics-file': metricsFile },
            summaryAppendix: renderLockSummary(facts, rows, (0,untrusted_text/* markdownText */.p7)(redactor)),
            ledgerEvent: { fsType, recommended: recommended ?? 'none', incidents: metrics.total },
            // The pipeline's metrics line: what the experiment saw fail ("lock contention incidents").
            metrics: { 'lock-incidents': observedFailures(rows) },
        };
    },
};
function selectedPrimitives(names) {
    const unknown = names.filter((name) => !PRIMITIVES.includes(name));
    if (unknown.length)
        throw new gates_error/* GatesError */.xx('GATES_E_INPUT_INVALID', { input: 'primitives', value: unknown.join(', '), expected: `any of ${PRIMITIVES.join(', ')}` });
    return [...new Set(names)];
}
/** A missing, non-directory or read-only path is a clear usage error before any worker starts. */
function checkDirectory(path) {
    if (!(0,external_node_path_.isAbsolute)(path))
        throw new Error(`internal: ${path} is not absolute`);
    let isDirectory = false;
    try {
        isDirectory = (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        throw new gates_error/* GatesError */.xx('GATES_E_INPUT_FILE_NOT_FOUND', { input: 'path', file: path });
    }
    if (!isDirectory)
        throw new gates_error/* GatesError */.xx('GATES_E_INPUT_INVALID', { input: 'path', value: path, expected: 'a directory' });
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.W_OK);
    }
    catch {
        throw new gates_error/* GatesError */.xx('GATES_E_INPUT_INVALID', { input: 'path', value: path, expected: 'a writable directory (it is read-only or not ours: no lock can be taken there)' });
    }
}


/***/ })

};
