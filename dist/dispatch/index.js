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

/***/ 17097:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ installCrashHandlers)
/* harmony export */ });
/* harmony import */ var _report_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83835);

/**
 * Last line of defence for an entry point: an exception or rejection that
 * escapes everything else is reported like any other internal error (exit 4,
 * no stack trace unless debug) instead of Node's raw trace.
 */
function installCrashHandlers(host, action) {
    const crash = (thrown) => {
        process.exitCode = (0,_report_error_js__WEBPACK_IMPORTED_MODULE_0__/* .reportError */ .N)(thrown, host, action);
        process.exit();
    };
    process.on('uncaughtException', crash);
    process.on('unhandledRejection', crash);
}


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

/***/ 83835:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ reportError)
/* harmony export */ });
/* harmony import */ var _errors_exit_codes_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(29926);
/* harmony import */ var _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(15170);
/* harmony import */ var _errors_to_gates_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(90246);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(97195);
/* harmony import */ var _report_summary_budget_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(21260);
/* harmony import */ var _report_untrusted_text_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(47920);
/* harmony import */ var _runner_github_context_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(39987);
/* harmony import */ var _runner_workflow_command_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(40775);








/**
 * Reports anything thrown by an action as a structured error: an error
 * annotation, a readable block in the log, a summary section and (CLI --json)
 * the error's JSON. The error is redacted before anything escapes or cuts it.
 * Stack traces only with debug on. Returns the exit code.
 */
function reportError(thrown, host, action) {
    const error = (0,_errors_to_gates_error_js__WEBPACK_IMPORTED_MODULE_0__/* .toGatesError */ .s)(thrown);
    const json = host.redactor.redactValue(error.toJSON());
    try {
        const { runner } = host;
        const location = json.location;
        const properties = { title: json.code, file: location?.file, line: location?.line, col: location?.line && location.column };
        runner.annotation((0,_runner_workflow_command_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCommand */ .fE)('error', properties, `${json.message} ${json.hint}`), '');
        runner.info((0,_errors_gates_error_js__WEBPACK_IMPORTED_MODULE_2__/* .formatError */ .Wk)(json));
        if ((0,_runner_github_context_js__WEBPACK_IMPORTED_MODULE_3__/* .isDebug */ ._o)(host.env) && error.cause instanceof Error && error.cause.stack)
            runner.debug(error.cause.stack);
        const text = (value) => (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)((0,_report_untrusted_text_js__WEBPACK_IMPORTED_MODULE_5__/* .shorten */ .ml)(value, _report_untrusted_text_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_SHOWN_CHARACTERS */ .eA));
        const where = (location) => (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .inlineCode */ .ti)((0,_report_untrusted_text_js__WEBPACK_IMPORTED_MODULE_5__/* .shorten */ .ml)(`${location.file}:${location.line ?? ''}`, _report_untrusted_text_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_SHOWN_CHARACTERS */ .eA));
        const section = [
            `## ⛔ ${text(action)}: error \`${json.code}\` (exit ${json.exitCode})`,
            '',
            text(json.message),
            ...json.details.map((detail) => `- ${detail.location ? `${where(detail.location)} ` : ''}${text(detail.message)}`),
            '',
            `**Hint:** ${text(json.hint)} ([docs](${json.docs}))`,
            '',
        ].join('\n');
        runner.appendSummary((0,_report_summary_budget_js__WEBPACK_IMPORTED_MODULE_6__/* .capMarkdown */ .y3)(section, _report_summary_budget_js__WEBPACK_IMPORTED_MODULE_6__/* .ERROR_SECTION_BYTE_LIMIT */ .WW));
        host.onReport?.({ error: json });
    }
    catch {
        // Reporting must never turn a clean exit code into a crash.
        return _errors_exit_codes_js__WEBPACK_IMPORTED_MODULE_7__/* .ExitCode */ .y.Internal;
    }
    return json.exitCode;
}


/***/ }),

/***/ 79517:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  aS: () => (/* binding */ writeReportFile),
  hN: () => (/* binding */ writeSarifReport),
  hS: () => (/* binding */ writeTextReport)
});

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

/***/ 71121:
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
// EXTERNAL MODULE: ./packages/core/src/state/state-root.ts + 1 modules
var state_root = __nccwpck_require__(57734);
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

// EXTERNAL MODULE: ./packages/core/src/inputs/input-reader.ts
var input_reader = __nccwpck_require__(26839);
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
        consider(`input ${input}`, env[(0,input_reader/* inputEnvName */.d)(input)]);
    const matches = (0,glob/* globMatcher */.f)(envPatterns);
    for (const [name, value] of Object.entries(env))
        if (matches(name))
            consider(`env ${name}`, value);
    return refused;
}

// EXTERNAL MODULE: ./packages/core/src/config/config-input.ts
var config_input = __nccwpck_require__(60345);
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
        layers.push(fileLayer('shared', await (0,config_input/* loadNamedConfig */.A)('shared-config', shared, workspace, schemas/* CONFIG_KINDS */.j.gates)));
    const repo = await (0,config_input/* loadConfigInput */.j)(inputs, workspace, { input: 'config', kind: schemas/* CONFIG_KINDS */.j.gates });
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

// EXTERNAL MODULE: ./packages/core/src/lock/filesystem-type.ts
var filesystem_type = __nccwpck_require__(37759);
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
        return (this.primitive = defaultPrimitive((0,filesystem_type/* filesystemOf */.f)(this.directory)?.type));
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

// EXTERNAL MODULE: ./packages/core/src/report/summary.ts
var summary = __nccwpck_require__(58960);
// EXTERNAL MODULE: ./packages/core/src/report/summary-budget.ts
var summary_budget = __nccwpck_require__(21260);
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
// EXTERNAL MODULE: ./packages/core/src/action/report-error.ts
var report_error = __nccwpck_require__(83835);
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
    const { applyWaiverFile } = await Promise.all(/* import() */[__nccwpck_require__.e(391), __nccwpck_require__.e(433)]).then(__nccwpck_require__.bind(__nccwpck_require__, 25433));
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
    const inputs = new input_reader/* InputReader */.i(env, redactor);
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
        runner.appendSummary(summaryOf(definition.renderSummary ?? summary/* renderSummary */.Br, report, links, appendix || undefined));
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

/***/ 60345:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ loadNamedConfig),
/* harmony export */   j: () => (/* binding */ loadConfigInput)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(15170);
/* harmony import */ var _load_file_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(15805);




/**
 * Loads the config file an input names. At its declared default (see InputReader.path) an absent file means
 * "not configured" and gives undefined, unless the action requires it; a path the user set must exist, and the
 * error names that input.
 */
async function loadConfigInput(inputs, workspace, spec) {
    const { path, atDefault } = inputs.path(spec.input, spec.kind.defaultPath);
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, path);
    const file = displayPath(path, absolute, workspace);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(absolute)) {
        if (!atDefault)
            throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_2__/* .GatesError */ .xx('GATES_E_INPUT_FILE_NOT_FOUND', { input: spec.input, file });
        if (spec.requiredBy)
            throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_2__/* .GatesError */ .xx('GATES_E_POLICY_REQUIRED', { action: spec.requiredBy, input: spec.input, file });
        return undefined;
    }
    return (0,_load_file_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfigFile */ .HT)(absolute, spec.kind, file);
}
/** A file named by an input with no default (`shared-config`): whatever is given must exist. */
async function loadNamedConfig(input, path, workspace, kind) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, path);
    const file = displayPath(path, absolute, workspace);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(absolute))
        throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_2__/* .GatesError */ .xx('GATES_E_INPUT_FILE_NOT_FOUND', { input, file });
    return (0,_load_file_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfigFile */ .HT)(absolute, kind, file);
}
/** What messages show: the path relative to the workspace, or as given when it is absolute. */
function displayPath(path, absolute, workspace) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, absolute) || path;
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
/* harmony export */   im: () => (/* binding */ readConfigText),
/* harmony export */   parseConfigDocument: () => (/* binding */ parseConfigDocument)
/* harmony export */ });
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
    const { parseConfigText } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(434)]).then(__nccwpck_require__.bind(__nccwpck_require__, 13434));
    const parsed = parseConfigText(text, displayPath);
    const [{ validateAgainstSchema }, { SCHEMAS }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(892), __nccwpck_require__.e(902)]).then(__nccwpck_require__.bind(__nccwpck_require__, 62902)), __nccwpck_require__.e(/* import() */ 365).then(__nccwpck_require__.bind(__nccwpck_require__, 66365))]);
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
/* harmony export */   b: () => (/* binding */ configKindForPath),
/* harmony export */   j: () => (/* binding */ CONFIG_KINDS)
/* harmony export */ });
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

/***/ 20467:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  R: () => (/* binding */ checkVariable),
  k: () => (/* binding */ checkVariables)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
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

/***/ 90246:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ toGatesError)
/* harmony export */ });
/* harmony import */ var _gates_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(15170);

/**
 * Turns anything thrown into a GatesError. Unknown throwables become
 * GATES_E_INTERNAL (exit 4) with a one-line report; the stack stays in `cause`
 * for debug output only.
 */
function toGatesError(thrown) {
    if (thrown instanceof _gates_error_js__WEBPACK_IMPORTED_MODULE_0__/* .GatesError */ .xx)
        return thrown;
    const detail = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : `non-error thrown: ${String(thrown)}`;
    return new _gates_error_js__WEBPACK_IMPORTED_MODULE_0__/* .GatesError */ .xx('GATES_E_INTERNAL', { detail: detail.split('\n')[0] ?? detail }, { cause: thrown });
}


/***/ }),

/***/ 96448:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kb: () => (/* binding */ textFingerprint),
/* harmony export */   ax: () => (/* binding */ fingerprintOf),
/* harmony export */   so: () => (/* binding */ normaliseLocation)
/* harmony export */ });
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

/***/ 26839:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ inputEnvName),
/* harmony export */   i: () => (/* binding */ InputReader)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(15170);
/* harmony import */ var _report_untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(47920);
/* harmony import */ var _text_did_you_mean_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(75026);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(67528);





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
            throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_INPUT_MISSING', { input: name });
        return value;
    }
    boolean(name, fallback) {
        return this.parsed(name, fallback, _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBoolean */ .yG);
    }
    /** One entry per line, as `@actions/core` getMultilineInput reads it (commas are data: globs have `{a,b}`), redacted whole before it is split. */
    list(name, fallback = []) {
        return this.parsed(name, fallback, (raw) => (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseList */ .E1)(this.redacted(raw)));
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
        const normal = (path) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path.replace(/\\/g, '/'));
        return { path: value, atDefault: normal(value) === normal(declaredDefault) };
    }
    integer(name, fallback, range) {
        return this.parsed(name, fallback, (raw) => (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInteger */ .cG)(raw, range));
    }
    /** Milliseconds; every duration input becomes a timer, so it is bounded like one unless a tighter range is given. */
    duration(name, fallbackMs, range = _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .TIMER_RANGE */ ._y) {
        return this.parsed(name, fallbackMs, (raw) => (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(raw, range));
    }
    /** Bytes. */
    size(name, fallbackBytes) {
        return this.parsed(name, fallbackBytes, _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSize */ .DB);
    }
    enumeration(name, allowed, fallback) {
        return this.parsed(name, fallback, (raw) => {
            try {
                return (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnum */ .nL)(raw, allowed);
            }
            catch (error) {
                const guess = (0,_text_did_you_mean_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .a)(raw.trim(), allowed);
                if (guess && error instanceof _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .InputParseError */ .Uh) {
                    throw new _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .InputParseError */ .Uh(`${error.expected} (did you mean "${guess}"?)`);
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
            if (!(error instanceof _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .InputParseError */ .Uh))
                throw error;
            throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_INPUT_INVALID', {
                input: name,
                value: (0,_report_untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__/* .shorten */ .ml)(this.redacted(raw), QUOTED_VALUE_CHARACTERS),
                expected: error.expected,
            });
        }
    }
    redacted(raw) {
        return this.redactor ? this.redactor.redact(raw) : raw;
    }
}


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

/***/ 37759:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ filesystemOf)
/* harmony export */ });
/* unused harmony export parseMountinfo */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _safe_files_read_file_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6220);


/**
 * The filesystem a path lives on: the entry of /proc/self/mountinfo whose
 * mount point is the longest prefix of the path's real path (links resolved,
 * so a link into a network share reports the share). Undefined where there is
 * no /proc (not Linux) or the path does not exist.
 */
function filesystemOf(path, mountinfo = readMountinfo()) {
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
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
        return (0,_safe_files_read_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readRegularFile */ .XF)('/proc/self/mountinfo', { maxBytes: 4 * 1024 * 1024 }).toString('utf8');
    }
    catch {
        return '';
    }
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

/***/ 91417:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   iv: () => (/* binding */ replaceByteSpans),
/* harmony export */   q4: () => (/* binding */ mergeSpans)
/* harmony export */ });
/* unused harmony export replaceSpans */
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


/***/ }),

/***/ 2044:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C: () => (/* binding */ KEY_BYTES),
  e: () => (/* binding */ LiteralMatcher)
});

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


/***/ }),

/***/ 62401:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ji: () => (/* binding */ DEFAULT_MIN_SECRET_LENGTH),
  _I: () => (/* binding */ KNOWN_SECRET_RULE),
  pO: () => (/* binding */ Redactor)
});

// UNUSED EXPORTS: REDACTED

// EXTERNAL MODULE: ./packages/core/src/redact/intervals.ts
var intervals = __nccwpck_require__(91417);
// EXTERNAL MODULE: ./packages/core/src/redact/literal-matcher.ts + 1 modules
var literal_matcher = __nccwpck_require__(2044);
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
        if (minLength < literal_matcher/* KEY_BYTES */.C)
            throw new RangeError(`the minimum secret length is at least ${literal_matcher/* KEY_BYTES */.C}`);
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
            const spans = (0,intervals/* mergeSpans */.q4)(this.findKnown(bytes));
            if (spans.length > 0)
                result = (0,intervals/* replaceByteSpans */.iv)(bytes, spans, () => REDACTED).toString('utf8');
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
        this.matcher = { matcher: new literal_matcher/* LiteralMatcher */.e(literals), listed, starts };
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

/***/ 58960:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   RF: () => (/* binding */ fileLink)
/* harmony export */ });
/* unused harmony export MAX_SUMMARY_ROWS */
/* harmony import */ var _findings_model_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(96797);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(97195);
/* harmony import */ var _waived_line_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6959);
/* harmony import */ var _summary_budget_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(21260);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(47920);
/* harmony import */ var _well_formed_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(79168);






const ICON = { pass: '✅', fail: '❌', empty: '⚠️' };
const VERDICT_LABEL = { pass: 'passed', fail: 'failed', empty: 'nothing to check' };
const SEVERITY_LABEL = { error: '🔴 error', warning: '🟠 warning', note: '🔵 note' };
function fileLink(finding, links) {
    if (!finding.file)
        return '—';
    const label = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(shown(finding.line ? `${finding.file}:${finding.line}` : finding.file));
    if (!links)
        return label;
    const anchor = finding.line ? `#L${finding.line}` : '';
    return `[${label}](${links.serverUrl}/${links.repository}/blob/${links.sha}/${linkPath(finding.file)}${anchor})`;
}
/** Path segments percent-encoded, `(`, `)` and the other characters encodeURIComponent leaves included, so no path can end the link. */
function linkPath(file) {
    return file
        .split('/')
        .map((segment) => encodeURIComponent((0,_well_formed_js__WEBPACK_IMPORTED_MODULE_1__/* .wellFormed */ .E)(segment)).replace(/[!'()*~]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
/** Report text as shown: the report was redacted before rendering, so cutting it here leaves no piece of a secret. */
function shown(text) {
    return (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .ml)(text, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_SHOWN_CHARACTERS */ .eA);
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
function renderSummary(report, links, byteLimit = _summary_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .SUMMARY_BYTE_LIMIT */ .Kj) {
    const verdict = (0,_findings_model_js__WEBPACK_IMPORTED_MODULE_4__/* .verdictOf */ .Vj)(report);
    const counts = (0,_findings_model_js__WEBPACK_IMPORTED_MODULE_4__/* .countBySeverity */ .Ot)(report.findings);
    const waived = report.findings.filter((finding) => finding.waived).length;
    const failing = report.findings.filter((finding) => (0,_findings_model_js__WEBPACK_IMPORTED_MODULE_4__/* .failsGate */ .FW)(finding, report.failOn)).length;
    const head = [
        `## ${ICON[verdict]} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(report.tool)}: ${VERDICT_LABEL[verdict]}`,
        '',
        `**${failing}** finding(s) fail the gate (fail-on: \`${report.failOn}\`) · ` +
            `${counts.error} error(s), ${counts.warning} warning(s), ${counts.note} note(s)` +
            (waived ? ` · ${waived} waived` : ''),
    ];
    for (const note of report.notes ?? [])
        head.push('', `> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(shown(note))}`);
    const tail = renderRuleDetails(report);
    if (report.findings.length === 0)
        return [...head, '', 'No findings.', '', tail].join('\n');
    // Failing rows first, waived last, so a truncated table still shows what matters.
    const ordered = bySeverityThenPlace(report.findings);
    const row = (finding) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableRow */ .jD)([
        finding.waived ? `⚪ waived` : SEVERITY_LABEL[finding.severity],
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(finding.ruleId),
        fileLink(finding, links),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(shown(finding.message)) + (finding.fixHint ? `<br>Fix: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(shown(finding.fixHint))}` : '') +
            (finding.waived ? `<br>${(0,_waived_line_js__WEBPACK_IMPORTED_MODULE_5__/* .waivedLine */ .Z)(finding.waived)}` : ''),
    ]);
    const fixed = [...head, '', ''].join('\n');
    const closing = `\n\n${tail}`;
    const header = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Severity', 'Rule', 'Location', 'Message'], []);
    // Whole rows while they fit, leaving room for the truncation note; rows past the budget are never rendered.
    const noteRoom = 400;
    let budget = byteLimit - (0,_summary_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .byteLength */ .dp)(fixed + header + closing) - noteRoom;
    const lines = [header];
    for (const finding of ordered) {
        if (lines.length > MAX_SUMMARY_ROWS)
            break;
        const line = row(finding);
        const cost = (0,_summary_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .byteLength */ .dp)(line) + 1;
        if (cost > budget)
            break;
        budget -= cost;
        lines.push(line);
    }
    const kept = lines.length - 1;
    let body = lines.join('\n');
    if (kept < ordered.length) {
        body += `\n\n> ⚠️ Summary truncated: ${ordered.length - kept} of ${ordered.length} finding(s) not shown (the summary shows at most ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .groupThousands */ .Zv)(MAX_SUMMARY_ROWS)} rows, within GitHub's 1 MiB limit); the JSON and SARIF reports have them all.`;
    }
    return fixed + body + closing;
}
/** Errors, warnings, notes, then waived findings; each group in file order. A partition: stable, one pass. */
function bySeverityThenPlace(findings) {
    const groups = [[], [], [], []];
    for (const finding of (0,_findings_model_js__WEBPACK_IMPORTED_MODULE_4__/* .sortFindings */ .Tc)(findings))
        groups[finding.waived ? 0 : _findings_model_js__WEBPACK_IMPORTED_MODULE_4__/* .SEVERITY_RANK */ .f3[finding.severity]].push(finding);
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
        return [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(rule.id), String(count), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(rule.description) + docs];
    });
    return ['<details><summary>Rules that fired</summary>', '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Rule', 'Findings', 'What it checks'], rows), '', '</details>', ''].join('\n');
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

/***/ 6959:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ waivedLine)
/* harmony export */ });
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(47920);

/**
 * A waived finding's line in a summary (runAction's and any action's own):
 * which waiver, who approved it, until when, why. A waiver never hides a
 * finding, it explains it. For a report runAction has already redacted.
 */
function waivedLine(waiver) {
    const id = waiver.id ? ` (${_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .redactedReportText */ .UJ.code(waiver.id)})` : '';
    const who = waiver.approvedBy?.length ? ` by ${_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .redactedReportText */ .UJ.text(waiver.approvedBy.join(', '))}` : '';
    const until = waiver.expires ? ` until ${_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .redactedReportText */ .UJ.text(waiver.expires)}` : '';
    return `Waived${id}${who}${until}: ${_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .redactedReportText */ .UJ.text(waiver.reason)}`;
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

/***/ 49348:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ GitHubRunner)
});

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

// EXTERNAL MODULE: ./packages/core/src/runner/workflow-command.ts
var workflow_command = __nccwpck_require__(40775);
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
/* harmony export */   iA: () => (/* binding */ artifactStore)
/* harmony export */ });
/* unused harmony export transportAbandoned */
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
    const connect = () => (client ??= Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(955), __nccwpck_require__.e(756), __nccwpck_require__.e(351), __nccwpck_require__.e(799)]).then(__nccwpck_require__.bind(__nccwpck_require__, 76799)).then((module) => new module.DefaultArtifactClient()));
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
            const { extractZip, ZipRefused } = await Promise.all(/* import() */[__nccwpck_require__.e(663), __nccwpck_require__.e(116)]).then(__nccwpck_require__.bind(__nccwpck_require__, 39116));
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
/* harmony import */ var _state_root_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(57734);








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

/***/ 57734:
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
// EXTERNAL MODULE: ./packages/core/src/env-spec/validate-env.ts + 4 modules
var validate_env = __nccwpck_require__(20467);
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
    const allow = (0,validate_env/* checkVariable */.R)(allowSpec, env);
    if (allow.problem)
        throw new gates_error/* GatesError */.xx('GATES_E_ENV_INVALID', { name: allow.name, value: JSON.stringify(env[allow.name] ?? ''), expected: 'true or false' });
    const allowed = /^true$/i.test(allow.value ?? '');
    const root = (0,validate_env/* checkVariable */.R)(rootSpec, env, { create: true, allowInWorkspace: { variable: ALLOW_IN_WORKSPACE_VARIABLE, allowed } });
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

/***/ 63453:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ INPUT_ROUTES)
/* harmony export */ });
// Generated by scripts/build.mjs from actions/*/action.yml (see scripts/root-inputs.mjs); do not edit.
/** For each action, each of its inputs and the root action input that carries it. */
const INPUT_ROUTES = {
    'checkpoint-restore': {
        'mode': 'checkpoint-restore-mode',
        'gate': 'gate',
        'paths': 'checkpoint-restore-paths',
        'status': 'status',
        'key': 'key',
        'force': 'force',
        'retention': 'retention',
        'checkpoint': 'checkpoint',
        'trigger': 'trigger',
        'failed-gate': 'failed-gate',
        'failed-at': 'failed-at',
        'health-checks': 'health-checks',
        'rto-target-seconds': 'rto-target-seconds',
        'scratch-dir': 'scratch-dir',
        'store': 'store',
        'compression': 'compression',
        'lock-timeout-seconds': 'lock-timeout-seconds',
        'config': 'config',
        'allow-empty': 'allow-empty',
        'debug': 'debug',
        'state': 'state',
        'publish': 'publish',
        'anchor-key': 'anchor-key'
    },
    'command-check': {
        'config': 'config',
        'allow-empty': 'allow-empty',
        'debug': 'debug',
        'state': 'state',
        'publish': 'publish',
        'anchor-key': 'anchor-key',
        'command-table': 'command-table',
        'case-timeout': 'case-timeout',
        'repeat': 'repeat'
    },
    'config-check': {
        'config': 'config',
        'allow-empty': 'allow-empty',
        'debug': 'debug',
        'state': 'state',
        'publish': 'publish',
        'anchor-key': 'anchor-key',
        'files': 'files',
        'require': 'require',
        'token': 'token',
        'api-timeout': 'api-timeout'
    },
    'docs-check': {
        'paths': 'docs-check-paths',
        'config': 'config',
        'allow-empty': 'allow-empty',
        'debug': 'debug',
        'state': 'state',
        'publish': 'publish',
        'anchor-key': 'anchor-key',
        'external': 'external'
    },
    'drift-check': {
        'mode': 'drift-check-mode',
        'config': 'config',
        'allow-empty': 'allow-empty',
        'debug': 'debug',
        'state': 'state',
        'publish': 'publish',
        'anchor-key': 'anchor-key',
        'baseline': 'baseline',
        'document': 'document',
        'document-command': 'document-command',
        'ignore': 'ignore',
        'threshold': 'threshold',
        'max-document-size': 'drift-check-max-document-size',
        'command-timeout': 'command-timeout'
    },
    'env-guard': {
        'mode': 'env-guard-mode',
        'config': 'config',
        'allow-empty': 'allow-empty',
        'debug': 'debug',
        'state': 'state',
        'publish': 'publish',
        'anchor-key': 'anchor-key',
        'token': 'token',
        'api-timeout': 'api-timeout',
        'environment': 'env-guard-environment',
        'job-environment': 'job-environment',
        'secrets': 'env-guard-secrets',
        'policy': 'env-guard-policy'
    },
    'fs-lock-test': {
        'config': 'config',
        'debug': 'debug',
        'state': 'state',
        'publish': 'publish',
        'anchor-key': 'anchor-key',
        'path': 'path',
        'workers': 'workers',
        'iterations': 'iterations',
        'primitives': 'primitives',
        'hold': 'hold',
        'timeout': 'timeout',
        'stale-after': 'stale-after',
        'require-safe': 'require-safe'
    },
    'hydration-check': {
        'config': 'config',
        'allow-empty': 'allow-empty',
        'debug': 'debug',
        'state': 'state',
        'publish': 'publish',
        'anchor-key': 'anchor-key',
        'max-document-size': 'hydration-check-max-document-size',
        'spec': 'spec',
        'update': 'update'
    },
    'perf-sla': {
        'config': 'config',
        'allow-empty': 'allow-empty',
        'debug': 'debug',
        'state': 'state',
        'publish': 'publish',
        'anchor-key': 'anchor-key',
        'token': 'token',
        'reports': 'reports',
        'sla': 'sla',
        'time-unit': 'time-unit',
        'retries': 'retries',
        'fail-on': 'fail-on'
    },
    'pin-check': {
        'mode': 'pin-check-mode',
        'config': 'config',
        'allow-empty': 'allow-empty',
        'debug': 'debug',
        'state': 'state',
        'publish': 'publish',
        'anchor-key': 'anchor-key',
        'token': 'token',
        'api-timeout': 'api-timeout',
        'fail-on': 'fail-on',
        'shared-config': 'shared-config',
        'comment-separator': 'comment-separator',
        'fix-scope': 'fix-scope',
        'base-ref': 'base-ref',
        'api-budget': 'api-budget'
    },
    'rbac-guard': {
        'config': 'config',
        'debug': 'debug',
        'state': 'state',
        'publish': 'publish',
        'anchor-key': 'anchor-key',
        'token': 'token',
        'api-timeout': 'api-timeout',
        'environment': 'rbac-guard-environment',
        'policy': 'rbac-guard-policy',
        'command': 'rbac-guard-command'
    },
    'redact-logs': {
        'paths': 'redact-logs-paths',
        'config': 'config',
        'allow-empty': 'allow-empty',
        'debug': 'debug',
        'state': 'state',
        'publish': 'publish',
        'anchor-key': 'anchor-key',
        'token': 'token',
        'secrets': 'redact-logs-secrets',
        'policy': 'redact-logs-policy',
        'output-dir': 'output-dir',
        'replacement': 'replacement',
        'fail-on-find': 'fail-on-find'
    },
    'security-gate': {
        'config': 'config',
        'debug': 'debug',
        'state': 'state',
        'publish': 'publish',
        'anchor-key': 'anchor-key',
        'token': 'token',
        'api-timeout': 'api-timeout',
        'results': 'results',
        'base-results': 'base-results',
        'known-exploited': 'known-exploited'
    }
};


/***/ }),

/***/ 78706:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(62401);
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(49348);
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(17097);
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(26839);
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(71121);
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(83835);
/* harmony import */ var _resolve_command_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(70834);
/* harmony import */ var _route_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(18078);



/** The root action (`uses: org/gates@v1` with `command:`): route to the named action with its own inputs. */
const redactor = new _gates_core__WEBPACK_IMPORTED_MODULE_2__/* .Redactor */ .pO();
const runner = new _gates_core__WEBPACK_IMPORTED_MODULE_3__/* .GitHubRunner */ .m(process.env, redactor);
(0,_gates_core__WEBPACK_IMPORTED_MODULE_4__/* .installCrashHandlers */ .G)({ env: process.env, runner, redactor }, 'gates');
const command = process.env[(0,_gates_core__WEBPACK_IMPORTED_MODULE_5__/* .inputEnvName */ .d)('command')];
try {
    const definition = await (0,_resolve_command_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveCommand */ .O)(command);
    // This process is the action's as much as its own bundle's would be (see ActionDefinition.processSetup).
    definition.processSetup?.();
    process.exitCode = await (0,_gates_core__WEBPACK_IMPORTED_MODULE_6__/* .runAction */ .Cs)(definition, { env: (0,_route_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .routedEnvironment */ .R)(process.env, definition.name), runner, redactor });
}
catch (thrown) {
    process.exitCode = (0,_gates_core__WEBPACK_IMPORTED_MODULE_7__/* .reportError */ .N)(thrown, { env: process.env, runner, redactor }, 'gates');
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 70834:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  O: () => (/* binding */ resolveCommand)
});

// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __nccwpck_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/text/did-you-mean.ts
var did_you_mean = __nccwpck_require__(75026);
// EXTERNAL MODULE: ./packages/dispatcher/src/input-routes.generated.ts
var input_routes_generated = __nccwpck_require__(63453);
;// CONCATENATED MODULE: ./packages/dispatcher/src/registry.ts
/**
 * The table of every action, by command name. Loading is lazy so the
 * dispatcher and the CLI pay only for the action they run.
 */
const ACTIONS = {
    'checkpoint-restore': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(962)]).then(__nccwpck_require__.bind(__nccwpck_require__, 20962))).checkpointRestore,
    'command-check': async () => (await __nccwpck_require__.e(/* import() */ 870).then(__nccwpck_require__.bind(__nccwpck_require__, 48870))).commandCheck,
    'docs-check': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(451)]).then(__nccwpck_require__.bind(__nccwpck_require__, 89451))).docsCheck,
    'config-check': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(391), __nccwpck_require__.e(524)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92143))).configCheck,
    'pin-check': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(243), __nccwpck_require__.e(890)]).then(__nccwpck_require__.bind(__nccwpck_require__, 21890))).pinCheck,
    'perf-sla': async () => (await __nccwpck_require__.e(/* import() */ 38).then(__nccwpck_require__.bind(__nccwpck_require__, 39038))).perfSla,
    'redact-logs': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(663), __nccwpck_require__.e(44), __nccwpck_require__.e(967), __nccwpck_require__.e(587)]).then(__nccwpck_require__.bind(__nccwpck_require__, 97587))).redactLogs,
    'env-guard': async () => (await __nccwpck_require__.e(/* import() */ 14).then(__nccwpck_require__.bind(__nccwpck_require__, 51014))).envGuard,
    'drift-check': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(734), __nccwpck_require__.e(295)]).then(__nccwpck_require__.bind(__nccwpck_require__, 89295))).driftCheck,
    'rbac-guard': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(262), __nccwpck_require__.e(53)]).then(__nccwpck_require__.bind(__nccwpck_require__, 41434))).rbacGuard,
    'security-gate': async () => (await __nccwpck_require__.e(/* import() */ 263).then(__nccwpck_require__.bind(__nccwpck_require__, 45263))).securityGate,
    'hydration-check': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(734), __nccwpck_require__.e(400)]).then(__nccwpck_require__.bind(__nccwpck_require__, 36400))).hydrationCheck,
    'fs-lock-test': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(955), __nccwpck_require__.e(877)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91877))).fsLockTest,
};
const ACTION_NAMES = Object.keys(ACTIONS).sort();


;// CONCATENATED MODULE: ./packages/dispatcher/src/resolve-command.ts


/** Looks a command up in the table; unknown or misspelt names are a usage error with a suggestion. */
async function resolveCommand(command) {
    const name = (command ?? '').trim();
    const load = Object.hasOwn(ACTIONS, name) ? ACTIONS[name] : undefined;
    if (load)
        return load();
    if (name === '') {
        throw new gates_error/* GatesError */.xx('GATES_E_INPUT_MISSING', { input: 'command' }, { hint: `Set \`command:\` to one of: ${ACTION_NAMES.join(', ')}.` });
    }
    const guess = (0,did_you_mean/* didYouMean */.a)(name, ACTION_NAMES);
    throw new gates_error/* GatesError */.xx('GATES_E_UNKNOWN_COMMAND', { command: name, known: ACTION_NAMES.join(', ') }, guess ? { hint: `Did you mean "${guess}"? Known commands: ${ACTION_NAMES.join(', ')}.` } : {});
}


/***/ }),

/***/ 18078:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ routedEnvironment)
/* harmony export */ });
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(26839);
/* harmony import */ var _input_routes_generated_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(63453);


/**
 * The environment the routed action sees: exactly the INPUT_* variables it gets when used on its own, each taken
 * from the root input that carries it (see scripts/root-inputs.mjs: `rbac-guard-policy` becomes rbac-guard's
 * `policy`). The root inputs of other actions are left out, so no action reads another's value or default.
 */
function routedEnvironment(env, action) {
    const routed = Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('INPUT_')));
    for (const [input, rootInput] of Object.entries(_input_routes_generated_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT_ROUTES */ ._[action] ?? {})) {
        const value = env[(0,_gates_core__WEBPACK_IMPORTED_MODULE_1__/* .inputEnvName */ .d)(rootInput)];
        if (value !== undefined)
            routed[(0,_gates_core__WEBPACK_IMPORTED_MODULE_1__/* .inputEnvName */ .d)(input)] = value;
    }
    return routed;
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

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

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

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

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

/***/ 78877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

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
/******/ var __webpack_exports__ = __nccwpck_require__(78706);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
