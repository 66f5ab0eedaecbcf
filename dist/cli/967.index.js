export const id = 967;
export const ids = [967];
export const modules = {

/***/ 967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   activeRules: () => (/* binding */ activeRules)
/* harmony export */ });
<<<<<<< HEAD
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4930);
=======
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2966);
>>>>>>> fsledger
/* harmony import */ var _builtin_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2162);
/* harmony import */ var _compile_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(712);



/** The built-in rules minus those the policy disables, plus its own; compiled once per run. */
function activeRules(policy) {
    const builtinIds = new Set(_builtin_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .BUILTIN_RULES */ .Y.map((rule) => rule.id));
    const unknown = policy.disabledRules.filter((id) => !builtinIds.has(id));
    if (unknown.length > 0) {
        throw new _gates_core__WEBPACK_IMPORTED_MODULE_0__/* .GatesError */ .xx('GATES_E_CONFIG_INVALID', { file: policy.file ?? 'policy', count: unknown.length }, {
            details: unknown.map((id) => ({ message: `rules.disable names unknown built-in rule "${id}"`, location: policy.file ? { file: policy.file, ...(policy.positions?.value.get('/rules/disable') ?? {}) } : undefined, hint: `built-in rules: ${[...builtinIds].join(', ')}` })),
        });
    }
    const clash = policy.customRules.find((rule) => builtinIds.has(rule.id));
    if (clash) {
        throw new _gates_core__WEBPACK_IMPORTED_MODULE_0__/* .GatesError */ .xx('GATES_E_CONFIG_INVALID', { file: policy.file ?? 'policy', count: 1 }, {
            details: [{ message: `custom rule id "${clash.id}" is a built-in rule's id`, hint: 'pick another id, or disable the built-in rule and name yours differently' }],
        });
    }
    const builtin = (0,_compile_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .compileRules */ .nb)(_builtin_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .BUILTIN_RULES */ .Y.filter((rule) => !policy.disabledRules.includes(rule.id)), policy.allow, policy.file ? { file: policy.file, positions: policy.positions, rulesPointer: '/rules/custom', allowPointer: '/allow' } : undefined);
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
    return [...builtin, ...(0,_compile_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .compileRules */ .nb)(custom, policy.allow, { file: policy.file ?? '.github/gates-redact.yml', positions: policy.positions, rulesPointer: '/rules/custom', allowPointer: '/allow' })];
}


/***/ }),

/***/ 2162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ BUILTIN_RULES)
/* harmony export */ });
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


/***/ }),

/***/ 712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nb: () => (/* binding */ compileRules)
/* harmony export */ });
/* unused harmony exports DEFAULT_LEAD, DEFAULT_REACH */
<<<<<<< HEAD
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4930);
=======
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2966);
>>>>>>> fsledger

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
        throw new _gates_core__WEBPACK_IMPORTED_MODULE_0__/* .GatesError */ .xx('GATES_E_CONFIG_INVALID', { file, count: problems.length }, { details: problems, location: problems[0].location });
    }
    return rules;
}
function groupCount(regex) {
    return new RegExp(`${regex.source}|`).exec('').length - 1;
}


/***/ })

};
