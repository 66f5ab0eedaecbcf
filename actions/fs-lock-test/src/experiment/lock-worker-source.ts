/**
 * The worker every primitive is exercised by: a python3 program, because Node has
 * no flock/fcntl API and python3 (with its fcntl module) is on every Linux runner;
 * one program for all six primitives keeps their figures comparable. Run as
 * `python3 -c <source> <json>` (through @actions/exec), so nothing is written
 * to disk to run it. Kept as text (String.raw: no escapes are processed).
 */
import { WORKER_PRIMITIVES_SOURCE } from './lock-worker-primitives.js';

export const LOCK_WORKER_SOURCE = WORKER_PRIMITIVES_SOURCE + String.raw`
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
