export const id = 962;
export const ids = [962];
export const modules = {

/***/ 20962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkpointRestore: () => (/* binding */ checkpointRestore)
});

// EXTERNAL MODULE: ./packages/core/src/state/quiesce.ts
var quiesce = __webpack_require__(14262);
// EXTERNAL MODULE: ./packages/core/src/action/run-action.ts + 7 modules
var run_action = __webpack_require__(81596);
// EXTERNAL MODULE: ./packages/core/src/action/report-files.ts + 3 modules
var report_files = __webpack_require__(79517);
// EXTERNAL MODULE: ./packages/core/src/state/state-root.ts + 1 modules
var state_root = __webpack_require__(57734);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/modes/health-checks.ts



const MAX_OUTPUT_BYTES = 1024 * 1024;
/**
 * The `health-checks` input: a YAML list of `{run, expect-exit (default 0),
 * expect-output, timeout-seconds (default 60)}`, or plain lines (one command
 * each, defaults for the rest). Anything else is a usage error naming the item.
 */
function parseHealthChecks(text) {
    if (!text || text.trim() === '')
        return [];
    let value;
    try {
        value = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw invalid(text, `YAML that does not parse (${error.message.split('\n')[0]})`);
    }
    if (!Array.isArray(value)) {
        return text.split('\n').map((line) => line.trim()).filter(Boolean).map((run) => ({ run, expectExit: 0, timeoutMs: 60_000 }));
    }
    return value.map((item, index) => {
        const check = typeof item === 'string' ? { run: item } : item;
        const run = check?.run;
        const expectExit = check['expect-exit'] ?? 0;
        const timeout = check['timeout-seconds'] ?? 60;
        const unknown = Object.keys(check ?? {}).filter((key) => !['run', 'expect-exit', 'expect-output', 'timeout-seconds'].includes(key));
        if (typeof run !== 'string' || run.trim() === '')
            throw invalid(text, `item ${index + 1} without a \`run:\` command`);
        if (unknown.length > 0)
            throw invalid(text, `item ${index + 1} with unknown key(s) ${unknown.join(', ')}`);
        if (!Number.isInteger(expectExit) || expectExit < 0 || expectExit > 255)
            throw invalid(text, `item ${index + 1} with expect-exit outside 0..255`);
        if (typeof timeout !== 'number' || !(timeout > 0) || timeout > 3600)
            throw invalid(text, `item ${index + 1} with timeout-seconds outside (0, 3600]`);
        const expectOutput = check['expect-output'];
        if (expectOutput !== undefined && typeof expectOutput !== 'string')
            throw invalid(text, `item ${index + 1} with a non-text expect-output`);
        return { run, expectExit: expectExit, expectOutput, timeoutMs: timeout * 1000 };
    });
}
function invalid(value, expected) {
    return new gates_error/* GatesError */.xx('GATES_E_INPUT_INVALID', { input: 'health-checks', value: value.length > 80 ? `${value.slice(0, 77)}...` : value, expected: `a YAML list of {run, expect-exit, expect-output, timeout-seconds}, not ${expected}` });
}
/**
 * Runs one check with `sh -c` in `cwd`, in its own process group so a
 * timeout kills the whole group (a server it started included), never
 * leaving it running. Output is kept up to 1 MiB for the expect-output test.
 */
function runHealthCheck(check, cwd, env) {
    const started = Date.now();
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('sh', ['-c', check.run], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        let timedOut = false;
        const collect = (chunk) => {
            if (output.length < MAX_OUTPUT_BYTES)
                output += chunk.toString('utf8');
        };
        child.stdout.on('data', collect);
        child.stderr.on('data', collect);
        const timer = setTimeout(() => {
            timedOut = true;
            try {
                process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                // Already gone.
            }
        }, check.timeoutMs);
        const finish = (exitCode, reason) => {
            clearTimeout(timer);
            resolve({ check, passed: reason === undefined, exitCode, timedOut, reason, ms: Date.now() - started });
        };
        child.on('error', (error) => finish(null, `could not start: ${error.message}`));
        child.on('close', (code) => {
            if (timedOut)
                finish(code, `did not finish within ${check.timeoutMs / 1000}s (killed)`);
            else if (code !== check.expectExit)
                finish(code, `exited ${code}, expected ${check.expectExit}`);
            else if (check.expectOutput !== undefined && !output.includes(check.expectOutput))
                finish(code, `output does not contain the expected text`);
            else
                finish(code);
        });
    });
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/checkpoint-inputs.ts


const MODES = ['save', 'restore', 'rollback', 'rehearse'];
const TRIGGERS = ['gate-failure', 'security-block', 'lock-timeout', 'health-check-failure'];
const STORES = ['auto', 'artifact', 'cache', 'local'];
const GATE_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$/;
/** What the store can resolve (see ManifestStore.resolve): anything else is a usage error, not a missing checkpoint. */
const CHECKPOINT_NAME = /^[0-9a-f]{7,64}$/;
/** Every input of the action, parsed and checked (usage errors name the input). */
function readCheckpointInputs(inputs, startedAt) {
    const mode = inputs.enumeration('mode', MODES, 'save');
    const gate = inputs.required('gate').trim();
    if (!GATE_NAME.test(gate))
        throw new gates_error/* GatesError */.xx('GATES_E_INPUT_INVALID', { input: 'gate', value: gate, expected: 'a gate name: letters, digits, space, dot, dash, underscore (at most 100)' });
    if (mode === 'save')
        inputs.required('paths');
    const checkpoint = inputs.string('checkpoint')?.trim() || undefined;
    if (checkpoint !== undefined && !CHECKPOINT_NAME.test(checkpoint))
        throw new gates_error/* GatesError */.xx('GATES_E_INPUT_INVALID', { input: 'checkpoint', value: checkpoint, expected: 'a manifest hash, or a prefix of it of at least 7 lowercase hex digits' });
    const failedAtText = inputs.string('failed-at');
    const failedAt = failedAtText ? Date.parse(failedAtText) : startedAt;
    if (Number.isNaN(failedAt))
        throw new gates_error/* GatesError */.xx('GATES_E_INPUT_INVALID', { input: 'failed-at', value: failedAtText, expected: 'an ISO 8601 time' });
    return {
        mode,
        gate,
        paths: inputs.list('paths'),
        status: inputs.enumeration('status', ['green', 'red'], 'green'),
        key: inputs.string('key') ?? '',
        force: inputs.boolean('force', false),
        retention: inputs.integer('retention', 5, { min: 1, max: 1000 }),
        checkpoint,
        trigger: inputs.enumeration('trigger', TRIGGERS, 'gate-failure'),
        failedGate: inputs.string('failed-gate')?.trim() || gate,
        failedAt,
        healthChecks: parseHealthChecks(inputs.raw('health-checks')),
        rtoTargetMs: inputs.integer('rto-target-seconds', 600, { min: 1, max: 86_400 }) * 1000,
        scratchDirectory: inputs.string('scratch-dir') || undefined,
        store: inputs.enumeration('store', STORES, 'auto'),
        compression: inputs.enumeration('compression', ['auto', 'zstd', 'gzip', 'none'], 'auto'),
        lockTimeoutMs: inputs.integer('lock-timeout-seconds', 600, { min: 1, max: 21_600 }) * 1000,
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/safe-files/contained-path.ts
var contained_path = __webpack_require__(71914);
// EXTERNAL MODULE: ./packages/core/src/state-transport/state-mode.ts
var state_mode = __webpack_require__(98256);
// EXTERNAL MODULE: ./packages/core/src/state-transport/step-state.ts + 1 modules
var step_state = __webpack_require__(87300);
// EXTERNAL MODULE: ./packages/core/src/state-transport/segment-store.ts
var segment_store = __webpack_require__(96238);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./packages/core/src/runner/library-output.ts + 1 modules
var library_output = __webpack_require__(9136);
// EXTERNAL MODULE: ./packages/core/src/safe-files/atomic-file.ts + 1 modules
var atomic_file = __webpack_require__(56135);
// EXTERNAL MODULE: ./packages/core/src/safe-files/read-file.ts
var read_file = __webpack_require__(6220);
// EXTERNAL MODULE: ./packages/core/src/safe-files/temp-files.ts
var temp_files = __webpack_require__(98861);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/store/manifest.ts


/** The bytes a manifest is stored as and hashed from: JSON with keys as written (the writer builds it in a fixed order). */
function manifestBytes(manifest) {
    return Buffer.from(`${JSON.stringify(manifest)}\n`, 'utf8');
}
function sha256Hex(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
const HEX64 = /^[0-9a-f]{64}$/;
function isSha256(value) {
    return typeof value === 'string' && HEX64.test(value);
}
/**
 * Why an entry's path must not be written, or undefined: absolute, `..`, empty
 * or `.` components, backslashes and NUL (a manifest is data that may have
 * been tampered with; these would lead a restore outside the workspace).
 */
function pathProblem(path) {
    if (typeof path !== 'string' || path === '')
        return 'an empty path';
    if (path.includes('\0'))
        return 'a NUL byte';
    if (path.includes('\\'))
        return 'a backslash';
    if (path.startsWith('/'))
        return 'an absolute path';
    for (const segment of path.split('/')) {
        if (segment === '..')
            return 'a ".." component';
        if (segment === '' || segment === '.')
            return 'an empty or "." component';
    }
    return undefined;
}
/**
 * Why a link's target would lead outside the workspace, or undefined: an
 * absolute target, or one whose `..` climb past the workspace from where the
 * link is (judged as written; a restored link is never followed by the restore).
 */
function linkTargetProblem(linkPath, target) {
    if (target === '' || target.includes('\0'))
        return 'an empty target';
    if (target.startsWith('/'))
        return `an absolute target (${target})`;
    const resolved = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(linkPath), target));
    if (resolved === '..' || resolved.startsWith('../'))
        return `a target outside the workspace (${target})`;
    return undefined;
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/store/loose-chunks.ts




/**
 * Chunks as the store's first version wrote them, one file each under
 * `<directory>/<first two hex digits>/<hash>`. Still read (a store written
 * by that version restores) and collected, never written any more: new
 * chunks go to pack files (chunk-store.ts).
 */
function loosePath(directory, hash) {
    return (0,external_node_path_.join)(directory, hash.slice(0, 2), hash);
}
/** Every loose chunk's hash (one listing of the fan-out directories). */
function listLoose(directory) {
    const hashes = new Set();
    for (const fan of readdirOrEmpty(directory)) {
        if (!/^[0-9a-f]{2}$/.test(fan))
            continue;
        for (const name of readdirOrEmpty((0,external_node_path_.join)(directory, fan)))
            if (isSha256(name) && name.startsWith(fan))
                hashes.add(name);
    }
    return hashes;
}
/** A loose chunk's stored bytes (no link followed, at most `maxBytes`), or undefined when it is not there. */
function readLoose(directory, hash, maxBytes) {
    try {
        return (0,read_file/* readRegularFile */.XF)(loosePath(directory, hash), { maxBytes, noFollow: true });
    }
    catch (error) {
        if (error instanceof read_file/* UnreadableFile */.ie && error.kind === 'missing')
            return undefined;
        throw error;
    }
}
function removeLoose(directory, hash) {
    (0,external_node_fs_.rmSync)(loosePath(directory, hash), { force: true });
}
function readdirOrEmpty(path) {
    try {
        return (0,external_node_fs_.readdirSync)(path);
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/chunking/gear-table.ts
/**
 * The gear table of the rolling hash: 256 fixed pseudo-random 32-bit words.
 * Generated by splitmix32 from a constant seed rather than written out, and
 * never to be changed: chunk boundaries (and so deduplication between
 * checkpoints written by different versions) depend on it.
 */
function splitmix32(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x9e3779b9) >>> 0;
        let z = state;
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
        return (z ^ (z >>> 16)) >>> 0;
    };
}
const next = splitmix32(0x67617465); // "gate"
const GEAR = Uint32Array.from({ length: 256 }, () => next());

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/chunking/content-chunker.ts

const DEFAULT_CHUNK_SIZES = { min: 16 * 1024, average: 64 * 1024, max: 256 * 1024 };
/** A mask of `bits` one-bits spread over the hash's top 24 bits (the bits that mix the most bytes). */
function spreadMask(bits) {
    let mask = 0;
    for (let index = 0; index < bits; index++)
        mask |= 1 << (31 - Math.floor((index * 24) / bits));
    return mask >>> 0;
}
function masksFor(sizes) {
    const bits = Math.round(Math.log2(sizes.average));
    return { small: spreadMask(bits + 2), large: spreadMask(bits - 2) };
}
/**
 * Where the chunk that starts at `start` ends (exclusive), looking at
 * `data[start, end)`; `final` says there is no more data after `end`.
 * Returns -1 when the boundary may lie beyond `end` (read more, then ask again
 * from the same `start`).
 */
function findBoundary(data, start, end, final, sizes, masks) {
    // A run of zeros (sparse files, disk images) cuts the same way wherever it is: answered by one native compare, not a byte loop.
    if (end - start >= sizes.max && zerosCutAtMax(sizes, masks) && isZeroRun(data, start, start + sizes.max))
        return start + sizes.max;
    return scanBoundary(data, start, end, final, sizes, masks);
}
/**
 * The gear loop, unrolled by four: four hash steps per iteration, each with
 * its own mask check, so the cuts are exactly the simple loop's (one step per
 * byte, kept in the tests as the reference model) at about half the time per
 * byte on Node 24 (fewer loop-condition checks and bounds checks per byte).
 */
function scanBoundary(data, start, end, final, sizes, masks) {
    const available = end - start;
    if (available <= sizes.min)
        return final ? end : -1;
    const normal = Math.min(start + sizes.average, end);
    const limit = Math.min(start + sizes.max, end);
    // Signed 32-bit arithmetic (`| 0`, the table read as Int32Array): the same bits as the unsigned hash, but V8 keeps
    // them in small integers; `>>> 0` made every hash above 2^31 a heap double, the loop about 1.4x slower.
    const gear = GEAR_SIGNED;
    let hash = 0;
    let index = start + sizes.min;
    for (let pass = 0; pass < 2; pass++) {
        const mask = (pass === 0 ? masks.small : masks.large) | 0;
        const stop = pass === 0 ? normal : limit;
        for (const unrolled = stop - 3; index < unrolled; index += 4) {
            hash = ((hash << 1) + gear[data[index]]) | 0;
            if ((hash & mask) === 0)
                return index + 1;
            hash = ((hash << 1) + gear[data[index + 1]]) | 0;
            if ((hash & mask) === 0)
                return index + 2;
            hash = ((hash << 1) + gear[data[index + 2]]) | 0;
            if ((hash & mask) === 0)
                return index + 3;
            hash = ((hash << 1) + gear[data[index + 3]]) | 0;
            if ((hash & mask) === 0)
                return index + 4;
        }
        for (; index < stop; index++) {
            hash = ((hash << 1) + gear[data[index]]) | 0;
            if ((hash & mask) === 0)
                return index + 1;
        }
    }
    if (limit === start + sizes.max)
        return limit;
    return final ? end : -1;
}
const GEAR_SIGNED = new Int32Array(GEAR.buffer, GEAR.byteOffset, GEAR.length);
const ZERO_PAGE = new Uint8Array(64 * 1024);
function isZeroRun(data, start, end) {
    for (let offset = start; offset < end; offset += ZERO_PAGE.length) {
        const length = Math.min(ZERO_PAGE.length, end - offset);
        if (Buffer.compare(data.subarray(offset, offset + length), ZERO_PAGE.subarray(0, length)) !== 0)
            return false;
    }
    return true;
}
const zeroCuts = new Map();
/** Whether the byte loop, run over max zeros, cuts at max (true for the default sizes; checked, not assumed, for any). */
function zerosCutAtMax(sizes, masks) {
    const key = `${sizes.min}/${sizes.average}/${sizes.max}/${masks.small}/${masks.large}`;
    let answer = zeroCuts.get(key);
    if (answer === undefined) {
        answer = scanBoundary(new Uint8Array(sizes.max), 0, sizes.max, true, sizes, masks) === sizes.max;
        zeroCuts.set(key, answer);
    }
    return answer;
}
/** Every chunk boundary of a whole buffer: the lengths of its chunks, in order (for tests and small inputs). */
function chunkLengths(data, sizes = DEFAULT_CHUNK_SIZES) {
    const masks = masksFor(sizes);
    const lengths = [];
    for (let start = 0; start < data.length;) {
        const cut = findBoundary(data, start, data.length, true, sizes, masks);
        lengths.push(cut - start);
        start = cut;
    }
    return lengths;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/store/encode-chunk.ts
/**
 * A chunk's stored form: a tag byte saying how it is compressed, then the
 * bytes (codec.ts reads it back). Used on the main thread (codec.ts) and in
 * the digest workers, which start from these functions' source text
 * (tree/digest-batch.ts): so they use only their arguments, each other and
 * what `load` gives them; no imports, no other module-level names.
 */
/**
 * Whether a chunk looks like random bytes (already compressed or encrypted
 * files): four samples of 512 bytes, at its start, its end and two points
 * between, each with a collision entropy (-log2 of the sum of each byte
 * value's squared share) above 7 bits. Random bytes give about 7.4 (ten
 * standard deviations above), text 4-5, base64 at most 6, machine code about
 * 6. Compressing such a chunk costs about 0.8 ns a byte for nothing, so it is
 * stored as it is; a chunk with any compressible sample is compressed. The sum
 * of squared counts is kept while counting (one pass, no logarithm).
 */
function looksIncompressible(plain) {
    const sample = 512;
    // 2^-7 of sample²: a sum of squared counts at or above it is 7 bits of collision entropy or less.
    const compressibleFrom = (sample * sample) / 128;
    if (plain.length < 4 * sample)
        return false;
    const counts = new Uint16Array(256);
    for (let index = 0; index < 4; index++) {
        const from = Math.floor(((plain.length - sample) * index) / 3);
        counts.fill(0);
        let squares = 0;
        for (let at = from; at < from + sample; at++)
            squares += 2 * counts[plain[at]]++ + 1;
        if (squares >= compressibleFrom)
            return false;
    }
    return true;
}
/** Tag byte and body: compressed with `codec` when that makes it smaller and it does not look incompressible, the plain bytes otherwise. */
function encodeStored(load, codec, tags, plain) {
    if (codec !== 'none' && plain.length > 0 && !looksIncompressible(plain)) {
        const zlib = load('node:zlib');
        // One output buffer as long as the chunk (zlib's default fills 128 KiB / 16 KiB pieces and joins them in a new buffer:
        // ~15% of zstd's time on a 100 KB chunk, more for gzip); only output that does not shrink the chunk needs a second.
        const chunkSize = plain.length + 64;
        const packed = codec === 'zstd' ? zlib.zstdCompressSync(plain, { chunkSize }) : zlib.gzipSync(plain, { level: 1, chunkSize });
        if (packed.length < plain.length)
            return { tag: tags[codec], body: packed };
    }
    return { tag: tags.none, body: plain };
}
/**
 * The digest workers' encoder (one per thread, for its life). For zstd it
 * keeps one compression context (reusableZstd) and compresses straight into
 * `output`; otherwise, or where that context is unavailable, it encodes with
 * encodeStored and copies the body in. Both give the same bytes.
 */
function storedEncoder(load, codec, tags) {
    const zstd = codec === 'zstd' ? reusableZstd(load) : undefined;
    return (plain, output, at) => {
        if (zstd && plain.length > 0 && !looksIncompressible(plain)) {
            // Room for a body one byte shorter than the chunk at most: longer output does not fit, and the chunk is stored plain.
            const length = zstd(plain, output, at + 1, Math.min(plain.length, output.length - at - 1));
            if (length < 0)
                return -1;
            output[at] = tags.zstd;
            return 1 + length;
        }
        const { tag, body } = encodeStored(load, codec, tags, plain);
        if (tag === tags.none)
            return -1;
        output[at] = tag;
        output.set(body, at + 1);
        return 1 + body.length;
    };
}
/**
 * zstd with one compression context for many chunks, writing into the
 * caller's memory: returns the body's length, or -1 when it needs more than
 * `room` bytes. `zlib.zstdCompressSync` creates and frees a context per call
 * (a ZstdCompress stream, its tables set up afresh) and returns a new buffer:
 * on a save's 100 KB chunks that was 2.4x the time of compressing with one
 * context (187-227 ms against 80 ms for 300 MB of source files, Node 24), and
 * the buffers were copied into the batch's output and then collected. Node
 * has no public call that keeps a context between synchronous calls, so this
 * drives the stream's native handle the way `zstdCompressSync` does
 * (`handle.writeSync`, then the unread input and unused output in
 * `_writeState`), and resets the session after an output that did not fit.
 * Those are Node internals: unless they are there and a sample compresses
 * to exactly `zstdCompressSync`'s bytes, this answers undefined and the
 * caller uses `zstdCompressSync`.
 */
function reusableZstd(load) {
    const zlib = load('node:zlib');
    const endFrame = zlib.constants.ZSTD_e_end;
    if (typeof zlib.ZstdCompress !== 'function' || typeof zlib.zstdCompressSync !== 'function' || endFrame === undefined)
        return undefined;
    let engine;
    try {
        engine = new zlib.ZstdCompress();
    }
    catch {
        return undefined;
    }
    const handle = engine._handle;
    const state = engine._writeState;
    if (!handle || typeof handle.writeSync !== 'function' || typeof handle.reset !== 'function' || !(state instanceof Uint32Array))
        return undefined;
    const write = handle.writeSync.bind(handle);
    const reset = handle.reset.bind(handle);
    // A zstd error destroys the stream at once (its handle closed: one more call on that handle crashes the process) and
    // emits 'error' on the next tick, so each call checks the stream itself; the listener keeps the event from going unhandled.
    let failure;
    engine.on('error', (error) => (failure = error));
    const failed = () => engine.destroyed || engine._handle !== handle;
    const stop = () => failure ?? new Error('zstd failed to compress a chunk (Node destroyed its compression stream)');
    const compress = (plain, output, at, room) => {
        if (failed())
            throw stop();
        // Node's handle checks its bounds by aborting the process: a range outside `output` is answered here instead.
        if (!(at >= 0 && room > 0 && at + room <= output.length))
            return -1;
        // Cleared first, so a write that left it untouched can never pass for one that compressed this chunk.
        state[0] = 0;
        state[1] = plain.length;
        write(endFrame, plain, 0, plain.length, output, at, room);
        if (failed())
            throw stop();
        // state: [output left unused, input left unread]. Done when all input is read and output is left over; a full
        // output may hold only part of the frame (what zstdCompressSync would continue in a second buffer).
        if (state[1] === 0 && state[0] > 0)
            return room - state[0];
        reset();
        return -1;
    };
    const sample = new TextEncoder().encode('checkpoint sample: the same bytes as zstdCompressSync, or no reuse. '.repeat(64));
    const reference = zlib.zstdCompressSync(sample);
    const scratch = new Uint8Array(sample.length);
    try {
        for (let round = 0; round < 2; round++) {
            const length = compress(sample, scratch, 0, scratch.length);
            if (length !== reference.length || Buffer.compare(scratch.subarray(0, length), reference) !== 0)
                return undefined;
        }
        // A frame that does not fit must leave the context ready for the next one.
        if (compress(sample, scratch, 0, 8) !== -1 || compress(sample, scratch, 0, scratch.length) !== reference.length)
            return undefined;
        if (Buffer.compare(scratch.subarray(0, reference.length), reference) !== 0)
            return undefined;
    }
    catch {
        return undefined;
    }
    return compress;
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/store/codec.ts




const TAG = { none: 0, gzip: 1, zstd: 2 };
/** Each codec's tag byte (the digest workers encode chunks too: digest-batch.ts). */
const CODEC_TAGS = TAG;
/** The most a stored chunk can be: its plain bytes (at most the chunker's maximum) behind the tag byte; compressed only when that is smaller. */
const MAX_STORED_CHUNK_BYTES = DEFAULT_CHUNK_SIZES.max + 1;
/** Node's zstd, or undefined on a Node without it (20). */
function builtinZstd() {
    const api = external_node_zlib_;
    if (!api.zstdCompressSync || !api.zstdDecompressSync)
        return undefined;
    const compress = api.zstdCompressSync;
    const decompress = api.zstdDecompressSync;
    return { compress: (data) => compress(data), decompress: (data, options) => decompress(data, options) };
}
const ZSTD = builtinZstd();
function zstdAvailable() {
    return ZSTD !== undefined;
}
/** `auto`: zstd where this Node has it, gzip otherwise. */
function chooseCodec(wanted) {
    if (wanted === 'auto')
        return ZSTD ? 'zstd' : 'gzip';
    if (wanted === 'zstd' && !ZSTD)
        throw new Error(`zstd is not available in Node ${process.versions.node} (it needs Node 22.15 or later)`);
    return wanted;
}
/** Each tag as a one-byte buffer, indexed by its value (encodeStored answers with the value). */
const TAG_BYTES = [];
for (const value of Object.values(TAG))
    TAG_BYTES[value] = Buffer.from([value]);
/** A codec's tag byte as a buffer, to write in front of a body (a chunk stored as it is: 'none'). */
function tagBytes(codec) {
    return TAG_BYTES[TAG[codec]];
}
/** The stored form of a chunk, tag byte then the (compressed) bytes, as two parts: a writer writes both without copying the body behind the tag. */
function encodeChunkParts(plain, codec) {
    const { tag, body } = encodeStored(loadZlib, codec, TAG, plain);
    return { tag: TAG_BYTES[tag], body };
}
function loadZlib(id) {
    if (id !== 'node:zlib')
        throw new Error(`encode-chunk loads ${id}, which codec.ts does not provide`);
    return external_node_zlib_;
}
/**
 * The chunk's plain bytes; never more than `maxLength` (a crafted chunk cannot
 * inflate without bound). The output goes to one buffer of `maxLength + 1`
 * bytes allocated up front (`chunkSize`), so pass the exact size when it is
 * known (a manifest's chunk size, at most 256 KiB): zlib's default fills
 * 16 KiB (gzip) or 128 KiB (zstd) pieces and joins them in a new buffer, and
 * that made decompressing a 100 KB chunk 2-5x slower (and its garbage a
 * restore's main cost in GC). The one extra byte keeps the output from
 * filling the buffer exactly, which would start a second one.
 */
function decodeChunk(stored, maxLength) {
    const body = stored.subarray(1);
    const output = { maxOutputLength: Math.max(maxLength, 1), chunkSize: Math.max(external_node_zlib_.constants.Z_MIN_CHUNK, maxLength + 1) };
    switch (stored[0]) {
        case TAG.none:
            return Buffer.from(body.buffer, body.byteOffset, body.length);
        case TAG.gzip:
            return (0,external_node_zlib_.gunzipSync)(body, output);
        case TAG.zstd:
            if (!ZSTD)
                throw new Error(`it is zstd-compressed and Node ${process.versions.node} has no zstd (run the restore on Node 22.15 or later)`);
            return ZSTD.decompress(body, output);
        default:
            throw new Error(`unknown compression tag ${stored[0]}`);
    }
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/store/pack-format.ts

/**
 * The bytes of a pack file: many stored chunks (each as codec.ts encodes it:
 * tag byte, then the compressed bytes) appended one after another, then an
 * index, then a fixed footer. Pure: no I/O.
 *
 *   [chunk bytes ...]
 *   [index: per chunk 32 bytes SHA-256 of its plain bytes, 8 bytes offset, 4 bytes stored length (big-endian)]
 *   [footer: 8 bytes index offset, 4 bytes chunk count, 4 zero bytes, 8 bytes "GATESPK1"]
 *
 * The index travels inside the pack (one file, one rename: a pack is either
 * there whole or not at all) and is named by the SHA-256 of its index bytes,
 * so the same chunks at the same places always make the same name. The
 * index is not trusted: every chunk is hashed when it is read, and an entry
 * that points outside the pack's chunk bytes is marked damaged.
 */
const PACK_MAGIC = Buffer.from('GATESPK1', 'latin1');
const FOOTER_BYTES = 24;
const ENTRY_BYTES = 44;
/** The index and footer that close a pack whose chunk bytes end at `indexOffset`. */
function encodeIndex(entries, indexOffset) {
    const bytes = Buffer.alloc(entries.length * ENTRY_BYTES + FOOTER_BYTES);
    let at = 0;
    for (const entry of entries) {
        bytes.write(entry.hash, at, 32, 'hex');
        bytes.writeBigUInt64BE(BigInt(entry.offset), at + 32);
        bytes.writeUInt32BE(entry.length, at + 40);
        at += ENTRY_BYTES;
    }
    bytes.writeBigUInt64BE(BigInt(indexOffset), at);
    bytes.writeUInt32BE(entries.length, at + 8);
    PACK_MAGIC.copy(bytes, at + 16);
    return { bytes, name: packName(bytes.subarray(0, at)) };
}
function packName(indexBytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(indexBytes).digest('hex');
}
/** The footer of a pack of `fileSize` bytes, or the reason it is not one. */
function parseFooter(footer, fileSize) {
    if (fileSize < FOOTER_BYTES || footer.length !== FOOTER_BYTES)
        return 'it is too short to be a pack';
    if (!footer.subarray(16).equals(PACK_MAGIC))
        return 'its footer is not a pack footer';
    const indexOffset = footer.readBigUInt64BE(0);
    const count = footer.readUInt32BE(8);
    if (indexOffset + BigInt(count) * BigInt(ENTRY_BYTES) + BigInt(FOOTER_BYTES) !== BigInt(fileSize))
        return 'its index does not fit its size';
    return { indexOffset: Number(indexOffset), count };
}
/** The entries of an index (`count` × ENTRY_BYTES), each checked to lie within `[0, indexOffset)`. */
function parseIndex(bytes, footer) {
    const entries = [];
    const damaged = [];
    for (let at = 0; at + ENTRY_BYTES <= bytes.length; at += ENTRY_BYTES) {
        const offset = bytes.readBigUInt64BE(at + 32);
        const length = bytes.readUInt32BE(at + 40);
        const entry = { hash: bytes.toString('hex', at, at + 32), offset: Number(offset), length };
        if (length >= 1 && offset + BigInt(length) <= BigInt(footer.indexOffset))
            entries.push(entry);
        else
            damaged.push({ ...entry, offset: Number.isSafeInteger(entry.offset) ? entry.offset : -1 });
    }
    return { indexOffset: footer.indexOffset, entries, damaged };
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/store/pack-file.ts




/** A pack is closed and a new one started past this size, so rewriting a half-dead pack stays a bounded copy. */
const PACK_LIMIT_BYTES = 256 * 1024 * 1024;
const PACK_NAME = /^([0-9a-f]{64})\.pack$/;
/** Written bytes between background flushes (see PackWriter.append). */
const BACKGROUND_FLUSH_BYTES = 32 * 1024 * 1024;
/** `<name>.pack` → name, or undefined for any other file (temporaries, strays). */
function packNameOf(file) {
    return PACK_NAME.exec(file)?.[1];
}
/**
 * Appends stored chunks to a temporary file in `directory`; `finish` writes
 * the index, fsyncs, renames it to `<name>.pack` and fsyncs the directory.
 * So a pack becomes visible only whole and durable: a saver killed before
 * leaves a temporary (swept by a later writer), never a pack with a valid
 * name and part of its bytes.
 */
class PackWriter {
    directory;
    flush;
    fd;
    temporary;
    entries = [];
    pending = new Map();
    flushedTo = 0;
    flushing = false;
    /** The pack opened a second time, for the background flushes only (see flushInBackground); -1 when not open (yet, or any more). */
    flushFd = -1;
    flushError;
    retired = false;
    offset = 0;
    constructor(directory, flush = external_node_fs_.fdatasync) {
        this.directory = directory;
        this.flush = flush;
        (0,temp_files/* sweepStaleTemporaries */.fs)(directory);
        ({ fd: this.fd, path: this.temporary } = (0,temp_files/* createTemporary */.GY)(directory, 'pack'));
    }
    /** Appends a stored chunk, given whole or as its parts (tag byte, body: written with one writev, not copied together). */
    append(hash, stored, body) {
        const length = stored.length + (body?.length ?? 0);
        if (body)
            writeParts(this.fd, stored, body, this.offset);
        else
            writeAll(this.fd, stored, this.offset);
        const entry = { hash, offset: this.offset, length };
        this.entries.push(entry);
        this.pending.set(hash, entry);
        this.offset += length;
        this.flushInBackground();
    }
    /**
     * Starts writing what is appended to disk while the save goes on (an
     * fdatasync on libuv's thread pool), so that `finish`'s fsync, which makes
     * the pack durable, has little left to wait for: on a fast disk that wait
     * was a tenth of a save. It flushes through a second open of the pack, not
     * the writer's descriptor: Linux reports a write-back error (EIO, ENOSPC)
     * once per open file, so a flush on the writer's own descriptor would take
     * the error that `finish`'s fsync must see, and finish would call a pack
     * durable that is not. That descriptor is closed only when no flush is
     * running on it: closed under a queued flush, its number could be reused
     * by a file opened meanwhile, and the flush would land on (and take the
     * errors of) that file. An error a flush reports fails `finish`.
     */
    flushInBackground() {
        if (this.flushing || this.retired || this.offset - this.flushedTo < BACKGROUND_FLUSH_BYTES)
            return;
        if (this.flushFd === -1 && !this.openFlushFd())
            return;
        this.flushing = true;
        this.flushedTo = this.offset;
        this.flush(this.flushFd, (error) => {
            this.flushing = false;
            if (error)
                this.flushError ??= error;
            if (this.retired)
                this.closeFlushFd();
        });
    }
    /** Opens the temporary again (no link followed) and keeps it only when it is the file this writer writes; false leaves durability to `finish` alone. */
    openFlushFd() {
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(this.temporary, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
        }
        catch {
            this.flushedTo = Number.POSITIVE_INFINITY;
            return false;
        }
        const [mine, opened] = [(0,external_node_fs_.fstatSync)(this.fd), (0,external_node_fs_.fstatSync)(fd)];
        if (mine.dev !== opened.dev || mine.ino !== opened.ino) {
            (0,external_node_fs_.closeSync)(fd);
            this.flushedTo = Number.POSITIVE_INFINITY;
            return false;
        }
        this.flushFd = fd;
        return true;
    }
    /** No more flushes start; the flush descriptor is closed now, or by the flush still running on it when that ends. */
    retire() {
        this.retired = true;
        if (!this.flushing)
            this.closeFlushFd();
    }
    closeFlushFd() {
        if (this.flushFd === -1)
            return;
        const fd = this.flushFd;
        this.flushFd = -1;
        (0,external_node_fs_.closeSync)(fd);
    }
    /** A chunk appended and not yet in a finished pack (a save that names one chunk twice stores it once). */
    entry(hash) {
        return this.pending.get(hash);
    }
    /** Reads back an appended chunk's stored bytes. */
    read(entry) {
        return readAt(this.fd, entry.offset, entry.length);
    }
    get count() {
        return this.entries.length;
    }
    /** Closes the pack durably; returns its name and entries. */
    finish() {
        const { bytes, name } = encodeIndex(this.entries, this.offset);
        try {
            writeAll(this.fd, bytes, this.offset);
            (0,external_node_fs_.fsyncSync)(this.fd);
            if (this.flushError)
                throw this.flushError;
        }
        finally {
            this.retire();
            (0,external_node_fs_.closeSync)(this.fd);
        }
        (0,external_node_fs_.renameSync)(this.temporary, (0,external_node_path_.join)(this.directory, `${name}.pack`));
        fsyncDirectory(this.directory);
        return { name, entries: this.entries };
    }
    /** Drops an unfinished pack (a save that failed): nothing of it becomes visible. */
    abandon() {
        this.retire();
        try {
            (0,external_node_fs_.closeSync)(this.fd);
        }
        catch {
            // Already closed by a failed finish.
        }
        try {
            (0,external_node_fs_.unlinkSync)(this.temporary);
        }
        catch {
            // Renamed or gone: nothing to drop.
        }
    }
}
/** The index of a pack file (open fd), or the reason it cannot be read as one. */
function readPackIndex(fd) {
    const size = (0,external_node_fs_.fstatSync)(fd).size;
    if (size < FOOTER_BYTES)
        return 'it is too short to be a pack';
    const footer = parseFooter(readAt(fd, size - FOOTER_BYTES, FOOTER_BYTES), size);
    if (typeof footer === 'string')
        return footer;
    return parseIndex(readAt(fd, footer.indexOffset, footer.count * ENTRY_BYTES), footer);
}
/** The error code openPack gives a path that is there and is not a regular file (BSD's name for it; Linux has none). */
const NOT_A_FILE = 'EFTYPE';
/**
 * Opens a pack to read: never through a link, and only a regular file. A
 * FIFO planted under a pack's name would block a plain open until someone
 * writes to it (every save and restore would hang under the lock), so it is
 * opened non-blocking and refused by its type, as a directory or device is.
 */
function openPack(path) {
    const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
    if (!(0,external_node_fs_.fstatSync)(fd).isFile()) {
        (0,external_node_fs_.closeSync)(fd);
        throw Object.assign(new Error('it is not a regular file'), { code: NOT_A_FILE });
    }
    return fd;
}
/** Exactly `length` bytes at `position`, or an error naming how many were there; read into `into` (returned as a view of it) when it is long enough. */
function readAt(fd, position, length, into) {
    const buffer = into && into.length >= length ? into.subarray(0, length) : Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
        const read = (0,external_node_fs_.readSync)(fd, buffer, done, length - done, position + done);
        if (read === 0)
            throw new Error(`the file ends ${length - done} bytes early`);
        done += read;
    }
    return buffer;
}
function writeParts(fd, head, body, position) {
    const written = (0,external_node_fs_.writevSync)(fd, [head, body], position);
    if (written < head.length) {
        writeAll(fd, head.subarray(written), position + written);
        writeAll(fd, body, position + head.length);
    }
    else if (written < head.length + body.length)
        writeAll(fd, body.subarray(written - head.length), position + written);
}
function writeAll(fd, bytes, position) {
    for (let done = 0; done < bytes.length;)
        done += (0,external_node_fs_.writeSync)(fd, bytes, done, bytes.length - done, position + done);
}
function fsyncDirectory(path) {
    const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_DIRECTORY);
    try {
        (0,external_node_fs_.fsyncSync)(fd);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/store/verify-pack.ts





/**
 * Chunks that arrive from elsewhere (a transport: an artifact or cache entry
 * anyone with write access to it could have crafted) are checked before the
 * store takes them. The store keeps one copy of a chunk and reads the first
 * it finds: an imported copy that lies would shadow the good one (restores
 * fail), be what later saves dedupe against (their checkpoints never
 * restore), and make retention collect the good copy as a duplicate.
 */
/** Why `stored` is not the stored form of chunk `hash`, or undefined when it is. */
function untrueChunk(hash, stored) {
    if (stored.length > MAX_STORED_CHUNK_BYTES)
        return `chunk ${hash} is ${stored.length} bytes, more than a chunk can be`;
    let plain;
    try {
        plain = decodeChunk(stored, DEFAULT_CHUNK_SIZES.max);
    }
    catch (error) {
        return `chunk ${hash} cannot be decompressed (${error.message})`;
    }
    return sha256Hex(plain) === hash ? undefined : `chunk ${hash} does not match its hash`;
}
/** The first entry of a pack (open fd) that is not true, with why; undefined when every one is. A pack is imported only whole and true. */
function untrueEntry(fd, entries) {
    for (const entry of entries) {
        if (entry.length > MAX_STORED_CHUNK_BYTES)
            return `chunk ${entry.hash} is ${entry.length} bytes in it, more than a chunk can be`;
        const untrue = untrueChunk(entry.hash, readAt(fd, entry.offset, entry.length));
        if (untrue)
            return untrue;
    }
    return undefined;
}
/** Why the loose chunk file at `path` (a transport of an earlier version) is not chunk `hash`; undefined when it is. */
function untrueChunkFile(hash, path) {
    let stored;
    try {
        stored = (0,read_file/* readRegularFile */.XF)(path, { maxBytes: MAX_STORED_CHUNK_BYTES, noFollow: true });
    }
    catch (error) {
        return `chunk ${hash} cannot be read (${error.message})`;
    }
    return untrueChunk(hash, stored);
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/persistence/pack.ts






/** Empties (or creates) a pack directory. */
function emptyPack(pack) {
    (0,external_node_fs_.rmSync)(pack, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(pack, 'manifests'), { recursive: true, mode: 0o700 });
    return pack;
}
/**
 * Writes checkpoint `hash` into an empty pack: its manifest and the chunks it
 * names that `known` does not hold (the receiving side has those), in one
 * pack file. Returns the files written, the chunk count and their bytes.
 */
function writePack(pack, store, hash, known, index) {
    emptyPack(pack);
    const { manifest } = store.manifests.load(hash);
    const needed = new Set();
    for (const entry of manifest.entries)
        if (entry.type === 'file')
            for (const chunk of entry.chunks)
                if (!known.has(chunk.sha256))
                    needed.add(chunk.sha256);
    const files = [(0,external_node_path_.join)(pack, 'manifests', `${hash}.json`)];
    (0,external_node_fs_.copyFileSync)((0,external_node_path_.join)(store.manifests.directory, `${hash}.json`), files[0]);
    const exported = store.chunks.exportPack(needed, pack);
    if (exported)
        files.push(exported.path);
    const whole = { manifests: [hash], chunks: [...needed], packs: exported ? [(0,external_node_path_.basename)(exported.path, '.pack')] : [], ...index };
    files.push((0,atomic_file/* writeFileAtomically */.lo)((0,external_node_path_.join)(pack, 'pack.json'), JSON.stringify(whole), { root: pack }));
    return { files, sent: [...needed], chunks: needed.size, bytes: exported?.bytes ?? 0 };
}
/** The pack's index, or undefined when it is not one (names are checked: they become paths in the store). */
function pack_readPackIndex(pack, acceptBase = () => false) {
    const bytes = (0,read_file/* readRegularFileIfExists */.SB)((0,external_node_path_.join)(pack, 'pack.json'), { maxBytes: 64 * 1024 * 1024, noFollow: true });
    if (!bytes)
        return undefined;
    try {
        const index = JSON.parse(bytes.toString('utf8'));
        if (!Array.isArray(index.manifests) || !Array.isArray(index.chunks) || ![...index.manifests, ...index.chunks].every(isSha256))
            return undefined;
        if (index.packs !== undefined && (!Array.isArray(index.packs) || !index.packs.every(isSha256)))
            return undefined;
        if (index.base !== undefined && (typeof index.base !== 'string' || !acceptBase(index.base)))
            return undefined;
        return { ...index, depth: Number.isSafeInteger(index.depth) ? index.depth : Number.MAX_SAFE_INTEGER };
    }
    catch {
        return undefined;
    }
}
/**
 * Brings a pack's chunks and manifests into the store (what it lacks),
 * chunks first and durable, so a manifest never arrives before the chunks
 * it names. A pack file or chunk that does not check out (store/verify-pack.ts:
 * every chunk hashed) is refused and reported; its chunks then show as
 * missing when a restore needs them. Counts what was new.
 */
function unpack(pack, index, store) {
    const result = { manifests: 0, chunks: 0, carried: [], refused: [] };
    for (const name of index.packs ?? []) {
        const file = (0,external_node_path_.join)(pack, `${name}.pack`);
        if (!isRegular(file))
            continue;
        const imported = store.chunks.importPack(file);
        if (typeof imported === 'string')
            result.refused.push(`pack ${name}: ${imported}`);
        else {
            result.chunks += imported.chunks;
            for (const hash of imported.hashes)
                result.carried.push(hash);
        }
    }
    if (index.packs === undefined) {
        // A pack of an earlier version: one file per chunk, kept as loose chunks.
        for (const chunk of index.chunks) {
            const source = (0,external_node_path_.join)(pack, 'chunks', chunk);
            if (!isRegular(source))
                continue;
            const untrue = untrueChunkFile(chunk, source);
            if (untrue) {
                result.refused.push(untrue);
                continue;
            }
            result.carried.push(chunk);
            const destination = loosePath(store.chunks.directory, chunk);
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(destination), { recursive: true, mode: 0o700 });
            if (copyInto(source, destination))
                result.chunks++;
        }
        store.chunks.refresh();
    }
    for (const manifest of index.manifests)
        if (copyInto((0,external_node_path_.join)(pack, 'manifests', `${manifest}.json`), (0,external_node_path_.join)(store.manifests.directory, `${manifest}.json`)))
            result.manifests++;
    return result;
}
/**
 * Copies a regular file from a pack into the store unless the store has it:
 * through a temporary file renamed into place, so a fetch killed mid-copy
 * leaves no manifest or chunk with a valid name and half its bytes. A link
 * in a pack is never followed.
 */
function copyInto(source, destination) {
    if (!isRegular(source) || exists(destination))
        return false;
    const { fd, path } = (0,temp_files/* createTemporary */.GY)((0,external_node_path_.dirname)(destination), (0,external_node_path_.basename)(destination));
    (0,external_node_fs_.closeSync)(fd);
    (0,external_node_fs_.copyFileSync)(source, path);
    (0,external_node_fs_.renameSync)(path, destination);
    return true;
}
function isRegular(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path).isFile();
    }
    catch {
        return false;
    }
}
function exists(path) {
    try {
        (0,external_node_fs_.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/persistence/actions-cache-transport.ts



/** Past this many deltas a pack is written whole again, so a fetch restores at most this many entries. */
const MAX_DEPTH = 8;
/**
 * Checkpoints in the Actions cache through `@actions/cache`, keyed per
 * workflow, gate and ref: across runs (artifacts carry them within a run,
 * artifact-transport.ts). A publish saves a pack: the manifest and only the
 * chunks that the entry this job fetched (its base) does not already carry,
 * with the base's key; a fetch restores the newest pack for the prefix and
 * then its bases, by exact key, until a whole one. The package is loaded
 * only when used (it is large), and what it prints (signed URLs) passes the
 * redactor.
 */
class ActionsCacheTransport {
    scope;
    redactor;
    description;
    prefix;
    /** The pack chain fetched at the start of this job: its chunks need not travel again. */
    fetched;
    constructor(scope, redactor) {
        this.scope = scope;
        this.redactor = redactor;
        const part = (text) => text.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
        this.prefix = `gates-checkpoint-${part(scope.workflow)}-${part(scope.gate)}-${part(scope.ref)}-`;
        this.description = `Actions cache (key ${this.prefix}…)`;
    }
    async publish(store, hash) {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(88), __webpack_require__.e(955), __webpack_require__.e(756), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142));
        const base = this.fetched && this.fetched.depth < MAX_DEPTH ? this.fetched : undefined;
        const { chunks, bytes } = writePack(this.scope.packDirectory, store, hash, base?.chunks ?? new Set(), { ...(base ? { base: base.key } : {}), depth: base ? base.depth + 1 : 0 });
        const key = `${this.prefix}${this.scope.runId}-${this.scope.runAttempt}-${hash.slice(0, 12)}`;
        await (0,library_output/* withRedactedStdout */.c)(this.redactor, () => cache.saveCache([this.scope.packDirectory], key));
        return { key, chunks, bytes };
    }
    async fetch(store) {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(88), __webpack_require__.e(955), __webpack_require__.e(756), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142));
        const result = { manifests: 0, chunks: 0, refused: [] };
        const chain = new Set();
        let wanted;
        for (let hop = 0; hop <= MAX_DEPTH; hop++) {
            emptyPack(this.scope.packDirectory);
            // @actions/cache reports a failed restore as a warning and answers as for a miss.
            const hit = await (0,library_output/* withRedactedStdout */.c)(this.redactor, () => (wanted ? cache.restoreCache([this.scope.packDirectory], wanted) : cache.restoreCache([this.scope.packDirectory], this.prefix)));
            if (!hit)
                break;
            const index = pack_readPackIndex(this.scope.packDirectory, (base) => base.startsWith(this.prefix));
            if (!index)
                break;
            if (hop === 0) {
                result.key = hit;
                this.fetched = { key: hit, depth: index.depth, chunks: chain };
            }
            const copied = unpack(this.scope.packDirectory, index, store);
            result.manifests += copied.manifests;
            result.chunks += copied.chunks;
            for (const reason of copied.refused)
                result.refused.push(reason);
            // Only chunks that checked out are carried by the chain: a publish sends the others again.
            for (const chunk of copied.carried)
                chain.add(chunk);
            wanted = index.base;
            if (!wanted)
                break;
        }
        (0,external_node_fs_.rmSync)(this.scope.packDirectory, { recursive: true, force: true });
        return result;
    }
}

// EXTERNAL MODULE: ./packages/core/src/state-transport/segment-name.ts
var segment_name = __webpack_require__(84380);
;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/persistence/artifact-transport.ts




const CHECKPOINT_ARTIFACT_PREFIX = 'gates-checkpoint-';
/**
 * Checkpoints between the jobs of one run as artifacts, through the suite's
 * state transport (the same `@actions/artifact` client and results service
 * the ledger's segments use, docs/ordering.md). One immutable artifact per
 * saved checkpoint, `gates-checkpoint-<gate>-<job>-<attempt>-<hash>`,
 * holding a pack: the manifest and the chunks this job did not fetch from
 * the run's earlier checkpoint artifacts. A fetch lists the run's artifacts
 * of the gate and unpacks them all, so every chunk a manifest names is there.
 * Artifacts are per run: across runs checkpoints travel in the Actions cache
 * (`store: cache`).
 */
class ArtifactTransport {
    scope;
    artifacts;
    description;
    prefix;
    /** Chunks the run's artifacts already carry (fetched at the start of this step): not uploaded again. */
    known = new Set();
    constructor(scope, artifacts) {
        this.scope = scope;
        this.artifacts = artifacts;
        this.prefix = `${CHECKPOINT_ARTIFACT_PREFIX}${artifactPart(scope.gate)}-`;
        this.description = `this run's artifacts (${this.prefix}…)`;
    }
    async publish(store, hash) {
        const name = `${this.prefix}${artifactPart((0,segment_name/* jobKey */.tv)(this.scope.env) ?? 'local')}-${this.scope.env.GITHUB_RUN_ATTEMPT || '1'}-${hash.slice(0, 16)}`.slice(0, 250);
        const pack = (0,external_node_path_.join)(this.scope.workDirectory, 'outgoing');
        try {
            const { files, sent, chunks, bytes } = writePack(pack, store, hash, this.known, { depth: 0 });
            // A name is taken only by this job's own earlier publish of the same checkpoint: it is there already.
            const uploaded = await (0,segment_store/* withDeadline */.NE)('publish checkpoint', this.scope.timeoutMs, () => this.artifacts.upload(name, pack, files));
            for (const chunk of sent)
                this.known.add(chunk);
            return uploaded === 'uploaded' ? { key: name, chunks, bytes } : { key: `${name} (already published)`, chunks: 0, bytes: 0 };
        }
        finally {
            (0,external_node_fs_.rmSync)(pack, { recursive: true, force: true });
        }
    }
    async fetch(store) {
        const result = { manifests: 0, chunks: 0, refused: [] };
        const incoming = (0,external_node_path_.join)(this.scope.workDirectory, 'incoming');
        const names = [];
        try {
            await (0,segment_store/* withDeadline */.NE)('fetch checkpoints', this.scope.timeoutMs, async () => {
                const listed = await this.artifacts.list(this.prefix);
                for (const { id, name } of listed.sort((a, b) => (a.name < b.name ? -1 : 1))) {
                    (0,external_node_fs_.rmSync)(incoming, { recursive: true, force: true });
                    await this.artifacts.download(id, incoming);
                    const index = pack_readPackIndex(incoming);
                    if (!index)
                        continue;
                    const copied = unpack(incoming, index, store);
                    result.manifests += copied.manifests;
                    result.chunks += copied.chunks;
                    for (const reason of copied.refused)
                        result.refused.push(reason);
                    // Only chunks that checked out are carried by the run's artifacts: a publish sends the others again.
                    for (const chunk of copied.carried)
                        this.known.add(chunk);
                    names.push(name);
                }
            });
        }
        finally {
            (0,external_node_fs_.rmSync)(incoming, { recursive: true, force: true });
        }
        if (names.length > 0)
            result.key = names.length === 1 ? names[0] : `${names.length} artifacts (${names[names.length - 1]}, …)`;
        return result;
    }
}
/** Characters an artifact name may not hold, and any other than these, become `_`. */
function artifactPart(text) {
    return text.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
}

// EXTERNAL MODULE: ./packages/core/src/errors/catalogue.ts
var catalogue = __webpack_require__(46360);
// EXTERNAL MODULE: ./packages/core/src/action/nothing-to-check.ts
var nothing_to_check = __webpack_require__(43830);
;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/rules.ts

const ACTION = 'checkpoint-restore';
function rule(id, severity, description) {
    return { id, severity, description, docs: (0,catalogue/* ruleDocsUrl */.hS)(ACTION, id) };
}
const RULES = {
    noCheckpoint: rule('no-checkpoint', 'error', 'A gate failed (or a restore was asked for) and there is no green checkpoint to roll back to'),
    healthCheckFailed: rule('health-check-failed', 'error', 'A health check after a restore failed: wrong exit code, missing output, or timed out'),
    notIdempotent: rule('not-idempotent', 'error', 'A rehearsal restored the checkpoint twice and the second restore still changed files'),
    rtoMissed: rule('rto-target-missed', 'error', 'A rehearsal restore took longer than the recovery-time target'),
    pathSkipped: rule('path-skipped', 'warning', 'A path under `paths` was not checkpointed: a link leading out of the workspace, or a special file'),
    checkpointRejected: rule('checkpoint-rejected', 'warning', 'A stored checkpoint failed verification (changed or damaged) and was ignored'),
};
const RULE_LIST = [...Object.values(RULES), (0,nothing_to_check/* nothingToCheckRule */.J)(ACTION)];
function finding(meta, message, extra = {}) {
    return { ruleId: meta.id, severity: meta.severity, message, ...extra };
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/store/pack-set.ts




const MAX_OPEN_PACKS = 64;
/**
 * The pack files of a store's `packs/` directory and an index of their
 * chunks (chunk → pack, entry). Packs are immutable once named, so a pack's
 * index is read once; `refresh` picks up packs added or removed by other
 * processes since.
 */
class PackSet {
    directory;
    packs = new Map();
    /** Packs whose footer or index cannot be read: garbage, removed by retention. */
    unreadablePacks = new Map();
    index = new Map();
    damaged = new Map();
    /** Packs that could not be opened or read this time (not garbage: see load). */
    unopened = new Map();
    openFds = 0;
    constructor(directory) {
        this.directory = directory;
    }
    refresh() {
        this.unopened.clear();
        const present = new Set(readdirOrEmpty(this.directory).flatMap((file) => packNameOf(file) ?? []));
        for (const name of [...this.packs.keys()])
            if (!present.has(name))
                this.drop(name);
        for (const name of [...this.unreadablePacks.keys()])
            if (!present.has(name))
                this.unreadablePacks.delete(name);
        for (const name of present)
            if (!this.packs.has(name) && !this.unreadablePacks.has(name))
                this.load(name);
        this.reindex();
    }
    lookup(hash) {
        return this.index.get(hash);
    }
    /** Why an index names this chunk and cannot give it (an entry outside its pack), if one does. */
    damage(hash) {
        return this.damaged.get(hash);
    }
    /** Packs this listing could not open or read, with why (a missing chunk may be in one of them). */
    unreadableForNow() {
        return [...this.unopened].map(([name, reason]) => `pack ${name} could not be read (${reason})`);
    }
    hashes() {
        return this.index.keys();
    }
    path(name) {
        return (0,external_node_path_.join)(this.directory, `${name}.pack`);
    }
    /** A pack just written (or imported) by this process. */
    add(name, entries) {
        this.packs.set(name, { entries, damaged: [] });
        this.reindex();
    }
    remove(name) {
        try {
            (0,external_node_fs_.unlinkSync)(this.path(name));
        }
        catch (error) {
            const code = error.code;
            // A directory under a pack's name (EISDIR on Linux, EPERM elsewhere) is not gates' to remove recursively, and
            // failing here would fail a save whose checkpoint is already written: it stays, unread, as any stray does.
            if (this.unreadablePacks.has(name) && (code === 'EISDIR' || code === 'EPERM'))
                return;
            if (code !== 'ENOENT')
                throw error;
        }
        this.unreadablePacks.delete(name);
        this.drop(name);
        this.reindex();
    }
    has(name) {
        return this.packs.has(name);
    }
    list() {
        return [...this.packs].map(([name, pack]) => ({ name, entries: pack.entries, bytes: pack.entries.reduce((sum, entry) => sum + entry.length, 0) }));
    }
    unreadable() {
        return [...this.unreadablePacks.keys()];
    }
    /** Whether this entry of this pack is the copy of its chunk the store reads (a chunk can be in two packs: an import, a rewrite). */
    isCurrent(pack, entry) {
        const found = this.index.get(entry.hash);
        return found?.pack === pack && found.entry.offset === entry.offset;
    }
    /** An entry's stored bytes (in `into` when given and long enough: see readAt). */
    read(name, entry, into) {
        const pack = this.packs.get(name);
        if (pack.fd === undefined) {
            if (this.openFds >= MAX_OPEN_PACKS)
                for (const open of this.packs.values())
                    this.close(open);
            pack.fd = openPack(this.path(name));
            this.openFds++;
        }
        return readAt(pack.fd, entry.offset, entry.length, into);
    }
    /**
     * Reads a pack's index. A pack is garbage (retention removes it) only when
     * what is there is known not to be a pack: a link or other non-file, or
     * bytes whose footer or index do not parse. A pack that could not be
     * opened or read (EACCES, EMFILE, EIO) may be a good one: it is left out
     * of this listing, said when a chunk is missing, tried again on the next
     * refresh, and never removed.
     */
    load(name) {
        let fd;
        try {
            fd = openPack(this.path(name));
        }
        catch (error) {
            const code = error.code;
            if (code === 'ENOENT')
                return;
            if (code === 'ELOOP' || code === NOT_A_FILE)
                this.unreadablePacks.set(name, error.message);
            else
                this.unopened.set(name, error.message);
            return;
        }
        try {
            const parsed = readPackIndex(fd);
            if (typeof parsed === 'string')
                this.unreadablePacks.set(name, parsed);
            else
                this.packs.set(name, { entries: parsed.entries, damaged: parsed.damaged });
        }
        catch (error) {
            this.unopened.set(name, error.message);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    drop(name) {
        const pack = this.packs.get(name);
        if (pack)
            this.close(pack);
        this.packs.delete(name);
    }
    close(pack) {
        if (pack.fd === undefined)
            return;
        try {
            (0,external_node_fs_.closeSync)(pack.fd);
        }
        catch {
            // Closed already.
        }
        pack.fd = undefined;
        this.openFds--;
    }
    /** The chunk → pack index, rebuilt: packs in name order, the first copy of a chunk wins (the same answer in every process). */
    reindex() {
        this.index.clear();
        this.damaged.clear();
        for (const name of [...this.packs.keys()].sort()) {
            const pack = this.packs.get(name);
            for (const entry of pack.entries)
                if (!this.index.has(entry.hash))
                    this.index.set(entry.hash, { pack: name, entry });
            for (const entry of pack.damaged)
                this.damaged.set(entry.hash, `the index of pack ${name} places it outside the pack`);
        }
    }
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/store/chunk-unusable.ts
/** A chunk that is missing or does not hash to its name: `reason` says which. */
class ChunkUnusable extends Error {
    hash;
    reason;
    constructor(hash, reason) {
        super(`chunk ${hash} ${reason}`);
        this.hash = hash;
        this.reason = reason;
    }
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/store/chunk-store.ts












/**
 * Chunks stored once each by the SHA-256 of their plain bytes, compressed
 * (codec.ts), appended to pack files under `<directory>/packs/` (pack-file.ts,
 * pack-set.ts: a file per save rather than per chunk, since creating
 * thousands of files was most of a save's time). Stores written before packs
 * keep their chunks in `<directory>/<xx>/<hash>` (loose-chunks.ts): read and
 * collected, never written. The listings are read when the store is first
 * used and again by `refresh` (called under the checkpoint lock: other
 * processes may have added or collected packs). `directory` must be a real
 * directory inside the state root, checked by the caller.
 */
class ChunkStore {
    directory;
    codec;
    packs;
    loose = new Set();
    loaded = false;
    writer;
    last;
    scratch; // where `get` reads stored chunks: one buffer, not one per chunk (a restore reads thousands)
    bytesWritten = 0;
    chunksWritten = 0;
    constructor(directory, codec) {
        this.directory = directory;
        this.codec = codec;
        this.packs = new PackSet((0,external_node_path_.join)(directory, 'packs'));
    }
    get packsDirectory() {
        return this.packs.directory;
    }
    /** Reads the pack and loose listings again (what other processes wrote or collected since). */
    refresh() {
        this.packs.refresh();
        this.loose = listLoose(this.directory);
        this.loaded = true;
    }
    has(hash) {
        this.ensureLoaded();
        return this.packs.lookup(hash) !== undefined || this.loose.has(hash) || this.writer?.entry(hash) !== undefined;
    }
    /** Why the store cannot give this chunk (`is missing`, `is damaged: …`), or undefined when it has it. */
    absence(hash) {
        if (this.has(hash))
            return undefined;
        const damage = this.packs.damage(hash);
        if (damage)
            return `is damaged: ${damage}`;
        const unread = this.packs.unreadableForNow();
        return unread.length > 0 ? `is missing (${unread.slice(0, 3).join('; ')})` : 'is missing';
    }
    /** Stores `plain` under its hash unless the store has it; returns the stored size when it wrote one. */
    put(hash, plain) {
        if (this.has(hash))
            return 0;
        const { tag, body } = encodeChunkParts(plain, this.codec);
        return this.putStored(hash, tag, body);
    }
    /** Stores a chunk already encoded (codec.ts; by a digest worker), whole or as tag byte and body, unless the store has it; returns the stored size when it wrote one. */
    putStored(hash, stored, body) {
        if (this.has(hash))
            return 0;
        this.append(hash, stored, body);
        const length = stored.length + (body?.length ?? 0);
        this.bytesWritten += length;
        this.chunksWritten++;
        return length;
    }
    /** The chunk's plain bytes, verified: exactly `size` bytes that hash to `hash`, or ChunkUnusable. */
    get(hash, size) {
        // A run of one chunk (zeros of a sparse file) is read and verified once.
        if (this.last?.hash === hash)
            return this.last.plain;
        const stored = this.readStored(hash, size + 1, (this.scratch ??= Buffer.allocUnsafe(MAX_STORED_CHUNK_BYTES)));
        let plain;
        try {
            plain = decodeChunk(stored, size);
            // Stored as it is: a view of the read buffer, which the next get reads into; the caller gets its own copy.
            if (plain.buffer === this.scratch.buffer)
                plain = Buffer.from(plain);
        }
        catch (error) {
            throw new ChunkUnusable(hash, `cannot be decompressed (${error.message})`);
        }
        if (plain.length !== size || sha256Hex(plain) !== hash)
            throw new ChunkUnusable(hash, 'does not match its hash (it was changed or damaged)');
        this.last = { hash, plain };
        return plain;
    }
    /** A chunk's stored (compressed) bytes as they are, at most `maxBytes` of them (read into `into` when it is from a pack); ChunkUnusable when missing or unreadable. */
    readStored(hash, maxBytes, into) {
        this.ensureLoaded();
        for (let attempt = 0; attempt < 2; attempt++) {
            try {
                const found = this.readOnce(hash, maxBytes, into);
                if (found)
                    return found;
            }
            catch (error) {
                if (error instanceof ChunkUnusable)
                    throw error;
                // A pack collected by another process since the listing was read: read the listings again, once.
                if (attempt > 0 || error.code !== 'ENOENT')
                    throw new ChunkUnusable(hash, `cannot be read (${error.message})`);
            }
            if (attempt === 0)
                this.refresh();
        }
        throw new ChunkUnusable(hash, this.absence(hash) ?? 'is missing');
    }
    /** Where a chunk's stored bytes are: file, offset and length (tests that damage a chunk on purpose). */
    locate(hash) {
        this.ensureLoaded();
        const found = this.packs.lookup(hash);
        if (found)
            return { path: this.packs.path(found.pack), offset: found.entry.offset, length: found.entry.length };
        return this.loose.has(hash) ? { path: loosePath(this.directory, hash), offset: 0 } : undefined;
    }
    /** Makes the chunks written so far durable (the open pack finished: fsync, rename, directory fsync) before a manifest names them. */
    flush() {
        if (!this.writer)
            return;
        const writer = this.writer;
        this.writer = undefined;
        const { name, entries } = writer.finish();
        this.packs.add(name, entries);
    }
    /** Drops the chunks written since the last flush (a save that failed): no pack of them appears. */
    abandon() {
        this.writer?.abandon();
        this.writer = undefined;
    }
    /** Every stored chunk's hash. */
    list() {
        this.ensureLoaded();
        return [...new Set([...this.packs.hashes(), ...this.loose])];
    }
    /** Each pack with its entries (retention). */
    packList() {
        this.ensureLoaded();
        return this.packs.list();
    }
    /** Packs whose footer or index cannot be read (nothing can find their chunks). */
    unreadablePacks() {
        this.ensureLoaded();
        return this.packs.unreadable();
    }
    isCurrent(pack, entry) {
        return this.packs.isCurrent(pack, entry);
    }
    looseHashes() {
        this.ensureLoaded();
        return [...this.loose];
    }
    removeLoose(hash) {
        removeLoose(this.directory, hash);
        this.loose.delete(hash);
    }
    removePack(name) {
        this.packs.remove(name);
    }
    /** Copies `keep` of a pack into a new pack, durable, then removes the old one (a crash between leaves both: duplicates, never a loss). */
    rewritePack(name, keep) {
        for (const entry of keep)
            this.append(entry.hash, this.packs.read(name, entry));
        this.flush();
        this.packs.remove(name);
    }
    /** Writes the stored bytes of `hashes` into one pack in `directory` (what a transport carries); undefined when there are none. */
    exportPack(hashes, directory) {
        const writer = new PackWriter(directory);
        try {
            for (const hash of hashes)
                writer.append(hash, this.readStored(hash, MAX_STORED_CHUNK_BYTES));
        }
        catch (error) {
            writer.abandon();
            throw error;
        }
        if (writer.count === 0) {
            writer.abandon();
            return undefined;
        }
        const bytes = writer.offset;
        const { name, entries } = writer.finish();
        return { path: (0,external_node_path_.join)(directory, `${name}.pack`), bytes, chunks: entries.length };
    }
    /**
     * Adds a pack file from elsewhere (a transport) to the store: its index is
     * checked (every entry inside the file; names are SHA-256 by construction),
     * every chunk in it hashed (verify-pack.ts: a lying copy must not shadow a
     * good one), and it is copied in durably under the name its index gives.
     * Returns how many chunks the store did not have and every chunk it
     * carries, or the reason the file is not a usable pack.
     */
    importPack(source) {
        this.ensureLoaded();
        const fd = openPack(source);
        let parsed;
        let name;
        try {
            parsed = readPackIndex(fd);
            if (typeof parsed === 'string')
                return parsed;
            if (parsed.damaged.length > 0)
                return `its index points outside it (chunk ${parsed.damaged[0].hash})`;
            name = encodeIndex(parsed.entries, parsed.indexOffset).name;
            // The store has a pack with this index (every step of a job fetches the run's artifacts again): its own copy,
            // written by a save or verified when it came in, stays; these bytes are not taken, so not hashed again either.
            if (this.packs.has(name))
                return { chunks: 0, hashes: parsed.entries.map((entry) => entry.hash) };
            const untrue = untrueEntry(fd, parsed.entries);
            if (untrue)
                return untrue;
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        const fresh = new Set(parsed.entries.map((entry) => entry.hash).filter((hash) => !this.has(hash))).size;
        const directory = this.preparePacksDirectory();
        const temporary = (0,temp_files/* createTemporary */.GY)(directory, 'pack');
        (0,external_node_fs_.closeSync)(temporary.fd);
        (0,external_node_fs_.copyFileSync)(source, temporary.path);
        fsyncPath(temporary.path);
        (0,external_node_fs_.renameSync)(temporary.path, this.packs.path(name));
        fsyncPath(directory);
        this.packs.add(name, parsed.entries);
        return { chunks: fresh, hashes: parsed.entries.map((entry) => entry.hash) };
    }
    append(hash, stored, body) {
        if (this.writer && this.writer.count > 0 && this.writer.offset + stored.length + (body?.length ?? 0) > PACK_LIMIT_BYTES)
            this.flush();
        this.writer ??= new PackWriter(this.preparePacksDirectory());
        this.writer.append(hash, stored, body);
    }
    readOnce(hash, maxBytes, into) {
        const found = this.packs.lookup(hash);
        if (found) {
            // A length past what the chunk can be: a damaged index, refused before allocating it.
            if (found.entry.length > maxBytes)
                throw new ChunkUnusable(hash, `is damaged: pack ${found.pack} gives it ${found.entry.length} bytes, more than it can have`);
            return this.packs.read(found.pack, found.entry, into);
        }
        const pending = this.writer?.entry(hash);
        if (pending)
            return this.writer.read(pending);
        try {
            return readLoose(this.directory, hash, maxBytes);
        }
        catch (error) {
            if (error instanceof read_file/* UnreadableFile */.ie)
                throw new ChunkUnusable(hash, `cannot be read (${error.reason})`);
            throw error;
        }
    }
    ensureLoaded() {
        if (!this.loaded)
            this.refresh();
    }
    preparePacksDirectory() {
        const directory = this.packs.directory;
        try {
            (0,external_node_fs_.mkdirSync)(directory, { mode: 0o700 });
            fsyncPath(this.directory);
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
        // The state root holds only what gates wrote: a link here would send chunks elsewhere.
        if (!(0,external_node_fs_.lstatSync)(directory).isDirectory())
            throw new Error(`${directory} is not a directory`);
        return directory;
    }
}
/** fsync of a file or directory by path (a directory's fsync makes the renames in it durable). */
function fsyncPath(path) {
    const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    try {
        (0,external_node_fs_.fsyncSync)(fd);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function unlinkIfPresent(path) {
    try {
        (0,external_node_fs_.unlinkSync)(path);
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/store/parse-manifest.ts


/** A manifest that cannot be trusted: its hash, what is wrong, and (when one entry is the problem) its path. */
class ManifestRejected extends Error {
    hash;
    reason;
    constructor(hash, reason) {
        super(`checkpoint manifest ${hash} is rejected: ${reason}`);
        this.hash = hash;
        this.reason = reason;
    }
}
/**
 * Parses and checks a stored manifest before anything is restored from it:
 * its bytes hash to its name (so a changed manifest is detected, not
 * obeyed), its fields have their types, and every path and link target stays
 * inside the workspace, with no path twice and none under a link or a file (writing
 * `a/b` after restoring `a -> /etc` would write through the link).
 */
function parseManifest(hash, bytes) {
    const reject = (reason) => new ManifestRejected(hash, reason);
    if (sha256Hex(bytes) !== hash)
        throw reject('its content does not match its hash (it was changed after it was written)');
    let value;
    try {
        value = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw reject('it is not JSON');
    }
    if (typeof value !== 'object' || value === null || value.version !== 1)
        throw reject('unknown manifest version');
    for (const field of ['gate', 'idempotencyKey', 'workflow', 'commit', 'ref', 'runId', 'runAttempt', 'createdAt']) {
        if (typeof value[field] !== 'string')
            throw reject(`field ${field} is not a string`);
    }
    if (value.status !== 'green' && value.status !== 'red')
        throw reject('field status is neither green nor red');
    if (!Number.isSafeInteger(value.lamport) || !Array.isArray(value.entries) || !Array.isArray(value.paths))
        throw reject('fields lamport, paths or entries are malformed');
    const seen = new Set();
    const links = new Set();
    const files = new Set();
    for (const entry of value.entries) {
        const problem = entryProblem(entry);
        if (problem)
            throw reject(`entry ${JSON.stringify(entry?.path ?? null)} has ${problem}`);
        if (seen.has(entry.path))
            throw reject(`entry ${entry.path} appears twice`);
        seen.add(entry.path);
        if (entry.type === 'symlink')
            links.add(entry.path);
        else if (entry.type === 'file')
            files.add(entry.path);
    }
    // Nothing lies under a link, nor under a file (no saved tree has that: restoring it would fail half-way through the
    // commit, or, with the restore's per-directory cache, follow a link the file has just replaced). One walk up each path.
    for (const path of seen) {
        for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            const parent = path.slice(0, slash);
            if (links.has(parent))
                throw reject(`entry ${path} lies under the symbolic link ${parent}`);
            if (files.has(parent))
                throw reject(`entry ${path} lies under the file ${parent}`);
        }
    }
    return value;
}
function entryProblem(entry) {
    if (typeof entry !== 'object' || entry === null)
        return 'no fields';
    const path = pathProblem(entry.path);
    if (path)
        return path;
    switch (entry.type) {
        case 'directory':
            return modeProblem(entry.mode);
        case 'symlink':
            return typeof entry.target === 'string' ? linkTargetProblem(entry.path, entry.target) : 'no link target';
        case 'file': {
            const mode = modeProblem(entry.mode);
            if (mode)
                return mode;
            if (!Number.isSafeInteger(entry.size) || entry.size < 0 || !Array.isArray(entry.chunks))
                return 'a malformed size or chunk list';
            let total = 0;
            for (const chunk of entry.chunks) {
                if (!isSha256(chunk?.sha256) || !Number.isSafeInteger(chunk.size) || chunk.size <= 0 || chunk.size > DEFAULT_CHUNK_SIZES.max)
                    return 'a malformed chunk reference';
                total += chunk.size;
            }
            return total === entry.size ? undefined : `chunks that add up to ${total} bytes, not its size ${entry.size}`;
        }
        default:
            return 'an unknown type';
    }
}
/** Permission bits only: setuid, setgid and sticky bits are never restored from a manifest. */
function modeProblem(mode) {
    return Number.isInteger(mode) && mode >= 0 && mode <= 0o777 ? undefined : 'a mode outside 0..0777';
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/store/manifest-store.ts






/** A manifest is a list of paths and chunk names; past this it is refused rather than read. */
const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;
const MANIFEST_NAME = /^([0-9a-f]{64})\.json$/;
/**
 * Manifests under `<directory>/<sha256>.json`, named by the hash of their
 * bytes. Written last, after every chunk they name is on disk: temporary
 * file, fsync, rename, fsync of the directory. So a checkpoint exists exactly
 * when its manifest does, and a crash before the rename leaves the previous
 * checkpoints as they were.
 */
class ManifestStore {
    directory;
    constructor(directory) {
        this.directory = directory;
    }
    write(manifest) {
        const bytes = manifestBytes(manifest);
        const hash = sha256Hex(bytes);
        (0,atomic_file/* writeFileAtomically */.lo)((0,external_node_path_.join)(this.directory, `${hash}.json`), bytes, { root: this.directory, durable: true, directoryMode: 0o700 });
        fsyncPath(this.directory);
        return hash;
    }
    /** The checkpoint with this hash, verified (ManifestRejected when its bytes or paths are not to be trusted). */
    load(hash) {
        let bytes;
        try {
            bytes = (0,read_file/* readRegularFile */.XF)((0,external_node_path_.join)(this.directory, `${hash}.json`), { maxBytes: MAX_MANIFEST_BYTES, noFollow: true });
        }
        catch (error) {
            if (error instanceof read_file/* UnreadableFile */.ie && error.kind === 'missing')
                throw new gates_error/* GatesError */.xx('GATES_E_CHECKPOINT_NOT_FOUND', { what: `with hash ${hash}` });
            throw error;
        }
        return { hash, manifest: parseManifest(hash, bytes) };
    }
    hashes() {
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(this.directory);
        }
        catch {
            return [];
        }
        return names.flatMap((name) => MANIFEST_NAME.exec(name)?.[1] ?? []);
    }
    /**
     * Every checkpoint, newest first (Lamport counter, then time). A manifest
     * that fails verification is passed to `onRejected` and left out of the
     * choice: a tampered one must never be picked as "the last green".
     */
    all(onRejected) {
        const checkpoints = [];
        for (const hash of this.hashes()) {
            try {
                checkpoints.push(this.load(hash));
            }
            catch (error) {
                if (!(error instanceof ManifestRejected))
                    throw error;
                onRejected(error);
            }
        }
        return checkpoints.sort((a, b) => b.manifest.lamport - a.manifest.lamport || b.manifest.createdAt.localeCompare(a.manifest.createdAt));
    }
    /** A full hash, or a prefix of at least 7 hex digits that names exactly one manifest. */
    resolve(name) {
        const matches = /^[0-9a-f]{7,64}$/.test(name) ? this.hashes().filter((hash) => hash.startsWith(name)) : [];
        if (matches.length !== 1)
            throw new gates_error/* GatesError */.xx('GATES_E_CHECKPOINT_NOT_FOUND', { what: matches.length > 1 ? `unambiguously named ${name} (${matches.length} match)` : `named ${name}` });
        return matches[0];
    }
    remove(hash) {
        unlinkIfPresent((0,external_node_path_.join)(this.directory, `${hash}.json`));
    }
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/store/checkpoint-store.ts



/** The lock every reader and writer of the checkpoint store takes (savers, restores and garbage collection serialise on it). */
const CHECKPOINT_LOCK = 'checkpoints';
/** `<state root>/checkpoints/{chunks,manifests}`, created 0700 and checked to be real directories inside the state root. */
function openCheckpointStore(stateRoot, codec) {
    const directory = (name) => (0,contained_path/* containedDirectory */.R)(stateRoot, (0,state_root/* statePath */.B)(stateRoot, 'checkpoints', name), { createDirectories: true, directoryMode: 0o700 });
    return { chunks: new ChunkStore(directory('chunks'), codec), manifests: new ManifestStore(directory('manifests')) };
}
/** The newest checkpoint of `gate` with `status` (verified manifests only), or undefined. */
function latestCheckpoint(store, gate, status, onRejected) {
    return store.manifests.all(onRejected).find(({ manifest }) => manifest.gate === gate && (status === undefined || manifest.status === status));
}
/** GATES_E_CHECKPOINT_CORRUPT for a manifest that fails verification. */
function rejectedError(rejected) {
    return new gates_error/* GatesError */.xx('GATES_E_CHECKPOINT_CORRUPT', { checkpoint: rejected.hash, what: 'its manifest', reason: rejected.reason.replace(/^it /, 'is rejected: it ') });
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/modes/mode-context.ts







function modeContext(action, inputs, startedAt) {
    const { env, stateRoot, workspace } = action;
    const identity = {
        workflow: env.GITHUB_WORKFLOW_REF || env.GITHUB_WORKFLOW || 'local',
        commit: env.GITHUB_SHA || 'unknown',
        ref: env.GITHUB_REF || 'unknown',
        runId: env.GITHUB_RUN_ID || 'local',
        runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
    };
    const findings = [];
    const rejectedSeen = new Set();
    const transport = checkpointTransport(action, inputs, identity);
    return {
        action,
        inputs,
        store: openCheckpointStore(stateRoot, chooseCodec(inputs.compression)),
        transport,
        identity,
        startedAt,
        exclude: (0,contained_path/* isInside */.FK)(stateRoot, workspace) ? [stateRoot, (0,external_node_path_.join)(workspace, '.git')] : [(0,external_node_path_.join)(workspace, '.git')],
        findings,
        onRejected: (rejected) => {
            if (rejectedSeen.has(rejected.hash))
                return;
            rejectedSeen.add(rejected.hash);
            findings.push(finding(RULES.checkpointRejected, `Checkpoint ${rejected.hash.slice(0, 12)} was ignored: ${rejected.reason}.`, { fixHint: 'the checkpoint store was changed or damaged; it is never restored from' }));
        },
    };
}
/**
 * Where checkpoints travel (the `store` input): `auto` is the suite's state
 * transport, artifacts of the run on GitHub Actions and nothing elsewhere,
 * as the ledger's `state: auto`; `cache` is the Actions cache, across runs.
 */
function checkpointTransport(action, inputs, identity) {
    const { env, stateRoot } = action;
    if (inputs.store === 'cache')
        return new ActionsCacheTransport({ packDirectory: (0,state_root/* statePath */.B)(stateRoot, 'checkpoint-pack'), gate: inputs.gate, ...identity, ref: env.GITHUB_REF_NAME || identity.ref }, action.redactor);
    if ((0,state_mode/* resolveStateMode */.n0)(inputs.store, env) === 'local')
        return undefined;
    // Checkpoints are larger than segments: the state timeout bounds the wait for an answer, the lock timeout the transfer.
    const timeoutMs = Math.max(step_state/* DEFAULT_STATE_TIMEOUT_MS */.fl, inputs.lockTimeoutMs);
    return new ArtifactTransport({ workDirectory: (0,state_root/* statePath */.B)(stateRoot, 'checkpoint-artifacts'), gate: inputs.gate, env, timeoutMs }, (0,segment_store/* artifactStore */.iA)((0,state_mode/* retentionDays */.Ol)(env)));
}
/** Brings published checkpoints in before a mode looks for one (store: auto on GitHub Actions, artifact or cache). */
async function fetchPublished(context) {
    if (!context.transport)
        return undefined;
    const fetched = await context.transport.fetch(context.store);
    // A refused pack is someone else's bytes that did not check out: said, never used (its chunks show as missing).
    for (const reason of fetched.refused) {
        context.findings.push(finding(RULES.checkpointRejected, `Refused from ${context.transport.description}: ${reason}.`, { fixHint: 'a published checkpoint was changed or damaged; its chunks are not used' }));
    }
    return fetched.key ? `Fetched ${fetched.manifests} checkpoint(s) and ${fetched.chunks} chunk(s) from ${context.transport.description}: ${fetched.key}.` : `No checkpoint published yet in ${context.transport.description}.`;
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/report/metrics.ts
/**
 * The metrics JSON (under the state root's reports, path in the `metrics-file`
 * output): what dashboards count — rollbacks and their RPO/RTO ("rollback
 * frequency"), checkpoint sizes and dedupe. Numbers and ids only.
 */
function saveMetrics(result, seconds) {
    const totals = result.totals;
    return {
        mode: 'save',
        gate: result.manifest?.gate,
        outcome: result.outcome,
        checkpoint: result.hash,
        files: totals?.files ?? 0,
        bytes: totals?.bytes ?? 0,
        chunks: totals?.chunks ?? 0,
        newChunks: totals?.newChunks ?? 0,
        newBytes: totals?.newBytes ?? 0,
        /** Share of the tree's bytes that this save stored anew (compressed new bytes over plain bytes). */
        newByteRatio: totals && totals.bytes > 0 ? round(totals.newBytes / totals.bytes) : 0,
        seconds: round(seconds),
        /** Digest threads that hashed and compressed (0: the main thread did, a save of one batch or GATES_CHECKPOINT_WORKERS=0), and whether the main thread took over from a failed one. */
        digestWorkers: totals?.workers ?? 0,
        digestFellBack: totals?.workersFellBack ?? false,
        expiredCheckpoints: result.expired.checkpoints,
        collectedChunks: result.expired.chunks,
    };
}
function restoreMetrics(inputs, result, startedAt, plan, health) {
    return {
        mode: inputs.mode,
        gate: inputs.gate,
        trigger: inputs.mode === 'rollback' ? inputs.trigger : undefined,
        failedGate: inputs.mode === 'rollback' ? inputs.failedGate : undefined,
        checkpoint: result.checkpoint.hash,
        checkpointCreatedAt: result.checkpoint.manifest.createdAt,
        /** Age of the restored checkpoint at the failure: the work lost. */
        rpoSeconds: round(Math.max(0, inputs.failedAt - Date.parse(result.checkpoint.manifest.createdAt)) / 1000),
        /** From the trigger (this step's start) to the verified restore. */
        rtoSeconds: round((result.finishedAt - startedAt) / 1000),
        bytesRestored: result.bytes,
        added: plan.added.length,
        modified: plan.modified.length,
        removed: plan.removed.length,
        unchanged: plan.unchanged,
        healthChecks: health.map((check) => ({ passed: check.passed, exitCode: check.exitCode, timedOut: check.timedOut, ms: check.ms })),
    };
}
function rehearsalMetrics(inputs, result, rtoMs, secondChanges, health) {
    return {
        mode: 'rehearse',
        gate: inputs.gate,
        checkpoint: result.checkpoint.hash,
        checkpointCreatedAt: result.checkpoint.manifest.createdAt,
        rpoSeconds: round(Math.max(0, inputs.failedAt - Date.parse(result.checkpoint.manifest.createdAt)) / 1000),
        rtoSeconds: round(rtoMs / 1000),
        rtoTargetSeconds: inputs.rtoTargetMs / 1000,
        bytesRestored: result.bytes,
        files: result.plan.added.length,
        secondRestoreChanges: secondChanges,
        healthChecks: health.map((check) => ({ passed: check.passed, exitCode: check.exitCode, timedOut: check.timedOut, ms: check.ms })),
    };
}
function round(value) {
    return Math.round(value * 1000) / 1000;
}

// EXTERNAL MODULE: ./packages/core/src/report/untrusted-text.ts
var untrusted_text = __webpack_require__(47920);
// EXTERNAL MODULE: ./packages/core/src/report/markdown.ts
var markdown = __webpack_require__(97195);
;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/report/checkpoint-summary.ts

/** Paths listed per kind of change; the rest are counted (the metrics JSON and the log have them all). */
const MAX_LISTED = 20;
function renderSaveSummary(result, metrics, redactor) {
    const md = (0,untrusted_text/* markdownText */.p7)(redactor);
    const lines = [`### Checkpoint: ${result.outcome}`, ''];
    if (result.outcome === 'skipped-idempotent')
        lines.push(`Gate ${md.code(result.manifest.gate)} already has a green checkpoint for this workflow, commit and inputs (${md.code(result.hash)}); nothing was redone. Set \`force: true\` to take it again.`, '');
    if (result.outcome === 'empty')
        lines.push('No path matched: no checkpoint was written.', '');
    if (result.hash && result.outcome !== 'skipped-idempotent') {
        lines.push((0,markdown/* table */.tp)(['Checkpoint', 'Gate', 'Status', 'Files', 'Bytes', 'New chunks', 'New bytes (stored)', 'Seconds'], [[md.code(result.hash), md.code(result.manifest.gate), result.manifest.status, String(metrics.files), String(metrics.bytes), String(metrics.newChunks), String(metrics.newBytes), String(metrics.seconds)]]), '');
    }
    return lines.join('\n');
}
function renderRestoreSummary(inputs, result, metrics, health, redactor) {
    const md = (0,untrusted_text/* markdownText */.p7)(redactor);
    const { manifest, hash } = result.checkpoint;
    const lines = [
        `### ${inputs.mode === 'rollback' ? `Rollback after ${md.code(inputs.failedGate)} failed (${inputs.trigger})` : 'Restore'}`,
        '',
        (0,markdown/* table */.tp)(['Checkpoint', 'Gate', 'Taken', 'RPO (s)', 'RTO (s)', 'Bytes restored'], [[md.code(hash), md.code(manifest.gate), md.text(manifest.createdAt), String(metrics.rpoSeconds), String(metrics.rtoSeconds), String(result.bytes)]]),
        '',
        `Changes to the workspace: ${result.plan.added.length} added, ${result.plan.modified.length} modified, ${result.plan.removed.length} removed, ${result.plan.unchanged} unchanged.`,
        '',
        ...changeList('Modified', result.plan.modified.map((entry) => entry.path), md.code),
        ...changeList('Added', result.plan.added.map((entry) => entry.path), md.code),
        ...changeList('Removed', result.plan.removed, md.code),
        ...healthLines(health, md.code),
    ];
    if (inputs.mode === 'rollback')
        lines.push(`**Next:** re-run gate ${md.code(inputs.failedGate)} with \`debug: true\` (output \`rerun-gate\`).`, '');
    return lines.join('\n');
}
function renderRehearsalSummary(inputs, result, metrics, health, redactor) {
    const md = (0,untrusted_text/* markdownText */.p7)(redactor);
    const met = metrics.rtoSeconds <= inputs.rtoTargetMs / 1000;
    return [
        '### Disaster-recovery rehearsal',
        '',
        (0,markdown/* table */.tp)(['Checkpoint', 'Gate', 'RTO (s)', 'Target (s)', 'Bytes restored', 'Second restore'], [[md.code(result.checkpoint.hash), md.code(result.checkpoint.manifest.gate), String(metrics.rtoSeconds), `${inputs.rtoTargetMs / 1000} ${met ? '(met)' : '(missed)'}`, String(result.bytes), metrics.secondRestoreChanges === 0 ? 'no change (idempotent)' : `${String(metrics.secondRestoreChanges)} change(s)`]]),
        '',
        ...healthLines(health, md.code),
    ].join('\n');
}
function changeList(title, paths, code) {
    if (paths.length === 0)
        return [];
    const shown = paths.slice(0, MAX_LISTED).map((path) => `- ${code(path)}`);
    if (paths.length > MAX_LISTED)
        shown.push(`- … and ${paths.length - MAX_LISTED} more`);
    return [`${title}:`, '', ...shown, ''];
}
function healthLines(health, code) {
    if (health.length === 0)
        return [];
    return ['Health checks:', '', (0,markdown/* table */.tp)(['Command', 'Result', 'ms'], health.map((result) => [code(result.check.run), result.passed ? 'passed' : (result.reason ?? 'failed'), String(result.ms)])), ''];
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/chunking/zero-chunk.ts


/**
 * A maximum-size chunk of zeros: every run of zeros in a sparse file cuts
 * into these (content-chunker.ts), so its hash is computed once, here, and
 * neither a save (digest-batch.ts) nor a restore's check of what is already
 * on disk (plan-restore.ts) hashes a gigabyte of holes.
 */
const ZERO_CHUNK = { size: DEFAULT_CHUNK_SIZES.max, sha256: sha256Hex(Buffer.alloc(DEFAULT_CHUNK_SIZES.max)) };
const ZEROS = Buffer.alloc(ZERO_CHUNK.size);
/** A chunk's SHA-256 (a zero chunk's is known). */
function chunkHash(plain) {
    return plain.length === ZERO_CHUNK.size && ZEROS.equals(plain) ? ZERO_CHUNK.sha256 : sha256Hex(plain);
}

// EXTERNAL MODULE: ./packages/core/src/text/glob.ts
var text_glob = __webpack_require__(13483);
;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/tree/walk-tree.ts




const GLOB_CHARS = /[*?[\]{}!]/;
/**
 * The workspace paths a checkpoint covers: files, directories and symbolic
 * links under the `paths` patterns (workspace-relative files, directories or
 * globs). Links are recorded as links, never followed; a link whose target
 * leads out of the workspace is left out (a restore would refuse it). The
 * walk starts only from directories that stay inside the workspace once
 * links are resolved, and leaves out `exclude` (the state root, when it lives
 * in the checkout) and the suite's temporary files.
 */
function walkTree(patterns, workspace, exclude = []) {
    const tree = { entries: new Map(), skipped: [], unmatched: [] };
    for (const pattern of patterns) {
        const before = tree.entries.size;
        const { base, glob } = splitPattern(pattern, workspace);
        if (!(0,contained_path/* isInside */.FK)(base, workspace))
            throw new gates_error/* GatesError */.xx('GATES_E_INPUT_INVALID', { input: 'paths', value: pattern, expected: 'paths inside the workspace' });
        const matches = glob ? (0,text_glob/* globMatcher */.f)([glob]) : () => true;
        const stats = lstatOrUndefined(base);
        if (!stats) {
            tree.unmatched.push(pattern);
            continue;
        }
        try {
            (0,contained_path/* containedDirectory */.R)(workspace, stats.isDirectory() && !stats.isSymbolicLink() ? base : (0,external_node_path_.resolve)(base, '..'));
        }
        catch (error) {
            if (!(error instanceof contained_path/* PathOutside */.jd))
                throw error;
            tree.skipped.push({ path: pattern, reason: `a symbolic link on its way leads outside the workspace (to ${error.real})` });
            continue;
        }
        const visit = (absolute, info) => {
            const path = (0,external_node_path_.relative)(workspace, absolute).split(external_node_path_.sep).join('/');
            if (exclude.some((excluded) => (0,contained_path/* isInside */.FK)(absolute, excluded)) || (0,temp_files/* isTemporaryName */.$W)(absolute.split(external_node_path_.sep).pop()))
                return;
            const rel = (0,external_node_path_.relative)(base, absolute).split(external_node_path_.sep).join('/');
            const wanted = rel === '' ? !glob : matches(rel);
            if (info.isSymbolicLink()) {
                if (!wanted)
                    return;
                const target = (0,external_node_fs_.readlinkSync)(absolute);
                const problem = linkTargetProblem(path, target);
                if (problem)
                    tree.skipped.push({ path, reason: `symbolic link with ${problem}; not recorded` });
                else
                    tree.entries.set(path, { type: 'symlink', path, absolute, target });
                return;
            }
            if (info.isDirectory()) {
                if (wanted && path !== '')
                    tree.entries.set(path, { type: 'directory', path, absolute, mode: info.mode & 0o777 });
                for (const name of (0,external_node_fs_.readdirSync)(absolute).sort()) {
                    const child = (0,external_node_path_.join)(absolute, name);
                    const childInfo = lstatOrUndefined(child);
                    if (childInfo)
                        visit(child, childInfo);
                }
                return;
            }
            if (!wanted)
                return;
            if (!info.isFile()) {
                tree.skipped.push({ path, reason: 'not a regular file, directory or link' });
                return;
            }
            tree.entries.set(path, { type: 'file', path, absolute, mode: info.mode & 0o777, size: info.size });
        };
        visit(base, stats);
        if (tree.entries.size === before)
            tree.unmatched.push(pattern);
    }
    return tree;
}
/** `build/**\/*.js` → base `build`, glob `**\/*.js`. */
function splitPattern(pattern, workspace) {
    const segments = pattern.replace(/\/+$/, '').split('/');
    const firstGlob = segments.findIndex((segment) => GLOB_CHARS.test(segment));
    if (firstGlob < 0)
        return { base: (0,external_node_path_.resolve)(workspace, pattern) };
    return { base: (0,external_node_path_.resolve)(workspace, segments.slice(0, firstGlob).join('/') || '.'), glob: segments.slice(firstGlob).join('/') };
}
function lstatOrUndefined(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path);
    }
    catch (error) {
        const { code } = error;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw new gates_error/* GatesError */.xx('GATES_E_FILESYSTEM', { path, reason: code ?? error.message }, { cause: error });
    }
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/tree/plan-restore.ts






/**
 * What restoring `manifest` into `root` would change: the "capture diffs" step
 * of a rollback, reported before anything is overwritten. A file whose size
 * and mode match is read and hashed, so a same-size edit is still seen.
 * Every entry's directory is checked to stay inside `root` once links are
 * resolved (GATES_E_PATH_OUTSIDE before anything is written).
 */
function planRestore(manifest, root, exclude = []) {
    const plan = { added: [], modified: [], removed: [], unchanged: 0 };
    const wanted = new Set();
    // Each directory once, not once per entry (nothing is changed while planning): 10,000 files in 100 directories made 10,000 realpath walks.
    const checked = new Set();
    for (const entry of manifest.entries) {
        wanted.add(entry.path);
        const absolute = (0,external_node_path_.join)(root, entry.path);
        const directory = (0,external_node_path_.dirname)(absolute);
        if (!checked.has(directory)) {
            (0,contained_path/* containedDirectory */.R)(root, directory);
            checked.add(directory);
        }
        const current = plan_restore_lstatOrUndefined(absolute);
        if (!current)
            plan.added.push(entry);
        else if (differs(entry, absolute, current))
            plan.modified.push(entry);
        else
            plan.unchanged++;
    }
    const present = walkTree(manifest.paths, root, exclude);
    for (const path of present.entries.keys())
        if (!wanted.has(path))
            plan.removed.push(path);
    return plan;
}
function changeCount(plan) {
    return plan.added.length + plan.modified.length + plan.removed.length;
}
function differs(entry, absolute, current) {
    switch (entry.type) {
        case 'directory':
            return !current.isDirectory() || (current.mode & 0o777) !== entry.mode;
        case 'symlink':
            return !current.isSymbolicLink() || (0,external_node_fs_.readlinkSync)(absolute) !== entry.target;
        case 'file':
            return !current.isFile() || (current.mode & 0o777) !== entry.mode || current.size !== entry.size || !hasChunks(absolute, entry.chunks);
    }
}
/** Whether the file holds exactly these chunks: read at the manifest's boundaries and hashed, stopping at the first difference. */
function hasChunks(path, chunks) {
    const { fd } = (0,read_file/* openRegularFile */.ZU)(path, { noFollow: true });
    const buffer = Buffer.allocUnsafe(DEFAULT_CHUNK_SIZES.max);
    try {
        for (const chunk of chunks) {
            const piece = chunk.size <= buffer.length ? buffer.subarray(0, chunk.size) : Buffer.allocUnsafe(chunk.size);
            let filled = 0;
            while (filled < piece.length) {
                const read = (0,external_node_fs_.readSync)(fd, piece, filled, piece.length - filled, null);
                if (read === 0)
                    return false;
                filled += read;
            }
            if (chunkHash(piece) !== chunk.sha256)
                return false;
        }
        return true;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function plan_restore_lstatOrUndefined(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path);
    }
    catch (error) {
        const { code } = error;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw error;
    }
}

// EXTERNAL MODULE: ./packages/core/src/lock/lock.ts
var lock_lock = __webpack_require__(30438);
;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/tree/apply-restore.ts




/** A chunk of a restored file, with the file it belongs to (for the error message). */
class RestoreChunkFailed extends Error {
    file;
    chunk;
    constructor(file, chunk) {
        super(`chunk ${chunk.hash} of ${file} ${chunk.reason}`);
        this.file = file;
        this.chunk = chunk;
    }
}
/**
 * Applies a restore plan in two phases so that a bad chunk leaves the
 * workspace as it was. Staging: every file to write is written, each chunk
 * verified against its hash as it is written, to a new temporary file in
 * `root` itself (links too: a temporary link). Nothing the workflow sees
 * changes; a failure removes the temporaries and throws. Commit: removals,
 * then directories, files and links renamed into place one by one (each file
 * appears whole: rename is atomic). All-zero chunks are left as holes, so a
 * sparse file stays sparse. Returns the bytes written.
 */
function applyRestore(plan, root, store) {
    const writes = [...plan.added, ...plan.modified];
    for (const entry of writes) {
        if (entry.type !== 'file')
            continue;
        for (const chunk of entry.chunks) {
            const absent = store.absence(chunk.sha256);
            if (absent)
                throw new RestoreChunkFailed(entry.path, new ChunkUnusable(chunk.sha256, absent));
        }
    }
    (0,temp_files/* sweepStaleTemporaries */.fs)(root);
    const staged = [];
    let bytes = 0;
    try {
        for (const entry of writes) {
            if (entry.type === 'directory')
                staged.push({ entry });
            else if (entry.type === 'symlink')
                staged.push({ entry, temporary: stageLink(root, entry.target) });
            else {
                const { fd, path } = (0,temp_files/* createTemporary */.GY)(root, entry.path.split('/').pop(), entry.mode);
                staged.push({ entry, temporary: path });
                try {
                    bytes += writeChunks(fd, entry, store);
                }
                finally {
                    (0,external_node_fs_.closeSync)(fd);
                }
            }
        }
    }
    catch (error) {
        for (const { temporary } of staged)
            if (temporary)
                (0,external_node_fs_.rmSync)(temporary, { force: true });
        throw error;
    }
    // Deepest first, so a directory is emptied before it is removed.
    for (const path of [...plan.removed].sort().reverse())
        (0,external_node_fs_.rmSync)((0,external_node_path_.join)(root, path), { recursive: true, force: true });
    // Directories first, files and links into them, directory modes last (a read-only directory is filled before it is closed).
    const checked = new CheckedDirectories(root);
    for (const { entry } of staged)
        if (entry.type === 'directory')
            makeDirectory(checked, entry.path);
    for (const { entry, temporary } of staged)
        if (temporary)
            commit(checked, entry, temporary);
    for (const { entry } of staged)
        if (entry.type === 'directory')
            (0,external_node_fs_.chmodSync)((0,external_node_path_.join)(root, entry.path), entry.mode);
    return bytes;
}
function writeChunks(fd, entry, store) {
    let position = 0;
    let written = 0;
    for (const chunk of entry.chunks) {
        let plain;
        try {
            plain = store.get(chunk.sha256, chunk.size);
        }
        catch (error) {
            if (error instanceof ChunkUnusable)
                throw new RestoreChunkFailed(entry.path, error);
            throw error;
        }
        if (!isAllZero(plain)) {
            for (let offset = 0; offset < plain.length;)
                offset += (0,external_node_fs_.writeSync)(fd, plain, offset, plain.length - offset, position + offset);
            written = position + plain.length;
        }
        position += plain.length;
    }
    // The temporary is new and empty: only zeros left unwritten at the end (a hole) need the size set.
    if (written < entry.size)
        (0,external_node_fs_.ftruncateSync)(fd, entry.size);
    return entry.size;
}
const apply_restore_ZEROS = Buffer.alloc(256 * 1024);
function isAllZero(bytes) {
    for (let offset = 0; offset < bytes.length; offset += apply_restore_ZEROS.length) {
        const end = Math.min(offset + apply_restore_ZEROS.length, bytes.length);
        if (bytes.compare(apply_restore_ZEROS, 0, end - offset, offset, end) !== 0)
            return false;
    }
    return true;
}
/** A link under a fresh temporary name (reserved as a file, which the link then replaces), so a sweep knows whose it is. */
function stageLink(root, target) {
    const { fd, path } = (0,temp_files/* createTemporary */.GY)(root, 'link');
    (0,external_node_fs_.closeSync)(fd);
    (0,external_node_fs_.unlinkSync)(path);
    (0,external_node_fs_.symlinkSync)(target, path);
    return path;
}
/**
 * The real path an entry is written to: its directory checked (and created)
 * inside `root` as every link resolves. Each directory is checked once per
 * restore, not once per file (a realpath per file was a tenth of restoring
 * 10,000 files); what the restore itself changes on the way (a link put in
 * place, a directory removed or replaced) forgets every answer, since a path
 * checked before may now lead elsewhere.
 */
class CheckedDirectories {
    root;
    known = new Map();
    constructor(root) {
        this.root = root;
    }
    destinationOf(path) {
        const parent = (0,external_node_path_.dirname)(path);
        let real = this.known.get(parent);
        if (real === undefined) {
            real = (0,contained_path/* containedDirectory */.R)(this.root, (0,external_node_path_.dirname)((0,external_node_path_.join)(this.root, path)), { createDirectories: true, directoryMode: 0o755 });
            this.known.set(parent, real);
        }
        return (0,external_node_path_.join)(real, (0,external_node_path_.basename)(path));
    }
    forget() {
        this.known.clear();
    }
}
function makeDirectory(checked, path) {
    const destination = checked.destinationOf(path);
    const current = apply_restore_lstatOrUndefined(destination);
    if (current && !current.isDirectory()) {
        (0,external_node_fs_.unlinkSync)(destination);
        checked.forget();
    }
    (0,contained_path/* containedDirectory */.R)(checked.root, destination, { createDirectories: true, directoryMode: 0o755 });
}
/**
 * Renames one staged file or link into place. A directory in the way (another
 * type in the checkpoint) makes the rename fail (EISDIR on Linux and macOS,
 * EPERM on Windows): it is removed and the rename tried again, rather than
 * every destination lstat'ed first (a tenth of a restore's system calls).
 */
function commit(checked, entry, temporary) {
    const destination = checked.destinationOf(entry.path);
    try {
        (0,external_node_fs_.renameSync)(temporary, destination);
    }
    catch (error) {
        if (!apply_restore_lstatOrUndefined(destination)?.isDirectory())
            throw error;
        (0,external_node_fs_.rmSync)(destination, { recursive: true, force: true });
        checked.forget();
        (0,external_node_fs_.renameSync)(temporary, destination);
    }
    if (entry.type === 'symlink')
        checked.forget();
}
function apply_restore_lstatOrUndefined(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/modes/restore-checkpoint.ts





/**
 * Restores a checkpoint under the store lock: picks it (named, or the gate's
 * last green), plans and reports the changes, then stages every file with
 * each chunk verified and commits them (see applyRestore). Undefined when the
 * gate has no green checkpoint (the caller alerts). A tampered manifest or a
 * bad chunk is GATES_E_CHECKPOINT_CORRUPT (exit 3) naming it, with the
 * workspace untouched.
 */
async function restoreCheckpoint(store, lock, request) {
    return (0,lock_lock/* withLock */.kK)(lock, CHECKPOINT_LOCK, async () => {
        // Packs other processes wrote or collected before this one held the lock.
        store.chunks.refresh();
        let checkpoint;
        try {
            checkpoint = request.checkpoint ? store.manifests.load(store.manifests.resolve(request.checkpoint)) : latestCheckpoint(store, request.gate, 'green', request.onRejected);
        }
        catch (error) {
            if (error instanceof ManifestRejected)
                throw rejectedError(error);
            throw error;
        }
        if (!checkpoint)
            return undefined;
        const plan = planRestore(checkpoint.manifest, request.root, request.exclude);
        request.onPlan?.(plan, checkpoint);
        let bytes;
        try {
            bytes = applyRestore(plan, request.root, store.chunks);
        }
        catch (error) {
            if (error instanceof RestoreChunkFailed) {
                throw new gates_error/* GatesError */.xx('GATES_E_CHECKPOINT_CORRUPT', { checkpoint: checkpoint.hash, what: `chunk ${error.chunk.hash} of ${error.file}`, reason: error.chunk.reason });
            }
            throw error;
        }
        return { checkpoint, plan, bytes, finishedAt: Date.now() };
    }, { timeout: request.lockTimeoutMs, staleAfter: 6 * 60 * 60_000 });
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/modes/run-rehearse.ts










/**
 * `mode: rehearse` (disaster-recovery drill, e.g. on a schedule): restores
 * the last green checkpoint into an empty scratch directory, every chunk
 * verified; runs the health checks there; restores again and expects no
 * change (idempotence); compares the measured RTO with the target. The
 * workspace is never touched; the scratch directory is removed afterwards
 * unless `scratch-dir` named it.
 */
async function runRehearse(context) {
    const { action, inputs } = context;
    const notes = [];
    const fetched = await fetchPublished(context);
    if (fetched)
        notes.push(fetched);
    const scratch = scratchDirectory(context);
    try {
        const request = { gate: inputs.gate, checkpoint: inputs.checkpoint, root: scratch, exclude: [], lockTimeoutMs: inputs.lockTimeoutMs, onRejected: context.onRejected };
        const triggered = Date.now();
        const first = await restoreCheckpoint(context.store, action.lock, request);
        if (!first) {
            context.findings.push(finding(RULES.noCheckpoint, `Nothing to rehearse: gate "${inputs.gate}" has no green checkpoint.`, { fixHint: `add a checkpoint-restore step with \`mode: save\` and \`gate: ${inputs.gate}\` after the gate passes` }));
            return { findings: context.findings, notes, metrics: { mode: 'rehearse', gate: inputs.gate, restored: false }, outputs: { outcome: 'no-checkpoint' }, ledgerEvent: { mode: 'rehearse', gate: inputs.gate, outcome: 'no-checkpoint' } };
        }
        const rtoMs = first.finishedAt - triggered;
        const health = [];
        for (const check of inputs.healthChecks)
            health.push(await runHealthCheck(check, scratch, action.env));
        for (const failed of health.filter((result) => !result.passed))
            context.findings.push(finding(RULES.healthCheckFailed, `Health check \`${failed.check.run}\` ${failed.reason} (in the rehearsal directory).`));
        const second = await restoreCheckpoint(context.store, action.lock, { ...request, checkpoint: first.checkpoint.hash });
        const secondChanges = second ? changeCount(second.plan) : 0;
        if (secondChanges > 0)
            context.findings.push(finding(RULES.notIdempotent, `Restoring checkpoint ${first.checkpoint.hash.slice(0, 12)} a second time changed ${secondChanges} path(s); a restore must be idempotent.`));
        if (rtoMs > inputs.rtoTargetMs)
            context.findings.push(finding(RULES.rtoMissed, `The rehearsal restore took ${(rtoMs / 1000).toFixed(1)}s, over the ${inputs.rtoTargetMs / 1000}s target.`, { fixHint: 'checkpoint less (narrow `paths`), or raise `rto-target-seconds` if the target is wrong' }));
        const metrics = rehearsalMetrics(inputs, first, rtoMs, secondChanges, health);
        return {
            findings: context.findings,
            notes,
            metrics,
            outputs: { outcome: 'rehearsed', checkpoint: first.checkpoint.hash, 'bytes-restored': String(first.bytes), 'rto-seconds': String(metrics.rtoSeconds), 'rpo-seconds': String(metrics.rpoSeconds), 'rto-target-met': String(rtoMs <= inputs.rtoTargetMs) },
            summaryAppendix: renderRehearsalSummary(inputs, first, metrics, health, action.redactor),
            ledgerEvent: { mode: 'rehearse', gate: inputs.gate, checkpoint: first.checkpoint.hash, outcome: 'rehearsed', rtoMs, idempotent: secondChanges === 0 },
        };
    }
    finally {
        if (!inputs.scratchDirectory)
            (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}
/** The named scratch directory (must be empty, and outside the workspace's checkpointed paths), or a new one under RUNNER_TEMP. */
function scratchDirectory(context) {
    const { action, inputs } = context;
    if (!inputs.scratchDirectory)
        return (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(action.env.RUNNER_TEMP || action.stateRoot, 'gates-rehearsal-'));
    const path = (0,external_node_path_.resolve)(action.workspace, inputs.scratchDirectory);
    const real = (0,contained_path/* containedDirectory */.R)(path, path, { createDirectories: true });
    if ((0,external_node_fs_.readdirSync)(real).length > 0)
        throw new gates_error/* GatesError */.xx('GATES_E_INPUT_INVALID', { input: 'scratch-dir', value: inputs.scratchDirectory, expected: 'an empty or new directory (a rehearsal must start from nothing)' });
    return real;
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/modes/run-restore.ts







/**
 * `mode: restore` and `mode: rollback`. Rollback is the playbook in one
 * step: quiesce (marker in the state root, so no gate starts meanwhile),
 * capture diffs, restore the last green checkpoint, run the health checks,
 * lift the quiesce, and name the failed gate to re-run with debug output.
 */
async function runRestore(context) {
    const { action, inputs } = context;
    const rollback = inputs.mode === 'rollback';
    const notes = [];
    if (rollback)
        (0,quiesce/* setQuiesce */.A5)(action.stateRoot, inputs.failedGate, context.identity.runId);
    try {
        const fetched = await fetchPublished(context);
        if (fetched)
            notes.push(fetched);
        let shown;
        const result = await restoreCheckpoint(context.store, action.lock, {
            gate: inputs.gate,
            checkpoint: inputs.checkpoint,
            root: action.workspace,
            exclude: context.exclude,
            lockTimeoutMs: inputs.lockTimeoutMs,
            onRejected: context.onRejected,
            onPlan: (plan, checkpoint) => {
                shown = plan;
                action.runner.info(`Restoring checkpoint ${checkpoint.hash} of gate "${checkpoint.manifest.gate}" (${checkpoint.manifest.createdAt}): ${plan.added.length} added, ${plan.modified.length} modified, ${plan.removed.length} removed, ${plan.unchanged} unchanged.`);
                for (const entry of plan.modified)
                    action.runner.info(`  modified: ${entry.path}`);
                for (const entry of plan.added)
                    action.runner.info(`  added: ${entry.path}`);
                for (const path of plan.removed)
                    action.runner.info(`  removed: ${path}`);
            },
        });
        if (!result) {
            const why = rollback ? `gate "${inputs.failedGate}" failed (${inputs.trigger}) and` : 'a restore was asked for, but';
            context.findings.push(finding(RULES.noCheckpoint, `Nothing to roll back to: ${why} gate "${inputs.gate}" has no green checkpoint.`, { fixHint: `add a checkpoint-restore step with \`mode: save\` and \`gate: ${inputs.gate}\` after the gate passes` }));
            return { findings: context.findings, notes, metrics: { mode: inputs.mode, gate: inputs.gate, restored: false }, outputs: { outcome: 'no-checkpoint', 'rerun-gate': rollback ? inputs.failedGate : '' }, ledgerEvent: { mode: inputs.mode, gate: inputs.gate, outcome: 'no-checkpoint' } };
        }
        const health = [];
        for (const check of inputs.healthChecks)
            health.push(await runHealthCheck(check, action.workspace, action.env));
        for (const failed of health.filter((result) => !result.passed))
            context.findings.push(finding(RULES.healthCheckFailed, `Health check \`${failed.check.run}\` ${failed.reason}.`));
        const metrics = restoreMetrics(inputs, result, context.startedAt, shown ?? result.plan, health);
        const outputs = {
            outcome: 'restored',
            checkpoint: result.checkpoint.hash,
            added: String(result.plan.added.length),
            modified: String(result.plan.modified.length),
            removed: String(result.plan.removed.length),
            'bytes-restored': String(result.bytes),
            'rpo-seconds': String(metrics.rpoSeconds),
            'rto-seconds': String(metrics.rtoSeconds),
            'rerun-gate': rollback ? inputs.failedGate : '',
        };
        if (rollback)
            notes.push(`Re-run gate "${inputs.failedGate}" with \`debug: true\` to see why it failed (trigger: ${inputs.trigger}).`);
        return {
            findings: context.findings,
            notes,
            metrics,
            outputs,
            summaryAppendix: renderRestoreSummary(inputs, result, metrics, health, action.redactor),
            ledgerEvent: { mode: inputs.mode, gate: inputs.gate, checkpoint: result.checkpoint.hash, outcome: 'restored', trigger: rollback ? inputs.trigger : undefined, failedGate: rollback ? inputs.failedGate : undefined },
        };
    }
    finally {
        if (rollback)
            (0,quiesce/* clearQuiesce */.XS)(action.stateRoot);
    }
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/store/retention.ts
/**
 * Keeps the newest `keep` checkpoints of a gate, and always its newest green
 * one (the rollback target); then collects every chunk no remaining manifest
 * names (including chunks a killed saver stored without a manifest). Call
 * under the checkpoint lock: a saver between its chunks and its manifest
 * holds it, so its chunks are never collected.
 */
function applyRetention(store, all, gate, keep) {
    const ofGate = all.filter(({ manifest }) => manifest.gate === gate);
    const newestGreen = ofGate.find(({ manifest }) => manifest.status === 'green');
    const expired = ofGate.slice(keep).filter((checkpoint) => checkpoint !== newestGreen);
    for (const { hash } of expired)
        store.manifests.remove(hash);
    const gone = new Set(expired.map(({ hash }) => hash));
    const referenced = new Set();
    for (const { hash, manifest } of all) {
        if (gone.has(hash))
            continue;
        for (const entry of manifest.entries)
            if (entry.type === 'file')
                for (const chunk of entry.chunks)
                    referenced.add(chunk.sha256);
    }
    return { checkpoints: expired.length, chunks: collectChunks(store, referenced) };
}
/**
 * Chunks no manifest names are removed. Loose chunks (stores written before
 * packs) one by one; a pack as a whole: deleted when nothing in it is live,
 * rewritten with its live chunks when dead bytes are more than half of it
 * (the new pack durable before the old one goes), otherwise kept. So dead
 * bytes never exceed live bytes: the store is at most twice its live size.
 * A pack whose index cannot be read is garbage (nothing can find its
 * chunks) and is removed. Returns how many distinct chunks went.
 */
function collectChunks(store, referenced) {
    const chunks = store.chunks;
    const before = new Set(chunks.list());
    for (const hash of chunks.looseHashes())
        if (!referenced.has(hash))
            chunks.removeLoose(hash);
    for (const name of chunks.unreadablePacks())
        chunks.removePack(name);
    for (const pack of chunks.packList()) {
        const live = pack.entries.filter((entry) => referenced.has(entry.hash) && chunks.isCurrent(pack.name, entry));
        const liveBytes = live.reduce((sum, entry) => sum + entry.length, 0);
        if (live.length === 0)
            chunks.removePack(pack.name);
        else if ((pack.bytes - liveBytes) * 2 > pack.bytes)
            chunks.rewritePack(pack.name, live);
    }
    const after = new Set(chunks.list());
    let removed = 0;
    for (const hash of before)
        if (!after.has(hash))
            removed++;
    return removed;
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/tree/digest-batch.ts

/** A chunk stored as it is: its bytes are in the batch already. */
const STORED_PLAIN = -1;
/** Hashes and encodes one batch; `known` grows with what this batch encodes (a chunk repeated later is not encoded twice). */
function digestBatch(load, encodeInto, setup, known, request) {
    const { createHash } = load('node:crypto');
    const data = new Uint8Array(request.buffer);
    const output = new Uint8Array(request.output);
    const hashes = [];
    const lengths = [];
    let total = 0;
    let start = 0;
    let zeroBytes;
    for (const end of request.ends) {
        const plain = data.subarray(start, end);
        start = end;
        // Zeros (a sparse file's holes) cut into maximum-size chunks whose hash is known: not hashed again, chunk after chunk.
        const zeros = plain.length === setup.zeroChunk.size && plain[0] === 0 && Buffer.compare(plain, (zeroBytes ??= Buffer.alloc(plain.length))) === 0;
        const hash = zeros ? setup.zeroChunk.sha256 : createHash('sha256').update(plain).digest('hex');
        hashes.push(hash);
        if (known.has(hash)) {
            lengths.push(0);
            continue;
        }
        known.add(hash);
        // Written where the previous stored form ended: at most where this chunk starts in the batch, since a stored
        // form is kept only when shorter than its chunk (output is one byte longer than the batch, for the tag byte).
        // -1 (STORED_PLAIN) when the chunk is stored as it is: its bytes are in the batch already.
        const length = encodeInto(plain, output, total);
        lengths.push(length);
        if (length > 0)
            total += length;
    }
    return { id: request.id, hashes, lengths, output: request.output };
}
/** A worker thread's program: answers each request with its digest, or with the error that stopped it. */
function digestWorkerMain(load, setup, digest, encoder) {
    const { parentPort } = load('node:worker_threads');
    const known = new Set(setup.known);
    const encodeInto = encoder(load, setup.codec, setup.tags);
    parentPort.on('message', (request) => {
        let reply;
        try {
            reply = digest(load, encodeInto, setup, known, request);
        }
        catch (error) {
            parentPort.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
            return;
        }
        parentPort.postMessage(reply);
    });
}
/**
 * The source a worker is started from (`new Worker(source, { eval: true, workerData: setup })`).
 * Functions of other modules are passed to the worker's main as arguments, not named in its body: a bundler
 * may rewrite a name imported from another module into a module-table lookup the worker does not have.
 */
function digestWorkerSource() {
    const helpers = [looksIncompressible, encodeStored, reusableZstd].map((helper) => helper.toString()).join('\n');
    return `${helpers}\n(${digestWorkerMain.toString()})(require, require('node:worker_threads').workerData, ${digestBatch.toString()}, ${storedEncoder.toString()});\n`;
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/tree/chunk-batches.ts


/** A batch: the chunks of many small files (or part of a big one) back to back, handed to a worker in one message. */
const BATCH_BYTES = 4 * 1024 * 1024;
/** Batches in flight per worker: enough that a worker never waits for the main thread, few enough to bound memory. */
const BATCHES_PER_WORKER = 3;
/**
 * The main thread's side of a save: batches of cut chunks go to the digest
 * pool, and their digests come back in the order the batches were sent, so
 * chunks are added to the store (and its pack) in file order whatever the
 * number of workers: one tree always gives the same pack.
 */
class ChunkBatches {
    pool;
    store;
    counts;
    current;
    inFlight = [];
    spare = [];
    nextId = 0;
    constructor(pool, store, counts) {
        this.pool = pool;
        this.store = store;
        this.counts = counts;
        this.current = this.newBatch();
    }
    /** Records a chunk of the current batch that ends at `end`; `ref` gets its hash once digested. */
    cut(end, ref) {
        this.current.ends.push(end);
        this.current.refs.push(ref);
    }
    /** Sends the current batch (its chunks end at or before `carryFrom`) and starts the next with the bytes `[carryFrom, end)` not yet cut. */
    async rotate(carryFrom, end) {
        const full = this.current;
        this.current = this.newBatch();
        full.bytes.copy(this.current.bytes, 0, carryFrom, end);
        await this.send(full);
        return this.current;
    }
    /** Sends what is left and waits for every digest: afterwards every ref has its hash and every new chunk is in the store. */
    async finish() {
        const last = this.current;
        this.current = this.newBatch();
        // A save that fits one batch: no thread is started for it (digest-pool.ts).
        await this.send(last, this.nextId === 0);
        while (this.inFlight.length > 0)
            await this.settleOldest();
    }
    async send(batch, onMainThread = false) {
        if (batch.ends.length === 0) {
            this.spare.push(batch);
            return;
        }
        const reply = this.pool.digest({ id: this.nextId++, buffer: batch.buffer, ends: batch.ends, output: batch.output }, onMainThread);
        // Awaited in order below; until then a failure must not count as unhandled (the save fails on the first one it reaches).
        reply.catch(() => undefined);
        this.inFlight.push({ batch, reply });
        const limit = Math.max(1, this.pool.workerCount) * BATCHES_PER_WORKER;
        while (this.inFlight.length > limit)
            await this.settleOldest();
        await eventLoopTurn();
    }
    async settleOldest() {
        const { batch, reply } = this.inFlight.shift();
        const digest = await reply;
        const output = Buffer.from(digest.output);
        let offset = 0;
        let start = 0;
        for (let index = 0; index < batch.ends.length; index++) {
            const end = batch.ends[index];
            const hash = digest.hashes[index];
            const length = digest.lengths[index];
            batch.refs[index].sha256 = hash;
            const plain = batch.bytes.subarray(start, end);
            // Compressed by the worker, stored as it is, or not encoded (the worker knew it): the store decides, and encodes here if it lacks it after all.
            let written;
            if (length === STORED_PLAIN)
                written = this.store.putStored(hash, tagBytes('none'), plain);
            else if (length > 0) {
                written = this.store.putStored(hash, output.subarray(offset, offset + length));
                offset += length;
            }
            else
                written = this.store.put(hash, plain);
            start = end;
            this.counts.chunks++;
            if (written > 0) {
                this.counts.newChunks++;
                this.counts.newBytes += written;
            }
        }
        this.spare.push(batch);
    }
    newBatch() {
        // The output one byte longer: a batch's first chunk may fill the batch, and its stored form (tag byte, then a body
        // kept only when shorter than the chunk) is compressed into output with room for a body as long as the chunk.
        const { buffer, output } = this.spare.pop() ?? { buffer: new SharedArrayBuffer(BATCH_BYTES), output: new SharedArrayBuffer(BATCH_BYTES + 1) };
        return { buffer, output, bytes: Buffer.from(buffer), ends: [], refs: [] };
    }
}
/**
 * Lets the event loop turn (once per batch sent). When the digest workers are
 * ahead of the main thread, each reply is queued before the save waits for
 * it, and Node delivers a port's queued messages one after another, running
 * what awaited each (the rest of the save) in between, without returning to
 * the event loop: a 1 GiB save ran from its first reply to its end inside one
 * delivery. Timers and I/O callbacks waited until then: the packs' background
 * flushes (pack-file.ts) completed once per pack instead of every 32 MiB, so
 * finishing each pack waited ~100 ms for its data to reach the disk, and the
 * lock's heartbeat stopped for the length of the save.
 */
function eventLoopTurn() {
    return new Promise((resolve) => setImmediate(resolve));
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/tree/usable-cores.ts


/**
 * The cores this process may use: what the scheduler lets it run on
 * (`availableParallelism`), and no more than a cgroup v2 CPU quota allows (a
 * container started with `--cpus 1` on a 16-core host: Node 20's
 * `availableParallelism` does not read the quota, and four digest threads
 * would then share one core's time with the main thread).
 */
function usableCores(cpuMax = readCpuMax()) {
    const quota = cpuMax === undefined ? undefined : coresFromCpuMax(cpuMax);
    return Math.max(1, Math.min((0,external_node_os_.availableParallelism)(), quota ?? Infinity));
}
/** `cpu.max` is `<quota> <period>` in microseconds, or `max <period>` (no limit): the quota in whole cores, rounded up. */
function coresFromCpuMax(text) {
    const match = /^(\d+|max)\s+(\d+)\s*$/.exec(text);
    if (!match || match[1] === 'max' || Number(match[2]) === 0)
        return undefined;
    return Math.max(1, Math.ceil(Number(match[1]) / Number(match[2])));
}
function readCpuMax() {
    try {
        return (0,external_node_fs_.readFileSync)('/sys/fs/cgroup/cpu.max', 'utf8');
    }
    catch {
        // No cgroup v2 (or another platform): the scheduler's answer stands.
        return undefined;
    }
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/tree/digest-pool.ts








/** At most this many workers: past it the main thread (reading, cutting, writing) is the bound, and each worker costs memory. */
const MAX_WORKERS = 4;
/** The variable that sets the number of digest workers. */
const WORKERS_VARIABLE = 'GATES_CHECKPOINT_WORKERS';
/**
 * Past this many chunks in the store the workers are not sent its list (a
 * copy per worker: 1M hashes took 1.4 s and 200 MiB per worker to send):
 * they compress every chunk and the main thread, which has the list, keeps
 * only the new ones. A store that big holds some 16 GiB of chunks.
 */
const MAX_KNOWN_SENT = 262_144;
/**
 * A worker that has not answered for this long is taken as stuck (a batch
 * takes milliseconds): the main thread takes over, as when one dies. Without
 * it a stuck thread would hang the save under the checkpoint lock, whose
 * heartbeat keeps it from being taken as abandoned.
 */
const STALL_MS = 120_000;
/**
 * How many digest workers a save starts: one per core besides the main
 * thread's (which reads, cuts and writes: about as much work per byte as
 * hashing and compressing), at least one. On two cores one worker saved as
 * fast as two, with 140 MiB less memory. `GATES_CHECKPOINT_WORKERS` overrides
 * it (0: everything on the main thread); another value is GATES_E_ENV_INVALID (exit 2).
 */
function digestWorkerCount(env = process.env, cores = usableCores()) {
    const wanted = env[WORKERS_VARIABLE];
    if (wanted === undefined || wanted === '')
        return Math.max(1, Math.min(cores - 1, MAX_WORKERS));
    if (!/^[0-9]$/.test(wanted) || Number(wanted) > MAX_WORKERS)
        throw new gates_error/* GatesError */.xx('GATES_E_ENV_INVALID', { name: WORKERS_VARIABLE, value: JSON.stringify(wanted), expected: `a whole number from 0 to ${MAX_WORKERS}` });
    return Number(wanted);
}
/**
 * Worker threads that hash and encode batches of chunks (digest-batch.ts).
 * They start with the first batch sent to them, not with the pool: a save
 * whose chunks fit one batch is digested on the main thread (ChunkBatches),
 * and starting and stopping a thread cost more than that batch (about 50 ms
 * of a 130 ms save of a small tree, measured through the bundle).
 * Requests go round-robin; each is answered by a promise. A worker that
 * cannot start or dies mid-batch does not fail the save: its batches (still
 * in shared memory) and every later one are digested on the main thread
 * instead, with the same result. An error the worker reports (a compressor
 * that threw) fails the save like it would on the main thread.
 */
class DigestPool {
    setup;
    count;
    launch;
    stallMs;
    workers = [];
    waiting = new Map();
    known;
    broken = false;
    fellBack = false;
    started = false;
    nextWorker = 0;
    startedWorkers = 0;
    stallTimer;
    /** The main thread's encoder, made with its first batch (a zstd context kept for the save, like each worker's). */
    encodeHere;
    constructor(setup, count, 
    /** Starts one worker (tests start ones that fail). */
    launch = startDigestWorker, stallMs = STALL_MS) {
        this.setup = setup;
        this.count = count;
        this.launch = launch;
        this.stallMs = stallMs;
        this.known = new Set(setup.known);
        if (setup.known.length > MAX_KNOWN_SENT)
            this.setup = { ...setup, known: [] };
    }
    /** What a save reports of its threads: how many started, and whether the main thread had to take over. */
    report() {
        return { workers: this.startedWorkers, fellBack: this.fellBack };
    }
    /** Whether batches go to worker threads (false: all are digested on the main thread); before the first one, whether they will. */
    get threaded() {
        return !this.broken && (this.started ? this.workers.length > 0 : this.count > 0);
    }
    /** How many workers are digesting (0 once the pool has fallen back to the main thread). */
    get workerCount() {
        return this.threaded ? this.workers.length : 0;
    }
    /** The batch's digest, from a worker, or from the main thread when `here` (or when there are no workers). */
    digest(request, here = false) {
        if (!here && this.threaded && !this.started)
            this.start();
        if (here || !this.threaded)
            return Promise.resolve(this.digestHere(request));
        return new Promise((settle, fail) => {
            this.waiting.set(request.id, { request, settle, fail });
            this.workers[this.nextWorker++ % this.workers.length].postMessage(request);
            this.watchForStall();
        });
    }
    /**
     * Stops the workers. Batches still waiting (a save that failed part way) are
     * dropped, not digested here: a stopped worker's 'exit' would otherwise take
     * the fallback path and compress up to a dozen batches for a save that has
     * already failed.
     */
    async close() {
        clearTimeout(this.stallTimer);
        this.broken = true;
        this.waiting.clear();
        const workers = this.workers.splice(0);
        await Promise.all(workers.map((worker) => worker.terminate()));
    }
    start() {
        this.started = true;
        for (let index = 0; index < this.count && !this.broken; index++)
            this.startWorker();
    }
    startWorker() {
        let worker;
        try {
            worker = this.launch(this.setup);
        }
        catch {
            this.fallBack();
            return;
        }
        this.startedWorkers++;
        worker.on('message', (reply) => this.answer(reply));
        worker.on('error', () => this.fallBack());
        worker.on('exit', () => this.fallBack());
        this.workers.push(worker);
    }
    answer(reply) {
        const waiting = this.waiting.get(reply.id);
        if (!waiting)
            return;
        this.waiting.delete(reply.id);
        this.watchForStall();
        if (reply.error !== undefined)
            waiting.fail(new Error(reply.error));
        else
            waiting.settle(reply);
    }
    /** A worker failed or left: the batches it held are digested here (their bytes are still in shared memory), and so is every later one. */
    fallBack() {
        if (this.broken)
            return;
        clearTimeout(this.stallTimer);
        this.broken = true;
        this.fellBack = true;
        const workers = this.workers.splice(0);
        for (const worker of workers) {
            worker.removeAllListeners();
            // A second worker failing at the same time (two out-of-memory kills) still emits 'error': with no listener that would be an uncaught exception.
            worker.on('error', () => undefined);
            void worker.terminate();
        }
        // In request order: a chunk repeated across batches is encoded by its first batch, as on the main thread.
        const pending = [...this.waiting.values()].sort((a, b) => a.request.id - b.request.id);
        this.waiting.clear();
        for (const { request, settle, fail } of pending) {
            try {
                settle(this.digestHere(request));
            }
            catch (error) {
                fail(error);
            }
        }
    }
    /** (Re)starts the stall clock while any batch waits on a worker: every answer restarts it. */
    watchForStall() {
        clearTimeout(this.stallTimer);
        if (this.waiting.size === 0)
            return;
        this.stallTimer = setTimeout(() => this.fallBack(), this.stallMs);
        // The workers keep the process alive while they run; the clock alone must not.
        this.stallTimer.unref();
    }
    /**
     * Digests a batch on the main thread. Once the pool has fallen back, into an
     * output buffer of its own: a worker given up on may still be running (a
     * stalled one, or one whose termination has not landed), and it writes
     * into the output it was sent, which the batches reuse.
     */
    digestHere(request) {
        const own = this.fellBack ? { ...request, output: new SharedArrayBuffer(request.output.byteLength) } : request;
        this.encodeHere ??= storedEncoder(loadHere, this.setup.codec, this.setup.tags);
        return digestBatch(loadHere, this.encodeHere, this.setup, this.known, own);
    }
}
function startDigestWorker(setup) {
    return new external_node_worker_threads_.Worker(digestWorkerSource(), { eval: true, workerData: setup });
}
/** The modules digest-batch.ts loads, for running it on the main thread (an ES module has no `require`). */
const HERE = { 'node:crypto': external_node_crypto_, 'node:zlib': external_node_zlib_, 'node:worker_threads': external_node_worker_threads_ };
function loadHere(id) {
    const found = HERE[id];
    if (!found)
        throw new Error(`digest-batch loads ${id}, which the main thread does not provide`);
    return found;
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/tree/save-tree.ts







/**
 * The manifest entries of a tree, every file's chunks stored (once each) on
 * the way. The main thread reads files and finds chunk boundaries; worker
 * threads hash and compress the chunks (digest-pool.ts), batch by batch, and
 * the chunks reach the store in file order either way.
 */
async function saveTree(tree, store, options = {}) {
    const totals = { files: 0, bytes: 0, chunks: 0, newChunks: 0, newBytes: 0, workers: 0, workersFellBack: false };
    const entries = [];
    const pool = new DigestPool({ codec: store.codec, tags: CODEC_TAGS, known: store.list(), zeroChunk: ZERO_CHUNK }, options.workers ?? digestWorkerCount());
    try {
        const batches = new ChunkBatches(pool, store, totals);
        for (const entry of tree.entries.values()) {
            if (entry.type === 'directory')
                entries.push({ type: 'directory', path: entry.path, mode: entry.mode });
            else if (entry.type === 'symlink')
                entries.push({ type: 'symlink', path: entry.path, target: entry.target });
            else {
                const { size, chunks } = await cutFile(entry.absolute, batches);
                entries.push({ type: 'file', path: entry.path, mode: entry.mode, size, chunks });
                totals.files++;
                totals.bytes += size;
            }
        }
        await batches.finish();
        const threads = pool.report();
        totals.workers = threads.workers;
        totals.workersFellBack = threads.fellBack;
    }
    finally {
        await pool.close();
    }
    return { entries, totals };
}
/**
 * Reads a file once (no link followed, regular files only) into the current
 * batch behind the files before it, cutting it into content-defined chunks;
 * their hashes reach the refs when the batch is digested. A batch that fills
 * up is sent, and the bytes not yet cut move to the front of the next one.
 */
async function cutFile(path, batches) {
    const sizes = DEFAULT_CHUNK_SIZES;
    const masks = masksFor(sizes);
    const chunks = [];
    const { fd } = (0,read_file/* openRegularFile */.ZU)(path, { noFollow: true });
    let size = 0;
    try {
        let batch = batches.current;
        let start = batch.ends.at(-1) ?? 0;
        let end = start;
        let final = false;
        for (;;) {
            // Read until the file ends or a whole maximum-size chunk is there (so a boundary search never runs out of bytes).
            while (!final && end - start < sizes.max) {
                if (end === batch.bytes.length) {
                    batch = await batches.rotate(start, end);
                    end -= start;
                    start = 0;
                }
                const read = (0,external_node_fs_.readSync)(fd, batch.bytes, end, batch.bytes.length - end, null);
                if (read === 0)
                    final = true;
                else
                    end += read;
            }
            if (start === end)
                break;
            const cut = findBoundary(batch.bytes, start, end, final, sizes, masks);
            const ref = { sha256: '', size: cut - start };
            batches.cut(cut, ref);
            chunks.push(ref);
            size += cut - start;
            start = cut;
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return { size, chunks };
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/modes/save-checkpoint.ts






/** (workflow, gate, commit, inputs hash): the identity of one gate run's result. */
function idempotencyKey(identity, gate, paths, inputsHash) {
    return sha256Hex(JSON.stringify([identity.workflow, gate, identity.commit, paths, inputsHash]));
}
/**
 * Takes a checkpoint under the store lock: chunks first (stored once each,
 * flushed to disk), the manifest last (its atomic, durable rename is the
 * moment the checkpoint exists), then retention. A gate run that already has
 * a green checkpoint for the same key is `skipped-idempotent` (unless
 * `force`); a forced save of identical content keeps the existing manifest
 * (`unchanged`: same hash, no new chunks).
 */
async function saveCheckpoint(store, lock, request) {
    const key = idempotencyKey(request.identity, request.gate, request.paths, request.inputsHash);
    return (0,lock_lock/* withLock */.kK)(lock, CHECKPOINT_LOCK, async () => {
        const all = store.manifests.all(request.onRejected);
        const done = all.find(({ manifest }) => manifest.idempotencyKey === key && manifest.status === 'green');
        if (done && !request.force)
            return { outcome: 'skipped-idempotent', hash: done.hash, manifest: done.manifest, expired: { checkpoints: 0, chunks: 0 } };
        const tree = walkTree(request.paths, request.workspace, request.exclude);
        if (tree.entries.size === 0)
            return { outcome: 'empty', tree, expired: { checkpoints: 0, chunks: 0 } };
        // Packs other processes wrote or collected before this one held the lock: their chunks are not stored twice.
        store.chunks.refresh();
        let saved;
        try {
            saved = await saveTree(tree, store.chunks, { workers: request.workers });
            store.chunks.flush();
        }
        catch (error) {
            store.chunks.abandon();
            throw error;
        }
        const { entries, totals } = saved;
        const same = all.find(({ manifest }) => manifest.idempotencyKey === key && manifest.status === request.status && sameEntries(manifest.entries, entries));
        if (same)
            return { outcome: 'unchanged', hash: same.hash, manifest: same.manifest, totals, tree, expired: { checkpoints: 0, chunks: 0 } };
        request.beforeManifest?.();
        const manifest = {
            version: 1,
            gate: request.gate,
            status: request.status,
            idempotencyKey: key,
            ...request.identity,
            paths: request.paths,
            createdAt: new Date().toISOString(),
            lamport: request.lamport,
            entries,
        };
        const hash = store.manifests.write(manifest);
        const expired = applyRetention(store, [{ hash, manifest }, ...all], request.gate, request.retention);
        return { outcome: 'saved', hash, manifest, totals, tree, expired };
    }, 
    // A large tree takes a while: waiters wait longer, and a live saver's lock is not taken as abandoned.
    { timeout: request.lockTimeoutMs, staleAfter: 6 * 60 * 60_000 });
}
function sameEntries(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/modes/run-save.ts







/** `mode: save`: checkpoint the gate's paths (or report it already done), publish it when `store: cache`. */
async function runSave(context) {
    const { action, inputs, store } = context;
    const notes = [];
    // Read first: a bad GATES_CHECKPOINT_WORKERS is a usage error before anything is fetched or locked.
    const workers = digestWorkerCount();
    const fetched = await fetchPublished(context);
    if (fetched)
        notes.push(fetched);
    const records = await action.ledger.readVerified();
    const started = Date.now();
    const result = await saveCheckpoint(store, action.lock, {
        gate: inputs.gate,
        status: inputs.status,
        paths: inputs.paths,
        workspace: action.workspace,
        exclude: context.exclude,
        identity: context.identity,
        inputsHash: sha256Hex(inputs.key),
        force: inputs.force,
        retention: inputs.retention,
        lamport: (records[records.length - 1]?.lamport ?? 0) + 1,
        lockTimeoutMs: inputs.lockTimeoutMs,
        onRejected: context.onRejected,
        workers,
    });
    const seconds = (Date.now() - started) / 1000;
    for (const skipped of result.tree?.skipped ?? [])
        context.findings.push(finding(RULES.pathSkipped, `${skipped.path}: ${skipped.reason}.`, { file: skipped.path }));
    if (result.tree && result.tree.unmatched.length > 0)
        notes.push(`${result.tree.unmatched.length} path pattern(s) matched nothing: ${result.tree.unmatched.join(', ')}.`);
    let published;
    if (context.transport && result.outcome === 'saved' && result.hash) {
        const sent = await context.transport.publish(store, result.hash);
        published = `Published to ${context.transport.description}: ${sent.key} (${sent.chunks} chunk(s), ${sent.bytes} bytes).`;
        notes.push(published);
    }
    const metrics = saveMetrics(result, seconds);
    const outputs = {
        outcome: result.outcome,
        checkpoint: result.hash ?? '',
        'bytes-saved': String(result.totals?.bytes ?? 0),
        'new-bytes': String(result.totals?.newBytes ?? 0),
    };
    return {
        findings: context.findings,
        nothingToCheck: result.outcome === 'empty' ? `no path matched ${inputs.paths.join(', ')}` : undefined,
        outputs,
        notes,
        metrics,
        summaryAppendix: renderSaveSummary(result, metrics, action.redactor),
        ledgerEvent: { mode: 'save', gate: inputs.gate, status: inputs.status, checkpoint: result.hash ?? null, outcome: result.outcome },
    };
}

;// CONCATENATED MODULE: ./actions/checkpoint-restore/src/definition.ts







const checkpointRestore = {
    name: 'checkpoint-restore',
    description: 'Atomic, deduplicated checkpoints after a gate; verified restore, one-step rollback playbook and disaster-recovery rehearsal.',
    rules: RULE_LIST,
    // A rollback sets the quiesce marker itself; the other modes wait for one like every gate.
    checksQuiesce: true,
    async run(action) {
        const startedAt = Date.now();
        const inputs = readCheckpointInputs(action.inputs, startedAt);
        if (inputs.mode !== 'rollback') {
            await (0,quiesce/* awaitQuiesce */.uj)(action.stateRoot, (0,run_action/* quiescePolicy */.Cc)(action.config), (marker) => action.runner.info(`Waiting: a rollback of gate "${marker.gate}" (run ${marker.run}) has quiesced the gates since ${marker.since}.`));
        }
        const context = modeContext(action, inputs, startedAt);
        const { metrics, ...outcome } = inputs.mode === 'save' ? await runSave(context) : inputs.mode === 'rehearse' ? await runRehearse(context) : await runRestore(context);
        const metricsFile = await (0,report_files/* writeReportFile */.aS)((0,state_root/* statePath */.B)(action.stateRoot, 'reports', 'checkpoint-restore'), `metrics-${inputs.mode}.json`, { ...metrics, run: context.identity }, action.redactor);
        // A restore on the rollback path is what the suite's metrics file counts (seed §7: rollback frequency).
        const rolledBack = inputs.mode === 'rollback' && metrics.restored !== false;
        return { ...outcome, failOn: 'error', outputs: { ...outcome.outputs, 'metrics-file': metricsFile }, ...(rolledBack ? { metrics: { rollbacks: 1 } } : {}) };
    },
};


/***/ }),

/***/ 9136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ withRedactedStdout)
});

;// CONCATENATED MODULE: ./packages/core/src/redact/url-signatures.ts
/**
 * Query parameters that make a URL a credential: Azure SAS `sig`, S3 and GCS
 * presigned signatures and session tokens. Libraries log such URLs in debug
 * lines (`@actions/cache` logs its signed blob URLs); the URL stays readable,
 * its signature does not.
 */
const SIGNATURE_PARAMETER = /([?&](?:sig|signature|x-amz-signature|x-amz-security-token|x-amz-credential|x-goog-signature|x-goog-credential)=)[^&\s"'#<>]+/gi;
function maskUrlSignatures(text) {
    return text.includes('=') ? text.replace(SIGNATURE_PARAMETER, '$1***') : text;
}

;// CONCATENATED MODULE: ./packages/core/src/runner/library-output.ts

/**
 * Runs `body` with process.stdout passing through the redactor. Third-party
 * libraries (`@actions/cache`, through `@actions/core`) write workflow
 * commands straight to stdout, past the runner adapter that redacts gates'
 * own lines. Output is cut at line ends so a secret split across two writes
 * is still whole when it is matched; the rest is flushed when `body` ends.
 */
async function withRedactedStdout(redactor, body) {
    const original = process.stdout.write;
    const write = (text) => original.call(process.stdout, maskUrlSignatures(redactor.redact(text)));
    let pending = '';
    process.stdout.write = ((chunk, ...rest) => {
        pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        const end = pending.lastIndexOf('\n');
        if (end >= 0) {
            write(pending.slice(0, end + 1));
            pending = pending.slice(end + 1);
        }
        const callback = rest.find((argument) => typeof argument === 'function');
        callback?.();
        return true;
    });
    try {
        return await body();
    }
    finally {
        process.stdout.write = original;
        if (pending)
            write(pending);
    }
}


/***/ })

};
