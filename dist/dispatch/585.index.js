export const id = 585;
export const ids = [585];
export const modules = {

/***/ 8585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  redactLogs: () => (/* binding */ redactLogs)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
<<<<<<< HEAD:dist/dispatch/932.index.js
// EXTERNAL MODULE: ./packages/core/src/index.ts + 54 modules
var src = __webpack_require__(1157);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
=======
// EXTERNAL MODULE: ./packages/core/src/index.ts + 61 modules
var src = __webpack_require__(5791);
>>>>>>> fsledger:dist/dispatch/585.index.js
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
    /** Places replaced (overlapping matches make one). */
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
        const spans = this.scanner.scan(window);
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
        this.emit(window, kept, cut);
        this.linesBefore += countLines(window, 0, cut);
        // The held-back tail moves to the front; nothing is allocated per window.
        this.buffer.copyWithin(0, cut, this.length);
        this.length -= cut;
    }
    emit(window, spans, cut) {
        let cursor = 0;
        for (const span of (0,src/* mergeSpans */.q4)(spans)) {
            if (span.start > cursor)
                this.options.write(window.subarray(cursor, span.start));
            this.options.write(Buffer.from(this.options.replacement(span), 'latin1'));
            cursor = span.end;
        }
        if (cut > cursor)
            this.options.write(window.subarray(cursor, cut));
    }
    /**
     * Counts replacements: overlapping matches are one replacement, counted once
     * for each rule that took part in it, at the line where it starts.
     */
    record(window, spans) {
        let lineCursor = 0;
        let linesToCursor = 0;
        const count = (ruleId, start) => {
            const occurrence = this.occurrences.get(ruleId);
            if (occurrence)
                return void occurrence.count++;
            linesToCursor += countLines(window, lineCursor, start);
            lineCursor = start;
            this.occurrences.set(ruleId, { firstLine: this.linesBefore + linesToCursor + 1, count: 1 });
        };
        let regionStart = -1;
        let regionEnd = -1;
        let rules = new Set();
        for (const span of spans) {
            if (span.start >= regionEnd) {
                for (const rule of rules)
                    count(rule, regionStart);
                this.replacements += rules.size > 0 ? 1 : 0;
                regionStart = span.start;
                rules = new Set();
            }
            regionEnd = Math.max(regionEnd, span.end);
            rules.add(span.ruleId);
            if ('value' in span)
                this.options.onPatternValue?.(span);
        }
        for (const rule of rules)
            count(rule, regionStart);
        this.replacements += rules.size > 0 ? 1 : 0;
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
    return new StreamScrubber(engine.scanner, { write, replacement, onPatternValue: engine.onPatternValue });
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
            return scrubber.occurrences.get(src/* KNOWN_SECRET_RULE */._I)?.count ?? 0;
        },
    };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
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
/**
 * Many control bytes, NUL included, mean binary: a few do not. (One NUL used
 * to be enough, so a log could switch its own scrubbing off with one byte.)
 * Text in other encodings than UTF-8 (latin1 logs) stays text: redaction
 * works on bytes. Binary content is still searched for known values.
 */
function isBinary(head) {
    let control = 0;
    for (const byte of head) {
        // Tab, LF, VT, FF, CR and ESC (ANSI colours) are ordinary in logs.
        if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 11 && byte !== 12 && byte !== 13 && byte !== 27)
            control++;
    }
    return head.length > 0 && control / head.length > BINARY_SHARE;
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
        if (existing)
            existing.count += occurrence.count;
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
    return new src/* AtomicFile */.A0(destination.path, { root: destination.root, mode: destination.mode & 0o7777 });
}

// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./actions/redact-logs/src/files/scrub-gzip.ts







/** Decompresses, scrubs and re-compresses a gzip file in one stream: memory stays bounded whatever it expands to. */
async function scrubGzip(source, destination, engine, maxBytes, display) {
    const target = openTarget(destination);
    const scrub = new ScrubTransform(engine, maxBytes);
    try {
        await (0,promises_.pipeline)((0,external_node_fs_.createReadStream)('', { fd: (0,src/* openRegularFile */.ZU)(source, { noFollow: true }).fd }), (0,external_node_zlib_.createGunzip)(), scrub, (0,external_node_zlib_.createGzip)(), target.sink());
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
var yauzl = __webpack_require__(663);
// EXTERNAL MODULE: ./node_modules/yazl/index.js
var yazl = __webpack_require__(3044);
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
        for (let entry = await nextEntry(reader); entry; entry = await nextEntry(reader)) {
            const options = { mtime: entry.getLastModDate(), mode: entry.externalFileAttributes >>> 16 || undefined };
            if (entry.fileName.endsWith('/')) {
                writer.addEmptyDirectory(entry.fileName, options);
                continue;
            }
            if (entry.isEncrypted())
                throw new ScrubRefusal(`entry ${entry.fileName} is encrypted and cannot be scrubbed`);
            const scrub = new ScrubTransform(engine, maxBytes);
            const input = await openEntry(reader, entry);
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
    const { fd } = (0,src/* openRegularFile */.ZU)(path, { noFollow: true });
    return new Promise((resolve, reject) => yauzl.fromFd(fd, { lazyEntries: true, autoClose: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) => {
        if (!error)
            return resolve(zip);
        (0,external_node_fs_.closeSync)(fd);
        reject(error);
    }));
}
function nextEntry(zip) {
    return new Promise((resolve, reject) => {
        const cleanup = () => {
            zip.off('entry', onEntry);
            zip.off('end', onEnd);
            zip.off('error', onError);
        };
        const onEntry = (entry) => (cleanup(), resolve(entry));
        const onEnd = () => (cleanup(), resolve(undefined));
        const onError = (error) => (cleanup(), reject(error));
        zip.on('entry', onEntry);
        zip.on('end', onEnd);
        zip.on('error', onError);
        zip.readEntry();
    });
}
function openEntry(zip, entry) {
    return new Promise((resolve, reject) => zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream))));
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
            ({ fd, stats } = (0,src/* openRegularFile */.ZU)(source, { noFollow: true }));
        }
        catch (error) {
            if (error instanceof src/* UnreadableFile */.ie && error.kind === 'not-regular')
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
        const refused = error instanceof ScrubRefusal || (error instanceof src/* GatesError */.xx && error.code === 'GATES_E_PATH_OUTSIDE');
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
    if (code === 'ELOOP' || (error instanceof src/* UnreadableFile */.ie && error.kind === 'symlink'))
        return 'symbolic link (not followed)';
    if (error instanceof src/* UnreadableFile */.ie && error.kind === 'missing')
        return 'disappeared while scrubbing';
    if (code === 'ENOENT')
        return 'disappeared while scrubbing';
    if (code === 'ENOSPC')
        return 'no space left to write the scrubbed copy';
    if (error instanceof src/* GatesError */.xx)
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

;// CONCATENATED MODULE: ./actions/redact-logs/src/policy/redact-policy.ts

/** Names under which CI systems and tools conventionally pass credentials. */
const DEFAULT_ENV_PATTERNS = ['*TOKEN*', '*SECRET*', '*PASSWORD*', '*PASSWD*', '*_KEY', '*API_KEY*', '*CREDENTIALS*', '*PRIVATE_KEY*'];
function policyWithDefaults(file, path, positions) {
    return {
        file: path,
        positions,
        replacement: file?.replacement ?? 'mask',
        minSecretLength: file?.['min-secret-length'] ?? src/* DEFAULT_MIN_SECRET_LENGTH */.ji,
        envPatterns: file?.['env-patterns'] ?? DEFAULT_ENV_PATTERNS,
        binary: file?.binary ?? 'skip',
        archives: file?.archives ?? 'scrub',
        allowSkipped: file?.skipped === 'allow',
        maxFileBytes: file?.['max-file-size'] ? (0,src/* parseSize */.DB)(file['max-file-size']) : 64 * 1024 ** 3,
        maxMasks: file?.['max-masks'] ?? 1000,
        allow: file?.allow ?? [],
        disabledRules: file?.rules?.disable ?? [],
        customRules: file?.rules?.custom ?? [],
    };
}
/** The `policy` input's file when it exists; the built-in defaults when the default path is absent. A path set by the user must exist. */
async function loadRedactPolicy(inputs, workspace) {
    const loaded = await (0,src/* loadConfigInput */.jl)(inputs, workspace, { input: 'policy', kind: src/* CONFIG_KINDS */.j0.redact });
    return loaded ? policyWithDefaults(loaded.value, loaded.file, loaded.positions) : policyWithDefaults(undefined);
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin-rules.ts
/** Values that stand for a secret without being one: masks, variables, templates. */
const PLACEHOLDERS = String.raw `^(?:\*+|x+|\.+|\$.*|<[^>]*>|%[sv]|\[REDACTED[^\]]*\]|(?:your[-_])?(?:password|passwd|secret|token)|changeme)$`;
const BASE64_URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** lower, UPPER and Capitalised forms of each word. */
function caseVariants(words) {
    return words.flatMap((word) => [word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1)]);
}
/**
 * The built-in credential formats. Each regex starts with, or sits next to, a
 * keyword so the prefilter can skip windows without one; quantifiers are
 * bounded so every match fits in the scanner's overlap.
 */
const BUILTIN_RULES = [
    {
        id: 'aws-access-key-id',
        anchor: 0,
        description: 'AWS access key id (AKIA…, ASIA…)',
        regex: String.raw `\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b`,
        keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
        allow: ['EXAMPLE$'],
    },
    {
        id: 'aws-secret-access-key',
        description: 'AWS secret access key next to its name',
        regex: String.raw `aws.{0,24}?(?:secret|private).{0,24}?[=:"'\s]{1,4}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
        flags: 'i',
        // The word after "aws": four bytes or more keep the prefilter's keys few; the match starts up to ~30 bytes before it.
        keywords: caseVariants(['secret', 'private']),
        lead: 64,
        secretGroup: 1,
        minEntropy: 3.5,
        allow: ['EXAMPLEKEY$'],
    },
    {
        id: 'github-pat-classic',
        anchor: 0,
        description: 'GitHub personal access token (classic)',
        regex: String.raw `\bghp_[A-Za-z0-9]{36}\b`,
        keywords: ['ghp_'],
    },
    {
        id: 'github-pat-fine-grained',
        anchor: 0,
        description: 'GitHub fine-grained personal access token',
        regex: String.raw `\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}\b`,
        keywords: ['github_pat_'],
    },
    {
        id: 'github-app-token',
        anchor: 0,
        description: 'GitHub App installation, user-to-server or refresh token (ghs_, ghu_, ghr_)',
        regex: String.raw `\bgh[sur]_[A-Za-z0-9]{36,251}\b`,
        keywords: ['ghs_', 'ghu_', 'ghr_'],
    },
    {
        id: 'github-oauth-token',
        anchor: 0,
        description: 'GitHub OAuth access token',
        regex: String.raw `\bgho_[A-Za-z0-9]{36}\b`,
        keywords: ['gho_'],
    },
    {
        id: 'slack-token',
        anchor: 0,
        description: 'Slack bot, user, app or configuration token',
        regex: String.raw `\bxox[abposre]-[A-Za-z0-9-]{10,250}`,
        keywords: ['xoxa-', 'xoxb-', 'xoxp-', 'xoxo-', 'xoxs-', 'xoxr-', 'xoxe-'],
    },
    {
        id: 'slack-webhook',
        anchor: 0,
        description: 'Slack incoming-webhook URL',
        regex: String.raw `hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9/_+-]{20,200}`,
        keywords: ['hooks.slack.com'],
    },
    {
        id: 'stripe-key',
        anchor: 0,
        description: 'Stripe secret or restricted key',
        regex: String.raw `\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}\b`,
        keywords: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'],
    },
    {
        id: 'npm-token',
        anchor: 0,
        description: 'npm access token',
        regex: String.raw `\bnpm_[A-Za-z0-9]{36}\b`,
        keywords: ['npm_'],
    },
    {
        id: 'npmrc-auth',
        anchor: 0,
        description: 'Registry credential in an .npmrc line (_authToken, _auth, _password)',
        regex: String.raw `:_(?:authToken|auth|password)\s{0,8}=\s{0,8}"?([^\s"]{8,2048})`,
        keywords: [':_authToken', ':_auth', ':_password'],
        secretGroup: 1,
        allow: [PLACEHOLDERS],
    },
    {
        id: 'pypi-token',
        anchor: 0,
        description: 'PyPI upload token',
        regex: String.raw `\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000}`,
        keywords: ['pypi-AgEIcHlwaS5vcmc'],
    },
    {
        id: 'google-api-key',
        anchor: 0,
        description: 'Google API key',
        regex: String.raw `\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])`,
        keywords: ['AIza'],
    },
    {
        id: 'azure-storage-key',
        anchor: 0,
        description: 'Azure storage account or shared access key in a connection string',
        regex: String.raw `\b(?:AccountKey|SharedAccessKey)=([A-Za-z0-9+/]{40,88}={0,2})`,
        keywords: ['AccountKey=', 'SharedAccessKey='],
        secretGroup: 1,
    },
    {
        id: 'private-key',
        description: 'Private key block (PEM, OpenSSH, PGP), header to footer, also inside JSON strings',
        regex: String.raw `-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----[\s\S]{16,32768}?-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----`,
        keywords: ['PRIVATE KEY'],
        reach: 34 * 1024,
    },
    {
        id: 'jwt',
        anchor: 0,
        description: 'JSON Web Token (header.payload.signature)',
        regex: String.raw `\beyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{16,4096}`,
        // "eyJ" is base64 of `{"`; with the next character it is four bytes, as the prefilter needs.
        keywords: [...BASE64_URL_ALPHABET].map((char) => `eyJ${char}`),
        reach: 17 * 1024,
    },
    {
        id: 'url-credentials',
        anchor: 1,
        description: 'Password in a URL (https://user:password@host, postgres://…, mongodb+srv://…)',
        regex: String.raw `://[^\s/:@'"<>]{1,256}:([^\s/@'"<>]{1,256})@`,
        // The scheme's last character and "://".
        keywords: [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'].map((char) => `${char}://`),
        lead: 1,
        secretGroup: 1,
        allow: [PLACEHOLDERS],
    },
    {
        id: 'connection-string-password',
        description: 'Password in a key=value connection string (Password=…; Pwd=…)',
        regex: String.raw `(?:^|[;"'\s])(?:password|pwd)\s{0,8}=\s{0,8}([^;"'\s]{1,256})`,
        flags: 'i',
        keywords: [...caseVariants(['password']), ...caseVariants(['pwd']).flatMap((word) => [`${word}=`, `${word} `, `${word}\t`])],
        secretGroup: 1,
        allow: [PLACEHOLDERS],
    },
    {
        id: 'authorization-header',
        anchor: 0,
        description: 'Credential in an HTTP Authorization header (Basic, Bearer, token)',
        regex: String.raw `authorization:\s{0,8}(?:basic|bearer|token)\s{1,8}([A-Za-z0-9._~+/=-]{8,4096})`,
        flags: 'i',
        keywords: ['authorization', 'Authorization', 'AUTHORIZATION'],
        secretGroup: 1,
        allow: [PLACEHOLDERS],
    },
];

;// CONCATENATED MODULE: ./actions/redact-logs/src/report/redaction-findings.ts


const BUILTIN_IDS = new Set(BUILTIN_RULES.map((rule) => rule.id));
const UNSCRUBBED_FILE_RULE = 'unscrubbed-file';
const BINARY_FILE_RULE = 'binary-file';
const SKIPPED_FILE_RULE = 'skipped-file';
/** The rules a report can name: known values, every pattern rule in force, and files that could not be scrubbed. */
function redactionRules(patternRules, failOnFind) {
    const found = failOnFind ? 'error' : 'warning';
    return [
        { id: src/* KNOWN_SECRET_RULE */._I, description: 'A value given as secret (or one of its encodings) was found and redacted', severity: found, docs: (0,src/* ruleDocsUrl */.hS)('redact-logs', 'known-secret') },
        ...patternRules.map((rule) => ({ id: rule.id, description: `${rule.description}: found and redacted`, severity: found, docs: (0,src/* ruleDocsUrl */.hS)('redact-logs', BUILTIN_IDS.has(rule.id) ? rule.id : 'custom-rules') })),
        { id: UNSCRUBBED_FILE_RULE, description: 'A file that should be scrubbed could not be (unreadable, refused archive, too large); it may still hold secrets', severity: 'error', docs: (0,src/* ruleDocsUrl */.hS)('redact-logs', 'unscrubbed-file') },
        { id: BINARY_FILE_RULE, description: 'A binary file was not scrubbed (policy binary: report); it was searched for known values', severity: failOnFind ? 'error' : 'warning', docs: (0,src/* ruleDocsUrl */.hS)('redact-logs', 'binary-file') },
        { id: SKIPPED_FILE_RULE, description: 'With fail-on-find, a file was not searched in full (binary content, a skipped archive, a link or special file) and the policy does not allow that', severity: 'error', docs: (0,src/* ruleDocsUrl */.hS)('redact-logs', 'skipped-file') },
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
                message: `${occurrence.count} value(s) matching ${ruleId} redacted${where}; rotate the credential if the file was ever shared unredacted.`,
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
/** Counts per rule and per file: never a value. File names, patterns and labels are untrusted text. Pure. */
function renderRedactionSummary(outcomes, notes, md) {
    const totals = totalsOf(outcomes);
    const byRule = new Map();
    for (const outcome of outcomes)
        for (const [rule, occurrence] of outcome.occurrences)
            byRule.set(rule, (byRule.get(rule) ?? 0) + occurrence.count);
    const lines = [
        '### Redaction',
        '',
        `${totals.redacted} value(s) redacted in ${totals.filesChanged} of ${totals.scanned} file(s) scrubbed${notes.outputDir ? ` (copies written under ${md.code(notes.outputDir)})` : ' (in place)'}; ${notes.knownValues} known value(s) searched for in all their encodings.`,
        '',
    ];
    if (byRule.size > 0) {
        lines.push((0,src/* table */.tp)(['rule', 'redacted'], [...byRule].sort((a, b) => b[1] - a[1]).map(([rule, count]) => [md.code(rule), String(count)])), '');
    }
    const listed = outcomes.filter((outcome) => outcome.status !== 'clean');
    if (listed.length > 0) {
        lines.push((0,src/* table */.tp)(['file', 'kind', 'result', 'by rule'], listed.slice(0, 200).map((outcome) => [
            md.code(outcome.display),
            outcome.kind,
            outcome.status === 'redacted' ? `redacted ${outcome.replacements ?? 0}` : `${outcome.status}: ${md.text(outcome.reason ?? '')}`,
            [...outcome.occurrences].map(([rule, occurrence]) => `${md.text(rule)} ×${occurrence.count}`).join(', '),
        ])), '');
        if (listed.length > 200)
            lines.push(`…and ${listed.length - 200} more file(s); the report file lists all.`, '');
    }
    if (notes.masks > 0)
        lines.push(`${notes.masks} value(s) found by pattern rules were registered with the runner's masker, so later steps' logs hide them too.`, '');
    for (const label of notes.refused)
        lines.push(`- Not masked: ${md.text(label)}`);
    for (const pattern of notes.unmatched)
        lines.push(`- No file matched ${md.code(pattern)}`);
    return lines.join('\n').trimEnd();
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/compile-rules.ts

const DEFAULT_LEAD = 256;
const DEFAULT_REACH = 8 * 1024;
/**
 * Compiles rule specs once. A regex, flag or allow pattern that does not
 * compile, or a group the regex does not have, is a config error at its
 * line (exit 2), all problems at once.
 */
function compileRules(specs, globalAllow, origin) {
    const problems = [];
    const at = (pointer) => (origin ? { file: origin.file, ...(origin.positions?.value.get(pointer) ?? {}) } : undefined);
    const inRules = (pointer) => `${origin?.rulesPointer ?? ''}${pointer}`;
    const compile = (source, flags, pointer, what) => {
        try {
            return new RegExp(source, flags);
        }
        catch (error) {
            problems.push({ message: `${what} does not compile: ${error.message}`, location: at(pointer), hint: 'write a JavaScript regular expression; escape backslashes in YAML double-quoted strings' });
            return undefined;
        }
    };
    const shared = globalAllow.map((source, index) => compile(source, '', `${origin?.allowPointer ?? ''}/${index}`, `allow pattern ${JSON.stringify(source)}`));
    const rules = [];
    specs.forEach((spec, index) => {
        const group = spec.secretGroup ?? 0;
        const regex = compile(spec.regex, `g${group > 0 ? 'd' : ''}${spec.flags ?? ''}`, inRules(`/${index}/regex`), `rule ${spec.id}: regex`);
        const allow = (spec.allow ?? []).map((source, allowIndex) => compile(source, '', inRules(`/${index}/allow/${allowIndex}`), `rule ${spec.id}: allow pattern`));
        if (regex && group > 0 && groupCount(regex) < group) {
            problems.push({ message: `rule ${spec.id}: secret-group ${group} but the regex has ${groupCount(regex)} group(s)`, location: at(inRules(`/${index}/secret-group`)), hint: 'number capture groups from 1, left to right' });
        }
        if (regex && regex.test('')) {
            problems.push({ message: `rule ${spec.id}: the regex matches the empty string, so it would match everywhere`, location: at(inRules(`/${index}/regex`)), hint: 'require at least one character' });
        }
        regex && (regex.lastIndex = 0);
        if (!regex || allow.some((pattern) => !pattern))
            return;
        rules.push({
            id: spec.id,
            description: spec.description,
            regex,
            keywords: spec.keywords.map((keyword) => Buffer.from(keyword, 'utf8')),
            secretGroup: group,
            minEntropy: spec.minEntropy ?? 0,
            allow: [...allow, ...shared.filter(Boolean)],
            anchored: spec.anchor === undefined ? undefined : { regex: new RegExp(regex.source, `${regex.flags}y`), offset: spec.anchor },
            lead: spec.lead ?? DEFAULT_LEAD,
            reach: spec.reach ?? DEFAULT_REACH,
        });
    });
    if (problems.length > 0) {
        const file = origin?.file ?? 'built-in rules';
        throw new src/* GatesError */.xx('GATES_E_CONFIG_INVALID', { file, count: problems.length }, { details: problems, location: problems[0].location });
    }
    return rules;
}
function groupCount(regex) {
    return new RegExp(`${regex.source}|`).exec('').length - 1;
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/active-rules.ts



/** The built-in rules minus those the policy disables, plus its own; compiled once per run. */
function activeRules(policy) {
    const builtinIds = new Set(BUILTIN_RULES.map((rule) => rule.id));
    const unknown = policy.disabledRules.filter((id) => !builtinIds.has(id));
    if (unknown.length > 0) {
        throw new src/* GatesError */.xx('GATES_E_CONFIG_INVALID', { file: policy.file ?? 'policy', count: unknown.length }, {
            details: unknown.map((id) => ({ message: `rules.disable names unknown built-in rule "${id}"`, location: policy.file ? { file: policy.file, ...(policy.positions?.value.get('/rules/disable') ?? {}) } : undefined, hint: `built-in rules: ${[...builtinIds].join(', ')}` })),
        });
    }
    const clash = policy.customRules.find((rule) => builtinIds.has(rule.id));
    if (clash) {
        throw new src/* GatesError */.xx('GATES_E_CONFIG_INVALID', { file: policy.file ?? 'policy', count: 1 }, {
            details: [{ message: `custom rule id "${clash.id}" is a built-in rule's id`, hint: 'pick another id, or disable the built-in rule and name yours differently' }],
        });
    }
    const builtin = compileRules(BUILTIN_RULES.filter((rule) => !policy.disabledRules.includes(rule.id)), policy.allow, policy.file ? { file: policy.file, positions: policy.positions, rulesPointer: '/rules/custom', allowPointer: '/allow' } : undefined);
    const custom = policy.customRules.map((rule) => ({
        id: rule.id,
        description: rule.description ?? `custom rule ${rule.id}`,
        regex: rule.regex,
        flags: rule.flags,
        keywords: rule.keywords,
        secretGroup: rule['secret-group'],
        minEntropy: rule['min-entropy'],
        allow: rule.allow,
    }));
    return [...builtin, ...compileRules(custom, policy.allow, { file: policy.file ?? '.github/gates-redact.yml', positions: policy.positions, rulesPointer: '/rules/custom', allowPointer: '/allow' })];
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
function findPatternHits(rules, window, keywordPositions) {
    const hits = [];
    rules.forEach((rule, index) => {
        const regions = keywordPositions ? regionsAround(keywordPositions[index] ?? [], rule, window.length) : [{ from: 0, to: window.length }];
        let lastEnd = -1;
        for (const region of regions) {
            const text = window.toString('latin1', region.from, region.to);
            const found = rule.anchored && region.positions ? matchAnchored(rule, text, region.from, region.positions) : matchAll(rule, text, region.from);
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
function matchAll(rule, text, from) {
    const hits = [];
    const regex = rule.regex;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
        if (match[0].length === 0)
            regex.lastIndex++;
        const hit = hitOf(rule, match, text, from);
        if (hit)
            hits.push(hit);
    }
    return hits;
}
/** Tries the sticky regex only where a match must start: each keyword position plus the rule's anchor. */
function matchAnchored(rule, text, from, positions) {
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
        const hit = hitOf(rule, match, text, from);
        if (hit)
            hits.push(hit);
    }
    return hits;
}
function hitOf(rule, match, text, from) {
    const [start, end] = rule.secretGroup > 0 ? (match.indices?.[rule.secretGroup] ?? [-1, -1]) : [match.index, match.index + match[0].length];
    if (start < 0)
        return undefined;
    const value = text.slice(start, end);
    if (rule.minEntropy > 0 && shannonEntropy(value) < rule.minEntropy)
        return undefined;
    if (rule.allow.some((pattern) => pattern.test(value)))
        return undefined;
    return { start: from + start, end: from + end, ruleId: rule.id, value };
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

;// CONCATENATED MODULE: ./actions/redact-logs/src/scrub/secret-scanner.ts


/**
 * Everything that finds secrets in a window of bytes, in one pass over it: the
 * known values in all their encodings and the rules' keywords share one
 * multi-literal matcher; only rules whose keyword occurred then run their
 * regex. (One indexOf per keyword per window cost more than the whole scan.)
 * Pure.
 */
class SecretScanner {
    rules;
    matcher;
    knownCount;
    /** For each keyword literal (after the known ones), the rule it belongs to. */
    keywordRule = [];
    /** Keywords shorter than the matcher's key, checked at the window's end where no byte follows them. */
    shortKeywords = [];
    /** No match is longer than this; the stream scrubber overlaps windows by at least this much. */
    reach;
    constructor(knownForms, rules) {
        this.rules = rules;
        const literals = knownForms.map((form) => Buffer.from(form, 'utf8'));
        this.knownCount = literals.length;
        rules.forEach((rule, index) => {
            for (const keyword of rule.keywords) {
                for (const literal of keywordLiterals(keyword)) {
                    literals.push(literal);
                    this.keywordRule.push(index);
                }
                if (keyword.length < src/* KEY_BYTES */.Co)
                    this.shortKeywords.push({ bytes: keyword, rule: index });
            }
        });
        this.matcher = new src/* LiteralMatcher */.eb(literals);
        const longestKnown = Math.max(0, ...literals.slice(0, this.knownCount).map((literal) => literal.length));
        this.reach = Math.max(longestKnown, ...rules.map((rule) => rule.lead + rule.reach));
    }
    get literalCount() {
        return this.knownCount;
    }
    scan(window) {
        const spans = [];
        const positions = this.rules.map(() => []);
        let lastKnownStart = -1;
        this.matcher.visit(window, 0, window.length, (literal, start, end) => {
            if (literal >= this.knownCount) {
                const found = positions[this.keywordRule[literal - this.knownCount]];
                // Two keywords of one rule at one position (or the same twice) count once.
                if (found[found.length - 1] !== start)
                    found.push(start);
            }
            else if (start !== lastKnownStart) {
                // Longest first at each position: later ones there are inside this one.
                lastKnownStart = start;
                spans.push({ start, end, ruleId: src/* KNOWN_SECRET_RULE */._I });
            }
        });
        for (const { bytes, rule } of this.shortKeywords)
            if (window.length >= bytes.length && window.subarray(window.length - bytes.length).equals(bytes))
                positions[rule].push(window.length - bytes.length); // still in order: nothing comes after the end
        for (const hit of findPatternHits(this.rules, window, positions))
            spans.push(hit);
        return spans;
    }
}
/** A keyword as matcher literals: itself, or when shorter than the key, itself followed by each possible byte. */
function keywordLiterals(keyword) {
    if (keyword.length >= src/* KEY_BYTES */.Co)
        return [keyword];
    if (keyword.length !== src/* KEY_BYTES */.Co - 1)
        throw new RangeError(`keywords are at least ${src/* KEY_BYTES */.Co - 1} bytes`);
    return Array.from({ length: 256 }, (_, byte) => Buffer.concat([keyword, Buffer.from([byte])]));
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/definition.ts











const redactLogs = {
    name: 'redact-logs',
    description: 'Removes secrets from logs and artifacts before upload: known values in every encoding, and credential patterns.',
    rules: [...redactionRules(compileRules(BUILTIN_RULES, []), false), (0,src/* nothingToCheckRule */.JZ)('redact-logs')],
    async run({ inputs, env, workspace, runner, redactor, stateRoot }) {
        const refused = [];
        const policy = await loadRedactPolicy(inputs, workspace);
        const replacement = inputs.string('replacement') ? inputs.enumeration('replacement', ['mask', 'rule-id'], 'mask') : policy.replacement;
        const consider = (label, value) => {
            const refusal = (0,src/* refusalOf */.Of)(value, policy.minSecretLength) ?? redactor.tryAddSecret(value);
            if (refusal)
                refused.push(`${label}: ${(0,src/* describeRefusal */.a2)(refusal, policy.minSecretLength)}`);
        };
        for (const secret of parseSecretsInput(inputs.raw('secrets')))
            consider(secret.label, secret.value);
        const fromEnv = (0,src/* globMatcher */.fU)(policy.envPatterns);
        for (const [name, value] of Object.entries(env))
            if (value && fromEnv(name) && !name.startsWith('INPUT_'))
                consider(`env ${name}`, value);
        for (const label of refused)
            runner.warning(`${label}; not masked (masking it would mangle the log and protect nothing).`);
        const failOnFind = inputs.boolean('fail-on-find', false);
        const rules = activeRules(policy);
        inputs.required('paths');
        const patterns = inputs.list('paths');
        const outputDir = inputs.string('output-dir');
        const output = outputDir ? outputLocation(workspace, outputDir) : undefined;
        // Temporary files (this run's, another run's, or a killed run's) are never scrubbed as logs.
        const discovery = (0,src/* discoverFiles */.ZO)(patterns, workspace, { exclude: outputDir ? [`${outputDir.replace(/\/$/, '')}/**`] : [], ignore: (path) => (0,src/* isTemporaryName */.$W)((0,external_node_path_.basename)(path)) });
        const masks = new MaskRegistry(redactor, policy);
        const engine = { scanner: new SecretScanner(redactor.forms(), rules), replacement, binary: policy.binary, onPatternValue: (hit) => masks.add(hit) };
        runner.debug(`searching for ${engine.scanner.literalCount} encoded form(s) of ${redactor.size} known value(s) and ${rules.length} pattern rule(s) in ${discovery.files.length} file(s)`);
        // A path through a link out of the workspace was asked for and not scrubbed: refused, so the step fails.
        const outcomes = discovery.skipped.map((skip) => ({ display: skip.display, kind: 'text', status: skip.outside ? 'refused' : 'skipped', reason: skip.reason, occurrences: new Map() }));
        for (const file of discovery.files) {
            const destination = output ? (0,external_node_path_.join)(output.path, (0,external_node_path_.isAbsolute)(file.display) ? file.relative : file.display) : file.path;
            const root = output ? output.root : file.root;
            outcomes.push(await scrubFile(file.path, destination, file.display, { engine, root, archives: policy.archives, maxFileBytes: policy.maxFileBytes }));
        }
        const totals = totalsOf(outcomes);
        const reportFile = await (0,src/* writeReportFile */.aS)((0,src/* statePath */.BQ)(stateRoot, 'reports', 'redact-logs'), 'redaction.json', redactionReport(outcomes, refused, discovery.unmatched), redactor);
        return {
            findings: redactionFindings(outcomes, { failOnFind, allowSkipped: policy.allowSkipped }),
            // Nothing matched: the logs were never written, or the globs are wrong; "no secret found" would be a lie.
            nothingToCheck: outcomes.length === 0 ? `no file matched ${patterns.join(', ')}` : undefined,
            rules: [...redactionRules(rules, failOnFind), (0,src/* nothingToCheckRule */.JZ)('redact-logs')],
            // Found secrets (and, unless the policy allows it, skipped files) fail the gate only with fail-on-find; a known value left in a file always does.
            failOn: 'error',
            outputs: { 'redacted-count': String(totals.redacted), 'files-changed': String(totals.filesChanged), 'report-file': reportFile },
            notes: discovery.unmatched.length > 0 ? [`${discovery.unmatched.length} path pattern(s) matched no file.`] : undefined,
            summaryAppendix: renderRedactionSummary(outcomes, { knownValues: redactor.size, refused, unmatched: discovery.unmatched, masks: masks.count, outputDir }, (0,src/* markdownText */.p7)(redactor)),
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
    if (!(0,src/* isInside */.FK)(path, workspace))
        return { path, root: path };
    (0,src/* containedDirectory */.R)(workspace, path);
    return { path, root: workspace };
}
/** Registers values found by pattern rules with the runner's masker (via the redactor), once each, up to the policy's cap. */
class MaskRegistry {
    redactor;
    policy;
    seen = new Set();
    constructor(redactor, policy) {
        this.redactor = redactor;
        this.policy = policy;
    }
    get count() {
        return this.seen.size;
    }
    add(hit) {
        if (this.seen.size >= this.policy.maxMasks)
            return;
        const value = Buffer.from(hit.value, 'latin1').toString('utf8');
        if (this.seen.has(value) || (0,src/* refusalOf */.Of)(value, this.policy.minSecretLength))
            return;
        this.seen.add(value);
        this.redactor.addFound(value);
    }
}
function redactionReport(outcomes, refused, unmatched) {
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
        refused,
        unmatched,
    };
}


/***/ })

};
