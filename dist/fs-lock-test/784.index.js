export const id = 784;
export const ids = [784,475];
export const modules = {

/***/ 8784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishSegment: () => (/* binding */ publishSegment),
  restoreSegments: () => (/* binding */ restoreSegments)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/audit/hash-chain.ts
var hash_chain = __webpack_require__(2669);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/safe-files/atomic-file.ts + 1 modules
var atomic_file = __webpack_require__(56135);
// EXTERNAL MODULE: ./packages/core/src/safe-files/make-directories.ts
var make_directories = __webpack_require__(48877);
// EXTERNAL MODULE: ./packages/core/src/safe-files/read-file.ts
var read_file = __webpack_require__(6220);
// EXTERNAL MODULE: ./packages/core/src/state/state-root.ts + 6 modules
var state_root = __webpack_require__(27693);
// EXTERNAL MODULE: ./packages/core/src/audit/ledger-anchor.ts
var ledger_anchor = __webpack_require__(4860);
;// CONCATENATED MODULE: ./packages/core/src/state-transport/segment-signature.ts

/**
 * Signed segments (docs/ordering.md): with the anchor key, a segment carries
 * HMAC-SHA-256 over a canonical description of itself and of the run it was
 * written in. Any step of the run holding the runtime token can upload an
 * artifact; only a step given the key can sign one. Binding the run id and
 * the repository means a genuine segment copied from another run (or
 * repository) is refused: its MAC names where it was written. Pure.
 */
const SIGNATURE_DOMAIN = 'gates-state-segment-mac/1';
function segmentBinding(env) {
    return { run: env.GITHUB_RUN_ID ?? '', attempt: env.GITHUB_RUN_ATTEMPT || '1', repository: env.GITHUB_REPOSITORY ?? '' };
}
/**
 * One unambiguous text per segment: a JSON array of the domain and each field
 * in a fixed order (JSON quotes every string, so no two descriptions run
 * together). The domain keeps this MAC apart from the keyed anchor, which
 * signs a bare head hash with the same key.
 */
function signedText(parts, binding) {
    return JSON.stringify([SIGNATURE_DOMAIN, parts.name, binding.run, binding.attempt, binding.repository, parts.base, parts.head.hash, parts.head.count, parts.head.lamport]);
}
function signSegment(parts, binding, key) {
    return { ...binding, mac: (0,external_node_crypto_.createHmac)('sha256', key).update(signedText(parts, binding)).digest('hex') };
}
/**
 * Whether a segment was signed with `key` in this run of this repository.
 * A segment of an earlier attempt of the run counts (a re-run of failed jobs
 * keeps the other jobs' segments); one naming a later attempt does not.
 */
function checkSignature(parts, signature, expected, key) {
    if (signature === undefined || signature === null)
        return { ok: false, reason: 'unsigned (no MAC; it was not written by a gates step given the anchor key)' };
    const given = signature;
    if (typeof signature !== 'object' || [given.run, given.attempt, given.repository, given.mac].some((field) => typeof field !== 'string')) {
        return { ok: false, reason: 'its signature is malformed' };
    }
    if (given.repository !== expected.repository)
        return { ok: false, reason: `signed for repository ${JSON.stringify(given.repository)}, not this one` };
    if (given.run !== expected.run)
        return { ok: false, reason: `signed for run ${JSON.stringify(given.run)}, not this run (a segment copied from another run)` };
    if (!isAttemptUpTo(given.attempt, expected.attempt))
        return { ok: false, reason: `signed for run attempt ${JSON.stringify(given.attempt)}, not this attempt or an earlier one` };
    const wanted = Buffer.from(signSegment(parts, given, key).mac, 'hex');
    const mac = Buffer.from(/^[0-9a-f]{64}$/.test(given.mac) ? given.mac : '', 'hex');
    if (mac.length !== wanted.length || !(0,external_node_crypto_.timingSafeEqual)(mac, wanted))
        return { ok: false, reason: 'its MAC does not match (another key, or the segment was changed after signing)' };
    return { ok: true };
}
function isAttemptUpTo(attempt, current) {
    return /^[1-9][0-9]{0,8}$/.test(attempt) && /^[1-9][0-9]{0,8}$/.test(current) && Number(attempt) <= Number(current);
}

;// CONCATENATED MODULE: ./packages/core/src/state-transport/segment.ts



/**
 * A segment: the ledger records one step appended (and any the job appended
 * before it that no segment carried yet), as one immutable artifact, with the
 * head of those records. Its chain starts at `base` (the hash of the record
 * before it on that runner, 64 zeros at genesis). Pure.
 */
const SEGMENT_FORMAT = 'gates-state-segment/1';
const SEGMENT_FILE = 'segment.json';
function buildSegment(name, base, records, signing) {
    const head = { ...(0,ledger_anchor/* headOf */.Uo)(records), count: records.length };
    const signature = signing ? { signature: signSegment({ name, base, head }, signing.binding, signing.key) } : {};
    return { format: SEGMENT_FORMAT, name, base, head, records: [...records], ...signature };
}
/** Parses and verifies a segment file: its shape, each record's hash, the chain from `base`, rising Lamport counters, and the head. */
function checkSegment(text, expectedName) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return { ok: false, reason: 'not valid JSON (corrupt or truncated)' };
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return { ok: false, reason: 'not a segment' };
    const segment = value;
    if (segment.format !== SEGMENT_FORMAT)
        return { ok: false, reason: `unknown format ${JSON.stringify(segment.format)} (expected ${SEGMENT_FORMAT})` };
    if (typeof segment.name !== 'string' || (expectedName !== undefined && segment.name !== expectedName)) {
        return { ok: false, reason: `names itself ${JSON.stringify(segment.name)}, not the artifact it came in` };
    }
    if (typeof segment.base !== 'string' || !/^[0-9a-f]{64}$/.test(segment.base))
        return { ok: false, reason: 'base is not a SHA-256 hash' };
    if (!Array.isArray(segment.records) || segment.records.length === 0)
        return { ok: false, reason: 'holds no records' };
    const head = segment.head;
    if (!head || typeof head !== 'object')
        return { ok: false, reason: 'has no head' };
    let previous;
    for (const [index, record] of segment.records.entries()) {
        const where = `record ${index + 1}`;
        const shape = (0,hash_chain/* recordProblem */.hN)(record);
        if (shape)
            return { ok: false, reason: `${where}: ${shape}` };
        if ((0,hash_chain/* hashRecord */.OK)(record) !== record.hash)
            return { ok: false, reason: `${where}: content does not match its hash (edited)` };
        if (record.prev !== (previous?.hash ?? segment.base))
            return { ok: false, reason: `${where}: does not follow the record before it (deleted, inserted or reordered)` };
        if (previous && record.lamport <= previous.lamport)
            return { ok: false, reason: `${where}: Lamport counter does not increase` };
        previous = record;
    }
    if (head.count !== segment.records.length || head.hash !== previous.hash || head.lamport !== previous.lamport) {
        return { ok: false, reason: `its head does not name its last record (records cut or added)` };
    }
    return { ok: true, segment: segment };
}

// EXTERNAL MODULE: ./packages/core/src/state-transport/segment-name.ts
var segment_name = __webpack_require__(84380);
// EXTERNAL MODULE: ./packages/core/src/state-transport/segment-store.ts
var segment_store = __webpack_require__(96238);
;// CONCATENATED MODULE: ./packages/core/src/state-transport/segment-header.ts
class Malformed extends Error {
}
const SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
function readSegmentHeader(text) {
    try {
        return { ok: true, fields: topLevelFields(text) };
    }
    catch (error) {
        if (error instanceof Malformed || error instanceof SyntaxError)
            return { ok: false, reason: 'not valid JSON (corrupt or truncated)' };
        throw error;
    }
}
function topLevelFields(text) {
    const fields = new Map();
    let at = skipSpace(text, 0);
    expect(text, at, 0x7b);
    at = skipSpace(text, at + 1);
    if (text.charCodeAt(at) === 0x7d)
        return end(text, at + 1, fields);
    for (;;) {
        expect(text, at, QUOTE);
        const keyEnd = stringEnd(text, at);
        const key = JSON.parse(text.slice(at, keyEnd));
        if (fields.has(key))
            throw new Malformed(`key ${key} twice`);
        at = skipSpace(text, keyEnd);
        expect(text, at, 0x3a);
        at = skipSpace(text, at + 1);
        const valueEnd = valueEndAt(text, at);
        // The records stay text: parsing them is what a refusal must not cost.
        fields.set(key, key === 'records' ? undefined : JSON.parse(text.slice(at, valueEnd)));
        at = skipSpace(text, valueEnd);
        if (text.charCodeAt(at) === 0x7d)
            return end(text, at + 1, fields);
        expect(text, at, 0x2c);
        at = skipSpace(text, at + 1);
    }
}
function end(text, at, fields) {
    if (skipSpace(text, at) !== text.length)
        throw new Malformed('text after the object');
    return fields;
}
function expect(text, at, code) {
    if (text.charCodeAt(at) !== code)
        throw new Malformed(`expected ${String.fromCharCode(code)} at ${at}`);
}
function skipSpace(text, at) {
    while (at < text.length && SPACE.has(text.charCodeAt(at)))
        at++;
    return at;
}
/** The index just past the string starting at `at` (a quote). */
function stringEnd(text, at) {
    for (let index = at + 1; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code === BACKSLASH)
            index++;
        else if (code === QUOTE)
            return index + 1;
    }
    throw new Malformed('unterminated string');
}
/** The index just past the value starting at `at`: a string, an object or array (brackets matched outside strings), or a scalar. */
function valueEndAt(text, at) {
    const first = text.charCodeAt(at);
    if (first === QUOTE)
        return stringEnd(text, at);
    if (first === 0x7b || first === 0x5b) {
        let depth = 0;
        for (let index = at; index < text.length; index++) {
            const code = text.charCodeAt(index);
            if (code === QUOTE)
                index = stringEnd(text, index) - 1;
            else if (code === 0x7b || code === 0x5b)
                depth++;
            else if (code === 0x7d || code === 0x5d) {
                depth--;
                if (depth === 0)
                    return index + 1;
            }
        }
        throw new Malformed('unclosed object or array');
    }
    let index = at;
    while (index < text.length && !SPACE.has(text.charCodeAt(index)) && ![0x2c, 0x7d, 0x5d].includes(text.charCodeAt(index)))
        index++;
    if (index === at)
        throw new Malformed('no value');
    return index;
}

;// CONCATENATED MODULE: ./packages/core/src/state-transport/segment-verify.ts



/**
 * The largest `segment.json` a restore reads, and a step publishes: a step's segment holds a few records of about a
 * kilobyte. `gates audit merge` reads the files it is given whole: they are the user's own, not a run's uploads.
 */
const MAX_SEGMENT_FILE_BYTES = 8 * 1024 * 1024;
/**
 * The one check of a segment file, for the restore and `gates audit merge`
 * (docs/ordering.md). With a key, the MAC is checked first, over the fields
 * it binds, read without parsing the records (segment-header.ts): refusing
 * an unsigned or forged segment costs one pass over its bytes, however many
 * records it claims. Only a segment whose MAC matches is then parsed and its
 * chain verified against the head the MAC bound; the MAC is checked once
 * more on what that parse produced, so the two readings cannot differ.
 * `signature` says a refusal was for the signature (not the chain).
 */
function verifySegment(text, options = {}) {
    const { key } = options;
    if (key) {
        const header = readSegmentHeader(text);
        if (!header.ok)
            return { ok: false, reason: header.reason, signature: false };
        const signed = signatureCheck(header.fields.get('name'), header.fields.get('base'), header.fields.get('head'), header.fields.get('signature'), key);
        if (!signed.ok)
            return { ok: false, reason: signed.reason, signature: true };
    }
    const check = checkSegment(text, options.expectedName);
    if (!check.ok)
        return { ok: false, reason: check.reason, signature: false };
    if (key) {
        const { name, base, head, signature } = check.segment;
        const again = signatureCheck(name, base, head, signature, key);
        if (!again.ok)
            return { ok: false, reason: again.reason, signature: true };
    }
    return check;
}
function signatureCheck(name, base, head, signature, key) {
    // Fields of the wrong type are signed as they are: a MAC over them matches only if a key holder wrote them so.
    const parts = { name, base, head: head && typeof head === 'object' ? head : {} };
    const claimed = signature && typeof signature === 'object' ? signature : {};
    const expected = {
        run: key.binding.run ?? String(claimed.run),
        attempt: key.binding.attempt ?? String(claimed.attempt),
        repository: key.binding.repository ?? String(claimed.repository),
    };
    return checkSignature(parts, signature, expected, key.key);
}

// EXTERNAL MODULE: ./packages/core/src/state-transport/segment-zip.ts + 1 modules
var segment_zip = __webpack_require__(23475);
// EXTERNAL MODULE: ./packages/core/src/state-transport/state-session.ts + 1 modules
var state_session = __webpack_require__(45085);
;// CONCATENATED MODULE: ./packages/core/src/state-transport/segment-transfer.ts
















/*
 * The half of a StateSession that moves segments through a store: the run's
 * segments restored at start, this job's published at the end. Loaded on
 * demand (state-session.ts): a step under `state: local` has no store, and
 * never parses this, the segment format or the zip reader.
 */
/** Room left in a segment artifact for the zip's own entries, so the listed size stays under the limit. */
const REPORT_SLACK_BYTES = 1024 * 1024;
/** Names tried when a step's segment name is taken (the same step publishing again, or another step squatting it). */
const NAME_ATTEMPTS = 5;
/** Lists, downloads, verifies and keeps the run's segments (with a signing key, only signed ones); each one left out is named and warned about. */
async function restoreSegments(session, options, store) {
    const root = (0,state_root/* statePath */.B)(options.stateRoot, 'segments');
    (0,make_directories/* makeDirectories */.K)(root, 0o700);
    const listed = await store.list(segment_name/* SEGMENT_PREFIX */.Pw);
    const key = options.signingKey;
    const keyCheck = key === undefined ? {} : { key: { key, binding: segmentBinding(options.env) } };
    for (const { id, name, size } of listed.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (!(0,segment_name/* isSegmentName */.Pb)(name)) {
            session.rejected.push({ name, reason: 'not a segment name (it holds a path separator or a character artifact names may not)' });
            options.warn(`State artifact ${JSON.stringify(name)} is not a segment name; it is left out.`);
            continue;
        }
        if (size !== undefined && size > state_session/* MAX_SEGMENT_ARTIFACT_BYTES */.S) {
            const reason = `the artifact is ${size} bytes, over the ${mebibytes(state_session/* MAX_SEGMENT_ARTIFACT_BYTES */.S)} limit of a segment (not downloaded)`;
            session.rejected.push({ name, reason });
            options.warn(`State segment ${name} is too large to restore (${reason}); its records are left out.`);
            continue;
        }
        const incoming = (0,external_node_path_.join)(root, `.incoming-${(0,external_node_crypto_.randomUUID)()}`);
        try {
            try {
                await store.download(id, incoming, state_session/* MAX_SEGMENT_ARTIFACT_BYTES */.S);
            }
            catch (error) {
                // A zip that is malformed or unpacks past the limit is one bad artifact, not an outage: the restore goes on.
                if (!(error instanceof segment_zip.ZipRefused))
                    throw error;
                session.rejected.push({ name, reason: error.message });
                options.warn(`State segment ${name} cannot be unpacked (${error.message}); its records are left out.`);
                continue;
            }
            const text = readSegmentText((0,external_node_path_.join)(incoming, SEGMENT_FILE));
            if (typeof text !== 'string') {
                session.rejected.push({ name, reason: text.reason });
                options.warn(`State segment ${name} cannot be read (${text.reason}); its records are left out.`);
                continue;
            }
            // With the key, the MAC is checked before any record is parsed: a forged segment costs one pass over its bytes.
            const check = verifySegment(text, { expectedName: name, ...keyCheck });
            if (!check.ok) {
                session.rejected.push({ name, reason: check.reason });
                options.warn(`State segment ${name} ${check.signature ? 'is not signed for this run' : 'does not verify'} (${check.reason}); its records are left out.`);
                continue;
            }
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(root, name), { recursive: true, force: true });
            (0,external_node_fs_.renameSync)(incoming, (0,external_node_path_.join)(root, name));
            session.restored.push({ name, records: check.segment.records });
        }
        finally {
            (0,external_node_fs_.rmSync)(incoming, { recursive: true, force: true });
        }
    }
}
/**
 * Publishes the records this job appended since its last segment, with the
 * step's report files, as one new artifact. Nothing new, nothing published.
 * Failure warns: the decision is already made and recorded on this runner.
 */
async function publishSegment(session, options, store, ledger, reportDirectory) {
    const marker = (0,state_root/* statePath */.B)(options.stateRoot, 'segments', 'published-head');
    const records = await ledger.readVerified();
    const since = (0,read_file/* readRegularFileIfExists */.SB)(marker, { maxBytes: 128, noFollow: true })?.toString('utf8').trim() ?? hash_chain/* GENESIS_HASH */.si;
    const start = since === hash_chain/* GENESIS_HASH */.si ? 0 : records.findIndex((record) => record.hash === since) + 1;
    const fresh = records.slice(start);
    if (fresh.length === 0)
        return;
    const base = start === 0 ? hash_chain/* GENESIS_HASH */.si : since;
    try {
        await (0,segment_store/* withDeadline */.NE)('publish', options.timeoutMs, async () => {
            for (let attempt = 1; attempt <= NAME_ATTEMPTS; attempt++) {
                // After the first, names nobody can guess: a step of another job that learnt this job's key (from its
                // earlier segments' names) could take `.2`…`.5` ahead of it, and a failure would then never be published.
                const name = (0,segment_name/* segmentName */.Jc)(options.env, attempt === 1 ? 1 : (0,external_node_crypto_.randomBytes)(4).toString('hex'));
                const outgoing = (0,state_root/* statePath */.B)(options.stateRoot, 'outgoing', name);
                (0,external_node_fs_.rmSync)(outgoing, { recursive: true, force: true });
                const text = `${JSON.stringify(buildSegment(name, base, fresh, signing(options)))}\n`;
                const size = Buffer.byteLength(text);
                // A restore leaves out a segment over the limit unread: publishing one would hide this step's records.
                if (size > MAX_SEGMENT_FILE_BYTES)
                    throw new gates_error/* GatesError */.xx('GATES_E_STATE_REFUSED', { name, reason: `its ${SEGMENT_FILE} would be ${mebibytes(size)}, over the ${mebibytes(MAX_SEGMENT_FILE_BYTES)} a restore reads` });
                const files = [(0,atomic_file/* writeFileAtomically */.lo)((0,external_node_path_.join)(outgoing, SEGMENT_FILE), text, { root: outgoing, directoryMode: 0o700 })];
                let budget = state_session/* MAX_SEGMENT_ARTIFACT_BYTES */.S - size - REPORT_SLACK_BYTES;
                for (const report of listFiles(reportDirectory)) {
                    const copied = copyInto(report, (0,external_node_path_.join)(outgoing, 'reports', report.name), budget);
                    if (copied) {
                        files.push(copied.path);
                        budget -= copied.bytes;
                    }
                    else
                        options.warn(`Report ${report.name} is left out of state segment ${name}: the segment would be over the ${mebibytes(state_session/* MAX_SEGMENT_ARTIFACT_BYTES */.S)} a restore downloads.`);
                }
                if ((await store.upload(name, outgoing, files)) === 'uploaded') {
                    session.published = name;
                    return;
                }
            }
            throw new gates_error/* GatesError */.xx('GATES_E_STATE_TRANSPORT', { operation: 'publish', reason: `${(0,segment_name/* segmentName */.Jc)(options.env)} and ${NAME_ATTEMPTS - 1} names with random suffixes are taken` });
        });
        (0,atomic_file/* writeFileAtomically */.lo)(marker, fresh[fresh.length - 1].hash, { root: (0,state_root/* statePath */.B)(options.stateRoot, 'segments'), directoryMode: 0o700 });
    }
    catch (error) {
        // A refusal is not an outage that a later step's segment gets past (its records would be refused too): fail clearly.
        if (error instanceof gates_error/* GatesError */.xx && error.code === 'GATES_E_STATE_REFUSED')
            throw error;
        options.warn(`${error.message} This step's decision is recorded on this runner only; later jobs will not see it.`);
    }
}
function signing(options) {
    const key = options.signingKey;
    return key === undefined ? undefined : { key, binding: segmentBinding(options.env) };
}
/**
 * The segment file's text, or why it is no segment. Any step holding the runtime token can upload an artifact whose
 * `segment.json` is a directory, a link, or larger than any step writes (a step refuses to publish one over the
 * limit): that artifact is left out like one that does not verify, instead of failing every later restore of the
 * run (exit 3 for any decision that needs other jobs' state) or making it slow. No more than the limit is read.
 */
function readSegmentText(file) {
    try {
        const bytes = (0,read_file/* readRegularFileIfExists */.SB)(file, { maxBytes: MAX_SEGMENT_FILE_BYTES, noFollow: true });
        return bytes === undefined ? '' : bytes.toString('utf8');
    }
    catch (error) {
        if (error instanceof read_file/* UnreadableFile */.ie && (error.kind === 'not-regular' || error.kind === 'symlink')) {
            return { reason: `${SEGMENT_FILE} is ${error.kind === 'symlink' ? 'a symbolic link' : 'not a regular file'}` };
        }
        if (error instanceof read_file/* UnreadableFile */.ie && error.kind === 'too-large') {
            return { reason: `${SEGMENT_FILE} is over the ${mebibytes(MAX_SEGMENT_FILE_BYTES)} limit of a segment (not read)` };
        }
        throw error;
    }
}
function mebibytes(bytes) {
    return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
}
function listFiles(directory) {
    if (!directory)
        return [];
    try {
        return (0,external_node_fs_.readdirSync)(directory, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => ({ name: entry.name, path: (0,external_node_path_.join)(directory, entry.name) }));
    }
    catch {
        return [];
    }
}
/** Copies a report into the outgoing segment if it fits the bytes left; undefined when it does not. */
function copyInto(source, destination, maxBytes) {
    let bytes;
    try {
        bytes = (0,read_file/* readRegularFileIfExists */.SB)(source.path, { maxBytes: Math.max(0, maxBytes), noFollow: true }) ?? Buffer.alloc(0);
    }
    catch (error) {
        if (error instanceof read_file/* UnreadableFile */.ie && error.kind === 'too-large')
            return undefined;
        throw error;
    }
    return { path: (0,atomic_file/* writeFileAtomically */.lo)(destination, bytes, { root: (0,external_node_path_.join)(destination, '..', '..'), directoryMode: 0o700 }), bytes: bytes.length };
}


/***/ }),

/***/ 23475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZipRefused: () => (/* binding */ ZipRefused),
  extractZip: () => (/* binding */ extractZip)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(20663);
;// CONCATENATED MODULE: ./packages/core/src/files/zip-entries.ts
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

;// CONCATENATED MODULE: ./packages/core/src/state-transport/segment-zip.ts




/**
 * A segment artifact's zip, unpacked by the restore itself (docs/ordering.md,
 * "Size limits"). Any step holding the runtime token can upload an artifact:
 * the artifact client's own extraction writes whatever the zip holds (16 MiB
 * of zeros deflate to 16 KiB, so a zip under the listed-size limit can fill
 * the runner's disk), and a zip it cannot read fails the whole restore after
 * its retries. Here yauzl (already the suite's zip reader, redact-logs uses
 * it) reads the zip, and the bytes are counted against a limit as they are
 * inflated: a zip that is malformed, over the limit, encrypted, in another
 * compression method, or names a path outside the directory is refused, and
 * the restore leaves that one artifact out and goes on.
 */
class ZipRefused extends Error {
}
/** Writes the zip's files under `into` (created), at most `maxBytes` of them in all; rejects with ZipRefused for a zip it will not unpack. */
async function extractZip(zip, into, maxBytes) {
    const reader = await segment_zip_open(zip);
    try {
        let left = maxBytes;
        const seen = new Set();
        (0,external_node_fs_.mkdirSync)(into, { recursive: true, mode: 0o700 });
        for (let entry = await nextEntry(reader); entry; entry = await nextEntry(reader)) {
            const name = entry.fileName;
            if (name.endsWith('/'))
                continue;
            if (!isSafeName(name))
                throw new ZipRefused(`it names a path outside its directory: ${JSON.stringify(name.slice(0, 80))}`);
            if (seen.has(name))
                throw new ZipRefused(`it holds ${JSON.stringify(name.slice(0, 80))} twice`);
            seen.add(name);
            // The declared size first (yauzl checks it against what inflates), then the bytes themselves as they come.
            if (entry.uncompressedSize > left)
                throw over(maxBytes);
            const content = await inflate(reader, entry, left, maxBytes);
            left -= content.length;
            const path = (0,external_node_path_.join)(into, name);
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true, mode: 0o700 });
            (0,external_node_fs_.writeFileSync)(path, content, { mode: 0o600, flag: 'wx' });
        }
    }
    finally {
        reader.close();
    }
}
/** The next entry; a zip yauzl cannot read further is a refusal. */
function nextEntry(reader) {
    return nextZipEntry(reader).catch((error) => Promise.reject(refusal(error)));
}
const over = (maxBytes) => new ZipRefused(`its files unpack to more than the ${maxBytes} bytes of a segment`);
function segment_zip_open(zip) {
    return new Promise((resolve, reject) => 
    // strictFileNames: a backslash is refused, not turned into a separator; yauzl refuses absolute and `..` paths itself.
    yauzl.fromBuffer(zip, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }, (error, reader) => error ? reject(refusal(error)) : resolve(reader)));
}
/** The entry's bytes, inflating no more than `left` of them: a deflate bomb is never held whole, nor written. */
async function inflate(reader, entry, left, maxBytes) {
    const stream = await openZipEntry(reader, entry).catch((error) => Promise.reject(refusal(error, entry.fileName)));
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        stream.on('data', (chunk) => {
            size += chunk.length;
            if (size > left) {
                stream.destroy();
                reject(over(maxBytes));
            }
            else
                chunks.push(chunk);
        });
        stream.on('error', (streamError) => reject(refusal(streamError, entry.fileName)));
        stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
}
/** yauzl's own words for what it would not read (truncated, encrypted, unsupported method, bad path), as a refusal. */
function refusal(error, name) {
    if (error instanceof ZipRefused)
        return error;
    const reason = String(error?.message ?? error).slice(0, 200);
    return new ZipRefused(name === undefined ? `it is not a zip the restore reads (${reason})` : `${JSON.stringify(name.slice(0, 80))} cannot be read (${reason})`);
}
/** Relative, forward slashes only, no empty, `.` or `..` part, no NUL or drive colon: the path stays under the directory on every platform. */
function isSafeName(name) {
    const parts = name.split('/');
    return name.length > 0 && !/[\\\0:]/.test(name) && parts.every((part) => part !== '' && part !== '.' && part !== '..');
}


/***/ })

};
