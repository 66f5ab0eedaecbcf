/**
 * The first half of the fs-lock-test worker (lock-worker-source.ts has the
 * rest): settings, stale-holder detection, and acquire/release for each of
 * the six primitives. Python text, kept as String.raw (no escapes processed).
 */
export const WORKER_PRIMITIVES_SOURCE = String.raw`
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
