export const id = 587;
export const ids = [587];
export const modules = {

/***/ 97587:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  redactLogs: () => (/* binding */ redactLogs)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/action/nothing-to-check.ts
var nothing_to_check = __webpack_require__(43830);
// EXTERNAL MODULE: ./packages/core/src/redact/secret-strength.ts
var secret_strength = __webpack_require__(35733);
// EXTERNAL MODULE: ./packages/core/src/text/glob.ts
var glob = __webpack_require__(13483);
// EXTERNAL MODULE: ./packages/core/src/files/discover-files.ts
var discover_files = __webpack_require__(48672);
// EXTERNAL MODULE: ./packages/core/src/safe-files/temp-files.ts
var temp_files = __webpack_require__(98861);
// EXTERNAL MODULE: ./packages/core/src/state/state-root.ts + 1 modules
var state_root = __webpack_require__(57734);
// EXTERNAL MODULE: ./packages/core/src/report/untrusted-text.ts
var untrusted_text = __webpack_require__(47920);
// EXTERNAL MODULE: ./packages/core/src/action/report-files.ts + 3 modules
var report_files = __webpack_require__(79517);
// EXTERNAL MODULE: ./packages/core/src/safe-files/contained-path.ts
var contained_path = __webpack_require__(71914);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./packages/core/src/safe-files/read-file.ts
var read_file = __webpack_require__(6220);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/redact/redactor.ts + 2 modules
var redactor = __webpack_require__(62401);
// EXTERNAL MODULE: ./packages/core/src/redact/intervals.ts
var intervals = __webpack_require__(91417);
;// CONCATENATED MODULE: ./actions/redact-logs/src/scrub/stream-scrubber.ts

/** Bytes gathered before a window is scanned: big enough that the overlap re-scan costs little. */
const WINDOW_BYTES = 1024 * 1024;
const MIN_OVERLAP = 64 * 1024;
/**
 * Redacts a byte stream of any length in bounded memory. Bytes are gathered
 * into one reused buffer and scanned in windows; each window keeps its last
 * `overlap` bytes (cut at a line start where possible) for the next, so a
 * secret across a chunk boundary is found whole, and only matches that start
 * before the cut are replaced now. Memory: one window plus the overlap,
 * whatever the input size. No I/O.
 */
class StreamScrubber {
    scanner;
    options;
    buffer;
    length = 0;
    linesBefore = 0;
    overlap;
    windowBytes;
    /** Counts and first line per rule id. */
    occurrences = new Map();
    /** Places replaced (overlapping matches make one): the sum of the occurrences' counts. */
    replacements = 0;
    constructor(scanner, options) {
        this.scanner = scanner;
        this.options = options;
        this.windowBytes = options.windowBytes ?? WINDOW_BYTES;
        this.overlap = Math.max(options.minOverlap ?? MIN_OVERLAP, scanner.reach + 1);
        this.buffer = Buffer.allocUnsafe(this.windowBytes + this.overlap + 64 * 1024);
    }
    /** Takes the next chunk (copied; the caller may reuse it). */
    push(chunk) {
        for (let offset = 0; offset < chunk.length;) {
            const room = this.buffer.length - this.length;
            const take = Math.min(room, chunk.length - offset);
            this.buffer.set(chunk.subarray(offset, offset + take), this.length);
            this.length += take;
            offset += take;
            if (this.length >= this.windowBytes + this.overlap)
                this.process(false);
        }
    }
    /** Flushes the rest, at the end of the input. */
    end() {
        this.process(true);
    }
    process(final) {
        const window = this.buffer.subarray(0, this.length);
        const { spans, allowed } = this.scanner.scan(window);
        let cut = window.length;
        if (!final) {
            const limit = window.length - this.overlap;
            const lineStart = window.lastIndexOf(10, limit - 1) + 1;
            cut = lineStart > 0 ? lineStart : limit;
        }
        const kept = [];
        for (const span of spans) {
            if (span.start >= cut)
                continue;
            kept.push(span);
            if (span.end > cut)
                cut = span.end;
        }
        kept.sort((a, b) => a.start - b.start);
        this.record(window, kept);
        this.recordAllowed(window, allowed.filter((find) => find.start < cut));
        this.emit(window, kept, cut);
        this.linesBefore += countLines(window, 0, cut);
        // The held-back tail moves to the front; nothing is allocated per window.
        this.buffer.copyWithin(0, cut, this.length);
        this.length -= cut;
    }
    emit(window, spans, cut) {
        let cursor = 0;
        for (const span of (0,intervals/* mergeSpans */.q4)(spans)) {
            if (span.start > cursor)
                this.options.write(window.subarray(cursor, span.start));
            this.options.write(Buffer.from(this.options.replacement(span), 'latin1'));
            cursor = span.end;
        }
        if (cut > cursor)
            this.options.write(window.subarray(cursor, cut));
    }
    /**
     * Counts replacements: overlapping matches are one replacement, counted
     * under the rule of highest priority among them (so the per-rule counts
     * add up to the total), and as "also matched" for the others, at the line
     * where it starts.
     */
    record(window, spans) {
        let regionStart = -1;
        let regionEnd = -1;
        let rules = new Set();
        const lines = this.lineCounter(window);
        const close = () => {
            if (rules.size === 0)
                return;
            let primary = '';
            for (const rule of rules)
                if (!primary || this.priorityOf(rule) < this.priorityOf(primary))
                    primary = rule;
            for (const rule of rules) {
                const occurrence = this.occurrences.get(rule) ?? { firstLine: lines(regionStart), count: 0, alsoMatched: 0 };
                if (rule === primary)
                    occurrence.count++;
                else
                    occurrence.alsoMatched++;
                this.occurrences.set(rule, occurrence);
            }
            this.replacements++;
        };
        for (const span of spans) {
            if (span.start >= regionEnd) {
                close();
                regionStart = span.start;
                rules = new Set();
            }
            regionEnd = Math.max(regionEnd, span.end);
            rules.add(span.ruleId);
            if ('value' in span)
                this.options.onPatternValue?.(span);
        }
        close();
    }
    recordAllowed(window, finds) {
        if (finds.length === 0 || !this.options.onAllowed)
            return;
        const lines = this.lineCounter(window);
        for (const find of [...finds].sort((a, b) => a.start - b.start))
            this.options.onAllowed({ ruleId: find.ruleId, line: lines(find.start), reason: find.reason });
    }
    priorityOf(rule) {
        return this.scanner.priority.get(rule) ?? Number.MAX_SAFE_INTEGER;
    }
    /** 1-based line numbers of ascending offsets in this window, counting from where it starts in the input. */
    lineCounter(window) {
        let cursor = 0;
        let lines = this.linesBefore;
        return (offset) => {
            lines += countLines(window, cursor, offset);
            cursor = offset;
            return lines + 1;
        };
    }
}
function countLines(bytes, from, to) {
    let count = 0;
    for (let at = bytes.indexOf(10, from); at >= 0 && at < to; at = bytes.indexOf(10, at + 1))
        count++;
    return count;
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/scrub/scrub-engine.ts


/** Text gets the policy's replacement; binary content the same number of `*`, so offsets and sizes (tar headers, core dumps) stay valid. */
function scrubberFor(engine, kind, write) {
    const replacement = kind === 'binary'
        ? (span) => '*'.repeat(span.end - span.start)
        : engine.replacement === 'rule-id'
            ? (span) => `[REDACTED:${span.ruleId}]`
            : () => '***';
    return new StreamScrubber(engine.scanner, { write, replacement, onPatternValue: engine.onPatternValue, onAllowed: engine.onAllowed });
}
/**
 * Binary content the policy does not scrub is still searched for the known
 * values (a byte search needs no decoding): the same scanner over the same
 * windows, its output dropped, and no value registered from pattern rules
 * (they are not meant for binary data).
 */
function knownValueSearch(engine) {
    const scrubber = new StreamScrubber(engine.scanner, { write: () => { }, replacement: () => '' });
    return {
        push: (chunk) => scrubber.push(chunk),
        end: () => {
            scrubber.end();
            return scrubber.occurrences.get(redactor/* KNOWN_SECRET_RULE */._I)?.count ?? 0;
        },
    };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./actions/redact-logs/src/files/classify.ts

/** Bytes read to decide. */
const SNIFF_BYTES = 8192;
function classifyContent(head) {
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5) && (head[3] === 4 || head[3] === 6))
        return 'zip';
    return isBinary(head) ? 'binary' : 'text';
}
/** Share of control bytes (NUL included) above which content is binary. */
const BINARY_SHARE = 0.1;
/** Share of control bytes above which content that is not UTF-8 either is binary. */
const NON_UTF8_CONTROL_SHARE = 0.01;
/**
 * Many control bytes, NUL included, mean binary: a few do not. (One NUL used
 * to be enough, so a log could switch its own scrubbing off with one byte.)
 * Random or encrypted bytes (a key store, a compressed blob) hold about 10%
 * control bytes, right at that line; they are never UTF-8, so some control
 * bytes and no UTF-8 is binary too. Text in other encodings than UTF-8
 * (latin1 logs) has next to no control bytes and stays text: redaction works
 * on bytes. Binary content is still searched for known values.
 */
function isBinary(head) {
    let control = 0;
    for (const byte of head) {
        // Tab, LF, VT, FF, CR and ESC (ANSI colours) are ordinary in logs.
        if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 11 && byte !== 12 && byte !== 13 && byte !== 27)
            control++;
    }
    if (head.length === 0)
        return false;
    const share = control / head.length;
    return share > BINARY_SHARE || (share > NON_UTF8_CONTROL_SHARE && !isUtf8Head(head));
}
/** UTF-8, allowing the sniffed head to end inside a character. */
function isUtf8Head(head) {
    for (let cut = 0; cut < 4 && cut < head.length; cut++)
        if ((0,external_node_buffer_.isUtf8)(head.subarray(0, head.length - cut)))
            return true;
    return false;
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/scrub/scrub-transform.ts



/** A file the policy does not let us scrub: reported as refused, not as an internal error. */
class ScrubRefusal extends Error {
}
/**
 * A stream stage that sniffs the first bytes, then scrubs (text, or binary
 * when the policy says so) or passes bytes through untouched, counting the
 * known values in them. For content inside archives; plain files take the
 * synchronous path.
 */
class ScrubTransform extends external_node_stream_.Transform {
    engine;
    maxBytes;
    head = [];
    headBytes = 0;
    scrubber;
    search;
    decided = false;
    outcome = { kind: 'text', scrubbed: false, occurrences: new Map(), replacements: 0, knownLeft: 0 };
    bytes = 0;
    constructor(engine, maxBytes = Number.POSITIVE_INFINITY) {
        super();
        this.engine = engine;
        this.maxBytes = maxBytes;
    }
    _transform(chunk, _encoding, callback) {
        this.bytes += chunk.length;
        // A small archive can expand to terabytes (a decompression bomb).
        if (this.bytes > this.maxBytes)
            return callback(new ScrubRefusal(`content expands beyond max-file-size (${this.maxBytes} bytes)`));
        if (!this.decided) {
            this.head.push(chunk);
            this.headBytes += chunk.length;
            if (this.headBytes < SNIFF_BYTES)
                return callback();
            this.decide();
            this.feed(Buffer.concat(this.head.splice(0)));
            return callback();
        }
        this.feed(chunk);
        callback();
    }
    _flush(callback) {
        if (!this.decided) {
            this.decide();
            this.feed(Buffer.concat(this.head.splice(0)));
        }
        if (this.scrubber) {
            this.scrubber.end();
            this.outcome.occurrences = this.scrubber.occurrences;
            this.outcome.replacements = this.scrubber.replacements;
        }
        if (this.search)
            this.outcome.knownLeft = this.search.end();
        callback();
    }
    decide() {
        this.decided = true;
        const kind = classifyContent(Buffer.concat(this.head).subarray(0, SNIFF_BYTES)) === 'text' ? 'text' : 'binary';
        const scrub = kind === 'text' || this.engine.binary === 'scrub';
        this.outcome = { kind, scrubbed: scrub, occurrences: new Map(), replacements: 0, knownLeft: 0 };
        // The scrubber's bytes live in its reused buffer: copy them onto the stream.
        if (scrub)
            this.scrubber = scrubberFor(this.engine, kind, (bytes) => this.push(Buffer.from(bytes)));
        else
            this.search = knownValueSearch(this.engine);
    }
    feed(chunk) {
        if (this.scrubber)
            return this.scrubber.push(chunk);
        this.search.push(chunk);
        this.push(chunk);
    }
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/files/file-outcome.ts
function addOccurrences(into, from) {
    for (const [rule, occurrence] of from) {
        const existing = into.get(rule);
        if (existing) {
            existing.count += occurrence.count;
            existing.alsoMatched += occurrence.alsoMatched;
        }
        else
            into.set(rule, { ...occurrence });
    }
}
/**
 * Binary content the policy leaves as it is, after the search for known
 * values: refused when it holds any (the gate fails), otherwise skipped
 * (`binary: skip`) or refused (`binary: report`), with what was searched.
 */
function binaryLeftAsItIs(display, kind, policy, knownLeft, what = 'binary content') {
    if (knownLeft > 0) {
        return { display, kind, status: 'refused', reason: `${what} holds ${knownLeft} known secret value(s), left as they are (policy binary: ${policy}; binary: scrub overwrites them)`, occurrences: new Map(), knownLeft };
    }
    return { display, kind, status: policy === 'report' ? 'refused' : 'skipped', reason: `${what} (policy binary: ${policy}); searched for known values, none found; pattern rules not applied`, occurrences: new Map(), knownLeft: 0 };
}

// EXTERNAL MODULE: ./packages/core/src/safe-files/atomic-file.ts + 1 modules
var atomic_file = __webpack_require__(56135);
;// CONCATENATED MODULE: ./actions/redact-logs/src/files/scrub-target.ts

/**
 * The scrubbed copy is written beside its destination and renamed over it
 * only when complete (the core's atomic writer: a killed run leaves the old
 * file or the new one, and its temporary file is removed by the next run).
 * No fsync: it cost a third of the run time on a 1 GiB log, and what it adds
 * (surviving a power loss) does not matter on a runner, where a crashed
 * machine ends the job and its uploads with it.
 */
function openTarget(destination) {
    return new atomic_file/* AtomicFile */.A0(destination.path, { root: destination.root, mode: destination.mode & 0o7777 });
}

// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./actions/redact-logs/src/files/scrub-gzip.ts







/** Decompresses, scrubs and re-compresses a gzip file in one stream: memory stays bounded whatever it expands to. */
async function scrubGzip(source, destination, engine, maxBytes, display) {
    const target = openTarget(destination);
    const scrub = new ScrubTransform(engine, maxBytes);
    try {
        await (0,promises_.pipeline)((0,external_node_fs_.createReadStream)('', { fd: (0,read_file/* openRegularFile */.ZU)(source, { noFollow: true }).fd }), (0,external_node_zlib_.createGunzip)(), scrub, (0,external_node_zlib_.createGzip)(), target.sink());
    }
    catch (error) {
        target.abandon();
        throw error;
    }
    const found = scrub.outcome.occurrences.size > 0;
    // Content the policy does not scrub is not copied either: an output directory holds only scrubbed files.
    if (!scrub.outcome.scrubbed || (!found && destination.path === source))
        target.abandon();
    else
        target.commit();
    if (!scrub.outcome.scrubbed)
        return binaryLeftAsItIs(display, 'gzip', engine.binary, scrub.outcome.knownLeft, 'compressed content is binary');
    return { display, kind: 'gzip', status: found ? 'redacted' : 'clean', occurrences: scrub.outcome.occurrences, replacements: scrub.outcome.replacements, entries: { scrubbed: 1, passedThrough: 0 } };
}

// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(20663);
// EXTERNAL MODULE: ./node_modules/yazl/index.js
var yazl = __webpack_require__(93044);
// EXTERNAL MODULE: ./packages/core/src/files/zip-entries.ts
var zip_entries = __webpack_require__(90015);
;// CONCATENATED MODULE: ./actions/redact-logs/src/files/scrub-zip.ts








/**
 * Re-packs a zip with every entry scrubbed, one entry at a time (memory is one
 * entry's window, not the archive). Names, times, permissions and whether an
 * entry was compressed are kept. Encrypted entries cannot be scrubbed: the
 * archive is refused.
 */
async function scrubZip(source, destination, engine, maxBytes, display) {
    const reader = await openZip(source);
    const target = openTarget(destination);
    const writer = new yazl/* ZipFile */.u();
    const written = (0,promises_.finished)(writer.outputStream.pipe(target.sink()));
    const outcome = { display, kind: 'zip', status: 'clean', occurrences: new Map(), replacements: 0, entries: { scrubbed: 0, passedThrough: 0 }, knownLeft: 0 };
    try {
        for (let entry = await (0,zip_entries/* nextZipEntry */.R)(reader); entry; entry = await (0,zip_entries/* nextZipEntry */.R)(reader)) {
            const options = { mtime: entry.getLastModDate(), mode: entry.externalFileAttributes >>> 16 || undefined };
            if (entry.fileName.endsWith('/')) {
                writer.addEmptyDirectory(entry.fileName, options);
                continue;
            }
            if (entry.isEncrypted())
                throw new ScrubRefusal(`entry ${entry.fileName} is encrypted and cannot be scrubbed`);
            const scrub = new ScrubTransform(engine, maxBytes);
            const input = await (0,zip_entries/* openZipEntry */.q)(reader, entry);
            input.on('error', (error) => scrub.destroy(error));
            writer.addReadStream(input.pipe(scrub), entry.fileName, { ...options, compress: entry.compressionMethod !== 0 });
            await (0,promises_.finished)(scrub);
            addOccurrences(outcome.occurrences, scrub.outcome.occurrences);
            outcome.replacements += scrub.outcome.replacements;
            outcome.knownLeft += scrub.outcome.knownLeft;
            if (scrub.outcome.scrubbed)
                outcome.entries.scrubbed++;
            else
                outcome.entries.passedThrough++;
        }
        writer.end();
        await written;
    }
    catch (error) {
        reader.close();
        target.abandon();
        throw error;
    }
    outcome.status = outcome.occurrences.size > 0 ? 'redacted' : 'clean';
    if (outcome.status === 'clean' && destination.path === source)
        target.abandon();
    else
        target.commit();
    return outcome;
}
/** Opened as every file is (regular file, no link followed); yauzl reads the descriptor and closes it when done. */
function openZip(path) {
    const { fd } = (0,read_file/* openRegularFile */.ZU)(path, { noFollow: true });
    return new Promise((resolve, reject) => yauzl.fromFd(fd, { lazyEntries: true, autoClose: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) => {
        if (!error)
            return resolve(zip);
        (0,external_node_fs_.closeSync)(fd);
        reject(error);
    }));
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/files/scrub-file.ts









const READ_BYTES = 1024 * 1024;
/**
 * Scrubs one file into `destination` (itself, in place, or a copy under
 * output-dir). Never throws for a file's own problems (unreadable, too large,
 * broken archive): they come back as an outcome, so one bad file does not
 * stop the others, and the report says which files were not scrubbed.
 */
async function scrubFile(source, destination, display, options) {
    let fd;
    try {
        // No link followed (one swapped in after discovery is refused, not written through); a FIFO or device is refused unread.
        let stats;
        try {
            ({ fd, stats } = (0,read_file/* openRegularFile */.ZU)(source, { noFollow: true }));
        }
        catch (error) {
            if (error instanceof read_file/* UnreadableFile */.ie && error.kind === 'not-regular')
                return notScrubbed(display, 'skipped', 'not a regular file');
            throw error;
        }
        if (stats.size > options.maxFileBytes)
            return notScrubbed(display, 'refused', `larger than max-file-size (${stats.size} bytes)`);
        const head = Buffer.alloc(Math.min(SNIFF_BYTES, stats.size));
        (0,external_node_fs_.readSync)(fd, head, 0, head.length, 0);
        const kind = classifyContent(head);
        if (kind === 'gzip' || kind === 'zip') {
            (0,external_node_fs_.closeSync)(fd);
            fd = undefined;
            if (options.archives === 'skip')
                return { display, kind, status: 'skipped', reason: 'archive (policy archives: skip)', occurrences: new Map() };
            if (options.archives === 'refuse')
                return { display, kind, status: 'refused', reason: 'archive (policy archives: refuse)', occurrences: new Map() };
            const scrub = kind === 'gzip' ? scrubGzip : scrubZip;
            return await scrub(source, { path: destination, root: options.root, mode: stats.mode }, options.engine, options.maxFileBytes, display);
        }
        if (kind === 'binary' && options.engine.binary !== 'scrub') {
            const search = knownValueSearch(options.engine);
            readAll(fd, (chunk) => search.push(chunk));
            return binaryLeftAsItIs(display, kind, options.engine.binary, search.end());
        }
        return scrubPlain(fd, { path: destination, root: options.root, mode: stats.mode }, destination === source, display, kind, options.engine);
    }
    catch (error) {
        // A destination that leads outside its root (a link swapped in since discovery) is refused like a policy refusal.
        const refused = error instanceof ScrubRefusal || (error instanceof gates_error/* GatesError */.xx && error.code === 'GATES_E_PATH_OUTSIDE');
        const reason = refused ? error.message : describeIoError(error);
        return notScrubbed(display, refused ? 'refused' : 'failed', reason);
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/** The fast path for plain files: synchronous reads into the scrubber, written to a temporary file renamed into place. */
function scrubPlain(fd, destination, inPlace, display, kind, engine) {
    const target = openTarget(destination);
    const scrubber = scrubberFor(engine, kind, (bytes) => target.write(bytes));
    try {
        readAll(fd, (chunk) => scrubber.push(chunk));
        scrubber.end();
    }
    catch (error) {
        target.abandon();
        throw error;
    }
    const found = scrubber.occurrences.size > 0;
    // Nothing found: the original stays as it was, mtime included.
    if (inPlace && !found)
        target.abandon();
    else
        target.commit();
    return { display, kind, status: found ? 'redacted' : 'clean', occurrences: scrubber.occurrences, replacements: scrubber.replacements };
}
/** The whole file in 1 MiB reads, through one reused buffer (the consumer copies what it keeps). */
function readAll(fd, consume) {
    const chunk = Buffer.allocUnsafe(READ_BYTES);
    for (let position = 0;;) {
        const read = (0,external_node_fs_.readSync)(fd, chunk, 0, READ_BYTES, position);
        if (read === 0)
            break;
        position += read;
        consume(chunk.subarray(0, read));
    }
}
function notScrubbed(display, status, reason) {
    return { display, kind: 'text', status, reason, occurrences: new Map() };
}
function describeIoError(error) {
    const code = error.code;
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    if (code === 'ELOOP' || (error instanceof read_file/* UnreadableFile */.ie && error.kind === 'symlink'))
        return 'symbolic link (not followed)';
    if (error instanceof read_file/* UnreadableFile */.ie && error.kind === 'missing')
        return 'disappeared while scrubbing';
    if (code === 'ENOENT')
        return 'disappeared while scrubbing';
    if (code === 'ENOSPC')
        return 'no space left to write the scrubbed copy';
    if (error instanceof gates_error/* GatesError */.xx)
        return error.message;
    return `${code ?? 'error'}: ${error.message}`;
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/policy/known-secrets.ts
/**
 * The `secrets` input: either the JSON of the secrets context
 * (`${{ toJSON(secrets) }}`, an object of names to values) or one secret per
 * line. Pure.
 */
function parseSecretsInput(raw) {
    if (!raw || raw.trim() === '')
        return [];
    const trimmed = raw.trim();
    if (trimmed.startsWith('{')) {
        const parsed = tryJson(trimmed);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
            return Object.entries(parsed)
                .filter((entry) => typeof entry[1] === 'string' && entry[1] !== '')
                .map(([name, value]) => ({ label: `secrets.${name}`, value }));
        }
    }
    return raw
        .split(/\r?\n/)
        .map((line, index) => ({ label: `secrets input line ${index + 1}`, value: line.trim() }))
        .filter((secret) => secret.value !== '');
}
function tryJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/entropy.ts
/** Shannon entropy of a string's characters, in bits per character. Pure. */
function shannonEntropy(value) {
    if (value.length === 0)
        return 0;
    const counts = new Map();
    for (const char of value)
        counts.set(char, (counts.get(char) ?? 0) + 1);
    let bits = 0;
    for (const count of counts.values()) {
        const p = count / value.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/placeholders.ts
/**
 * Values that stand for a secret without being one: template variables,
 * instructions to the reader, masks, runs of one character. Every rule drops
 * them (gitleaks' and secretlint's test cases show what each vendor's docs and
 * READMEs use), so a README's `https://user:YOUR_PASSWORD@host` or a masked
 * `Bearer ***` is neither rewritten nor masked. Pure.
 */
const PLACEHOLDER_SHAPES = [
    // Template and shell variables: ${{ secrets.X }}, {{ .Values.x }}, ${VAR}, $(cmd), $VAR, %VAR%, $env:VAR, {password}, <token>, [token].
    /\$\{\{[^}]*\}\}/,
    /\{\{[^}]*\}\}/,
    /^\$\{[^}]*\}$/,
    /^\$\([^)]*\)$/,
    /^\$[A-Za-z_][A-Za-z0-9_]*$/,
    /^%[A-Za-z_][A-Za-z0-9_]*%$/,
    /^\$env:/i,
    /^\{[^{}]*\}$/,
    /^<[^<>]*>$/,
    /^\[[^[\]]*\]$/,
    /^%[sdvq]$/,
    // Masks: ***, [REDACTED], [MASKED], and a run of one character (xxxxxxxx, AAAAAAAA, 00000000, ........).
    /\*\*\*/,
    /\[(?:REDACTED|MASKED|FILTERED|HIDDEN)/i,
    /(.)\1{7,}/,
    /x{6,}/i,
    /\.{3}|…/,
    /abcdefghij|0123456789|1234567890|qwertyuiop/i,
    // Instructions: YOUR_PASSWORD, my-api-key, REPLACE_WITH_TOKEN, TOKEN_HERE, insert-key, changeme, <example>, dummy values.
    /^(?:your|my|the|some)[-_.]/i,
    /^(?:insert|enter|put|add|paste)[-_]/i,
    /replace[-_ ]?(?:with|me)|[-_]here$|^here$/i,
    /change[-_]?(?:me|it)|placeholder|redacted|example|dummy|^sample[-_]|^fake[-_]/i,
    /^(?:none|null|nil|undefined|empty|true|false|n\/a|tbd|todo)$/i,
    /^(?:pass(?:word|wd)?|secret|token|api[-_]?key|apikey|key|pwd|username|user|credentials?|auth)$/i,
];
function isPlaceholder(value) {
    for (const shape of PLACEHOLDER_SHAPES)
        if (shape.test(value))
            return true;
    return false;
}

// EXTERNAL MODULE: ./actions/redact-logs/src/rules/common-words.ts
var common_words = __webpack_require__(90834);
;// CONCATENATED MODULE: ./actions/redact-logs/src/masks/mask-strength.ts




/** Found values are guesses, not declarations: a longer floor than for known values. */
const MIN_FOUND_MASK_LENGTH = 8;
/** Bits per character; eight distinct characters give 3. */
const MIN_MASK_ENTROPY = 2.5;
/** Everything but suite-output, which needs the run's own outputs (checked at the end of the run). */
function maskRefusalOf(value, minLength) {
    const refusal = (0,secret_strength/* refusalOf */.O)(value, Math.max(minLength, MIN_FOUND_MASK_LENGTH));
    if (refusal)
        return refusal;
    if (isPlaceholder(value))
        return 'placeholder';
    if (shannonEntropy(value) < MIN_MASK_ENTROPY)
        return 'low-entropy';
    if ((0,common_words/* isWordLike */.U)(value))
        return 'dictionary-word';
    return undefined;
}
function describeMaskRefusal(refusal, minLength) {
    switch (refusal) {
        case 'placeholder':
            return 'a placeholder, not a credential';
        case 'dictionary-word':
            return 'a word (or words) that ordinary logs contain';
        case 'suite-output':
            return "part of the suite's own outputs or summary";
        case 'mask-limit':
            return 'over max-masks';
        case 'low-entropy':
            return 'too little variety of characters';
        default:
            return (0,secret_strength/* describeRefusal */.a)(refusal, Math.max(minLength, MIN_FOUND_MASK_LENGTH));
    }
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/masks/mask-registry.ts

/**
 * Collects values pattern rules found, to register with the runner's masker
 * at the end of the run: only then are the suite's own outputs and summary
 * known, and a value that is part of them must not be masked (it would turn
 * `verdict: pass` into `***`). Each value is checked as known values are
 * (length, variety, placeholder, word); at most `limit` are kept, so memory
 * stays bounded whatever the files hold.
 */
class MaskRegistry {
    limit;
    minLength;
    /** The file being scrubbed, for the report (files are scrubbed one at a time). */
    file = '';
    pending = new Map();
    unmasked = new Map();
    registered = 0;
    constructor(limit, minLength) {
        this.limit = limit;
        this.minLength = minLength;
    }
    get count() {
        return this.registered;
    }
    get refused() {
        return [...this.unmasked.values()];
    }
    offer(hit) {
        const value = Buffer.from(hit.value, 'latin1').toString('utf8');
        // The runner masks line by line: a key block is masked by its body lines.
        const lines = /[\r\n]/.test(value) ? value.split(/\r?\n/).map((line) => line.trim()).filter((line) => /^[A-Za-z0-9+/=]{16,}$/.test(line)) : [value];
        for (const line of lines)
            this.consider(line, hit.ruleId);
    }
    /** Registers what is left once the suite's own text is known (lower case: outputs, summary words, file names). */
    register(redactor, suiteText) {
        for (const [value, { rule, file }] of this.pending) {
            if (suiteText.includes(value.toLowerCase()))
                this.refuse(rule, file, 'suite-output');
            else {
                redactor.maskFound(value);
                this.registered++;
            }
        }
        this.pending.clear();
    }
    consider(value, rule) {
        if (this.pending.has(value))
            return;
        const refusal = maskRefusalOf(value, this.minLength) ?? (this.pending.size >= this.limit ? 'mask-limit' : undefined);
        if (refusal)
            this.refuse(rule, this.file, refusal);
        else
            this.pending.set(value, { rule, file: this.file });
    }
    refuse(rule, file, reason) {
        const key = `${rule}\n${file}\n${reason}`;
        const entry = this.unmasked.get(key);
        if (entry)
            entry.count++;
        else
            this.unmasked.set(key, { rule, file, reason, count: 1 });
    }
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/masks/suite-text.ts
/**
 * The text the suite itself prints in a run (outputs, summary, annotations,
 * links), in lower case: a found value that is part of it must not go to the
 * runner's masker, which would turn `verdict: pass` into `***` and the
 * summary heading into "redact-logs: ***ed". Pure.
 */
/** Words every run may print whatever its files hold: verdicts, severities, headings, output names. */
const SUITE_WORDS = [
    'pass passed fail failed failure verdict warning warnings error errors notice note notes waived',
    'gates redact-logs redaction redacted redact known-secret unscrubbed-file binary-file findings-count redacted-count files-changed',
    'report-file report-json sarif-file summary rule rules file files value values found masked mask skipped refused clean text gzip zip',
].join(' ');
/** Values of the run's context that links and headings in the summary show. */
const CONTEXT_VARIABLES = ['GITHUB_REPOSITORY', 'GITHUB_SERVER_URL', 'GITHUB_ACTION_REPOSITORY', 'GITHUB_ACTION_REF', 'GITHUB_WORKFLOW', 'GITHUB_REF_NAME', 'GITHUB_SHA', 'GITHUB_RUN_ID', 'GITHUB_ACTOR'];
function suiteText(parts) {
    return [SUITE_WORDS, ...parts].join('\n').toLowerCase();
}
function contextValues(env) {
    return CONTEXT_VARIABLES.map((name) => env[name] ?? '').filter(Boolean);
}

// EXTERNAL MODULE: ./actions/redact-logs/src/policy/redact-policy.ts + 3 modules
var redact_policy = __webpack_require__(40143);
;// CONCATENATED MODULE: ./actions/redact-logs/src/report/allowed-finds.ts
/** At most this many inline-allowed finds are listed in the report; the count goes on. */
const MAX_LISTED = 200;
/**
 * Finds kept by `gates:allow` / `gitleaks:allow` on their line, with the
 * line's reason, for the report: a reviewer sees what was let through and
 * why. Never the value.
 */
class AllowedFinds {
    /** The file being scrubbed (files are scrubbed one at a time). */
    file = '';
    count = 0;
    listed = [];
    add(find) {
        this.count++;
        if (this.listed.length < MAX_LISTED)
            this.listed.push({ file: this.file, ...find });
    }
}

// EXTERNAL MODULE: ./packages/core/src/errors/catalogue.ts
var catalogue = __webpack_require__(46360);
// EXTERNAL MODULE: ./actions/redact-logs/src/rules/builtin-rules.ts + 12 modules
var builtin_rules = __webpack_require__(94960);
;// CONCATENATED MODULE: ./actions/redact-logs/src/report/redaction-findings.ts


const BUILTIN_IDS = new Set(builtin_rules/* BUILTIN_RULES */.Y.map((rule) => rule.id));
const UNSCRUBBED_FILE_RULE = 'unscrubbed-file';
const BINARY_FILE_RULE = 'binary-file';
const SKIPPED_FILE_RULE = 'skipped-file';
/** The rules a report can name: known values, every pattern rule in force, and files that could not be scrubbed. */
function redactionRules(patternRules, failOnFind) {
    const found = failOnFind ? 'error' : 'warning';
    return [
        { id: redactor/* KNOWN_SECRET_RULE */._I, description: 'A value given as secret (or one of its encodings) was found and redacted', severity: found, docs: (0,catalogue/* ruleDocsUrl */.hS)('redact-logs', 'known-secret') },
        ...patternRules.map((rule) => ({ id: rule.id, description: `${rule.description}: found and redacted`, severity: found, docs: (0,catalogue/* ruleDocsUrl */.hS)('redact-logs', BUILTIN_IDS.has(rule.id) ? rule.id : 'custom-rules') })),
        { id: UNSCRUBBED_FILE_RULE, description: 'A file that should be scrubbed could not be (unreadable, refused archive, too large); it may still hold secrets', severity: 'error', docs: (0,catalogue/* ruleDocsUrl */.hS)('redact-logs', 'unscrubbed-file') },
        { id: BINARY_FILE_RULE, description: 'A binary file was not scrubbed (policy binary: report); it was searched for known values', severity: failOnFind ? 'error' : 'warning', docs: (0,catalogue/* ruleDocsUrl */.hS)('redact-logs', 'binary-file') },
        { id: SKIPPED_FILE_RULE, description: 'With fail-on-find, a file was not searched in full (binary content, a skipped archive, a link or special file) and the policy does not allow that', severity: 'error', docs: (0,catalogue/* ruleDocsUrl */.hS)('redact-logs', 'skipped-file') },
    ];
}
/**
 * One finding per file and rule, with the count and the first line: never the
 * value, not even a prefix. A file left with a known value in it, or not
 * scrubbed at all, is an error; with fail-on-find, so is a file not searched
 * in full, unless the policy allows skipping. Pure.
 */
function redactionFindings(outcomes, options) {
    const findings = [];
    const { failOnFind } = options;
    const severity = failOnFind ? 'error' : 'warning';
    const skipFails = failOnFind && !options.allowSkipped;
    for (const outcome of outcomes) {
        const plain = outcome.kind === 'text' || outcome.kind === 'binary';
        for (const [ruleId, occurrence] of outcome.occurrences) {
            const where = plain && outcome.kind === 'text' ? ` (first at line ${occurrence.firstLine})` : outcome.kind === 'text' || outcome.kind === 'binary' ? '' : ' inside the archive';
            findings.push({
                ruleId,
                severity,
                file: outcome.display,
                line: outcome.kind === 'text' ? occurrence.firstLine : undefined,
                message: occurrence.count > 0
                    ? `${occurrence.count} value(s) matching ${ruleId} redacted${where}${occurrence.alsoMatched > 0 ? ` (and ${occurrence.alsoMatched} counted under another rule)` : ''}; rotate the credential if the file was ever shared unredacted.`
                    : `${occurrence.alsoMatched} value(s) matching ${ruleId} redacted${where}, each counted under another rule that matched it too; rotate the credential if the file was ever shared unredacted.`,
            });
        }
        const finding = unscrubbedFinding(outcome, skipFails);
        if (finding)
            findings.push(finding);
    }
    return findings;
}
/** What a file not scrubbed (in full) means for the gate. */
function unscrubbedFinding(outcome, skipFails) {
    const file = outcome.display;
    if (outcome.knownLeft) {
        const where = outcome.reason ?? `${outcome.knownLeft} known secret value(s) in archive entries passed through as binary`;
        return { ruleId: UNSCRUBBED_FILE_RULE, severity: 'error', file, message: `known value left in place: ${where}.`, fixHint: 'set `binary: scrub` to overwrite known values in place, or keep the file out of the upload' };
    }
    if (outcome.status === 'refused' && outcome.kind === 'binary') {
        return { ruleId: BINARY_FILE_RULE, severity: skipFails ? 'error' : 'warning', file, message: `not scrubbed: ${outcome.reason}.`, fixHint: 'set `binary: scrub` to overwrite known values and matches in place, or keep the file out of the upload' };
    }
    if (outcome.status === 'failed' || outcome.status === 'refused') {
        return { ruleId: UNSCRUBBED_FILE_RULE, severity: 'error', file, message: `not scrubbed: ${outcome.reason}.`, fixHint: 'keep the file out of the upload, or fix the reason and re-run' };
    }
    if (outcome.status === 'skipped' && skipFails) {
        return { ruleId: SKIPPED_FILE_RULE, severity: 'error', file, message: `not searched in full: ${outcome.reason}.`, fixHint: 'keep the file out of `paths`, or set `skipped: allow` in the policy if leaving it is intended' };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/report/redaction-report.ts
/** The JSON report (report-file output): counts per file and rule, what was not scrubbed or not masked and why; never a value. Pure. */
function redactionReport(outcomes, notes) {
    return {
        files: outcomes.map((outcome) => ({
            file: outcome.display,
            kind: outcome.kind,
            status: outcome.status,
            replacements: outcome.replacements ?? 0,
            reason: outcome.reason,
            entries: outcome.entries,
            knownLeft: outcome.knownLeft,
            rules: Object.fromEntries([...outcome.occurrences].map(([rule, occurrence]) => [rule, occurrence])),
        })),
        refused: notes.refused,
        unmatched: notes.unmatched,
        masks: { registered: notes.masks.count, notRegistered: notes.masks.refused },
        allowedInline: { count: notes.allowed.count, finds: notes.allowed.listed },
        gitleaks: notes.gitleaks,
    };
}

// EXTERNAL MODULE: ./packages/core/src/report/markdown.ts
var markdown = __webpack_require__(97195);
;// CONCATENATED MODULE: ./actions/redact-logs/src/report/redaction-summary.ts


function totalsOf(outcomes) {
    let redacted = 0;
    for (const outcome of outcomes)
        redacted += outcome.replacements ?? 0;
    return {
        redacted,
        filesChanged: outcomes.filter((outcome) => outcome.status === 'redacted').length,
        scanned: outcomes.filter((outcome) => outcome.status === 'redacted' || outcome.status === 'clean').length,
    };
}
/** Rows of the tables below; the report file has them all. */
const MAX_ROWS = 200;
/** Counts per rule and per file: never a value. File names, patterns, rule ids and labels are untrusted text. Pure. */
function renderRedactionSummary(outcomes, notes, md) {
    const totals = totalsOf(outcomes);
    const byRule = new Map();
    for (const outcome of outcomes) {
        for (const [rule, occurrence] of outcome.occurrences) {
            const entry = byRule.get(rule) ?? { count: 0, alsoMatched: 0 };
            entry.count += occurrence.count;
            entry.alsoMatched += occurrence.alsoMatched;
            byRule.set(rule, entry);
        }
    }
    const lines = [
        '### Redaction',
        '',
        `${totals.redacted} value(s) redacted in ${totals.filesChanged} of ${totals.scanned} file(s) scrubbed${notes.outputDir ? ` (copies written under ${md.code(notes.outputDir)})` : ' (in place)'}; ${notes.knownValues} known value(s) searched for in all their encodings.`,
        '',
    ];
    if (byRule.size > 0) {
        const rows = [...byRule].sort((a, b) => b[1].count - a[1].count || b[1].alsoMatched - a[1].alsoMatched).map(([rule, entry]) => [md.code(rule), String(entry.count), entry.alsoMatched > 0 ? String(entry.alsoMatched) : '']);
        lines.push((0,markdown/* table */.tp)(['rule', 'redacted', 'also matched'], [...rows, ['**total**', `**${totals.redacted}**`, '']]), '');
        if (rows.some((row) => row[2] !== ''))
            lines.push('A value two rules match is one redaction, counted under the first rule in the README order (known values first); "also matched" counts the same values under the other rules.', '');
    }
    const listed = outcomes.filter((outcome) => outcome.status !== 'clean');
    if (listed.length > 0) {
        lines.push((0,markdown/* table */.tp)(['file', 'kind', 'result', 'by rule'], listed.slice(0, MAX_ROWS).map((outcome) => [
            md.code(outcome.display),
            outcome.kind,
            outcome.status === 'redacted' ? `redacted ${outcome.replacements ?? 0}` : `${outcome.status}: ${md.text(outcome.reason ?? '')}`,
            [...outcome.occurrences].filter(([, occurrence]) => occurrence.count > 0).map(([rule, occurrence]) => `${md.text(rule)} ×${occurrence.count}`).join(', '),
        ])), '');
        if (listed.length > MAX_ROWS)
            lines.push(`…and ${listed.length - MAX_ROWS} more file(s); the report file lists all.`, '');
    }
    if (notes.masks)
        for (const line of maskLines(notes.masks, notes.minSecretLength, md))
            lines.push(line);
    if (notes.allowed > 0)
        lines.push(`${notes.allowed} find(s) kept by an inline \`gates:allow\` or \`gitleaks:allow\` on their line; the report file lists each with its reason.`, '');
    for (const label of notes.refused)
        lines.push(`- Not masked: ${md.text(label)}`);
    for (const pattern of notes.unmatched)
        lines.push(`- No file matched ${md.code(pattern)}`);
    return lines.join('\n').trimEnd();
}
function maskLines(masks, minSecretLength, md) {
    const lines = [];
    if (masks.registered > 0)
        lines.push(`${masks.registered} value(s) found by pattern rules were registered with the runner's masker, so later steps' logs hide them too.`, '');
    if (masks.unmasked.length === 0)
        return lines;
    const finds = masks.unmasked.reduce((sum, entry) => sum + entry.count, 0);
    lines.push(`${finds} find(s) were scrubbed from their files but not given to the runner's masker, which would hide them in every later log line and output:`, '', (0,markdown/* table */.tp)(['rule', 'file', 'finds', 'not masked because'], masks.unmasked.slice(0, MAX_ROWS).map((entry) => [md.code(entry.rule), md.code(entry.file), String(entry.count), describeMaskRefusal(entry.reason, minSecretLength)])), '');
    return lines;
}

// EXTERNAL MODULE: ./actions/redact-logs/src/rules/active-rules.ts
var active_rules = __webpack_require__(60967);
// EXTERNAL MODULE: ./actions/redact-logs/src/rules/compile-rules.ts
var compile_rules = __webpack_require__(30712);
// EXTERNAL MODULE: ./packages/core/src/redact/literal-matcher.ts + 1 modules
var literal_matcher = __webpack_require__(2044);
;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/pattern-matcher.ts


/** Regions are decoded to strings of about this size: small enough to stay in V8's young generation. */
const REGION_BYTES = 64 * 1024;
/**
 * Runs pattern rules over one window of bytes. With `keywordPositions` (where
 * each rule's keywords occur), a rule's regex runs only over the regions a
 * match could occupy around them; without, over the whole window. Bytes are
 * read as latin1 so string offsets are byte offsets; the rules are ASCII, so
 * UTF-8 text around them does not matter. Pure.
 */
function findPatternHits(rules, window, keywordPositions, file = '') {
    const hits = [];
    rules.forEach((rule, index) => {
        if (rule.appliesTo && !rule.appliesTo(file))
            return;
        // A rule without keywords (a user's) runs over the whole window.
        const regions = keywordPositions && rule.keywords.length > 0 ? regionsAround(keywordPositions[index] ?? [], rule, window.length) : [{ from: 0, to: window.length }];
        let lastEnd = -1;
        for (const region of regions) {
            const text = window.toString('latin1', region.from, region.to);
            const found = rule.anchored && region.positions ? matchAnchored(rule, text, region.from, region.positions, file) : matchAll(rule, text, region.from, file);
            for (const hit of found) {
                // Regions of one rule can overlap: a match is taken once.
                if (hit.start < lastEnd)
                    continue;
                lastEnd = hit.end;
                hits.push(hit);
            }
        }
    });
    return hits;
}
/** Searches the whole region text. */
function matchAll(rule, text, from, file) {
    const hits = [];
    const regex = rule.regex;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
        if (match[0].length === 0)
            regex.lastIndex++;
        hitsOf(rule, match, text, from, hits, file);
    }
    return hits;
}
/** Tries the sticky regex only where a match must start: each keyword position plus the rule's anchor. */
function matchAnchored(rule, text, from, positions, file) {
    const hits = [];
    const { regex, offset } = rule.anchored;
    let after = 0;
    for (const position of positions) {
        const at = position + offset - from;
        if (at < after || at < 0 || at >= text.length)
            continue;
        regex.lastIndex = at;
        const match = regex.exec(text);
        if (!match)
            continue;
        after = at + Math.max(1, match[0].length);
        hitsOf(rule, match, text, from, hits, file);
    }
    return hits;
}
/** The secret(s) of one match, after the rule's filters: entropy floor, placeholders, allow list, its own check, allowlists. */
function hitsOf(rule, match, text, from, into, file) {
    const ranges = rule.locate ? rule.locate(text, match) : [secretRange(rule, match)];
    for (const range of ranges) {
        if (!range || range.start < 0 || range.end <= range.start)
            continue;
        const value = text.slice(range.start, range.end);
        if (rule.minEntropy > 0 && shannonEntropy(value) < rule.minEntropy)
            continue;
        if (rule.placeholders && isPlaceholder(value))
            continue;
        if (rule.allow.some((pattern) => pattern.test(value)))
            continue;
        if (rule.check && !rule.check(value))
            continue;
        if (rule.keep.length > 0 && kept(rule, value, match, text, file))
            continue;
        into.push({ start: from + range.start, end: from + range.end, ruleId: rule.id, value });
    }
}
function kept(rule, secret, match, text, file) {
    const lineStart = text.lastIndexOf('\n', match.index - 1) + 1;
    const newline = text.indexOf('\n', match.index + match[0].length);
    const find = { secret, match: match[0], line: text.slice(lineStart, newline < 0 ? text.length : newline), file };
    return rule.keep.some((filter) => filter(find));
}
function secretRange(rule, match) {
    if (rule.secretGroup === 0)
        return { start: match.index, end: match.index + match[0].length };
    const indices = match.indices;
    if (!indices)
        return undefined;
    if (rule.secretGroup !== 'first') {
        const range = indices[rule.secretGroup];
        return range ? { start: range[0], end: range[1] } : undefined;
    }
    // gitleaks' rule: the first group that took part and is not empty; the whole match when there is none.
    for (let group = 1; group < indices.length; group++) {
        const range = indices[group];
        if (range && range[1] > range[0])
            return { start: range[0], end: range[1] };
    }
    return { start: match.index, end: match.index + match[0].length };
}
/** Sorted keyword positions → merged regions of about REGION_BYTES, each covering lead..reach around its keywords. */
function regionsAround(positions, rule, length) {
    const regions = [];
    for (const position of positions) {
        const from = Math.max(0, position - rule.lead);
        const to = Math.min(length, position + rule.reach);
        const last = regions[regions.length - 1];
        if (last && from <= last.to && to - last.from <= REGION_BYTES + rule.lead + rule.reach) {
            last.to = Math.max(last.to, to);
            last.positions.push(position);
        }
        else
            regions.push({ from, to, positions: [position] });
    }
    return regions;
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/scrub/encoded-runs.ts
/**
 * Runs of encoded text that may hide a credential no rule can see as it is:
 * base64 and base64url (a docker config, a kubeconfig, a JWT payload, a
 * Basic header), hex, and percent-encoding. Each run is decoded so the rules
 * can run over the plain text; a find there scrubs the whole run. Pure.
 *
 * Finding runs is one pass over every byte of every file, so it must cost
 * little: a run needs MIN_RUN run characters in a row, so the scan looks at
 * the last byte of each MIN_RUN-byte stretch first and skips the stretch
 * when that byte cannot be in a run (the skip of Boyer–Moore's bad
 * character). Most candidates are then rejected from their first few
 * characters, before any decoding: base64 of text has a character from a
 * narrow range at every fourth place, hex of text a digit 2–7 at every
 * other. (Measured on the bench log: about 3x a byte-by-byte loop.)
 */
/** Shorter runs decode to fewer than 18 bytes: no credential format the rules know fits. */
const MIN_RUN = 24;
/** Longer runs are not decoded (the scanner's overlap must hold a run whole). */
const MAX_RUN = 32 * 1024;
const RUN = new Uint8Array(256);
const HEX = new Uint8Array(256);
/** The first base64 character of a group of four that encodes a printable ASCII byte (0x20–0x7e): I–Z, a–f. */
const TEXT_QUAD = new Uint8Array(256);
/** A hex digit that can be the high nibble of printable ASCII: 2–7. */
const TEXT_NIBBLE = new Uint8Array(256);
for (const char of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-%')
    RUN[char.charCodeAt(0)] = 1;
for (const char of '0123456789abcdefABCDEF')
    HEX[char.charCodeAt(0)] = 1;
for (const char of 'IJKLMNOPQRSTUVWXYZabcdef')
    TEXT_QUAD[char.charCodeAt(0)] = 1;
for (const char of '234567')
    TEXT_NIBBLE[char.charCodeAt(0)] = 1;
const PERCENT = 0x25;
const EQUALS = 0x3d;
/** Calls `visit` with each run in [from, to) that is worth decoding. */
function findEncodedRuns(bytes, from, to, visit) {
    let at = from;
    while (at + MIN_RUN <= to) {
        const last = at + MIN_RUN - 1;
        if (RUN[bytes[last]] !== 1) {
            at = last + 1;
            continue;
        }
        let back = last - 1;
        while (back >= at && RUN[bytes[back]] === 1)
            back--;
        if (back >= at) {
            at = back + 1;
            continue;
        }
        let end = last + 1;
        while (end < to && RUN[bytes[end]] === 1)
            end++;
        const run = classify(bytes, at, end, to);
        if (run)
            visit(run);
        at = end + 1;
    }
}
function classify(bytes, start, end, to) {
    if (end - start > MAX_RUN)
        return undefined;
    // One pass, no allocation: most runs (paths, words joined by dashes) end here.
    let hex = true;
    for (let index = start; index < end; index++) {
        const byte = bytes[index];
        if (byte === PERCENT)
            return percentRun(bytes, start, end, to);
        if (hex && HEX[byte] !== 1)
            hex = false;
    }
    if (hex)
        return (end - start) % 2 === 0 && textLike(bytes, start, end, 2, TEXT_NIBBLE) ? { start, end, encoding: 'hex' } : undefined;
    while (end < to && end - start < MAX_RUN && bytes[end] === EQUALS)
        end++;
    // DER (a PKCS#12 file, a key) starts with a SEQUENCE: "MI" in base64.
    const der = bytes[start] === 0x4d && (bytes[start + 1] === 0x49 || bytes[start + 1] === 0x47);
    return der || textLike(bytes, start, end, 4, TEXT_QUAD) ? { start, end, encoding: 'base64' } : undefined;
}
/** At most one miss in the first eight groups: UTF-8 text has a few bytes outside ASCII. */
function textLike(bytes, start, end, step, table) {
    let misses = 0;
    for (let index = start, groups = 0; index < end && groups < 8; index += step, groups++)
        if (table[bytes[index]] !== 1 && ++misses > 1)
            return false;
    return true;
}
/** A percent-encoded run goes on across the characters URLs leave as they are; it needs two escapes to be worth decoding. */
function percentRun(bytes, start, end, to) {
    const urlChar = (byte) => RUN[byte] === 1 || byte === 0x2e || byte === 0x7e || byte === 0x3d || byte === 0x26 || byte === 0x3a || byte === 0x40;
    while (end < to && end - start < MAX_RUN && urlChar(bytes[end]))
        end++;
    let escapes = 0;
    for (let index = start; index + 2 < end; index++)
        if (bytes[index] === PERCENT && HEX[bytes[index + 1]] === 1 && HEX[bytes[index + 2]] === 1)
            escapes++;
    return escapes >= 2 ? { start, end, encoding: 'percent' } : undefined;
}
/** The run's bytes decoded; undefined when decoding changes nothing. */
function decodeRun(bytes, run) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset + run.start, run.end - run.start).toString('latin1');
    if (run.encoding === 'hex')
        return Buffer.from(text, 'hex');
    // Node's base64 decoder reads the URL-safe alphabet too.
    if (run.encoding === 'base64')
        return Buffer.from(text, 'base64');
    return percentDecode(text);
}
function percentDecode(text) {
    const out = [];
    for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code === PERCENT && index + 2 < text.length && HEX[text.charCodeAt(index + 1)] === 1 && HEX[text.charCodeAt(index + 2)] === 1) {
            out.push(parseInt(text.slice(index + 1, index + 3), 16));
            index += 2;
        }
        else
            out.push(code === 0x2b ? 0x20 : code);
    }
    return Buffer.from(out);
}
/** Printable: what rules can match in. Binary content goes only to rules for binary formats. */
function isPrintable(bytes) {
    let other = 0;
    for (const byte of bytes)
        if ((byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 13) || byte === 0x7f)
            other++;
    return other <= bytes.length / 20;
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/scrub/inline-allow.ts
/**
 * Inline suppression: a line that says `gates:allow` (or gitleaks'
 * `gitleaks:allow`) keeps what pattern rules find on it, e.g. a test fixture
 * or a documented example key. The text after the marker is the reason the
 * report records. Known values (given as secret) are redacted whatever a line
 * says. Pure.
 */
const ALLOW_MARKERS = ['gates:allow', 'gitleaks:allow'];
/** At most this much of a reason is kept, and only characters that cannot form Markdown or markup. */
const REASON_CHARS = 120;
/** The reason (possibly empty) when the line holding `at` carries a marker at one of `markers` (sorted offsets); undefined otherwise. */
function allowedBy(bytes, markers, at) {
    if (markers.length === 0)
        return undefined;
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const lineStart = at === 0 ? 0 : buffer.lastIndexOf(10, at - 1) + 1;
    const newline = buffer.indexOf(10, at);
    const lineEnd = newline < 0 ? buffer.length : newline;
    const marker = markers.find((candidate) => candidate.start >= lineStart && candidate.start < lineEnd);
    if (!marker)
        return undefined;
    return reasonOf(buffer.toString('utf8', marker.end, Math.min(lineEnd, marker.end + 4 * REASON_CHARS)));
}
/** `gates:allow: test fixture -->` → `test fixture`. */
function reasonOf(text) {
    const cut = text.replace(/^[\s:=,-]+/, '').split(/\*\/|-->|[\r"`]/)[0];
    return cut.replace(/[^\p{L}\p{N} .,;:()'/_+-]/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, REASON_CHARS);
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/scrub/secret-scanner.ts




/** Decoded content is decoded again at most this deep: a token in base64 in a base64 docker config. */
const MAX_DEPTH = 2;
/**
 * Everything that finds secrets in a window of bytes, in one pass over it: the
 * known values in all their encodings, the rules' keywords and the inline
 * allow markers share one multi-literal matcher; only rules whose keyword
 * occurred then run their regex. (One indexOf per keyword per window cost
 * more than the whole scan.) Encoded runs are decoded and scanned the same
 * way. Pure.
 */
class SecretScanner {
    rules;
    matcher;
    knownCount;
    /** For each keyword literal (after the known ones), the rule it belongs to. */
    keywordRule = [];
    /** Literal indexes from here on are allow markers. */
    markerBase;
    /** Keywords shorter than the matcher's key, checked at the window's end where no byte follows them. */
    shortKeywords = [];
    binaryRules;
    decode;
    /** No match is longer than this; the stream scrubber overlaps windows by at least this much. */
    reach;
    /** Where several rules match one place, it is counted under the lowest: known values first, then the rules in order. */
    priority;
    /** The path of the file being scanned (files are scanned one at a time), for rules and allowlists that look at paths. */
    file = '';
    constructor(knownForms, rules, options = {}) {
        this.rules = rules;
        const literals = knownForms.map((form) => Buffer.from(form, 'utf8'));
        this.knownCount = literals.length;
        rules.forEach((rule, index) => {
            for (const keyword of rule.keywords) {
                for (const literal of keywordLiterals(keyword)) {
                    literals.push(literal);
                    this.keywordRule.push(index);
                }
                if (keyword.length < literal_matcher/* KEY_BYTES */.C)
                    this.shortKeywords.push({ bytes: keyword, rule: index });
            }
        });
        this.markerBase = literals.length;
        // Markers keep pattern finds only: without rules there is nothing for them to keep.
        if ((options.inlineAllow ?? true) && rules.length > 0)
            for (const marker of ALLOW_MARKERS)
                literals.push(Buffer.from(marker));
        this.matcher = new literal_matcher/* LiteralMatcher */.e(literals);
        // Decoded text only matters to rules: known values are searched for in their encoded forms already.
        this.decode = (options.decode ?? true) && rules.length > 0;
        this.binaryRules = rules.filter((rule) => rule.binary);
        // A loop, not Math.max(...literals): thousands of known forms overflow the call stack as arguments.
        let reach = this.decode ? MAX_RUN + 1 : 0;
        for (let index = 0; index < this.knownCount; index++)
            reach = Math.max(reach, literals[index].length);
        for (const rule of rules)
            reach = Math.max(reach, rule.lead + rule.reach);
        this.reach = reach;
        this.priority = new Map([[redactor/* KNOWN_SECRET_RULE */._I, -1], ...rules.map((rule, index) => [rule.id, index])]);
    }
    get literalCount() {
        return this.knownCount;
    }
    scan(window) {
        const markers = [];
        const spans = this.find(window, 0, markers);
        if (markers.length === 0)
            return { spans, allowed: [] };
        const kept = [];
        const allowed = [];
        for (const span of spans) {
            const reason = 'value' in span ? allowedBy(window, markers, span.start) : undefined;
            if (reason === undefined)
                kept.push(span);
            else
                allowed.push({ start: span.start, ruleId: span.ruleId, reason });
        }
        return { spans: kept, allowed };
    }
    find(bytes, depth, markers) {
        const spans = [];
        const positions = this.rules.map(() => []);
        let lastKnownStart = -1;
        this.matcher.visit(bytes, 0, bytes.length, (literal, start, end) => {
            if (literal >= this.markerBase)
                markers?.push({ start, end });
            else if (literal >= this.knownCount) {
                const found = positions[this.keywordRule[literal - this.knownCount]];
                // Two keywords of one rule at one position (or the same twice) count once.
                if (found[found.length - 1] !== start)
                    found.push(start);
            }
            else if (start !== lastKnownStart) {
                // Longest first at each position: later ones there are inside this one.
                lastKnownStart = start;
                spans.push({ start, end, ruleId: redactor/* KNOWN_SECRET_RULE */._I });
            }
        });
        for (const { bytes: keyword, rule } of this.shortKeywords)
            if (bytes.length >= keyword.length && bytes.subarray(bytes.length - keyword.length).equals(keyword))
                positions[rule].push(bytes.length - keyword.length); // still in order: nothing comes after the end
        for (const hit of findPatternHits(this.rules, bytes, positions, this.file))
            spans.push(hit);
        if (this.decode && depth < MAX_DEPTH)
            findEncodedRuns(bytes, 0, bytes.length, (run) => this.findDecoded(bytes, run, depth, spans));
        return spans;
    }
    /** A find in the decoded text scrubs the whole encoded run; the decoded value is what the runner can mask. */
    findDecoded(bytes, run, depth, into) {
        const decoded = decodeRun(bytes, run);
        if (!decoded || decoded.length < 8)
            return;
        const inner = isPrintable(decoded) ? this.find(decoded, depth + 1) : this.binaryRules.length > 0 ? findPatternHits(this.binaryRules, decoded, undefined, this.file) : [];
        for (const hit of inner) {
            into.push('value' in hit && hit.ruleId !== redactor/* KNOWN_SECRET_RULE */._I ? { start: run.start, end: run.end, ruleId: hit.ruleId, value: hit.value } : { start: run.start, end: run.end, ruleId: hit.ruleId });
        }
    }
}
/** A keyword as matcher literals: itself, or when shorter than the key, itself followed by each possible byte. */
function keywordLiterals(keyword) {
    if (keyword.length >= literal_matcher/* KEY_BYTES */.C)
        return [keyword];
    if (keyword.length !== literal_matcher/* KEY_BYTES */.C - 1)
        throw new RangeError(`keywords are at least ${literal_matcher/* KEY_BYTES */.C - 1} bytes`);
    return Array.from({ length: 256 }, (_, byte) => Buffer.from([...keyword, byte]));
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/definition.ts















const redactLogs = {
    name: 'redact-logs',
    // Used only to publish the verdict (publish: status or check).
    secretInputs: ['token'],
    description: 'Removes secrets from logs and artifacts before upload: known values in every encoding, and credential patterns.',
    rules: [...redactionRules((0,compile_rules/* compileRules */.nb)(builtin_rules/* BUILTIN_RULES */.Y, []), false), (0,nothing_to_check/* nothingToCheckRule */.J)('redact-logs')],
    async run({ inputs, env, workspace, runner, redactor, stateRoot }) {
        const refused = [];
        const policy = await (0,redact_policy/* loadRedactPolicy */.a)(inputs, workspace);
        const replacement = inputs.string('replacement') ? inputs.enumeration('replacement', ['mask', 'rule-id'], 'mask') : policy.replacement;
        const consider = (label, value) => {
            const refusal = (0,secret_strength/* refusalOf */.O)(value, policy.minSecretLength) ?? redactor.tryAddSecret(value);
            if (refusal)
                refused.push(`${label}: ${(0,secret_strength/* describeRefusal */.a)(refusal, policy.minSecretLength)}`);
        };
        for (const secret of parseSecretsInput(inputs.raw('secrets')))
            consider(secret.label, secret.value);
        const fromEnv = (0,glob/* globMatcher */.f)(policy.envPatterns);
        for (const [name, value] of Object.entries(env))
            if (value && fromEnv(name) && !name.startsWith('INPUT_'))
                consider(`env ${name}`, value);
        for (const label of refused)
            runner.warning(`${label}; not masked (masking it would mangle the log and protect nothing).`);
        const failOnFind = inputs.boolean('fail-on-find', false);
        const rules = (0,active_rules.activeRules)(policy);
        inputs.required('paths');
        const patterns = inputs.list('paths');
        const outputDir = inputs.string('output-dir');
        const output = outputDir ? outputLocation(workspace, outputDir) : undefined;
        // Temporary files (this run's, another run's, or a killed run's) are never scrubbed as logs.
        const discovery = (0,discover_files/* discoverFiles */.Z)(patterns, workspace, { exclude: outputDir ? [`${outputDir.replace(/\/$/, '')}/**`] : [], ignore: (path) => (0,temp_files/* isTemporaryName */.$W)((0,external_node_path_.basename)(path)) });
        const masks = new MaskRegistry(policy.maxMasks, policy.minSecretLength);
        const allowed = new AllowedFinds();
        const scanner = new SecretScanner(redactor.forms(), rules, { decode: policy.decode, inlineAllow: policy.inlineAllow });
        const engine = { scanner, replacement, binary: policy.binary, onPatternValue: (hit) => masks.offer(hit), onAllowed: (find) => allowed.add(find) };
        runner.debug(`searching for ${scanner.literalCount} encoded form(s) of ${redactor.size} known value(s) and ${rules.length} pattern rule(s) in ${discovery.files.length} file(s)`);
        // A path through a link out of the workspace was asked for and not scrubbed: refused, so the step fails.
        const outcomes = discovery.skipped.map((skip) => ({ display: skip.display, kind: 'text', status: skip.outside ? 'refused' : 'skipped', reason: skip.reason, occurrences: new Map() }));
        for (const file of discovery.files) {
            masks.file = allowed.file = scanner.file = file.display;
            const destination = output ? (0,external_node_path_.join)(output.path, (0,external_node_path_.isAbsolute)(file.display) ? file.relative : file.display) : file.path;
            const root = output ? output.root : file.root;
            outcomes.push(await scrubFile(file.path, destination, file.display, { engine, root, archives: policy.archives, maxFileBytes: policy.maxFileBytes }));
        }
        const totals = totalsOf(outcomes);
        const findings = redactionFindings(outcomes, { failOnFind, allowSkipped: policy.allowSkipped });
        const ruleMetas = [...redactionRules(rules, failOnFind), (0,nothing_to_check/* nothingToCheckRule */.J)('redact-logs')];
        const reportDirectory = (0,state_root/* statePath */.B)(stateRoot, 'reports', 'redact-logs');
        const notes = [...(discovery.unmatched.length > 0 ? [`${discovery.unmatched.length} path pattern(s) matched no file.`] : []), ...(policy.gitleaks?.notes ?? [])];
        const summaryNotes = { knownValues: redactor.size, refused, unmatched: discovery.unmatched, outputDir, minSecretLength: policy.minSecretLength, allowed: allowed.count };
        const outputs = { 'redacted-count': String(totals.redacted), 'files-changed': String(totals.filesChanged) };
        // Masks last: a value that is part of the suite's own outputs or summary (`pass`) must not be masked.
        const md = (0,untrusted_text/* markdownText */.p7)(redactor);
        masks.register(redactor, suiteText([renderRedactionSummary(outcomes, summaryNotes, md), JSON.stringify({ findings, ruleMetas, outputs, notes }), reportDirectory, ...contextValues(env)]));
        const reportFile = await (0,report_files/* writeReportFile */.aS)(reportDirectory, 'redaction.json', redactionReport(outcomes, { refused, unmatched: discovery.unmatched, masks, allowed, gitleaks: policy.gitleaks?.notes }), redactor);
        return {
            findings,
            // Nothing matched: the logs were never written, or the globs are wrong; "no secret found" would be a lie.
            nothingToCheck: outcomes.length === 0 ? `no file matched ${patterns.join(', ')}` : undefined,
            rules: ruleMetas,
            // Found secrets (and, unless the policy allows it, skipped files) fail the gate only with fail-on-find; a known value left in a file always does.
            failOn: 'error',
            outputs: { ...outputs, 'report-file': reportFile },
            notes: notes.length > 0 ? notes : undefined,
            summaryAppendix: renderRedactionSummary(outcomes, { ...summaryNotes, masks: { registered: masks.count, unmasked: masks.refused } }, md),
            ledgerEvent: { redacted: totals.redacted, filesChanged: totals.filesChanged },
        };
    },
};
/**
 * Where scrubbed copies go, and the directory they must stay inside: the
 * workspace when output-dir is in it (checked now, so a committed link named
 * like the output directory fails the step before anything is written),
 * otherwise output-dir itself, which the workflow author named.
 */
function outputLocation(workspace, outputDir) {
    const path = (0,external_node_path_.resolve)(workspace, outputDir);
    if (!(0,contained_path/* isInside */.FK)(path, workspace))
        return { path, root: path };
    (0,contained_path/* containedDirectory */.R)(workspace, path);
    return { path, root: workspace };
}


/***/ }),

/***/ 40143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ loadRedactPolicy),
  policyWithDefaults: () => (/* binding */ policyWithDefaults)
});

// UNUSED EXPORTS: DEFAULT_ENV_PATTERNS

// EXTERNAL MODULE: ./packages/core/src/redact/redactor.ts + 2 modules
var redactor = __webpack_require__(62401);
// EXTERNAL MODULE: ./packages/core/src/inputs/parse.ts
var parse = __webpack_require__(67528);
// EXTERNAL MODULE: ./packages/core/src/config/config-input.ts
var config_input = __webpack_require__(60345);
// EXTERNAL MODULE: ./packages/core/src/config/schemas.ts
var schemas = __webpack_require__(6748);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/config/load-file.ts
var load_file = __webpack_require__(15805);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
// EXTERNAL MODULE: ./actions/redact-logs/src/rules/builtin/keywords.ts
var keywords = __webpack_require__(41791);
;// CONCATENATED MODULE: ./actions/redact-logs/src/policy/go-regex.ts
const POSIX = {
    alpha: 'A-Za-z',
    digit: '0-9',
    alnum: 'A-Za-z0-9',
    upper: 'A-Z',
    lower: 'a-z',
    space: '\\t\\n\\v\\f\\r ',
    xdigit: '0-9A-Fa-f',
    punct: '!-\\/:-@\\[-`{-~',
    word: '\\w',
    blank: '\\t ',
    cntrl: '\\x00-\\x1f\\x7f',
    print: ' -~',
    graph: '!-~',
    ascii: '\\x00-\\x7f',
};
function goRegexToJs(pattern) {
    let mode = { caseless: false, dotAll: false };
    let multiline = false;
    const stack = [];
    let out = '';
    let at = 0;
    while (at < pattern.length) {
        const char = pattern[at];
        if (char === '\\') {
            const next = pattern[at + 1] ?? '';
            if (next === 'z')
                out += '(?![\\s\\S])';
            else if (next === 'A')
                out += '(?<![\\s\\S])';
            else if (next === 'Q') {
                const end = pattern.indexOf('\\E', at + 2);
                const literal = pattern.slice(at + 2, end < 0 ? pattern.length : end);
                for (const piece of literal)
                    out += /[\\^$.*+?()[\]{}|/]/.test(piece) ? `\\${piece}` : literalOf(piece, mode);
                at = end < 0 ? pattern.length : end + 2;
                continue;
            }
            else
                out += `\\${next}`;
            at += 2;
            continue;
        }
        if (char === '[') {
            const { text, end } = translateClass(pattern, at, mode);
            out += text;
            at = end;
            continue;
        }
        if (char === '(') {
            if (pattern.startsWith('(?P<', at)) {
                stack.push(mode);
                out += '(?<';
                at += 4;
                continue;
            }
            const flags = /^\(\?([A-Za-z]*)(?:-([A-Za-z]*))?([:)])/.exec(pattern.slice(at, at + 16));
            if (flags) {
                const next = { ...mode };
                for (const flag of flags[1]) {
                    if (flag === 'i')
                        next.caseless = true;
                    if (flag === 's')
                        next.dotAll = true;
                    if (flag === 'm')
                        multiline = true;
                }
                for (const flag of flags[2] ?? '') {
                    if (flag === 'i')
                        next.caseless = false;
                    if (flag === 's')
                        next.dotAll = false;
                }
                if (flags[3] === ':') {
                    stack.push(mode);
                    out += '(?:';
                }
                mode = next;
                at += flags[0].length;
                continue;
            }
            stack.push(mode);
            out += '(';
            at++;
            continue;
        }
        if (char === ')') {
            mode = stack.pop() ?? mode;
            out += ')';
            at++;
            continue;
        }
        if (char === '.')
            out += mode.dotAll ? '[\\s\\S]' : '[^\\n]';
        else
            out += literalOf(char, mode);
        at++;
    }
    return { source: out, flags: multiline ? 'm' : '' };
}
function literalOf(char, mode) {
    if (mode.caseless && char.toLowerCase() !== char.toUpperCase())
        return `[${char.toLowerCase()}${char.toUpperCase()}]`;
    // Metacharacters come through as they are: a literal one was escaped in the pattern and took the escape branch.
    return char;
}
/** A bracket class from `[` to its `]`, with POSIX classes expanded and letters in both cases where caseless. */
function translateClass(pattern, start, mode) {
    let at = start + 1;
    let negated = false;
    if (pattern[at] === '^') {
        negated = true;
        at++;
    }
    let body = '';
    let extra = '';
    let first = true;
    while (at < pattern.length && (pattern[at] !== ']' || first)) {
        first = false;
        const posix = /^\[:(\^?)([a-z]+):\]/.exec(pattern.slice(at, at + 12));
        if (posix && POSIX[posix[2]]) {
            body += posix[1] ? '' : POSIX[posix[2]];
            at += posix[0].length;
            continue;
        }
        if (pattern[at] === '\\') {
            body += pattern.slice(at, at + 2);
            at += 2;
            continue;
        }
        const char = pattern[at];
        const range = pattern[at + 1] === '-' && pattern[at + 2] !== undefined && pattern[at + 2] !== ']' ? pattern[at + 2] : undefined;
        if (range !== undefined) {
            body += `${escapeInClass(char)}-${escapeInClass(range)}`;
            if (mode.caseless && /[a-z]/.test(char) && /[a-z]/.test(range))
                extra += `${char.toUpperCase()}-${range.toUpperCase()}`;
            if (mode.caseless && /[A-Z]/.test(char) && /[A-Z]/.test(range))
                extra += `${char.toLowerCase()}-${range.toLowerCase()}`;
            at += 3;
            continue;
        }
        body += escapeInClass(char);
        if (mode.caseless && char.toLowerCase() !== char.toUpperCase())
            extra += char === char.toLowerCase() ? char.toUpperCase() : char.toLowerCase();
        at++;
    }
    return { text: `[${negated ? '^' : ''}${body}${extra}]`, end: at + 1 };
}
function escapeInClass(char) {
    return char === '[' || char === '/' ? `\\${char}` : char;
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/policy/gitleaks-allowlist.ts

/**
 * A gitleaks allowlist as a filter, with gitleaks' meaning: `regexes` test
 * the secret (or the match, or the line: `regexTarget`), `stopwords` are
 * looked for in the secret, any case; `paths` test the file's path. With
 * `condition = "AND"` every check the table has must hold; otherwise any one.
 * `commits` mean nothing for files on a runner and are ignored. Pure.
 */
function compileAllowlist(list, fail) {
    const condition = typeof list.condition === 'string' ? list.condition.toUpperCase() : 'OR';
    if (condition !== 'OR' && condition !== 'AND')
        fail(`condition "${String(list.condition)}" is not AND or OR`);
    const target = typeof list.regextarget === 'string' ? list.regextarget : 'secret';
    if (!['secret', 'match', 'line'].includes(target))
        fail(`regexTarget "${target}" is not secret, match or line`);
    const regexes = compileAll(list.regexes, 'regexes', fail);
    const paths = compileAll(list.paths, 'paths', fail);
    const stopwords = strings(list.stopwords).map((word) => word.toLowerCase());
    const checks = [];
    if (regexes.length > 0)
        checks.push((find) => regexes.some((regex) => regex.test(targetOf(find, target))));
    if (stopwords.length > 0)
        checks.push((find) => stopwords.some((word) => find.secret.toLowerCase().includes(word)));
    if (paths.length > 0)
        checks.push((find) => paths.some((regex) => regex.test(find.file)));
    if (checks.length === 0)
        return undefined;
    return condition === 'AND' ? (find) => checks.every((check) => check(find)) : (find) => checks.some((check) => check(find));
}
function targetOf(find, target) {
    return target === 'match' ? find.match : target === 'line' ? find.line : find.secret;
}
function compileAll(value, key, fail) {
    const compiled = [];
    for (const source of strings(value)) {
        const translated = goRegexToJs(source);
        try {
            compiled.push(new RegExp(translated.source, translated.flags));
        }
        catch (error) {
            fail(`${key} entry ${JSON.stringify(source)} does not compile: ${error.message}`);
        }
    }
    return compiled;
}
function strings(value) {
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string' && item !== '') : [];
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/policy/gitleaks-config.ts






/** gitleaks' own default location: a team that runs gitleaks has its config here. */
const DEFAULT_GITLEAKS_CONFIG = '.gitleaks.toml';
/**
 * Reads a gitleaks config (`.gitleaks.toml`, or the path the policy names)
 * so a team reuses the rules and allowlists it already has: `[[rules]]` with
 * id, regex (Go syntax, translated), secretGroup, entropy, keywords, path and
 * allowlists; global `[allowlist]` / `[[allowlists]]` (targetRules too).
 * The TOML parser loads only when such a file exists. A broken file is a
 * config error at its line (exit 2); a named file must exist.
 */
async function loadGitleaksRules(workspace, named) {
    const file = named ?? DEFAULT_GITLEAKS_CONFIG;
    const absolute = (0,external_node_path_.resolve)(workspace, file);
    if (!named && !(0,external_node_fs_.existsSync)(absolute))
        return undefined;
    const text = await (0,load_file/* readConfigText */.im)(absolute, file);
    const { parse, TomlError } = await __webpack_require__.e(/* import() */ 292).then(__webpack_require__.bind(__webpack_require__, 3292));
    let document;
    try {
        document = lowerKeys(parse(text));
    }
    catch (error) {
        if (!(error instanceof TomlError))
            throw error;
        throw new gates_error/* GatesError */.xx('GATES_E_CONFIG_SYNTAX', { file, format: 'TOML', detail: error.message.split('\n')[0].replace(/^Invalid TOML document: /, '') }, { location: { file, line: error.line, column: error.column } });
    }
    return gitleaksRules(document, file, text);
}
/** The parsed document (keys in lower case, as gitleaks reads them) as rules. Pure. */
function gitleaksRules(document, file, text) {
    const problems = [];
    const notes = [];
    const lineOf = (needle) => {
        const index = text.indexOf(needle);
        return index < 0 ? undefined : { file, line: text.slice(0, index).split('\n').length };
    };
    const fail = (message, where, hint) => problems.push({ message, location: where ? lineOf(where) : { file }, hint });
    const rules = Array.isArray(document.rules) ? document.rules : [];
    if (document.rules !== undefined && !Array.isArray(document.rules))
        fail('rules must be an array of tables ([[rules]])');
    const byTarget = new Map();
    const keep = [];
    for (const list of allowlistsOf(document.allowlist, document.allowlists)) {
        const filter = compileAllowlist(list, (message) => fail(`allowlist: ${message}`, 'allowlist'));
        if (!filter)
            continue;
        const targets = Array.isArray(list.targetrules) ? list.targetrules : [];
        if (targets.length === 0)
            keep.push(filter);
        for (const target of targets)
            byTarget.set(target, [...(byTarget.get(target) ?? []), filter]);
    }
    const extend = document.extend;
    if (extend?.usedefault === true || extend?.path || extend?.url)
        notes.push(`${file}: [extend] is not followed (gitleaks' default rules are not loaded; redact-logs' built-in rules cover the same vendors)`);
    const specs = [];
    for (const [index, rule] of rules.entries()) {
        const id = typeof rule.id === 'string' && rule.id !== '' ? rule.id : undefined;
        if (!id) {
            fail(`rules[${index}] has no id`);
            continue;
        }
        const where = `"${id}"`;
        if (typeof rule.regex !== 'string' || rule.regex === '') {
            notes.push(`${file}: rule ${id} has no regex and is not used (path-only rules report files; redact-logs scrubs values)`);
            continue;
        }
        if (rule.required !== undefined || rule.skipreport === true)
            notes.push(`${file}: rule ${id} is used alone (required rules and skipReport are not supported)`);
        const translated = goRegexToJs(rule.regex);
        try {
            new RegExp(translated.source, translated.flags);
        }
        catch (error) {
            fail(`rule ${id}: regex does not compile: ${error.message}`, where, 'gitleaks regexes are Go (RE2) syntax; lookarounds and backreferences do not exist there either');
            continue;
        }
        const group = typeof rule.secretgroup === 'number' && rule.secretgroup > 0 ? rule.secretgroup : 'first';
        const filters = [...allowlistsOf(rule.allowlist, rule.allowlists).map((list) => compileAllowlist(list, (message) => fail(`rule ${id}: allowlist: ${message}`, where))), ...(byTarget.get(id) ?? [])];
        byTarget.delete(id);
        const pathFilter = typeof rule.path === 'string' ? compilePath(rule.path, (message) => fail(`rule ${id}: path ${message}`, where)) : undefined;
        specs.push({
            id: `gitleaks:${id}`,
            description: typeof rule.description === 'string' && rule.description ? rule.description : `gitleaks rule ${id}`,
            regex: translated.source,
            flags: translated.flags,
            keywords: keywordsOf(rule.keywords),
            secretGroup: group,
            // gitleaks drops a find whose entropy is not above the rule's.
            minEntropy: typeof rule.entropy === 'number' && rule.entropy > 0 ? rule.entropy + 1e-9 : undefined,
            lead: 1024,
            appliesTo: pathFilter ? (path) => pathFilter.test(path) : undefined,
            keep: filters.filter((filter) => filter !== undefined),
        });
    }
    for (const target of byTarget.keys())
        fail(`allowlists: targetRules names rule "${target}", which the config does not define`, target);
    if (problems.length > 0)
        throw new gates_error/* GatesError */.xx('GATES_E_CONFIG_INVALID', { file, count: problems.length }, { details: problems, location: problems[0].location });
    return { file, rules: specs, keep, notes };
}
/**
 * gitleaks matches keywords case-insensitively. The prefilter compares bytes,
 * so a keyword becomes its spellings in every case, up to its first six
 * characters (a prefix still finds every window the keyword is in); one
 * shorter than three bytes cannot be a prefilter literal, so its rule runs
 * over every window (slower, never missing).
 */
function keywordsOf(value) {
    const words = Array.isArray(value) ? value.filter((word) => typeof word === 'string' && word !== '') : [];
    if (words.some((word) => Buffer.byteLength(word) < 3))
        return [];
    return [...new Set(words.flatMap((word) => (0,keywords/* anyCase */.n9)(word.slice(0, 6))))];
}
function compilePath(source, fail) {
    const translated = goRegexToJs(source);
    try {
        return new RegExp(translated.source, translated.flags);
    }
    catch (error) {
        fail(`does not compile: ${error.message}`);
        return undefined;
    }
}
/** `[allowlist]` (one, the older form) and `[[allowlists]]` (several). */
function allowlistsOf(single, many) {
    const lists = [];
    if (single && typeof single === 'object' && !Array.isArray(single))
        lists.push(single);
    if (Array.isArray(many))
        for (const list of many)
            if (list && typeof list === 'object')
                lists.push(list);
    return lists;
}
/** gitleaks (through viper) reads keys in any case: secretGroup, secretgroup, SecretGroup. */
function lowerKeys(value) {
    if (Array.isArray(value))
        return value.map(lowerKeys);
    if (value && typeof value === 'object' && !(value instanceof Date))
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key.toLowerCase(), lowerKeys(item)]));
    return value;
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/policy/redact-policy.ts


/** Names under which CI systems and tools conventionally pass credentials. */
const DEFAULT_ENV_PATTERNS = ['*TOKEN*', '*SECRET*', '*PASSWORD*', '*PASSWD*', '*_KEY', '*API_KEY*', '*CREDENTIALS*', '*PRIVATE_KEY*'];
function policyWithDefaults(file, path, positions) {
    return {
        file: path,
        positions,
        replacement: file?.replacement ?? 'mask',
        minSecretLength: file?.['min-secret-length'] ?? redactor/* DEFAULT_MIN_SECRET_LENGTH */.ji,
        envPatterns: file?.['env-patterns'] ?? DEFAULT_ENV_PATTERNS,
        binary: file?.binary ?? 'skip',
        archives: file?.archives ?? 'scrub',
        allowSkipped: file?.skipped === 'allow',
        maxFileBytes: file?.['max-file-size'] ? (0,parse/* parseSize */.DB)(file['max-file-size']) : 64 * 1024 ** 3,
        maxMasks: file?.['max-masks'] ?? 1000,
        decode: file?.decode ?? true,
        inlineAllow: file?.['inline-allow'] ?? true,
        allow: file?.allow ?? [],
        disabledRules: file?.rules?.disable ?? [],
        customRules: file?.rules?.custom ?? [],
        gitleaksConfig: file?.['gitleaks-config'],
    };
}
/**
 * The `policy` input's file when it exists (the built-in defaults when the
 * default path is absent; a path set by the user must exist), then the
 * gitleaks config it names, or `.gitleaks.toml` at the workspace root when
 * there is one.
 */
async function loadRedactPolicy(inputs, workspace) {
    const loaded = await (0,config_input/* loadConfigInput */.j)(inputs, workspace, { input: 'policy', kind: schemas/* CONFIG_KINDS */.j.redact });
    const policy = loaded ? policyWithDefaults(loaded.value, loaded.file, loaded.positions) : policyWithDefaults(undefined);
    const gitleaks = await loadGitleaksRules(workspace, policy.gitleaksConfig);
    return gitleaks ? { ...policy, gitleaks } : policy;
}


/***/ }),

/***/ 48672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ discoverFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15170);
/* harmony import */ var _safe_files_contained_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71914);
/* harmony import */ var _text_glob_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13483);





const GLOB_CHARS = /[*?[\]{}!]/;
/**
 * Expands patterns (files, directories, globs; relative to the workspace or
 * absolute) into regular files, in a stable order, without following links.
 * A directory that cannot be listed, or an entry that cannot be examined, is
 * GATES_E_FILESYSTEM (exit 3) naming the path: files the patterns asked for
 * are never silently left out. Only a path that does not exist is a miss.
 */
function discoverFiles(patterns, workspace, options = {}) {
    const seen = new Set();
    const discovery = { files: [], skipped: [], unmatched: [] };
    const excluded = (0,_text_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .globMatcher */ .f)(options.exclude ?? []);
    const display = (path) => ((0,_safe_files_contained_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(path, workspace) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, path).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') : path);
    for (const pattern of patterns) {
        const before = discovery.files.length + discovery.skipped.length;
        const { base, glob } = splitPattern(pattern, workspace);
        const matches = glob ? (0,_text_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .globMatcher */ .f)([glob]) : () => true;
        // A pattern longer than a path can be names nothing: a miss, like any other name that is not there.
        const startStats = lstatOrUndefined(base, 'ENAMETOOLONG');
        // The walk follows no link; the directories above where it starts are resolved once and must stay inside the root.
        const top = glob || startStats?.isDirectory() ? base : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(base);
        const root = (0,_safe_files_contained_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(base, workspace) ? workspace : top;
        const leak = startStats ? escapes(root, top) : undefined;
        if (leak) {
            discovery.skipped.push({ display: display(base), reason: leak, outside: true });
            continue;
        }
        const visit = (path, stats) => {
            if (!stats)
                return;
            const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(base, path).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') || basename(path);
            if (excluded(display(path)))
                return;
            if (stats.isSymbolicLink()) {
                if (matches(rel))
                    discovery.skipped.push({ display: display(path), reason: 'symbolic link (not followed)' });
                return;
            }
            if (stats.isDirectory()) {
                for (const entry of listDirectory(path))
                    visit((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, entry), lstatOrUndefined((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, entry)));
                return;
            }
            if (!matches(rel))
                return;
            if (options.ignore?.(path))
                return;
            if (!stats.isFile()) {
                discovery.skipped.push({ display: display(path), reason: 'not a regular file' });
                return;
            }
            if (seen.has(path))
                return;
            seen.add(path);
            discovery.files.push({ path, display: display(path), relative: rel, root });
        };
        visit(base, startStats);
        if (discovery.files.length + discovery.skipped.length === before)
            discovery.unmatched.push(pattern);
    }
    return discovery;
}
/** Why `directory` is not inside `root` once links are resolved (`logs -> /home/runner/...`), or undefined. */
function escapes(root, directory) {
    try {
        (0,_safe_files_contained_path_js__WEBPACK_IMPORTED_MODULE_3__/* .containedDirectory */ .R)(root, directory);
        return undefined;
    }
    catch (error) {
        if (!(error instanceof _safe_files_contained_path_js__WEBPACK_IMPORTED_MODULE_3__/* .PathOutside */ .jd))
            throw error;
        return `a symbolic link on its path leads outside the workspace (to ${error.real}); not followed`;
    }
}
/** `logs/**\/*.log` → base `logs`, glob `**\/*.log`: only the base is walked. */
function splitPattern(pattern, workspace) {
    const segments = pattern.split('/');
    const firstGlob = segments.findIndex((segment) => GLOB_CHARS.test(segment));
    if (firstGlob < 0)
        return { base: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, pattern) };
    const base = segments.slice(0, firstGlob).join('/') || (pattern.startsWith('/') ? '/' : '.');
    return { base: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, base), glob: segments.slice(firstGlob).join('/') };
}
/** undefined when nothing is there (a miss, or an entry gone since its directory was listed). */
function lstatOrUndefined(path, alsoMissing) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
    }
    catch (error) {
        const { code } = error;
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === alsoMissing)
            return undefined;
        throw filesystemError(path, error);
    }
}
function listDirectory(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(path).sort();
    }
    catch (error) {
        throw filesystemError(path, error);
    }
}
function filesystemError(path, error) {
    const { code, message } = error;
    const reason = code === 'EACCES' || code === 'EPERM' ? `cannot be read (${code}: permission denied)` : `cannot be read (${code ?? message})`;
    return new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_4__/* .GatesError */ .xx('GATES_E_FILESYSTEM', { path, reason }, { cause: error });
}
function basename(path) {
    return path.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).pop() ?? path;
}


/***/ }),

/***/ 90015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ nextZipEntry),
/* harmony export */   q: () => (/* binding */ openZipEntry)
/* harmony export */ });
/**
 * yauzl's callback-and-event reading as promises, for a reader opened with
 * `lazyEntries: true` (one entry at a time: a zip with a million entries is
 * never listed in memory). Shared by every zip the suite reads (state segment
 * artifacts, redact-logs' zipped logs), so the listener bookkeeping is written
 * once: each call removes the listeners it added, whichever event settles it.
 */
/** The next entry, or undefined after the last; rejects with yauzl's error for a zip it cannot read further. */
function nextZipEntry(reader) {
    return new Promise((resolve, reject) => {
        const settle = (callback) => {
            reader.off('entry', onEntry).off('end', onEnd).off('error', onError);
            callback();
        };
        const onEntry = (entry) => settle(() => resolve(entry));
        const onEnd = () => settle(() => resolve(undefined));
        const onError = (error) => settle(() => reject(error));
        reader.on('entry', onEntry).on('end', onEnd).on('error', onError);
        reader.readEntry();
    });
}
/** The entry's inflated bytes as a stream (yauzl checks them against the declared size when `validateEntrySizes` is set). */
function openZipEntry(reader, entry) {
    return new Promise((resolve, reject) => reader.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream))));
}


/***/ })

};
