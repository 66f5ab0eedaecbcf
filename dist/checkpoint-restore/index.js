import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 14006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(98016);
const utils = __nccwpck_require__(64059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 78265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(64059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 98016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(31781);
const parse = __nccwpck_require__(78265);
const utils = __nccwpck_require__(64059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 31781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(64059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 64059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 72623:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  z: () => (/* binding */ checkpointRestore)
});

// EXTERNAL MODULE: ./packages/core/src/state/quiesce.ts
var quiesce = __nccwpck_require__(14262);
// EXTERNAL MODULE: ./packages/core/src/action/run-action.ts + 18 modules
var run_action = __nccwpck_require__(79677);
// EXTERNAL MODULE: ./packages/core/src/action/report-files.ts + 3 modules
var report_files = __nccwpck_require__(79517);
// EXTERNAL MODULE: ./packages/core/src/state/state-root.ts + 6 modules
var state_root = __nccwpck_require__(27693);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __nccwpck_require__(15170);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(38815);
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
        const child = (0,external_node_child_process_namespaceObject.spawn)('sh', ['-c', check.run], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
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
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/safe-files/contained-path.ts
var contained_path = __nccwpck_require__(71914);
// EXTERNAL MODULE: ./packages/core/src/state-transport/state-mode.ts
var state_mode = __nccwpck_require__(98256);
// EXTERNAL MODULE: ./packages/core/src/state-transport/step-state.ts + 2 modules
var step_state = __nccwpck_require__(44904);
// EXTERNAL MODULE: ./packages/core/src/state-transport/segment-store.ts
var segment_store = __nccwpck_require__(96238);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
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

// EXTERNAL MODULE: ./packages/core/src/safe-files/atomic-file.ts + 1 modules
var atomic_file = __nccwpck_require__(56135);
// EXTERNAL MODULE: ./packages/core/src/safe-files/read-file.ts
var read_file = __nccwpck_require__(6220);
// EXTERNAL MODULE: ./packages/core/src/safe-files/temp-files.ts
var temp_files = __nccwpck_require__(98861);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
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
var external_node_zlib_ = __nccwpck_require__(38522);
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
        const cache = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(756), __nccwpck_require__.e(142)]).then(__nccwpck_require__.bind(__nccwpck_require__, 60142));
        const base = this.fetched && this.fetched.depth < MAX_DEPTH ? this.fetched : undefined;
        const { chunks, bytes } = writePack(this.scope.packDirectory, store, hash, base?.chunks ?? new Set(), { ...(base ? { base: base.key } : {}), depth: base ? base.depth + 1 : 0 });
        const key = `${this.prefix}${this.scope.runId}-${this.scope.runAttempt}-${hash.slice(0, 12)}`;
        await withRedactedStdout(this.redactor, () => cache.saveCache([this.scope.packDirectory], key));
        return { key, chunks, bytes };
    }
    async fetch(store) {
        const cache = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(756), __nccwpck_require__.e(142)]).then(__nccwpck_require__.bind(__nccwpck_require__, 60142));
        const result = { manifests: 0, chunks: 0, refused: [] };
        const chain = new Set();
        let wanted;
        for (let hop = 0; hop <= MAX_DEPTH; hop++) {
            emptyPack(this.scope.packDirectory);
            // @actions/cache reports a failed restore as a warning and answers as for a miss.
            const hit = await withRedactedStdout(this.redactor, () => (wanted ? cache.restoreCache([this.scope.packDirectory], wanted) : cache.restoreCache([this.scope.packDirectory], this.prefix)));
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
var segment_name = __nccwpck_require__(84380);
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
var catalogue = __nccwpck_require__(46360);
// EXTERNAL MODULE: ./packages/core/src/action/nothing-to-check.ts
var nothing_to_check = __nccwpck_require__(43830);
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
var untrusted_text = __nccwpck_require__(47920);
// EXTERNAL MODULE: ./packages/core/src/report/markdown.ts
var markdown = __nccwpck_require__(97195);
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
var text_glob = __nccwpck_require__(13483);
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
var lock_lock = __nccwpck_require__(30438);
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
var external_node_worker_threads_ = __nccwpck_require__(75919);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
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

/***/ 26799:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(57930);
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(72623);


await (0,_gates_core__WEBPACK_IMPORTED_MODULE_1__/* .runMain */ .V)(_definition_js__WEBPACK_IMPORTED_MODULE_0__/* .checkpointRestore */ .z);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 43830:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ nothingToCheckRule),
/* harmony export */   U: () => (/* binding */ nothingToCheckFinding)
/* harmony export */ });
/* harmony import */ var _errors_catalogue_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(46360);
/* harmony import */ var _findings_model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(96797);


/** The rule, in each action that can find nothing to check (its README documents it under its own heading). */
function nothingToCheckRule(action) {
    return {
        id: _findings_model_js__WEBPACK_IMPORTED_MODULE_0__/* .NOTHING_TO_CHECK */ .LT,
        description: 'The run found nothing to check (no file matched): that is not a pass, unless `allow-empty: true` says an empty run is expected',
        severity: 'error',
        docs: (0,_errors_catalogue_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleDocsUrl */ .hS)(action, _findings_model_js__WEBPACK_IMPORTED_MODULE_0__/* .NOTHING_TO_CHECK */ .LT),
    };
}
/** The finding for a run that checked nothing: an error that fails the gate, waived (verdict still `empty`) by `allow-empty: true`. */
function nothingToCheckFinding(what, inputs) {
    const allowed = inputs.boolean('allow-empty', false);
    return {
        ruleId: _findings_model_js__WEBPACK_IMPORTED_MODULE_0__/* .NOTHING_TO_CHECK */ .LT,
        severity: 'error',
        message: `Nothing to check: ${what}.`,
        fixHint: 'check out the repository before this step (actions/checkout) and check the paths and working directory; set `allow-empty: true` if an empty run is expected',
        ...(allowed ? { waived: { reason: 'allow-empty: true' } } : {}),
    };
}


/***/ }),

/***/ 937:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  N: () => (/* binding */ reportError)
});

// EXTERNAL MODULE: ./packages/core/src/errors/exit-codes.ts
var exit_codes = __nccwpck_require__(29926);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __nccwpck_require__(15170);
;// CONCATENATED MODULE: ./packages/core/src/errors/to-gates-error.ts

/**
 * Turns anything thrown into a GatesError. Unknown throwables become
 * GATES_E_INTERNAL (exit 4) with a one-line report; the stack stays in `cause`
 * for debug output only.
 */
function toGatesError(thrown) {
    if (thrown instanceof gates_error/* GatesError */.xx)
        return thrown;
    const detail = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : `non-error thrown: ${String(thrown)}`;
    return new gates_error/* GatesError */.xx('GATES_E_INTERNAL', { detail: detail.split('\n')[0] ?? detail }, { cause: thrown });
}

// EXTERNAL MODULE: ./packages/core/src/report/markdown.ts
var markdown = __nccwpck_require__(97195);
// EXTERNAL MODULE: ./packages/core/src/report/summary-budget.ts
var summary_budget = __nccwpck_require__(21260);
// EXTERNAL MODULE: ./packages/core/src/report/untrusted-text.ts
var untrusted_text = __nccwpck_require__(47920);
// EXTERNAL MODULE: ./packages/core/src/runner/github-context.ts
var github_context = __nccwpck_require__(39987);
// EXTERNAL MODULE: ./packages/core/src/runner/workflow-command.ts
var workflow_command = __nccwpck_require__(40775);
;// CONCATENATED MODULE: ./packages/core/src/action/report-error.ts








/**
 * Reports anything thrown by an action as a structured error: an error
 * annotation, a readable block in the log, a summary section and (CLI --json)
 * the error's JSON. The error is redacted before anything escapes or cuts it.
 * Stack traces only with debug on. Returns the exit code.
 */
function reportError(thrown, host, action) {
    const error = toGatesError(thrown);
    const json = host.redactor.redactValue(error.toJSON());
    try {
        const { runner } = host;
        const location = json.location;
        const properties = { title: json.code, file: location?.file, line: location?.line, col: location?.line && location.column };
        runner.annotation((0,workflow_command/* formatCommand */.fE)('error', properties, `${json.message} ${json.hint}`), '');
        runner.info((0,gates_error/* formatError */.Wk)(json));
        if ((0,github_context/* isDebug */._o)(host.env) && error.cause instanceof Error && error.cause.stack)
            runner.debug(error.cause.stack);
        const text = (value) => (0,markdown/* escapeMarkdown */.FV)((0,untrusted_text/* shorten */.ml)(value, untrusted_text/* MAX_SHOWN_CHARACTERS */.eA));
        const where = (location) => (0,markdown/* inlineCode */.ti)((0,untrusted_text/* shorten */.ml)(`${location.file}:${location.line ?? ''}`, untrusted_text/* MAX_SHOWN_CHARACTERS */.eA));
        const section = [
            `## ⛔ ${text(action)}: error \`${json.code}\` (exit ${json.exitCode})`,
            '',
            text(json.message),
            ...json.details.map((detail) => `- ${detail.location ? `${where(detail.location)} ` : ''}${text(detail.message)}`),
            '',
            `**Hint:** ${text(json.hint)} ([docs](${json.docs}))`,
            '',
        ].join('\n');
        runner.appendSummary((0,summary_budget/* capMarkdown */.y3)(section, summary_budget/* ERROR_SECTION_BYTE_LIMIT */.WW));
        host.onReport?.({ error: json });
    }
    catch {
        // Reporting must never turn a clean exit code into a crash.
        return exit_codes/* ExitCode */.y.Internal;
    }
    return json.exitCode;
}


/***/ }),

/***/ 79517:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  aS: () => (/* binding */ writeReportFile),
  hN: () => (/* binding */ writeSarifReport)
});

// UNUSED EXPORTS: writeTextReport

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(57975);
;// CONCATENATED MODULE: ./packages/core/src/report/json-stream.ts

/** Elements of a walked array stringified together: some tens of KB of text for findings. */
const BATCH = 128;
/** textOf()'s answer for an array or object the walker writes itself. */
const WALK = Symbol('walk');
/**
 * Gives `sink` the text of `JSON.stringify(value)` piece by piece, in order, byte for byte, without building it
 * whole: a report of megabytes as one string, flattened, then encoded into a buffer of its own, was three fresh
 * copies of its size (a page fault per 4 KB of each). Returns false, having written nothing, where
 * JSON.stringify returns undefined (for undefined, a function, a symbol, or a toJSON that gives one of them).
 *
 * The arrays and objects of the top `levels` levels are walked here (the report, its findings array); below
 * them JSON.stringify does the work, on runs of up to BATCH elements of an array at once (findings), or on one
 * value. A JSON.stringify call builds its text as a rope that the encoder then copies flat, and its first
 * pieces are small: one call per finding allocated about three times the finding's text, one per run of them
 * about twice. (Walking every finding here allocated next to nothing, but took longer in JavaScript than the
 * faults it saved.)
 *
 * The walk takes JSON.stringify's steps (ECMA-262 SerializeJSONProperty): a callable toJSON is called with the
 * key, and what it returns is written; a boxed primitive is its primitive; an object's own enumerable string
 * keys in order, each read once, a property whose value has no text left out; an array's elements up to its
 * length, an element with no text (or a hole) written as null. An element with a toJSON is stringified on its
 * own, with its key; in a run, no element has one, and the index a run gives them is never seen. A cycle is a
 * TypeError, as there (its message may start elsewhere on the cycle). What a caller could see differ, given
 * getters with side effects: a toJSON getter (not a method) is read twice, and a run's elements are all read
 * before the first of them is stringified. Reports are data, without either.
 */
function streamJson(value, sink, levels = 2) {
    const text = textOf(value, '', levels);
    if (text === undefined)
        return false;
    if (text === WALK)
        walk(value, levels - 1, sink);
    else
        sink(text);
    return true;
}
/** True if JSON.stringify would call the value's toJSON (an object, a function or a bigint with a callable one). */
function hasToJSON(value) {
    const type = typeof value;
    return ((type === 'object' && value !== null) || type === 'function' || type === 'bigint') && typeof value.toJSON === 'function';
}
/** A property's text (undefined: it has none, and is left out of an object), or WALK. */
function textOf(value, key, levels) {
    if (hasToJSON(value)) {
        if (key === '')
            return JSON.stringify(value);
        // Below the top, as the one property of an object with that key, which JSON.stringify passes to toJSON.
        const wrapped = JSON.stringify({ [key]: value });
        return wrapped === '{}' ? undefined : wrapped.slice(JSON.stringify(String(key)).length + 2, -1);
    }
    return walks(value, levels) ? WALK : JSON.stringify(value);
}
/** Walked: an array or an object that is not a boxed primitive, above the bottom level (toJSON already ruled out). */
function walks(value, levels) {
    return levels > 0 && typeof value === 'object' && value !== null && !external_node_util_.types.isBoxedPrimitive(value);
}
/** No cycle check here: the walk is `levels` deep, and a cycle through it is still one JSON.stringify meets below. */
function walk(value, levels, sink) {
    if (Array.isArray(value))
        array(value, levels, sink);
    else
        object(value, levels, sink);
}
function array(value, levels, sink) {
    const length = value.length;
    if (length === 0) {
        sink('[]');
        return;
    }
    sink('[');
    // Elements JSON.stringify would write as they are (no toJSON, not walked), each read once, waiting for a run.
    const run = [];
    // Unless someone gave arrays a toJSON: then a run would be written as whatever that returns.
    const batch = hasToJSON(run) ? 1 : BATCH;
    const writeRun = () => {
        // Stringified as an array, brackets cut off: an element with no text is null there too. The comma before a
        // run went out when it started.
        const text = JSON.stringify(run);
        sink(text.slice(1, -1));
        run.length = 0;
    };
    for (let index = 0; index < length; index++) {
        const item = value[index];
        if (batch > 1 && !hasToJSON(item) && !walks(item, levels)) {
            if (run.length === 0 && index > 0)
                sink(',');
            run.push(item);
            if (run.length === batch)
                writeRun();
            continue;
        }
        if (run.length > 0)
            writeRun();
        if (index > 0)
            sink(',');
        const text = textOf(item, index, levels);
        if (text === WALK)
            walk(item, levels - 1, sink);
        else
            sink(text ?? 'null');
    }
    if (run.length > 0)
        writeRun();
    sink(']');
}
function object(value, levels, sink) {
    let separator = '{';
    for (const key of Object.keys(value)) {
        const item = value[key];
        const text = textOf(item, key, levels);
        if (text === undefined)
            continue;
        if (text === WALK) {
            sink(`${separator}${JSON.stringify(key)}:`);
            walk(item, levels - 1, sink);
        }
        else
            sink(`${separator}${JSON.stringify(key)}:${text}`);
        separator = ',';
    }
    sink(separator === '{' ? '{}' : '}');
}

// EXTERNAL MODULE: ./packages/core/src/errors/docs-root.ts + 1 modules
var docs_root = __nccwpck_require__(77393);
// EXTERNAL MODULE: ./packages/core/src/report/well-formed.ts
var well_formed = __nccwpck_require__(79168);
// EXTERNAL MODULE: ./packages/core/src/findings/model.ts
var model = __nccwpck_require__(96797);
;// CONCATENATED MODULE: ./packages/core/src/report/sarif.ts



/** SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`). */
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL = { error: 'error', warning: 'warning', note: 'note' };
/**
 * One run for the gate's own findings, then one run per scanner whose results
 * the gate merged (security-gate): code scanning keys alerts by tool, so each
 * result stays under the tool that found it.
 */
function renderSarif(report) {
    const runs = sarifRuns(report).map(({ tool, findings, ruleIndex, uriOf }) => ({ tool, results: findings.map((finding) => result(finding, ruleIndex, uriOf)) }));
    return { $schema: SARIF_SCHEMA, version: '2.1.0', runs };
}
/** The runs of a report (renderSarif's, and sarif-text.ts's, which writes the same results as text). */
function sarifRuns(report) {
    // A repository has far fewer files than findings: encode each path once.
    const uris = new Map();
    const uriOf = (file) => {
        let uri = uris.get(file);
        if (uri === undefined)
            uris.set(file, (uri = (0,well_formed/* percentEncodedPath */.Z)(file)));
        return uri;
    };
    const byTool = new Map([[undefined, []]]);
    for (const finding of (0,model/* sortFindings */.Tc)(report.findings)) {
        const group = byTool.get(finding.tool);
        if (group)
            group.push(finding);
        else
            byTool.set(finding.tool, [finding]);
    }
    // The gate's own run first, then the scanners' in name order: the same file for the same results.
    const ordered = [...byTool].sort(([a], [b]) => (a === b ? 0 : a === undefined ? -1 : b === undefined ? 1 : a < b ? -1 : 1));
    return ordered.map(([tool, findings]) => {
        const rules = report.rules.filter((rule) => rule.tool === tool);
        const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
        return {
            tool: {
                driver: {
                    name: tool ?? `gates/${report.tool}`,
                    ...(tool ? {} : { version: report.version, informationUri: (0,docs_root/* projectUrl */.V)() }),
                    rules: rules.map((rule) => ({
                        id: rule.id,
                        name: rule.id,
                        shortDescription: { text: rule.description },
                        ...(rule.docs ? { helpUri: rule.docs } : {}),
                        defaultConfiguration: { level: LEVEL[rule.severity] },
                    })),
                },
            },
            findings,
            ruleIndex,
            uriOf,
        };
    });
}
/** One result, built field by field in SARIF's order (one of these per finding: reports can hold tens of thousands). */
function result(finding, ruleIndex, uriOf) {
    const sarif = { ruleId: finding.ruleId };
    const index = ruleIndex.get(finding.ruleId);
    if (index !== undefined)
        sarif.ruleIndex = index;
    sarif.level = LEVEL[finding.severity];
    sarif.message = { text: finding.fixHint ? `${finding.message} Fix: ${finding.fixHint}` : finding.message };
    if (finding.file) {
        const physicalLocation = { artifactLocation: { uri: uriOf(finding.file), uriBaseId: '%SRCROOT%' } };
        if (finding.line)
            physicalLocation.region = region(finding);
        sarif.locations = [{ physicalLocation }];
    }
    if (finding.fingerprint)
        sarif.partialFingerprints = { 'gates/v1': finding.fingerprint };
    if (finding.fix)
        sarif.fixes = [sarifFix(finding.fix)];
    if (finding.waived)
        sarif.suppressions = [suppression(finding.waived)];
    // Most findings carry no properties: no object built and counted for each of them.
    if (!finding.properties && !finding.advisories?.length && !finding.package)
        return sarif;
    const properties = { ...finding.properties, ...(finding.advisories?.length ? { advisories: finding.advisories.join(',') } : {}) };
    if (finding.package)
        Object.assign(properties, { package: finding.package.version ? `${finding.package.name}@${finding.package.version}` : finding.package.name });
    if (Object.keys(properties).length > 0)
        sarif.properties = properties;
    return sarif;
}
/** A waiver as code scanning shows it: suppressed externally, accepted, with who, why and until when. */
function suppression(waiver) {
    const properties = {};
    if (waiver.id)
        properties.waiver = waiver.id;
    if (waiver.expires)
        properties.expires = waiver.expires;
    if (waiver.approvedBy?.length)
        properties.approvedBy = waiver.approvedBy;
    if (waiver.ticket)
        properties.ticket = waiver.ticket;
    return { kind: 'external', status: 'accepted', justification: waiver.reason, ...(Object.keys(properties).length ? { properties } : {}) };
}
function region(finding) {
    const region = { startLine: finding.line };
    if (finding.column)
        region.startColumn = finding.column;
    if (finding.endLine)
        region.endLine = finding.endLine;
    if (finding.endLine && finding.endColumn)
        region.endColumn = finding.endColumn;
    return region;
}
/** SARIF's fix object: replacements by character offset in the artifact. */
function sarifFix(fix) {
    return {
        description: { text: fix.description },
        artifactChanges: [
            {
                artifactLocation: { uri: (0,well_formed/* percentEncodedPath */.Z)(fix.file), uriBaseId: '%SRCROOT%' },
                replacements: fix.edits.map((edit) => ({
                    deletedRegion: { charOffset: edit.start, charLength: edit.end - edit.start },
                    insertedContent: { text: edit.replacement },
                })),
            },
        ],
    };
}

;// CONCATENATED MODULE: ./packages/core/src/report/sarif-text.ts

/** The keys the text below writes itself: the fast path holds only while redaction leaves every one of them alone. */
const KEYS = ['$schema', 'version', 'runs', 'tool', 'results', 'ruleId', 'ruleIndex', 'level', 'message', 'text', 'locations', 'physicalLocation', 'artifactLocation', 'uri', 'uriBaseId', 'region', 'startLine', 'startColumn', 'endLine', 'endColumn'];
/**
 * The SARIF report as the text `JSON.stringify(redactValue(renderSarif(report)))`
 * gives, byte for byte, written without building the result objects: a
 * report holds thousands of results, each of them six or more objects that
 * were built only to be stringified, and most of its strings (rule ids,
 * messages, file URIs) recur. Each distinct string is redacted and escaped
 * once, through the same redaction the object path applies to every string
 * value (redaction is a function of the string alone, so once per distinct
 * string is the same as once per occurrence). A result with anything but
 * the common fields (fingerprint, fix, waiver, properties), and every key,
 * goes through the object path; if redaction would change any key the text
 * writes itself, the whole report does.
 */
function renderSarifText(report, redactValue) {
    const pieces = [];
    writeSarifText(report, redactValue, (piece) => pieces.push(piece));
    return pieces.join('');
}
/**
 * renderSarifText's text given to `sink` piece by piece (the parts of each result, separators), in order: the
 * report file streams it (text-writer.ts), where one string of megabytes, then its bytes, cost a page fault per
 * 4 KB of each.
 */
function writeSarifText(report, redactValue, sink) {
    if (KEYS.some((key) => redactValue(key) !== key)) {
        sink(JSON.stringify(redactValue(renderSarif(report))));
        return;
    }
    const quoted = new Map();
    const quote = (text) => {
        let json = quoted.get(text);
        if (json === undefined)
            quoted.set(text, (json = JSON.stringify(redactValue(text))));
        return json;
    };
    // The message text joins message and fix; keyed by both, so the joined string is built once per distinct pair.
    const messages = new Map();
    const messageText = (message, fixHint) => {
        let byHint = messages.get(message);
        if (!byHint)
            messages.set(message, (byHint = new Map()));
        let json = byHint.get(fixHint);
        if (json === undefined)
            byHint.set(fixHint, (json = JSON.stringify(redactValue(fixHint ? `${message} Fix: ${fixHint}` : message))));
        return json;
    };
    sink(`{"$schema":${quote(SARIF_SCHEMA)},"version":${quote('2.1.0')},"runs":[`);
    let runSeparator = '';
    for (const { tool, findings, ruleIndex, uriOf } of sarifRuns(report)) {
        sink(`${runSeparator}{"tool":${JSON.stringify(redactValue(tool))},"results":[`);
        runSeparator = ',';
        // What a result writes before its message depends on its rule and level only, where it is on its file only.
        const heads = new Map();
        let lastFile;
        let location = '';
        // A result in pieces, most of them strings written before: joined, each result would be a new string (its
        // text copied, a page fault per 4 KB of new memory), where a piece costs the writer a call (text-writer.ts).
        let separator = '';
        for (const finding of findings) {
            if (separator)
                sink(separator);
            separator = ',';
            if (!isCommon(finding)) {
                sink(JSON.stringify(redactValue(result(finding, ruleIndex, uriOf))));
                continue;
            }
            let ofRule = heads.get(finding.ruleId);
            if (!ofRule)
                heads.set(finding.ruleId, (ofRule = new Map()));
            let head = ofRule.get(finding.severity);
            if (head === undefined) {
                const index = ruleIndex.get(finding.ruleId);
                head = `{"ruleId":${quote(finding.ruleId)}${index === undefined ? '' : `,"ruleIndex":${number(index)}`},"level":${quote(LEVEL[finding.severity])},"message":{"text":`;
                ofRule.set(finding.severity, head);
            }
            sink(head);
            sink(messageText(finding.message, finding.fixHint ?? ''));
            if (!finding.file) {
                sink('}}');
                continue;
            }
            if (finding.file !== lastFile) {
                lastFile = finding.file;
                location = `},"locations":[{"physicalLocation":{"artifactLocation":{"uri":${quote(uriOf(finding.file))},"uriBaseId":${quote('%SRCROOT%')}}`;
            }
            sink(location);
            if (finding.line)
                sink(sarif_text_region(finding));
            sink('}}]}');
        }
        sink(']}');
    }
    sink(']}');
}
/** A finding whose result has only rule, level, message and location, with fields of the types the text assumes. */
function isCommon(finding) {
    return (typeof finding.ruleId === 'string' &&
        typeof finding.message === 'string' &&
        Object.hasOwn(LEVEL, finding.severity) &&
        (finding.fixHint === undefined || typeof finding.fixHint === 'string') &&
        (finding.file === undefined || typeof finding.file === 'string') &&
        isNumberOrAbsent(finding.line) &&
        isNumberOrAbsent(finding.column) &&
        isNumberOrAbsent(finding.endLine) &&
        isNumberOrAbsent(finding.endColumn) &&
        !finding.fingerprint &&
        !finding.fix &&
        !finding.waived &&
        !finding.properties &&
        !finding.advisories?.length &&
        !finding.package);
}
function isNumberOrAbsent(value) {
    return value === undefined || typeof value === 'number';
}
/** sarif.ts's region() as JSON text, field by field in the same order. */
function sarif_text_region(finding) {
    let json = `,"region":{"startLine":${number(finding.line)}`;
    if (finding.column)
        json += `,"startColumn":${number(finding.column)}`;
    if (finding.endLine)
        json += `,"endLine":${number(finding.endLine)}`;
    if (finding.endLine && finding.endColumn)
        json += `,"endColumn":${number(finding.endColumn)}`;
    return `${json}}`;
}
/** A number as JSON.stringify writes it (non-finite ones as null). */
function number(value) {
    return Number.isFinite(value) ? String(value) : 'null';
}

// EXTERNAL MODULE: ./packages/core/src/safe-files/atomic-file.ts + 1 modules
var atomic_file = __nccwpck_require__(56135);
;// CONCATENATED MODULE: ./packages/core/src/action/report-files.ts




/**
 * Writes JSON that gates keeps (reports) atomically (temp + rename), after
 * redaction: everything persisted passes the redactor, as everything printed
 * does. Returns its path. Compact JSON: these are for tools, and can be large.
 * The bytes are `${JSON.stringify(redacted)}\n`, given to the file piece by
 * piece (json-stream.ts), so a report of megabytes is never one string.
 */
function writeReportFile(directory, name, data, redactor) {
    const redacted = redactor.redactValue(data);
    return writeReport(directory, name, (sink) => {
        // JSON.stringify gives undefined for undefined, a function or a symbol, which the template wrote as a word.
        if (!streamJson(redacted, sink))
            sink(String(undefined));
        sink('\n');
    });
}
/** Writes a report's SARIF file: what writeReportFile writes for renderSarif(report), rendered as text directly (sarif-text.ts). */
function writeSarifReport(directory, name, report, redactor) {
    return writeReport(directory, name, (sink) => {
        writeSarifText(report, (value) => redactor.redactValue(value), sink);
        sink('\n');
    });
}
/** Writes a text report (a patch, a log) atomically after redaction; returns its path. */
function writeTextReport(directory, name, text, redactor) {
    const redacted = redactor.redact(text);
    return writeReport(directory, name, (sink) => sink(redacted));
}
/**
 * Synchronous inside: the step waits for its reports anyway, and fs/promises
 * writes a large string in 512 KB thread-pool round trips (reports run to
 * megabytes), which left the process idle for longer than one write takes.
 * Reports live under the state root: readable by this user only.
 */
async function writeReport(directory, name, source) {
    (0,atomic_file/* writeTextAtomically */.Ez)((0,external_node_path_.join)(directory, name), source, { root: directory, directoryMode: 0o700 });
    return (0,external_node_path_.join)(directory, name);
}


/***/ }),

/***/ 79677:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Cc: () => (/* binding */ quiescePolicy),
  Cs: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: SUITE_VERSION

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __nccwpck_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/lock/lock.ts
var lock = __nccwpck_require__(30438);
// EXTERNAL MODULE: ./packages/core/src/safe-files/atomic-file.ts + 1 modules
var atomic_file = __nccwpck_require__(56135);
// EXTERNAL MODULE: ./packages/core/src/safe-files/make-directories.ts
var make_directories = __nccwpck_require__(48877);
// EXTERNAL MODULE: ./packages/core/src/safe-files/read-file.ts
var read_file = __nccwpck_require__(6220);
// EXTERNAL MODULE: ./packages/core/src/state/state-root.ts + 6 modules
var state_root = __nccwpck_require__(27693);
// EXTERNAL MODULE: ./packages/core/src/audit/hash-chain.ts
var hash_chain = __nccwpck_require__(2669);
// EXTERNAL MODULE: ./packages/core/src/audit/ledger-anchor.ts
var ledger_anchor = __nccwpck_require__(4860);
;// CONCATENATED MODULE: ./packages/core/src/audit/ledger.ts










function ledgerPath(stateRoot) {
    return (0,state_root/* statePath */.B)(stateRoot, 'audit', 'ledger.jsonl');
}
function headPath(ledgerFile) {
    return `${ledgerFile}.head`;
}
/** A ledger is read whole to verify it; past this it is refused rather than exhausting memory (about a million records). */
const MAX_LEDGER_BYTES = 256 * 1024 * 1024;
const MAX_HEAD_BYTES = 4096;
/**
 * Append-only JSON Lines ledger of gate decisions under the state root, with
 * its head beside it. An append is two writes (the record, then the head); a
 * writer killed between them leaves a record beyond the head, which the next
 * writer verifies and adopts under the lock (so a crash never bricks the
 * ledger), while a head that names records that are not there is truncation.
 * File operations are synchronous: a handful of small files, written while
 * the step waits anyway (only waiting for the lock is asynchronous).
 */
class Ledger {
    file;
    lock;
    options;
    /** The highest Lamport counter seen in records from elsewhere (restored segments): the next record counts past it. */
    observedLamport = 0;
    constructor(file, lock, options = {}) {
        this.file = file;
        this.lock = lock;
        this.options = options;
    }
    /** Records from another runner were seen: whatever this ledger appends next happened after them (docs/ordering.md). */
    observe(lamport) {
        this.observedLamport = Math.max(this.observedLamport, lamport);
    }
    /** Appends one record under the ledger lock; returns it. */
    async append(event, observedLamport = 0) {
        const safeEvent = this.options.redactor ? this.options.redactor.redactValue(event) : event;
        (0,make_directories/* makeDirectories */.K)((0,external_node_path_.dirname)(this.file), 0o700);
        return (0,lock/* withLock */.kK)(this.lock, 'ledger', async (held) => {
            // Fencing, before each write: a writer frozen past stale-after and taken over must not write after the new holder.
            held.assertHeld();
            const { records, head } = this.reconcile();
            // A head from the very first write on, so a writer killed after its first record leaves a head behind too.
            if (!head) {
                this.writeHead(ledger_anchor/* EMPTY_HEAD */.xE);
                this.stage('head-created');
            }
            const origin = this.options.origin ? { ...this.options.origin, mono: monotonicMicroseconds() } : undefined;
            const record = (0,hash_chain/* nextRecord */.Pv)(records[records.length - 1], safeEvent, new Date().toISOString(), Math.max(observedLamport, this.observedLamport), origin);
            held.assertHeld();
            appendLine(this.file, `${JSON.stringify(record)}\n`);
            this.stage('record-appended');
            this.writeHead((0,ledger_anchor/* headOf */.Uo)([...records, record]), () => this.stage('head-written'));
            this.stage('head-replaced');
            return record;
        });
    }
    /** Every record, verified (and repaired as an append would, under the lock): decisions read from a tampered ledger would be forged. */
    async readVerified() {
        return (0,lock/* withLock */.kK)(this.lock, 'ledger', async () => this.reconcile().records);
    }
    /**
     * Reads and verifies the ledger against its head, and repairs what a killed
     * writer leaves: an incomplete last line beyond the head is cut off, records
     * beyond the head are adopted (the head is rewritten to name them). A head
     * that names missing or other records is tampering. Call under the lock.
     */
    reconcile() {
        let text = readLedgerText(this.file);
        const head = readHeadFile(this.file);
        let chain = (0,hash_chain/* parseChain */.zz)(text);
        // Only a line beyond the head: one the head counts is not a crash's leftover, and stays as evidence.
        if (chain.tornTail && (typeof head !== 'object' || head.count <= chain.records.length)) {
            const bytes = Buffer.byteLength(text.slice(0, chain.tornTail.keepChars), 'utf8');
            (0,external_node_fs_.truncateSync)(this.file, bytes);
            this.notice(`removed an incomplete last record (line ${chain.tornTail.line}) left by a writer that stopped mid-write`);
            text = text.slice(0, chain.tornTail.keepChars);
            chain = (0,hash_chain/* parseChain */.zz)(text);
        }
        if (chain.problem)
            throw tampered(this.file, chain.problem.line, chain.problem.reason);
        const anchor = (0,ledger_anchor/* anchorOf */.dI)(chain.records, typeof head === 'object' ? head : undefined, typeof head === 'string' ? head : undefined);
        if (anchor.kind === 'broken')
            throw tampered(this.file, anchor.problem.line, anchor.problem.reason);
        if (anchor.kind === 'unanchored') {
            if (this.options.requireAnchor)
                throw new gates_error/* GatesError */.xx('GATES_E_LEDGER_UNANCHORED', { file: this.file, reason: anchor.why });
            this.notice(`has ${chain.records.length} record(s) but no valid head (${anchor.why}); anchored again at its last record. A tail cut off before now could not be detected`);
        }
        if (anchor.kind === 'beyond-head') {
            this.notice(`adopted ${anchor.extra} record(s) written after its head by a writer that stopped before updating the head`);
        }
        if (anchor.kind === 'unanchored' || anchor.kind === 'beyond-head') {
            const anchored = (0,ledger_anchor/* headOf */.Uo)(chain.records);
            this.writeHead(anchored);
            return { records: chain.records, head: anchored };
        }
        return { records: chain.records, head: typeof head === 'object' ? head : undefined };
    }
    /** Replaces the head atomically (durable: it is what later appends trust); `beforeRename` runs between the write and the rename. */
    writeHead(head, beforeRename) {
        const file = new atomic_file/* AtomicFile */.A0(headPath(this.file), { root: (0,external_node_path_.dirname)(this.file), directoryMode: 0o700, durable: true });
        try {
            file.write(Buffer.from(JSON.stringify(head)));
            beforeRename?.();
            file.commit();
        }
        catch (error) {
            file.abandon();
            throw error;
        }
    }
    stage(stage) {
        this.options.onStage?.(stage);
    }
    notice(message) {
        this.options.onNotice?.(`Audit ledger ${this.file} ${message}.`);
    }
}
/** CLOCK_MONOTONIC on Linux: shared by every process of the machine, never set back (unlike the wall clock). */
function monotonicMicroseconds() {
    return Number(process.hrtime.bigint() / 1000n);
}
/** One write of the whole line, appended and synced before the head names it. O_NOFOLLOW: never through a planted link. */
function appendLine(file, line) {
    const fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_APPEND | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_NOFOLLOW, 0o600);
    try {
        const bytes = Buffer.from(line, 'utf8');
        for (let offset = 0; offset < bytes.length;)
            offset += (0,external_node_fs_.writeSync)(fd, bytes, offset, bytes.length - offset);
        (0,external_node_fs_.fsyncSync)(fd);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function tampered(file, line, reason) {
    return new gates_error/* GatesError */.xx('GATES_E_LEDGER_TAMPERED', { file, line, reason }, { location: { file, line } });
}
/** The ledger's text; a ledger not written yet is empty. Never through a link: the state root holds only files gates wrote. */
function readLedgerText(file) {
    return (0,read_file/* readRegularFileIfExists */.SB)(file, { maxBytes: MAX_LEDGER_BYTES, noFollow: true })?.toString('utf8') ?? '';
}
/** The head, or why there is none (missing, unreadable, not a head). */
function readHeadFile(ledgerFile, follow = false) {
    let bytes;
    try {
        bytes = (0,read_file/* readRegularFileIfExists */.SB)(headPath(ledgerFile), { maxBytes: MAX_HEAD_BYTES, noFollow: !follow });
    }
    catch (error) {
        if (error instanceof read_file/* UnreadableFile */.ie)
            return `the head file cannot be read: ${error.reason}`;
        throw error;
    }
    return bytes === undefined ? 'there is no head file' : (0,ledger_anchor/* parseHead */.ww)(bytes.toString('utf8'));
}
/** `gates audit verify`: reads a ledger (any path: links followed) and its head file, and verifies them. Writes nothing. */
async function verifyLedgerFile(file, givenHead) {
    const text = readRegularFileIfExists(file, { maxBytes: MAX_LEDGER_BYTES });
    if (text === undefined)
        throw new GatesError('GATES_E_FILE_NOT_FOUND', { file });
    return verifyLedgerText(text.toString('utf8'), { head: readHeadFile(file, true), givenHead });
}

// EXTERNAL MODULE: ./packages/core/src/report/untrusted-text.ts
var untrusted_text = __nccwpck_require__(47920);
// EXTERNAL MODULE: ./packages/core/src/text/did-you-mean.ts
var did_you_mean = __nccwpck_require__(75026);
// EXTERNAL MODULE: ./packages/core/src/inputs/parse.ts
var inputs_parse = __nccwpck_require__(67528);
;// CONCATENATED MODULE: ./packages/core/src/inputs/input-reader.ts





/** The runner's name mangling: `INPUT_` + name uppercased, spaces to `_`. */
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** Longest input value quoted in an error. */
const QUOTED_VALUE_CHARACTERS = 80;
/**
 * Typed readers over the runner's INPUT_* contract. Empty means "not given"
 * (the runner sets declared-but-unset inputs to ""), so defaults apply.
 * With a redactor, a value is redacted whole before it is split into a list
 * or cut to be quoted in an error: a piece of a secret no longer matches it.
 */
class InputReader {
    env;
    redactor;
    constructor(env, redactor) {
        this.env = env;
        this.redactor = redactor;
    }
    raw(name) {
        const value = this.env[inputEnvName(name)];
        return value === undefined || value.trim() === '' ? undefined : value;
    }
    string(name, fallback) {
        return this.raw(name)?.trim() ?? fallback;
    }
    required(name) {
        const value = this.string(name);
        if (value === undefined)
            throw new gates_error/* GatesError */.xx('GATES_E_INPUT_MISSING', { input: name });
        return value;
    }
    boolean(name, fallback) {
        return this.parsed(name, fallback, inputs_parse/* parseBoolean */.yG);
    }
    /** One entry per line, as `@actions/core` getMultilineInput reads it (commas are data: globs have `{a,b}`), redacted whole before it is split. */
    list(name, fallback = []) {
        return this.parsed(name, fallback, (raw) => (0,inputs_parse/* parseList */.E1)(this.redacted(raw)));
    }
    /**
     * A path input whose action.yml default names an optional file (`config`, `sla`, `policy`). The runner delivers
     * a default exactly as if the user had written it and says nothing about which it was, so the value is judged
     * against the declared default: the default itself (or nothing) is `atDefault` — the file may be absent, which
     * means "not configured" — and any other value was set by the user, whose file must exist.
     */
    path(name, declaredDefault) {
        const value = this.string(name);
        if (value === undefined)
            return { path: declaredDefault, atDefault: true };
        const normal = (path) => external_node_path_.posix.normalize(path.replace(/\\/g, '/'));
        return { path: value, atDefault: normal(value) === normal(declaredDefault) };
    }
    integer(name, fallback, range) {
        return this.parsed(name, fallback, (raw) => (0,inputs_parse/* parseInteger */.cG)(raw, range));
    }
    /** Milliseconds; every duration input becomes a timer, so it is bounded like one unless a tighter range is given. */
    duration(name, fallbackMs, range = inputs_parse/* TIMER_RANGE */._y) {
        return this.parsed(name, fallbackMs, (raw) => (0,inputs_parse/* parseDuration */.E9)(raw, range));
    }
    /** Bytes. */
    size(name, fallbackBytes) {
        return this.parsed(name, fallbackBytes, inputs_parse/* parseSize */.DB);
    }
    enumeration(name, allowed, fallback) {
        return this.parsed(name, fallback, (raw) => {
            try {
                return (0,inputs_parse/* parseEnum */.nL)(raw, allowed);
            }
            catch (error) {
                const guess = (0,did_you_mean/* didYouMean */.a)(raw.trim(), allowed);
                if (guess && error instanceof inputs_parse/* InputParseError */.Uh) {
                    throw new inputs_parse/* InputParseError */.Uh(`${error.expected} (did you mean "${guess}"?)`);
                }
                throw error;
            }
        });
    }
    parsed(name, fallback, parse) {
        const raw = this.raw(name);
        if (raw === undefined)
            return fallback;
        try {
            return parse(raw);
        }
        catch (error) {
            if (!(error instanceof inputs_parse/* InputParseError */.Uh))
                throw error;
            throw new gates_error/* GatesError */.xx('GATES_E_INPUT_INVALID', {
                input: name,
                value: (0,untrusted_text/* shorten */.ml)(this.redacted(raw), QUOTED_VALUE_CHARACTERS),
                expected: error.expected,
            });
        }
    }
    redacted(raw) {
        return this.redactor ? this.redactor.redact(raw) : raw;
    }
}

// EXTERNAL MODULE: ./packages/core/src/text/glob.ts
var glob = __nccwpck_require__(13483);
;// CONCATENATED MODULE: ./packages/core/src/redact/secret-sources.ts


/** Names of environment variables whose values are secrets, before any config says more (gates.yml `redact.env-patterns` adds to them). */
const DEFAULT_SECRET_ENV_PATTERNS = ['*_TOKEN', '*_SECRET', '*_PASSWORD', '*_API_KEY'];
/**
 * Registers the secrets gates knows of at start: the values of inputs an
 * action declares secret, and environment variables whose names match the
 * patterns (e.g. `*_TOKEN`). Called first thing, with the default patterns,
 * before anything that can fail and print a value (config, inputs); again
 * with the config's patterns once it is loaded. Returns the values refused as
 * not worth masking, so the caller can warn without printing them.
 */
function registerKnownSecrets(redactor, env, secretInputs, envPatterns) {
    const refused = [];
    const consider = (label, value) => {
        if (!value || value.trim() === '')
            return;
        const refusal = redactor.tryAddSecret(value);
        if (refusal)
            refused.push({ label, refusal });
    };
    for (const input of secretInputs)
        consider(`input ${input}`, env[inputEnvName(input)]);
    const matches = (0,glob/* globMatcher */.f)(envPatterns);
    for (const [name, value] of Object.entries(env))
        if (matches(name))
            consider(`env ${name}`, value);
    return refused;
}

// EXTERNAL MODULE: ./packages/core/src/config/load-file.ts
var load_file = __nccwpck_require__(15805);
;// CONCATENATED MODULE: ./packages/core/src/config/config-input.ts




/**
 * Loads the config file an input names. At its declared default (see InputReader.path) an absent file means
 * "not configured" and gives undefined, unless the action requires it; a path the user set must exist, and the
 * error names that input.
 */
async function loadConfigInput(inputs, workspace, spec) {
    const { path, atDefault } = inputs.path(spec.input, spec.kind.defaultPath);
    const absolute = (0,external_node_path_.resolve)(workspace, path);
    const file = displayPath(path, absolute, workspace);
    if (!(0,external_node_fs_.existsSync)(absolute)) {
        if (!atDefault)
            throw new gates_error/* GatesError */.xx('GATES_E_INPUT_FILE_NOT_FOUND', { input: spec.input, file });
        if (spec.requiredBy)
            throw new gates_error/* GatesError */.xx('GATES_E_POLICY_REQUIRED', { action: spec.requiredBy, input: spec.input, file });
        return undefined;
    }
    return (0,load_file/* loadConfigFile */.HT)(absolute, spec.kind, file);
}
/** A file named by an input with no default (`shared-config`): whatever is given must exist. */
async function loadNamedConfig(input, path, workspace, kind) {
    const absolute = (0,external_node_path_.resolve)(workspace, path);
    const file = displayPath(path, absolute, workspace);
    if (!(0,external_node_fs_.existsSync)(absolute))
        throw new gates_error/* GatesError */.xx('GATES_E_INPUT_FILE_NOT_FOUND', { input, file });
    return (0,load_file/* loadConfigFile */.HT)(absolute, kind, file);
}
/** What messages show: the path relative to the workspace, or as given when it is absolute. */
function displayPath(path, absolute, workspace) {
    return (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.relative)(workspace, absolute) || path;
}

// EXTERNAL MODULE: ./packages/core/src/config/layers.ts
var config_layers = __nccwpck_require__(7572);
// EXTERNAL MODULE: ./packages/core/src/config/schemas.ts
var schemas = __nccwpck_require__(6748);
;// CONCATENATED MODULE: ./packages/core/src/config/effective-config.ts




const BUILT_IN_DEFAULTS = {
    version: 1,
    'fail-on': 'error',
    annotations: { enabled: true, 'max-per-severity': 10 },
    reports: { sarif: true, json: true },
    redact: { 'env-patterns': [...DEFAULT_SECRET_ENV_PATTERNS] },
    quiesce: { policy: 'wait', 'timeout-seconds': 600 },
};
const FAIL_ON_VALUES = ['error', 'warning', 'note', 'never'];
/**
 * Builds the effective config: defaults < shared config (input `shared-config`)
 * < repository config (input `config`, default .github/gates.yml when present)
 * < action inputs. A file named explicitly must exist; the default may not.
 */
async function loadEffectiveConfig(inputs, workspace) {
    const layers = [{ source: 'defaults', values: BUILT_IN_DEFAULTS }];
    const shared = inputs.string('shared-config');
    if (shared)
        layers.push(fileLayer('shared', await loadNamedConfig('shared-config', shared, workspace, schemas/* CONFIG_KINDS */.j.gates)));
    const repo = await loadConfigInput(inputs, workspace, { input: 'config', kind: schemas/* CONFIG_KINDS */.j.gates });
    if (repo)
        layers.push(fileLayer('repo', repo));
    const fromInputs = {};
    const failOn = inputs.string('fail-on');
    if (failOn)
        fromInputs['fail-on'] = inputs.enumeration('fail-on', FAIL_ON_VALUES, 'error');
    layers.push({ source: 'inputs', values: fromInputs });
    return (0,config_layers/* mergeLayers */.J)(layers);
}
function fileLayer(label, loaded) {
    return { source: `${label}: ${loaded.file}`, values: loaded.value };
}

// EXTERNAL MODULE: ./packages/core/src/errors/exit-codes.ts
var exit_codes = __nccwpck_require__(29926);
// EXTERNAL MODULE: ./packages/core/src/findings/model.ts
var model = __nccwpck_require__(96797);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __nccwpck_require__(58500);
;// CONCATENATED MODULE: ./packages/core/src/lock/exit-release.ts
/**
 * Locks this process holds, released on its way out: at `exit` (which also
 * runs after an uncaught error), and on SIGINT, SIGTERM and SIGHUP when
 * nothing else handles them (then the signal is raised again, so the process
 * still dies of it). A process that handles the signal itself decides when
 * to exit, and its `exit` releases the locks; releasing at the signal would
 * let the next holder in while this one is still in its critical section.
 * SIGKILL runs nothing: the next holder finds the pid dead.
 */
const held = new Map();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let installed = false;
function releaseOnExit(key, release) {
    install();
    held.set(key, release);
    return () => held.delete(key);
}
function releaseAll() {
    for (const release of held.values())
        release();
    held.clear();
}
function onSignal(signal) {
    if (process.listenerCount(signal) > 1)
        return;
    releaseAll();
    for (const s of SIGNALS)
        process.removeListener(s, onSignal);
    process.kill(process.pid, signal);
}
function install() {
    if (installed)
        return;
    installed = true;
    process.on('exit', releaseAll);
    for (const signal of SIGNALS)
        process.on(signal, onSignal);
}

;// CONCATENATED MODULE: ./packages/core/src/lock/fence.ts

/**
 * The fencing counter of one lock, `<name>.fence` beside the lock file: each
 * acquisition writes the next number, so a holder that was taken over sees a
 * larger number than its own. An unreadable counter (a writer killed mid-write)
 * restarts from the clock in microseconds, which is larger than any count
 * reached before, so the sequence never goes back.
 */
function nextFence(path) {
    let current;
    try {
        current = Number.parseInt((0,external_node_fs_.readFileSync)(path, 'utf8'), 10);
    }
    catch {
        current = 0;
    }
    const next = Number.isSafeInteger(current) && current >= 0 ? current + 1 : Date.now() * 1000;
    (0,external_node_fs_.writeFileSync)(path, String(next), { mode: 0o600 });
    return next;
}
function readFence(path) {
    try {
        const value = Number.parseInt((0,external_node_fs_.readFileSync)(path, 'utf8'), 10);
        return Number.isSafeInteger(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/lock/filesystem-type.ts


/**
 * The filesystem a path lives on: the entry of /proc/self/mountinfo whose
 * mount point is the longest prefix of the path's real path (links resolved,
 * so a link into a network share reports the share). Undefined where there is
 * no /proc (not Linux) or the path does not exist.
 */
function filesystemOf(path, mountinfo = readMountinfo()) {
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return undefined;
    }
    let best;
    for (const mount of parseMountinfo(mountinfo)) {
        const inside = real === mount.mountPoint || real.startsWith(mount.mountPoint === '/' ? '/' : `${mount.mountPoint}/`);
        // Later lines win ties: a mount stacked on the same point hides the earlier one.
        if (inside && (!best || mount.mountPoint.length >= best.mountPoint.length))
            best = mount;
    }
    return best;
}
/** mountinfo(5): `id parent major:minor root mount-point options [optional...] - type source super-options`. */
function parseMountinfo(text) {
    const mounts = [];
    for (const line of text.split('\n')) {
        const fields = line.split(' ');
        const separator = fields.indexOf('-', 6);
        if (fields.length < 10 || separator < 0)
            continue;
        mounts.push({ mountPoint: unescapeOctal(fields[4]), type: fields[separator + 1], source: unescapeOctal(fields[separator + 2] ?? '') });
    }
    return mounts;
}
/** The kernel escapes space, tab, newline and backslash in paths as \ooo. */
function unescapeOctal(text) {
    return text.replace(/\\([0-7]{3})/g, (_, code) => String.fromCharCode(parseInt(code, 8)));
}
function readMountinfo() {
    try {
        return (0,read_file/* readRegularFile */.XF)('/proc/self/mountinfo', { maxBytes: 4 * 1024 * 1024 }).toString('utf8');
    }
    catch {
        return '';
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: ./packages/core/src/lock/process-alive.ts
var process_alive = __nccwpck_require__(6288);
;// CONCATENATED MODULE: ./packages/core/src/lock/lock-owner.ts




/**
 * How long a lock file may stay without an owner record before it counts as
 * abandoned. Its creator writes the record in the syscall right after the
 * exclusive create, so a record still missing seconds later means the creator
 * was killed in between (or frozen there: its late commits are refused by
 * the fencing check, as for any holder taken over). Shorter than the default
 * wait (30 s), or a waiter would time out behind a dead creator.
 */
const UNREADABLE_GRACE_MS = 5_000;
const BOOT_ID = readBootId();
function readBootId() {
    try {
        return (0,read_file/* readRegularFile */.XF)('/proc/sys/kernel/random/boot_id', { maxBytes: 100 }).toString('utf8').trim();
    }
    catch {
        return '';
    }
}
function newOwner(token, child) {
    return { pid: process.pid, host: (0,external_node_os_.hostname)(), boot: BOOT_ID, acquiredAt: Date.now(), token, child };
}
function readOwner(path) {
    try {
        const owner = JSON.parse((0,read_file/* readRegularFile */.XF)(path, { maxBytes: 4096, noFollow: true }).toString('utf8'));
        if (typeof owner.token !== 'string')
            return undefined;
        return { owner, heartbeat: (0,external_node_fs_.statSync)(path).mtimeMs };
    }
    catch {
        // Missing (released meanwhile) or half-written by a creator that is still writing.
        return undefined;
    }
}
/**
 * A lockfile whose owner record cannot be read: its creator died between the
 * exclusive create and the write. It stands for a foreign owner whose last
 * heartbeat is the file's mtime.
 */
function unreadableOwner(path) {
    try {
        const info = (0,external_node_fs_.statSync)(path);
        return { owner: { pid: -1, host: '', boot: '', acquiredAt: info.mtimeMs, token: `unreadable@${info.mtimeMs}` }, heartbeat: info.mtimeMs, unreadable: true };
    }
    catch {
        return undefined;
    }
}
/**
 * Stale means the holder can no longer be in its critical section. On this
 * machine (same host and boot id) a dead pid — and no live child it handed
 * the lock to — is proof. A live pid proves nothing once its heartbeat has
 * stopped for staleAfter (pid reused, or the holder frozen: its fencing
 * check refuses its late commit). Another machine's holder, or one from
 * before a reboot, is judged by its heartbeat alone. Age alone never is.
 */
function isStale({ owner, heartbeat, unreadable }, staleAfter, now = Date.now()) {
    if (unreadable)
        return now - heartbeat > Math.min(staleAfter, UNREADABLE_GRACE_MS);
    const silent = now - heartbeat > staleAfter;
    if (owner.host !== (0,external_node_os_.hostname)())
        return silent;
    if (owner.boot && BOOT_ID && owner.boot !== BOOT_ID)
        return true;
    if ((0,process_alive/* isProcessAlive */.j)(owner.pid))
        return silent;
    if (owner.child === null)
        return silent;
    return owner.child === undefined || !(0,process_alive/* isProcessAlive */.j)(owner.child) || silent;
}
function describeOwner(owner) {
    const child = typeof owner.child === 'number' ? ` (command pid ${owner.child})` : '';
    return `pid ${owner.pid} on ${owner.host}${child}`;
}

// EXTERNAL MODULE: ./packages/core/src/safe-files/temp-files.ts
var temp_files = __nccwpck_require__(98861);
;// CONCATENATED MODULE: ./packages/core/src/lock/lock-primitive.ts



const LOCK_PRIMITIVES = ['o_excl', 'link'];
/**
 * The default per filesystem type, from what fs-lock-test measured (see
 * fs-lock-test/README.md): NFS clients may not make O_EXCL atomic across
 * machines, while link(2) is atomic on the server and its result can be
 * checked by the link count; everywhere else O_EXCL is atomic and needs one
 * file instead of two (SMB shares have no hard links).
 */
function defaultPrimitive(filesystemType) {
    return filesystemType && /^nfs/.test(filesystemType) ? 'link' : 'o_excl';
}
/** Creates `path` holding `content` if nothing is there; false when it exists. */
function createLockFile(primitive, path, content) {
    return primitive === 'link' ? createByLink(path, content) : createExclusive(path, content);
}
/** O_EXCL: a lock (or a link planted under its name) that exists is never opened, let alone written through. */
function createExclusive(path, content) {
    let descriptor;
    try {
        descriptor = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW, 0o600);
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw filesystemError(path, error);
    }
    // No fsync: after a crash the holder is gone and the boot id differs, so the record need not survive one.
    try {
        (0,external_node_fs_.writeSync)(descriptor, content);
    }
    finally {
        (0,external_node_fs_.closeSync)(descriptor);
    }
    return true;
}
/**
 * The NFS-safe trick (open(2)): write the record to a unique file, link it
 * to the lock's name, and trust the unique file's link count, not link()'s
 * answer (a retransmitted LINK can report EEXIST for a link that was made).
 */
function createByLink(path, content) {
    const directory = path.slice(0, path.lastIndexOf('/'));
    const temporary = (0,temp_files/* createTemporary */.GY)(directory, path.slice(directory.length + 1));
    try {
        try {
            (0,external_node_fs_.writeSync)(temporary.fd, content);
        }
        finally {
            (0,external_node_fs_.closeSync)(temporary.fd);
        }
        try {
            (0,external_node_fs_.linkSync)(temporary.path, path);
        }
        catch (error) {
            const code = error.code;
            if (code !== 'EEXIST')
                throw filesystemError(path, error, code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS');
        }
        return (0,external_node_fs_.statSync)(temporary.path).nlink === 2;
    }
    finally {
        try {
            (0,external_node_fs_.unlinkSync)(temporary.path);
        }
        catch {
            // Removed already.
        }
    }
}
function filesystemError(path, error, noLinks = false) {
    return new gates_error/* GatesError */.xx('GATES_E_FILESYSTEM', { path, reason: error.message }, noLinks ? { hint: 'This filesystem has no hard links: set the lock primitive to o_excl (GATES_LOCK_PRIMITIVE=o_excl), after checking it with gates fs-lock-test.' } : undefined);
}

;// CONCATENATED MODULE: ./packages/core/src/lock/lockfile-lock.ts













/** Waits between attempts: from 1ms doubling to 100ms, each drawn at random from its upper half so waiters do not retry in step. */
const FIRST_WAIT = 1;
const LONGEST_WAIT = 100;
/**
 * A lock file `<dir>/<name>.lock` holding the owner's pid, host, boot id and
 * token, created exclusively (O_EXCL, or link(2) on NFS; see lock-primitive),
 * with a heartbeat (its mtime, touched while held) and a fencing counter. An
 * abandoned lock (see isStale) is taken over; to keep two waiters from both
 * breaking it, the breaker first takes `<name>.lock.break` the same way, then
 * re-reads the lock and removes it only if it is still the stale one it saw.
 * File operations are synchronous (each is one small syscall, and a promise
 * round trip idled longer); only the wait between attempts is asynchronous.
 */
class LockfileLock {
    directory;
    defaults;
    primitive;
    constructor(directory, defaults = {}) {
        this.directory = directory;
        this.defaults = defaults;
    }
    async acquire(name, options = {}) {
        const { path, owner, fence, heartbeat } = await this.take(name, options, undefined);
        const stopExitRelease = releaseOnExit(path, () => releaseIfOwner(path, owner.token));
        return lockfile_lock_held(path, owner, fence, () => {
            clearInterval(heartbeat);
            stopExitRelease();
        });
    }
    /** Takes the lock for a child process about to be started; see Owner.child. Its heartbeat runs while this process lives. */
    async acquireForChild(name, options = {}) {
        const { path, owner, fence, heartbeat } = await this.take(name, options, null);
        return {
            handOver: (pid) => {
                // Replaced whole (rename), so the lock file never goes missing or half-written meanwhile.
                (0,atomic_file/* writeFileAtomically */.lo)(path, JSON.stringify({ ...owner, child: pid }), { root: this.directory });
            },
            release: lockfile_lock_held(path, owner, fence, () => clearInterval(heartbeat)),
        };
    }
    async take(name, options, child) {
        const { timeout, staleAfter, primitive } = { ...lock/* DEFAULT_LOCK_OPTIONS */.$1, ...this.defaults, ...options };
        if (!/^[\w.-]+$/.test(name))
            throw new Error(`invalid lock name "${name}"`);
        (0,make_directories/* makeDirectories */.K)(this.directory, 0o700);
        const how = primitive ?? this.defaultPrimitive();
        const path = (0,external_node_path_.join)(this.directory, `${name}.lock`);
        const owner = newOwner((0,external_node_crypto_.randomUUID)(), child);
        const deadline = Date.now() + timeout;
        for (let attempt = 0;; attempt++) {
            owner.acquiredAt = Date.now();
            if (createLockFile(how, path, JSON.stringify(owner))) {
                const fence = nextFence(`${path}.fence`);
                return { path, owner, fence, heartbeat: startHeartbeat(path, owner.token, staleAfter) };
            }
            const holder = readOwner(path) ?? unreadableOwner(path);
            if (holder && isStale(holder, staleAfter)) {
                this.breakStale(path, holder, staleAfter, how);
                continue;
            }
            if (Date.now() >= deadline) {
                throw new gates_error/* GatesError */.xx('GATES_E_LOCK_TIMEOUT', { name, timeout: `${timeout}ms`, owner: holderName(holder) });
            }
            // Polling is the only portable wait on a lockfile; back off, with jitter, to spare the filesystem.
            const ceiling = Math.min(LONGEST_WAIT, FIRST_WAIT * 2 ** Math.min(attempt, 10));
            await (0,promises_.setTimeout)(Math.max(1, Math.min(ceiling / 2 + Math.random() * (ceiling / 2), deadline - Date.now())));
        }
    }
    /** GATES_LOCK_PRIMITIVE overrides; otherwise by the type of filesystem the locks live on. */
    defaultPrimitive() {
        if (this.primitive)
            return this.primitive;
        const override = process.env.GATES_LOCK_PRIMITIVE;
        if (override) {
            if (!LOCK_PRIMITIVES.includes(override)) {
                throw new gates_error/* GatesError */.xx('GATES_E_USAGE', { detail: `GATES_LOCK_PRIMITIVE must be one of ${LOCK_PRIMITIVES.join(', ')}, got "${override}"` });
            }
            return (this.primitive = override);
        }
        return (this.primitive = defaultPrimitive(filesystemOf(this.directory)?.type));
    }
    breakStale(path, seen, staleAfter, how) {
        const breaker = newOwner((0,external_node_crypto_.randomUUID)());
        const breakPath = `${path}.break`;
        if (!createLockFile(how, breakPath, JSON.stringify(breaker))) {
            const other = readOwner(breakPath) ?? unreadableOwner(breakPath);
            if (other && isStale(other, staleAfter))
                removeQuietly(breakPath);
            return;
        }
        try {
            const current = readOwner(path) ?? unreadableOwner(path);
            if (current && current.owner.token === seen.owner.token)
                removeQuietly(path);
        }
        finally {
            releaseIfOwner(breakPath, breaker.token);
        }
    }
}
function holderName(holder) {
    if (!holder)
        return 'an unknown owner';
    return holder.unreadable ? 'a process that has not written its owner record yet' : describeOwner(holder.owner);
}
function lockfile_lock_held(path, owner, fence, stop) {
    const release = async () => {
        stop();
        releaseIfOwner(path, owner.token);
    };
    return Object.assign(release, {
        fence,
        assertHeld: () => {
            const current = readOwner(path);
            const latest = readFence(`${path}.fence`);
            if (current?.owner.token !== owner.token || latest !== fence) {
                throw new gates_error/* GatesError */.xx('GATES_E_LOCK_LOST', { name: path, fence: String(fence), latest: String(latest ?? 'unreadable') });
            }
        },
    });
}
/**
 * Touches the lock file's mtime while it is held, so waiters can tell a live
 * holder from one that stopped (killed elsewhere, or frozen). Unref'd: it never
 * keeps the process alive.
 */
function startHeartbeat(path, token, staleAfter) {
    const timer = setInterval(() => {
        if (readOwner(path)?.owner.token !== token)
            return;
        try {
            const now = new Date();
            (0,external_node_fs_.utimesSync)(path, now, now);
        }
        catch {
            // Released or broken meanwhile: the fencing check tells the holder.
        }
    }, Math.max(50, Math.floor(staleAfter / 4)));
    timer.unref();
    return timer;
}
function releaseIfOwner(path, token) {
    if (readOwner(path)?.owner.token === token)
        removeQuietly(path);
}
/** Removes a lock file; one already gone (released or broken by another) is fine. */
function removeQuietly(path) {
    try {
        (0,external_node_fs_.unlinkSync)(path);
    }
    catch {
        // Gone already.
    }
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/metric-record.ts
/** Version of a metrics line; `gates metrics` refuses lines of another. schemas/gates-metrics.schema.json. */
const METRICS_SCHEMA_VERSION = 1;
const RUN_KEYS = ['GITHUB_REPOSITORY', 'GITHUB_SHA', 'GITHUB_REF', 'GITHUB_RUN_ID', 'GITHUB_RUN_ATTEMPT', 'GITHUB_JOB', 'GITHUB_WORKFLOW'];
/** The metrics line of a run: pure, so the file writer and the tests share it. */
function metricRecord(input) {
    const counts = { error: 0, warning: 0, note: 0, waived: 0 };
    for (const finding of input.findings ?? []) {
        if (finding.waived)
            counts.waived += 1;
        else
            counts[finding.severity] += 1;
    }
    const run = {};
    for (const key of RUN_KEYS)
        if (input.env[key])
            run[key.replace(/^GITHUB_/, '').toLowerCase().replace('_', '-')] = input.env[key];
    return {
        schema: METRICS_SCHEMA_VERSION,
        time: input.now.toISOString(),
        action: input.action,
        verdict: input.verdict,
        'exit-code': input.exitCode,
        'duration-ms': Math.max(0, Math.round(input.durationMs)),
        findings: counts,
        run,
        ...knownExtras(input.extras),
    };
}
/** Only the named, non-negative numeric extras: an action cannot put free text in the file. */
function knownExtras(extras) {
    const kept = {};
    for (const key of ['lock-wait-ms', 'lock-contentions', 'lock-incidents', 'rollbacks', 'waivers-approved', 'waivers-expired']) {
        const value = extras?.[key];
        if (typeof value === 'number' && Number.isFinite(value) && value >= 0)
            kept[key] = value;
    }
    return kept;
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/metrics-file.ts




/** The run's metrics file: JSON Lines, one line per action run, beside the audit ledger. */
function metricsPath(stateRoot) {
    return (0,state_root/* statePath */.B)(stateRoot, 'metrics', 'metrics.jsonl');
}
/**
 * Appends one line with one write (O_APPEND: lines of concurrent actions do
 * not interleave, as each is well under the pipe-buffer size writes are
 * atomic for on local filesystems) and never through a planted link.
 */
function appendMetric(stateRoot, record) {
    const file = metricsPath(stateRoot);
    (0,make_directories/* makeDirectories */.K)((0,external_node_path_.dirname)(file), 0o700);
    const bytes = Buffer.from(`${JSON.stringify(record)}\n`, 'utf8');
    const fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_APPEND | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_NOFOLLOW, 0o600);
    try {
        for (let offset = 0; offset < bytes.length;)
            offset += (0,external_node_fs_.writeSync)(fd, bytes, offset, bytes.length - offset);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return file;
}

// EXTERNAL MODULE: ./packages/core/src/redact/secret-strength.ts
var secret_strength = __nccwpck_require__(35733);
// EXTERNAL MODULE: ./packages/core/src/report/annotations.ts + 1 modules
var annotations = __nccwpck_require__(68612);
;// CONCATENATED MODULE: ./packages/core/src/report/json-report.ts

/** The machine-readable report: the verdict, counts and every finding. */
function renderJsonReport(report) {
    return {
        tool: report.tool,
        version: report.version,
        verdict: (0,model/* verdictOf */.Vj)(report),
        failOn: report.failOn,
        counts: { ...(0,model/* countBySeverity */.Ot)(report.findings), waived: report.findings.filter((f) => f.waived).length },
        notes: report.notes ?? [],
        ...(report.waivers?.length ? { waivers: report.waivers } : {}),
        findings: (0,model/* sortFindings */.Tc)(report.findings),
    };
}

// EXTERNAL MODULE: ./packages/core/src/report/markdown.ts
var markdown = __nccwpck_require__(97195);
;// CONCATENATED MODULE: ./packages/core/src/report/waived-line.ts

/**
 * A waived finding's line in a summary (runAction's and any action's own):
 * which waiver, who approved it, until when, why. A waiver never hides a
 * finding, it explains it. For a report runAction has already redacted.
 */
function waivedLine(waiver) {
    const id = waiver.id ? ` (${untrusted_text/* redactedReportText */.UJ.code(waiver.id)})` : '';
    const who = waiver.approvedBy?.length ? ` by ${untrusted_text/* redactedReportText */.UJ.text(waiver.approvedBy.join(', '))}` : '';
    const until = waiver.expires ? ` until ${untrusted_text/* redactedReportText */.UJ.text(waiver.expires)}` : '';
    return `Waived${id}${who}${until}: ${untrusted_text/* redactedReportText */.UJ.text(waiver.reason)}`;
}

// EXTERNAL MODULE: ./packages/core/src/report/summary-budget.ts
var summary_budget = __nccwpck_require__(21260);
// EXTERNAL MODULE: ./packages/core/src/report/well-formed.ts
var well_formed = __nccwpck_require__(79168);
;// CONCATENATED MODULE: ./packages/core/src/report/summary.ts






const ICON = { pass: '✅', fail: '❌', empty: '⚠️' };
const VERDICT_LABEL = { pass: 'passed', fail: 'failed', empty: 'nothing to check' };
const SEVERITY_LABEL = { error: '🔴 error', warning: '🟠 warning', note: '🔵 note' };
function fileLink(finding, links) {
    if (!finding.file)
        return '—';
    const label = (0,markdown/* inlineCode */.ti)(shown(finding.line ? `${finding.file}:${finding.line}` : finding.file));
    if (!links)
        return label;
    const anchor = finding.line ? `#L${finding.line}` : '';
    return `[${label}](${links.serverUrl}/${links.repository}/blob/${links.sha}/${linkPath(finding.file)}${anchor})`;
}
/** Path segments percent-encoded, `(`, `)` and the other characters encodeURIComponent leaves included, so no path can end the link. */
function linkPath(file) {
    return file
        .split('/')
        .map((segment) => encodeURIComponent((0,well_formed/* wellFormed */.E)(segment)).replace(/[!'()*~]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
/** Report text as shown: the report was redacted before rendering, so cutting it here leaves no piece of a secret. */
function shown(text) {
    return (0,untrusted_text/* shorten */.ml)(text, untrusted_text/* MAX_SHOWN_CHARACTERS */.eA);
}
/** More rows than this are unreadable in a job summary and slow to render; reports keep everything. */
const MAX_SUMMARY_ROWS = 1000;
/**
 * The job summary: verdict first, then counts, the findings table, and the
 * rules' details collapsed. Pure: report in, Markdown out. The report must be
 * redacted already (runAction does it before anything renders it): text is
 * escaped here, and escaping first would hide a secret from the redactor.
 * Stays under `byteLimit` by dropping table rows and saying how many were
 * dropped.
 */
function renderSummary(report, links, byteLimit = summary_budget/* SUMMARY_BYTE_LIMIT */.Kj) {
    const verdict = (0,model/* verdictOf */.Vj)(report);
    const counts = (0,model/* countBySeverity */.Ot)(report.findings);
    const waived = report.findings.filter((finding) => finding.waived).length;
    const failing = report.findings.filter((finding) => (0,model/* failsGate */.FW)(finding, report.failOn)).length;
    const head = [
        `## ${ICON[verdict]} ${(0,markdown/* escapeMarkdown */.FV)(report.tool)}: ${VERDICT_LABEL[verdict]}`,
        '',
        `**${failing}** finding(s) fail the gate (fail-on: \`${report.failOn}\`) · ` +
            `${counts.error} error(s), ${counts.warning} warning(s), ${counts.note} note(s)` +
            (waived ? ` · ${waived} waived` : ''),
    ];
    for (const note of report.notes ?? [])
        head.push('', `> ${(0,markdown/* escapeMarkdown */.FV)(shown(note))}`);
    const tail = renderRuleDetails(report);
    if (report.findings.length === 0)
        return [...head, '', 'No findings.', '', tail].join('\n');
    // Failing rows first, waived last, so a truncated table still shows what matters.
    const ordered = bySeverityThenPlace(report.findings);
    const row = (finding) => (0,markdown/* tableRow */.jD)([
        finding.waived ? `⚪ waived` : SEVERITY_LABEL[finding.severity],
        (0,markdown/* inlineCode */.ti)(finding.ruleId),
        fileLink(finding, links),
        (0,markdown/* escapeMarkdown */.FV)(shown(finding.message)) + (finding.fixHint ? `<br>Fix: ${(0,markdown/* escapeMarkdown */.FV)(shown(finding.fixHint))}` : '') +
            (finding.waived ? `<br>${waivedLine(finding.waived)}` : ''),
    ]);
    const fixed = [...head, '', ''].join('\n');
    const closing = `\n\n${tail}`;
    const header = (0,markdown/* table */.tp)(['Severity', 'Rule', 'Location', 'Message'], []);
    // Whole rows while they fit, leaving room for the truncation note; rows past the budget are never rendered.
    const noteRoom = 400;
    let budget = byteLimit - (0,summary_budget/* byteLength */.dp)(fixed + header + closing) - noteRoom;
    const lines = [header];
    for (const finding of ordered) {
        if (lines.length > MAX_SUMMARY_ROWS)
            break;
        const line = row(finding);
        const cost = (0,summary_budget/* byteLength */.dp)(line) + 1;
        if (cost > budget)
            break;
        budget -= cost;
        lines.push(line);
    }
    const kept = lines.length - 1;
    let body = lines.join('\n');
    if (kept < ordered.length) {
        body += `\n\n> ⚠️ Summary truncated: ${ordered.length - kept} of ${ordered.length} finding(s) not shown (the summary shows at most ${(0,markdown/* groupThousands */.Zv)(MAX_SUMMARY_ROWS)} rows, within GitHub's 1 MiB limit); the JSON and SARIF reports have them all.`;
    }
    return fixed + body + closing;
}
/** Errors, warnings, notes, then waived findings; each group in file order. A partition: stable, one pass. */
function bySeverityThenPlace(findings) {
    const groups = [[], [], [], []];
    for (const finding of (0,model/* sortFindings */.Tc)(findings))
        groups[finding.waived ? 0 : model/* SEVERITY_RANK */.f3[finding.severity]].push(finding);
    return groups.reverse().flat();
}
function renderRuleDetails(report) {
    const counts = new Map();
    for (const finding of report.findings)
        counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
    const rules = report.rules.filter((rule) => counts.has(rule.id));
    if (rules.length === 0)
        return '';
    const rows = rules.map((rule) => {
        const count = counts.get(rule.id);
        const docs = rule.docs ? ` ([docs](${rule.docs}))` : '';
        return [(0,markdown/* inlineCode */.ti)(rule.id), String(count), (0,markdown/* escapeMarkdown */.FV)(rule.description) + docs];
    });
    return ['<details><summary>Rules that fired</summary>', '', (0,markdown/* table */.tp)(['Rule', 'Findings', 'What it checks'], rows), '', '</details>', ''].join('\n');
}

// EXTERNAL MODULE: ./packages/core/src/runner/github-context.ts
var github_context = __nccwpck_require__(39987);
// EXTERNAL MODULE: ./packages/core/src/state/quiesce.ts
var quiesce = __nccwpck_require__(14262);
// EXTERNAL MODULE: ./packages/core/src/state-transport/segment-name.ts
var segment_name = __nccwpck_require__(84380);
// EXTERNAL MODULE: ./packages/core/src/state-transport/step-state.ts + 2 modules
var step_state = __nccwpck_require__(44904);
// EXTERNAL MODULE: ./packages/core/src/github/api-timeout.ts
var api_timeout = __nccwpck_require__(26515);
// EXTERNAL MODULE: ./packages/core/src/action/nothing-to-check.ts
var nothing_to_check = __nccwpck_require__(43830);
// EXTERNAL MODULE: ./packages/core/src/action/report-error.ts + 1 modules
var report_error = __nccwpck_require__(937);
// EXTERNAL MODULE: ./packages/core/src/waivers/load-waivers.ts
var load_waivers = __nccwpck_require__(71687);
;// CONCATENATED MODULE: ./packages/core/src/waivers/run-waivers.ts

/**
 * Every action's findings pass here (runAction): the waiver file is read and,
 * when there is one, applied (apply-waiver-file.ts).
 */
async function runWaivers(context) {
    const checkedOut = await (0,load_waivers/* loadWaivers */.Q)(context.workspace, context.path);
    if (!checkedOut)
        return { findings: context.findings, statuses: [], section: '', counts: {} };
    // Loaded only when there is a waiver file: matching, the base-branch policy and the summary section are code
    // most runs (no waiver file) would otherwise parse at start.
    const { applyWaiverFile } = await __nccwpck_require__.e(/* import() */ 495).then(__nccwpck_require__.bind(__nccwpck_require__, 8495));
    return applyWaiverFile(checkedOut, context);
}
/**
 * The waiver counts every action's metrics line carries (seed §7: waiver
 * approvals and expiries): waivers are the core's, so are their metrics.
 */
function waiverMetrics(counts) {
    const approved = (counts.applied ?? 0) + (counts.expiring ?? 0);
    const expired = counts.expired ?? 0;
    return { ...(approved > 0 ? { 'waivers-approved': approved } : {}), ...(expired > 0 ? { 'waivers-expired': expired } : {}) };
}

;// CONCATENATED MODULE: ./packages/core/src/waivers/waiver-record.ts
/** A waiver's outcome as the JSON report and the ledger keep it: ids, states and counts. */
function waiverRecord(status) {
    return {
        id: status.waiver.id,
        state: status.state,
        matched: status.matched,
        applied: status.applied,
        expires: status.waiver.expires,
        approvedBy: status.approvedBy ?? status.waiver.approvers,
        detail: status.detail,
    };
}

// EXTERNAL MODULE: ./packages/core/src/action/report-files.ts + 3 modules
var report_files = __nccwpck_require__(79517);
;// CONCATENATED MODULE: ./packages/core/src/action/run-action.ts



























const SUITE_VERSION = '0.1.0';
/**
 * Runs one action end to end: secrets registered first (before anything that
 * can fail and print a value), config loaded and validated, state root
 * checked, the action's logic, then the report redacted once and rendered to
 * annotations, summary, SARIF and JSON, outputs set and the decision appended
 * to the audit ledger. Returns the exit code; never throws.
 */
async function runAction(definition, host) {
    const { env, runner, redactor } = host;
    const inputs = new InputReader(env, redactor);
    const started = performance.now();
    let stateRoot;
    try {
        const refused = registerKnownSecrets(redactor, env, [...(definition.secretInputs ?? []), 'anchor-key'], DEFAULT_SECRET_ENV_PATTERNS);
        // Every action declares `debug`; a value that is not a boolean is a usage error like any other input (exit 2).
        inputs.boolean('debug', false);
        const workspace = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || process.cwd());
        const config = await loadEffectiveConfig(inputs, workspace);
        const envPatterns = (0,config_layers/* valueAt */.fK)(config.values, 'redact.env-patterns') ?? [];
        for (const refusal of registerKnownSecrets(redactor, env, [], envPatterns))
            refused.push(refusal);
        for (const [label, refusal] of refusedVariables(refused))
            runner.warning(`${label} is ${(0,secret_strength/* describeRefusal */.a)(refusal, redactor.minLength)}; it is not masked (masking it would mangle the log and protect nothing).`);
        stateRoot = (0,state_root/* resolveStateRoot */.U)(env, (message) => runner.warning(message));
        const lock = new LockfileLock((0,state_root/* statePath */.B)(stateRoot, 'locks'));
        const ledger = new Ledger(ledgerPath(stateRoot), lock, {
            redactor,
            requireAnchor: (0,config_layers/* valueAt */.fK)(config.values, 'audit.require-anchor') === true,
            onNotice: (message) => runner.warning(message),
            origin: (0,segment_name/* recordOrigin */.MY)(env),
        });
        const links = (0,github_context/* repositoryLinks */.Ay)(env);
        // No gate starts while a rollback restores files (checkpoint-restore checks it itself: its rollback sets the marker).
        if (!definition.checksQuiesce)
            await (0,quiesce/* awaitQuiesce */.uj)(stateRoot, quiescePolicy(config), (marker) => runner.info(`Waiting: a rollback of gate "${marker.gate}" (run ${marker.run}) has quiesced the gates since ${marker.since}.`));
        const stateSettings = (0,step_state/* stepStateSettings */.ft)(inputs, config, env);
        const state = await (0,step_state/* openStepState */.OE)(stateSettings, stateRoot, env, ledger, runner);
        const outcome = await definition.run({ inputs, runner, redactor, env, workspace, config, stateRoot, lock, ledger, state, links });
        // Waivers are the core's, for every action: read, approval-checked and applied before anything is rendered.
        const waivers = await runWaivers({ gate: definition.name, findings: outcome.findings, workspace, path: (0,config_layers/* valueAt */.fK)(config.values, 'waivers'), env, inputs, runner, redactor, now: Date.now() });
        const waivedOutcome = (await outcome.afterWaivers?.(waivers.findings, waivers.statuses.map(waiverRecord))) ?? {};
        const notes = [...(waivedOutcome.notes ?? []), ...(outcome.notes ?? []), ...state.notes()];
        const appendix = [waivers.section, waivedOutcome.summaryAppendix, outcome.summaryAppendix].filter(Boolean).join('\n');
        // Redacted once, before any renderer escapes or encodes a word of it (an escaped secret no longer matches).
        const report = redactor.redactValue({
            tool: definition.name,
            version: SUITE_VERSION,
            rules: outcome.rules ?? definition.rules,
            // Sorted once here: each renderer sorts again for its own callers, which on sorted input is one pass.
            findings: (0,model/* sortFindings */.Tc)(outcome.nothingToCheck ? [...waivers.findings, (0,nothing_to_check/* nothingToCheckFinding */.U)(outcome.nothingToCheck, inputs)] : waivers.findings),
            failOn: outcome.failOn ?? (0,config_layers/* valueAt */.fK)(config.values, 'fail-on'),
            notes: notes.length > 0 ? notes : undefined,
            waivers: waivers.statuses.map(waiverRecord),
        });
        const verdict = (0,model/* verdictOf */.Vj)(report);
        // Annotations are the runner's: on a terminal the CLI prints every finding itself, once.
        if (runner.kind === 'github' && (0,config_layers/* valueAt */.fK)(config.values, 'annotations.enabled') !== false) {
            const limit = (0,config_layers/* valueAt */.fK)(config.values, 'annotations.max-per-severity');
            const batch = (0,annotations/* renderAnnotations */.Hp)(report.findings, limit, definition.annotationPriority);
            for (const { finding, command } of batch.annotations)
                runner.annotation(command, (0,annotations/* formatPlain */.WB)(finding));
            const dropped = batch.dropped.error + batch.dropped.warning + batch.dropped.note;
            if (dropped > 0)
                runner.info(`${dropped} more finding(s) were not annotated (runner limit ${limit} per severity); see the job summary.`);
        }
        runner.appendSummary(summaryOf(definition.renderSummary ?? renderSummary, report, links, appendix || undefined));
        const reportDirectory = (0,state_root/* statePath */.B)(stateRoot, 'reports', definition.name);
        const json = renderJsonReport(report);
        const outputs = {
            verdict,
            'findings-count': String(report.findings.filter((finding) => !finding.waived).length),
            ...outcome.outputs,
            ...waivedOutcome.outputs,
        };
        if ((0,config_layers/* valueAt */.fK)(config.values, 'reports.sarif') !== false) {
            outputs['sarif-file'] = await (0,report_files/* writeSarifReport */.hN)(reportDirectory, `${definition.name}.sarif`, report, redactor);
        }
        if ((0,config_layers/* valueAt */.fK)(config.values, 'reports.json') !== false) {
            outputs['report-json'] = await (0,report_files/* writeReportFile */.aS)(reportDirectory, `${definition.name}.json`, json, redactor);
        }
        for (const [name, value] of Object.entries(outputs))
            runner.setOutput(name, value);
        host.onReport?.(redactor.redactValue({ ...json, outputs }));
        // The action's own fields last: what an action adds cannot rename the gate or change its verdict.
        const record = await ledger.append({
            ...outcome.ledgerEvent,
            ...waivedOutcome.ledgerEvent,
            action: definition.name,
            verdict,
            counts: (0,model/* countBySeverity */.Ot)(report.findings),
            ...(0,github_context/* runIdentity */.yK)(env),
            ...(waivers.statuses.length > 0 ? { waivers: waivers.counts } : {}),
        });
        runner.debug(`audit ledger record ${record.lamport} ${record.hash}`);
        const exitCode = (0,model/* gateFails */.xd)(report) ? exit_codes/* ExitCode */.y.GateFailed : exit_codes/* ExitCode */.y.Pass;
        recordMetric(stateRoot, runner, { action: definition.name, verdict, exitCode, durationMs: performance.now() - started, findings: report.findings, extras: { ...outcome.metrics, ...waiverMetrics(waivers.counts) }, env, now: new Date() });
        const token = inputs.string('token');
        const apiTimeoutMs = env.INPUT_API_TIMEOUT ? inputs.duration('api-timeout', 10_000, api_timeout/* API_TIMEOUT_RANGE */.f) : undefined;
        await (0,step_state/* finishStepState */.h8)(stateSettings, state, ledger, { action: definition.name, verdict, record, reportDirectory, ...(token ? { token } : {}), ...(apiTimeoutMs ? { apiTimeoutMs } : {}) }, env, runner);
        return exitCode;
    }
    catch (thrown) {
        const exitCode = (0,report_error/* reportError */.N)(thrown, host, definition.name);
        // A run that ended before its verdict still counts, once the state root it writes to is known to be safe.
        if (stateRoot)
            recordMetric(stateRoot, runner, { action: definition.name, verdict: 'error', exitCode, durationMs: performance.now() - started, env, now: new Date() });
        return exitCode;
    }
}
/** Metrics observe the gate and never decide it: a metrics file that cannot be written is a warning. */
function recordMetric(stateRoot, runner, input) {
    const record = metricRecord(input);
    try {
        appendMetric(stateRoot, record);
    }
    catch (thrown) {
        runner.warning(`The metrics line of this run was not written: ${thrown instanceof Error ? thrown.message : String(thrown)}.`);
    }
}
/** The findings table and the action's own section, each capped, the whole within GitHub's limit. */
function summaryOf(render, report, links, appendix) {
    if (!appendix)
        return (0,summary_budget/* capMarkdown */.y3)(render(report, links), summary_budget/* SUMMARY_BYTE_LIMIT */.Kj);
    const section = (0,summary_budget/* capMarkdown */.y3)(appendix, summary_budget/* APPENDIX_BYTE_LIMIT */.Zf);
    const findings = render(report, links, summary_budget/* SUMMARY_BYTE_LIMIT */.Kj - (0,summary_budget/* byteLength */.dp)(section) - 2);
    return (0,summary_budget/* capMarkdown */.y3)(`${findings}\n${section}\n`, summary_budget/* SUMMARY_BYTE_LIMIT */.Kj);
}
function quiescePolicy(config) {
    return { policy: (0,config_layers/* valueAt */.fK)(config.values, 'quiesce.policy'), timeoutMs: (0,config_layers/* valueAt */.fK)(config.values, 'quiesce.timeout-seconds') * 1000 };
}
/** Refused environment variables by label, once each (the default and the configured patterns can both match one). */
function refusedVariables(refused) {
    const variables = new Map();
    for (const { label, refusal } of refused)
        if (label.startsWith('env '))
            variables.set(label, refusal);
    return variables;
}


/***/ }),

/***/ 57930:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  V: () => (/* binding */ runMain)
});

;// CONCATENATED MODULE: ./packages/core/src/redact/intervals.ts
/**
 * Spans of text to replace, from any number of matchers, merged so that
 * overlapping or adjacent secrets become one replacement (nothing of either
 * survives between them). Pure.
 */
/** Sorted, non-overlapping spans; a merged span keeps the rule of its first part. */
function mergeSpans(spans) {
    if (spans.length <= 1)
        return [...spans];
    const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
    const merged = [{ ...sorted[0] }];
    for (let index = 1; index < sorted.length; index++) {
        const span = sorted[index];
        const last = merged[merged.length - 1];
        if (span.start <= last.end)
            last.end = Math.max(last.end, span.end);
        else
            merged.push({ ...span });
    }
    return merged;
}
/** The text with each merged span replaced. */
function replaceSpans(text, spans, replacement) {
    if (spans.length === 0)
        return text;
    let result = '';
    let cursor = 0;
    for (const span of mergeSpans(spans)) {
        result += text.slice(cursor, span.start) + replacement(span);
        cursor = span.end;
    }
    return result + text.slice(cursor);
}
/** The bytes with each merged span replaced; `replacement` is ASCII. */
function replaceByteSpans(bytes, spans, replacement) {
    const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (spans.length === 0)
        return source;
    const parts = [];
    let cursor = 0;
    for (const span of mergeSpans(spans)) {
        parts.push(source.subarray(cursor, span.start), Buffer.from(replacement(span), 'latin1'));
        cursor = span.end;
    }
    parts.push(source.subarray(cursor));
    return Buffer.concat(parts);
}

;// CONCATENATED MODULE: ./packages/core/src/redact/skip-scan.ts
/**
 * A Wu–Manber shift table over four-byte grams, for when every literal is
 * long: the scan looks at the last four bytes of a window as long as the
 * shortest literal (at most WINDOW_MAX) and, unless those bytes end a gram of
 * some literal's first `window` bytes, jumps ahead by as much as the window
 * allows. With secrets of 20+ bytes most steps skip a dozen bytes, where the
 * per-position filter looks at every byte. Only the windows whose gram ends a
 * literal prefix report a candidate start, in ascending order. Pure.
 */
/** Below this shortest length the possible jumps are too short to pay for the table. */
const SKIP_MIN_LITERAL = 8;
/** A longer window jumps further but fills the table with more grams: 16 balances the two for thousands of literals. */
const WINDOW_MAX = 16;
/** At most 2^20 one-byte shifts = 1 MiB: for thousands of literals (redact-logs' known forms). */
const MAX_TABLE_BITS = 20;
/**
 * Slots per gram of the literals' distinct windows: a table at most 1/32 full (as 1 MiB is for about 2,500
 * windows) rarely stops a scan on a slot another gram set. A secret's forms need a few KiB to 64 KiB instead of
 * the 1 MiB table filled when a long text is first redacted (256 fresh pages).
 */
const SLOTS_PER_GRAM = 32;
const MIN_TABLE_BITS = 10;
class ShiftTable {
    window;
    shifts;
    /** 32 less the table's bits: a gram's hash is the top bits of its product. */
    hashShift;
    constructor(literals, shortest) {
        this.window = Math.min(shortest, WINDOW_MAX);
        const window = this.window;
        const bits = tableBits(literals, window);
        this.shifts = new Uint8Array(1 << bits);
        this.hashShift = 32 - bits;
        const hashShift = this.hashShift;
        // No gram of any literal's first `window` bytes ends here: a window can move by its length less the gram's.
        this.shifts.fill(window - 3);
        for (const bytes of literals) {
            for (let end = 3; end < window; end++) {
                const hash = gramHash(bytes[end - 3] | (bytes[end - 2] << 8) | (bytes[end - 1] << 16) | (bytes[end] << 24), hashShift);
                const shift = window - 1 - end;
                if (shift < this.shifts[hash])
                    this.shifts[hash] = shift;
            }
        }
    }
    /** The table's bytes (one shift per slot). */
    get size() {
        return this.shifts.length;
    }
    /**
     * Calls `candidate(start)` for every start in [from, to - window] where a
     * literal could begin, ascending; every real occurrence is among them.
     */
    scan(haystack, from, to, candidate) {
        const shifts = this.shifts;
        const hashShift = this.hashShift;
        const back = this.window - 1;
        for (let end = from + back; end < to;) {
            const gram = haystack[end - 3] | (haystack[end - 2] << 8) | (haystack[end - 1] << 16) | (haystack[end] << 24);
            const shift = shifts[gramHash(gram, hashShift)];
            if (shift > 0) {
                end += shift;
                continue;
            }
            candidate(end - back);
            end++;
        }
    }
}
/**
 * The table's bits for these literals' grams. Literals often share their first `window` bytes (a secret's
 * forms, the starts of its wrapped forms): their distinct windows are counted, below the size at which the
 * literals alone fill the largest table.
 */
function tableBits(literals, window) {
    const grams = window - 3;
    if (literals.length * grams * SLOTS_PER_GRAM >= 2 ** MAX_TABLE_BITS)
        return MAX_TABLE_BITS;
    const windows = new Set();
    for (const bytes of literals) {
        // FNV-1a of the window, kept in 30 bits (small integers in the set); a collision only undercounts by one.
        let hash = 0x811c9dc5;
        for (let at = 0; at < window; at++)
            hash = Math.imul(hash ^ bytes[at], 0x01000193);
        windows.add(hash & 0x3fffffff);
    }
    let bits = MIN_TABLE_BITS;
    while (bits < MAX_TABLE_BITS && 2 ** bits < windows.size * grams * SLOTS_PER_GRAM)
        bits++;
    return bits;
}
function gramHash(gram, hashShift) {
    return Math.imul(gram, 0x9e3779b1) >>> hashShift;
}

;// CONCATENATED MODULE: ./packages/core/src/redact/literal-matcher.ts

/**
 * Finds every occurrence of many byte strings (the known secrets in all their
 * encodings, often thousands) in one pass over bytes. A regex alternation of
 * the literals, or one indexOf per literal, is an order of magnitude slower
 * (see bench/). Pure: no I/O.
 *
 * How: every literal is at least KEY_BYTES long. At each position the last
 * four bytes form a 32-bit key, rolled in one shift per byte; a hash of the key
 * indexes a bitset of the literals' first four bytes. Only the rare positions
 * whose bit is set look the key up in a map and compare whole literals.
 * When every literal is long (secrets and their encodings usually are), a
 * shift table lets the scan jump over most positions instead (skip-scan.ts).
 */
/** Literals shorter than this are refused by the matcher (and by policy: they would mask ordinary words). */
const KEY_BYTES = 4;
/** 2^18 bits = 32 KiB: stays in the L1/L2 cache, and a few thousand keys fill about 1% of it. */
const FILTER_BITS = 18;
class LiteralMatcher {
    filter = new Uint8Array(1 << (FILTER_BITS - 3));
    /** Literals by their first four bytes, longest first so the first hit at a position is the longest. */
    byKey = new Map();
    /** The same as an open-addressing table in typed arrays: a lookup without a Map call in the hot loop. */
    table;
    lists;
    /** Starts and keys that passed the filter in the word loop, looked up after it. */
    pending = new Int32Array(1024);
    /** Set when every literal is at least SKIP_MIN_LITERAL long. */
    skipper;
    longest;
    count;
    constructor(literals) {
        let longest = 0;
        let shortest = Number.POSITIVE_INFINITY;
        literals.forEach((bytes, index) => {
            if (bytes.length < KEY_BYTES)
                throw new RangeError(`literal ${index} is shorter than ${KEY_BYTES} bytes`);
            longest = Math.max(longest, bytes.length);
            shortest = Math.min(shortest, bytes.length);
            const key = keyAt(bytes, 0);
            const hash = hashKey(key);
            this.filter[hash >>> 3] |= 1 << (hash & 7);
            const list = this.byKey.get(key) ?? [];
            list.push({ bytes, index });
            this.byKey.set(key, list);
        });
        for (const list of this.byKey.values())
            list.sort((a, b) => b.bytes.length - a.bytes.length);
        this.lists = [...this.byKey.values()];
        this.table = new KeyTable([...this.byKey.keys()]);
        this.longest = longest;
        this.count = literals.length;
        this.skipper = literals.length > 0 && shortest >= SKIP_MIN_LITERAL ? new ShiftTable(literals, shortest) : undefined;
    }
    /**
     * Every position where a literal starts, with the longest literal there.
     * Overlapping matches are all reported; callers merge them.
     */
    findAll(haystack, from = 0, to = haystack.length) {
        const matches = [];
        let lastStart = -1;
        // Candidates are longest first, so the first visit at a position is the longest literal there.
        this.visit(haystack, from, to, (literal, start, end) => {
            if (start === lastStart)
                return;
            lastStart = start;
            matches.push({ start, end, literal });
        });
        return matches;
    }
    /** Calls `onMatch` for every literal that occurs, at every position, longest first at each position. */
    visit(haystack, from, to, onMatch) {
        if (this.count === 0 || to - from < KEY_BYTES)
            return;
        if (this.skipper) {
            this.skipper.scan(haystack, from, to, (start) => {
                const list = this.table.find(keyAt(haystack, start));
                if (list >= 0)
                    this.compare(haystack, start, to, this.lists[list], onMatch);
            });
            return;
        }
        // Aligned 32-bit words carry four bytes per load (about 1.6x the byte loop); the unaligned ends go byte by byte.
        const firstWord = Math.ceil((haystack.byteOffset + from) / 4);
        const endWord = Math.floor((haystack.byteOffset + to) / 4);
        if (!LITTLE_ENDIAN || endWord - firstWord < 4)
            return this.visitBytes(haystack, from, to - KEY_BYTES, to, onMatch);
        const wordsStart = firstWord * 4 - haystack.byteOffset;
        const wordsEnd = endWord * 4 - haystack.byteOffset;
        this.visitBytes(haystack, from, wordsStart, to, onMatch);
        this.visitWords(haystack, new Uint32Array(haystack.buffer, firstWord * 4, endWord - firstWord), wordsStart, to, onMatch);
        this.visitBytes(haystack, wordsEnd - 3, to - KEY_BYTES, to, onMatch);
    }
    /** Starts in [firstStart, lastStart], one byte at a time. */
    visitBytes(haystack, firstStart, lastStart, to, onMatch) {
        const filter = this.filter;
        for (let start = firstStart; start <= lastStart; start++) {
            const key = haystack[start] | (haystack[start + 1] << 8) | (haystack[start + 2] << 16) | (haystack[start + 3] << 24);
            const hash = Math.imul(key, 0x9e3779b1) >>> (32 - FILTER_BITS);
            if ((filter[hash >>> 3] & (1 << (hash & 7))) === 0)
                continue;
            const list = this.table.find(key);
            if (list >= 0)
                this.compare(haystack, start, to, this.lists[list], onMatch);
        }
    }
    /**
     * Starts from wordsStart + 1 to the last start whose key ends inside the
     * words, four per word (little-endian keys). The loop only records the
     * positions that pass the filter; they are looked up and compared
     * afterwards, in order.
     */
    visitWords(haystack, words, wordsStart, to, onMatch) {
        const filter = this.filter;
        const shift = 32 - FILTER_BITS;
        let pending = this.pending;
        let count = 0;
        let previous = words[0] | 0;
        for (let index = 1; index < words.length; index++) {
            const word = words[index] | 0;
            if (count + 8 > pending.length)
                pending = this.grow(count);
            // Keys starting 3, 2 and 1 bytes before this word, then the word itself: ascending starts.
            // Unrolled, and a filter hit only records (start, key): any more work in these branches slowed the whole loop by half.
            const base = wordsStart + index * 4;
            const k1 = (previous >>> 8) | (word << 24);
            const k2 = (previous >>> 16) | (word << 16);
            const k3 = (previous >>> 24) | (word << 8);
            let hash = Math.imul(k1, 0x9e3779b1) >>> shift;
            if (filter[hash >>> 3] & (1 << (hash & 7)))
                (pending[count++] = base - 3), (pending[count++] = k1);
            hash = Math.imul(k2, 0x9e3779b1) >>> shift;
            if (filter[hash >>> 3] & (1 << (hash & 7)))
                (pending[count++] = base - 2), (pending[count++] = k2);
            hash = Math.imul(k3, 0x9e3779b1) >>> shift;
            if (filter[hash >>> 3] & (1 << (hash & 7)))
                (pending[count++] = base - 1), (pending[count++] = k3);
            hash = Math.imul(word, 0x9e3779b1) >>> shift;
            if (filter[hash >>> 3] & (1 << (hash & 7)))
                (pending[count++] = base), (pending[count++] = word);
            previous = word;
        }
        for (let at = 0; at < count; at += 2) {
            const list = this.table.find(pending[at + 1]);
            if (list >= 0)
                this.compare(haystack, pending[at], to, this.lists[list], onMatch);
        }
    }
    grow(count) {
        const larger = new Int32Array(this.pending.length * 2);
        larger.set(this.pending.subarray(0, count));
        this.pending = larger;
        return larger;
    }
    compare(haystack, start, to, candidates, onMatch) {
        outer: for (const candidate of candidates) {
            const bytes = candidate.bytes;
            if (start + bytes.length > to)
                continue;
            for (let offset = KEY_BYTES; offset < bytes.length; offset++) {
                if (haystack[start + offset] !== bytes[offset])
                    continue outer;
            }
            onMatch(candidate.index, start, start + bytes.length);
        }
    }
}
/** Four-byte keys to list indexes: linear probing over typed arrays, at most a quarter full. */
class KeyTable {
    keys;
    values;
    shift;
    mask;
    constructor(keys) {
        let bits = 4;
        while (1 << bits < keys.length * 4)
            bits++;
        this.keys = new Int32Array(1 << bits);
        this.values = new Int32Array(1 << bits).fill(-1);
        this.shift = 32 - bits;
        this.mask = (1 << bits) - 1;
        keys.forEach((key, index) => {
            let slot = Math.imul(key, 0x85ebca6b) >>> this.shift;
            while (this.values[slot] !== -1)
                slot = (slot + 1) & this.mask;
            this.keys[slot] = key;
            this.values[slot] = index;
        });
    }
    /** The list index of a key, or -1. */
    find(key) {
        for (let slot = Math.imul(key, 0x85ebca6b) >>> this.shift;; slot = (slot + 1) & this.mask) {
            const value = this.values[slot];
            if (value === -1 || this.keys[slot] === key)
                return value;
        }
    }
}
/** Word keys are read little-endian, as keyAt builds them; a big-endian host takes the byte loop. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
function keyAt(bytes, at) {
    return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) | 0;
}
function hashKey(key) {
    return Math.imul(key, 0x9e3779b1) >>> (32 - FILTER_BITS);
}

// EXTERNAL MODULE: ./packages/core/src/redact/secret-strength.ts
var secret_strength = __nccwpck_require__(35733);
// EXTERNAL MODULE: ./packages/core/src/runner/workflow-command.ts
var workflow_command = __nccwpck_require__(40775);
// EXTERNAL MODULE: ./packages/core/src/report/markdown.ts
var markdown = __nccwpck_require__(97195);
// EXTERNAL MODULE: ./packages/core/src/report/well-formed.ts
var well_formed = __nccwpck_require__(79168);
;// CONCATENATED MODULE: ./packages/core/src/redact/secret-variants.ts



/**
 * The encoded forms a secret can take in output, so that redacting the raw
 * value alone is not enough. Covers every encoder the GitHub runner's masker
 * registers (base64 at three alignments, command-line argument escaping,
 * expression string escaping, JSON string escaping, URI data escaping, XML
 * escaping, trimmed quotes, the two PowerShell ampersand sections) and more:
 * URL-safe base64, hex, other JSON and URL dialects, base64 wrapped at
 * MIME/PEM line widths, and gates' own escapings (Markdown, HTML entities,
 * workflow-command data). Pure.
 *
 * gates redacts before it escapes; its own escapings are here as a second
 * line of defence, and so that the runner's masker (which gets every form
 * through `::add-mask::`) hides them too.
 */
/** Line widths at which base64 is commonly wrapped: MIME (RFC 2045) and PEM (RFC 7468). */
const WRAP_WIDTHS = [76, 64];
/**
 * The characters of base64(secret) that depend on the secret alone, at each of
 * the three byte alignments it can have inside a longer blob (so a secret in
 * `base64("user:" + secret)` is found). Characters that mix in bits of unknown
 * neighbouring bytes are dropped, and so is padding, so `base64(secret + "\n")`
 * is found too.
 */
function base64Fragments(secret, alphabet = 'standard') {
    const bytes = Buffer.from(secret, 'utf8');
    const fragments = [];
    for (let offset = 0; offset < 3; offset++) {
        const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString(alphabet === 'url' ? 'base64url' : 'base64');
        const first = Math.ceil((offset * 8) / 6);
        const last = Math.floor(((offset + bytes.length) * 8) / 6);
        const fragment = encoded.slice(first, last);
        if (fragment.length > 0)
            fragments.push(fragment);
    }
    return fragments;
}
/**
 * A base64 fragment as it appears when the blob around it is wrapped every
 * `width` characters: the first break can fall after any of the fragment's
 * first `width` characters, then every `width` after it; `\n` or `\r\n`.
 */
function wrappedForms(fragment, width) {
    const forms = [];
    for (let firstBreak = 1; firstBreak < Math.min(fragment.length, width + 1); firstBreak++) {
        const pieces = [fragment.slice(0, firstBreak)];
        for (let at = firstBreak; at < fragment.length; at += width)
            pieces.push(fragment.slice(at, at + width));
        forms.push(pieces.join('\n'), pieces.join('\r\n'));
    }
    return forms;
}
function jsonEscaped(secret) {
    return JSON.stringify(secret).slice(1, -1);
}
/** JSON as Python's json.dumps writes it by default: non-ASCII as \uXXXX, and `/` as some PHP encoders write it. */
function jsonAsciiEscaped(secret) {
    return jsonEscaped(secret).replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** RFC 3986 escaping (.NET's Uri.EscapeDataString): encodeURIComponent leaves !'()* as they are. */
function rfc3986Escaped(secret) {
    return encodeURIComponent(secret).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** .NET SecurityElement.Escape, as the runner uses. */
function xmlEscaped(secret) {
    return secret.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]);
}
/** The runner's PowerShell sections: colour codes can split a secret at `&` (or after `&+` and one letter). */
function powerShellSections(secret) {
    if (!secret.includes('&'))
        return [];
    const plus = secret.indexOf('&+');
    const before = plus >= 0 ? secret.slice(0, plus + 2) : secret.slice(0, secret.lastIndexOf('&') + 1);
    const after = plus >= 0 ? secret.slice(plus + 3) : secret.slice(secret.lastIndexOf('&') + 1);
    // The runner's own floor for these sections.
    return [before, after].filter((section) => section.length >= 6);
}
/** Named encoders of one form; each returns the encoded forms (possibly the input unchanged). */
const ENCODERS = {
    'base64': (value) => base64Fragments(value),
    'base64url': (value) => base64Fragments(value, 'url'),
    'base64-wrapped': (value) => base64Fragments(value).flatMap((fragment) => WRAP_WIDTHS.flatMap((width) => wrappedForms(fragment, width))),
    'command-line': (value) => [value.replace(/"/g, '\\"')],
    'expression-string': (value) => [value.replace(/'/g, "''")],
    'json': (value) => [jsonEscaped(value), jsonAsciiEscaped(value), jsonEscaped(value).replace(/\//g, '\\/')],
    // encodeURIComponent throws on a lone surrogate; a URI holds such text's UTF-8, where it is U+FFFD. The last form is
    // a path's, segment by segment with its slashes kept, as SARIF's artifact URIs and the summary's links encode files.
    'uri': (value) => [encodeURIComponent((0,well_formed/* wellFormed */.E)(value)), rfc3986Escaped((0,well_formed/* wellFormed */.E)(value)), new URLSearchParams({ v: value }).toString().slice(2), (0,well_formed/* percentEncodedPath */.Z)(value)],
    'xml': (value) => [xmlEscaped(value)],
    'html': (value) => [(0,markdown/* escapeHtmlText */.SC)(value)],
    'markdown': (value) => [(0,markdown/* escapeMarkdown */.FV)(value)],
    'workflow-command': (value) => [(0,workflow_command/* escapeCommandData */.V9)(value), (0,workflow_command/* escapeCommandProperty */.YG)(value)],
    'trimmed-quotes': (value) => (/^["'].*["']$/s.test(value) && value.length > 2 ? [value.slice(1, -1)] : []),
    'powershell-ampersand': (value) => powerShellSections(value),
    'hex': (value) => [Buffer.from(value, 'utf8').toString('hex'), Buffer.from(value, 'utf8').toString('hex').toUpperCase()],
};
/**
 * The encoders whose forms are listed: all but `base64-wrapped`, whose forms
 * the redactor finds from their starts instead (wrapped-forms.ts).
 */
const UNWRAPPED_ENCODERS = Object.fromEntries(Object.entries(ENCODERS).filter(([name]) => name !== 'base64-wrapped'));
/** Every form of one secret worth searching for, the secret itself first, each at least `minLength` long. */
function secretVariants(secret, minLength, encoders = ENCODERS) {
    const forms = new Set(baseForms(secret, minLength));
    for (const form of [...forms]) {
        for (const encode of Object.values(encoders))
            for (const encoded of encode(form))
                forms.add(encoded);
    }
    return [...forms].filter((form) => form.length >= minLength);
}
/** The base64 fragments whose wrapped forms (`base64-wrapped`) are among secretVariants' forms when they are `minLength` long. */
function wrapSources(secret, minLength) {
    return baseForms(secret, minLength).flatMap((form) => base64Fragments(form));
}
/** What the encoders encode: the secret, and each of its lines (trimmed) at least `minLength` long. */
function baseForms(secret, minLength) {
    const forms = new Set([secret]);
    for (const line of secret.split(/\r?\n/))
        if (line.trim().length >= minLength)
            forms.add(line.trim());
    return [...forms];
}

;// CONCATENATED MODULE: ./packages/core/src/redact/wrapped-forms.ts

/**
 * Wrapped base64 forms found from their starts instead of listed. A
 * fragment of L characters has up to 2 x (76 + 64) wrapped forms
 * (wrappedForms: the first break after each of its first `width`
 * characters, then one every `width`, `\n` or `\r\n`), each about as long
 * as the fragment: for a runner's 1 KB token, 840 forms, 1.2 MB of text
 * built when the secret is registered and encoded and indexed when a long
 * text is first redacted. Forms with the same first break and break share
 * their start; the matcher searches for that start (the first piece, the
 * break and at most START_TAIL characters after it), and a start found is
 * followed through the rest of the fragment, piece by piece, at each width.
 * The same occurrences as the listed forms, found by the same one pass over
 * the text. Pure.
 */
/** Characters of the second piece in a start: enough that a start is rarely a false candidate, and at least the matcher's 16-byte window. */
const START_TAIL = 16;
const WIDEST = WRAP_WIDTHS.reduce((widest, width) => Math.max(widest, width), 0);
/** The length of a fragment's shortest wrapped form (the widest width, the first break as late as it goes); 0 when it has none. */
function shortestWrappedLength(fragmentLength) {
    if (fragmentLength < 2)
        return 0;
    const firstBreak = Math.min(fragmentLength - 1, WIDEST);
    return fragmentLength + 1 + Math.floor((fragmentLength - 1 - firstBreak) / WIDEST);
}
/** The starts of a base64 fragment's wrapped forms, each with the literal the matcher searches for (ASCII, so bytes are characters). */
function wrapStarts(fragment) {
    const bytes = Buffer.from(fragment, 'latin1');
    const starts = [];
    for (let firstBreak = 1; firstBreak < Math.min(fragment.length, WIDEST + 1); firstBreak++) {
        for (const separator of ['\n', '\r\n']) {
            const literal = Buffer.from(fragment.slice(0, firstBreak) + separator + fragment.slice(firstBreak, firstBreak + START_TAIL), 'latin1');
            starts.push({ literal, start: { fragment: bytes, firstBreak, breakBytes: separator.length } });
        }
    }
    return starts;
}
/**
 * The end of the longest wrapped form of the start's fragment that begins
 * at `at` (where its start was found) and ends by `to`, at least `minLength`
 * long; -1 when there is none. The start matched, so the first piece and
 * break are there: the rest is compared piece by piece at each width the
 * first break allows.
 */
function wrappedFormEnd(haystack, at, to, start, minLength) {
    const { fragment, firstBreak, breakBytes } = start;
    let longest = -1;
    for (const width of WRAP_WIDTHS) {
        if (firstBreak > width)
            continue;
        const end = followPieces(haystack, at + firstBreak, to, fragment, firstBreak, width, breakBytes);
        if (end > longest && end - at >= minLength)
            longest = end;
    }
    return longest;
}
/** From a break at `position` (before fragment[offset]): break, piece of `width`, break, …, to the fragment's end. */
function followPieces(haystack, position, to, fragment, offset, width, breakBytes) {
    while (offset < fragment.length) {
        if (position + breakBytes > to)
            return -1;
        if (breakBytes === 2 ? haystack[position] !== 0x0d || haystack[position + 1] !== 0x0a : haystack[position] !== 0x0a)
            return -1;
        position += breakBytes;
        const pieceEnd = Math.min(offset + width, fragment.length);
        if (position + (pieceEnd - offset) > to)
            return -1;
        for (; offset < pieceEnd; offset++, position++)
            if (haystack[position] !== fragment[offset])
                return -1;
    }
    return position;
}

;// CONCATENATED MODULE: ./packages/core/src/redact/redactor.ts





const REDACTED = '***';
/** Shorter secrets would mask ordinary words everywhere and make logs useless. */
const DEFAULT_MIN_SECRET_LENGTH = 4;
/** The rule id of values the redactor was told about (as opposed to pattern rules). */
const KNOWN_SECRET_RULE = 'known-secret';
/**
 * The one redactor every string gates writes passes through. It holds the
 * values known to be secret and their encoded forms; `onSecret` lets the runner
 * adapter register each with the runner's own masker.
 */
class Redactor {
    minLength;
    secrets = new Set();
    /** Every form searched for as it is: all but the wrapped base64 ones (always multi-line), found from their starts. */
    variants = new Set();
    /** Base64 fragments whose wrapped forms are searched for (wrapped-forms.ts). */
    wrapSources = new Set();
    /** Values only the runner masks (maskFound): never used by redact(). */
    found = new Set();
    rules = [];
    matcher;
    /** The UTF-8 length of the shortest form: a text too short to hold it in UTF-8 holds no secret. */
    shortestVariantBytes = Number.POSITIVE_INFINITY;
    /** Texts shorter than this (in UTF-16 code units, times three) cannot change: no rule, and no form fits in them. */
    unchangedBelow = Number.POSITIVE_INFINITY;
    listeners = [];
    constructor(minLength = DEFAULT_MIN_SECRET_LENGTH) {
        this.minLength = minLength;
        if (minLength < KEY_BYTES)
            throw new RangeError(`the minimum secret length is at least ${KEY_BYTES}`);
    }
    /** Registers a secret; returns false (and masks nothing) when it is not worth masking (see refusalOf). */
    addSecret(value) {
        return this.tryAddSecret(value) === undefined;
    }
    /** Like addSecret, saying why a value was refused. */
    tryAddSecret(value) {
        const refusal = (0,secret_strength/* refusalOf */.O)(value, this.minLength);
        if (refusal)
            return refusal;
        if (this.secrets.has(value))
            return undefined;
        this.secrets.add(value);
        for (const variant of secretVariants(value, this.minLength, UNWRAPPED_ENCODERS)) {
            if (this.variants.has(variant))
                continue;
            this.variants.add(variant);
            this.noteFormBytes(Buffer.byteLength(variant, 'utf8'));
            if (isSingleLine(variant))
                for (const listener of this.listeners)
                    listener(variant);
        }
        // The wrapped base64 forms (hundreds per fragment, each as long as it) are not listed: the runner's masker, line
        // by line, never gets them, and the matcher finds them from their starts (wrapped-forms.ts).
        for (const fragment of wrapSources(value, this.minLength)) {
            if (this.wrapSources.has(fragment))
                continue;
            this.wrapSources.add(fragment);
            const shortest = shortestWrappedLength(fragment.length);
            if (shortest >= this.minLength)
                this.noteFormBytes(shortest);
        }
        this.matcher = undefined;
        return undefined;
    }
    /** A form of this many UTF-8 bytes is searched for: a shorter text cannot hold it. */
    noteFormBytes(bytes) {
        this.shortestVariantBytes = Math.min(this.shortestVariantBytes, bytes);
        if (this.rules.length === 0)
            this.unchangedBelow = this.shortestVariantBytes;
    }
    /**
     * A value redact-logs found in a scanned file (not one the workflow declared
     * secret): handed to the runner's masker, so later steps' logs hide it, and
     * nothing else. Gates' own output is never redacted with it: such values
     * are inferred from untrusted text, and one like `pass` would turn the
     * action's own `verdict` output into `***`. The caller decides which values
     * are worth masking; multi-line values are masked line by line by the caller.
     */
    maskFound(value) {
        if (!isSingleLine(value) || value.length < this.minLength || this.found.has(value) || this.variants.has(value))
            return;
        this.found.add(value);
        for (const listener of this.listeners)
            listener(value);
    }
    addRule(rule) {
        this.rules.push(rule);
        this.unchangedBelow = 0;
    }
    /**
     * Called with every single-line form of every secret (now and for those
     * already known). The runner masks line by line, so wrapped forms would
     * never match there.
     */
    onSecret(listener) {
        this.listeners.push(listener);
        for (const variant of this.variants)
            if (isSingleLine(variant))
                listener(variant);
        for (const value of this.found)
            listener(value);
    }
    get size() {
        return this.secrets.size;
    }
    /** Every form of every known secret, the wrapped ones included, for matchers over bytes (redact-logs). */
    forms() {
        const forms = new Set();
        for (const secret of this.secrets)
            for (const form of secretVariants(secret, this.minLength))
                forms.add(form);
        return [...forms];
    }
    /** Where known secrets occur in these bytes: at each start, the longest form there. */
    findKnown(bytes, from = 0, to = bytes.length) {
        if (this.variants.size === 0)
            return [];
        const { matcher, listed, starts } = this.compiled();
        const spans = [];
        let last;
        // Every literal at every start, longest first: a wrapped form's start is followed to its end, which can be the longest there.
        matcher.visit(bytes, from, to, (literal, start, end) => {
            if (literal >= listed)
                end = wrappedFormEnd(bytes, start, to, starts[literal - listed], this.minLength);
            if (end < 0)
                return;
            if (last?.start === start)
                last.end = Math.max(last.end, end);
            else
                spans.push((last = { start, end, ruleId: KNOWN_SECRET_RULE }));
        });
        return spans;
    }
    redact(text) {
        let result = text;
        // A UTF-16 code unit is at most three bytes of UTF-8 (a surrogate pair, two units, is four): a shorter text
        // cannot hold the shortest form. Most strings of a report are far shorter than a token and its encodings
        // (a runner's ACTIONS_RUNTIME_TOKEN is about a thousand characters), and are not encoded and searched.
        if (this.variants.size > 0 && text.length * 3 >= this.shortestVariantBytes) {
            const bytes = Buffer.from(text, 'utf8');
            const spans = mergeSpans(this.findKnown(bytes));
            if (spans.length > 0)
                result = replaceByteSpans(bytes, spans, () => REDACTED).toString('utf8');
        }
        for (const rule of this.rules)
            result = rule(result);
        return result;
    }
    /** Deep-redacts strings inside JSON-like data (reports, outputs). */
    redactValue(value) {
        // Nothing registered: nothing to find, and reports can be large.
        if (this.variants.size === 0 && this.rules.length === 0)
            return value;
        // Each distinct string is redacted once per call: a report repeats its keys, rule ids, severities, messages and
        // paths thousands of times, and redacting one (its bytes encoded and searched) cost far more than a lookup.
        // Redaction is a function of the string alone while the call runs (no secret is added meanwhile), so the
        // result is the same as redacting every occurrence.
        return this.redactDeep(value, new Map());
    }
    /**
     * A plain object or array in which nothing changes is returned as it is, not copied: a report's thousands of
     * findings usually hold no secret, and copying each (then collecting the copies) was most of what redacting a
     * report cost. A copy is what it was: own enumerable string keys in order; anything else that is an object
     * (a class instance, a Date) is always copied so, as JSON sees it.
     */
    redactDeep(value, seen) {
        if (typeof value === 'string')
            return this.redactOnce(value, seen);
        if (Array.isArray(value)) {
            if (value.constructor !== Array)
                return value.map((item) => this.redactDeep(item, seen));
            let copy;
            for (let index = 0; index < value.length; index++) {
                const original = value[index];
                // A hole: map() keeps it as a hole, which only it does.
                if (original === undefined && !(index in value))
                    return value.map((item) => this.redactDeep(item, seen));
                const item = this.redactItem(original, seen);
                if (copy === undefined) {
                    if (item === original)
                        continue;
                    copy = value.slice(0, index);
                }
                copy.push(item);
            }
            return (copy ?? value);
        }
        if (value && typeof value === 'object') {
            const source = value;
            const prototype = Object.getPrototypeOf(value);
            let copy = prototype === Object.prototype || prototype === null ? undefined : {};
            const keys = Object.keys(source);
            for (let index = 0; index < keys.length; index++) {
                const key = keys[index];
                const redactedKey = this.redactOnce(key, seen);
                const original = source[key];
                const item = this.redactItem(original, seen);
                if (copy === undefined) {
                    if (redactedKey === key && item === original)
                        continue;
                    // The first change: the keys before it are copied as they are.
                    copy = {};
                    for (let before = 0; before < index; before++)
                        setOwn(copy, keys[before], source[keys[before]]);
                }
                setOwn(copy, redactedKey, item);
            }
            return (copy ?? value);
        }
        return value;
    }
    /**
     * An element or property value: numbers, booleans and short strings (most of a report) are answered here
     * without a call. redactDeep runs a few times per run over thousands of findings, mostly unoptimised, where
     * a call per value costs more than the checks.
     */
    redactItem(value, seen) {
        if (typeof value === 'string')
            return value.length * 3 < this.unchangedBelow ? value : this.redactOnce(value, seen);
        return typeof value === 'object' && value !== null ? this.redactDeep(value, seen) : value;
    }
    redactOnce(text, seen) {
        // Cheaper than the lookup: most strings of a report are too short to hold a secret.
        if (text.length * 3 < this.unchangedBelow)
            return text;
        let redacted = seen.get(text);
        if (redacted === undefined)
            seen.set(text, (redacted = this.redact(text)));
        return redacted;
    }
    /** One matcher for the listed forms, then the starts of the wrapped ones. */
    compiled() {
        if (this.matcher)
            return this.matcher;
        const literals = [...this.variants].map((variant) => Buffer.from(variant, 'utf8'));
        const listed = literals.length;
        const starts = [];
        for (const fragment of this.wrapSources) {
            for (const { literal, start } of wrapStarts(fragment)) {
                literals.push(literal);
                starts.push(start);
            }
        }
        this.matcher = { matcher: new LiteralMatcher(literals), listed, starts };
        return this.matcher;
    }
}
/**
 * A plain assignment, except `__proto__`, which becomes an own property (as fromEntries makes it). A key redacted
 * to one already set keeps its first place and takes the later value, as fromEntries did.
 */
function setOwn(target, key, item) {
    if (key === '__proto__')
        Object.defineProperty(target, key, { value: item, enumerable: true, writable: true, configurable: true });
    else
        target[key] = item;
}
function isSingleLine(value) {
    return !value.includes('\n') && !value.includes('\r');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./packages/core/src/runner/file-command.ts

/**
 * The runner's file-command format for GITHUB_OUTPUT, GITHUB_STATE and
 * GITHUB_ENV: `name<<delimiter`, the value, the delimiter. The delimiter is
 * random so a value cannot end the block early; names and values that contain
 * it are refused, as the runner's toolkit does.
 */
function formatFileCommand(name, value, delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`) {
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`name or value contains the delimiter ${delimiter}`);
    }
    if (/[\r\n]/.test(name))
        throw new Error(`name "${name}" contains a line break`);
    return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}
/** Parses a file written in that format (what the runner does after the step). */
function parseFileCommands(text) {
    const result = {};
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line === '')
            continue;
        const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
        if (heredoc) {
            const [, name, delimiter] = heredoc;
            const body = [];
            for (i++; i < lines.length && lines[i] !== delimiter; i++)
                body.push(lines[i]);
            if (i >= lines.length)
                throw new Error(`unterminated value for ${name}`);
            result[name] = body.join('\n');
        }
        else {
            const eq = line.indexOf('=');
            if (eq > 0)
                result[line.slice(0, eq)] = line.slice(eq + 1);
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/core/src/runner/neutralise-commands.ts

/**
 * Keeps untrusted text printed to a job log from being read as workflow
 * commands. How the runner reads a step's output (actions/runner,
 * ActionCommandManager and ActionCommand):
 * - it splits output into lines at CR LF, a lone CR and a lone LF
 *   (.NET StreamReader.ReadLine);
 * - a line whose text after leading whitespace (.NET String.TrimStart)
 *   starts with `::` is a command: `::name props::data`;
 * - the legacy form `##[name props]data` is a command wherever it stands in
 *   the line, and is still parsed;
 * - `::stop-commands::TOKEN` turns all of that off until a line `::TOKEN::`.
 * set-output, save-state and add-mask are still live that way (set-env and
 * add-path only when a workflow allows unsecure commands).
 */
/** What .NET's TrimStart removes: every Unicode white space character. */
const COMMAND_START = /^([\t\v\f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*):(?=:)/;
const LEGACY_COMMAND = /##\[/g;
/**
 * Every line of the text made inert: a `::` at the start of a line becomes
 * `%3A:` and every `##[` becomes `##%5B` (the runner's own escapes for `:`
 * and `[`), visibly so. Lines are cut where the runner cuts them (CR LF, CR,
 * LF) and the breaks kept as they are, so text without a command is written
 * byte for byte as @actions/core writes it (test/core/runner-differential.test.ts). Pure.
 */
function neutraliseCommands(text) {
    if (!text.includes('::') && !text.includes('##['))
        return text;
    return text.replace(/[^\r\n]+/g, (line) => line.replace(COMMAND_START, '$1%3A').replace(LEGACY_COMMAND, '##%5B'));
}
/**
 * A long untrusted block (a diff) printed as it is, between
 * `::stop-commands::TOKEN` and `::TOKEN::`: nothing in it is a command, and
 * it cannot end the block itself, since the token is random and new each
 * time. The block's own line breaks become `\n`. Pure but for the token.
 */
function stopCommandsBlock(text, token = newToken(text)) {
    const body = text.split(/\r\n|\r|\n/).join('\n');
    return `::stop-commands::${token}\n${body}\n::${token}::\n`;
}
/** 128 random bits as hex, drawn again in the (astronomically unlikely) case the text holds them. */
function newToken(text) {
    for (;;) {
        const token = (0,external_node_crypto_.randomBytes)(16).toString('hex');
        if (!text.includes(token))
            return token;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/runner/github-runner.ts




/**
 * The GitHub Actions runner: log lines and workflow commands on stdout,
 * outputs/state/env/summary through the files the runner names in
 * GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV and GITHUB_STEP_SUMMARY.
 * Written against the documented protocol rather than @actions/core: the
 * protocol is a few lines, and the toolkit doubles the action's cold start.
 * The bytes are the toolkit's (test/core/runner-differential.test.ts).
 */
class GitHubRunner {
    env;
    redactor;
    write;
    kind = 'github';
    recorded = {};
    constructor(env, redactor, write = (text) => process.stdout.write(text)) {
        this.env = env;
        this.redactor = redactor;
        this.write = write;
        // The runner hides masked values from its own log, including later steps'.
        redactor.onSecret((value) => this.write(`::add-mask::${(0,workflow_command/* escapeCommandData */.V9)(value)}\n`));
    }
    get outputs() {
        return this.recorded;
    }
    /** Redacted first, then every line made inert: the text is printed, never run as a workflow command. */
    info(line) {
        this.write(`${neutraliseCommands(this.safe(line))}\n`);
    }
    block(text) {
        this.write(stopCommandsBlock(this.safe(text)));
    }
    warning(line) {
        this.write(`::warning::${(0,workflow_command/* escapeCommandData */.V9)(this.safe(line))}\n`);
    }
    debug(line) {
        this.write(`::debug::${(0,workflow_command/* escapeCommandData */.V9)(this.safe(line))}\n`);
    }
    annotation(command) {
        this.write(`${this.safe(command)}\n`);
    }
    async group(title, body) {
        this.write(`::group::${(0,workflow_command/* escapeCommandData */.V9)(this.safe(title))}\n`);
        try {
            return await body();
        }
        finally {
            this.write('::endgroup::\n');
        }
    }
    setOutput(name, value) {
        const safe = this.safe(value);
        this.recorded[name] = safe;
        this.fileCommand('GITHUB_OUTPUT', 'set-output', name, safe);
    }
    saveState(name, value) {
        this.fileCommand('GITHUB_STATE', 'save-state', name, this.safe(value));
    }
    exportVariable(name, value) {
        this.fileCommand('GITHUB_ENV', 'set-env', name, this.safe(value));
    }
    appendSummary(markdown) {
        const file = this.env.GITHUB_STEP_SUMMARY;
        if (file)
            (0,external_node_fs_.appendFileSync)(file, `${this.safe(markdown)}\n`, 'utf8');
    }
    /**
     * Without the runner's file (runners before 2.297 set none), the toolkit writes the older workflow command
     * instead, and so does this; for `set-output` it first ends any unfinished line, as the toolkit does.
     */
    fileCommand(variable, legacyCommand, name, value) {
        const file = this.env[variable];
        if (file)
            (0,external_node_fs_.appendFileSync)(file, formatFileCommand(name, value), 'utf8');
        else
            this.write(`${legacyCommand === 'set-output' ? '\n' : ''}${(0,workflow_command/* formatCommand */.fE)(legacyCommand, { name }, value)}\n`);
    }
    safe(text) {
        return this.redactor.redact(text);
    }
}

// EXTERNAL MODULE: ./packages/core/src/action/report-error.ts + 1 modules
var report_error = __nccwpck_require__(937);
;// CONCATENATED MODULE: ./packages/core/src/action/crash-handlers.ts

/**
 * Last line of defence for an entry point: an exception or rejection that
 * escapes everything else is reported like any other internal error (exit 4,
 * no stack trace unless debug) instead of Node's raw trace.
 */
function installCrashHandlers(host, action) {
    const crash = (thrown) => {
        process.exitCode = (0,report_error/* reportError */.N)(thrown, host, action);
        process.exit();
    };
    process.on('uncaughtException', crash);
    process.on('unhandledRejection', crash);
}

// EXTERNAL MODULE: ./packages/core/src/action/run-action.ts + 18 modules
var run_action = __nccwpck_require__(79677);
// EXTERNAL MODULE: ./packages/core/src/state-transport/segment-store.ts
var segment_store = __nccwpck_require__(96238);
;// CONCATENATED MODULE: ./packages/core/src/action/run-main.ts





/** The whole body of an action bundle's entry point: run on the GitHub runner, set the exit code. */
async function runMain(definition) {
    const redactor = new Redactor();
    const runner = new GitHubRunner(process.env, redactor);
    installCrashHandlers({ env: process.env, runner, redactor }, definition.name);
    definition.processSetup?.();
    process.exitCode = await (0,run_action/* runAction */.Cs)(definition, { env: process.env, runner, redactor });
    // A state transport given up at its deadline may leave a hung socket or the client's retry timers behind: the step ends now, not when they do.
    if ((0,segment_store/* transportAbandoned */.uB)())
        process.exit(process.exitCode);
}


/***/ }),

/***/ 2669:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OK: () => (/* binding */ hashRecord),
/* harmony export */   Pv: () => (/* binding */ nextRecord),
/* harmony export */   hN: () => (/* binding */ recordProblem),
/* harmony export */   si: () => (/* binding */ GENESIS_HASH),
/* harmony export */   zz: () => (/* binding */ parseChain)
/* harmony export */ });
/* unused harmony exports RECORD_FIELDS, canonicalJson */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The audit ledger's record format and its chain, pure. Each record carries
 * the SHA-256 of the previous one (a hash chain) and a Lamport counter that
 * strictly increases, so an edited, deleted, reordered or inserted record
 * breaks the chain at a line that can be named. docs/audit.md states it.
 */
const GENESIS_HASH = '0'.repeat(64);
/** Every top-level field a record may have: one that is not hashed could carry anything past verification. */
const RECORD_FIELDS = ['lamport', 'time', 'origin', 'prev', 'event', 'hash'];
const HASH = /^[0-9a-f]{64}$/;
/** JSON with object keys sorted at every level, so the hash does not depend on key order. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, item]) => item !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
function hashRecord(record) {
    const { lamport, time, origin, prev, event } = record;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalJson({ lamport, time, origin, prev, event })).digest('hex');
}
function nextRecord(previous, event, time, observedLamport = 0, origin) {
    const lamport = Math.max(previous?.lamport ?? 0, observedLamport) + 1;
    const partial = { lamport, time, ...(origin ? { origin } : {}), prev: previous?.hash ?? GENESIS_HASH, event };
    return { ...partial, hash: hashRecord(partial) };
}
/** Why a parsed line is not a well-formed record, or undefined. */
function recordProblem(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return 'not a ledger record';
    const record = value;
    const unknown = Object.keys(record).find((key) => !RECORD_FIELDS.includes(key));
    if (unknown !== undefined)
        return `unknown field ${JSON.stringify(unknown)} (records have only ${RECORD_FIELDS.join(', ')})`;
    if (!Number.isSafeInteger(record.lamport))
        return 'lamport is not an integer';
    if (typeof record.time !== 'string')
        return 'time is not a string';
    if (typeof record.prev !== 'string' || !HASH.test(record.prev))
        return 'prev is not a SHA-256 hash';
    if (typeof record.hash !== 'string' || !HASH.test(record.hash))
        return 'hash is not a SHA-256 hash';
    if (typeof record.event !== 'object' || record.event === null || Array.isArray(record.event))
        return 'event is not an object';
    if (record.origin !== undefined)
        return originProblem(record.origin);
    return undefined;
}
function originProblem(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return 'origin is not an object';
    const origin = value;
    if (!Number.isSafeInteger(origin.mono) || origin.mono < 0)
        return 'origin.mono is not a whole number';
    const text = Object.entries(origin).find(([key, item]) => key !== 'mono' && typeof item !== 'string');
    return text ? `origin.${text[0]} is not a string` : undefined;
}
/** Parses and verifies the chain of a ledger's text (JSON Lines). */
function parseChain(text) {
    const lines = text.split('\n');
    const complete = lines[lines.length - 1] === '';
    if (complete)
        lines.pop();
    const records = [];
    for (let index = 0; index < lines.length; index++) {
        const line = index + 1;
        let parsed;
        try {
            parsed = JSON.parse(lines[index]);
        }
        catch {
            if (!complete && index === lines.length - 1)
                return { records, tornTail: { line, keepChars: text.length - lines[index].length } };
            return { records, problem: { line, reason: 'not valid JSON' } };
        }
        const shape = recordProblem(parsed);
        if (shape)
            return { records, problem: { line, reason: shape } };
        const record = parsed;
        if (hashRecord(record) !== record.hash)
            return { records, problem: { line, reason: 'content does not match its hash (edited)' } };
        const previous = records[records.length - 1];
        if (record.prev !== (previous?.hash ?? GENESIS_HASH)) {
            return { records, problem: { line, reason: 'does not follow the previous record (deleted, inserted or reordered)' } };
        }
        if (record.lamport <= (previous?.lamport ?? 0))
            return { records, problem: { line, reason: 'Lamport counter does not increase' } };
        records.push(record);
    }
    return { records };
}


/***/ }),

/***/ 4860:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uo: () => (/* binding */ headOf),
/* harmony export */   dI: () => (/* binding */ anchorOf),
/* harmony export */   ww: () => (/* binding */ parseHead),
/* harmony export */   xE: () => (/* binding */ EMPTY_HEAD)
/* harmony export */ });
/* unused harmony export verifyLedgerText */
/* harmony import */ var _hash_chain_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2669);


const EMPTY_HEAD = { count: 0, hash: _hash_chain_js__WEBPACK_IMPORTED_MODULE_0__/* .GENESIS_HASH */ .si, lamport: 0 };
function headOf(records) {
    const last = records[records.length - 1];
    return last ? { count: records.length, hash: last.hash, lamport: last.lamport } : EMPTY_HEAD;
}
/** The head in a head file's text, or why there is none: only exactly this shape is a head (`null`, `{}` are not). */
function parseHead(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return 'the head file is not JSON';
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return 'the head file holds no head';
    const head = value;
    const keys = Object.keys(head).sort().join(',');
    if (keys !== 'count,hash,lamport')
        return `the head file has fields ${keys || '(none)'}, not count, hash and lamport`;
    if (!Number.isSafeInteger(head.count) || head.count < 0)
        return 'the head count is not a whole number';
    if (typeof head.hash !== 'string' || !/^[0-9a-f]{64}$/.test(head.hash))
        return 'the head hash is not a SHA-256 hash';
    if (!Number.isSafeInteger(head.lamport) || head.lamport < 0)
        return 'the head Lamport counter is not a whole number';
    return head;
}
function anchorOf(records, head, headProblem = 'there is no head file') {
    if (!head)
        return records.length === 0 ? { kind: 'empty' } : { kind: 'unanchored', why: headProblem };
    if (head.count > records.length) {
        return { kind: 'broken', problem: { line: records.length + 1, reason: `ledger ends early: head says ${head.count} record(s), file has ${records.length} (truncated)` } };
    }
    const named = head.count === 0 ? EMPTY_HEAD : headOf(records.slice(0, head.count));
    if (named.hash !== head.hash) {
        return { kind: 'broken', problem: { line: Math.max(head.count, 1), reason: `record ${head.count} is not the one the head names (rewritten)` } };
    }
    if (named.lamport !== head.lamport) {
        return { kind: 'broken', problem: { line: Math.max(head.count, 1), reason: `the head's Lamport counter ${head.lamport} does not match record ${head.count} (${named.lamport})` } };
    }
    return head.count === records.length ? { kind: 'anchored' } : { kind: 'beyond-head', extra: records.length - head.count };
}
/** Verifies a ledger's text: the chain, then the head file, then a given head. Pure. */
function verifyLedgerText(text, options = {}) {
    const chain = parseChain(text);
    if (chain.problem) {
        // A published head tells the authentic records from forged ones next to them (an insertion is named, not its honest neighbour).
        const located = options.givenHead === undefined ? undefined : firstBadLine(text, options.givenHead);
        return located !== undefined && located < chain.problem.line
            ? { ok: false, line: located, reason: 'is not a record of the chain that leads to the given head (inserted, duplicated or reordered)' }
            : { ok: false, ...chain.problem };
    }
    const { records, tornTail } = chain;
    const head = typeof options.head === 'object' ? options.head : undefined;
    // An incomplete line the head counts was complete once: cut since, not left by a crash.
    if (tornTail && head && head.count > records.length)
        return { ok: false, line: tornTail.line, reason: 'the last record is incomplete, and the head counts it (cut)' };
    const anchor = anchorOf(records, head, typeof options.head === 'string' ? options.head : undefined);
    if (anchor.kind === 'broken')
        return { ok: false, ...anchor.problem };
    const result = { ok: true, count: records.length, head: headOf(records), anchor, ...(tornTail ? { incompleteLine: tornTail.line } : {}) };
    if (options.givenHead !== undefined) {
        const at = options.givenHead === GENESIS_HASH ? 0 : records.findIndex((record) => record.hash === options.givenHead) + 1;
        if (at === 0 && options.givenHead !== GENESIS_HASH) {
            return { ok: false, line: records.length + 1, reason: `the given head ${options.givenHead} is not a record of this ledger (its tail was cut, or it was rewritten)` };
        }
        result.afterGivenHead = records.length - at;
    }
    return result;
}


/***/ }),

/***/ 7572:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ mergeLayers),
/* harmony export */   fK: () => (/* binding */ valueAt)
/* harmony export */ });
/* unused harmony export explainConfig */
/**
 * Config layering with provenance: built-in defaults < shared (org) config <
 * repository config < action inputs. Objects merge key by key; arrays and
 * scalars from a higher layer replace the lower one whole (a list of allowed
 * owners should not silently grow with the org's list).
 */

function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function mergeLayers(layers) {
    const values = {};
    const sources = new Map();
    for (const layer of layers)
        mergeInto(values, layer.values, layer.source, '', sources);
    return { values, sources };
}
function mergeInto(target, incoming, source, prefix, sources) {
    for (const [key, value] of Object.entries(incoming)) {
        if (value === undefined)
            continue;
        const path = prefix ? `${prefix}.${key}` : key;
        if (isPlainObject(value)) {
            const existing = target[key];
            const child = isPlainObject(existing) ? existing : {};
            if (!isPlainObject(existing))
                forgetBelow(sources, path);
            target[key] = child;
            mergeInto(child, value, source, path, sources);
            if (Object.keys(value).length === 0 && !sources.has(path))
                sources.set(path, source);
        }
        else {
            forgetBelow(sources, path);
            target[key] = structuredClone(value);
            sources.set(path, source);
        }
    }
}
function forgetBelow(sources, path) {
    for (const key of [...sources.keys()])
        if (key === path || key.startsWith(`${path}.`))
            sources.delete(key);
}
/** `gates config --explain`: each effective leaf value and where it came from. */
function explainConfig(config) {
    const rows = [...config.sources.entries()].sort(([a], [b]) => a.localeCompare(b));
    const width = largest(rows.map(([path]) => path.length), 0);
    return rows
        .map(([path, source]) => `${path.padEnd(width)} = ${JSON.stringify(valueAt(config.values, path))}  # ${source}`)
        .join('\n');
}
function valueAt(values, dottedPath) {
    let current = values;
    for (const key of dottedPath.split('.')) {
        if (!isPlainObject(current))
            return undefined;
        current = current[key];
    }
    return current;
}


/***/ }),

/***/ 15805:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   HT: () => (/* binding */ loadConfigFile),
/* harmony export */   parseConfigDocument: () => (/* binding */ parseConfigDocument)
/* harmony export */ });
/* unused harmony export readConfigText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(15170);
/* harmony import */ var _safe_files_read_file_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6220);



/** Config files are hand-written; anything bigger is the wrong file or an attack. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/**
 * Reads, parses and validates one config file. Every failure is a GatesError
 * with exit code 2 naming the file (and line:column where there is one).
 * `displayPath` is what messages show (relative to the workspace).
 */
async function loadConfigFile(path, kind, displayPath = path) {
    return parseConfigDocument(await readConfigText(path, displayPath), kind, displayPath);
}
/** Parses and validates config text that was read elsewhere (a file at another commit, read through the API); failures as loadConfigFile's. */
async function parseConfigDocument(text, kind, displayPath) {
    if (text.trim() === '')
        throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_CONFIG_EMPTY', { file: displayPath });
    // The YAML parser, ajv and the schemas are the heaviest modules in the core; load them only when a file exists.
    const { parseConfigText } = await __nccwpck_require__.e(/* import() */ 434).then(__nccwpck_require__.bind(__nccwpck_require__, 13434));
    const parsed = parseConfigText(text, displayPath);
    const [{ validateAgainstSchema }, { SCHEMAS }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(892), __nccwpck_require__.e(902)]).then(__nccwpck_require__.bind(__nccwpck_require__, 62902)), __nccwpck_require__.e(/* import() */ 365).then(__nccwpck_require__.bind(__nccwpck_require__, 66365))]);
    const problems = validateAgainstSchema(parsed.value, SCHEMAS[kind.id], displayPath, parsed.positions);
    if (problems.length > 0) {
        throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_CONFIG_INVALID', { file: displayPath, count: problems.length }, { details: problems, location: problems[0].location });
    }
    return { ...parsed, file: displayPath };
}
/** A config file's text: a regular file, at most MAX_CONFIG_BYTES, UTF-8 (a BOM dropped); otherwise a GatesError naming it (exit 2). */
async function readConfigText(path, displayPath) {
    let bytes;
    try {
        bytes = (0,_safe_files_read_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegularFile */ .XF)(path, { maxBytes: MAX_CONFIG_BYTES });
    }
    catch (error) {
        if (!(error instanceof _safe_files_read_file_js__WEBPACK_IMPORTED_MODULE_2__/* .UnreadableFile */ .ie))
            throw error;
        if (error.kind === 'missing')
            throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_CONFIG_NOT_FOUND', { file: displayPath });
        if (error.kind === 'too-large')
            throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_CONFIG_TOO_LARGE', { file: displayPath, size: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size, limit: MAX_CONFIG_BYTES });
        throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_CONFIG_UNREADABLE', { file: displayPath, reason: error.reason });
    }
    try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
    catch {
        throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_CONFIG_UNREADABLE', { file: displayPath, reason: 'it is not valid UTF-8' });
    }
}


/***/ }),

/***/ 6748:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ CONFIG_KINDS)
/* harmony export */ });
/* unused harmony export configKindForPath */
const CONFIG_KINDS = {
    gates: { id: 'gates', defaultPath: '.github/gates.yml' },
    rbac: { id: 'rbac', defaultPath: '.github/gates-rbac.yml' },
    'rbac-test': { id: 'rbac-test', defaultPath: '.github/gates-rbac-test.yml' },
    redact: { id: 'redact', defaultPath: '.github/gates-redact.yml' },
    perf: { id: 'perf', defaultPath: '.github/gates-perf.yml' },
    env: { id: 'env', defaultPath: '.github/gates-env.yml' },
    waivers: { id: 'waivers', defaultPath: '.github/gates-waivers.yml' },
    commands: { id: 'commands', defaultPath: '.github/gates-commands.yml' },
    hydration: { id: 'hydration', defaultPath: '.github/gates-hydration.yml' },
    error: { id: 'error' },
};
/** Picks the schema for a file by its name, for `gates validate <file>`. */
function configKindForPath(path) {
    const name = path.replace(/\\/g, '/').split('/').pop() ?? '';
    return Object.values(CONFIG_KINDS).find((kind) => kind.defaultPath?.endsWith(`/${name}`) || kind.defaultPath === name);
}


/***/ }),

/***/ 46360:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T6: () => (/* binding */ ERROR_CATALOGUE),
/* harmony export */   fs: () => (/* binding */ docsUrl),
/* harmony export */   hS: () => (/* binding */ ruleDocsUrl)
/* harmony export */ });
/* harmony import */ var _docs_root_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(77393);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(29926);


const ERROR_CATALOGUE = {
    GATES_E_USAGE: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: '{detail}',
        hint: 'Run `gates --help` for usage.',
    },
    GATES_E_UNKNOWN_COMMAND: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: 'Unknown command "{command}".',
        hint: 'Known commands: {known}.',
    },
    GATES_E_UNKNOWN_FLAG: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: 'Unknown option "{flag}" for `{command}`.',
        hint: 'Run `gates {command} --help` for its options.',
    },
    GATES_E_INPUT_INVALID: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: 'Input "{input}" is invalid: got "{value}", expected {expected}.',
        hint: 'Fix the `with: {input}:` value in the workflow step.',
    },
    GATES_E_INPUT_MISSING: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: 'Input "{input}" is required but was not supplied.',
        hint: 'Add `{input}:` under `with:` in the workflow step.',
    },
    GATES_E_ENV_INVALID: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: 'Environment variable {name} is invalid: got {value}, expected {expected}.',
        hint: 'The runner sets it; check the workflow\'s `env:` blocks for an override.',
    },
    GATES_E_FILE_NOT_FOUND: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: 'File {file} does not exist.',
        hint: 'Check the path; relative paths are resolved from the current directory.',
    },
    GATES_E_INPUT_FILE_NOT_FOUND: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: 'Input "{input}" names {file}, which does not exist.',
        hint: 'Fix the `{input}:` path in the workflow step (relative to the workspace), or remove it to use the default.',
    },
    GATES_E_POLICY_REQUIRED: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: '{action} needs a policy file, and there is none at {file} (the default of the `{input}` input).',
        hint: 'Write the policy there (its format is in the {action} README), or set `{input}:` to its path. Without a policy nothing is allowed.',
    },
    GATES_E_FILE_UNREADABLE: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: 'File {file} cannot be read: {reason}.',
        hint: 'Name a regular file (not a pipe, device or directory) within the size limit.',
    },
    GATES_E_PATH_OUTSIDE: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: 'Path {path} leads outside {root} (to {real}); gates does not write there.',
        hint: 'A symbolic link (or `..`) on the way leads out; replace the link with a directory, or name a path inside {root}.',
    },
    GATES_E_CONFIG_NOT_FOUND: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: 'Config file {file} does not exist.',
        hint: 'Create it, or point the `config` input at the right path.',
    },
    GATES_E_CONFIG_UNREADABLE: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: 'Config file {file} cannot be read: {reason}.',
        hint: 'Check the path and the file permissions.',
    },
    GATES_E_CONFIG_EMPTY: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: 'Config file {file} is empty.',
        hint: 'Write at least `version: 1`, or delete the file to use defaults.',
    },
    GATES_E_CONFIG_TOO_LARGE: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: 'Config file {file} is {size} bytes, over the {limit}-byte limit.',
        hint: 'Config files are small; check that the path names the right file.',
    },
    GATES_E_CONFIG_SYNTAX: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: 'Config file {file} is not valid {format}: {detail}',
        hint: 'Fix the syntax at the reported line; `gates validate <file>` checks it locally.',
    },
    GATES_E_CONFIG_INVALID: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: 'Config file {file} does not match its schema ({count} problem(s)).',
        hint: 'Fix each listed problem; `gates validate <file>` checks it locally.',
    },
    GATES_E_METRICS_INVALID: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: 'Metrics file {file} has {count} line(s) that are not gates metrics.',
        hint: 'Each line must be one JSON object as schemas/gates-metrics.schema.json describes; the actions write them under the state root (metrics/metrics.jsonl).',
    },
    GATES_E_STATE_ROOT: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: 'State root {path} cannot be used: {reason}.',
        hint: 'Set MEMORY_STORAGE_ROOT to an absolute, writable directory that only this user can write.',
    },
    GATES_E_LOCK_TIMEOUT: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Infrastructure,
        message: 'Timed out after {timeout} waiting for lock "{name}" held by {owner}.',
        hint: 'Another gates process holds the lock; raise the timeout or check for a stuck job.',
    },
    GATES_E_LOCK_LOST: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Infrastructure,
        message: 'Lock {name} was taken over before this writer committed (its fencing token {fence}, now {latest}); nothing was written.',
        hint: 'This process was paused longer than the lock\'s stale-after (a frozen or overloaded runner): run it again, or raise stale-after.',
    },
    GATES_E_FILESYSTEM: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Infrastructure,
        message: 'Filesystem error on {path}: {reason}.',
        hint: 'Check free space and permissions on the runner.',
    },
    GATES_E_CHECKPOINT_CORRUPT: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Infrastructure,
        message: 'Checkpoint {checkpoint} cannot be restored: {what} {reason}. Nothing was restored.',
        hint: 'The checkpoint store under the state root was damaged or changed; restore an older checkpoint with `checkpoint: <hash>`, or take a new one.',
    },
    GATES_E_CHECKPOINT_NOT_FOUND: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: 'There is no checkpoint {what}.',
        hint: 'List the checkpoints in the step summary of a `mode: save` run, or omit `checkpoint:` to use the last green one.',
    },
    GATES_E_QUIESCED: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Infrastructure,
        message: 'The gates are quiesced for a rollback of gate "{gate}" (since {since}, run {run}){detail}.',
        hint: 'A rollback is restoring the last green checkpoint; re-run once it is done, or set `quiesce.policy: wait` in .github/gates.yml to wait for it.',
    },
    GATES_E_LEDGER_TAMPERED: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.GateFailed,
        message: 'Audit ledger {file} fails verification at line {line}: {reason}.',
        hint: 'The ledger was edited, truncated or reordered after it was written; restore it from a trusted copy.',
    },
    GATES_E_SEGMENT_SIGNATURE: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.GateFailed,
        message: 'State segment {file} is not signed with the anchor key: {reason}.',
        hint: 'A segment a gates step publishes with `anchor-key` carries a MAC with that key; one without it, or whose MAC does not match, was written by a step without the key or changed afterwards (docs/ordering.md#signed-segments).',
    },
    GATES_E_LEDGER_UNANCHORED: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.GateFailed,
        message: 'Audit ledger {file} is not anchored: {reason}.',
        hint: 'Without a valid head (or --head HASH), a cut-off tail cannot be detected; restore the head from a trusted copy, or verify against a published head with --head.',
    },
    GATES_E_STATE_TRANSPORT: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Infrastructure,
        message: 'State transport failed ({operation}): {reason}.',
        hint: 'The Actions artifact service did not answer or refused; a re-run may help. Gates whose decisions need other jobs\' state (rbac-guard dependencies) fail closed meanwhile; `state: local` keeps state on this runner only.',
    },
    GATES_E_STATE_REFUSED: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Infrastructure,
        message: 'This step\'s state ({name}) cannot be published: {reason}. The decision is recorded on this runner only; later jobs would not see it.',
        hint: 'A job may create at most 500 artifacts (each gates step publishes one segment; each checkpoint save one more): split the job, or set `state: local` on steps whose decisions no later job needs (docs/ordering.md).',
    },
    GATES_E_STATE_CACHE: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: 'state: cache cannot carry gate decisions between jobs: the Actions cache restores one entry per key prefix and cannot list a run\'s entries, so later jobs would not see this one\'s.',
        hint: 'Use `state: auto` or `artifact` (segments travel between the jobs of a run) and `publish: status` or `check` across runs; docs/ordering.md. checkpoint-restore\'s `store: cache` is a different input and works.',
    },
    GATES_E_GATE_RESERVED: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: 'Gate "{gate}" is one of the suite\'s own actions; only that action records its verdict.',
        hint: 'Run the action itself, or record a custom gate under another name. To set aside a failure, use `gates audit override` (audited).',
    },
    GATES_E_NETWORK: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Infrastructure,
        message: 'Request to {url} failed: {reason}.',
        hint: 'Check network access and GITHUB_API_URL; the request may succeed on retry.',
    },
    GATES_E_API_NO_TOKEN: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Infrastructure,
        message: '{what} needs the GitHub API, but no token was given.',
        hint: 'Pass `token: ${{ github.token }}` (the default in the action), or set policy `online: optional` to run offline checks only.',
    },
    GATES_E_API_DENIED: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Infrastructure,
        message: 'GitHub API answered {status} for {route}: {reason}.',
        hint: 'Check the token and its permissions (the job\'s `permissions:` block, or the App/PAT scopes) and GITHUB_API_URL.',
    },
    GATES_E_API_RATE_LIMITED: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Infrastructure,
        message: 'GitHub API rate limit exhausted after {calls} call(s); it resets at {reset}.',
        hint: 'Use the job\'s GITHUB_TOKEN (higher limits than anonymous calls) or a GitHub App token, or re-run after the reset.',
    },
    GATES_E_API_TIMEOUT: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Infrastructure,
        message: 'GitHub API call {route} timed out after {timeout}.',
        hint: 'Raise the `api-timeout` input, or check the runner\'s network path to GITHUB_API_URL.',
    },
    GATES_E_API_UNAVAILABLE: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Infrastructure,
        message: 'GitHub API call {route} failed after {attempts} attempt(s): {reason}.',
        hint: 'GitHub (or the GHES host) may be degraded; re-run the job. Check GITHUB_API_URL on GHES.',
    },
    GATES_E_API_STOPPED: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Infrastructure,
        message: 'GitHub API call {route} was not made: calls stopped for the rest of this run after {reason}.',
        hint: 'Check the runner\'s network path to GITHUB_API_URL and re-run; raise `api-budget` if the API is only slow.',
    },
    GATES_E_API_MALFORMED: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Infrastructure,
        message: 'GitHub API answer to {route} is not what GitHub documents: {reason}.',
        hint: 'Nothing was decided from it. Re-run the job; if it persists, check GITHUB_API_URL and any proxy between the runner and the API.',
    },
    GATES_E_WAIVER_POLICY_UNAVAILABLE: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Infrastructure,
        message: 'On a {event} event the waiver policy comes from the base commit, but {reason}.',
        hint: 'A pull request cannot relax its own waiver policy: gates reads the policy (and the rbac policy it names) from the base commit through the GitHub API. Give the action its token (the default `${{ github.token }}`) with `contents: read`; see docs/waiver-policy.md.',
    },
    GATES_E_DOCUMENT_TOO_LARGE: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: 'Document {source} is larger than the limit of {limit}; nothing was compared.',
        hint: 'Raise max-document-size (memory grows with the document: see the drift-check README), or compare a smaller rendering of it.',
    },
    GATES_E_DOCUMENT_INVALID: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: 'Document {source} cannot be compared: {reason}.',
        hint: 'drift-check and hydration-check compare JSON or YAML documents; check the file, or the command\'s stdout.',
    },
    GATES_E_DOCUMENT_DUPLICATE_KEY: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: 'Document {source} has {key} twice in one object (the second at line {line}, column {column}); nothing was compared.',
        hint: 'A JSON parser keeps one of the two values without a word, so which one is meant is unclear: remove or rename one of them.',
    },
    GATES_E_BASELINE_MISSING: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: 'Baseline {file} does not exist.',
        hint: 'Create it with `mode: sync` (or `gates run drift-check --input mode=sync ...`) and commit it.',
    },
    GATES_E_RBAC_UNRESOLVED: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Infrastructure,
        message: 'Cannot decide whether {actor} may run {command}: {reason}.',
        hint: 'rbac-guard fails closed when a fact it needs is unknown; the reason names what to change.',
    },
    GATES_E_RESULTS_INVALID: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: 'Scanner results {file} cannot be used: {reason}.',
        hint: 'Point `results` at the scanner\'s SARIF 2.1.0 or native JSON output (npm audit, pip-audit, osv-scanner, Trivy); a truncated file means the scan step failed.',
    },
    GATES_E_RESULTS_MISSING: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage,
        message: 'No scanner results to judge: {detail}.',
        hint: 'Check the `results` paths and that the scan steps ran and wrote their files; nothing checked is not a pass.',
    },
    GATES_E_GATE_FAILED: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.GateFailed,
        message: '{detail}',
        hint: 'See the job summary for the findings that failed the gate.',
    },
    GATES_E_INTERNAL: {
        exitCode: _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Internal,
        message: 'Internal error: {detail}',
        hint: 'This is a bug in gates; please report it with the debug output (set `debug: true`).',
    },
};
/** Docs anchor of an error code: GitHub's anchor for the docs/errors.md heading named by the code. */
function docsUrl(code, env = process.env) {
    return `${(0,_docs_root_js__WEBPACK_IMPORTED_MODULE_1__/* .docsRoot */ .K)(env)}/docs/errors.md#${code.toLowerCase()}`;
}
/** Docs link of an action's rule: the `#### <action>: <rule>` heading of `<action>/README.md`. */
function ruleDocsUrl(action, rule, env = process.env) {
    return `${(0,_docs_root_js__WEBPACK_IMPORTED_MODULE_1__/* .docsRoot */ .K)(env)}/${action}/README.md#${action}-${rule}`;
}



/***/ }),

/***/ 77393:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  K: () => (/* binding */ docsRoot),
  V: () => (/* binding */ projectUrl)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(73136);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: ./packages/core/src/files/suite-root.ts



let cached;
/**
 * The directory gates itself lives in (a checkout, or the installed package):
 * the one holding `docs/errors.md` and `actions/`, found by walking up from
 * this module, which is a bundle under `dist/` or a source file under
 * `packages/`. Its READMEs and action.yml files are what the CLI shows and
 * docs links point at; undefined when they were not shipped.
 */
function suiteRoot() {
    if (cached === undefined)
        cached = findUp((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url))) ?? null;
    return cached ?? undefined;
}
function findUp(start) {
    for (let directory = start;; directory = (0,external_node_path_.dirname)(directory)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(directory, 'docs', 'errors.md')) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(directory, 'actions')))
            return directory;
        if ((0,external_node_path_.dirname)(directory) === directory)
            return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/errors/docs-root.ts



/**
 * Where the docs of the gates being run live, so a link opens that very version's docs:
 * - as an action (`uses: owner/repo/pin-check@ref`): the action's repository and ref, which actions/runner sets
 *   for every action from a repository (GITHUB_ACTION_REPOSITORY/_REF), on the job's server (GHES stays GHES);
 * - as a local action (`uses: ./pin-check`, which leaves those empty) from a checkout of the repository itself:
 *   that repository at GITHUB_SHA;
 * - anywhere else (the CLI): the installation's README files, as file URLs.
 */
function docsRoot(env = process.env) {
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    if (env.GITHUB_ACTION_REPOSITORY)
        return `${server}/${env.GITHUB_ACTION_REPOSITORY}/blob/${env.GITHUB_ACTION_REF || 'HEAD'}`;
    const root = installedRoot();
    if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_REPOSITORY && env.GITHUB_SHA && env.GITHUB_WORKSPACE) {
        const inside = (0,external_node_path_.relative)(env.GITHUB_WORKSPACE, root);
        if (!inside.startsWith(`..${external_node_path_.sep}`) && inside !== '..' && !(0,external_node_path_.isAbsolute)(inside)) {
            return `${server}/${env.GITHUB_REPOSITORY}/blob/${env.GITHUB_SHA}${inside ? `/${inside.split(external_node_path_.sep).join('/')}` : ''}`;
        }
    }
    return (0,external_node_url_.pathToFileURL)(root).href;
}
/** The repository of the gates being run (SARIF's `informationUri`): docsRoot without the ref. */
function projectUrl(env = process.env) {
    return docsRoot(env).replace(/\/blob\/[^/]+(\/.*)?$/, '');
}
/** The gates installation; failing that, where a bundle (`dist/<name>/index.js`) expects it, two levels up. */
function installedRoot() {
    // dirname, not `new URL('../..', import.meta.url)`: ncc takes that for an asset to copy into the bundle.
    return suiteRoot() ?? (0,external_node_path_.dirname)((0,external_node_path_.dirname)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url))));
}


/***/ }),

/***/ 29926:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ ExitCode)
/* harmony export */ });
/** Stable process exit codes: the contract workflows and scripts branch on. */
const ExitCode = {
    /** Every gate passed. */
    Pass: 0,
    /** A policy said no. */
    GateFailed: 1,
    /** Usage or configuration error: the caller must change something. */
    Usage: 2,
    /** Infrastructure error: network, API, filesystem. Retrying may help. */
    Infrastructure: 3,
    /** A bug in gates. */
    Internal: 4,
};


/***/ }),

/***/ 15170:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wk: () => (/* binding */ formatError),
/* harmony export */   xx: () => (/* binding */ GatesError)
/* harmony export */ });
/* unused harmony exports fillTemplate, formatLocation */
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(46360);

function fillTemplate(template, params) {
    return template.replace(/\{(\w+)\}/g, (whole, key) => key in params ? String(params[key]) : whole);
}
/** The one error type gates throws on purpose; anything else is a bug (exit 4). */
class GatesError extends Error {
    code;
    exitCode;
    hint;
    location;
    details;
    constructor(code, params = {}, options = {}) {
        const spec = _catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .ERROR_CATALOGUE */ .T6[code];
        super(fillTemplate(spec.message, params), { cause: options.cause });
        this.name = 'GatesError';
        this.code = code;
        this.exitCode = spec.exitCode;
        this.hint = options.hint ?? fillTemplate(spec.hint, params);
        this.location = options.location;
        this.details = options.details ?? [];
    }
    toJSON() {
        return {
            code: this.code,
            exitCode: this.exitCode,
            message: this.message,
            hint: this.hint,
            docs: (0,_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .docsUrl */ .fs)(this.code),
            ...(this.location ? { location: this.location } : {}),
            details: this.details,
        };
    }
}
function formatLocation(location) {
    let text = location.file;
    if (location.line !== undefined)
        text += `:${location.line}`;
    if (location.line !== undefined && location.column !== undefined)
        text += `:${location.column}`;
    return text;
}
/** Human form: `error GATES_E_X: message` then located details and the hint. */
function formatError(error) {
    const lines = [];
    const where = error.location ? `${formatLocation(error.location)}: ` : '';
    lines.push(`error ${error.code}: ${where}${error.message}`);
    for (const detail of error.details) {
        const at = detail.location ? `${formatLocation(detail.location)}: ` : '';
        lines.push(`  - ${at}${detail.message}${detail.hint ? ` (${detail.hint})` : ''}`);
    }
    lines.push(`  hint: ${error.hint}`);
    lines.push(`  docs: ${error.docs}`);
    return lines.join('\n');
}


/***/ }),

/***/ 96448:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ax: () => (/* binding */ fingerprintOf),
/* harmony export */   so: () => (/* binding */ normaliseLocation)
/* harmony export */ });
/* unused harmony export textFingerprint */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * A finding's identity across line shifts, for waivers and base comparisons:
 * its producer's fingerprint when it has one (SARIF partialFingerprints), else
 * a hash of the rule, the normalised file path and the flagged text. Lines
 * and columns never enter it: a finding that moves down ten lines is the same
 * finding.
 */
function fingerprintOf(finding) {
    return finding.fingerprint ?? textFingerprint(finding.ruleId, finding.file, finding.message);
}
/** rule + normalised location + a hash of the flagged text, as 32 hex digits. */
function textFingerprint(ruleId, file, flagged) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(`${ruleId}\u0000${normaliseLocation(file ?? '')}\u0000${normaliseText(flagged)}`)
        .digest('hex')
        .slice(0, 32);
}
/** Forward slashes, no `./` or `file://` prefix, no leading `/`: the same file however a tool spelled it. */
function normaliseLocation(path) {
    return path
        .replace(/\\/g, '/')
        .replace(/^file:\/\//i, '')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '');
}
/** Whitespace runs collapsed and trimmed: re-indented code is the same code. */
function normaliseText(text) {
    return text.replace(/\s+/g, ' ').trim();
}


/***/ }),

/***/ 96797:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FW: () => (/* binding */ failsGate),
/* harmony export */   LT: () => (/* binding */ NOTHING_TO_CHECK),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   xd: () => (/* binding */ gateFails)
/* harmony export */ });
const SEVERITY_RANK = { error: 3, warning: 2, note: 1 };
const SEVERITIES = ['error', 'warning', 'note'];
/**
 * The rule of a run that had nothing to check: no workflow file, no report, no file to scrub (a job without
 * actions/checkout, a wrong working-directory or glob). An error, so the gate fails; `allow-empty: true` waives it.
 */
const NOTHING_TO_CHECK = 'nothing-to-check';
function failsGate(finding, failOn) {
    if (failOn === 'never' || finding.waived)
        return false;
    return SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[failOn];
}
function verdictOf(report) {
    if (report.findings.some((finding) => finding.ruleId !== NOTHING_TO_CHECK && failsGate(finding, report.failOn)))
        return 'fail';
    return report.findings.some((finding) => finding.ruleId === NOTHING_TO_CHECK) ? 'empty' : 'pass';
}
/** Whether the step fails (exit 1): any finding fails the gate, an unwaived nothing-to-check among them. */
function gateFails(report) {
    return report.findings.some((finding) => failsGate(finding, report.failOn));
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, note: 0 };
    // An index loop: this runs a few times per run over thousands of findings, unoptimised, where for-of allocates a
    // result object per finding.
    for (let index = 0; index < findings.length; index++) {
        const finding = findings[index];
        if (!finding.waived)
            counts[finding.severity]++;
    }
    return counts;
}
/**
 * Stable order: file, line, column, rule, message — so reports diff cleanly between runs. Findings with equal
 * keys keep their order. Every renderer sorts again for its own callers: input already in order is copied
 * after one pass. Otherwise files are ranked once, so most of the n log n comparisons are of numbers, not of
 * two long paths compared character by character (9,461 findings on the bench corpus: about 8 ms less).
 */
function sortFindings(findings) {
    if (isSorted(findings))
        return findings.slice();
    const rankOf = new Map();
    for (const finding of findings)
        rankOf.set(finding.file ?? '', 0);
    const files = [...rankOf.keys()].sort(compareText);
    for (let rank = 0; rank < files.length; rank++)
        rankOf.set(files[rank], rank);
    const ranks = new Int32Array(findings.length);
    const order = [];
    for (let index = 0; index < findings.length; index++) {
        ranks[index] = rankOf.get(findings[index].file ?? '');
        order.push(index);
    }
    // The index last: equal keys keep their order, as the stable sort of the findings themselves did.
    order.sort((x, y) => ranks[x] - ranks[y] || compareFrom(findings[x], findings[y], false) || x - y);
    return order.map((index) => findings[index]);
}
function isSorted(findings) {
    for (let index = 1; index < findings.length; index++)
        if (compareFrom(findings[index - 1], findings[index], true) > 0)
            return false;
    return true;
}
/** The order of two findings; `withFile: false` when their files are already known to be equal. */
function compareFrom(a, b, withFile) {
    return ((withFile ? compareText(a.file ?? '', b.file ?? '') : 0) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        compareText(a.ruleId, b.ruleId) ||
        compareText(a.message, b.message));
}
/** Code-unit order: the same on every machine and locale (localeCompare is neither), and much faster. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 26515:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ API_TIMEOUT_RANGE)
/* harmony export */ });
/**
 * What `api-timeout` inputs accept: long enough for one slow answer, short enough that a hung call ends the job.
 * Apart from connect.ts so that reading the input (every run) does not load the API client (runs with a token).
 */
const API_TIMEOUT_RANGE = { minMs: 100, maxMs: 600_000 };


/***/ }),

/***/ 67528:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Uh: () => (/* binding */ InputParseError),
/* harmony export */   _y: () => (/* binding */ TIMER_RANGE),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   nL: () => (/* binding */ parseEnum),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/**
 * Pure parsers for action input strings. Each returns the parsed value or
 * throws InputParseError with a description of what was expected; the reader
 * adds the input's name.
 */
class InputParseError extends Error {
    expected;
    constructor(expected) {
        super(expected);
        this.expected = expected;
    }
}
// The YAML 1.2 core-schema booleans, as the runner's own getBooleanInput accepts.
const TRUE_WORDS = new Set(['true', 'True', 'TRUE']);
const FALSE_WORDS = new Set(['false', 'False', 'FALSE']);
function parseBoolean(raw) {
    const value = raw.trim();
    if (TRUE_WORDS.has(value))
        return true;
    if (FALSE_WORDS.has(value))
        return false;
    throw new InputParseError('true or false');
}
/** One entry per line (getMultilineInput): blank lines and surrounding spaces dropped, commas kept. */
function parseList(raw) {
    return raw
        .split(/\r?\n/)
        .map((item) => item.trim())
        .filter((item) => item.length > 0);
}
function parseInteger(raw, range = {}) {
    const value = raw.trim();
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
    const expected = `a whole number from ${min} to ${max}`;
    if (!/^-?\d+$/.test(value))
        throw new InputParseError(expected);
    const number = Number(value);
    if (!Number.isSafeInteger(number) || number < min || number > max)
        throw new InputParseError(expected);
    return number;
}
const DURATION_UNITS_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/**
 * What a timer accepts: at least 1 ms and at most 24 days. Node's timers
 * honour at most 2^31-1 ms (about 24.8 days): a longer delay fires after
 * 1 ms, and past 2^32 ms AbortSignal.timeout throws. Every duration that
 * becomes a timer is bounded by this or a tighter range.
 */
const TIMER_RANGE = { minMs: 1, maxMs: 24 * 86_400_000 };
/**
 * `250ms`, `30s`, `5m`, `1h30m`, `2d`; a bare number is seconds. Returns
 * milliseconds, within `range` (by default any finite amount, for budgets;
 * timers pass TIMER_RANGE or a tighter range).
 */
function parseDuration(raw, range = {}) {
    const value = raw.trim();
    const { minMs = 0, maxMs = Number.MAX_SAFE_INTEGER } = range;
    const bounded = range.minMs !== undefined || range.maxMs !== undefined;
    const expected = bounded ? `a duration from ${formatDuration(minMs)} to ${formatDuration(maxMs)}, such as 30s, 5m or 1h30m` : 'a duration such as 30s, 5m, 1h30m or 250ms';
    let total = 0;
    if (/^\d+(\.\d+)?$/.test(value)) {
        total = Number(value) * 1000;
    }
    else {
        const part = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
        let consumed = 0;
        for (let match = part.exec(value); match; match = part.exec(value)) {
            total += Number(match[1]) * DURATION_UNITS_MS[match[2]];
            consumed = part.lastIndex;
        }
        if (value.length === 0 || consumed !== value.length)
            throw new InputParseError(expected);
    }
    const ms = Math.round(total);
    if (!Number.isSafeInteger(ms) || ms < minMs || ms > maxMs)
        throw new InputParseError(expected);
    return ms;
}
const SIZE_UNITS = {
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    tb: 1e12,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3,
    tib: 1024 ** 4,
};
/** `256MiB`, `10MB`, `512KiB`, `1024` (bytes). Returns bytes. */
function parseSize(raw) {
    const match = /^(\d+(?:\.\d+)?)\s*([a-zA-Z]*)$/.exec(raw.trim());
    const unit = match ? (match[2] || 'b').toLowerCase() : '';
    const factor = SIZE_UNITS[unit];
    const bytes = match && factor !== undefined ? Math.round(Number(match[1]) * factor) : Number.NaN;
    // Digits alone can overflow to Infinity (or lose precision) long before any unit applies.
    if (!Number.isSafeInteger(bytes))
        throw new InputParseError('a size such as 512KiB, 256MiB, 10MB or a byte count');
    return bytes;
}
function parseEnum(raw, allowed) {
    const value = raw.trim();
    if (allowed.includes(value))
        return value;
    throw new InputParseError(`one of ${allowed.join(', ')}`);
}
/** The inverse of parseDuration for messages: 1500 → "1.5s", 120000 → "2m". */
function formatDuration(ms) {
    if (ms % 86_400_000 === 0 && ms > 0)
        return `${ms / 86_400_000}d`;
    if (ms % 3_600_000 === 0 && ms > 0)
        return `${ms / 3_600_000}h`;
    if (ms % 60_000 === 0 && ms > 0)
        return `${ms / 60_000}m`;
    if (ms >= 1000)
        return `${Number((ms / 1000).toFixed(3))}s`;
    return `${ms}ms`;
}


/***/ }),

/***/ 30438:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ DEFAULT_LOCK_OPTIONS),
/* harmony export */   kK: () => (/* binding */ withLock)
/* harmony export */ });
/* unused harmony export acquireAll */
const DEFAULT_LOCK_OPTIONS = { timeout: 30_000, staleAfter: 10 * 60_000 };
/** Runs `body` holding the named lock, releasing it however `body` ends. */
async function withLock(lock, name, body, options) {
    const release = await lock.acquire(name, options);
    try {
        return await body(release);
    }
    finally {
        await release();
    }
}
/**
 * Takes several locks without deadlock: always in one order (sorted by
 * name), so two processes that need the same locks never each hold one the
 * other waits for. Code that nests withLock calls must keep that order too.
 * If one cannot be taken, those already taken are released.
 */
async function acquireAll(lock, names, options) {
    const ordered = [...new Set(names)].sort();
    const releases = [];
    const releaseAll = async () => {
        for (const release of releases.reverse())
            await release();
    };
    try {
        for (const name of ordered)
            releases.push(await lock.acquire(name, options));
    }
    catch (error) {
        await releaseAll();
        throw error;
    }
    return releaseAll;
}


/***/ }),

/***/ 6288:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ isProcessAlive),
/* harmony export */   q: () => (/* binding */ HOST_TAG)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _safe_files_read_file_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6220);



/**
 * Whether a process with this id is running on this machine (EPERM: it
 * exists, owned by another user). A zombie — exited, not yet reaped, which
 * is what an orphan becomes where PID 1 does not reap (many containers) — is
 * not running: its lock and its temporary files are free to take.
 */
function isProcessAlive(pid) {
    if (!Number.isSafeInteger(pid) || pid <= 0)
        return false;
    try {
        process.kill(pid, 0);
    }
    catch (error) {
        if (error.code !== 'EPERM')
            return false;
    }
    return !isZombie(pid);
}
/** Linux: the state letter after the command name in /proc/<pid>/stat. Elsewhere (no /proc) a process counts as alive. */
function isZombie(pid) {
    try {
        const stat = (0,_safe_files_read_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegularFile */ .XF)(`/proc/${pid}/stat`, { maxBytes: 4096 }).toString('utf8');
        return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
    }
    catch {
        return false;
    }
}
/**
 * A short tag of this machine's host name, for names of files that a pid
 * alone would not tie to a machine: on a state root shared between machines,
 * only the machine that wrote a file can tell whether its writer is gone.
 */
const HOST_TAG = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)()).digest('hex').slice(0, 8);


/***/ }),

/***/ 35733:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ refusalOf),
/* harmony export */   a: () => (/* binding */ describeRefusal)
/* harmony export */ });
/**
 * Whether a value is worth masking. Masking `true`, `1` or `admin` everywhere
 * makes logs unreadable and protects nothing (the runner does it anyway), so
 * such values are refused with a warning instead. Pure.
 */
/** Words that appear in ordinary logs; a "secret" equal to one of them protects nothing. */
const COMMON_WORDS = new Set([
    'true', 'false', 'null', 'none', 'nil', 'undefined', 'yes', 'no', 'on', 'off', 'enabled', 'disabled',
    'admin', 'administrator', 'root', 'user', 'guest', 'test', 'testing', 'demo', 'example', 'default',
    'password', 'passw0rd', 'secret', 'changeme', 'token', 'main', 'master', 'develop', 'release', 'latest',
    'production', 'staging', 'dev', 'prod', 'local', 'localhost', 'linux', 'windows', 'macos', 'ubuntu-latest',
]);
function refusalOf(value, minLength) {
    const trimmed = value.trim();
    if (trimmed.length < minLength)
        return 'too-short';
    if (COMMON_WORDS.has(trimmed.toLowerCase()))
        return 'common-word';
    // `0000`, `abab`: two distinct characters carry at most one bit each.
    if (new Set(trimmed).size < 3)
        return 'low-entropy';
    return undefined;
}
function describeRefusal(refusal, minLength) {
    switch (refusal) {
        case 'too-short':
            return `shorter than ${minLength} characters`;
        case 'common-word':
            return 'a common word that appears in ordinary logs';
        case 'low-entropy':
            return 'fewer than 3 distinct characters';
    }
}


/***/ }),

/***/ 68612:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  tn: () => (/* binding */ formatAnnotation),
  WB: () => (/* binding */ formatPlain),
  Hp: () => (/* binding */ renderAnnotations)
});

// UNUSED EXPORTS: RUNNER_ANNOTATION_LIMIT_PER_SEVERITY

// EXTERNAL MODULE: ./packages/core/src/findings/model.ts
var model = __nccwpck_require__(96797);
// EXTERNAL MODULE: ./packages/core/src/runner/workflow-command.ts
var workflow_command = __nccwpck_require__(40775);
;// CONCATENATED MODULE: ./packages/core/src/text/visible-bidi.ts
/**
 * Bidirectional controls (the overrides and isolates U+202A–U+202E, U+2066–U+2069, the marks U+200E, U+200F and
 * U+061C) shown as `\uNNNN` text. Raw, they reorder what a reader sees: a path ending `txt.exe` can display as
 * `exe.txt`. The summary escapes them through escapeMarkdown; this does the same for annotations, which GitHub
 * shows as plain text beside the code.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function visibleBidi(text) {
    return text.replace(BIDI_CONTROLS, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

;// CONCATENATED MODULE: ./packages/core/src/report/annotations.ts



/** GitHub shows at most 10 annotations of each level per step; the rest are lost. */
const RUNNER_ANNOTATION_LIMIT_PER_SEVERITY = 10;
const COMMAND_FOR = { error: 'error', warning: 'warning', note: 'notice' };
function formatAnnotation(finding) {
    const line = finding.file ? finding.line : undefined;
    // Scanner output (SARIF paths and messages) is untrusted: bidi controls are shown, not obeyed.
    const properties = { title: visibleBidi(finding.ruleId), file: finding.file && visibleBidi(finding.file), line, endLine: line && finding.endLine, col: line && finding.column };
    const message = finding.fixHint ? `${finding.message}\nFix: ${finding.fixHint}` : finding.message;
    return (0,workflow_command/* formatCommand */.fE)(COMMAND_FOR[finding.severity], properties, visibleBidi(message));
}
/** One line for a terminal: `error rule-id file:line:col message`. */
function formatPlain(finding) {
    let where = finding.file ?? '';
    if (finding.file && finding.line)
        where += `:${finding.line}${finding.column ? `:${finding.column}` : ''}`;
    const fix = finding.fixHint ? ` (fix: ${finding.fixHint})` : '';
    return `${finding.severity.padEnd(7)} ${finding.ruleId}  ${where ? `${where}  ` : ''}${finding.message}${fix}`;
}
/**
 * Annotations for unwaived findings, capped per severity; what was dropped is
 * counted. Which ones make the cut: the action's rule `priority` first (rule
 * ids, most important first; unlisted rules after), then a finding saying
 * something not yet said before a repeat of it (ten annotations of one
 * `actions/checkout@v4` tell less than ten different problems), then file order.
 */
function renderAnnotations(findings, limit = RUNNER_ANNOTATION_LIMIT_PER_SEVERITY, priority = []) {
    const annotations = [];
    const dropped = { error: 0, warning: 0, note: 0 };
    // One pass sorts them out by severity (sorting, then filtering, keeps the order filtering, then sorting gives).
    const bySeverity = { error: [], warning: [], note: [] };
    for (const finding of (0,model/* sortFindings */.Tc)(findings))
        if (!finding.waived)
            bySeverity[finding.severity].push(finding);
    for (const severity of model/* SEVERITIES */.oC) {
        const ofSeverity = bySeverity[severity];
        for (const finding of chooseAnnotated(ofSeverity, limit, priority))
            annotations.push({ finding, command: formatAnnotation(finding) });
        dropped[severity] = Math.max(0, ofSeverity.length - limit);
    }
    return { annotations, dropped };
}
/**
 * Up to `limit` of `findings` (in file order), chosen as renderAnnotations
 * describes, returned in file order. Each finding's place in that order is a
 * small number (its rule's priority, then whether it says something new), so
 * the first `limit` are taken rank by rank, in file order within one, without
 * sorting them all: thousands of findings made the comparison sort a
 * measurable part of pin-check's run for ten annotations. Within a rank the
 * first sayings are taken until there are enough, so a rank with thousands of
 * findings usually stops after a few dozen, its other messages never hashed.
 */
function chooseAnnotated(findings, limit, priority) {
    if (findings.length <= limit)
        return [...findings];
    const rankOf = new Map();
    // The first mention of a rule decides its rank (as indexOf would).
    priority.forEach((ruleId, index) => (rankOf.has(ruleId) ? undefined : rankOf.set(ruleId, index)));
    // By rank, in file order; unlisted rules rank after every listed one.
    const byRank = Array.from({ length: priority.length + 1 }, () => []);
    for (const finding of findings)
        byRank[rankOf.get(finding.ruleId) ?? priority.length].push(finding);
    const chosen = new Set();
    for (const ranked of byRank) {
        // Messages said so far, by rule (a rule has one rank): keyed by the message itself, whose hash is computed once and kept.
        const said = new Map();
        const repeats = [];
        for (const finding of ranked) {
            if (chosen.size === limit)
                break;
            let messages = said.get(finding.ruleId);
            if (!messages)
                said.set(finding.ruleId, (messages = new Set()));
            if (messages.has(finding.message))
                repeats.push(finding);
            else {
                messages.add(finding.message);
                chosen.add(finding);
            }
        }
        // Not enough first sayings in this rank: its repeats next, in file order, before any lower rank.
        for (const finding of repeats) {
            if (chosen.size === limit)
                break;
            chosen.add(finding);
        }
    }
    return findings.filter((finding) => chosen.has(finding));
}


/***/ }),

/***/ 97195:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   SC: () => (/* binding */ escapeHtmlText),
/* harmony export */   Zv: () => (/* binding */ groupThousands),
/* harmony export */   jD: () => (/* binding */ tableRow),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/**
 * Escaping for text that came from files, users or the API (test names,
 * messages, paths) so that it renders as the text it is: no HTML tag, entity,
 * heading, emphasis, link, image, autolink or table break can form from it,
 * and it never leaves its line or table cell. Pure.
 *
 * Actions do not call these directly: untrusted text goes through
 * `markdownText(redactor)` (untrusted-text.ts), which redacts it first.
 *
 * Each character is escaped on its own, the same wherever it stands (so a
 * secret's escaped form is one string the redactor can also search for);
 * only the three autolink triggers depend on what follows or precedes, and
 * are broken by an insertion that leaves the characters around it as they are.
 */
function escapeMarkdown(text) {
    // One pass (a summary escapes thousands of cells); most cells need nothing.
    if (!NEEDS_ESCAPING.test(text))
        return text;
    return text.replace(SPECIALS, escapeSpecial);
}
/**
 * - line breaks (CR LF, a lone CR, LF, and the Unicode line and paragraph
 *   separators): a space, so text stays on its line and in its table cell;
 * - other control characters and bidirectional overrides: `\xNN` / `\uNNNN`
 *   as visible text, so they can neither hide nor reorder what is shown;
 * - `&`, `<`, `>`: entities (no tag, entity or `<autolink>`);
 * - Markdown punctuation: a backslash, which renders it as itself;
 * - GitHub's autolinks (`scheme://`, `www.`, `name@domain.tld`): a `<wbr>`
 *   inside the trigger. Backslashes and entities would not do for e-mail
 *   addresses: GitHub finds those in text after escapes are resolved.
 */
const NEEDS_ESCAPING = /[&<>\\`*_[\]|~#$\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|:\/\/|www\.|@[\w.+-]*\.\w/i;
const SPECIALS = /\r\n|:(?=\/\/)|(?<=www)\.|@(?=[\w.+-]*\.\w)|[&<>\\`*_[\]|~#$\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/gi;
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const LINE_BREAKS = new Set(['\r\n', '\r', '\n', '\u2028', '\u2029', '\u0085']);
const AUTOLINK_BREAKS = { ':': ':<wbr>', '@': '@<wbr>', '.': '<wbr>.' };
function escapeSpecial(match) {
    if (LINE_BREAKS.has(match))
        return ' ';
    const entity = HTML_ENTITIES[match] ?? AUTOLINK_BREAKS[match];
    if (entity)
        return entity;
    const code = match.charCodeAt(0);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f))
        return `\\x${code.toString(16).padStart(2, '0')}`;
    if (code > 0xff)
        return `\\u${code.toString(16).padStart(4, '0')}`;
    return `\\${match}`;
}
/** `&`, `<` and `>` as the entities escapeMarkdown writes (the HTML-entity form of a secret the redactor also searches for). */
function escapeHtmlText(text) {
    return text.replace(/[&<>]/g, (char) => HTML_ENTITIES[char]);
}
/**
 * Code-styled text (paths, ids, refs) as an HTML `<code>` element: GitHub
 * parses Markdown inside it, so its content is escaped exactly as text is.
 * (A backtick code span would show the text raw, but a table cell still
 * splits at its `|`, and no escape inside a code span renders as itself.)
 */
function inlineCode(text) {
    return `<code>${escapeMarkdown(text)}</code>`;
}
function table(header, rows) {
    const lines = [tableRow(header), `|${header.map(() => '---').join('|')}|`];
    for (const row of rows)
        lines.push(tableRow(row));
    return lines.join('\n');
}
/**
 * 1234567 → "1,234,567". Not toLocaleString: in a fresh process its first
 * call loads ICU's number formatting, 15–25 ms measured, on every run.
 */
function groupThousands(value) {
    return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/**
 * One row of a table whose cells are already escaped. A line break left in
 * a cell (a renderer's own text, say) would end the row and start a block
 * of its own: each becomes a space here, whatever built the cell.
 */
function tableRow(cells) {
    return `| ${cells.map((cell) => cell.replace(CELL_BREAKS, ' ')).join(' | ')} |`;
}
const CELL_BREAKS = /[\r\n\u2028\u2029\u0085]/g;


/***/ }),

/***/ 21260:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kj: () => (/* binding */ SUMMARY_BYTE_LIMIT),
/* harmony export */   WW: () => (/* binding */ ERROR_SECTION_BYTE_LIMIT),
/* harmony export */   Zf: () => (/* binding */ APPENDIX_BYTE_LIMIT),
/* harmony export */   dp: () => (/* binding */ byteLength),
/* harmony export */   y3: () => (/* binding */ capMarkdown)
/* harmony export */ });
/* unused harmony export GITHUB_SUMMARY_LIMIT */
/**
 * How much a step may write to its job summary. GitHub refuses a step
 * summary over 1 MiB and then shows none of it, so every section gates writes
 * is capped here, and the caps add up to less than that:
 *
 *   findings table + action's section  ≤ SUMMARY_BYTE_LIMIT
 *   error section (written after them)  ≤ ERROR_SECTION_BYTE_LIMIT
 *   and the two together               < GITHUB_SUMMARY_LIMIT.
 */
/** GitHub's own limit for one step's summary. */
const GITHUB_SUMMARY_LIMIT = 1024 * 1024;
/** A run's summary: the verdict, the findings table and the action's own section. */
const SUMMARY_BYTE_LIMIT = GITHUB_SUMMARY_LIMIT - 16 * 1024;
/** An action's own section (appendix) gets at most this much; the findings table the rest. */
const APPENDIX_BYTE_LIMIT = 384 * 1024;
/** The section an error adds, possibly after a summary already written. */
const ERROR_SECTION_BYTE_LIMIT = 12 * 1024;
/**
 * The Markdown, or as many of its first lines as fit in `maxBytes` with a
 * note of what was left out. Cut between lines only (a line cut in half could
 * leave half an escape or tag); a code fence or `<details>` left open by the
 * cut is closed, so what follows renders as it should. Pure.
 */
function capMarkdown(markdown, maxBytes) {
    const total = byteLength(markdown);
    if (total <= maxBytes)
        return markdown;
    const lines = markdown.split('\n');
    let kept = 0;
    let bytes = 0;
    let openFence;
    let openDetails = 0;
    for (; kept < lines.length; kept++) {
        const line = lines[kept];
        const closing = closingFor(openFence, openDetails);
        const note = truncationNote(total - bytes);
        if (bytes + byteLength(line) + 1 + byteLength(closing) + byteLength(note) > maxBytes)
            break;
        bytes += byteLength(line) + 1;
        const fence = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
        if (fence && !openFence)
            openFence = fence;
        else if (fence && openFence && fence[0] === openFence[0] && fence.length >= openFence.length && /^\s{0,3}[`~]+\s*$/.test(line))
            openFence = undefined;
        if (!openFence)
            openDetails += (line.match(/<details\b/g)?.length ?? 0) - (line.match(/<\/details>/g)?.length ?? 0);
    }
    const head = lines.slice(0, kept).join('\n');
    return `${head}${kept > 0 ? '\n' : ''}${closingFor(openFence, openDetails)}${truncationNote(total - bytes)}`;
}
function closingFor(openFence, openDetails) {
    return `${openFence ? `${openFence}\n` : ''}${'</details>\n'.repeat(Math.max(0, openDetails))}`;
}
function truncationNote(droppedBytes) {
    return `\n> ⚠️ Cut here: ${droppedBytes} more byte(s) would take the job summary past GitHub's 1 MiB limit (GitHub then shows none of it). The report files have everything.\n`;
}
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}


/***/ }),

/***/ 47920:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   UJ: () => (/* binding */ redactedReportText),
/* harmony export */   eA: () => (/* binding */ MAX_SHOWN_CHARACTERS),
/* harmony export */   ml: () => (/* binding */ shorten),
/* harmony export */   p7: () => (/* binding */ markdownText)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(97195);

/** Longest piece of untrusted text shown in one place of a summary; reports keep it whole. */
const MAX_SHOWN_CHARACTERS = 2000;
function markdownText(redactor) {
    const prepare = (value) => shorten(redactor.redact(value), MAX_SHOWN_CHARACTERS);
    return {
        text: (value) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(prepare(value)),
        code: (value) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(prepare(value)),
    };
}
/**
 * For renderers of a report runAction has already redacted (a job summary
 * an action renders itself): shortened and escaped as markdownText does,
 * not redacted twice.
 */
const redactedReportText = {
    text: (value) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(shorten(value, MAX_SHOWN_CHARACTERS)),
    code: (value) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(shorten(value, MAX_SHOWN_CHARACTERS)),
};
/** At most `limit` characters, whole code points, with `…` where it was cut. */
function shorten(text, limit) {
    if (text.length <= limit)
        return text;
    let end = limit - 1;
    // Never cut a surrogate pair in half.
    if (/[\ud800-\udbff]/.test(text[end - 1]))
        end--;
    return `${text.slice(0, end)}…`;
}


/***/ }),

/***/ 79168:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ wellFormed),
/* harmony export */   Z: () => (/* binding */ percentEncodedPath)
/* harmony export */ });
/**
 * Lone surrogates as U+FFFD, as the text's UTF-8 holds them. They reach gates from JSON escapes: a Python scanner
 * decodes a file name that is not UTF-8 with surrogateescape and writes "\udcff" into its SARIF, and a hand-written
 * secrets JSON can hold "\ud800". encodeURIComponent throws URIError on them, so every percent-encoding of such text
 * (SARIF URIs, summary links, a secret's URI forms) goes through this first. Pure; the text itself when well formed.
 */
function wellFormed(text) {
    // String.prototype.toWellFormed (ES2024, in Node 20 and 24); the project's TypeScript lib is ES2022, hence the cast.
    return text.toWellFormed();
}
/** A file path as a relative URI reference: each segment percent-encoded, the slashes kept (SARIF's artifact URIs). */
function percentEncodedPath(file) {
    return file.split('/').map((segment) => encodeURIComponent(wellFormed(segment))).join('/');
}


/***/ }),

/***/ 39987:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ repositoryLinks),
/* harmony export */   _o: () => (/* binding */ isDebug),
/* harmony export */   yK: () => (/* binding */ runIdentity)
/* harmony export */ });
/** Links to files at the commit being checked, when running on GitHub. */
function repositoryLinks(env) {
    const { GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
    if (!repository || !sha)
        return undefined;
    return { serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''), repository, sha };
}
/** The identifiers a ledger record keeps of the run: ids, never secrets. */
function runIdentity(env) {
    const keys = ['GITHUB_REPOSITORY', 'GITHUB_SHA', 'GITHUB_REF', 'GITHUB_RUN_ID', 'GITHUB_RUN_ATTEMPT', 'GITHUB_ACTOR', 'GITHUB_TRIGGERING_ACTOR', 'GITHUB_EVENT_NAME'];
    const identity = {};
    for (const key of keys)
        if (env[key])
            identity[key.replace(/^GITHUB_/, '').toLowerCase()] = env[key];
    return identity;
}
function isDebug(env) {
    return env.RUNNER_DEBUG === '1' || /^true$/i.test(env.INPUT_DEBUG ?? '');
}


/***/ }),

/***/ 40775:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V9: () => (/* binding */ escapeCommandData),
/* harmony export */   YG: () => (/* binding */ escapeCommandProperty),
/* harmony export */   fE: () => (/* binding */ formatCommand)
/* harmony export */ });
/**
 * Workflow commands (`::name key=value,key=value::message`) written as @actions/core writes them (its Command
 * class), which is what the runner parses: the message escapes `%`, CR and LF; property values also escape the
 * `:` and `,` that delimit properties. test/core/runner-differential.test.ts compares the bytes with the toolkit's.
 */
function escapeCommandData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeCommandProperty(text) {
    return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Properties in the order given (annotations: title, file, line, endLine, col, endColumn, as the toolkit orders them); empty values are left out. */
function formatCommand(command, properties, message) {
    const pairs = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
        .map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`);
    return `::${command}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeCommandData(message)}`;
}


/***/ }),

/***/ 56135:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  A0: () => (/* binding */ AtomicFile),
  lo: () => (/* binding */ writeFileAtomically),
  Ez: () => (/* binding */ writeTextAtomically)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(57075);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __nccwpck_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/safe-files/contained-path.ts
var contained_path = __nccwpck_require__(71914);
// EXTERNAL MODULE: ./packages/core/src/safe-files/temp-files.ts
var temp_files = __nccwpck_require__(98861);
;// CONCATENATED MODULE: ./packages/core/src/safe-files/text-writer.ts
/** UTF-16 units encoded per buffer: a report of megabytes goes out in a hundred writes or so. */
const CHUNK_UNITS = 32 * 1024;
/** Pieces this short are separators, brackets and keys: see writeAscii. */
const SHORT_UNITS = 16;
/** A UTF-16 unit is at most three bytes of UTF-8 (a surrogate pair, two units, is four), so a chunk always fits. */
const BUFFER_BYTES = 3 * CHUNK_UNITS;
/**
 * The buffer an ended writer gave back, for the next one: the first write touches its pages (each first touch
 * of memory costs a page fault), later reports find them touched. One at a time: a writer holds its buffer
 * from construction to end(), so two open writers never share one.
 */
let spare;
const utf8Write = Buffer.prototype.utf8Write ??
    function (text, offset) {
        return this.write(text, offset, 'utf8');
    };
function isHighSurrogate(unit) {
    return unit >= 0xd800 && unit <= 0xdbff;
}
/**
 * Writes text given piece by piece as the UTF-8 of all the pieces joined, without ever holding that text or its
 * bytes whole: each piece is encoded straight into one reused buffer, which goes out when the next piece might
 * not fit. A report of megabytes built as one string, then encoded into a Buffer of its own, cost a fresh
 * multi-megabyte string and buffer (thousands of page faults); pieces joined into chunks before encoding still
 * allocated a string per chunk, and encoding each piece in place allocates nothing.
 *
 * The bytes are exactly Buffer.from(pieces.join(''), 'utf8'): a high surrogate that ends a piece or a chunk is
 * held back and encoded with what follows, so a pair split between two writes is still one character, and a
 * lone surrogate becomes U+FFFD as it would in the joined text.
 */
class Utf8Writer {
    output;
    buffer;
    used = 0;
    /** A high surrogate that ended the last piece: half of a pair, or lone if nothing follows. */
    held = '';
    ended = false;
    constructor(output) {
        this.output = output;
        this.buffer = spare ?? Buffer.allocUnsafe(BUFFER_BYTES);
        spare = undefined;
    }
    write(piece) {
        if (this.ended)
            throw new Error('text written after end()');
        let text = this.held ? this.held + piece : piece;
        this.held = '';
        if (text.length === 0)
            return;
        if (isHighSurrogate(text.charCodeAt(text.length - 1))) {
            this.held = text.slice(-1);
            text = text.slice(0, -1);
        }
        if (3 * text.length > BUFFER_BYTES - this.used)
            this.flush();
        if (text.length <= SHORT_UNITS && this.writeAscii(text))
            return;
        if (text.length <= CHUNK_UNITS) {
            this.used += utf8Write.call(this.buffer, text, this.used);
            return;
        }
        // Bigger than the buffer: in chunks, each a slice (a view of the text, not a copy), none ending inside a pair.
        for (let start = 0; start < text.length;) {
            let end = Math.min(start + CHUNK_UNITS, text.length);
            if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1)))
                end--;
            this.used = utf8Write.call(this.buffer, text.slice(start, end), 0);
            this.flush();
            start = end;
        }
    }
    /** Writes what is left (a lone high surrogate last, as U+FFFD) and gives the buffer back; the writer is done. */
    end() {
        if (this.ended)
            return;
        if (this.held) {
            if (this.used + 3 > BUFFER_BYTES)
                this.flush();
            this.used += utf8Write.call(this.buffer, this.held, this.used);
            this.held = '';
        }
        this.flush();
        this.ended = true;
        spare = this.buffer;
    }
    /**
     * A short ASCII piece (a comma, a bracket) copied here, byte by byte, where the encoder is a call into native
     * code that costs more than the copy; false, having written nothing, if the piece is not ASCII.
     */
    writeAscii(text) {
        for (let index = 0; index < text.length; index++)
            if (text.charCodeAt(index) > 0x7f)
                return false;
        for (let index = 0; index < text.length; index++)
            this.buffer[this.used + index] = text.charCodeAt(index);
        this.used += text.length;
        return true;
    }
    flush() {
        if (this.used === 0)
            return;
        const used = this.used;
        this.used = 0;
        this.output(this.buffer.subarray(0, used));
    }
}

;// CONCATENATED MODULE: ./packages/core/src/safe-files/atomic-file.ts







/**
 * A file written beside its destination under a temporary name and renamed
 * over it only when complete, so a reader, or a run killed half way, sees the
 * old file or the new one, never half of one. Every atomic write in the suite
 * goes through here: the destination's directory is resolved and checked to
 * be inside the root, the temporary file is created new (O_EXCL|O_NOFOLLOW)
 * under an unpredictable name, and temporaries that killed writers left in
 * that directory are removed first.
 */
class AtomicFile {
    options;
    /** The real path the file is renamed to. */
    destination;
    temporary;
    fd;
    finished = false;
    constructor(destination, options) {
        this.options = options;
        this.destination = (0,contained_path/* containedPath */.fX)(options.root, destination, { createDirectories: true, directoryMode: options.directoryMode });
        const directory = (0,external_node_path_.dirname)(this.destination);
        (0,temp_files/* sweepStaleTemporaries */.fs)(directory);
        try {
            ({ fd: this.fd, path: this.temporary } = (0,temp_files/* createTemporary */.GY)(directory, (0,external_node_path_.basename)(this.destination), options.mode));
        }
        catch (error) {
            throw new gates_error/* GatesError */.xx('GATES_E_FILESYSTEM', { path: destination, reason: `cannot create a temporary file beside it (${error.code ?? error.message})` }, { cause: error });
        }
    }
    /** Appends all of `bytes`; refused once committed or abandoned (a late stream write must not reach a reused descriptor). */
    write(bytes) {
        if (this.finished)
            throw new Error(`${this.temporary} is already closed`);
        for (let offset = 0; offset < bytes.length;)
            offset += (0,external_node_fs_.writeSync)(this.fd, bytes, offset, bytes.length - offset);
    }
    /**
     * Appends all of `text` as UTF-8, a chunk at a time through one reused buffer (text-writer.ts): reports run to
     * megabytes, and encoding one whole (writeFileSync does, into memory of its size) cost a page fault per 4 KB.
     */
    writeText(text) {
        if (this.finished)
            throw new Error(`${this.temporary} is already closed`);
        const writer = this.textWriter();
        writer.write(text);
        writer.end();
    }
    /** A writer that appends the UTF-8 of the text given to it piece by piece; end() it before commit(). */
    textWriter() {
        return new Utf8Writer((bytes) => this.write(bytes));
    }
    /**
     * A stream that appends to the file without owning its descriptor. A write
     * stream given the descriptor would close it when destroyed (pipeline does
     * that on error, autoClose: false or not), asynchronously: after abandon()
     * had closed it and the number was reused by the next file, which then lost
     * its descriptor (EBADF) or had its writes go nowhere.
     */
    sink() {
        return new external_node_stream_.Writable({
            write: (chunk, _encoding, callback) => {
                try {
                    this.write(chunk);
                    callback();
                }
                catch (error) {
                    callback(error);
                }
            },
        });
    }
    commit() {
        if (this.options.durable)
            (0,external_node_fs_.fsyncSync)(this.fd);
        (0,external_node_fs_.closeSync)(this.fd);
        this.finished = true;
        (0,external_node_fs_.renameSync)(this.temporary, this.destination);
    }
    abandon() {
        // Only commit() and abandon() close the descriptor, once.
        if (!this.finished)
            (0,external_node_fs_.closeSync)(this.fd);
        this.finished = true;
        (0,external_node_fs_.rmSync)(this.temporary, { force: true });
    }
}
/** Writes a whole file atomically (see AtomicFile); returns the real path written. */
function writeFileAtomically(destination, content, options) {
    return writeThrough(destination, options, (file) => (typeof content === 'string' ? file.writeText(content) : file.write(content)));
}
/** Writes a file atomically from text given piece by piece (see AtomicFile, Utf8Writer); returns the real path written. */
function writeTextAtomically(destination, source, options) {
    return writeThrough(destination, options, (file) => {
        const writer = file.textWriter();
        source((piece) => writer.write(piece));
        writer.end();
    });
}
/** Creates the temporary file, lets `write` fill it, then renames it into place; on any error removes it and rethrows. */
function writeThrough(destination, options, write) {
    const file = new AtomicFile(destination, options);
    try {
        write(file);
        file.commit();
    }
    catch (error) {
        file.abandon();
        throw error;
    }
    return file.destination;
}


/***/ }),

/***/ 71914:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   R: () => (/* binding */ containedDirectory),
/* harmony export */   fX: () => (/* binding */ containedPath),
/* harmony export */   jd: () => (/* binding */ PathOutside)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(15170);
/* harmony import */ var _make_directories_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(48877);




/**
 * True when `child` is `parent` or below it, comparing paths as written (no
 * filesystem access). A name that merely starts with two dots (`..state`) is
 * inside; only a `..` component leads out.
 */
function isInside(child, parent) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(parent), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(child));
    return path === '' || (path !== '..' && !path.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path));
}
/**
 * Where to write `target` so that it lands inside `root`: the real path of its
 * directory (every symbolic link on the way resolved) joined with its name.
 * Refused (GATES_E_PATH_OUTSIDE, exit 2) when the path is outside `root` as
 * written, or a symbolic link on the way leads outside it — a link committed
 * to a repository as `logs -> /home/runner` must not make gates rewrite the
 * runner's files. The last component is not resolved: writers replace it by
 * rename (which replaces a link rather than following it) or open it with
 * O_NOFOLLOW. Writing to the returned path, not `target`, means a link swapped
 * in on the way after this check is not followed either.
 */
function containedPath(root, target, options = {}) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(target);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute) === absolute)
        throw outside(target, absolute, root);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(containedDirectory(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute), options, target), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(absolute));
}
/**
 * The real path of `directory`, which must be inside `root` both as written
 * and once every link is resolved. A directory that does not exist yet is
 * judged by its deepest existing ancestor; with createDirectories the missing
 * ones are then created one at a time, each inside a directory already
 * checked. Without it, the returned path is where it would be.
 */
function containedDirectory(root, directory, options = {}, shown = directory) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(directory);
    if (!isInside(absolute, root))
        throw outside(shown, absolute, root);
    let realRoot;
    try {
        if (options.createDirectories)
            (0,_make_directories_js__WEBPACK_IMPORTED_MODULE_2__/* .makeDirectories */ .K)(root, options.directoryMode);
        realRoot = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(root);
    }
    catch (error) {
        throw filesystemError(root, error);
    }
    const missing = [];
    let existing = absolute;
    let real;
    for (;;) {
        try {
            real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(existing);
            break;
        }
        catch (error) {
            if (error.code !== 'ENOENT' || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(existing) === existing)
                throw filesystemError(existing, error);
            missing.unshift((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(existing));
            existing = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(existing);
        }
    }
    if (!isInside(real, realRoot))
        throw outside(shown, real, root);
    for (const name of missing) {
        real = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(real, name);
        if (!options.createDirectories)
            continue;
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(real, { mode: options.directoryMode ?? 0o777 });
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw filesystemError(real, error);
            // Created meanwhile, by another writer or as a link: only a real directory is used.
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(real).isDirectory())
                throw outside(shown, real, root);
        }
    }
    return real;
}
/** GATES_E_PATH_OUTSIDE, with where the path really leads. */
class PathOutside extends _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_3__/* .GatesError */ .xx {
    path;
    real;
    root;
    constructor(path, real, root) {
        super('GATES_E_PATH_OUTSIDE', { path, real, root });
        this.path = path;
        this.real = real;
        this.root = root;
    }
}
function outside(target, real, root) {
    return new PathOutside(target, real, root);
}
function filesystemError(path, error) {
    const code = error.code;
    return new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_3__/* .GatesError */ .xx('GATES_E_FILESYSTEM', { path, reason: code === 'ENOTDIR' ? 'a component of the path is not a directory' : (code ?? error.message) }, { cause: error });
}


/***/ }),

/***/ 48877:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ makeDirectories)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * mkdir -p, one component at a time. Node's own recursive mkdir never returns
 * on some pseudo-filesystems (measured: a path under /proc spins forever), and
 * a gate must fail, not hang.
 */
function makeDirectories(path, mode = 0o777) {
    const missing = [];
    let current = path;
    while (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(current)) {
        missing.push(current);
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(current);
        if (parent === current)
            break;
        current = parent;
    }
    for (const directory of missing.reverse()) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(directory, { mode });
        }
        catch (error) {
            // Another writer created it meanwhile: what matters is that it exists.
            if (error.code !== 'EEXIST')
                throw error;
        }
    }
}


/***/ }),

/***/ 6220:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   SB: () => (/* binding */ readRegularFileIfExists),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   ie: () => (/* binding */ UnreadableFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(15170);


/** Why a file could not be read; a GatesError (exit 2) that callers may turn into a more specific one by its kind. */
class UnreadableFile extends _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx {
    file;
    kind;
    reason;
    constructor(file, kind, reason, cause) {
        super(kind === 'missing' ? 'GATES_E_FILE_NOT_FOUND' : 'GATES_E_FILE_UNREADABLE', { file, reason }, { cause });
        this.file = file;
        this.kind = kind;
        this.reason = reason;
    }
}
/** O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever. */
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
const CHUNK_BYTES = 1024 * 1024;
/**
 * Opens a file for reading the one safe way: without blocking (opening a FIFO
 * would wait for a writer forever), and checked on the opened descriptor to
 * be a regular file — so a FIFO, a device such as /dev/zero, a socket or a
 * directory is refused, with no window to swap the file between the check
 * and the read. For readers that stream (logs, test reports); the caller
 * closes the descriptor and enforces its own size limit.
 */
function openRegularFile(path, options = {}) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, OPEN_FLAGS | (options.noFollow ? node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW : 0));
    }
    catch (error) {
        throw describeOpenError(path, error);
    }
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!info.isFile())
            throw new UnreadableFile(path, 'not-regular', `it is ${describeType(info)}, not a regular file`);
        return { fd, stats: info };
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        if (error instanceof UnreadableFile)
            throw error;
        throw new UnreadableFile(path, 'io', error.code ?? error.message, error);
    }
}
/** The one way the suite reads a whole file it did not just create: see openRegularFile; read up to `maxBytes`, never further. */
function readRegularFile(path, options) {
    const { fd, stats } = openRegularFile(path, options);
    try {
        return readCapped(fd, path, stats.size, options.maxBytes);
    }
    catch (error) {
        if (error instanceof UnreadableFile)
            throw error;
        throw new UnreadableFile(path, 'io', error.code ?? error.message, error);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** UTF-8 text of a regular file (invalid bytes become U+FFFD; callers that must reject them decode the bytes themselves). */
function readTextFile(path, options) {
    return readRegularFile(path, options).toString('utf8');
}
/** The file's bytes, or undefined when there is no such file: for state that may not have been written yet. */
function readRegularFileIfExists(path, options) {
    try {
        return readRegularFile(path, options);
    }
    catch (error) {
        if (error instanceof UnreadableFile && error.kind === 'missing')
            return undefined;
        throw error;
    }
}
function readCapped(fd, path, statSize, maxBytes) {
    // Reads one byte past the cap, which shows a file that is too large (or still growing) without reading all of it.
    const limit = maxBytes + 1;
    const chunks = [];
    let total = 0;
    // Sized from stat, which can be 0 for files that do have content (/proc): then in 64 KiB steps.
    let buffer = Buffer.allocUnsafe(Math.min(limit, Math.max(statSize + 1, 64 * 1024), CHUNK_BYTES));
    let filled = 0;
    for (;;) {
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, filled, Math.min(buffer.length - filled, limit - total), null);
        if (read === 0)
            break;
        filled += read;
        total += read;
        if (total >= limit)
            break;
        if (filled === buffer.length) {
            chunks.push(buffer);
            buffer = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, limit - total));
            filled = 0;
        }
    }
    if (total > maxBytes)
        throw new UnreadableFile(path, 'too-large', `it is larger than the ${maxBytes}-byte limit`);
    chunks.push(buffer.subarray(0, filled));
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
function describeOpenError(path, error) {
    const code = error.code;
    if (code === 'ENOENT')
        return new UnreadableFile(path, 'missing', 'it does not exist', error);
    if (code === 'ELOOP')
        return new UnreadableFile(path, 'symlink', 'it is a symbolic link, which is not followed here', error);
    if (code === 'EACCES' || code === 'EPERM')
        return new UnreadableFile(path, 'io', 'permission denied', error);
    if (code === 'ENOTDIR')
        return new UnreadableFile(path, 'io', 'a component of the path is not a directory', error);
    return new UnreadableFile(path, 'io', code ?? error.message, error);
}
function describeType(info) {
    if (info.isFIFO())
        return 'a named pipe (FIFO)';
    if (info.isCharacterDevice() || info.isBlockDevice())
        return 'a device';
    if (info.isDirectory())
        return 'a directory';
    if (info.isSocket())
        return 'a socket';
    return 'a special file';
}


/***/ }),

/***/ 98861:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ isTemporaryName),
/* harmony export */   GY: () => (/* binding */ createTemporary),
/* harmony export */   fs: () => (/* binding */ sweepStaleTemporaries)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _lock_process_alive_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6288);




/**
 * Temporary files: `.<name>.gates-tmp-<pid>-<host>-<random>`, next to the file
 * they will replace. The pid and host say whose it is, so a later run can tell
 * a file left by a killed writer (removed) from one still being written (left
 * alone); the random part makes the name impossible to plant in advance.
 */
const TEMPORARY_NAME = /^\..*\.gates-tmp-(\d+)-([0-9a-f]{8})-[0-9a-f]{16}$/;
/** Keeps temporary names within NAME_MAX (255 bytes) whatever the destination's name. */
const MAX_BASE_CHARS = 100;
function isTemporaryName(name) {
    return TEMPORARY_NAME.test(name);
}
function temporaryName(base) {
    return `.${base.slice(0, MAX_BASE_CHARS)}.gates-tmp-${process.pid}-${_lock_process_alive_js__WEBPACK_IMPORTED_MODULE_3__/* .HOST_TAG */ .q}-${randomHex8()}`;
}
/**
 * 8 random bytes as hex, taken from a pool filled 4 KiB at a time: one
 * `randomBytes(8)` per name cost a call into OpenSSL each, 7 µs a name when a
 * restore writes 10,000 files. Every name still gets its own 8 bytes, never
 * reused.
 */
const RANDOM_POOL = Buffer.alloc(4096);
let randomTaken = RANDOM_POOL.length;
function randomHex8() {
    if (randomTaken === RANDOM_POOL.length) {
        (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomFillSync)(RANDOM_POOL);
        randomTaken = 0;
    }
    randomTaken += 8;
    return RANDOM_POOL.toString('hex', randomTaken - 8, randomTaken);
}
/**
 * O_EXCL with O_NOFOLLOW: the file is new, made by this call — never a file or
 * link someone placed under that name (a committed `.github/x.tmp -> /etc/...`
 * link is not written through).
 */
const CREATE_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW;
/** Creates a new temporary file in `directory` (which must be a real, checked directory). Mode 0600 unless given. */
function createTemporary(directory, base, mode = 0o600) {
    for (let attempt = 0;; attempt++) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(directory, temporaryName(base));
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, CREATE_FLAGS, 0o600);
        }
        catch (error) {
            // 64 random bits: a collision means someone is guessing; give up rather than loop.
            if (error.code === 'EEXIST' && attempt < 3)
                continue;
            throw error;
        }
        try {
            // After open, so the umask does not narrow a mode copied from the file being replaced.
            if (mode !== 0o600)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fchmodSync)(fd, mode & 0o7777);
        }
        catch (error) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(path);
            throw error;
        }
        return { fd, path };
    }
}
const swept = new Set();
/**
 * Removes temporary files left in `directory` by writers on this machine that
 * are gone (killed mid-write: a SIGKILL runs no cleanup). Once per directory
 * per process: every writer calls it before its first write to a directory.
 * Files of live processes and of other machines are left alone.
 */
function sweepStaleTemporaries(directory) {
    if (swept.has(directory))
        return 0;
    swept.add(directory);
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(directory);
    }
    catch {
        return 0;
    }
    let removed = 0;
    for (const name of names) {
        const match = TEMPORARY_NAME.exec(name);
        if (!match || match[2] !== _lock_process_alive_js__WEBPACK_IMPORTED_MODULE_3__/* .HOST_TAG */ .q || Number(match[1]) === process.pid || (0,_lock_process_alive_js__WEBPACK_IMPORTED_MODULE_3__/* .isProcessAlive */ .j)(Number(match[1])))
            continue;
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(directory, name));
            removed++;
        }
        catch {
            // Removed by another run meanwhile, or not ours to remove: it stays.
        }
    }
    return removed;
}


/***/ }),

/***/ 84380:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jc: () => (/* binding */ segmentName),
/* harmony export */   MY: () => (/* binding */ recordOrigin),
/* harmony export */   Pb: () => (/* binding */ isSegmentName),
/* harmony export */   Pw: () => (/* binding */ SEGMENT_PREFIX),
/* harmony export */   tv: () => (/* binding */ jobKey)
/* harmony export */ });
/* unused harmony export jobBackendId */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Who writes a segment, from what the runner gives a step. Pure.
 *
 * Matrix jobs share GITHUB_JOB; what tells them apart is the job's backend id,
 * which the runner puts only in the runtime token (a JWT whose `scp` claim
 * reads `Actions.Results:<run backend id>:<job backend id>`, as
 * @actions/artifact reads it). Steps of one job are told apart by
 * GITHUB_ACTION (the step's id, or `__<owner>_<repo>` with a numeric suffix
 * for a second unnamed use). The token is never stored: only a short hash of
 * the job backend id is.
 */
function recordOrigin(env) {
    const origin = {};
    const job = jobKey(env);
    const fields = [
        ['run', env.GITHUB_RUN_ID],
        ['attempt', env.GITHUB_RUN_ATTEMPT],
        ['job', job],
        ['step', env.GITHUB_ACTION],
        ['runner', env.RUNNER_NAME],
    ];
    for (const [key, value] of fields)
        if (value)
            origin[key] = value;
    return origin;
}
/** `<GITHUB_JOB>` plus `.<8 hex>` of the job backend id when the token carries one (matrix jobs share the job id). */
function jobKey(env) {
    const job = env.GITHUB_JOB;
    if (!job)
        return undefined;
    const backend = jobBackendId(env.ACTIONS_RUNTIME_TOKEN);
    return backend ? `${job}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(backend).digest('hex').slice(0, 8)}` : job;
}
/** The job backend id in a runtime token's `scp` claim; the signature is not checked (the service checks it). */
function jobBackendId(token) {
    const payload = token?.split('.')[1];
    if (!payload)
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        if (typeof claims.scp !== 'string')
            return undefined;
        for (const scope of claims.scp.split(' ')) {
            const parts = scope.split(':');
            if (parts[0] === 'Actions.Results' && parts.length === 3)
                return parts[2];
        }
    }
    catch {
        return undefined;
    }
    return undefined;
}
const SEGMENT_PREFIX = 'gates-state-';
/**
 * `gates-state-<job>-<attempt>-<n>`, where `<n>` is the step and, if the name
 * is taken already (the same step publishing twice, or another step of the
 * run took it first), a suffix: the caller's choice. Characters an
 * artifact name may not hold (`"`, `:`, `<`, `>`, `|`, `*`, `?`, `\`, `/`, line
 * breaks) become `_`.
 */
/**
 * A name segmentName could have given: the prefix and none of the characters an artifact name may not hold.
 * The list comes from the service, and any step of the run holding the runtime token can create artifacts with
 * names the client would refuse (`gates-state-x/../../audit`): a restore must not take one as a path.
 */
function isSegmentName(name) {
    return name.startsWith(SEGMENT_PREFIX) && name.length <= 200 && !/[":<>|*?\\/\r\n\0]/.test(name);
}
function segmentName(env, suffix = 1) {
    const job = jobKey(env) ?? 'local';
    const attempt = env.GITHUB_RUN_ATTEMPT || '1';
    const step = env.GITHUB_ACTION || 'step';
    const n = suffix === 1 ? step : `${step}.${suffix}`;
    return `${SEGMENT_PREFIX}${job}-${attempt}-${n}`.replace(/[":<>|*?\\/\r\n]/g, '_').slice(0, 200);
}


/***/ }),

/***/ 96238:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NE: () => (/* binding */ withDeadline),
/* harmony export */   iA: () => (/* binding */ artifactStore),
/* harmony export */   uB: () => (/* binding */ transportAbandoned)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(15170);



/**
 * The Actions artifact service through `@actions/artifact` (its current
 * major). The package is loaded only here, on first use: a step under
 * `state: local` never pays its start-up cost.
 */
function artifactStore(retentionDays) {
    let client;
    const connect = () => (client ??= Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(756), __nccwpck_require__.e(351), __nccwpck_require__.e(799)]).then(__nccwpck_require__.bind(__nccwpck_require__, 76799)).then((module) => new module.DefaultArtifactClient()));
    return {
        async list(prefix) {
            // Every artifact, not `latest: true`: a re-run's jobs may create a name an earlier attempt used, and the latest
            // of a name hides the earlier one. Any step of the run could then hide a signed failure of attempt 1 behind an
            // artifact of its name; each one listed is checked on its own instead (docs/ordering.md).
            const { artifacts } = await (await connect()).listArtifacts();
            return artifacts.filter((artifact) => artifact.name.startsWith(prefix)).map(({ id, name, size }) => ({ id, name, size }));
        },
        async download(id, into, maxBytes) {
            if (maxBytes === undefined) {
                await (await connect()).downloadArtifact(id, { path: into });
                return;
            }
            // The zip is saved as it is and unpacked here (segment-zip.ts): the client's own extraction has no size limit.
            // The zip reader (yauzl) loads with the first download, like the client: a step under `state: local` never parses it.
            const { extractZip, ZipRefused } = await Promise.all(/* import() */[__nccwpck_require__.e(663), __nccwpck_require__.e(475)]).then(__nccwpck_require__.bind(__nccwpck_require__, 23475));
            const raw = `${into}.zip.d`;
            try {
                await (await connect()).downloadArtifact(id, { path: raw, skipDecompress: true });
                const [file, ...more] = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(raw);
                if (file === undefined || more.length > 0)
                    throw new ZipRefused('the download is not one file');
                const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(raw, file);
                const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size;
                if (size > maxBytes)
                    throw new ZipRefused(`the artifact is ${size} bytes, over the limit of a segment`);
                await extractZip((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path), into, maxBytes);
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(raw, { recursive: true, force: true });
            }
        },
        async upload(name, root, files) {
            try {
                await (await connect()).uploadArtifact(name, files, root, { ...(retentionDays ? { retentionDays } : {}), compressionLevel: 6 });
                return 'uploaded';
            }
            catch (error) {
                const message = String(error?.message ?? error);
                if (/\b409\b|already exists/i.test(message))
                    return 'taken';
                // The service said no for good (the client does not retry it): the job's 500 artifacts, or the storage quota.
                if (/non-retryable|storage quota/i.test(message))
                    throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_2__/* .GatesError */ .xx('GATES_E_STATE_REFUSED', { name, reason: message.slice(0, 300) }, { cause: error });
                throw error;
            }
        },
    };
}
let abandoned = false;
/** Whether an operation was given up at its deadline: its sockets and the client's retry timers may still hold the process open. */
function transportAbandoned() {
    return abandoned;
}
/** Bounds a transport operation: an outage of the service costs `timeoutMs`, not the client's own retry schedule. */
async function withDeadline(operation, timeoutMs, work) {
    let timer;
    const deadline = new Promise((_resolve, reject) => {
        timer = setTimeout(() => {
            abandoned = true;
            reject(new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_2__/* .GatesError */ .xx('GATES_E_STATE_TRANSPORT', { operation, reason: `no answer within ${Math.round(timeoutMs / 100) / 10}s` }));
        }, timeoutMs);
    });
    try {
        return await Promise.race([work().catch((error) => {
                if (error instanceof _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_2__/* .GatesError */ .xx)
                    throw error;
                throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_2__/* .GatesError */ .xx('GATES_E_STATE_TRANSPORT', { operation, reason: String(error?.message ?? error).slice(0, 300) }, { cause: error });
            }), deadline]);
    }
    finally {
        clearTimeout(timer);
    }
}


/***/ }),

/***/ 98256:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ STATE_MODES),
/* harmony export */   Ol: () => (/* binding */ retentionDays),
/* harmony export */   n0: () => (/* binding */ resolveStateMode)
/* harmony export */ });
/* harmony import */ var _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(15170);

const STATE_MODES = ['auto', 'artifact', 'cache', 'local'];
/**
 * Where the run's state travels: `auto` is `artifact` where the runner gives
 * the results service, else `local` (a terminal, the CLI). Pure.
 *
 * `cache` is refused, not quietly kept local: the Actions cache restores one
 * entry per key prefix and cannot list a run's entries, so segments that
 * parallel jobs published could not all be found, and a later job would
 * decide without them. A name a user may well try deserves its own error.
 */
function resolveStateMode(requested, env) {
    if (requested === 'cache')
        throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_0__/* .GatesError */ .xx('GATES_E_STATE_CACHE', {});
    const onActions = Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
    if (requested === 'auto')
        return onActions ? 'artifact' : 'local';
    if (requested !== 'local' && !onActions) {
        throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_0__/* .GatesError */ .xx('GATES_E_USAGE', { detail: `state: ${requested} needs the Actions results service (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL), which only a GitHub Actions job has; use state: auto or local here` });
    }
    return requested;
}
/** The retention the runner sets for the run's artifacts (GITHUB_RETENTION_DAYS), or undefined to let the service decide. */
function retentionDays(env) {
    const days = Number(env.GITHUB_RETENTION_DAYS);
    return Number.isSafeInteger(days) && days > 0 ? days : undefined;
}


/***/ }),

/***/ 45085:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  S: () => (/* binding */ MAX_SEGMENT_ARTIFACT_BYTES),
  i: () => (/* binding */ StateSession)
});

// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __nccwpck_require__(15170);
;// CONCATENATED MODULE: ./packages/core/src/state-transport/merge.ts
/**
 * One total order over records from many runners (docs/ordering.md): by
 * Lamport counter, then by hash (a stable id every runner computes alike).
 * A record that happened before another has a smaller counter (each chain
 * counts up, and a runner that restored a segment counts past every record in
 * it), so the order respects happened-before; records that are concurrent
 * are ordered by hash, the same way on every machine, never by wall time.
 * Each record appears once (by hash): merging a segment twice changes
 * nothing. Pure.
 */
function mergeRecords(lists) {
    const byHash = new Map();
    for (const list of lists)
        for (const record of list)
            if (!byHash.has(record.hash))
                byHash.set(record.hash, record);
    return [...byHash.values()].sort(compareRecords);
}
function compareRecords(a, b) {
    if (a.lamport !== b.lamport)
        return a.lamport - b.lamport;
    return a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0;
}
/** The highest Lamport counter among records (0 for none); a loop, not a spread, for long lists. */
function highestLamport(records) {
    let highest = 0;
    for (const record of records)
        if (record.lamport > highest)
            highest = record.lamport;
    return highest;
}

// EXTERNAL MODULE: ./packages/core/src/state-transport/segment-store.ts
var segment_store = __nccwpck_require__(96238);
;// CONCATENATED MODULE: ./packages/core/src/state-transport/state-session.ts



/**
 * The largest segment artifact (as the service lists it: the zip, with the step's reports) a restore downloads.
 * Any step holding the runtime token can upload one; past this it is left out unread, so a huge artifact costs
 * a restore nothing. A step never publishes one this large (its reports are cut short first).
 */
const MAX_SEGMENT_ARTIFACT_BYTES = 16 * 1024 * 1024;
/**
 * A step's view of the run's state (docs/ordering.md): at start the run's
 * segments are listed, downloaded, verified and merged, and the ledger counts
 * past them; at the end the records this job appended since its last segment
 * are published as a new one. A segment that does not verify is left out
 * (and named); a store that fails or times out leaves the session `failed`,
 * and whoever asks for the merged records then gets the error (exit 3)
 * instead of a partial view: a security decision never rests on it.
 * With a signing key, a segment whose MAC is missing, wrong, or names
 * another run or repository is left out like one that does not verify.
 */
class StateSession {
    options;
    restored = [];
    rejected = [];
    failure;
    published;
    constructor(options) {
        this.options = options;
    }
    static async open(options, ledger) {
        const session = new StateSession(options);
        if (!options.store)
            return session;
        const { restoreSegments } = await loadTransfer();
        try {
            await (0,segment_store/* withDeadline */.NE)('restore', options.timeoutMs, () => restoreSegments(session, options, options.store));
        }
        catch (error) {
            session.failure = error instanceof gates_error/* GatesError */.xx ? error : new gates_error/* GatesError */.xx('GATES_E_STATE_TRANSPORT', { operation: 'restore', reason: String(error) });
            options.warn(`${session.failure.message} Decisions that need other jobs' state fail closed.`);
        }
        for (const segment of session.restored)
            ledger.observe(highestLamport(segment.records));
        return session;
    }
    get travels() {
        return this.options.store !== undefined;
    }
    /** This runner's records and every restored segment's, in one order; throws when the restore failed. */
    merged(local) {
        if (this.failure)
            throw this.failure;
        return mergeRecords([local, ...this.restored.map((segment) => segment.records)]);
    }
    /** Whether restored segments had their signatures checked (an anchor key was given). */
    get signed() {
        return this.options.signingKey !== undefined;
    }
    /** The segment a record was restored from, by hash (the first, when several carried it). */
    segmentOf(hash) {
        this.bySegment ??= new Map(this.restored.flatMap((segment) => segment.records.map((record) => [record.hash, segment.name])).reverse());
        return this.bySegment.get(hash);
    }
    bySegment;
    /** Lines for the summary: how many segments were merged, which were left out and why. */
    notes() {
        if (!this.travels)
            return [];
        if (this.failure)
            return [`State: not restored (${this.failure.message}).`];
        const signatures = this.signed ? 'each signature checked with the anchor key' : 'unsigned: no anchor-key, so signatures were not checked';
        const notes = [`State: ${this.restored.length} segment(s) of this run merged (${signatures}).`];
        for (const { name, reason } of this.rejected)
            notes.push(`State: segment ${name} left out: ${reason}.`);
        return notes;
    }
    /**
     * Publishes the records this job appended since its last segment, with the
     * step's report files, as one new artifact (segment-transfer.ts). Nothing
     * new, nothing published. Failure warns: the decision is already made and
     * recorded on this runner.
     */
    async publish(ledger, reportDirectory) {
        const store = this.options.store;
        if (!store)
            return;
        const { publishSegment } = await loadTransfer();
        await publishSegment(this, this.options, store, ledger, reportDirectory);
    }
}
/**
 * The transfer code (segment format, signatures, zip reader: about 90 KB with yauzl) is loaded only when a store
 * is given: steps under `state: local` never parse it. Loaded outside the deadline, so that a bundle missing its
 * chunk is an internal error (exit 4), not a transport outage that a restore would only warn about.
 */
function loadTransfer() {
    return Promise.all(/* import() */[__nccwpck_require__.e(663), __nccwpck_require__.e(784)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8784));
}


/***/ }),

/***/ 44904:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fl: () => (/* binding */ DEFAULT_STATE_TIMEOUT_MS),
  h8: () => (/* binding */ finishStepState),
  OE: () => (/* binding */ openStepState),
  ft: () => (/* binding */ stepStateSettings)
});

// UNUSED EXPORTS: MIN_ANCHOR_KEY_LENGTH

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./packages/core/src/audit/keyed-anchor.ts

/**
 * The keyed anchor (docs/audit.md): HMAC-SHA-256 of the head hash with a
 * secret key. Whoever rewrites and re-hashes a whole ledger can publish a new
 * head, but not a matching anchor without the key. Pure.
 */
function keyedAnchor(head, key) {
    return (0,external_node_crypto_.createHmac)('sha256', key).update(head).digest('hex');
}
function anchorMatches(head, anchor, key) {
    const expected = Buffer.from(keyedAnchor(head, key), 'hex');
    const given = Buffer.from(/^[0-9a-f]{64}$/.test(anchor) ? anchor : '', 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
}

// EXTERNAL MODULE: ./packages/core/src/config/layers.ts
var config_layers = __nccwpck_require__(7572);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __nccwpck_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/inputs/parse.ts
var parse = __nccwpck_require__(67528);
;// CONCATENATED MODULE: ./packages/core/src/state-transport/publish-verdict.ts

const PUBLISH_MODES = ['status', 'check', 'none'];
/**
 * The verdict as a commit status or a check run on the commit. The status's
 * description and the check run's summary carry the head (and the keyed
 * anchor); the run id travels in the target URL / external id, so a later
 * reader can ask the Actions API which workflow wrote it.
 */
async function publishVerdict(mode, api, owner, repo, verdict) {
    const headLine = `head ${verdict.head}${verdict.anchor ? ` anchor ${verdict.anchor}` : ''}`;
    const result = mode === 'status'
        ? await api.post('POST /repos/{owner}/{repo}/statuses/{sha}', {
            owner,
            repo,
            sha: verdict.sha,
            state: verdict.verdict === 'pass' ? 'success' : 'failure',
            context: verdict.context,
            // 140 characters at most: the verdict and the head (an anchor goes in the check run's summary only).
            description: `${verdict.verdict} head ${verdict.head}`.slice(0, 140),
            ...(verdict.runUrl ? { target_url: verdict.runUrl } : {}),
        })
        : await api.post('POST /repos/{owner}/{repo}/check-runs', {
            owner,
            repo,
            name: verdict.context,
            head_sha: verdict.sha,
            status: 'completed',
            conclusion: verdict.verdict === 'pass' ? 'success' : 'failure',
            external_id: [verdict.runId ?? '', verdict.attempt ?? ''].join('/'),
            ...(verdict.runUrl ? { details_url: verdict.runUrl } : {}),
            output: { title: `${verdict.context}: ${verdict.verdict}`, summary: `verdict ${verdict.verdict}\n${headLine}` },
        });
    if (!result.ok) {
        const permission = mode === 'status' ? 'statuses: write' : 'checks: write';
        throw new gates_error/* GatesError */.xx('GATES_E_API_DENIED', { route: `publish ${verdict.context} as a ${mode}`, status: result.status, reason: `${result.message} (the job needs \`permissions: ${permission}\`)` });
    }
}

// EXTERNAL MODULE: ./packages/core/src/state-transport/segment-store.ts
var segment_store = __nccwpck_require__(96238);
// EXTERNAL MODULE: ./packages/core/src/state-transport/state-mode.ts
var state_mode = __nccwpck_require__(98256);
// EXTERNAL MODULE: ./packages/core/src/state-transport/state-session.ts + 1 modules
var state_session = __nccwpck_require__(45085);
;// CONCATENATED MODULE: ./packages/core/src/state-transport/step-state.ts








/** Restore and publish each get this long by default: an artifact-service outage costs seconds, not the client's retry schedule. */
const DEFAULT_STATE_TIMEOUT_MS = 20_000;
const DEFAULT_API_TIMEOUT_MS = 10_000;
/** The anchor key signs segments whose MACs any step of the run can read: 32 characters (128 bits as hex and more) leave no key to guess. */
const MIN_ANCHOR_KEY_LENGTH = 32;
/** `state`, `publish` and `anchor-key` inputs over the root config's `state`, `publish` and `state-timeout`. */
function stepStateSettings(inputs, config, env) {
    const requested = inputs.string('state') ? inputs.enumeration('state', state_mode/* STATE_MODES */.DR, 'auto') : ((0,config_layers/* valueAt */.fK)(config.values, 'state') ?? 'auto');
    const publish = inputs.string('publish') ? inputs.enumeration('publish', PUBLISH_MODES, 'none') : ((0,config_layers/* valueAt */.fK)(config.values, 'publish') ?? 'none');
    const timeout = (0,config_layers/* valueAt */.fK)(config.values, 'state-timeout');
    const anchorKey = inputs.string('anchor-key');
    if (anchorKey && anchorKey.length < MIN_ANCHOR_KEY_LENGTH) {
        // Any step of the run can download a signed segment (its MAC, over text it can read) and guess the key offline:
        // a short key, once guessed, signs forged passes. The value is not named: a short one is not masked either.
        throw new gates_error/* GatesError */.xx('GATES_E_INPUT_INVALID', { input: 'anchor-key', value: `a secret of ${anchorKey.length} characters`, expected: `a random secret of at least ${MIN_ANCHOR_KEY_LENGTH} characters (\`openssl rand -hex 32\`)` });
    }
    return {
        mode: (0,state_mode/* resolveStateMode */.n0)(requested, env),
        publish,
        timeoutMs: timeout ? (0,parse/* parseDuration */.E9)(timeout, { minMs: 1000, maxMs: 600_000 }) : DEFAULT_STATE_TIMEOUT_MS,
        ...(anchorKey ? { anchorKey } : {}),
    };
}
/** Restores the run's segments before the action runs (artifact mode), so the ledger counts past them; with the anchor key, only signed ones. */
function openStepState(settings, stateRoot, env, ledger, runner) {
    const store = settings.mode === 'artifact' ? (0,segment_store/* artifactStore */.iA)((0,state_mode/* retentionDays */.Ol)(env)) : undefined;
    const signing = settings.anchorKey ? { signingKey: settings.anchorKey } : {};
    return state_session/* StateSession */.i.open({ stateRoot, store, env, timeoutMs: settings.timeoutMs, warn: (message) => runner.warning(message), ...signing }, ledger);
}
/**
 * After the step's record is appended: prints and outputs the head (and the
 * keyed anchor), publishes the verdict (status or check run) and the segment.
 * Publishing the verdict is the step's promise to branch protection: a
 * failure to publish it is an error (exit 3); a segment that cannot be
 * published only warns (the decision is made and recorded here).
 */
async function finishStepState(settings, session, ledger, end, env, runner) {
    const head = end.record.hash;
    const anchor = settings.anchorKey ? keyedAnchor(head, settings.anchorKey) : undefined;
    // On a terminal the CLI lays out its own output (`gates audit verify` prints the head there).
    if (runner.kind === 'github')
        runner.info(`Audit ledger head: ${head} (Lamport ${end.record.lamport})${anchor ? `, keyed anchor ${anchor}` : ''}`);
    runner.setOutput('ledger-head', head);
    if (anchor)
        runner.setOutput('ledger-anchor', anchor);
    if (settings.publish !== 'none' && env.GITHUB_SHA && env.GITHUB_REPOSITORY) {
        if (!end.token)
            throw new gates_error/* GatesError */.xx('GATES_E_API_NO_TOKEN', { what: `publish: ${settings.publish} (the verdict of ${end.action})` });
        const [owner = '', repo = ''] = env.GITHUB_REPOSITORY.split('/');
        // The API client loads only here: most steps publish no verdict, and every step would parse it at start.
        const { connectGitHub } = await __nccwpck_require__.e(/* import() */ 964).then(__nccwpck_require__.bind(__nccwpck_require__, 82964));
        const api = await connectGitHub(end.token, env, runner, { timeoutMs: end.apiTimeoutMs ?? DEFAULT_API_TIMEOUT_MS });
        const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
        await publishVerdict(settings.publish, api, owner, repo, {
            context: `gates/${end.action}`,
            verdict: end.verdict,
            sha: env.GITHUB_SHA,
            head,
            ...(anchor ? { anchor } : {}),
            ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID, runUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
            ...(env.GITHUB_RUN_ATTEMPT ? { attempt: env.GITHUB_RUN_ATTEMPT } : {}),
        });
    }
    await session.publish(ledger, end.reportDirectory);
}


/***/ }),

/***/ 14262:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ setQuiesce),
/* harmony export */   XS: () => (/* binding */ clearQuiesce),
/* harmony export */   uj: () => (/* binding */ awaitQuiesce)
/* harmony export */ });
/* unused harmony exports quiescePath, readQuiesce */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(15170);
/* harmony import */ var _lock_process_alive_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6288);
/* harmony import */ var _safe_files_atomic_file_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(56135);
/* harmony import */ var _safe_files_read_file_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6220);
/* harmony import */ var _state_root_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(27693);








const POLL_MS = 200;
function quiescePath(stateRoot) {
    return (0,_state_root_js__WEBPACK_IMPORTED_MODULE_3__/* .statePath */ .B)(stateRoot, 'quiesce.json');
}
function setQuiesce(stateRoot, gate, run) {
    const marker = { gate, since: new Date().toISOString(), run, pid: process.pid, host: (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)() };
    (0,_safe_files_atomic_file_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomically */ .lo)(quiescePath(stateRoot), JSON.stringify(marker), { root: stateRoot, durable: true, directoryMode: 0o700 });
    return marker;
}
/** Removes the marker, only if it is this process's own (a newer rollback's marker stays). */
function clearQuiesce(stateRoot) {
    const marker = readQuiesce(stateRoot);
    if (marker && marker.pid === process.pid && marker.host === (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)())
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(quiescePath(stateRoot), { force: true });
}
/** The marker in force, or undefined (none, unreadable as a marker, or stale). */
function readQuiesce(stateRoot) {
    const bytes = (0,_safe_files_read_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readRegularFileIfExists */ .SB)(quiescePath(stateRoot), { maxBytes: 4096, noFollow: true });
    if (!bytes)
        return undefined;
    let marker;
    try {
        marker = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        // A torn marker cannot be: it is replaced whole. Anything else here was not written by gates; it holds (fail closed).
        return { gate: 'unknown', since: 'unknown', run: 'unknown', pid: 0, host: 'unknown' };
    }
    if (marker.host === (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)() && !(0,_lock_process_alive_js__WEBPACK_IMPORTED_MODULE_6__/* .isProcessAlive */ .j)(marker.pid))
        return undefined;
    return marker;
}
/**
 * Returns once no rollback is in progress. With policy `fail`, or when
 * waiting runs past the timeout, throws GATES_E_QUIESCED (exit 3). A
 * process never waits on its own marker.
 */
async function awaitQuiesce(stateRoot, policy, onWait) {
    const deadline = Date.now() + policy.timeoutMs;
    let told = false;
    for (let marker = readQuiesce(stateRoot); marker; marker = readQuiesce(stateRoot)) {
        if (marker.pid === process.pid && marker.host === (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)())
            return;
        if (policy.policy === 'fail' || Date.now() >= deadline) {
            const detail = policy.policy === 'fail' ? '; quiesce.policy is fail' : `; waited ${Math.round(policy.timeoutMs / 1000)}s`;
            throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_7__/* .GatesError */ .xx('GATES_E_QUIESCED', { gate: marker.gate, since: marker.since, run: marker.run, detail });
        }
        if (!told)
            onWait(marker);
        told = true;
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_2__.setTimeout)(POLL_MS);
    }
}


/***/ }),

/***/ 27693:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  U: () => (/* binding */ resolveStateRoot),
  B: () => (/* binding */ statePath)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __nccwpck_require__(15170);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: ./packages/core/src/safe-files/contained-path.ts
var contained_path = __nccwpck_require__(71914);
;// CONCATENATED MODULE: ./packages/core/src/state/judge-state-root.ts

const STICKY = 0o1000;
/**
 * Whether a state root is safe to keep gate decisions in. Anyone who can
 * write there (or replace it) can forge a pass, so: an absolute directory,
 * owned by this user, writable by no one else, whose every ancestor is safe
 * from renames by others (not world-writable, unless sticky like /tmp), and
 * outside the checkout (a pull request controls the checkout) — judged on the
 * real path, so a link into the checkout is seen for what it is. Pure.
 */
function judgeStateRoot(facts, variable, allowVariable) {
    const refuse = (refusal) => ({ refusal, warnings: [] });
    if (!facts.absolute)
        return refuse(`${variable} must be an absolute path`);
    if (facts.creationError)
        return refuse(facts.creationError);
    if (!facts.realPath)
        return refuse('it is not a directory');
    if (facts.workspace && !facts.allowInWorkspace) {
        const inside = (0,contained_path/* isInside */.FK)(facts.path, facts.workspace.path) || (0,contained_path/* isInside */.FK)(facts.realPath, facts.workspace.realPath);
        if (inside) {
            const via = facts.realPath === facts.path ? '' : ` (it resolves to ${facts.realPath})`;
            return refuse(`it is inside the checkout (${facts.workspace.path})${via}; set ${allowVariable}=true to allow it`);
        }
    }
    const warnings = facts.posixModes ? ancestorWarnings(facts) : [];
    if (typeof warnings === 'string')
        return refuse(warnings);
    // Not created yet: the rest is judged once it exists.
    if (!facts.exists)
        return { warnings };
    if (!facts.directory)
        return refuse('it is not a directory');
    if (!facts.posixModes)
        return facts.writable ? { warnings } : refuse('it is not writable by this user');
    if (facts.uid !== undefined && facts.directory.uid !== facts.uid) {
        return refuse(`it is owned by uid ${facts.directory.uid}, not by this user (uid ${facts.uid}), who could not keep its owner out`);
    }
    if ((facts.directory.mode & 0o002) !== 0)
        return refuse('it is world-writable, so any local user could forge gate state');
    if ((facts.directory.mode & 0o020) !== 0)
        return refuse('it is group-writable, so other users in its group could forge gate state');
    if (!facts.writable)
        return refuse('it is not writable by this user');
    return { warnings };
}
/**
 * A directory anyone can write to, without the sticky bit, lets anyone rename
 * what is inside it and put their own in its place. Refused (the reason
 * returned), or warnings where the runner set it up so (RUNNER_TEMP or above).
 */
function ancestorWarnings(facts) {
    const warnings = [];
    for (const ancestor of facts.ancestors) {
        if ((ancestor.mode & 0o002) === 0 || (ancestor.mode & STICKY) !== 0)
            continue;
        const problem = `${ancestor.path} is world-writable without the sticky bit, so any local user could replace the state root inside it`;
        const runnerMade = facts.runnerTemp !== undefined && (0,contained_path/* isInside */.FK)(facts.runnerTemp, ancestor.path);
        if (!runnerMade)
            return problem;
        warnings.push(`${problem} (the runner set it up so: RUNNER_TEMP or a directory above it)`);
    }
    return warnings;
}

// EXTERNAL MODULE: ./packages/core/src/safe-files/make-directories.ts
var make_directories = __nccwpck_require__(48877);
;// CONCATENATED MODULE: ./packages/core/src/state/state-root-facts.ts



/** Records what the judge needs; with `create`, creates the root first (mode 0700). */
function collectStateRootFacts(path, env, allowInWorkspace, create) {
    const facts = {
        path,
        absolute: (0,external_node_path_.isAbsolute)(path),
        exists: false,
        writable: false,
        uid: process.geteuid?.(),
        posixModes: process.platform !== 'win32',
        ancestors: [],
        allowInWorkspace,
    };
    if (env.GITHUB_WORKSPACE)
        facts.workspace = { path: env.GITHUB_WORKSPACE, realPath: realOrSelf(env.GITHUB_WORKSPACE) };
    if (env.RUNNER_TEMP)
        facts.runnerTemp = realOrSelf(env.RUNNER_TEMP);
    if (!facts.absolute)
        return facts;
    if (create) {
        try {
            (0,make_directories/* makeDirectories */.K)(path, 0o700);
        }
        catch (error) {
            const code = error.code;
            facts.creationError = code === 'ENOTDIR' ? 'a component of the path is not a directory' : `it cannot be created (${code ?? error.message})`;
            return facts;
        }
    }
    facts.realPath = prospectiveRealPath(path);
    try {
        const info = (0,external_node_fs_.statSync)(facts.realPath);
        facts.exists = true;
        if (info.isDirectory())
            facts.directory = { mode: info.mode, uid: info.uid };
        (0,external_node_fs_.accessSync)(facts.realPath, external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK);
        facts.writable = true;
    }
    catch {
        // Missing (not created yet), or not writable: the judge says which matters.
    }
    for (let current = (0,external_node_path_.dirname)(facts.realPath);; current = (0,external_node_path_.dirname)(current)) {
        try {
            facts.ancestors.push({ path: current, mode: (0,external_node_fs_.lstatSync)(current).mode });
        }
        catch {
            // Not created yet.
        }
        if ((0,external_node_path_.dirname)(current) === current)
            break;
    }
    return facts;
}
/** The real path of `path`, or of its deepest existing ancestor joined with the rest: where it is, or would be. */
function prospectiveRealPath(path) {
    const rest = [];
    for (let current = path;; current = (0,external_node_path_.dirname)(current)) {
        try {
            return (0,external_node_path_.join)(external_node_fs_.realpathSync.native(current), ...rest);
        }
        catch {
            if ((0,external_node_path_.dirname)(current) === current)
                return path;
            rest.unshift((0,external_node_path_.basename)(current));
        }
    }
}
function realOrSelf(path) {
    try {
        return external_node_fs_.realpathSync.native(path);
    }
    catch {
        return path;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/env-spec/path-constraints.ts





/**
 * The filesystem constraints of a path variable, judged on the real path (a
 * link into the checkout is seen for what it is). `private-dir` is the state
 * root's own judgement (judgeStateRoot), so a user's variable declared so is
 * held to exactly what the suite holds its state to.
 */
function checkPathConstraints(variable, path, constraints, env, options = {}) {
    const workspace = env.GITHUB_WORKSPACE ? (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE) : undefined;
    if (constraints['private-dir']) {
        const allow = options.allowInWorkspace ?? { variable: `${variable} outside the checkout`, allowed: false };
        const judge = (create) => {
            const facts = collectStateRootFacts(path, env, allow.allowed, create);
            return { facts, judgement: judgeStateRoot(facts, variable, allow.variable) };
        };
        // Judged before it is created too, so a refused directory (in the checkout) is never created there.
        const before = judge(false);
        if (before.judgement.refusal || !options.create)
            return { problem: before.judgement.refusal, warnings: before.judgement.warnings, realPath: before.facts.realPath };
        const after = judge(true);
        return { problem: after.judgement.refusal, warnings: after.judgement.warnings, realPath: after.facts.realPath };
    }
    const real = path_constraints_realOrSelf((0,external_node_path_.resolve)(workspace ?? process.cwd(), path));
    if (constraints['outside-workspace'] && workspace && ((0,contained_path/* isInside */.FK)(real, path_constraints_realOrSelf(workspace)) || (0,contained_path/* isInside */.FK)((0,external_node_path_.resolve)(workspace, path), workspace))) {
        return { problem: 'it is inside the checkout, which a pull request controls', warnings: [], realPath: real };
    }
    if (constraints['writable-dir']) {
        try {
            if (!(0,external_node_fs_.statSync)(real).isDirectory())
                return { problem: 'it is not a directory', warnings: [], realPath: real };
            (0,external_node_fs_.accessSync)(real, external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK);
        }
        catch (error) {
            const code = error.code;
            return { problem: code === 'ENOENT' ? 'it does not exist' : 'it is not writable by this user', warnings: [], realPath: real };
        }
    }
    return { warnings: [], realPath: real };
}
function path_constraints_realOrSelf(path) {
    try {
        return external_node_fs_.realpathSync.native(path);
    }
    catch {
        return path;
    }
}

// EXTERNAL MODULE: ./packages/core/src/inputs/parse.ts
var parse = __nccwpck_require__(67528);
;// CONCATENATED MODULE: ./packages/core/src/env-spec/check-value.ts

/**
 * The checks that need nothing but the value: its type and the constraints on
 * it (filesystem constraints on paths are in path-constraints.ts). Returns
 * the problem, worded without the value, or undefined. Pure.
 */
function valueProblem(spec, value) {
    const constraints = spec.constraints ?? {};
    if (constraints.pattern !== undefined && !wholeMatch(constraints.pattern, value))
        return `does not match the pattern ${constraints.pattern}`;
    try {
        switch (spec.type) {
            case 'int':
                (0,parse/* parseInteger */.cG)(value, { min: constraints.min, max: constraints.max });
                return undefined;
            case 'bool':
                (0,parse/* parseBoolean */.yG)(value);
                return undefined;
            case 'enum':
                (0,parse/* parseEnum */.nL)(value, constraints.values ?? []);
                return undefined;
            case 'duration':
                (0,parse/* parseDuration */.E9)(value, durationRange(constraints['min-duration'], constraints['max-duration']));
                return undefined;
            case 'url':
                return urlProblem(value, constraints.https === true);
            case 'path':
                if (value.includes('\0'))
                    return 'expected a path, got a value with a NUL character';
                if (constraints.absolute && !value.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(value))
                    return 'expected an absolute path';
                return undefined;
        }
    }
    catch (error) {
        if (error instanceof parse/* InputParseError */.Uh)
            return `expected ${error.expected}`;
        throw error;
    }
}
function urlProblem(value, httpsOnly) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return 'expected a URL (scheme://host/...)';
    }
    if (httpsOnly && url.protocol !== 'https:')
        return `expected an https URL, got scheme ${url.protocol.replace(/:$/, '')}`;
    if (!['http:', 'https:'].includes(url.protocol))
        return `expected an http(s) URL, got scheme ${url.protocol.replace(/:$/, '')}`;
    // Credentials in a URL end up in logs and process listings; a URL spec never carries them.
    if (url.username || url.password)
        return 'expected a URL without credentials (user:password@)';
    return undefined;
}
function durationRange(min, max) {
    return { minMs: min === undefined ? undefined : (0,parse/* parseDuration */.E9)(min), maxMs: max === undefined ? undefined : (0,parse/* parseDuration */.E9)(max) };
}
/** Anchored, so `pattern: '[a-z]+'` means the whole value, as a schema author expects. */
function wholeMatch(pattern, value) {
    return new RegExp(`^(?:${pattern})$`, 'u').test(value);
}

;// CONCATENATED MODULE: ./packages/core/src/env-spec/validate-env.ts


/**
 * One variable against its spec: unset or empty takes the default; a
 * required variable with neither is a problem; a value is checked for its
 * type, then (paths) on the filesystem. Never puts the value in a message.
 */
function checkVariable(spec, env, options = {}) {
    const given = env[spec.name];
    const set = given !== undefined && given.trim() !== '';
    const value = set ? given : spec.default;
    const result = { name: spec.name, source: set ? 'set' : value !== undefined ? 'default' : 'absent', value, warnings: [] };
    if (value === undefined) {
        if (spec.required)
            result.problem = 'it is required and not set';
        return result;
    }
    const problem = valueProblem(spec, value);
    if (problem)
        return { ...result, problem };
    if (spec.type !== 'path')
        return result;
    const check = checkPathConstraints(spec.name, value, spec.constraints ?? {}, env, options);
    return { ...result, problem: check.problem, warnings: check.warnings, value: check.realPath && options.create ? check.realPath : value };
}
/** Every variable of a spec, in the spec's order. */
function checkVariables(specs, env) {
    return specs.map((spec) => checkVariable(spec, env));
}

;// CONCATENATED MODULE: ./packages/core/src/env-spec/suite-env.ts




const STATE_ROOT_VARIABLE = 'MEMORY_STORAGE_ROOT';
/** Set to `true` to let the state root live inside the checkout (it then shows in `git status`). */
const ALLOW_IN_WORKSPACE_VARIABLE = 'GATES_STATE_IN_WORKSPACE';
/**
 * The suite's own variables, declared as a user declares theirs in env-guard's
 * policy and checked by the same validator when an action starts. Test-only
 * variables (GATES_TEST_*) are the test harness's, not the suite's.
 */
function suiteEnvSpec(env) {
    return [
        {
            name: ALLOW_IN_WORKSPACE_VARIABLE,
            type: 'bool',
            default: 'false',
            description: 'true: the state root may live inside the checkout (it then shows in `git status`).',
        },
        {
            name: STATE_ROOT_VARIABLE,
            type: 'path',
            // Where the runner keeps the job's temporary files; a terminal's temporary directory otherwise.
            default: (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'gates-state'),
            constraints: { 'private-dir': true },
            description: 'Where gates keeps its state (audit ledger, locks, reports): a directory only this user can write, outside the checkout.',
        },
    ];
}
/**
 * Checks the suite's variables (exit 2 on a bad one) and returns the state
 * root's real path, creating it (0700) once it is judged safe. Weaknesses the
 * runner set up itself are passed to `warn`.
 */
function validateSuiteEnvironment(env, warn = () => { }) {
    const [allowSpec, rootSpec] = suiteEnvSpec(env);
    const allow = checkVariable(allowSpec, env);
    if (allow.problem)
        throw new gates_error/* GatesError */.xx('GATES_E_ENV_INVALID', { name: allow.name, value: JSON.stringify(env[allow.name] ?? ''), expected: 'true or false' });
    const allowed = /^true$/i.test(allow.value ?? '');
    const root = checkVariable(rootSpec, env, { create: true, allowInWorkspace: { variable: ALLOW_IN_WORKSPACE_VARIABLE, allowed } });
    const configured = root.source === 'set' ? env[STATE_ROOT_VARIABLE] : rootSpec.default;
    if (root.problem)
        throw new gates_error/* GatesError */.xx('GATES_E_STATE_ROOT', { path: configured, reason: root.problem });
    for (const warning of root.warnings)
        warn(`State root ${configured}: ${warning}.`);
    return { stateRoot: root.value };
}

;// CONCATENATED MODULE: ./packages/core/src/state/state-root.ts


/**
 * A path under the state root, e.g. `statePath(root, 'reports', 'pin-check')`.
 * Joined at run time on purpose: ncc's asset relocator read
 * `resolve(stateRoot, 'reports', name)` as a path to the repository's own
 * `reports/` folder and rewrote it to one inside the bundle's directory.
 */
function statePath(stateRoot, ...segments) {
    return segments.reduce((path, segment) => (0,external_node_path_.join)(path, segment), stateRoot);
}
/**
 * Validates (and creates) the state root and returns its real path; exit 2
 * with the reason when it is unsafe. MEMORY_STORAGE_ROOT is declared in the
 * suite's env spec (env-spec/suite-env.ts) with the `private-dir` constraint,
 * whose judgement is judgeStateRoot: users declare their own variables so.
 */
function resolveStateRoot(env, warn = () => { }) {
    return validateSuiteEnvironment(env, warn).stateRoot;
}


/***/ }),

/***/ 75026:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony export levenshtein */
/**
 * Edit distance with adjacent transpositions (optimal string alignment): insert, delete, substitute, or swap two
 * neighbouring characters, each costing 1. A swap is the commonest typo (`--jsno`, `rbac-gaurd`); plain Levenshtein
 * counts it as 2, which the length-scaled limit below refuses for short words. O(a·b) time, O(b) space.
 */
function levenshtein(a, b) {
    if (a === b)
        return 0;
    let beforePrevious = [];
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            let distance = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                distance = Math.min(distance, beforePrevious[j - 2] + 1);
            current[j] = distance;
        }
        beforePrevious = previous;
        previous = current;
    }
    return previous[b.length];
}
/**
 * The closest candidate within a distance that scales with the word's length
 * (a third of it, at least 1, at most 3), so short typos match and unrelated
 * words do not. Ties go to the earlier candidate, so results are deterministic.
 */
function didYouMean(word, candidates) {
    const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = levenshtein(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return bestDistance <= limit ? best : undefined;
}


/***/ }),

/***/ 13483:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ globMatcher)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);

/** A matcher for glob patterns (`**`, `*`, `?`, braces) over forward-slash paths or names. */
function globMatcher(patterns) {
    if (patterns.length === 0)
        return () => false;
    return picomatch__WEBPACK_IMPORTED_MODULE_0___default()([...patterns], { dot: true });
}


/***/ }),

/***/ 71687:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ DEFAULT_WAIVERS_PATH),
/* harmony export */   Q: () => (/* binding */ loadWaivers)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_load_file_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(15805);
/* harmony import */ var _config_schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6748);
/* harmony import */ var _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(15170);
/* harmony import */ var _findings_fingerprint_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(96448);
/* harmony import */ var _waiver_model_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6015);
/* harmony import */ var _waiver_time_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(45945);








const DEFAULT_WAIVERS_PATH = _config_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_KINDS */ .j.waivers.defaultPath;
/**
 * The waiver file, or undefined when there is none at the default path (no
 * waivers: nothing is waived). A path set explicitly must exist. Schema
 * problems and what the schema cannot say (duplicate ids, an unknown time
 * zone, an expiry before the creation) are config errors with their lines.
 */
async function loadWaivers(workspace, path) {
    const wanted = path ?? DEFAULT_WAIVERS_PATH;
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, wanted);
    if (path === undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(absolute))
        return undefined;
    const display = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(wanted) ? wanted : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, absolute) || wanted;
    const loaded = await (0,_config_load_file_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfigFile */ .HT)(absolute, _config_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_KINDS */ .j.waivers, display);
    const file = loaded.value;
    const line = (pointer) => loaded.positions.value.get(pointer)?.line;
    const problems = [];
    const policy = (0,_waiver_model_js__WEBPACK_IMPORTED_MODULE_4__/* .effectivePolicy */ .C)(file.policy);
    if (!(0,_waiver_time_js__WEBPACK_IMPORTED_MODULE_5__/* .isValidTimeZone */ .Aq)(policy.timezone)) {
        problems.push({ message: `unknown time zone "${policy.timezone}"`, location: { file: display, line: line('/policy/timezone') }, hint: 'use an IANA zone such as Europe/Berlin, or UTC' });
    }
    const lines = new Map();
    file.waivers.forEach((waiver, index) => {
        const at = line(`/waivers/${index}`);
        if (lines.has(waiver.id)) {
            problems.push({ message: `waiver id "${waiver.id}" is used twice (first at line ${lines.get(waiver.id)})`, location: { file: display, line: at }, hint: 'give each waiver its own id' });
        }
        else if (at !== undefined)
            lines.set(waiver.id, at);
        if (waiver.path !== undefined && (0,_findings_fingerprint_js__WEBPACK_IMPORTED_MODULE_6__/* .normaliseLocation */ .so)(waiver.path) === '') {
            problems.push({ message: `waiver ${waiver.id}: path "${waiver.path}" names no file once normalised`, location: { file: display, line: line(`/waivers/${index}/path`) }, hint: 'name a file relative to the repository root, e.g. src/app.js' });
        }
        const zone = (0,_waiver_time_js__WEBPACK_IMPORTED_MODULE_5__/* .isValidTimeZone */ .Aq)(policy.timezone) ? policy.timezone : 'UTC';
        // The schema's date-time format admits a leap second (23:59:60), which Date.parse cannot read: NaN would never expire.
        const unreadable = ['created', 'expires'].filter((field) => !Number.isFinite(field === 'created' ? (0,_waiver_time_js__WEBPACK_IMPORTED_MODULE_5__/* .startInstant */ .Ev)(waiver.created, zone) : (0,_waiver_time_js__WEBPACK_IMPORTED_MODULE_5__/* .endInstant */ .pN)(waiver.expires, zone)));
        for (const field of unreadable) {
            problems.push({ message: `waiver ${waiver.id}: ${field} (${waiver[field]}) is not an instant gates can read`, location: { file: display, line: line(`/waivers/${index}/${field}`) }, hint: 'write 23:59:59, or a calendar date' });
        }
        if (unreadable.length > 0)
            return;
        if ((0,_waiver_time_js__WEBPACK_IMPORTED_MODULE_5__/* .endInstant */ .pN)(waiver.expires, zone) <= (0,_waiver_time_js__WEBPACK_IMPORTED_MODULE_5__/* .startInstant */ .Ev)(waiver.created, zone)) {
            problems.push({ message: `waiver ${waiver.id} expires (${waiver.expires}) before it is created (${waiver.created})`, location: { file: display, line: line(`/waivers/${index}/expires`) } });
        }
    });
    if (problems.length > 0)
        throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_7__/* .GatesError */ .xx('GATES_E_CONFIG_INVALID', { file: display, count: problems.length }, { details: problems, location: problems[0].location });
    return { file: display, policy, waivers: file.waivers, lines };
}


/***/ }),

/***/ 6015:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ effectivePolicy)
/* harmony export */ });
/* unused harmony export DEFAULT_WAIVER_POLICY */
const DEFAULT_WAIVER_POLICY = {
    maxLifetimeDays: 90,
    warnWithinDays: 14,
    timezone: 'UTC',
    allowWildcards: false,
    unwaivable: [],
};
function effectivePolicy(policy = {}) {
    return {
        maxLifetimeDays: policy['max-lifetime-days'] ?? DEFAULT_WAIVER_POLICY.maxLifetimeDays,
        warnWithinDays: policy['warn-within-days'] ?? DEFAULT_WAIVER_POLICY.warnWithinDays,
        timezone: policy.timezone ?? DEFAULT_WAIVER_POLICY.timezone,
        allowWildcards: policy['allow-wildcards'] ?? DEFAULT_WAIVER_POLICY.allowWildcards,
        approval: policy.approval ? { role: policy.approval.role, rbacPolicy: policy.approval['rbac-policy'] ?? '.github/gates-rbac.yml' } : undefined,
        unwaivable: policy.unwaivable ?? [],
    };
}


/***/ }),

/***/ 45945:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ lifetimeDays),
/* harmony export */   Aq: () => (/* binding */ isValidTimeZone),
/* harmony export */   Ev: () => (/* binding */ startInstant),
/* harmony export */   pN: () => (/* binding */ endInstant),
/* harmony export */   sO: () => (/* binding */ DAY_MS),
/* harmony export */   uM: () => (/* binding */ describeSpan)
/* harmony export */ });
/* unused harmony export isCalendarDate */
/**
 * Waiver dates as people write them: a calendar date (`2027-03-31`, the whole
 * day in the policy's time zone) or a timestamp with its zone
 * (`2027-03-31T17:00:00+02:00`, that instant). A timestamp without a zone
 * never reaches here: the schema refuses it (whose 17:00?). Pure.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isCalendarDate(value) {
    return CALENDAR_DATE.test(value);
}
function isValidTimeZone(zone) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
    }
    catch {
        return false;
    }
}
/** When a waiver starts to count: a calendar date's first instant in `zone`, or the timestamp. */
function startInstant(value, zone) {
    const date = CALENDAR_DATE.exec(value);
    return date ? midnightIn(zone, Number(date[1]), Number(date[2]), Number(date[3])) : Date.parse(value);
}
/** When a waiver stops applying: the end of a calendar date (the next day's midnight in `zone`), or the timestamp. */
function endInstant(value, zone) {
    const date = CALENDAR_DATE.exec(value);
    // Date.UTC rolls day 32 into the next month and Feb 29 + 1 into March 1, leap years included.
    return date ? midnightIn(zone, Number(date[1]), Number(date[2]), Number(date[3]) + 1) : Date.parse(value);
}
/**
 * Lifetime in days. Two calendar dates count calendar days (created
 * 2027-01-01, expires 2027-03-31: 90 days, whatever daylight saving did in
 * between); otherwise the time between the two instants.
 */
function lifetimeDays(created, expires, zone) {
    const from = CALENDAR_DATE.exec(created);
    const to = CALENDAR_DATE.exec(expires);
    if (from && to)
        return (Date.UTC(+to[1], +to[2] - 1, +to[3] + 1) - Date.UTC(+from[1], +from[2] - 1, +from[3])) / DAY_MS;
    return (endInstant(expires, zone) - startInstant(created, zone)) / DAY_MS;
}
/** `3 days`, `5 hours`, `12 minutes`, `less than a minute`: how long ago or how soon, for warnings. */
function describeSpan(ms) {
    const span = Math.abs(ms);
    const unit = (value, name) => `${value} ${name}${value === 1 ? '' : 's'}`;
    if (span >= DAY_MS)
        return unit(Math.floor(span / DAY_MS), 'day');
    if (span >= 3_600_000)
        return unit(Math.floor(span / 3_600_000), 'hour');
    if (span >= 60_000)
        return unit(Math.floor(span / 60_000), 'minute');
    return 'less than a minute';
}

/** The instant a calendar day starts in `zone` (day may overflow the month; Date.UTC normalises it). */
function midnightIn(zone, year, month, day) {
    const wall = Date.UTC(year, month - 1, day);
    // The zone's offset at the guess, then again at the corrected instant: right across a DST change.
    let instant = wall - offsetAt(zone, wall);
    instant = wall - offsetAt(zone, instant);
    return instant;
}
const formatters = new Map();
/** The zone's offset from UTC at `instant`, in ms (positive east of Greenwich). */
function offsetAt(zone, instant) {
    let format = formatters.get(zone);
    if (!format) {
        format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
        formatters.set(zone, format);
    }
    const parts = {};
    for (const part of format.formatToParts(new Date(instant)))
        if (part.type !== 'literal')
            parts[part.type] = Number(part.value);
    const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
    return asUtc - Math.floor(instant / 1000) * 1000;
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 57349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var resolveBlockMap = __nccwpck_require__(87103);
var resolveBlockSeq = __nccwpck_require__(90334);
var resolveFlowCollection = __nccwpck_require__(13142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 23683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(45937);
var resolveEnd = __nccwpck_require__(17788);
var resolveProps = __nccwpck_require__(34631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 45937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var composeCollection = __nccwpck_require__(57349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(17788);
var utilEmptyScalarPosition = __nccwpck_require__(22599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var resolveBlockScalar = __nccwpck_require__(48913);
var resolveFlowScalar = __nccwpck_require__(76842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 89984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(61342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(91464);
var identity = __nccwpck_require__(41127);
var composeDoc = __nccwpck_require__(23683);
var resolveEnd = __nccwpck_require__(17788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 87103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);
var resolveProps = __nccwpck_require__(34631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(74051);
var utilMapIncludes = __nccwpck_require__(81187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 48913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 90334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(92223);
var resolveProps = __nccwpck_require__(34631);
var utilFlowIndentCheck = __nccwpck_require__(74051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 17788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 13142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var resolveEnd = __nccwpck_require__(17788);
var resolveProps = __nccwpck_require__(34631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(81187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 76842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var resolveEnd = __nccwpck_require__(17788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 34631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 22599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 74051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 81187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var toJS = __nccwpck_require__(74043);
var Schema = __nccwpck_require__(45840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(71596);
var applyReviver = __nccwpck_require__(83661);
var createNode = __nccwpck_require__(42404);
var directives = __nccwpck_require__(61342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 71596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var visit = __nccwpck_require__(10204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 83661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 42404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 61342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var visit = __nccwpck_require__(10204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 91464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 38815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(89984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(45840);
var errors = __nccwpck_require__(91464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(40361);
var lineCounter = __nccwpck_require__(66628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(84047);
var visit = __nccwpck_require__(10204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 57249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(71596);
var visit = __nccwpck_require__(10204);
var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);
var toJS = __nccwpck_require__(74043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 40101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 66673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(83661);
var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 57165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var stringifyPair = __nccwpck_require__(59748);
var addPairToJSMap = __nccwpck_require__(97104);
var identity = __nccwpck_require__(41127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 63301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);
var toJS = __nccwpck_require__(74043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 84454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(61212);
var addPairToJSMap = __nccwpck_require__(97104);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 92223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var stringifyCollection = __nccwpck_require__(61212);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var toJS = __nccwpck_require__(74043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 97104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(57249);
var merge = __nccwpck_require__(90452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 41127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 74043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 60110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(48913);
var resolveFlowScalar = __nccwpck_require__(76842);
var errors = __nccwpck_require__(91464);
var stringifyString = __nccwpck_require__(83069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 91733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 97715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(60110);
var cstStringify = __nccwpck_require__(91733);
var cstVisit = __nccwpck_require__(97715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 40361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 66628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(40361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 84047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(89984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(91464);
var log = __nccwpck_require__(57249);
var identity = __nccwpck_require__(41127);
var lineCounter = __nccwpck_require__(66628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 45840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var map = __nccwpck_require__(47451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var tags = __nccwpck_require__(90018);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 47451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var YAMLMap = __nccwpck_require__(84454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 73632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var YAMLSeq = __nccwpck_require__(92223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 66464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(83069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 73959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 38405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var stringifyNumber = __nccwpck_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 59874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 70896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var bool = __nccwpck_require__(73959);
var float = __nccwpck_require__(38405);
var int = __nccwpck_require__(59874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 33559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var map = __nccwpck_require__(47451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 90018:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var bool = __nccwpck_require__(73959);
var float = __nccwpck_require__(38405);
var int = __nccwpck_require__(59874);
var schema = __nccwpck_require__(70896);
var schema$1 = __nccwpck_require__(33559);
var binary = __nccwpck_require__(56083);
var merge = __nccwpck_require__(90452);
var omap = __nccwpck_require__(50303);
var pairs = __nccwpck_require__(18385);
var schema$2 = __nccwpck_require__(35913);
var set = __nccwpck_require__(81528);
var timestamp = __nccwpck_require__(46752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 56083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(20181);
var Scalar = __nccwpck_require__(63301);
var stringifyString = __nccwpck_require__(83069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 88398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 35782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var stringifyNumber = __nccwpck_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 10873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 90452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 50303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var pairs = __nccwpck_require__(18385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 18385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);
var YAMLSeq = __nccwpck_require__(92223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 35913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var binary = __nccwpck_require__(56083);
var bool = __nccwpck_require__(88398);
var float = __nccwpck_require__(35782);
var int = __nccwpck_require__(10873);
var merge = __nccwpck_require__(90452);
var omap = __nccwpck_require__(50303);
var pairs = __nccwpck_require__(18385);
var set = __nccwpck_require__(81528);
var timestamp = __nccwpck_require__(46752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 81528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 46752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 34475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(71596);
var identity = __nccwpck_require__(41127);
var stringifyComment = __nccwpck_require__(59799);
var stringifyString = __nccwpck_require__(83069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 61212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 59799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 28689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 59748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 83069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var foldFlowLines = __nccwpck_require__(34475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 10204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(26799);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
