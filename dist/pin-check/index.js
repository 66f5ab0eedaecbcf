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

/***/ 45769:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  gZ: () => (/* binding */ MAX_FILE_BYTES),
  M7: () => (/* binding */ collectFacts)
});

// UNUSED EXPORTS: addFileFacts, addReferencedScripts

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(4573);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __nccwpck_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/safe-files/read-file.ts
var read_file = __nccwpck_require__(6220);
// EXTERNAL MODULE: ./actions/pin-check/src/dockerfile.ts
var dockerfile = __nccwpck_require__(13370);
// EXTERNAL MODULE: ./actions/pin-check/src/workspaces.ts
var workspaces = __nccwpck_require__(10494);
;// CONCATENATED MODULE: ./actions/pin-check/src/npm-lock-facts.ts

const PACKAGE_JSON = /(^|\/)package\.json$/;
/**
 * Compares each package.json that has a package-lock.json beside it. The
 * comparison needs semver, so it is loaded here, and only for repositories
 * that have such a pair: most pin-check runs never pay its start-up.
 */
async function addNpmLockFacts(facts) {
    const texts = new Map(facts.manifests.map((file) => [file.path, file.text]));
    const pairs = [];
    for (const path of texts.keys()) {
        const lockfile = (0,workspaces/* pathIn */.lW)((0,workspaces/* dirOf */.Rw)(path), 'package-lock.json');
        if (PACKAGE_JSON.test(path) && texts.has(lockfile))
            pairs.push([path, lockfile]);
    }
    if (pairs.length === 0)
        return;
    const { npmLockDrift } = await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(357)]).then(__nccwpck_require__.bind(__nccwpck_require__, 26357));
    for (const [manifest, lockfile] of pairs) {
        try {
            facts.npmLocks.push({ manifest, lockfile, drift: npmLockDrift(texts.get(manifest), texts.get(lockfile)) });
        }
        catch (error) {
            facts.npmLocks.push({ manifest, lockfile, invalid: error.message.split('\n')[0] });
        }
    }
}

;// CONCATENATED MODULE: ./actions/pin-check/src/repository-facts.ts
function emptyFacts() {
    return { workflows: [], dockerfiles: [], scripts: [], paths: new Set(), manifests: [], skipped: [], npmLocks: [] };
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/script-files.ts
/**
 * Which files are shell scripts: `*.sh`/`*.bash`/`*.zsh` unless their
 * shebang names another interpreter (an awk or Python file named `.sh`),
 * files without an extension whose shebang names sh, bash, zsh, dash or
 * ksh, and files a `run:` step runs (`./ci/build`, `bash scripts/x`). Pure.
 */
const SCRIPT_EXTENSION = /\.(sh|bash|zsh)$/;
const SHELL_INTERPRETERS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'mksh', 'ash']);
/** Extensionless names that are never scripts, so their first bytes are not read. */
const NOT_SCRIPTS = new Set([
    'Makefile', 'GNUmakefile', 'Dockerfile', 'Containerfile', 'LICENSE', 'LICENCE', 'COPYING', 'NOTICE', 'README', 'AUTHORS',
    'CODEOWNERS', 'CONTRIBUTORS', 'CHANGELOG', 'Gemfile', 'Rakefile', 'Procfile', 'Brewfile', 'Vagrantfile', 'Jenkinsfile',
    'Pipfile', 'Justfile', 'justfile', 'Tiltfile', 'BUILD', 'WORKSPACE', 'OWNERS', 'VERSION', 'MAINTAINERS', 'PATENTS',
]);
function hasScriptExtension(path) {
    return SCRIPT_EXTENSION.test(path);
}
/** A file whose first bytes are worth reading for a shebang: no extension, not a well-known non-script. */
function mayBeShebangScript(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return !name.includes('.') && !NOT_SCRIPTS.has(name);
}
/** The interpreter a `#!` line names (`/usr/bin/env -S bash -e` → bash), or undefined without a shebang. */
function shebangInterpreter(text) {
    if (!text.startsWith('#!'))
        return undefined;
    const end = text.indexOf('\n');
    const words = text.slice(2, end === -1 ? undefined : end).trim().split(/\s+/);
    let program = words[0]?.slice(words[0].lastIndexOf('/') + 1) ?? '';
    if (program === 'env')
        program = words.slice(1).find((word) => !word.startsWith('-') && !word.includes('=')) ?? '';
    return program;
}
/** Whether a file's text is a shell script, given how it was found. */
function isShellScript(path, text, referenced = false) {
    const interpreter = shebangInterpreter(text);
    if (interpreter !== undefined)
        return SHELL_INTERPRETERS.has(interpreter);
    return hasScriptExtension(path) || (referenced && !/\.\w+$/.test(path));
}
/**
 * Workspace paths of scripts a `run:` script runs: `./x`, `bash path/x`,
 * `sh -e ci/x`, `source x.sh`, `. ./x`, resolved against the step's
 * working directory. Candidates only: the collector reads those that exist.
 */
function referencedScripts(script, workingDirectory = '') {
    const found = [];
    const pattern = /(?:^|[\s;&|(])(?:(?:sudo\s+)?(?:ba|z|da|k)?sh\s+(?:-\S+\s+)*|source\s+|\.\s+)?((?:\.{1,2}\/)[\w.\-/]+|[\w.-]+(?:\/[\w.-]+)+)/g;
    for (const match of script.matchAll(pattern)) {
        const written = match[1];
        // A bare `dir/file` word only counts after a shell or source: `make dist/app` is not a script.
        const direct = written.startsWith('./') || written.startsWith('../');
        if (!direct && match[0].trim() === written)
            continue;
        const resolved = resolvePath(workingDirectory, written);
        if (resolved !== undefined)
            found.push(resolved);
    }
    return found;
}
function resolvePath(directory, path) {
    const parts = directory.split('/').filter((part) => part !== '' && part !== '.');
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.pop() === undefined)
                return undefined;
        }
        else
            parts.push(part);
    }
    return parts.length > 0 ? parts.join('/') : undefined;
}

// EXTERNAL MODULE: ./actions/pin-check/src/uses-reference.ts
var uses_reference = __nccwpck_require__(20228);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __nccwpck_require__(33243);
;// CONCATENATED MODULE: ./actions/pin-check/src/yaml-shape.ts
/** A node kept without children: a value the model reads. */
const LEAF_SPEC = Object.freeze({});
class CompiledShape {
    full = false;
    expectsMapping;
    items;
    // A Map, not an object: a key named `constructor` or `__proto__` must not find a prototype member.
    keys = new Map();
    anyKey;
    constructor(spec) {
        this.expectsMapping = spec.keys !== undefined || spec.anyKey !== undefined;
        if (this.expectsMapping && spec.items)
            throw new Error('a shape expects a mapping or a sequence, not both');
    }
    valueShape(key) {
        return (typeof key === 'string' ? this.keys.get(key) : undefined) ?? this.anyKey;
    }
}
const FULL_SHAPE = {
    full: true,
    expectsMapping: true,
    valueShape: () => FULL_SHAPE,
    get items() {
        return FULL_SHAPE;
    },
};
/** Every node kept, as parsed. */
const FULL = FULL_SHAPE;
/** Compiled once per spec object, so shared sub-specs (and LEAF_SPEC) are one shape everywhere. */
const compiled = new WeakMap();
/** Compiles a spec for the parser; call at module load. */
function compileShape(spec) {
    const known = compiled.get(spec);
    if (known)
        return known;
    const shape = new CompiledShape(spec);
    compiled.set(spec, shape);
    for (const [key, child] of Object.entries(spec.keys ?? {}))
        shape.keys.set(key, compileShape(child));
    if (spec.anyKey)
        shape.anyKey = compileShape(spec.anyKey);
    if (spec.items)
        shape.items = compileShape(spec.items);
    return shape;
}
/** The compiled LEAF_SPEC: a kept node whose children are not. */
const LEAF = compileShape(LEAF_SPEC);

;// CONCATENATED MODULE: ./actions/pin-check/src/yaml-positions.ts


const NO_CHILDREN = [];
/**
 * Parses `text` into position nodes: every node (the default), or only those
 * `shape` names. A document that reaches a kept part through an alias to a
 * collection is read again whole, so aliases resolve as in the full tree.
 * js-yaml's failsafe schema: every scalar is its text. The syntax is checked
 * in full all the same, and no merge keys or timestamps are applied (GitHub
 * applies neither); what pin-check reads (`uses`, `run`, images, keys) is
 * text that GitHub requires to be a string, so `uses: 123` is judged as the
 * string it is instead of passing unseen. Resolving numbers and booleans it
 * never reads cost 13% of the parse (bench/).
 */
function parseWithPositions(text, shape = FULL) {
    const builder = new TreeBuilder(text, shape);
    try {
        (0,js_yaml/* load */.Hh)(text, { schema: js_yaml/* FAILSAFE_SCHEMA */.uH, listener: builder.listener });
    }
    catch (thrown) {
        const mark = thrown.mark;
        const reason = thrown.reason ?? String(thrown);
        return { problem: { message: reason, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 } };
    }
    return builder.needsFullTree ? parseWithPositions(text, FULL) : { root: builder.root };
}
/** Turns js-yaml's open/close events into nodes; one per document. */
class TreeBuilder {
    text;
    shape;
    root;
    needsFullTree = false;
    frames = [];
    depth = 0;
    /** Open events inside a node that is not kept. */
    skipped = 0;
    anchored = new Map();
    constructor(text, shape) {
        this.text = text;
        this.shape = shape;
    }
    listener = (event, state) => {
        if (event === 'open')
            this.open(state);
        else
            this.close(state);
    };
    open(state) {
        if (this.skipped > 0) {
            this.skipped++;
            return;
        }
        const shape = this.depth === 0 ? this.shape : shapeOfNextChild(this.frames[this.depth - 1]);
        if (shape === undefined) {
            this.skipped = 1;
            return;
        }
        let frame = this.frames[this.depth];
        if (!frame)
            this.frames[this.depth] = frame = { start: 0, shape, slot: 0, closed: 0, valueShape: undefined, children: undefined, slots: undefined, pendingKey: undefined, first: undefined };
        frame.start = state.position;
        frame.shape = shape;
        frame.slot = 0;
        frame.closed = 0;
        frame.valueShape = undefined;
        frame.children = undefined;
        frame.slots = undefined;
        frame.pendingKey = undefined;
        frame.first = undefined;
        this.depth++;
    }
    close(state) {
        if (this.skipped > 0) {
            if (--this.skipped === 0)
                this.childClosed(this.frames[this.depth - 1], undefined, state.position);
            return;
        }
        const frame = this.frames[--this.depth];
        const parent = this.depth > 0 ? this.frames[this.depth - 1] : undefined;
        // A key's text chooses its value's shape. A key whose value is not kept needs no node, except the
        // first child, which may be this mapping itself wrapped (see shapeOfNextChild).
        if (parent && !parent.shape.full && parent.shape.expectsMapping && parent.slot % 2 === 0) {
            parent.valueShape = parent.shape.valueShape(state.result);
            if (parent.valueShape === undefined && parent.slot > 0)
                return this.childClosed(parent, undefined, state.position);
        }
        let node = nodeOf(frame, state, this.text);
        const isObject = typeof node.value === 'object' && node.value !== null;
        if (node.kind === 'other' && isObject) {
            // An alias to a collection: its children are those of the anchored node.
            if (frame.shape.full)
                node = this.anchored.get(node.value) ?? node;
            else if (frame.shape !== LEAF)
                this.needsFullTree = true;
        }
        else if (isObject && state.anchor && frame.shape.full)
            this.anchored.set(node.value, node);
        if (parent)
            this.childClosed(parent, node, state.position);
        else
            this.root = node;
    }
    childClosed(parent, node, end) {
        const slot = parent.slot;
        parent.closed++;
        const isKey = slot % 2 === 0 && parent.shape.expectsMapping;
        if (node) {
            if (slot === 0)
                parent.first = node;
            if (pairsAsRead(parent.shape)) {
                if (isKey)
                    parent.pendingKey = node;
                else if (parent.pendingKey)
                    (parent.children ??= []).push(parent.pendingKey, node);
            }
            else {
                (parent.children ??= []).push(node);
                (parent.slots ??= []).push(slot);
            }
        }
        // A value slot closes the key before it, kept or not: a later value must not pair with it.
        if (!isKey)
            parent.pendingKey = undefined;
        // A key with no `:` after it (`{a, b: c}`, `? a`) has no value event: its value slot is used up.
        parent.slot += isKey && !colonFollows(this.text, end) ? 2 : 1;
    }
}
function colonFollows(text, offset) {
    return text.charCodeAt(offset) === 58 || text.charCodeAt(skipTrivia(text, offset)) === 58;
}
/** The shape of the child about to open, or undefined when it is not kept. */
function shapeOfNextChild(parent) {
    const shape = parent.shape;
    if (shape.full)
        return shape;
    // The first child may be this same node again: js-yaml wraps flow collections and scalars in block sequences.
    if (parent.slot === 0)
        return shape.expectsMapping ? shape : shape.items;
    if (shape.expectsMapping)
        return parent.slot % 2 === 0 ? LEAF : parent.valueShape;
    return shape.items;
}
/** Whether a frame of this shape keeps its children as key, value pairs built as they close (see Frame.children). */
function pairsAsRead(shape) {
    return !shape.full && shape.expectsMapping;
}
function nodeOf(frame, state, text) {
    const kind = state.kind === 'mapping' || state.kind === 'sequence' || state.kind === 'scalar' ? state.kind : 'other';
    const children = frame.children;
    // A wrapper around its only child (same value): keep the inner node, whose offsets are exact.
    if (frame.first && frame.closed === 1 && frame.first.value === state.result)
        return frame.first;
    let start = frame.start;
    let end = state.position;
    if (kind === 'scalar') {
        start = skipTrivia(text, start);
        // A plain scalar's close event comes after the spaces that precede a trailing comment.
        while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9))
            end--;
    }
    // A mapping shape met by a sequence keeps no items: its pairs are not items, and the model reads none there.
    const kept = !children ? NO_CHILDREN : pairsAsRead(frame.shape) ? (kind === 'mapping' ? children : NO_CHILDREN) : kind === 'mapping' ? pairs(children, frame.slots, frame.shape.full) : kind === 'sequence' ? children : NO_CHILDREN;
    return { kind, value: state.result, start, end, children: kept };
}
/** Key, value, key, value… from children recorded by slot; a key without a value gets an empty one in the full tree. */
function pairs(children, slots, full) {
    const out = [];
    for (let index = 0; index < children.length; index++) {
        if (slots[index] % 2 !== 0)
            continue;
        const key = children[index];
        if (slots[index + 1] === slots[index] + 1)
            out.push(key, children[++index]);
        else if (full)
            out.push(key, { kind: 'other', value: null, start: key.end, end: key.end, children: NO_CHILDREN });
    }
    return out;
}
/** Spaces, tabs, line breaks and comments before a node: its open event comes before them. */
function skipTrivia(text, from) {
    let index = from;
    while (index < text.length) {
        const char = text[index];
        if (char === ' ' || char === '\t' || char === '\n' || char === '\r')
            index++;
        else if (char === '#') {
            const lineEnd = text.indexOf('\n', index);
            index = lineEnd === -1 ? text.length : lineEnd;
        }
        else
            break;
    }
    return index;
}
/** The value node of `key` in a mapping node. */
function mappingGet(node, key) {
    if (!node || node.kind !== 'mapping')
        return undefined;
    for (let index = 0; index + 1 < node.children.length; index += 2) {
        if (node.children[index].value === key)
            return node.children[index + 1];
    }
    return undefined;
}
/** Key and value nodes of a mapping, in source order. */
function mappingEntries(node) {
    if (!node || node.kind !== 'mapping')
        return [];
    const entries = [];
    for (let index = 0; index + 1 < node.children.length; index += 2)
        entries.push([node.children[index], node.children[index + 1]]);
    return entries;
}
function sequenceItems(node) {
    return node?.kind === 'sequence' ? node.children : [];
}
/**
 * 1-based line and column of offsets in `text`. A file needs only a few
 * (one per fact), mostly in increasing order: lines are counted forward from
 * the last offset asked for, and from the top when an offset comes before it.
 */
function lineIndex(text) {
    let line = 1;
    let lineStart = 0;
    return (offset) => {
        if (offset < lineStart) {
            line = 1;
            lineStart = 0;
        }
        for (let newline = text.indexOf('\n', lineStart); newline !== -1 && newline < offset; newline = text.indexOf('\n', newline + 1)) {
            line++;
            lineStart = newline + 1;
        }
        return { line, column: offset - lineStart + 1 };
    };
}

;// CONCATENATED MODULE: ./actions/pin-check/src/workflow-model.ts



/** The parts of a file the facts below read; the parser builds nodes for nothing else. */
// `with:` is kept as one value (js-yaml builds it anyway): positions are found only for the few inputs read.
const STEPS = { items: { keys: { uses: LEAF_SPEC, run: LEAF_SPEC, shell: LEAF_SPEC, 'working-directory': LEAF_SPEC, with: LEAF_SPEC } } };
const IMAGE = { keys: { image: LEAF_SPEC } };
const SHAPES = {
    workflow: compileShape({
        keys: {
            jobs: { anyKey: { keys: { uses: LEAF_SPEC, container: IMAGE, services: { anyKey: IMAGE }, steps: STEPS, strategy: { keys: { matrix: LEAF_SPEC } } } } },
        },
    }),
    action: compileShape({ keys: { runs: { keys: { steps: STEPS, image: LEAF_SPEC } } } }),
};
/** `shape` is for tests: the facts must be the same from the full tree (FULL). */
function parseWorkflowFacts(file, text, kind, shape = SHAPES[kind]) {
    const facts = { file, kind, uses: [], runs: [], images: [] };
    const { root, problem } = parseWithPositions(text, shape);
    if (problem) {
        facts.parseError = problem;
        return facts;
    }
    if (root?.kind !== 'mapping')
        return facts;
    const position = lineIndex(text);
    const at = (node) => position(node.start);
    const visitSteps = (steps, job) => {
        for (const step of sequenceItems(steps)) {
            if (step.kind !== 'mapping')
                continue;
            const uses = addUses(step, facts, text, at);
            if (uses)
                addVersionInputs(step, uses, text, position);
            const run = mappingGet(step, 'run');
            if (run?.kind === 'scalar' && typeof run.value === 'string')
                facts.runs.push(runFact(run, step, job, text, at));
        }
    };
    if (kind === 'workflow') {
        for (const [name, job] of mappingEntries(mappingGet(root, 'jobs'))) {
            if (job.kind !== 'mapping')
                continue;
            addUses(job, facts, text, at);
            addContainer(job, facts, at);
            visitSteps(mappingGet(job, 'steps'), own(`jobs.${String(name.value)}`));
        }
    }
    else {
        const runs = mappingGet(root, 'runs');
        visitSteps(mappingGet(runs, 'steps'), 'runs');
        const image = mappingGet(runs, 'image');
        if (image?.kind === 'scalar' && typeof image.value === 'string' && image.value.startsWith('docker://')) {
            const { line, column } = at(image);
            facts.images.push({ image: own(image.value.slice('docker://'.length)), where: 'docker action', line, column });
        }
    }
    return facts;
}
/**
 * A copy of `part` that holds no reference to the text it was cut from. V8 keeps a long substring as a view
 * of its whole parent string, so a fact holding a \`uses:\` value or a script would keep its whole workflow
 * file alive until the rules have run: a thousand files' text copied from one young-generation space to the
 * next and into the old one (bench/: the facts of the 1,000-workflow corpus held 3.4 MB of file text).
 * Appending a character makes a new string that V8 flattens into one copy when it is sliced back.
 */
function own(part) {
    return `${part} `.slice(0, -1);
}
function addUses(map, facts, text, at) {
    const uses = mappingGet(map, 'uses');
    if (uses?.kind !== 'scalar' || typeof uses.value !== 'string')
        return undefined;
    const { start, end } = uses;
    const value = own(uses.value);
    const lineEnd = text.indexOf('\n', end);
    const stop = lineEnd === -1 ? text.length : text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const trailing = own(text.slice(end, stop));
    const commented = commentOf(trailing);
    const { line, column } = at(uses);
    // Facts live until the rules have run: built whole (no spread), they are single objects the GC copies cheaply.
    const fact = { value, comment: commented?.text, commentStart: commented ? end + commented.offset : undefined, start, end, trailing, reference: (0,uses_reference/* parseUses */.Ap)(value), line, column };
    if (!text.startsWith(value, start) || end - start !== value.length)
        fact.raw = own(text.slice(start, end));
    facts.uses.push(fact);
    return fact;
}
/**
 * The comment after a value: `#`, then its text up to the trailing spaces. Read without a regular expression
 * that backtracks: `(.*?)\s*$` tried every split of a long run of spaces inside the comment (a hostile
 * line of a megabyte took hours); the text is what that pattern matched, and a line break inside it
 * (a lone CR, which YAML ends a line at) still means no comment.
 */
function commentOf(trailing) {
    // Only a line with `#` after the value can have a comment; most have none.
    if (!trailing.includes('#'))
        return undefined;
    const lead = /^\s*#\s*/.exec(trailing);
    if (!lead)
        return undefined;
    const text = trailing.slice(lead[0].length).trimEnd();
    return /[\n\r\u2028\u2029]/.test(text) ? undefined : { text, offset: lead[0].length };
}
const VERSION_INPUT = /(^|[-_])version$|^check-latest$/i;
/** `with:` inputs that choose a tool's version, located by their key in the text after `with:`. */
function addVersionInputs(step, uses, text, position) {
    const inputs = mappingGet(step, 'with');
    if (inputs?.kind !== 'mapping' || typeof inputs.value !== 'object' || inputs.value === null)
        return;
    const values = inputs.value;
    for (const name in values) {
        const value = values[name];
        // Most inputs end in neither `version` nor `latest`: a character test before the pattern.
        const last = name.charCodeAt(name.length - 1);
        if (typeof value !== 'string' || (last !== 110 /* n */ && last !== 78 /* N */ && last !== 116 /* t */) || !VERSION_INPUT.test(name))
            continue;
        const key = new RegExp(`(^|[\\s{,])["']?${name.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&')}["']?\\s*:[ \\t]*`, 'gm');
        key.lastIndex = inputs.start;
        const found = key.exec(text);
        (uses.inputs ??= []).push({ name: own(name), value: own(value), ...position(found ? found.index + found[0].length : inputs.start) });
    }
}
function addContainer(job, facts, at) {
    const pushImage = (node, where) => {
        const image = node?.kind === 'mapping' ? mappingGet(node, 'image') : node;
        if (image?.kind === 'scalar' && typeof image.value === 'string') {
            const { line, column } = at(image);
            const fact = { image: own(image.value), where: own(where), line, column };
            if (image.value.includes('${{'))
                fact.matrix = mappingGet(mappingGet(job, 'strategy'), 'matrix')?.value;
            facts.images.push(fact);
        }
    };
    pushImage(mappingGet(job, 'container'), 'container');
    for (const [name, service] of mappingEntries(mappingGet(job, 'services')))
        pushImage(service, `services.${String(name.value)}`);
}
function runFact(run, step, job, text, at) {
    const { line, column } = at(run);
    // A block scalar's content starts on the line after its `|` or `>` header.
    const isBlock = text[run.start] === '|' || text[run.start] === '>';
    // The parser builds a block scalar by appending line after line: one flat string of its own now instead of
    // a chain of pieces of the file for the GC to copy until the rules run.
    const script = own(String(run.value));
    const fact = { script, firstScriptLine: isBlock ? line + 1 : line, line, column, job };
    const shell = mappingGet(step, 'shell')?.value;
    if (typeof shell === 'string')
        fact.shell = own(shell);
    const directory = mappingGet(step, 'working-directory')?.value;
    if (typeof directory === 'string')
        fact.workingDirectory = own(directory);
    return fact;
}

;// CONCATENATED MODULE: ./actions/pin-check/src/collect.ts









/** Workflow files are small; a bigger one is generated or hostile and is reported, not parsed. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Lockfiles of large monorepos run to tens of megabytes. */
const MAX_LOCKFILE_BYTES = 64 * 1024 * 1024;
const MAX_FILES = 200_000;
const SKIP_DIRECTORIES = new Set(['.git', 'node_modules', '.venv', 'vendor', 'dist', 'target']);
const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;
/** Directories whose content is what pin-check is for: a link or an unlistable one there hides every workflow. */
const WORKFLOW_DIRECTORIES = new Set(['.github', '.github/workflows']);
const ACTION = /(^|\/)action\.ya?ml$/;
const DOCKERFILE = /(^|\/)((Dockerfile|Containerfile)(\.[\w.-]+)?|[\w.-]+\.(Dockerfile|Containerfile))$/;
const MANIFEST = /(^|\/)(package\.json|package-lock\.json|npm-shrinkwrap\.json|pnpm-workspace\.yaml|requirements[\w.-]*\.txt|go\.mod|go\.work|Cargo\.toml|pyproject\.toml)$|^\.tool-versions$/;
/**
 * Walks the workspace once and reads the files the rules need. Symlinks are
 * never followed (a link out of the workspace would leak or loop); binary,
 * oversized, unreadable and non-UTF-8 files are listed as skipped with why.
 * Synchronous I/O on purpose: the step does nothing else meanwhile, and for
 * a thousand small files it is several times faster than promise-per-file.
 * `onRead` hears the length of each file's text as it is read.
 */
async function collectFacts(workspace, onRead) {
    const facts = emptyFacts();
    requireReadableWorkspace(workspace);
    const toRead = [];
    /** Files without an extension: read as scripts only when their first bytes are a shell shebang. */
    const toSniff = [];
    // Directories with their path relative to the workspace ('' for the workspace itself).
    const pending = [[workspace, '']];
    while (pending.length > 0 && facts.paths.size < MAX_FILES) {
        const [directory, prefix] = pending.pop();
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(directory, { withFileTypes: true });
        }
        catch (error) {
            const path = prefix.replace(/\/$/, '');
            facts.skipped.push({ path: path || '.', reason: `cannot list: ${error.code}`, blocking: WORKFLOW_DIRECTORIES.has(path) });
            continue;
        }
        // Code-unit order: the same on every machine and locale.
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const absolute = (0,external_node_path_.join)(directory, entry.name);
            const path = prefix + entry.name;
            if (entry.isDirectory()) {
                if (!SKIP_DIRECTORIES.has(entry.name))
                    pending.push([absolute, `${path}/`]);
            }
            else if (entry.isSymbolicLink()) {
                if (WORKFLOW_DIRECTORIES.has(path))
                    facts.skipped.push({ path, reason: 'symbolic link, not followed: the workflows behind it were not checked', blocking: true });
                else if (wanted(path))
                    facts.skipped.push({ path, reason: 'symbolic link, not followed' });
            }
            else if (entry.isFile()) {
                facts.paths.add(path);
                if (wanted(path))
                    toRead.push({ absolute, path });
                else if (mayBeShebangScript(path))
                    toSniff.push({ absolute, path });
            }
        }
    }
    for (const { absolute, path } of toRead) {
        const text = readWanted(absolute, path, facts);
        if (text === undefined)
            continue;
        addFileFacts(facts, path, text);
        onRead?.(text.length);
    }
    for (const { absolute, path } of toSniff) {
        if (!startsWithShebang(absolute))
            continue;
        const text = readText(absolute, path, facts, MAX_FILE_BYTES);
        if (text === undefined)
            continue;
        addFileFacts(facts, path, text);
        onRead?.(text.length);
    }
    addReferencedScripts(facts, (path) => readText((0,external_node_path_.join)(workspace, path), path, facts, MAX_FILE_BYTES));
    await addNpmLockFacts(facts);
    return facts;
}
/**
 * A workspace that is missing, not a directory or cannot be listed has nothing
 * to check, and nothing to check is not a pass: exit 3, naming the reason.
 */
function requireReadableWorkspace(workspace) {
    try {
        (0,external_node_fs_.readdirSync)(workspace);
    }
    catch (error) {
        const code = error.code;
        const reason = code === 'ENOENT' ? 'the workspace does not exist' : code === 'ENOTDIR' ? 'the workspace is not a directory' : `the workspace cannot be listed (${code})`;
        throw new gates_error/* GatesError */.xx('GATES_E_FILESYSTEM', { path: workspace, reason }, { hint: 'pin-check reads the checkout: run actions/checkout before it (or pass --workspace DIR to `gates run`).' });
    }
}
function wanted(path) {
    return WORKFLOW.test(path) || ACTION.test(path) || DOCKERFILE.test(path) || MANIFEST.test(path) || hasScriptExtension(path);
}
/**
 * Scripts the `run:` steps run that were not read as scripts already: files
 * with no extension and no shebang (`bash ci/install`, `./build`). `read`
 * gives a workspace file's text, or undefined. Most repositories have few
 * such files, so the scripts are searched only for their names.
 */
function addReferencedScripts(facts, read) {
    const known = new Set(facts.scripts.map((script) => script.path));
    const candidates = new Map();
    for (const path of facts.paths)
        if (mayBeShebangScript(path) && !known.has(path))
            candidates.set(path, path.slice(path.lastIndexOf('/') + 1));
    if (candidates.size === 0)
        return;
    // One pattern of every candidate's name, tested once per step: thousands of steps times dozens of names made
    // this loop a tenth of the bench's time. Names of candidates already read only cost a wasted test.
    const mentionsCandidate = new RegExp([...new Set(candidates.values())].map((name) => name.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('|'));
    for (const workflow of facts.workflows) {
        for (const run of workflow.runs) {
            if (!mentionsCandidate.test(run.script))
                continue;
            const directory = run.workingDirectory?.includes('${{') ? '' : run.workingDirectory;
            for (const path of referencedScripts(run.script, directory)) {
                if (!candidates.delete(path))
                    continue;
                const text = read(path);
                if (text !== undefined && isShellScript(path, text, true))
                    facts.scripts.push({ path, text });
            }
            if (candidates.size === 0)
                return;
        }
    }
}
/** Whether a file's first two bytes are `#!`, without reading the rest. */
function startsWithShebang(absolute) {
    let descriptor;
    try {
        // The same guarded open as every read: no link followed, no FIFO or device read.
        descriptor = (0,read_file/* openRegularFile */.ZU)(absolute, { noFollow: true }).fd;
        const head = Buffer.alloc(2);
        return (0,external_node_fs_.readSync)(descriptor, head, 0, 2, 0) === 2 && head[0] === 0x23 && head[1] === 0x21;
    }
    catch {
        return false;
    }
    finally {
        if (descriptor !== undefined)
            (0,external_node_fs_.closeSync)(descriptor);
    }
}
function readWanted(absolute, path, facts) {
    const limit = /(package-lock|npm-shrinkwrap)\.json$/.test(path) ? MAX_LOCKFILE_BYTES : MAX_FILE_BYTES;
    return readText(absolute, path, facts, limit);
}
/** Files the rules read, by path; pure, so tests build facts from text without a filesystem. */
function addFileFacts(facts, path, text) {
    facts.paths.add(path);
    if (WORKFLOW.test(path))
        facts.workflows.push(parseWorkflowFacts(path, text, 'workflow'));
    else if (ACTION.test(path))
        facts.workflows.push(parseWorkflowFacts(path, text, 'action'));
    else if (DOCKERFILE.test(path))
        facts.dockerfiles.push((0,dockerfile/* parseDockerfile */.A)(path, text));
    else if (MANIFEST.test(path))
        facts.manifests.push({ path, text });
    else if ((hasScriptExtension(path) || mayBeShebangScript(path)) && isShellScript(path, text))
        facts.scripts.push({ path, text });
}
/** Every byte of an open file, read by position (the descriptor's own position is left where it is). */
function readBytesAt0(descriptor) {
    const chunks = [];
    for (let position = 0;;) {
        const chunk = Buffer.allocUnsafe(64 * 1024);
        const count = (0,external_node_fs_.readSync)(descriptor, chunk, 0, chunk.length, position);
        if (count === 0)
            return Buffer.concat(chunks);
        chunks.push(chunk.subarray(0, count));
        position += count;
    }
}
/**
 * The file's text, or undefined with the reason recorded. One native read
 * and decode of the opened descriptor; invalid UTF-8 decodes to U+FFFD, and
 * only then are the bytes read again to say why.
 */
function readText(absolute, path, facts, limit) {
    let descriptor;
    try {
        // No link followed (a file swapped for one after the walk), and a FIFO or device refused unread.
        let info;
        try {
            ({ fd: descriptor, stats: info } = (0,read_file/* openRegularFile */.ZU)(absolute, { noFollow: true }));
        }
        catch (error) {
            if (!(error instanceof read_file/* UnreadableFile */.ie))
                throw error;
            facts.skipped.push({ path, reason: error.kind === 'not-regular' ? 'not a regular file' : `unreadable: ${error.reason}` });
            return undefined;
        }
        if (info.size > limit) {
            facts.skipped.push({ path, reason: `${info.size} bytes, over the ${limit}-byte limit` });
            return undefined;
        }
        // Read and decoded in one native call, as the baseline reads (no Buffer of the bytes in the JavaScript heap).
        // A file that grew since fstat is read whole as before and judged on what was read.
        const text = (0,external_node_fs_.readFileSync)(descriptor, 'utf8');
        if (text.includes('\uFFFD') || text.includes('\0')) {
            // Rare: the bytes say why (read again from the start: the descriptor's position is at the end now).
            const bytes = readBytesAt0(descriptor);
            if (bytes.includes(0)) {
                facts.skipped.push({ path, reason: 'binary file' });
                return undefined;
            }
            if (!(0,external_node_buffer_.isUtf8)(bytes)) {
                facts.skipped.push({ path, reason: 'not valid UTF-8' });
                return undefined;
            }
        }
        // fstat's size was within the limit; a file that grew past it before the read is not parsed either.
        if (text.length > limit) {
            facts.skipped.push({ path, reason: `grew past the ${limit}-byte limit while being read` });
            return undefined;
        }
        return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
    catch (error) {
        facts.skipped.push({ path, reason: `unreadable: ${error.code ?? error.message}` });
        return undefined;
    }
    finally {
        if (descriptor !== undefined)
            (0,external_node_fs_.closeSync)(descriptor);
    }
}


/***/ }),

/***/ 209:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ct: () => (/* binding */ pinCheck)
});

// UNUSED EXPORTS: MODES, checkRepository

// EXTERNAL MODULE: ./packages/core/src/action/nothing-to-check.ts
var nothing_to_check = __nccwpck_require__(43830);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __nccwpck_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/github/api-timeout.ts
var api_timeout = __nccwpck_require__(26515);
// EXTERNAL MODULE: ./packages/core/src/action/report-files.ts + 3 modules
var report_files = __nccwpck_require__(79517);
// EXTERNAL MODULE: ./packages/core/src/state/state-root.ts + 6 modules
var state_root = __nccwpck_require__(27693);
// EXTERNAL MODULE: ./actions/pin-check/src/collect.ts + 6 modules
var collect = __nccwpck_require__(45769);
// EXTERNAL MODULE: ./actions/pin-check/src/online/online-facts.ts
var online_facts = __nccwpck_require__(7551);
;// CONCATENATED MODULE: ./actions/pin-check/src/online/online-stage.ts


/** The checks that need the API, named in the summary when they are skipped (never a silent pass). */
const ONLINE_CHECKS = 'unknown references, imposter commits, version comments against tags, commits between releases, refs that are both a tag and a branch, deprecated runtimes, and resolving tags for fix mode';
/**
 * Decides whether online checks run (policy `online`, a token) and runs
 * them. `required` without a token, or with a failed lookup, is exit 3:
 * the gate fails closed rather than passing unchecked.
 */
async function gatherOnlineFacts(facts, policy, options) {
    if (policy.online === 'off')
        return (0,online_facts/* skippedOnline */.gV)('policy says `online: off`');
    if (!options.token) {
        if (policy.online === 'required')
            throw new gates_error/* GatesError */.xx('GATES_E_API_NO_TOKEN', { what: 'pin-check with policy `online: required`' });
        return (0,online_facts/* skippedOnline */.gV)('no token was given');
    }
    // Loaded only when the API is used: offline runs (most pull requests from forks) never parse it, nor the core's API client.
    const { checkOnline } = await __nccwpck_require__.e(/* import() */ 363).then(__nccwpck_require__.bind(__nccwpck_require__, 97363));
    return checkOnline(facts, policy, options);
}
/** One line for the summary's head: what ran online, or what was skipped and why. */
function describeOnline(online) {
    if (online.skipped)
        return `Online checks skipped (${online.skipped}): ${ONLINE_CHECKS}. Offline rules ran in full.`;
    const failed = [...online.references.values()].filter((reference) => reference.error).length;
    const rate = online.rateLimit ? `; rate limit ${online.rateLimit.remaining}/${online.rateLimit.limit} left` : '';
    const stopped = online.stopped ? ` The API client stopped after ${online.stopped}.` : '';
    return `Online checks: ${online.references.size} reference(s) looked up with ${online.calls} API call(s)${rate}` + (failed ? `; ${failed} could not be checked.${stopped}` : '.');
}

// EXTERNAL MODULE: ./packages/core/src/config/layers.ts
var config_layers = __nccwpck_require__(7572);
// EXTERNAL MODULE: ./packages/core/src/text/glob.ts
var glob = __nccwpck_require__(13483);
;// CONCATENATED MODULE: ./actions/pin-check/src/policy.ts

function readPinPolicy(config) {
    const section = ((0,config_layers/* valueAt */.fK)(config.values, 'pin-check') ?? {});
    return {
        rules: section.rules ?? {},
        paths: section.paths ?? {},
        allow: section.allow ?? [],
        requireToolVersions: section['require-tool-versions'] ?? [],
        online: section.online ?? 'optional',
        commentSeparator: ' ',
    };
}
/** Each scope's globs compiled once: rules ask about every file of the repository. */
const compiledScopes = new WeakMap();
function scopeMatcher(scope) {
    let matches = compiledScopes.get(scope);
    if (!matches) {
        const included = scope.include ? (0,glob/* globMatcher */.f)(scope.include) : () => true;
        const excluded = scope.exclude ? (0,glob/* globMatcher */.f)(scope.exclude) : () => false;
        matches = (file) => included(file) && !excluded(file);
        compiledScopes.set(scope, matches);
    }
    return matches;
}
/** Whether a rule applies to a file under the policy's path scoping. */
function ruleAppliesTo(policy, ruleId, file) {
    if (policy.rules[ruleId] === 'off')
        return false;
    const scope = policy.paths[ruleId];
    return !scope || scopeMatcher(scope)(file);
}
/** The rule's severity after the policy's override. */
function severityFor(policy, meta) {
    const override = policy.rules[meta.id];
    return override && override !== 'off' ? override : meta.severity;
}

// EXTERNAL MODULE: ./packages/core/src/report/summary-budget.ts
var summary_budget = __nccwpck_require__(21260);
// EXTERNAL MODULE: ./packages/core/src/findings/model.ts
var model = __nccwpck_require__(96797);
// EXTERNAL MODULE: ./packages/core/src/report/untrusted-text.ts
var untrusted_text = __nccwpck_require__(47920);
// EXTERNAL MODULE: ./packages/core/src/report/markdown.ts
var markdown = __nccwpck_require__(97195);
// EXTERNAL MODULE: ./packages/core/src/report/waived-line.ts
var waived_line = __nccwpck_require__(6959);
// EXTERNAL MODULE: ./packages/core/src/report/summary.ts
var summary = __nccwpck_require__(58960);
;// CONCATENATED MODULE: ./actions/pin-check/src/report/finding-groups.ts

/**
 * Groups findings for the summary. A pin-check message names its subject
 * (`actions/checkout@v4 is pinned to a tag…`, the install command, the
 * image), so equal messages are one reference used in many places: 53 uses
 * of `actions/checkout@v7` become one row with 53 locations.
 *
 * Order: failing before waived, severity, the action's rule priority, then
 * the most frequent first, then file order. Pure.
 */
function groupFindings(findings, rulePriority) {
    // Keyed by the message itself, the rest compared field by field: a key built per finding (thousands) cost a
    // new string to copy and hash each time, where the message's hash is computed once and kept (bench/).
    const byMessage = new Map();
    const groups = [];
    // Index loops, not for-of and not find(): this runs once per finding, mostly unoptimised, where an iterator
    // allocates a result object per step (about 1 MB on the bench corpus) and find() a closure per finding.
    for (let index = 0; index < findings.length; index++) {
        const finding = findings[index];
        let candidates = byMessage.get(finding.message);
        if (!candidates)
            byMessage.set(finding.message, (candidates = []));
        let group;
        for (let at = 0; at < candidates.length; at++) {
            if (saysTheSame(candidates[at].sample, finding)) {
                group = candidates[at];
                break;
            }
        }
        if (!group) {
            group = { ruleId: finding.ruleId, sample: finding, findings: [] };
            candidates.push(group);
            groups.push(group);
        }
        group.findings.push(finding);
    }
    const rank = (ruleId) => {
        const index = rulePriority.indexOf(ruleId);
        return index === -1 ? rulePriority.length : index;
    };
    return groups.sort((a, b) => Number(Boolean(a.sample.waived)) - Number(Boolean(b.sample.waived)) ||
        model/* SEVERITY_RANK */.f3[b.sample.severity] - model/* SEVERITY_RANK */.f3[a.sample.severity] ||
        rank(a.ruleId) - rank(b.ruleId) ||
        b.findings.length - a.findings.length);
}
/** Same rule, severity, fix and waiver (the message is compared by the caller). */
function saysTheSame(a, b) {
    return a.ruleId === b.ruleId && a.severity === b.severity && (a.fixHint ?? '') === (b.fixHint ?? '') && Boolean(a.waived) === Boolean(b.waived) && a.waived?.reason === b.waived?.reason;
}
/**
 * The group's places by file. Only the first `limit` files keep their lines;
 * the others are counted. A summary row lists 40 files of groups that reach
 * hundreds of files and thousands of findings, and lines kept for every file
 * (a map entry and an array each) were most of what the summary allocated.
 */
function placesByFile(group, limit = Number.POSITIVE_INFINITY) {
    return ascendingPlaces(group.findings, limit) ?? placesInAnyOrder(group.findings, limit);
}
/**
 * Findings in file order (a report's are sorted, so a group's are too): a
 * file that changes to a greater one is new, and files past the listed ones
 * are counted without being kept. Undefined at the first file out of order.
 */
function ascendingPlaces(findings, limit) {
    const listed = new Map();
    let files = 0;
    let current;
    let lines;
    for (let index = 0; index < findings.length; index++) {
        const finding = findings[index];
        const file = finding.file ?? '';
        if (file !== current) {
            // Compared as sortFindings compares files (UTF-16 code units).
            if (current !== undefined && !(current < file))
                return undefined;
            current = file;
            files++;
            lines = files <= limit ? [] : undefined;
            if (lines)
                listed.set(file, lines);
        }
        lines?.push(finding.line ?? 0);
    }
    return { listed, files };
}
/** Any order: a file can come back after another, so the files past the listed ones are kept in a set to be counted once. */
function placesInAnyOrder(findings, limit) {
    const listed = new Map();
    const unlisted = new Set();
    let current;
    let lines;
    for (let index = 0; index < findings.length; index++) {
        const finding = findings[index];
        const file = finding.file ?? '';
        if (file !== current) {
            current = file;
            lines = listed.get(file);
            // The listed files are the first ones seen: while there is room, a file not among them is new.
            if (!lines && listed.size < limit)
                listed.set(file, (lines = []));
            else if (!lines)
                unlisted.add(file);
        }
        lines?.push(finding.line ?? 0);
    }
    return { listed, files: listed.size + unlisted.size };
}

;// CONCATENATED MODULE: ./actions/pin-check/src/report/pin-summary.ts


const ICON = { pass: '✅', fail: '❌', empty: '⚠️' };
const VERDICT_LABEL = { pass: 'passed', fail: 'failed', empty: 'nothing to check' };
const SEVERITY_LABEL = { error: '🔴 error', warning: '🟠 warning', note: '🔵 note' };
/** Files listed in one row's folded locations; a row past it says how many more (the reports have them all). */
const FILES_PER_ROW = 40;
/** Room kept for the closing lines when rows are cut at the byte limit. */
const CLOSING_ROOM = 600;
/**
 * pin-check's job summary, for a reviewer: the verdict and the counts per
 * rule first, then one row per distinct finding (one per unpinned
 * `owner/repo@ref`, however often it is used) with its count and its
 * locations folded in `<details>`, unpinned actions first. Every finding is
 * in the summary or, past the byte limit, in the JSON and SARIF reports the
 * last line names. Pure: report in, Markdown out. The report is redacted
 * already (runAction does it before any renderer escapes a word of it).
 */
function renderPinSummary(report, links, byteLimit = summary_budget/* SUMMARY_BYTE_LIMIT */.Kj) {
    const verdict = (0,model/* verdictOf */.Vj)(report);
    const counts = (0,model/* countBySeverity */.Ot)(report.findings);
    let waived = 0;
    let failing = 0;
    for (let index = 0; index < report.findings.length; index++) {
        const finding = report.findings[index];
        if (finding.waived)
            waived++;
        if ((0,model/* failsGate */.FW)(finding, report.failOn))
            failing++;
    }
    const groups = groupFindings(report.findings, report.rules.map((rule) => rule.id));
    const head = [
        `## ${ICON[verdict]} ${untrusted_text/* redactedReportText */.UJ.text(report.tool)}: ${VERDICT_LABEL[verdict]}`,
        '',
        `**${failing}** finding(s) fail the gate (fail-on: \`${report.failOn}\`) · ${counts.error} error(s), ${counts.warning} warning(s), ${counts.note} note(s)` +
            (waived ? ` · ${waived} waived` : ''),
        '',
    ];
    if (report.findings.length > 0)
        head.push(ruleCounts(report, groups), '');
    for (const note of report.notes ?? [])
        head.push(`> ${untrusted_text/* redactedReportText */.UJ.text(note)}`, '');
    if (report.findings.length === 0)
        return [...head, 'No findings.', ''].join('\n');
    const header = (0,markdown/* table */.tp)(['Severity', 'Rule', 'Finding', 'Count', 'Where'], []);
    const fixed = `${head.join('\n')}\n${header}`;
    let budget = byteLimit - byteLength(fixed) - CLOSING_ROOM;
    // One array joined once: each row is one flat string (measured without a copy), and the summary is copied once
    // more, not once per concatenation (its emoji make it two bytes a character).
    const parts = [fixed];
    let shown = 0;
    for (; shown < groups.length; shown++) {
        const row = groupRow(groups[shown], links);
        budget -= byteLength(row);
        if (budget < 0)
            break;
        parts.push(row);
    }
    parts.push(closing(groups, shown));
    return parts.join('');
}
/** The last lines: where every finding is, and how many rows the byte limit left out. */
function closing(groups, shown) {
    if (shown >= groups.length)
        return `\n\n${REPORTS}\n`;
    let findings = 0;
    for (let index = shown; index < groups.length; index++)
        findings += groups[index].findings.length;
    return `\n\n> ⚠️ ${groups.length - shown} more row(s) (${findings} finding(s)) did not fit the summary. ${REPORTS}\n`;
}
const REPORTS = 'Every finding, with its exact location, is in the JSON report (output `report-json`) and the SARIF report (output `sarif-file`, for code scanning).';
/** The per-rule counts that lead the summary: how many findings, how many distinct ones, what the rule checks. */
function ruleCounts(report, groups) {
    const rows = report.rules.flatMap((rule) => {
        const ofRule = groups.filter((group) => group.ruleId === rule.id);
        if (ofRule.length === 0)
            return [];
        const findings = ofRule.reduce((sum, group) => sum + group.findings.length, 0);
        const docs = rule.docs ? ` ([docs](${rule.docs}))` : '';
        return [[untrusted_text/* redactedReportText */.UJ.code(rule.id), String(findings), String(ofRule.length), untrusted_text/* redactedReportText */.UJ.text(rule.description) + docs]];
    });
    return (0,markdown/* table */.tp)(['Rule', 'Findings', 'Distinct', 'What it checks'], rows);
}
/** `\n| severity | rule | finding | count | where |`, built as one string (the rows are most of the summary). */
function groupRow(group, links) {
    const { sample } = group;
    const pieces = ['\n| ', sample.waived ? '⚪ waived' : SEVERITY_LABEL[sample.severity], ' | ', untrusted_text/* redactedReportText */.UJ.code(group.ruleId), ' | ', untrusted_text/* redactedReportText */.UJ.text(sample.message)];
    if (sample.fixHint)
        pieces.push('<br>Fix: ', untrusted_text/* redactedReportText */.UJ.text(sample.fixHint));
    if (sample.waived)
        pieces.push('<br>', (0,waived_line/* waivedLine */.Z)(sample.waived));
    pieces.push(' | ', String(group.findings.length), ' | ');
    where(group, pieces, links);
    pieces.push(' |');
    return pieces.join('');
}
/**
 * One place: a link to its line. Several: folded in `<details>`, one line per
 * file with its line numbers, as text: a link per file would triple the
 * size of a summary whose findings are spread over many files. Appended to
 * the row's pieces.
 */
function where(group, pieces, links) {
    if (group.findings.length === 1) {
        pieces.push((0,summary/* fileLink */.RF)(group.findings[0], links));
        return;
    }
    // Only the first files are listed: the rest are counted, not kept.
    const { listed, files } = placesByFile(group, FILES_PER_ROW);
    pieces.push(`<details><summary>${group.findings.length} places in ${files} file(s)</summary>`);
    let first = true;
    // forEach, not for-of: no entry array and result object per file.
    listed.forEach((lines, file) => {
        if (!first)
            pieces.push('<br>');
        first = false;
        pieces.push(file ? untrusted_text/* redactedReportText */.UJ.code(file) : '—');
        let separator = ': ';
        for (let index = 0; index < lines.length; index++) {
            const line = lines[index];
            if (line <= 0)
                continue;
            pieces.push(separator, String(line));
            separator = ', ';
        }
    });
    if (files > FILES_PER_ROW)
        pieces.push(`<br>… and ${files - FILES_PER_ROW} more file(s) (see the reports)`);
    pieces.push('</details>');
}
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}

// EXTERNAL MODULE: ./actions/pin-check/src/online/action-runtime.ts
var action_runtime = __nccwpck_require__(35029);
;// CONCATENATED MODULE: ./actions/pin-check/src/rules/remote-uses.ts


/** Every remote `uses:` with online facts, in files the rule applies to: what online rules visit. */
function remoteUsesWithFacts(facts, policy, ruleId) {
    if (!facts.online || facts.online.skipped)
        return [];
    const visits = [];
    for (const workflow of facts.workflows) {
        if (!ruleAppliesTo(policy, ruleId, workflow.file))
            continue;
        for (const uses of workflow.uses) {
            const { reference } = uses;
            if (reference.kind !== 'remote')
                continue;
            const online = facts.online.references.get((0,online_facts/* referenceKey */.Db)(reference.owner, reference.repo, reference.path, reference.ref));
            if (online)
                visits.push({ workflow, uses, online });
        }
    }
    return visits;
}

// EXTERNAL MODULE: ./packages/core/src/errors/catalogue.ts
var catalogue = __nccwpck_require__(46360);
;// CONCATENATED MODULE: ./actions/pin-check/src/rules/rule.ts

/** Whether the rule runs under the policy: not turned off, and turned on if it is off by default. */
function ruleEnabled(rule, policy) {
    const setting = policy.rules[rule.meta.id];
    return setting !== 'off' && (setting !== undefined || !rule.defaultOff);
}
function ruleDocs(id) {
    return (0,catalogue/* ruleDocsUrl */.hS)('pin-check', id);
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/deprecated-runtime.ts




/** Online: the pinned action's action.yml declares a Node runtime GitHub removed from its runners. */
const deprecatedRuntime = {
    meta: {
        id: 'deprecated-runtime',
        description: 'Pinned actions run on a supported runtime, not node12, node16 or node20 (online)',
        severity: 'warning',
        docs: ruleDocs('deprecated-runtime'),
    },
    check(facts, policy) {
        return remoteUsesWithFacts(facts, policy, this.meta.id)
            .filter(({ online }) => online.runtime !== undefined && online.runtime in action_runtime/* DEPRECATED_RUNTIMES */.k)
            .map(({ workflow, uses, online }) => ({
            ruleId: this.meta.id,
            severity: severityFor(policy, this.meta),
            message: `${uses.value} runs on ${online.runtime} (${action_runtime/* DEPRECATED_RUNTIMES */.k[online.runtime]}).`,
            file: workflow.file,
            line: uses.line,
            column: uses.column,
            confidence: 'high',
            fixHint: 'move to a release of the action that declares `using: node24`',
        }));
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/imposter-commit.ts



/**
 * Online: a SHA pin whose commit is on no branch or tag of the repository.
 * GitHub serves commits of any fork under the parent's name, so such a pin
 * can run code the action's owners never published (an "imposter commit").
 */
const imposterCommit = {
    meta: {
        id: 'imposter-commit',
        description: 'A SHA pin is a commit on a branch or tag of the named repository, not one from a fork (online)',
        severity: 'error',
        docs: ruleDocs('imposter-commit'),
    },
    check(facts, policy) {
        return remoteUsesWithFacts(facts, policy, this.meta.id)
            .filter(({ online }) => online.reachable === false)
            .map(({ workflow, uses, online }) => ({
            ruleId: this.meta.id,
            severity: severityFor(policy, this.meta),
            message: `${online.owner}/${online.repo}@${online.ref} is not on any branch or tag of ${online.owner}/${online.repo}; it may come from a fork (imposter commit).`,
            file: workflow.file,
            line: uses.line,
            column: uses.column,
            confidence: 'medium',
            fixHint: 'pin a commit from the repository\'s own release tags',
        }));
    },
};

// EXTERNAL MODULE: ./actions/pin-check/src/uses-reference.ts
var uses_reference = __nccwpck_require__(20228);
;// CONCATENATED MODULE: ./actions/pin-check/src/rules/invalid-uses.ts



/**
 * `uses:` cannot contain expressions (GitHub rejects the workflow), and a
 * value that is none of the forms GitHub documents is reported here, quoted,
 * never as an unpinned action.
 */
const invalidUses = {
    meta: {
        id: 'invalid-uses',
        description: 'uses: is a literal owner/repo[/path]@ref, ./path, $/path or docker://image; expressions are not allowed there',
        severity: 'error',
        docs: ruleDocs('invalid-uses'),
    },
    check(facts, policy) {
        const findings = [];
        for (const workflow of facts.workflows) {
            if (!ruleAppliesTo(policy, this.meta.id, workflow.file))
                continue;
            for (const uses of workflow.uses) {
                const { reference } = uses;
                const problem = reference.kind === 'expression'
                    ? 'contains an expression; GitHub does not evaluate expressions in uses: and rejects the workflow'
                    : reference.kind === 'invalid'
                        ? `is not a reference GitHub can run: ${reference.reason}`
                        : undefined;
                if (!problem)
                    continue;
                findings.push({
                    ruleId: this.meta.id,
                    severity: severityFor(policy, this.meta),
                    message: `uses: ${(0,uses_reference/* quoteValue */.cl)(uses.value)} ${problem}.`,
                    file: workflow.file,
                    line: uses.line,
                    column: uses.column,
                    fixHint: 'write the reference literally on one line: owner/repo@<40-hex sha> # vX.Y.Z, ./path or $/path',
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/invalid-workflow.ts


/** A workflow that is not valid YAML cannot be checked (and GitHub will not run it). */
const invalidWorkflow = {
    meta: {
        id: 'invalid-workflow',
        description: 'Workflow and action files parse as YAML; files that cannot be read are reported',
        severity: 'error',
        docs: ruleDocs('invalid-workflow'),
    },
    check(facts, policy) {
        const findings = [];
        for (const workflow of facts.workflows) {
            if (!workflow.parseError)
                continue;
            const { message, line, column } = workflow.parseError;
            findings.push({
                ruleId: this.meta.id,
                severity: severityFor(policy, this.meta),
                message: `not valid YAML, so it was not checked: ${message}`,
                file: workflow.file,
                line,
                column,
                fixHint: 'fix the YAML syntax at this line',
            });
        }
        for (const skipped of facts.skipped) {
            findings.push({
                ruleId: this.meta.id,
                severity: skipped.blocking ? severityFor(policy, this.meta) : 'note',
                message: `not checked: ${skipped.reason}`,
                file: skipped.path,
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/lockfile-out-of-sync.ts


/** package-lock.json names every dependency of package.json at a version its range accepts. */
const lockfileOutOfSync = {
    meta: {
        id: 'lockfile-out-of-sync',
        description: 'package-lock.json locks every dependency of package.json at a version the declared range accepts',
        severity: 'error',
        docs: ruleDocs('lockfile-out-of-sync'),
    },
    check(facts, policy) {
        const findings = [];
        for (const { manifest, lockfile, drift, invalid } of facts.npmLocks) {
            if (!ruleAppliesTo(policy, this.meta.id, lockfile))
                continue;
            if (invalid !== undefined) {
                findings.push({ ruleId: this.meta.id, severity: severityFor(policy, this.meta), message: `${lockfile} or ${manifest} is not valid JSON (${invalid}).`, file: lockfile, line: 1 });
            }
            for (const entry of drift ?? []) {
                findings.push({
                    ruleId: this.meta.id,
                    severity: severityFor(policy, this.meta),
                    message: entry.locked
                        ? `${entry.name} is locked at ${entry.locked}, outside the range ${entry.range} in ${manifest}.`
                        : `${entry.name}@${entry.range} from ${manifest} is missing from the lockfile.`,
                    file: lockfile,
                    line: 1,
                    fixHint: 'run npm install and commit the updated package-lock.json (npm ci fails on this mismatch)',
                });
            }
        }
        return findings;
    },
};

// EXTERNAL MODULE: ./actions/pin-check/src/workspaces.ts
var workspaces = __nccwpck_require__(10494);
;// CONCATENATED MODULE: ./actions/pin-check/src/lockfiles.ts

/**
 * Which manifests need which lockfiles. Pure: paths and texts in. A lockfile
 * counts where the package manager uses it: beside the manifest, or at the
 * workspace root that lists the manifest as a member (workspaces.ts). (Whether
 * an npm lockfile matches its package.json: npm-lock-drift.ts.)
 */
const NPM_LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock', 'bun.lockb'];
const PYTHON_LOCKFILES = ['poetry.lock', 'uv.lock', 'pdm.lock', 'Pipfile.lock', 'pylock.toml'];
function hasAny(paths, dir, names) {
    return dir !== undefined && names.some((name) => paths.has((0,workspaces/* pathIn */.lW)(dir, name)));
}
/** Manifests that declare dependencies but have no lockfile where their tool looks for one. */
function missingLockfiles(paths, texts) {
    const missing = [];
    for (const path of [...texts.keys()].sort()) {
        const name = path.slice(path.lastIndexOf('/') + 1);
        const dir = (0,workspaces/* dirOf */.Rw)(path);
        const text = texts.get(path) ?? '';
        if (name === 'package.json' && declaresNpmDependencies(text)) {
            if (!hasAny(paths, dir, NPM_LOCKFILES) && !hasAny(paths, (0,workspaces/* npmWorkspaceRoot */.J7)(dir, texts), NPM_LOCKFILES)) {
                missing.push({ manifest: path, expected: 'package-lock.json (npm install --package-lock-only), pnpm-lock.yaml or yarn.lock', ignored: lockfileAbove(paths, dir, NPM_LOCKFILES) });
            }
        }
        else if (name === 'pyproject.toml' && /^\s*dependencies\s*=\s*\[\s*["']/m.test(text)) {
            if (!hasAny(paths, dir, PYTHON_LOCKFILES) && !hasAny(paths, (0,workspaces/* uvWorkspaceRoot */.zo)(dir, texts), ['uv.lock']) && !hasHashedRequirements(texts, dir)) {
                missing.push({ manifest: path, expected: 'uv.lock, poetry.lock, pdm.lock or a requirements.txt with --hash entries', ignored: lockfileAbove(paths, dir, PYTHON_LOCKFILES) });
            }
        }
        else if (name === 'go.mod' && goRequirements(text) > 0) {
            if (!hasAny(paths, dir, ['go.sum', 'go.work.sum']) && !hasAny(paths, (0,workspaces/* goWorkspaceRoot */.Q1)(dir, texts), ['go.work.sum'])) {
                missing.push({ manifest: path, expected: 'go.sum (go mod tidy)' });
            }
        }
        else if (name === 'Cargo.toml' && /^\[((dev-|build-)?dependencies|workspace\.dependencies)\]/m.test(text)) {
            if (!hasAny(paths, dir, ['Cargo.lock']) && !hasAny(paths, (0,workspaces/* cargoWorkspaceRoot */._q)(dir, texts), ['Cargo.lock'])) {
                missing.push({ manifest: path, expected: 'Cargo.lock (cargo generate-lockfile)', ignored: lockfileAbove(paths, dir, ['Cargo.lock']) });
            }
        }
    }
    return missing;
}
/** A lockfile in some parent directory (the one a naive check would have accepted), for the message. */
function lockfileAbove(paths, dir, names) {
    for (let current = dir; current !== '';) {
        current = (0,workspaces/* dirOf */.Rw)(current);
        for (const name of names)
            if (paths.has((0,workspaces/* pathIn */.lW)(current, name)))
                return (0,workspaces/* pathIn */.lW)(current, name);
    }
    return undefined;
}
/** Requirements of a go.mod that go.sum must hash: `require` lines, less those replaced by a local directory. */
function goRequirements(text) {
    const required = new Set();
    for (const block of text.matchAll(/^\s*require\s*\(([^)]*)\)/gm)) {
        for (const line of block[1].split('\n')) {
            const module = line.replace(/\/\/.*$/, '').trim().split(/\s+/)[0];
            if (module)
                required.add(module);
        }
    }
    for (const single of text.matchAll(/^\s*require\s+([^\s(]+)\s+\S+/gm))
        required.add(single[1]);
    for (const replaced of text.matchAll(/^\s*(?:replace\s+)?([^\s(]+)(?:\s+v\S+)?\s+=>\s+(\.{1,2}\/|\/)\S*/gm))
        required.delete(replaced[1]);
    return required.size;
}
function declaresNpmDependencies(text) {
    try {
        const manifest = JSON.parse(text ?? '{}');
        return ['dependencies', 'devDependencies', 'optionalDependencies'].some((key) => Object.keys(manifest[key] ?? {}).length > 0);
    }
    catch {
        return false;
    }
}
function hasHashedRequirements(texts, dir) {
    return [...texts.keys()].some((p) => (0,workspaces/* dirOf */.Rw)(p) === dir && /requirements[\w.-]*\.txt$/.test(p) && (texts.get(p) ?? '').includes('--hash='));
}
/** Requirement lines that are not pinned with == and a hash, as [line number, requirement]. */
function unhashedRequirements(text) {
    const lines = text.split(/\r?\n/);
    const result = [];
    for (let i = 0; i < lines.length; i++) {
        const start = i + 1;
        let content = lines[i];
        while (content.trimEnd().endsWith('\\') && i + 1 < lines.length)
            content = `${content.trimEnd().slice(0, -1)} ${lines[++i]}`;
        content = content.replace(/(^|\s)#.*$/, '').trim();
        if (!content || content.startsWith('-'))
            continue;
        if (!content.includes('==') || !content.includes('--hash='))
            result.push([start, content.split(/\s/)[0]]);
    }
    return result;
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/missing-lockfile.ts



/** Every manifest with dependencies has a lockfile beside it, or at the workspace root that lists it as a member. */
const missingLockfile = {
    meta: {
        id: 'missing-lockfile',
        description: 'Manifests with dependencies (package.json, pyproject.toml, go.mod, Cargo.toml) have a lockfile; requirements files pin == with --hash',
        severity: 'error',
        docs: ruleDocs('missing-lockfile'),
    },
    check(facts, policy) {
        const texts = new Map(facts.manifests.map((file) => [file.path, file.text]));
        const findings = missingLockfiles(facts.paths, texts)
            .filter((missing) => ruleAppliesTo(policy, this.meta.id, missing.manifest))
            .map((missing) => ({
            ruleId: this.meta.id,
            severity: severityFor(policy, this.meta),
            message: `${missing.manifest} declares dependencies but has no lockfile its package manager uses, so every install resolves versions anew.` +
                (missing.ignored ? ` (${missing.ignored} is not its workspace root's: no workspace there lists it.)` : ''),
            file: missing.manifest,
            line: 1,
            fixHint: `commit ${missing.expected}`,
        }));
        for (const file of facts.manifests) {
            if (!/(^|\/)requirements[\w.-]*\.txt$/.test(file.path) || !ruleAppliesTo(policy, this.meta.id, file.path))
                continue;
            for (const [line, requirement] of unhashedRequirements(file.text)) {
                findings.push({
                    ruleId: this.meta.id,
                    severity: 'warning',
                    message: `${requirement} is not pinned with == and --hash, so pip may install other content.`,
                    file: file.path,
                    line,
                    fixHint: 'generate the file with pip-compile --generate-hashes (or uv pip compile --generate-hashes)',
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/missing-tool-version.ts


/** Files that pin each tool's version; `.tool-versions` (asdf/mise) pins any of them by its plugin name. */
const VERSION_FILES = {
    node: { files: ['.nvmrc', '.node-version'], asdf: ['nodejs', 'node'] },
    python: { files: ['.python-version'], asdf: ['python'] },
    ruby: { files: ['.ruby-version'], asdf: ['ruby'] },
    go: { files: ['.go-version'], asdf: ['golang', 'go'] },
    java: { files: ['.java-version', '.sdkmanrc'], asdf: ['java'] },
    terraform: { files: ['.terraform-version'], asdf: ['terraform'] },
};
/** When policy requires it, the repository root pins each listed tool's version. */
const missingToolVersion = {
    meta: {
        id: 'missing-tool-version',
        description: 'Tools named in pin-check.require-tool-versions have a version file at the repository root',
        severity: 'error',
        docs: ruleDocs('missing-tool-version'),
    },
    check(facts, policy) {
        const toolVersions = facts.manifests.find((file) => file.path === '.tool-versions')?.text ?? '';
        const pinnedByAsdf = new Set(toolVersions.split(/\r?\n/).map((line) => line.trim().split(/\s+/)[0]).filter(Boolean));
        const findings = [];
        for (const tool of policy.requireToolVersions) {
            const spec = VERSION_FILES[tool];
            if (!spec)
                continue;
            if (spec.files.some((file) => facts.paths.has(file)) || spec.asdf.some((name) => pinnedByAsdf.has(name)))
                continue;
            findings.push({
                ruleId: this.meta.id,
                severity: severityFor(policy, this.meta),
                message: `policy requires a pinned ${tool} version, but the repository has none of ${[...spec.files, '.tool-versions'].join(', ')}.`,
                fixHint: `add ${spec.files[0]} with the exact version CI should use`,
            });
        }
        return findings;
    },
};

// EXTERNAL MODULE: ./actions/pin-check/src/version-comment.ts
var version_comment = __nccwpck_require__(80946);
;// CONCATENATED MODULE: ./actions/pin-check/src/fix/comment-edit.ts

/**
 * The edit that makes a SHA pin's comment name `tag`: only the version (or
 * branch) the comment names is replaced, so `# tag=v3` becomes
 * `# tag=v3.5.3` and the rest of the comment stays; a pin without a comment
 * gets `<separator># tag`. Pure; undefined when there is nothing to replace
 * safely (a free-text comment, a value inside a flow mapping or a block scalar).
 */
function commentEdit(uses, tag, separator) {
    if (uses.comment !== undefined && uses.commentStart !== undefined) {
        const token = (0,version_comment/* versionInComment */.X)(uses.comment) ?? (0,version_comment/* branchInComment */.l)(uses.comment);
        if (!token || token.tag === tag)
            return undefined;
        return { start: uses.commentStart + token.start, end: uses.commentStart + token.end, replacement: tag, expected: token.tag };
    }
    const raw = uses.raw ?? uses.value;
    const quoted = raw === `"${uses.value}"` || raw === `'${uses.value}'`;
    if (uses.trailing.trim() !== '' || (raw !== uses.value && !quoted))
        return undefined;
    return { start: uses.start, end: uses.end, replacement: `${raw}${separator}# ${tag}`, expected: raw };
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/sha-pins.ts


/** Found once per facts: three rules visit the same pins. */
const found = new WeakMap();
/** Every `uses:` pinned to a full commit SHA, in files the rule applies to: what the version-comment rules visit. */
function shaPins(facts, policy, ruleId) {
    let pins = found.get(facts);
    if (!pins) {
        pins = [];
        const online = facts.online && !facts.online.skipped ? facts.online : undefined;
        for (const workflow of facts.workflows) {
            for (const uses of workflow.uses) {
                const { reference } = uses;
                if (reference.kind !== 'remote' || reference.refKind !== 'sha')
                    continue;
                pins.push({ workflow, uses, owner: reference.owner, repo: reference.repo, sha: reference.ref, online: online?.references.get((0,online_facts/* referenceKey */.Db)(reference.owner, reference.repo, reference.path, reference.ref)) });
            }
        }
        found.set(facts, pins);
    }
    return Object.keys(policy.paths).length === 0 && policy.rules[ruleId] !== 'off' ? pins : pins.filter((pin) => ruleAppliesTo(policy, ruleId, pin.workflow.file));
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/missing-version-comment.ts






/**
 * A SHA pin should say which release it is (`# v4.2.2`), so reviewers and
 * update tools can tell. Reported: no version in the comment, a branch
 * (`# main`) instead of one, and, online, a tag that moves (`# v3` where
 * the commit is v3.5.3). Online, each finding carries the comment fix mode
 * writes: the most specific tag at the pinned commit.
 */
const missingVersionComment = {
    meta: {
        id: 'missing-version-comment',
        description: 'A SHA-pinned uses: carries a comment naming the exact release tag it was taken from (# vX.Y.Z)',
        severity: 'note',
        docs: ruleDocs('missing-version-comment'),
    },
    check(facts, policy) {
        const findings = [];
        for (const pin of shaPins(facts, policy, this.meta.id)) {
            const problem = commentProblem(pin, facts.online?.tags);
            if (!problem)
                continue;
            const name = `${pin.owner}/${pin.repo}@${pin.sha.slice(0, 12)}…`;
            const best = pin.online?.bestTag;
            const finding = {
                ruleId: this.meta.id,
                severity: severityFor(policy, this.meta),
                message: `${name} ${problem}` + (best ? ` The tag at this commit is ${best}.` : ''),
                file: pin.workflow.file,
                line: pin.uses.line,
                column: pin.uses.column,
                fixHint: `name the release in the comment: # ${best ?? 'vX.Y.Z'}`,
            };
            const edit = best ? commentEdit(pin.uses, best, policy.commentSeparator) : undefined;
            if (edit)
                finding.fix = { description: `${pin.uses.comment === undefined ? 'add' : 'make specific'} the version comment of ${name}: # ${best}`, file: pin.workflow.file, edits: [edit] };
            findings.push(finding);
        }
        return findings;
    },
};
function commentProblem(pin, tags) {
    const version = (0,version_comment/* versionInComment */.X)(pin.uses.comment);
    if (version) {
        // Vague: the comment's tag is at this commit, but so is a more specific one (`# v3` on v3.5.3).
        const best = pin.online?.bestTag;
        const atCommit = tags?.get((0,online_facts/* tagKey */.E4)(pin.owner, pin.repo, version.tag)) === pin.sha;
        return atCommit && best && best !== version.tag && best.startsWith(`${version.tag}.`) ? `has the comment ${version.tag}, a tag that moves to each new ${version.tag}.x release.` : undefined;
    }
    const branch = (0,version_comment/* branchInComment */.l)(pin.uses.comment);
    if (branch)
        return `has the comment ${branch.tag}, which is a branch, not a version: reviewers cannot tell which release it is.`;
    return 'has no version comment, so reviewers cannot tell which release it is.';
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/online-check-failed.ts




/** References named in the message; the rest are counted (the message is a summary row and an annotation). */
const NAMED = 5;
/**
 * Online, with policy `online: optional`: lookups that failed (timeout, 5xx,
 * 403, rate limit, the client stopped after an outage) are reported, so an
 * unchecked reference is never a silent pass. One finding for the run, not
 * one per reference: an outage is one fact, and hundreds of identical
 * warnings would bury the findings that matter. It sits at the first
 * unchecked reference (code scanning needs a location). With
 * `online: required` the run stops with exit 3 instead.
 */
const onlineCheckFailed = {
    meta: {
        id: 'online-check-failed',
        description: 'Every reference could be checked against the GitHub API (online)',
        severity: 'warning',
        docs: ruleDocs('online-check-failed'),
    },
    check(facts, policy) {
        const visits = remoteUsesWithFacts(facts, policy, this.meta.id);
        const failed = visits.filter(({ online }) => online.error);
        if (failed.length === 0)
            return [];
        const first = failed[0];
        const unchecked = distinct(failed);
        const total = distinct(visits).length;
        const named = unchecked.slice(0, NAMED).join(', ') + (unchecked.length > NAMED ? ` and ${unchecked.length - NAMED} more` : '');
        const finding = {
            ruleId: this.meta.id,
            severity: severityFor(policy, this.meta),
            message: `${unchecked.length} of ${total} reference(s) could not be checked online (${ONLINE_CHECKS}): ${causes(failed, facts.online?.stopped)}. ` +
                `Not checked: ${named}. Offline rules ran in full.`,
            file: first.workflow.file,
            line: first.uses.line,
            column: first.uses.column,
            fixHint: 're-run; if it persists, check the runner\'s network path to GITHUB_API_URL, the token\'s permissions, and `api-timeout`/`api-budget`',
        };
        return [finding];
    },
};
function distinct(visits) {
    return [...new Set(visits.map(({ uses }) => uses.value))];
}
/** What went wrong, once per kind: "the API client stopped after X" and/or each distinct error. */
function causes(failed, stopped) {
    const reasons = new Map();
    for (const { online } of failed) {
        const error = online.error;
        const own = `${error.message.replace(/\.$/, '')} (${error.code})`;
        // The failure that opened the breaker and every lookup refused after it are one cause, said once.
        const reason = stopped && (own === stopped || error.code === 'GATES_E_API_STOPPED') ? `the API client stopped after ${stopped}` : own;
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    return [...reasons].map(([reason, count]) => (reasons.size > 1 ? `${reason} [${count}]` : reason)).join('; ');
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/ref-confusion.ts



/**
 * Online: a ref that is both a tag and a branch of the action's repository.
 * The runner takes the tag, but the name no longer says which code runs:
 * whoever can push the branch (or delete the tag) changes it.
 */
const refConfusion = {
    meta: {
        id: 'ref-confusion',
        description: 'A uses: ref names a tag or a branch of the repository, not both (online)',
        severity: 'warning',
        docs: ruleDocs('ref-confusion'),
    },
    check(facts, policy) {
        return remoteUsesWithFacts(facts, policy, this.meta.id)
            .filter(({ online }) => online.alsoBranch === true)
            .map(({ workflow, uses, online }) => ({
            ruleId: this.meta.id,
            severity: severityFor(policy, this.meta),
            message: `${uses.value} names both a tag and a branch of ${online.owner}/${online.repo}; the runner takes the tag (${online.commit}), but a push to the branch or a deleted tag changes what runs.`,
            file: workflow.file,
            line: uses.line,
            column: uses.column,
            confidence: 'high',
            fixHint: `pin the full commit SHA: uses: ${uses.value.slice(0, uses.value.lastIndexOf('@'))}@${online.commit ?? '<40-hex sha>'}`,
        }));
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/stale-action-refs.ts



/**
 * Online: a SHA pin that is on a branch of the action's repository but on
 * no tag: a commit between releases, which its owners never published as
 * one (and which may be reverted or rewritten before the next release).
 */
const staleActionRefs = {
    meta: {
        id: 'stale-action-refs',
        description: 'A SHA pin points at a released (tagged) commit, not one between releases (online)',
        severity: 'warning',
        docs: ruleDocs('stale-action-refs'),
    },
    check(facts, policy) {
        return shaPins(facts, policy, this.meta.id)
            .filter(({ online }) => online?.reachable === true && online.tagged === false)
            .map(({ workflow, uses, owner, repo, sha }) => ({
            ruleId: this.meta.id,
            severity: severityFor(policy, this.meta),
            message: `${owner}/${repo}@${sha} is on a branch of ${owner}/${repo} but no tag points at it: a commit between releases.`,
            file: workflow.file,
            line: uses.line,
            column: uses.column,
            confidence: 'high',
            fixHint: `pin the commit of a release tag of ${owner}/${repo} instead, with its tag as the comment`,
        }));
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/unknown-reference.ts



/** Online: the ref (tag, branch or commit) does not exist in the repository the token can see. */
const unknownReference = {
    meta: {
        id: 'unknown-reference',
        description: 'Every uses: reference exists: the repository has that tag, branch or commit (online)',
        severity: 'error',
        docs: ruleDocs('unknown-reference'),
    },
    check(facts, policy) {
        return remoteUsesWithFacts(facts, policy, this.meta.id)
            .filter(({ online }) => online.missing)
            .map(({ workflow, uses }) => ({
            ruleId: this.meta.id,
            severity: severityFor(policy, this.meta),
            message: `${uses.value} names nothing GitHub can find: no such tag, branch or commit, or the repository is private to this token.`,
            file: workflow.file,
            line: uses.line,
            column: uses.column,
            confidence: 'high',
            fixHint: 'check the owner, repository and ref; a private action needs a token that can read it',
        }));
    },
};

// EXTERNAL MODULE: ./actions/pin-check/src/dockerfile.ts
var src_dockerfile = __nccwpck_require__(13370);
;// CONCATENATED MODULE: ./actions/pin-check/src/expressions/matrix.ts
/**
 * The combinations a job's `strategy.matrix` runs, as GitHub computes them:
 * the product of every dimension, `exclude` entries removed (a partial match
 * is enough), then each `include` entry added to every combination whose
 * original values it does not change, or as a combination of its own when it
 * fits none. Values that are expressions (`${{ fromJSON(…) }}`) cannot be
 * known before the run: they stay as Unresolved. Pure.
 */
class Unresolved {
    why;
    constructor(why) {
        this.why = why;
    }
}
/** At most this many combinations are examined (GitHub allows 256 jobs per matrix). */
const MAX_COMBINATIONS = 256;
function matrixCombinations(matrix) {
    if (typeof matrix === 'string')
        return new Unresolved(matrix.includes('${{') ? `strategy.matrix is the expression ${matrix.trim()}` : 'strategy.matrix is not a mapping');
    if (!isRecord(matrix))
        return new Unresolved('strategy.matrix is not a mapping');
    const dimensions = Object.entries(matrix).filter(([key]) => key !== 'include' && key !== 'exclude');
    let combinations = [{}];
    for (const [key, values] of dimensions) {
        const options = Array.isArray(values) ? values : [new Unresolved(`matrix.${key} is ${typeof values === 'string' ? `the expression ${values.trim()}` : 'not a list'}`)];
        const next = [];
        for (const combination of combinations)
            for (const value of options)
                if (next.length < MAX_COMBINATIONS)
                    next.push({ ...combination, [key]: value });
        combinations = next;
    }
    if (dimensions.length === 0)
        combinations = [];
    const exclude = matrix.exclude;
    if (typeof exclude === 'string')
        return new Unresolved(`strategy.matrix.exclude is the expression ${exclude.trim()}`);
    for (const entry of Array.isArray(exclude) ? exclude : []) {
        if (!isRecord(entry))
            continue;
        combinations = combinations.filter((combination) => !Object.entries(entry).every(([key, value]) => sameValue(combination[key], value)));
    }
    const include = matrix.include;
    if (typeof include === 'string')
        return new Unresolved(`strategy.matrix.include is the expression ${include.trim()}`);
    const original = new Set(dimensions.map(([key]) => key));
    const originals = combinations.map((combination) => ({ ...combination }));
    for (const entry of Array.isArray(include) ? include : []) {
        if (!isRecord(entry))
            continue;
        let added = false;
        combinations.forEach((combination, index) => {
            const fits = Object.entries(entry).every(([key, value]) => !original.has(key) || sameValue(originals[index][key], value));
            if (!fits)
                return;
            for (const [key, value] of Object.entries(entry))
                if (!original.has(key))
                    combination[key] = value;
            added = true;
        });
        if (!added && combinations.length < MAX_COMBINATIONS) {
            combinations.push({ ...entry });
            originals.push({ ...entry });
        }
    }
    return combinations.length > 0 ? combinations : [{}];
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Deep equality of parsed YAML values (strings, lists, mappings). */
function sameValue(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    return keysA.length === keysB.length && keysA.every((key) => sameValue(a[key], b[key]));
}

;// CONCATENATED MODULE: ./actions/pin-check/src/expressions/values.ts

const MAX_CANDIDATES = 64;
/** A falsy value that stands for "the left side of && was false": it renders as nothing. */
const FALSY = Symbol('falsy');
function templateValues(text, matrix) {
    let partial = [''];
    let cursor = 0;
    while (cursor < text.length) {
        const open = text.indexOf('${{', cursor);
        const close = open === -1 ? -1 : text.indexOf('}}', open + 3);
        if (open === -1 || close === -1) {
            partial = partial.map((prefix) => (prefix instanceof Unresolved ? prefix : prefix + text.slice(cursor)));
            break;
        }
        const literal = text.slice(cursor, open);
        const candidates = evaluate(text.slice(open + 3, close), matrix);
        const next = [];
        for (const prefix of partial) {
            for (const candidate of candidates) {
                if (next.length >= MAX_CANDIDATES)
                    break;
                if (prefix instanceof Unresolved)
                    next.push(prefix);
                else if (candidate instanceof Unresolved)
                    next.push(candidate);
                else
                    next.push(prefix + literal + render(candidate.value));
            }
        }
        partial = next;
        cursor = close + 2;
    }
    const values = [...new Set(partial.filter((value) => typeof value === 'string'))];
    const unresolved = [...new Set(partial.filter((value) => value instanceof Unresolved).map((value) => value.why))];
    return { values, unresolved };
}
function render(value) {
    if (value === null || value === FALSY || value === undefined)
        return '';
    if (typeof value === 'object')
        return JSON.stringify(value);
    return String(value);
}
function truthy(value) {
    return !(value === false || value === 0 || value === '' || value === null || value === undefined || value === FALSY || Number.isNaN(value));
}
function tokenize(source) {
    const tokens = [];
    const pattern = /\s*(?:'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?)|([A-Za-z_][\w-]*(?:\s*(?:\.\s*[A-Za-z_*][\w-]*|\[\s*'(?:[^']|'')*'\s*\]|\[\s*\d+\s*\]))*)|(\|\||&&|==|!=|<=|>=|[<>!(),]))/y;
    let index = 0;
    while (index < source.length) {
        if (/^\s*$/.test(source.slice(index)))
            break;
        pattern.lastIndex = index;
        const match = pattern.exec(source);
        if (!match)
            return undefined;
        if (match[1] !== undefined)
            tokens.push({ kind: 'string', text: match[1].replace(/''/g, "'") });
        else if (match[2] !== undefined)
            tokens.push({ kind: 'number', text: match[2] });
        else if (match[3] !== undefined)
            tokens.push({ kind: 'name', text: match[3].replace(/\s+/g, '') });
        else
            tokens.push({ kind: 'op', text: match[4] });
        index = pattern.lastIndex;
    }
    return tokens;
}
function evaluate(source, matrix) {
    const tokens = tokenize(source);
    if (!tokens)
        return [new Unresolved(source.trim())];
    const parser = new Parser(tokens, matrix, source.trim());
    const result = parser.or();
    return parser.done() ? result : [new Unresolved(source.trim())];
}
/** Recursive descent over GitHub's expression grammar: || over && over comparisons over ! over primaries. */
class Parser {
    tokens;
    matrix;
    source;
    index = 0;
    constructor(tokens, matrix, source) {
        this.tokens = tokens;
        this.matrix = matrix;
        this.source = source;
    }
    done() {
        return this.index === this.tokens.length;
    }
    or() {
        let left = this.and();
        while (this.take('||')) {
            const right = this.and();
            left = limit(left.flatMap((candidate) => (candidate instanceof Unresolved ? [candidate, ...right] : truthy(candidate.value) ? [candidate] : right)));
        }
        return left;
    }
    and() {
        let left = this.comparison();
        while (this.take('&&')) {
            const right = this.comparison();
            left = limit(left.flatMap((candidate) => (candidate instanceof Unresolved ? [...right, { value: FALSY }] : truthy(candidate.value) ? right : [candidate])));
        }
        return left;
    }
    comparison() {
        const left = this.unary();
        const operator = this.peekOperator(['==', '!=', '<', '>', '<=', '>=']);
        if (!operator)
            return left;
        this.index++;
        const right = this.unary();
        if (left.length === 1 && right.length === 1 && !(left[0] instanceof Unresolved) && !(right[0] instanceof Unresolved)) {
            const [a, b] = [left[0].value, right[0].value];
            const equal = typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;
            if (operator === '==')
                return [{ value: equal }];
            if (operator === '!=')
                return [{ value: !equal }];
        }
        return [{ value: true }, { value: false }];
    }
    unary() {
        if (this.take('!')) {
            const operand = this.unary();
            return operand.length === 1 && !(operand[0] instanceof Unresolved) ? [{ value: !truthy(operand[0].value) }] : [{ value: true }, { value: false }];
        }
        return this.primary();
    }
    primary() {
        const token = this.tokens[this.index++];
        if (!token)
            return [new Unresolved(this.source)];
        if (token.kind === 'string')
            return [{ value: token.text }];
        if (token.kind === 'number')
            return [{ value: Number(token.text) }];
        if (token.kind === 'op') {
            if (token.text !== '(')
                return [new Unresolved(this.source)];
            const inner = this.or();
            this.take(')');
            return inner;
        }
        if (this.take('('))
            return this.call(token.text);
        return [this.lookup(token.text)];
    }
    call(name) {
        const args = [];
        while (!this.take(')') && this.index < this.tokens.length) {
            args.push(this.or());
            this.take(',');
        }
        const lower = name.toLowerCase();
        if (lower === 'format' && args.length > 0) {
            let results = args[0];
            for (const [position, options] of args.slice(1).entries()) {
                results = limit(results.flatMap((partial) => options.map((option) => {
                    if (partial instanceof Unresolved)
                        return partial;
                    if (option instanceof Unresolved)
                        return option;
                    return { value: String(partial.value).split(`{${position}}`).join(render(option.value)) };
                })));
            }
            return results;
        }
        if (lower === 'fromjson' && args.length === 1) {
            return args[0].map((candidate) => {
                if (candidate instanceof Unresolved || typeof candidate.value !== 'string')
                    return candidate instanceof Unresolved ? candidate : new Unresolved(`${name}(…)`);
                try {
                    return { value: JSON.parse(candidate.value) };
                }
                catch {
                    return new Unresolved(`${name}(…)`);
                }
            });
        }
        return [new Unresolved(`${name}(…)`)];
    }
    /** `matrix.a.b` within the combination; every other context is only known at run time. */
    lookup(path) {
        const parts = path.split(/\.|\[\s*'?|'?\s*\]/).filter((part) => part !== '');
        if (parts[0]?.toLowerCase() === 'true')
            return { value: true };
        if (parts[0]?.toLowerCase() === 'false')
            return { value: false };
        if (parts[0]?.toLowerCase() === 'null')
            return { value: null };
        if (parts[0] !== 'matrix' || this.matrix === undefined)
            return new Unresolved(path);
        let value = this.matrix;
        for (const part of parts.slice(1)) {
            if (value instanceof Unresolved)
                return value;
            value = typeof value === 'object' && value !== null ? value[part] : undefined;
        }
        return value instanceof Unresolved ? value : { value: value ?? null };
    }
    take(operator) {
        const token = this.tokens[this.index];
        if (token?.kind === 'op' && token.text === operator) {
            this.index++;
            return true;
        }
        return false;
    }
    peekOperator(operators) {
        const token = this.tokens[this.index];
        return token?.kind === 'op' && operators.includes(token.text) ? token.text : undefined;
    }
}
function limit(candidates) {
    return candidates.length > MAX_CANDIDATES ? candidates.slice(0, MAX_CANDIDATES) : candidates;
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/unpinned-image.ts





const FIX = 'pin by digest: image:tag@sha256:<digest> (docker buildx imagetools inspect image:tag shows it)';
/**
 * Container images in workflows (container, services, docker://) and
 * Dockerfile FROM lines use @sha256 digests. An image written with
 * expressions is checked for every value it can take (each matrix
 * combination, each string literal); what only the run knows is a note.
 */
const unpinnedImage = {
    meta: {
        id: 'unpinned-image',
        description: 'Container images (job containers, services, docker:// actions, Dockerfile FROM) are pinned by @sha256 digest',
        severity: 'error',
        docs: ruleDocs('unpinned-image'),
    },
    check(facts, policy) {
        const findings = [];
        const severity = severityFor(policy, this.meta);
        for (const workflow of facts.workflows) {
            if (!ruleAppliesTo(policy, this.meta.id, workflow.file))
                continue;
            const images = [
                ...workflow.images,
                ...workflow.uses.flatMap((uses) => {
                    const { reference } = uses;
                    return reference.kind === 'docker' ? [{ image: reference.image, where: 'docker:// action', line: uses.line, column: uses.column }] : [];
                }),
            ];
            for (const image of images) {
                const at = { ruleId: this.meta.id, file: workflow.file, line: image.line, column: image.column, fixHint: FIX };
                const { values, unresolved } = imageValues(image);
                for (const value of values) {
                    if ((0,src_dockerfile/* isDigestPinned */.H)(value))
                        continue;
                    const from = value === image.image ? '' : ` (from ${image.image})`;
                    findings.push({ ...at, severity, message: `${image.where} image ${value}${from} is not pinned by digest; the tag can be re-pushed with other content.`, confidence: 'high' });
                }
                if (unresolved.length > 0) {
                    findings.push({
                        ...at,
                        severity: 'note',
                        message: `${image.where} image ${image.image} cannot be resolved before the run (${unresolved.join('; ')}); make sure every value it takes is pinned by digest.`,
                        confidence: 'low',
                    });
                }
            }
        }
        for (const dockerfile of facts.dockerfiles) {
            if (!ruleAppliesTo(policy, this.meta.id, dockerfile.path))
                continue;
            for (const from of dockerfile.froms) {
                if (from.internal || (from.image && (0,src_dockerfile/* isDigestPinned */.H)(from.image)))
                    continue;
                findings.push({
                    ruleId: this.meta.id,
                    severity: from.image === undefined ? 'warning' : severity,
                    message: from.image === undefined
                        ? `FROM ${from.raw} uses a build argument without a default, so the image cannot be checked; make sure the value passed is a digest.`
                        : `FROM ${from.image}${from.raw !== from.image ? ` (from ${from.raw})` : ''} is not pinned by digest.`,
                    file: dockerfile.path,
                    line: from.line,
                    confidence: from.image === undefined ? 'medium' : 'high',
                    fixHint: FIX,
                });
            }
        }
        return findings;
    },
};
/** The non-empty values an image can take: itself, or each value of its expressions over the job's matrix combinations. */
function imageValues(image) {
    if (!image.image.includes('${{'))
        return { values: image.image.trim() === '' ? [] : [image.image.trim()], unresolved: [] };
    const combinations = image.matrix === undefined ? [undefined] : matrixCombinations(image.matrix);
    if (combinations instanceof Unresolved) {
        const { values, unresolved } = templateValues(image.image, undefined);
        return { values: nonEmpty(values), unresolved: unresolved.map((why) => (why.startsWith('matrix') ? combinations.why : why)) };
    }
    const values = new Set();
    const unresolved = new Set();
    for (const combination of combinations) {
        const result = templateValues(image.image, combination);
        for (const value of result.values)
            values.add(value);
        for (const why of result.unresolved)
            unresolved.add(why);
    }
    return { values: nonEmpty([...values]), unresolved: [...unresolved] };
}
function nonEmpty(values) {
    return values.map((value) => value.trim()).filter((value) => value !== '');
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/command-words.ts
/**
 * What a tokenized command runs: its own words without the prefixes a shell
 * or a wrapper puts before them (`VAR=x`, `sudo -u root`, `env`, `timeout
 * 60`, `if`, `then`, `!`). Pure.
 */
const ASSIGNMENT = /^[A-Za-z_]\w*=/;
/** Wrappers that run the rest of the command line; value: their options that take an argument. */
const WRAPPERS = new Map([
    ['sudo', new Set(['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U', '-T', '--user', '--group', '--host', '--prompt', '--chdir'])],
    ['doas', new Set(['-u', '-C'])],
    ['env', new Set(['-u', '-C', '--unset', '--chdir'])],
    ['time', new Set(['-f', '-o', '--format', '--output'])],
    ['nohup', new Set()],
    ['exec', new Set(['-a'])],
    ['command', new Set()],
    ['builtin', new Set()],
    ['nice', new Set(['-n', '--adjustment'])],
    ['ionice', new Set(['-c', '-n', '-p'])],
    ['stdbuf', new Set(['-i', '-o', '-e'])],
    ['retry', new Set(['-t', '-d', '--times', '--delay'])],
    ['xargs', new Set(['-n', '-I', '-L', '-P', '-d', '-a', '-E', '-s', '--max-args', '--max-procs', '--delimiter', '--arg-file'])],
]);
/** Wrappers whose first argument is not the command (`timeout 60 cmd`). */
const WRAPPERS_WITH_ARGUMENT = new Set(['timeout']);
/** Reserved words that can start a command line before the command itself. */
const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', 'time']);
function baseName(word) {
    const slash = word.lastIndexOf('/');
    return slash === -1 ? word : word.slice(slash + 1);
}
/** The command's own words (see above); `words` itself when there is nothing to drop. */
function effectiveWords(words) {
    // Most commands start with the command itself: no prefix to drop.
    const first = words[0] ?? '';
    if (!first.includes('=') && !KEYWORDS.has(first) && !WRAPPERS.has(baseName(first)) && !WRAPPERS_WITH_ARGUMENT.has(first))
        return words;
    let index = 0;
    while (index < words.length) {
        const word = words[index];
        if (KEYWORDS.has(word) || (word.includes('=') && ASSIGNMENT.test(word))) {
            index++;
            continue;
        }
        const name = baseName(word);
        const valued = WRAPPERS.get(name);
        if (valued === undefined && !WRAPPERS_WITH_ARGUMENT.has(name))
            break;
        index++;
        while (index < words.length && words[index].startsWith('-') && words[index] !== '-') {
            index += valued?.has(words[index]) ? 2 : 1;
        }
        if (WRAPPERS_WITH_ARGUMENT.has(name))
            index++;
    }
    return index === 0 ? words : words.slice(index);
}
/**
 * Positional arguments of `args`, skipping options and the values of options
 * in `valued` (`-o file`, `--output file`); `--opt=value` and `-ovalue` carry
 * their value. `--` ends the options.
 */
function positionals(args, valued) {
    const found = [];
    for (let index = 0; index < args.length; index++) {
        const arg = args[index];
        if (arg === '--') {
            for (const rest of args.slice(index + 1))
                found.push(rest);
            break;
        }
        if (arg.startsWith('-') && arg !== '-') {
            if (valued.has(arg))
                index++;
            continue;
        }
        found.push(arg);
    }
    return found;
}
/** The value of the first of `names` in `args` (`-o x`, `--output x`, `--output=x`), or undefined. */
function optionValue(args, names) {
    for (let index = 0; index < args.length; index++) {
        const arg = args[index];
        for (const name of names) {
            if (arg === name)
                return args[index + 1];
            if (name.startsWith('--') && arg.startsWith(`${name}=`))
                return arg.slice(name.length + 1);
        }
    }
    return undefined;
}
function hasOption(args, names) {
    return args.some((arg) => names.some((name) => arg === name || (name.startsWith('--') && arg.startsWith(`${name}=`))));
}
/** A word whose value is only known at run time: `$VAR`, `${VAR}`, `$(cmd)`, `${{ expr }}`. */
function isDynamic(word) {
    return word.includes('$') || word.includes('`');
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/downloads.ts

const CURL_VALUED_SHORT = 'oHdDuAeXwmbcFTxrKEzYyCPQtU';
const CURL_VALUED_LONG = new Set([
    '--output', '--header', '--data', '--data-raw', '--data-binary', '--data-urlencode', '--user', '--user-agent', '--referer',
    '--request', '--write-out', '--max-time', '--connect-timeout', '--retry', '--retry-delay', '--retry-max-time', '--cookie',
    '--cookie-jar', '--form', '--upload-file', '--proxy', '--range', '--config', '--cert', '--cacert', '--capath', '--key',
    '--output-dir', '--dump-header', '--url', '--time-cond', '--limit-rate', '--max-filesize', '--resolve', '--interface',
    '--proto', '--proto-redir', '--oauth2-bearer', '--netrc-file', '--ciphers', '--continue-at', '--speed-limit', '--speed-time',
]);
const WGET_VALUED_SHORT = 'OoaPtTwUeiBQlARDXI';
const WGET_VALUED_LONG = new Set(['--header', '--user', '--password', '--tries', '--timeout', '--wait', '--user-agent', '--directory-prefix', '--output-document', '--output-file', '--input-file', '--execute']);
const AWS_VALUED = new Set(['--bucket', '--key', '--region', '--profile', '--endpoint-url', '--version-id', '--range', '--sse-customer-key', '--expected-bucket-owner', '--output', '--query', '--exclude', '--include', '--storage-class', '--acl']);
const GSUTIL_VALUED = new Set(['-h', '-o', '-p', '-u', '-z', '-s', '-x']);
/** Directories on every runner's and image's PATH: a file downloaded there runs by its bare name. */
const PATH_DIRECTORIES = ['/usr/local/bin', '/usr/bin', '/bin', '/usr/local/sbin', '/usr/sbin', '/sbin', '$HOME/.local/bin', '~/.local/bin', '$HOME/bin', '~/bin', '/opt/bin'];
/** `./x` → `x`, `${HOME}` → `$HOME`, `a//b` → `a/b`: paths written two ways compare equal. */
function normalizePath(path) {
    let normalized = path.replace(/\$\{(\w+)\}/g, '$$$1').replace(/\/{2,}/g, '/');
    while (normalized.startsWith('./'))
        normalized = normalized.slice(2);
    return normalized;
}
/** The file name a URL is saved under by `curl -O` and `wget` without `-O`. */
function urlFileName(url) {
    const path = url.replace(/[?#].*$/, '');
    return path.slice(path.lastIndexOf('/') + 1) || 'index.html';
}
/** A URL that names its content: a path segment (or `@…`) that is a full commit SHA or a sha256 digest. */
function isContentPinnedUrl(url) {
    return /[/@]([0-9a-f]{40}|[0-9a-f]{64}|sha256:[0-9a-f]{64})(?=[/?#]|$)/i.test(url.replace(/[?#].*$/, ''));
}
function downloadOf(words, redirects) {
    const tool = baseName(words[0] ?? '');
    const stdoutFile = redirects?.find((redirect) => (redirect.operator === '>' || redirect.operator === '>>' || redirect.operator === '>|') && (redirect.fd ?? 1) === 1)?.target;
    const download = tool === 'curl' ? curlDownload(words.slice(1)) :
        tool === 'wget' ? wgetDownload(words.slice(1)) :
            tool === 'gsutil' || tool === 'gcloud' ? cloudCopy(tool, words.slice(1), 'gs://') :
                tool === 'aws' ? awsDownload(words.slice(1)) :
                    undefined;
    if (!download)
        return undefined;
    if (download.toStdout && stdoutFile !== undefined)
        return { ...download, outputs: [normalizePath(stdoutFile)], toStdout: false };
    return download;
}
function curlDownload(args) {
    let url = optionValue(args, ['--url']);
    let output;
    let remoteName = false;
    let directory = optionValue(args, ['--output-dir']);
    for (let index = 0; index < args.length; index++) {
        const arg = args[index];
        if (arg === '--output' || arg.startsWith('--output='))
            output = arg === '--output' ? args[++index] : arg.slice('--output='.length);
        else if (arg === '--remote-name' || arg === '--remote-name-all')
            remoteName = true;
        else if (arg.startsWith('--')) {
            if (CURL_VALUED_LONG.has(arg))
                index++;
        }
        else if (arg.startsWith('-') && arg.length > 1) {
            // A group of short options: the first that takes a value takes the rest of the group or the next word.
            for (let at = 1; at < arg.length; at++) {
                const option = arg[at];
                if (option === 'O')
                    remoteName = true;
                if (!CURL_VALUED_SHORT.includes(option))
                    continue;
                const value = at + 1 < arg.length ? arg.slice(at + 1) : args[++index];
                if (option === 'o')
                    output = value;
                break;
            }
        }
        else if (url === undefined) {
            url = arg;
        }
    }
    if (url === undefined)
        return undefined;
    directory = directory === undefined ? '' : `${directory.replace(/\/$/, '')}/`;
    const outputs = output !== undefined && output !== '-' ? [normalizePath(directory + output)] : remoteName ? [normalizePath(directory + urlFileName(url))] : [];
    return { tool: 'curl', url, outputs, toStdout: outputs.length === 0 };
}
function wgetDownload(args) {
    let output;
    let directory = '';
    let url;
    for (let index = 0; index < args.length; index++) {
        const arg = args[index];
        if (arg.startsWith('--output-document='))
            output = arg.slice('--output-document='.length);
        else if (arg.startsWith('--directory-prefix='))
            directory = arg.slice('--directory-prefix='.length);
        else if (arg.startsWith('--')) {
            if (arg === '--output-document')
                output = args[++index];
            else if (arg === '--directory-prefix')
                directory = args[++index] ?? '';
            else if (WGET_VALUED_LONG.has(arg))
                index++;
        }
        else if (arg.startsWith('-') && arg.length > 1) {
            for (let at = 1; at < arg.length; at++) {
                const option = arg[at];
                if (!WGET_VALUED_SHORT.includes(option))
                    continue;
                const value = at + 1 < arg.length ? arg.slice(at + 1) : args[++index];
                if (option === 'O')
                    output = value;
                if (option === 'P')
                    directory = value ?? '';
                break;
            }
        }
        else if (url === undefined) {
            url = arg;
        }
    }
    if (url === undefined)
        return undefined;
    if (output === '-')
        return { tool: 'wget', url, outputs: [], toStdout: true };
    const prefix = directory ? `${directory.replace(/\/$/, '')}/` : '';
    return { tool: 'wget', url, outputs: [normalizePath(output ?? prefix + urlFileName(url))], toStdout: false };
}
/** `gsutil [-m] cp gs://b/o dst`, `gcloud storage cp gs://b/o dst`. */
function cloudCopy(tool, args, scheme) {
    const words = positionals(args, GSUTIL_VALUED);
    const start = tool === 'gcloud' ? (words[0] === 'storage' && words[1] === 'cp' ? 2 : -1) : words.indexOf('cp') + 1;
    if (start <= 0)
        return undefined;
    const [source, destination] = words.slice(start);
    if (!source?.startsWith(scheme) || destination === undefined)
        return undefined;
    return { tool, url: source, outputs: [copyTarget(source, destination)], toStdout: destination === '-' };
}
/** `aws s3 cp s3://b/k dst`, `aws s3api get-object --bucket b --key k dst`. */
function awsDownload(args) {
    const words = positionals(args, AWS_VALUED);
    if (words[0] === 's3' && words[1] === 'cp') {
        const [source, destination] = words.slice(2);
        if (!source?.startsWith('s3://') || destination === undefined)
            return undefined;
        return { tool: 'aws s3 cp', url: source, outputs: [copyTarget(source, destination)], toStdout: destination === '-' };
    }
    if (words[0] === 's3api' && words[1] === 'get-object' && words[2] !== undefined) {
        const url = `s3://${optionValue(args, ['--bucket']) ?? '?'}/${optionValue(args, ['--key']) ?? '?'}`;
        return { tool: 'aws s3api get-object', url, outputs: [normalizePath(words[2])], toStdout: false };
    }
    return undefined;
}
function copyTarget(source, destination) {
    return normalizePath(destination === '.' || destination.endsWith('/') ? `${destination.replace(/\/?$/, '/')}${urlFileName(source)}`.replace(/^\.\//, '') : destination);
}
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'mksh']);
const INTERPRETERS = /^(python|pypy)\d*(\.\d+)*$|^(node|perl|ruby|php|pwsh|powershell)$/;
/** Options of shells and interpreters that take a value (`bash -o pipefail f`, `node -r x f`). */
const RUNNER_VALUED = new Set(['-o', '+o', '-O', '+O', '-r', '--require', '-W', '-X', '-I', '--import', '--loader']);
/** Options after which the program is not a file: `-c 'code'`, `-e`, `-m module`, `-s` (stdin). */
const NOT_A_FILE = /^-(\w*c\w*|e|p|m|s|-eval|-print|Command)$/;
/**
 * What a command runs as a file: the command itself when it is a path
 * (`./x`, `/tmp/x`), the script a shell or interpreter is given (`bash f`,
 * `python3 f`, `source f`, `. f`, `sh < f`), and its bare name (for files
 * downloaded into a PATH directory). Paths are normalized.
 */
function executedFiles(words, redirects) {
    const command = words[0] ?? '';
    // A path, or a variable holding one (`"$INSTALLER"`): the file itself runs.
    if (command.includes('/') || command.startsWith('$'))
        return { paths: [normalizePath(command)] };
    const tool = command;
    if (!SHELLS.has(tool) && !INTERPRETERS.test(tool) && tool !== 'source' && tool !== '.')
        return { paths: [], bareName: tool };
    const paths = [];
    let readsStdin = true;
    for (let index = 1; index < words.length; index++) {
        const word = words[index];
        if (word === '--') {
            if (words[index + 1] !== undefined)
                paths.push(normalizePath(words[index + 1]));
            readsStdin = false;
            break;
        }
        if (word.startsWith('-') || word.startsWith('+')) {
            if (NOT_A_FILE.test(word)) {
                readsStdin = word === '-s';
                break;
            }
            if (RUNNER_VALUED.has(word))
                index++;
            continue;
        }
        if (!word.startsWith('<(') && !word.startsWith('$('))
            paths.push(normalizePath(word));
        readsStdin = false;
        break;
    }
    if (readsStdin) {
        const input = redirects?.find((redirect) => redirect.operator === '<')?.target;
        if (input !== undefined)
            paths.push(normalizePath(input));
    }
    return { paths };
}
/** Whether `path` is where a download to `output` would be found when run by bare name. */
function runsFromPath(output, bareName) {
    if (baseName(output) !== bareName)
        return false;
    const directory = output.slice(0, output.lastIndexOf('/'));
    return PATH_DIRECTORIES.includes(directory);
}
/** Does a shell or interpreter read its program from stdin (`| sh`, `| sudo -E bash -`, `| python3`), not from `-c`, `-m` or a file? */
function readsProgramFromStdin(words) {
    const tool = baseName(words[0] ?? '');
    if (!SHELLS.has(tool) && !INTERPRETERS.test(tool))
        return false;
    for (let index = 1; index < words.length; index++) {
        const word = words[index];
        if (word === '-' || word === '-s' || word === '--')
            return true;
        if (word.startsWith('-') || word.startsWith('+')) {
            if (NOT_A_FILE.test(word))
                return false;
            if (RUNNER_VALUED.has(word))
                index++;
            continue;
        }
        return false;
    }
    return true;
}
const CHECKSUM_TOOLS = /^(sha(1|224|256|384|512)sum|shasum|b2sum|cksum|sha256|rhash)$/;
const SIGNATURE_CHECKS = [
    ['gpg', /^--verify$/],
    ['gpgv', /./],
    ['cosign', /^verify(-blob)?(-attestation)?$/],
    ['minisign', /^-V/],
    ['slsa-verifier', /^verify/],
    ['signify', /^-C$|^-V$/],
];
/**
 * A command that verifies a downloaded file's content: `sha256sum -c`,
 * `shasum -a 256 --check`, a `[ "$(sha256sum f)" = … ]` comparison, a
 * checksum piped into grep/cmp, or a signature check (gpg --verify, cosign
 * verify-blob, minisign -V, gh attestation verify).
 */
function isVerification(words, pipedInto) {
    const tool = baseName(words[0] ?? '');
    if (CHECKSUM_TOOLS.test(tool)) {
        if (words.some((word) => word === '--check' || word === '-c' || /^-[a-z]*c[a-z]*$/.test(word)))
            return true;
        return pipedInto.some((next) => /^(grep|egrep|diff|cmp|test|\[)$/.test(baseName(next[0] ?? '')));
    }
    if ((tool === '[' || tool === '[[' || tool === 'test') && words.some((word) => /\b(sha\d*sum|shasum|b2sum)\b/.test(word)))
        return true;
    if (tool === 'gh' && words[1] === 'attestation' && words[2] === 'verify')
        return true;
    if (tool === 'openssl' && words.some((word) => word === '-verify'))
        return true;
    return SIGNATURE_CHECKS.some(([name, argument]) => tool === name && words.slice(1).some((word) => argument.test(word)));
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/scan.ts
/**
 * Character-level helpers of the shell tokenizer (tokenize.ts): operators,
 * redirections, parentheses and line counting over a script's char codes. Pure.
 */
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const NEWLINE = 10;
function codeSet(chars) {
    const set = new Uint8Array(128);
    for (const char of chars)
        set[char.charCodeAt(0)] = 1;
    return set;
}
/** Length of the control operator at `index`, or 0 (longest first: `&&` before `&`). */
function operatorLength(script, index, code) {
    const next = script.charCodeAt(index + 1);
    switch (code) {
        case 38 /* & */:
            return next === 38 ? 2 : 1;
        case 124 /* | */:
            return next === 124 || next === 38 ? 2 : 1;
        case 59 /* ; */:
            return next === 59 ? 2 : 1;
        case OPEN_PAREN:
        case CLOSE_PAREN:
        case 123 /* { */:
        case 125 /* } */:
            return 1;
        default:
            return 0;
    }
}
const REDIRECT_OPERATORS = ['<<-', '<<<', '<<', '>>', '>&', '<&', '>|', '<>', '>', '<'];
function redirectOperator(script, index) {
    return REDIRECT_OPERATORS.find((operator) => script.startsWith(operator, index));
}
function isFdChar(code) {
    return (code >= 48 && code <= 57) || code === 45; // digits, `-`
}
function matchingParen(script, open) {
    let depth = 0;
    for (let at = open; at < script.length; at++) {
        const code = script.charCodeAt(at);
        if (code === OPEN_PAREN)
            depth++;
        else if (code === CLOSE_PAREN && --depth === 0)
            return at;
    }
    return script.length - 1;
}
function indexOrEnd(script, needle, from) {
    const index = script.indexOf(needle, from);
    return index === -1 ? script.length : index;
}
function countNewlines(script, from, to) {
    let count = 0;
    for (let at = from; at < to && at < script.length; at++)
        if (script.charCodeAt(at) === NEWLINE)
            count++;
    return count;
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/tokenize.ts
/**
 * A POSIX-shell tokenizer for the part of `run:` scripts pin-check judges:
 * simple commands with their words (quotes removed), the line each starts on,
 * and which pipeline they belong to. It follows `&&`, `||`, `;`, `|`, `&`,
 * newlines, line continuations, comments, quoting, `$(...)`, `<(...)` and
 * GitHub `${{ }}` expressions. It is not a shell: no expansion happens.
 * It runs over every `run:` script of a repository, so it reads char codes
 * and keeps its cursor in fields rather than allocating per character.
 */

function tokenizeShell(script) {
    return new ShellTokenizer(script).commands();
}
const tokenize_NEWLINE = 10;
const CARRIAGE_RETURN = 13;
const SPACE = 32;
const TAB = 9;
const BACKSLASH = 92;
const DOLLAR = 36;
const LESS = 60;
const GREATER = 62;
/** Characters of a plain word part; `$` ends one only where `$(` or `${{` starts (`$HOME` and `${x}` stay in the word). */
const PLAIN_RUN = /(?:[^ \t\r\n'"\\|&;()<>{}$]|\$(?!\(|\{\{))+/y;
/** Characters that end a redirection's target. */
const TARGET_STOP = codeSet(' \t\r\n|&;()<>');
class ShellTokenizer {
    script;
    index = 0;
    line = 0;
    found = [];
    words = [];
    word;
    startLine = 0;
    pipeline = 0;
    /** Heredocs whose bodies start after the current line. */
    heredocs = [];
    /** Redirections and heredocs of the command being read. */
    redirects;
    bodies;
    constructor(script) {
        this.script = script;
    }
    commands() {
        const script = this.script;
        while (this.index < script.length) {
            const code = script.charCodeAt(this.index);
            if (code === BACKSLASH && script.charCodeAt(this.index + 1) === tokenize_NEWLINE) {
                this.index += 2;
                this.line++;
            }
            else if (code === tokenize_NEWLINE) {
                this.endCommand(false);
                this.line++;
                this.index++;
                if (this.heredocs.length > 0)
                    this.skipHeredocBodies();
            }
            else if (code === SPACE || code === TAB || code === CARRIAGE_RETURN) {
                this.endWord();
                this.index++;
            }
            else if (code === 35 /* # */ && this.word === undefined) {
                this.index = indexOrEnd(script, '\n', this.index);
            }
            else if ((code === GREATER || code === LESS) && script.charCodeAt(this.index + 1) !== OPEN_PAREN) {
                // A redirection: not a word; its fd number and target are kept apart, a heredoc's body is read after the line.
                let fd;
                if (this.word !== undefined && /^\d+$/.test(this.word)) {
                    fd = Number(this.word);
                    this.word = undefined;
                }
                this.endWord();
                this.readRedirect(fd);
            }
            else {
                const operator = operatorLength(script, this.index, code);
                // Control operators end a word anywhere; braces only where a word would start.
                if (operator > 0 && (this.word === undefined || (code !== 123 /* { */ && code !== 125 /* } */))) {
                    // `|` and `|&` continue the pipeline; every other operator ends it.
                    this.endCommand(code === 124 /* | */ && script.charCodeAt(this.index + 1) !== 124);
                    this.index += operator;
                }
                else {
                    this.word = (this.word ?? '') + this.readWordPart();
                }
            }
        }
        this.endCommand(false);
        return this.found;
    }
    endWord() {
        if (this.word !== undefined) {
            if (this.words.length === 0)
                this.startLine = this.line;
            this.words.push(this.word);
        }
        this.word = undefined;
    }
    endCommand(continuesPipeline) {
        this.endWord();
        if (this.words.length > 0) {
            const command = { words: this.words, line: this.startLine, pipeline: this.pipeline };
            if (this.redirects)
                command.redirects = this.redirects;
            if (this.bodies)
                command.heredocs = this.bodies;
            this.found.push(command);
        }
        this.words = [];
        this.redirects = undefined;
        this.bodies = undefined;
        if (!continuesPipeline)
            this.pipeline++;
    }
    /** Reads `>file`, `>>file`, `2>&1`, `<in`, `<<<word`; remembers a `<<EOF` delimiter to read the body after the line. */
    readRedirect(fd) {
        const script = this.script;
        const start = this.index;
        const operator = redirectOperator(script, start);
        this.index += operator.length;
        while (script.charCodeAt(this.index) === SPACE || script.charCodeAt(this.index) === TAB)
            this.index++;
        if ((operator === '>&' || operator === '<&') && isFdChar(script.charCodeAt(this.index))) {
            while (isFdChar(script.charCodeAt(this.index)))
                this.index++;
            return;
        }
        let target = '';
        while (this.index < script.length) {
            const code = script.charCodeAt(this.index);
            if (code < 128 && TARGET_STOP[code] === 1)
                break;
            target += this.readWordPart();
        }
        if (operator === '<<' || operator === '<<-') {
            const body = { text: '', line: 0 };
            this.heredocs.push({ delimiter: target, stripTabs: operator === '<<-', body });
            (this.bodies ??= []).push(body);
        }
        else if (operator !== '<<<') {
            (this.redirects ??= []).push(fd === undefined ? { operator, target } : { operator, fd, target });
        }
    }
    /** Reads the bodies of pending heredocs, which start just after a newline: text, not commands. */
    skipHeredocBodies() {
        const script = this.script;
        for (const heredoc of this.heredocs) {
            const lines = [];
            heredoc.body.line = this.line;
            while (this.index < script.length) {
                const end = indexOrEnd(script, '\n', this.index);
                const raw = script.slice(this.index, end);
                const text = heredoc.stripTabs ? raw.replace(/^\t+/, '') : raw;
                this.index = end + 1;
                this.line++;
                if (text.trimEnd() === heredoc.delimiter)
                    break;
                lines.push(text);
            }
            heredoc.body.text = lines.join('\n');
        }
        this.heredocs = [];
    }
    /** Reads one quoted, substituted or plain piece of a word at the cursor, and moves past it. */
    readWordPart() {
        const script = this.script;
        const start = this.index;
        const code = script.charCodeAt(start);
        if (code === 39 /* ' */) {
            const end = indexOrEnd(script, "'", start + 1);
            this.line += countNewlines(script, start, end);
            this.index = end + 1;
            return script.slice(start + 1, end);
        }
        if (code === 34 /* " */)
            return this.readDoubleQuoted();
        if (code === DOLLAR && script.startsWith('{{', start + 1)) {
            const end = script.indexOf('}}', start);
            const stop = end === -1 ? script.length : end + 2;
            this.line += countNewlines(script, start, stop);
            this.index = stop;
            return script.slice(start, stop);
        }
        if ((code === DOLLAR || code === LESS || code === GREATER) && script.charCodeAt(start + 1) === OPEN_PAREN) {
            const end = matchingParen(script, start + 1);
            this.line += countNewlines(script, start, end);
            this.index = end + 1;
            return script.slice(start, end + 1);
        }
        if (code === BACKSLASH && start + 1 < script.length) {
            this.index = start + 2;
            return script[start + 1];
        }
        // A run of plain characters, matched natively rather than char by char: most of a script is words.
        PLAIN_RUN.lastIndex = start;
        const end = PLAIN_RUN.test(script) ? PLAIN_RUN.lastIndex : start;
        this.index = end === start ? start + 1 : end;
        return end === start ? script[start] : script.slice(start, end);
    }
    /** A double-quoted string: `\"`, `\\`, `\$`, `` \` `` and line continuations unescaped; `$(...)` kept whole. */
    readDoubleQuoted() {
        const script = this.script;
        const start = this.index;
        let text = '';
        let run = start + 1;
        let at = run;
        while (at < script.length && script.charCodeAt(at) !== 34) {
            const code = script.charCodeAt(at);
            if (code === BACKSLASH && at + 1 < script.length) {
                const escaped = script[at + 1];
                text += script.slice(run, at) + ('"\\$`\n'.includes(escaped) ? (escaped === '\n' ? '' : escaped) : `\\${escaped}`);
                at += 2;
                run = at;
            }
            else if (code === DOLLAR && script.charCodeAt(at + 1) === OPEN_PAREN) {
                at = matchingParen(script, at + 1) + 1;
            }
            else {
                at++;
            }
        }
        text += script.slice(run, at);
        this.line += countNewlines(script, start, at);
        this.index = at + 1;
        return text;
    }
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/nested.ts




const nested_SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'mksh']);
const SHELL_VALUED = new Set(['-o', '+o', '-O', '+O', '--rcfile', '--init-file']);
function nestedScripts(words, command) {
    const tool = baseName(words[0] ?? '');
    if (tool === 'eval')
        return words.length > 1 ? [{ script: words.slice(1).join(' '), line: command.line, runner: 'eval' }] : [];
    if (tool === 'su' || tool === 'runuser') {
        const script = commandString(words);
        return script === undefined ? [] : [{ script, line: command.line, runner: tool }];
    }
    if (!nested_SHELLS.has(tool))
        return [];
    const script = commandString(words);
    if (script !== undefined)
        return [{ script, line: command.line, runner: tool }];
    // No -c and no script file: the shell reads its program from stdin, here a heredoc.
    const file = words.slice(1).find((word, index, rest) => !word.startsWith('-') && !word.startsWith('+') && !SHELL_VALUED.has(rest[index - 1] ?? ''));
    if (file !== undefined || !command.heredocs)
        return [];
    return command.heredocs.map((body) => ({ script: body.text, line: body.line, runner: tool }));
}
/** The string after `-c` (also inside an option group: `-ec`, `-lc`) or `--command`. */
function commandString(words) {
    for (let index = 1; index < words.length; index++) {
        const word = words[index];
        if (word === '--command')
            return words[index + 1];
        if (word.startsWith('--command='))
            return word.slice('--command='.length);
        if (word === '--')
            return undefined;
        if (SHELL_VALUED.has(word)) {
            index++;
            continue;
        }
        if (/^-[A-Za-z]*c[A-Za-z]*$/.test(word)) {
            // The command string is the next word that is not itself an option.
            for (let next = index + 1; next < words.length; next++)
                if (!words[next].startsWith('-'))
                    return words[next];
            return undefined;
        }
    }
    return undefined;
}
/**
 * A word that fetches a script as it runs: `$(curl …)`, `` `wget -O- …` ``,
 * `<(curl …)`. The downloader and URL, or undefined (also for a URL pinned
 * to its content).
 */
function fetchedBy(word) {
    let inner;
    if (word.startsWith('$(') || word.startsWith('<('))
        inner = word.slice(2, word.endsWith(')') ? -1 : undefined);
    else if (word.startsWith('`'))
        inner = word.slice(1, word.endsWith('`') ? -1 : undefined);
    else
        return undefined;
    const first = tokenizeShell(inner)[0];
    if (!first)
        return undefined;
    const download = downloadOf(effectiveWords(first.words), first.redirects);
    if (!download || !download.toStdout || isContentPinnedUrl(download.url))
        return undefined;
    return { downloader: download.tool, url: download.url };
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/packages/apt.ts

/**
 * `apt-get install` / `apt install` of packages without `=version`. Judged
 * by the optional unpinned-os-package rule only: most images pin the OS by
 * their base image's digest instead. Local `.deb` files are not downloads. Pure.
 */
const APT_VALUED = new Set(['-o', '--option', '-t', '--target-release', '--default-release', '-c', '--config-file']);
function checkApt(tool, words) {
    if ((tool !== 'apt-get' && tool !== 'apt') || words[1] !== 'install')
        return [];
    return positionals(words.slice(2), APT_VALUED)
        .filter((name) => !isDynamic(name) && !name.includes('=') && !/^(\.|\/)|\.deb$/.test(name))
        .map((name) => ({
        kind: 'unpinned-os-package',
        message: `${tool} install ${name} installs whatever version the mirror has at run time.`,
        fix: `pin it: ${tool} install ${name}=<version> (apt-cache policy ${name} shows the candidates)`,
    }));
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/problems.ts
const NO_CONTEXT = { npmDependencies: new Set(), hasGoModule: false };
function unpinnedPackage(message, fix) {
    return { kind: 'unpinned-package', message, fix };
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/packages/cargo.ts


/**
 * `cargo install` / `cargo binstall`: a crate needs an exact version
 * (`--version 1.2.3` or `crate@1.2.3`; cargo reads a bare x.y.z as exact),
 * and `--locked` so its own dependencies come from its Cargo.lock. `--path`
 * is local; `--git` needs `--rev <40-hex>`. Pure.
 */
const CARGO_VALUED = new Set([
    '--version', '--vers', '--git', '--branch', '--tag', '--rev', '--path', '--root', '--registry', '--index', '--target',
    '--target-dir', '--features', '-F', '-j', '--jobs', '--profile', '--bin', '--example', '--config', '-Z', '--color',
]);
const EXACT = /^=?\d+\.\d+\.\d+([-+][\w.-]+)?$/;
function checkCargo(words) {
    const subcommand = words[1];
    if (subcommand !== 'install' && subcommand !== 'binstall')
        return [];
    const args = words.slice(2);
    if (hasOption(args, ['--path']))
        return [];
    const command = `cargo ${subcommand}`;
    const git = optionValue(args, ['--git']);
    if (git !== undefined) {
        const rev = optionValue(args, ['--rev']);
        if (rev !== undefined && (/^[0-9a-f]{40}$/.test(rev) || isDynamic(rev)))
            return [];
        return [unpinnedPackage(`${command} --git ${git} builds whatever the ${optionValue(args, ['--tag']) ? 'tag' : 'branch'} points to at run time.`, `pin a commit: ${command} --git ${git} --rev <40-hex sha> --locked`)];
    }
    const version = optionValue(args, ['--version', '--vers']);
    const locked = subcommand === 'binstall' || hasOption(args, ['--locked']);
    const problems = [];
    for (const crate of positionals(args, CARGO_VALUED)) {
        if (isDynamic(crate))
            continue;
        const at = crate.indexOf('@');
        const exact = at > 0 ? EXACT.test(crate.slice(at + 1)) : version !== undefined && (EXACT.test(version) || isDynamic(version));
        const name = at > 0 ? crate.slice(0, at) : crate;
        if (!exact)
            problems.push(unpinnedPackage(`${command} ${crate} installs whatever version is newest at run time.`, `pin it: ${command} ${name} --version <x.y.z> --locked`));
        else if (!locked)
            problems.push({ kind: 'unlocked-dependencies', message: `${command} ${crate} without --locked resolves ${name}'s dependencies to their newest versions.`, fix: 'add --locked so the crate\'s own Cargo.lock is used' });
    }
    return problems;
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/packages/dotnet.ts


/**
 * Windows and .NET package tools: `choco install`/`cinst` without
 * `--version` (or `--require-checksums`), `nuget install` without
 * `-Version`, `dotnet tool install|update` and `dotnet add package` without
 * `--version`. A packages.config file lists pinned versions itself. Pure.
 */
const CHOCO_VALUED = new Set(['-s', '--source', '--params', '--package-parameters', '--ia', '--install-arguments', '--version', '--timeout', '--execution-timeout', '--cache-location', '-u', '--user', '-p', '--password']);
const NUGET_VALUED = new Set(['-source', '-outputdirectory', '-configfile', '-version', '-framework', '-packagesavemode', '-dependencyversion', '-fallbacksource', '-verbosity', '-solutiondirectory']);
const DOTNET_VALUED = new Set(['--version', '-v', '--add-source', '--configfile', '--framework', '-f', '--tool-path', '--tool-manifest', '--verbosity', '-s', '--source', '--package-directory', '--arch', '-a']);
const CONFIG_FILE = /\.config$|packages\.config$/i;
function checkWindowsPackages(tool, words) {
    if (tool === 'choco' || tool === 'cinst')
        return checkChoco(tool, words);
    if (tool === 'nuget' || tool === 'nuget.exe')
        return checkNuget(words);
    if (tool === 'dotnet')
        return checkDotnet(words);
    return [];
}
function checkChoco(tool, words) {
    const args = tool === 'cinst' ? words.slice(1) : words.slice(2);
    if (tool === 'choco' && words[1] !== 'install' && words[1] !== 'upgrade')
        return [];
    if (optionValue(args, ['--version']) !== undefined || hasOption(args, ['--requirechecksum', '--requirechecksums', '--require-checksums']))
        return [];
    const command = tool === 'cinst' ? 'cinst' : `choco ${words[1]}`;
    return positionals(args, CHOCO_VALUED)
        .filter((name) => !isDynamic(name) && !CONFIG_FILE.test(name) && name !== 'all')
        .map((name) => unpinnedPackage(`${command} ${name} installs whatever version is newest at run time.`, `pin it: choco install ${name} --version <x.y.z>`));
}
function checkNuget(words) {
    if (words[1]?.toLowerCase() !== 'install')
        return [];
    const args = words.slice(2);
    const lower = args.map((arg) => (arg.startsWith('-') ? arg.toLowerCase() : arg));
    if (optionValue(lower, ['-version']) !== undefined)
        return [];
    return positionals(lower, NUGET_VALUED)
        .filter((name) => !isDynamic(name) && !CONFIG_FILE.test(name))
        .map((name) => unpinnedPackage(`nuget install ${name} installs whatever version is newest at run time.`, `pin it: nuget install ${name} -Version <x.y.z>`));
}
function checkDotnet(words) {
    let command;
    let args;
    if (words[1] === 'tool' && (words[2] === 'install' || words[2] === 'update')) {
        command = `dotnet tool ${words[2]}`;
        args = words.slice(3);
    }
    else if (words[1] === 'add' && words.includes('package')) {
        command = 'dotnet add package';
        args = words.slice(words.indexOf('package') + 1);
    }
    else {
        return [];
    }
    if (optionValue(args, ['--version', '-v']) !== undefined)
        return [];
    return positionals(args, DOTNET_VALUED)
        .filter((name) => !isDynamic(name))
        .slice(0, 1)
        .map((name) => unpinnedPackage(`${command} ${name} installs whatever version is newest at run time.`, `pin it: ${command} ${name} --version <x.y.z>`));
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/packages/go.ts


/**
 * `go install`, `go get` and `go run` of remote packages. Pinned: `@vX.Y.Z`
 * (pseudo-versions included) or `@<40-hex>`. Not dependencies: local paths
 * (`./cmd/...`, `/abs`, `.`), and, in a repository that is a Go module,
 * packages without `@` (the module's go.mod and go.sum pin them). `@latest`,
 * branches and version queries (`@v1`, `@v1.2`, `@upgrade`) move. Pure.
 */
const BUILD_VALUED = new Set([
    '-tags', '-ldflags', '-gcflags', '-asmflags', '-gccgoflags', '-mod', '-modfile', '-overlay', '-pkgdir', '-p', '-toolexec',
    '-installsuffix', '-buildmode', '-compiler', '-o', '-C', '-pgo', '-covermode', '-coverpkg', '-exec',
]);
const PINNED_VERSION = /@(v\d+\.\d+\.\d+([-+][\w.+-]*)?|[0-9a-f]{40})$/;
function checkGo(words, context) {
    const subcommand = words[1];
    if (subcommand !== 'install' && subcommand !== 'get' && subcommand !== 'run')
        return [];
    const args = words.slice(2);
    // `go run pkg@v1.2.3 args...`: only the first positional is a package; the rest are its arguments.
    const targets = subcommand === 'run' ? positionals(args, BUILD_VALUED).slice(0, 1) : positionals(args, BUILD_VALUED);
    const problems = [];
    for (const target of targets) {
        if (isDynamic(target) || isLocal(target) || PINNED_VERSION.test(target))
            continue;
        const at = target.lastIndexOf('@');
        if (at === -1) {
            // `go run pkg` and `go get pkg` resolve through go.mod; without a module they fetch the newest version.
            if (subcommand === 'run' || context.hasGoModule || !target.includes('.'))
                continue;
            problems.push(unpinnedPackage(`go ${subcommand} ${target} has no version, and outside a module it fetches the newest one.`, `pin a version: go ${subcommand} ${target}@vX.Y.Z`));
        }
        else {
            problems.push(unpinnedPackage(`go ${subcommand} ${target} follows a moving version.`, `pin a version: go ${subcommand} ${target.slice(0, at)}@vX.Y.Z`));
        }
    }
    if (subcommand === 'get' && args.some((arg) => arg === '-u' || arg.startsWith('-u='))) {
        problems.push(unpinnedPackage('go get -u upgrades dependencies to their newest versions at run time.', 'run go get -u locally and commit go.mod and go.sum; CI should build what they pin'));
    }
    return problems;
}
/** `.`, `./cmd/x/...`, `../x`, `/abs/path`, `all`, `std`, `main.go`. */
function isLocal(target) {
    return /^(\.|\/)/.test(target) || target === 'all' || target === 'std' || target.endsWith('.go');
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/packages/npm.ts


/**
 * npm, pnpm, yarn and bun: installs that name packages, and one-off runners
 * (npx, npm exec, pnpm dlx, yarn dlx, bunx) that fetch a package at run
 * time. Pinned: an exact version, a git commit, a local path, or (for the
 * runners) a package the repository's package.json declares, which its
 * lockfile pins. Pure.
 */
const NPM_INSTALL = new Set(['install', 'i', 'add', 'isntall', 'in', 'ins', 'inst', 'insta', 'instal', 'install-test', 'it']);
const NPM_VALUED = new Set(['--prefix', '-C', '--registry', '--cache', '--userconfig', '-w', '--workspace', '--tag', '--omit', '--include', '--install-strategy', '--before', '--loglevel', '-p', '--package', '-c', '--call']);
const GLOBAL = ['-g', '--global', '--location=global'];
/** Well-known command names whose package is named otherwise, for `npx <command>`. */
const BIN_PACKAGES = {
    tsc: ['typescript'],
    ng: ['@angular/cli'],
    changeset: ['@changesets/cli'],
    commitlint: ['@commitlint/cli'],
    webpack: ['webpack-cli', 'webpack'],
    'run-s': ['npm-run-all', 'npm-run-all2'],
    'run-p': ['npm-run-all', 'npm-run-all2'],
    playwright: ['@playwright/test', 'playwright'],
    vsce: ['@vscode/vsce'],
    ncc: ['@vercel/ncc'],
    'svelte-kit': ['@sveltejs/kit'],
    'vue-cli-service': ['@vue/cli-service'],
};
function checkNpmFamily(tool, words, context) {
    const args = words.slice(1);
    switch (tool) {
        case 'npm':
            return checkNpm(args, context);
        case 'npx':
            return checkRunner('npx', args, context);
        case 'pnpx':
        case 'bunx':
            return checkRunner(tool, args, context);
        case 'pnpm':
        case 'yarn':
        case 'bun':
            return checkOtherManager(tool, args, context);
        default:
            return [];
    }
}
function checkNpm(args, context) {
    const [subcommand, ...rest] = positionalsWithRest(args);
    if (subcommand === 'exec' || subcommand === 'x')
        return checkRunner(`npm ${subcommand}`, rest, context);
    if (!subcommand || !NPM_INSTALL.has(subcommand))
        return [];
    const options = args.filter((arg) => arg.startsWith('-'));
    const global = hasOption(options, GLOBAL) || optionValue(args, ['--location']) === 'global';
    const packages = positionals(rest, NPM_VALUED);
    if (packages.length === 0) {
        if (global)
            return [];
        return [{ kind: 'prefer-lockfile-install', message: `npm ${subcommand} may rewrite package-lock.json and install versions nobody reviewed.`, fix: 'use npm ci, which installs exactly the lockfile' }];
    }
    return packages.filter((spec) => !isPinnedNpmSpec(spec)).map((spec) => unpinnedInstall(`npm ${subcommand}${global ? ' -g' : ''}`, spec, global));
}
/** pnpm add / dlx, yarn add / global add / dlx, bun add / x. */
function checkOtherManager(tool, args, context) {
    const [subcommand, ...rest] = positionalsWithRest(args);
    if (subcommand === 'dlx' || (tool === 'bun' && subcommand === 'x'))
        return checkRunner(`${tool} ${subcommand}`, rest, context);
    let global = hasOption(args, GLOBAL);
    let packages;
    if (tool === 'yarn' && subcommand === 'global' && rest[0] === 'add') {
        global = true;
        packages = positionals(rest.slice(1), NPM_VALUED);
    }
    else if (subcommand === 'add' || (tool === 'bun' && (subcommand === 'install' || subcommand === 'i') && global)) {
        packages = positionals(rest, NPM_VALUED);
    }
    else {
        return [];
    }
    return packages.filter((spec) => !isPinnedNpmSpec(spec)).map((spec) => unpinnedInstall(`${tool} ${subcommand}${global ? ' -g' : ''}`, spec, global));
}
function unpinnedInstall(command, spec, global) {
    return unpinnedPackage(`${command} ${spec} installs whatever version is newest at run time.`, global ? `pin the exact version: ${command} ${npmName(spec)}@<x.y.z>` : 'add it to package.json and install with the lockfile (npm ci)');
}
/**
 * A one-off runner: the packages it fetches are the `--package`/`-p` values,
 * or else its first positional argument (the rest are that command's arguments).
 */
function checkRunner(command, args, context) {
    if (hasOption(args, ['--no-install', '--no', '--offline']))
        return [];
    const explicit = [];
    let first;
    for (let index = 0; index < args.length; index++) {
        const arg = args[index];
        if (arg === '-p' || arg === '--package')
            explicit.push(args[++index] ?? '');
        else if (arg.startsWith('--package='))
            explicit.push(arg.slice('--package='.length));
        else if (arg === '-c' || arg === '--call')
            return [];
        else if (arg === '--') {
            first = args[index + 1];
            break;
        }
        else if (!arg.startsWith('-')) {
            first = arg;
            break;
        }
    }
    const specs = explicit.length > 0 ? explicit : first !== undefined ? [first] : [];
    return specs
        .filter((spec) => !isPinnedNpmSpec(spec) && !(explicit.length === 0 && declaredLocally(spec, context)))
        .map((spec) => unpinnedPackage(`${command} ${spec} downloads and runs whatever version of ${npmName(spec)} is newest at run time.`, `pin the exact version (${command} ${npmName(spec)}@<x.y.z>) or add it to package.json so the lockfile pins it`));
}
/** `npx jest` runs the repository's own jest when a package.json declares it (its lockfile pins it). */
function declaredLocally(command, context) {
    const name = npmName(command);
    if (context.npmDependencies.has(name))
        return true;
    if ((BIN_PACKAGES[name] ?? []).some((pkg) => context.npmDependencies.has(pkg)))
        return true;
    for (const dependency of context.npmDependencies)
        if (dependency.endsWith(`/${name}`))
            return true;
    return false;
}
/** Positional words with the rest of the command after the first one (options before it skipped). */
function positionalsWithRest(args) {
    for (let index = 0; index < args.length; index++) {
        const arg = args[index];
        if (arg.startsWith('-')) {
            if (NPM_VALUED.has(arg))
                index++;
            continue;
        }
        return [arg, ...args.slice(index + 1)];
    }
    return [];
}
function npmName(spec) {
    const at = spec.lastIndexOf('@');
    return at > 0 ? spec.slice(0, at) : spec;
}
const EXACT_VERSION = /^v?\d+\.\d+\.\d+(-[\w.-]+)?(\+[\w.-]+)?$/;
const FULL_SHA = /^[0-9a-f]{40}$/i;
/** Pinned: exact version, git commit, local path or tarball; a value only known at run time is not judged. */
function isPinnedNpmSpec(spec) {
    if (isDynamic(spec) || spec === '')
        return true;
    if (/^(\.{1,2}(\/|$)|\/|~\/|file:)/.test(spec))
        return true;
    if (/\.(tgz|tar\.gz)$/.test(spec) && !spec.includes('://'))
        return true;
    if (spec.startsWith('npm:'))
        return isPinnedNpmSpec(spec.slice(4));
    // git: github:o/r#sha, git+https://…#sha, o/r#sha (GitHub shorthand), gitlab:, bitbucket:
    if (/^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(spec) || (/^[\w.-]+\/[\w.-]+(#.*)?$/.test(spec) && !spec.startsWith('@'))) {
        const hash = spec.indexOf('#');
        return hash !== -1 && FULL_SHA.test(spec.slice(hash + 1));
    }
    if (spec.includes('://'))
        return false;
    const at = spec.lastIndexOf('@');
    return at > 0 && EXACT_VERSION.test(spec.slice(at + 1));
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/packages/python.ts


/**
 * pip in all its spellings (pip, pip3, pip3.12, python2.7 -m pip, py -m pip,
 * uv pip), uv tool install / uvx, pipx install / run. Pinned: `==` with
 * hashes (a version alone is a warning), a VCS URL at a full commit, a URL
 * with a #sha256= fragment, a local path or wheel. Pure.
 */
const PIP_VALUED = new Set([
    '-c', '--constraint', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '-t', '--target', '--prefix', '--root',
    '--platform', '--python-version', '--implementation', '--abi', '--src', '--upgrade-strategy', '--progress-bar', '--log',
    '--cache-dir', '--trusted-host', '--proxy', '--timeout', '--retries', '--exists-action', '--cert', '--client-cert', '-C',
    '--config-settings', '--global-option', '--no-binary', '--only-binary', '--report', '--python', '-p', '--use-feature',
    '--keyring-provider', '--index-strategy', '--index', '--default-index', '--extra',
]);
const UV_TOOL_VALUED = new Set(['--from', '--with', '--with-requirements', '--with-editable', '-p', '--python', '--index', '--default-index', '-c', '--constraint', '--index-url', '--extra-index-url', '--spec', '--pip-args', '--suffix']);
const PIP_TOOL = /^pip\d*(\.\d+)*$/;
const PYTHON_TOOL = /^(python|pypy)\d*(\.\d+)*$|^py$/;
const python_FULL_SHA = /@[0-9a-f]{40}(#|$)/i;
function checkPython(tool, words) {
    if (PIP_TOOL.test(tool))
        return checkPip(tool, words.slice(1));
    if (PYTHON_TOOL.test(tool)) {
        const args = moduleArgs(words, 'pip');
        return args ? checkPip(`${tool} -m pip`, args) : [];
    }
    if (tool === 'uv')
        return checkUv(words.slice(1));
    if (tool === 'uvx')
        return checkToolRunner('uvx', words.slice(1));
    if (tool === 'pipx')
        return checkPipx(words.slice(1));
    return [];
}
/** Arguments after `-m <module>` when a Python interpreter runs that module (`python -u -m pip ...`). */
function moduleArgs(words, module) {
    for (let index = 1; index < words.length; index++) {
        const word = words[index];
        if (word === '-m')
            return words[index + 1] === module ? words.slice(index + 2) : undefined;
        if (word === `-m${module}`)
            return words.slice(index + 1);
        if (!word.startsWith('-') || word === '-c')
            return undefined;
        if (word === '-X' || word === '-W')
            index++;
    }
    return undefined;
}
function checkUv(args) {
    const [first, second, ...rest] = fromSubcommand(args);
    if (first === 'pip')
        return checkPip('uv pip', [second ?? '', ...rest]);
    if (first === 'tool' && second === 'install')
        return checkToolSpec('uv tool install', rest);
    if (first === 'tool' && second === 'run')
        return checkToolRunner('uv tool run', rest);
    return [];
}
function checkPipx(args) {
    const [subcommand, ...rest] = fromSubcommand(args);
    if (subcommand === 'install')
        return checkToolSpec('pipx install', rest);
    if (subcommand === 'run')
        return checkToolRunner('pipx run', rest);
    return [];
}
/** The words from the first one that is not an option (the subcommand) on. */
function fromSubcommand(args) {
    const start = args.findIndex((arg) => !arg.startsWith('-'));
    return start === -1 ? [] : args.slice(start);
}
/** `uv tool install x==1.2.3`, `pipx install x==1.2.3`: every positional is a package. */
function checkToolSpec(command, args) {
    return positionals(args, UV_TOOL_VALUED)
        .filter((spec) => !isPinnedToolSpec(spec))
        .map((spec) => unpinnedPackage(`${command} ${spec} installs whatever version is newest at run time.`, `pin it: ${command} ${packageName(spec)}==<x.y.z>`));
}
/** `uvx x`, `uv tool run x`, `pipx run x`: the package is `--from`/`--spec`, else the command name. */
function checkToolRunner(command, args) {
    const from = optionValue(args, ['--from', '--spec']);
    const spec = from ?? positionals(args, UV_TOOL_VALUED)[0];
    if (spec === undefined || isPinnedToolSpec(spec))
        return [];
    return [unpinnedPackage(`${command} ${spec} downloads and runs whatever version is newest at run time.`, `pin it: ${command} ${packageName(spec)}@<x.y.z> (or --from '${packageName(spec)}==<x.y.z>')`)];
}
function isPinnedToolSpec(spec) {
    return isDynamic(spec) || python_isLocal(spec) || isPinnedUrl(spec) || /^[\w.\-[\],]+(===?|@)v?\d+(\.\d+)*([.\-+]?[\w.]+)?$/.test(spec);
}
function checkPip(command, args) {
    if (args[0] !== 'install')
        return [];
    const rest = args.slice(1);
    const problems = [];
    const hashed = hasOption(rest, ['--require-hashes']) || rest.some((arg) => arg.startsWith('--hash'));
    const label = command === 'uv pip' ? command : 'pip';
    for (let index = 0; index < rest.length; index++) {
        const arg = rest[index];
        if (arg === '-r' || arg === '--requirement' || arg.startsWith('--requirement=') || (arg.startsWith('-r') && arg.length > 2 && !arg.startsWith('--'))) {
            const file = arg === '-r' || arg === '--requirement' ? rest[++index] : arg.replace(/^(-r|--requirement=)/, '');
            if (!hashed)
                problems.push({ kind: 'unhashed-requirements', message: `${label} install -r ${file} without --require-hashes trusts whatever the index serves for each version.`, fix: 'pin with hashes (pip-compile --generate-hashes) and add --require-hashes' });
            continue;
        }
        if (arg === '-e' || arg === '--editable' || arg.startsWith('--editable=')) {
            const target = arg.startsWith('--editable=') ? arg.slice('--editable='.length) : rest[++index];
            if (target !== undefined && !python_isLocal(target) && !isDynamic(target) && !isPinnedUrl(target))
                problems.push(unpinnedUrl(label, target));
            continue;
        }
        if (arg.startsWith('-')) {
            if (PIP_VALUED.has(arg))
                index++;
            continue;
        }
        const problem = judgeRequirement(label, arg, hashed);
        if (problem)
            problems.push(problem);
    }
    return problems;
}
function judgeRequirement(label, spec, hashed) {
    if (isDynamic(spec) || python_isLocal(spec))
        return undefined;
    const direct = / @ (\S+)$/.exec(spec);
    const url = direct ? direct[1] : spec.includes('://') || /^(git|hg|svn|bzr)\+/.test(spec) ? spec : undefined;
    if (url !== undefined)
        return isPinnedUrl(url) ? undefined : unpinnedUrl(label, spec);
    if (!/===?[^=*,<>!~]+$/.test(spec)) {
        return unpinnedPackage(`${label} install ${spec} installs whatever version is newest at run time.`, `pin it: ${packageName(spec)}==<x.y.z> with --require-hashes`);
    }
    if (!hashed)
        return { kind: 'unhashed-requirements', message: `${label} install ${spec} pins the version but not its content.`, fix: 'add --require-hashes with --hash=sha256:... (or install from a hashed requirements file)' };
    return undefined;
}
function unpinnedUrl(label, spec) {
    return unpinnedPackage(`${label} install ${spec} installs whatever that URL serves at run time.`, 'pin a VCS URL to a full commit (@<40-hex sha>) or add #sha256=<digest> to an archive URL');
}
/** A directory, wheel or sdist on disk: `.`, `./pkg`, `.[dev]`, `dist/x.whl`, `/abs/path`, `file:` URLs. */
function python_isLocal(spec) {
    if (/^(\.|\/|~|file:)/.test(spec))
        return true;
    if (spec.includes('://') || /^(git|hg|svn|bzr)\+/.test(spec) || spec.includes(' @ '))
        return false;
    return spec.includes('/') || /\.(whl|tar\.gz|zip|tar\.bz2|tgz)$/.test(spec);
}
/** A VCS URL at a full commit SHA, or an archive URL with a hash fragment. */
function isPinnedUrl(url) {
    return python_FULL_SHA.test(url) || /#(sha256|sha384|sha512)=[0-9a-f]+/i.test(url);
}
function packageName(spec) {
    return spec.split(/[<>=!~[@\s;]/)[0];
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/packages/ruby.ts


/** `gem install` / `gem i` without an exact `-v`/`--version` or `name:version`; local `.gem` files are not downloads. Pure. */
const GEM_VALUED = new Set(['-v', '--version', '-i', '--install-dir', '-n', '--bindir', '-s', '--source', '-P', '--trust-policy', '--platform', '-g', '--file', '--build-root']);
const ruby_EXACT = /^=?\s*\d+(\.\w+)*$/;
function checkGem(words) {
    if (words[1] !== 'install' && words[1] !== 'i')
        return [];
    const args = words.slice(2);
    const version = optionValue(args, ['-v', '--version']) ?? args.find((arg) => /^-v\S/.test(arg))?.slice(2);
    if (version !== undefined && (ruby_EXACT.test(version) || isDynamic(version)))
        return [];
    return positionals(args, GEM_VALUED)
        .filter((gem) => !isDynamic(gem) && !gem.endsWith('.gem') && !/^[<>=~!]/.test(gem) && !/:=?\d/.test(gem))
        .map((gem) => unpinnedPackage(`gem ${words[1]} ${gem} installs whatever version is newest at run time.`, `pin it: gem install ${gem} -v <x.y.z>`));
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/packages/index.ts







const npm = checkNpmFamily;
const python = (tool, words) => checkPython(tool, words);
const windows = (tool, words) => checkWindowsPackages(tool, words);
/** The check of each tool by its exact name; versioned interpreters (pip3.12, python2.7) by pattern below. */
const CHECKS = new Map([
    ...['npm', 'npx', 'pnpm', 'pnpx', 'yarn', 'bun', 'bunx'].map((tool) => [tool, npm]),
    ...['pip', 'pip3', 'python', 'python3', 'py', 'pypy', 'pypy3', 'uv', 'uvx', 'pipx'].map((tool) => [tool, python]),
    ['go', (_tool, words, context) => checkGo(words, context)],
    ['gem', (_tool, words) => checkGem(words)],
    ['cargo', (_tool, words) => checkCargo(words)],
    ...['choco', 'cinst', 'nuget', 'nuget.exe', 'dotnet'].map((tool) => [tool, windows]),
    ...['apt-get', 'apt'].map((tool) => [tool, (name, words) => checkApt(name, words)]),
]);
const VERSIONED_PYTHON = /^(pip|python|pypy)\d+(\.\d+)*$/;
const NONE = [];
/** What one command installs unpinned, by its tool: the command's own words in (command-words.ts). Pure. */
function packageProblems(tool, words, context) {
    const check = CHECKS.get(tool) ?? (tool.charCodeAt(0) === 112 /* p */ && VERSIONED_PYTHON.test(tool) ? python : undefined);
    return check ? check(tool, words, context) : NONE;
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/analyze.ts





const MAX_NESTING = 3;
const DOWNLOADERS = new Set(['curl', 'wget', 'gsutil', 'gcloud', 'aws']);
/** Commands that can run a script of their own (nested.ts). */
const NESTING = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'mksh', 'su', 'runuser', 'eval']);
const analyze_NONE = [];
const SHELLS_AND_SOURCES = /^(sh|bash|zsh|dash|ksh|ash|mksh|source|\.|(python|pypy)\d*(\.\d+)*|node|perl|ruby)$/;
const FETCH_FIX = 'download a pinned release (a URL at a commit SHA), verify its checksum (sha256sum -c), then run it';
class ScriptAnalyzer {
    context;
    cache;
    downloads = [];
    /**
     * Downloads neither verified nor reported yet, counted as they change: every script of a group asks (twice), and
     * a job's list of downloads only grows, so searching it each time cost more than the scripts without any.
     */
    unsettled = 0;
    constructor(context, cache = new Map()) {
        this.context = context;
        this.cache = cache;
    }
    /** Whether a later script could run something downloaded earlier (scripts without any tool can then not be skipped). */
    get hasUnverifiedDownloads() {
        return this.unsettled > 0;
    }
    /** A download made outside a script (a Dockerfile `ADD <url>`); `verified` when it carries a checksum. */
    recordDownload(download) {
        if (!isContentPinnedUrl(download.url))
            this.addDownload({ ...download, reported: false });
    }
    addDownload(download) {
        this.downloads.push(download);
        if (!download.verified && !download.reported)
            this.unsettled++;
    }
    /** Problems of one script of the group; `describe(line)` names one of its lines for messages about later scripts. */
    analyze(script, describe) {
        const independent = !this.hasUnverifiedDownloads;
        if (independent) {
            const known = this.cache.get(script);
            if (known)
                return known;
        }
        const found = [];
        const downloadsBefore = this.downloads.length;
        this.visit(tokenizeShell(script), 0, 0, undefined, describe, found);
        if (independent && this.downloads.length === downloadsBefore)
            this.cache.set(script, found);
        return found;
    }
    visit(commands, offset, depth, runner, describe, found) {
        const own = commands.map((command) => effectiveWords(command.words));
        for (let index = 0; index < commands.length; index++) {
            const command = commands[index];
            const words = own[index];
            const tool = baseName(words[0] ?? '');
            const line = offset + command.line;
            for (const problem of packageProblems(tool, words, this.context))
                found.push({ line, problem });
            const fetched = this.fetchedScript(tool, words, runner);
            if (fetched)
                found.push({ line, problem: fetched });
            // Most commands download, verify and nest nothing: the checks below start with a cheap test of the tool.
            const piped = DOWNLOADERS.has(tool) || this.unsettled > 0 ? laterInPipeline(commands, own, index) : analyze_NONE;
            const download = DOWNLOADERS.has(tool) ? downloadOf(words, command.redirects) : undefined;
            if (download && !isContentPinnedUrl(download.url)) {
                const shell = download.toStdout ? piped.find(readsProgramFromStdin) : undefined;
                if (shell) {
                    found.push({ line, problem: { kind: 'pipe-to-shell', message: `${download.tool} output is piped into ${baseName(shell[0])}: whatever the server returns today runs with the job's permissions.`, fix: FETCH_FIX } });
                }
                for (const output of download.outputs)
                    this.addDownload({ output, tool: download.tool, url: download.url, where: describe(line), verified: false, reported: false });
            }
            if (this.unsettled > 0) {
                if (isVerification(words, piped))
                    this.verifyAll();
                else
                    this.checkExecution(words, command, line, found);
            }
            if (depth < MAX_NESTING && NESTING.has(tool)) {
                for (const nested of nestedScripts(words, command))
                    this.visit(tokenizeShell(nested.script), offset + nested.line, depth + 1, nested.runner, describe, found);
            }
        }
    }
    /** A checksum or signature checked: every download so far counts as verified. */
    verifyAll() {
        for (const pending of this.downloads)
            pending.verified = true;
        this.unsettled = 0;
    }
    /** `bash <(curl …)`, `source <(wget -O- …)`, or, inside `sh -c`/`eval`, `$(curl …)` run as the command itself. */
    fetchedScript(tool, words, runner) {
        let source;
        let by = tool;
        const first = words[0] ?? '';
        if (first.startsWith('$(') || first.startsWith('`') || first.startsWith('<(')) {
            source = fetchedBy(words[0]);
            by = runner ?? 'the shell';
        }
        else if (SHELLS_AND_SOURCES.test(tool)) {
            const program = words.slice(1).find((word) => !word.startsWith('-'));
            const optionsBefore = words.slice(1, program === undefined ? undefined : words.indexOf(program, 1));
            // `sh -c "$(curl …)"` is read as a nested script instead; `python -m x <(…)` passes a file to a module.
            if (program !== undefined && !optionsBefore.some((option) => /^-(\w*c\w*|m|e)$/.test(option)))
                source = fetchedBy(program);
        }
        if (!source)
            return undefined;
        return { kind: 'fetched-script', message: `${by} runs a script fetched at run time (${source.downloader}): its content is not pinned.`, fix: FETCH_FIX };
    }
    checkExecution(words, command, line, found) {
        const executed = executedFiles(words, command.redirects);
        for (const pending of this.downloads) {
            if (pending.verified || pending.reported)
                continue;
            const runs = executed.paths.includes(pending.output) || (executed.bareName !== undefined && runsFromPath(pending.output, executed.bareName));
            if (!runs)
                continue;
            pending.reported = true;
            this.unsettled--;
            found.push({
                line,
                problem: {
                    kind: 'download-then-run',
                    message: `${commandText(words)} runs ${pending.output}, downloaded by ${pending.tool} at ${pending.where} from ${pending.url} with no checksum verified in between: its content is not pinned.`,
                    fix: FETCH_FIX,
                },
            });
        }
    }
}
/** A command as one short line, for messages. */
function commandText(words) {
    const text = words.join(' ').replace(/\s+/g, ' ');
    return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
/** The commands after `index` in its pipeline (`curl … | tee x | sh`). */
function laterInPipeline(commands, own, index) {
    const later = [];
    const pipeline = commands[index].pipeline;
    for (let next = index + 1; next < commands.length && commands[next].pipeline === pipeline; next++)
        later.push(own[next]);
    return later;
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/prefilter.ts
/**
 * A cheap, sound prefilter: every command the shell checks judge names one of
 * these tools, or runs a file an earlier command downloaded (the caller knows
 * whether there is one). Quoting or escaping (`n'p'm`, `n\pm`) cannot hide a
 * tool once quotes, backslashes and line continuations are dropped. Scripts
 * without any skip the tokenizer. `python -m pip` and `py -m pip` name pip.
 */
const TOOL_WORDS = /\b(?:np[mx]|pnp[mx]|yarn|bunx?|pip[\dx]*|uvx?|go|gem|cargo|c(?:hoco|inst|url)|nuget|dotnet|apt(?:-get)?|wget|gsutil|gcloud|aws)\b/;
const HIDING = /['"\\]/;
function mayInstall(script) {
    // Most scripts that install name the tool plainly; only a script with quotes or backslashes needs them dropped.
    if (TOOL_WORDS.test(script))
        return true;
    return HIDING.test(script) && TOOL_WORDS.test(script.replace(/\\\r?\n/g, '').replace(/['"\\]/g, ''));
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/script-findings.ts



/** `shell:` values whose scripts are not shell text (`python`, a custom `perl {0}`). */
const SHELL_SCRIPTS = /^(bash|sh|zsh|pwsh|powershell|cmd)\b|^(bash|sh)\s/;
const analysed = new WeakMap();
/**
 * Every script of the repository through the shell engine, once per facts
 * (the rules that judge its problems share it): `run:` steps job by job,
 * Dockerfile RUN lines stage by stage (a stage built FROM another continues
 * it; `ADD <url>` is a download), and each script file on its own.
 */
function scriptFindings(facts) {
    let found = analysed.get(facts);
    if (found)
        return found;
    found = [];
    const context = packageContext(facts);
    const cache = new Map();
    const judge = (analyzer, file, script, firstLine) => {
        if (!mayInstall(script) && !analyzer.hasUnverifiedDownloads)
            return;
        for (const { line, problem } of analyzer.analyze(script, (at) => `line ${firstLine + at} of ${file}`))
            found.push({ file, line: firstLine + line, problem });
    };
    for (const workflow of facts.workflows) {
        const jobs = new Map();
        for (const run of workflow.runs) {
            if (run.shell !== undefined && !SHELL_SCRIPTS.test(run.shell))
                continue;
            let analyzer = jobs.get(run.job);
            if (!analyzer)
                jobs.set(run.job, (analyzer = new ScriptAnalyzer(context, cache)));
            judge(analyzer, workflow.file, run.script, run.firstScriptLine);
        }
    }
    for (const dockerfile of facts.dockerfiles) {
        const stages = new Map();
        const analyzerOf = (stage) => {
            const parent = dockerfile.stageParents[stage];
            let analyzer = stages.get(stage) ?? (parent !== undefined && parent < stage ? analyzerOf(parent) : undefined);
            if (!analyzer)
                analyzer = new ScriptAnalyzer(context, cache);
            stages.set(stage, analyzer);
            return analyzer;
        };
        for (const step of dockerfile.steps) {
            if (step.kind === 'download') {
                analyzerOf(step.stage).recordDownload({ output: normalizePath(step.output), tool: 'ADD', url: step.url, where: `line ${step.line} of ${dockerfile.path}`, verified: step.verified });
            }
            else {
                judge(analyzerOf(step.stage), dockerfile.path, step.script, step.scriptLine);
            }
        }
    }
    for (const script of facts.scripts)
        judge(new ScriptAnalyzer(context, cache), script.path, script.text, 1);
    analysed.set(facts, found);
    return found;
}
/** Packages the repository's package.json files declare (npx runs those from node_modules) and whether it is a Go module. */
function packageContext(facts) {
    const npmDependencies = new Set();
    for (const manifest of facts.manifests) {
        if (!/(^|\/)package\.json$/.test(manifest.path))
            continue;
        try {
            const parsed = JSON.parse(manifest.text);
            for (const key of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
                const table = parsed[key];
                if (table && typeof table === 'object')
                    for (const name of Object.keys(table))
                        npmDependencies.add(name);
            }
        }
        catch {
            // An invalid package.json is lockfile-out-of-sync's finding; it declares nothing here.
        }
    }
    const hasGoModule = facts.manifests.some((manifest) => /(^|\/)go\.mod$/.test(manifest.path));
    return { npmDependencies, hasGoModule };
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/unpinned-install.ts



/** Problems that leave the content pinned or reviewed but not both: worth a warning, not a failure. */
const WARNINGS = new Set(['prefer-lockfile-install', 'unhashed-requirements', 'unlocked-dependencies']);
/**
 * Scripts install pinned things: `run:` steps, Dockerfile RUN lines and shell
 * script files, read by one shell engine (shell/analyze.ts) with nested
 * shells, download-then-run across steps and RUN lines, and every common
 * package tool.
 */
const unpinned_install_unpinnedInstall = {
    meta: {
        id: 'unpinned-install',
        description: 'Scripts (run: steps, Dockerfile RUN, shell scripts) install pinned versions and never run downloads whose content is not pinned',
        severity: 'error',
        docs: ruleDocs('unpinned-install'),
    },
    check(facts, policy) {
        const findings = [];
        // Once, not per finding: this loop runs once per run, over thousands of findings, mostly unoptimised.
        const severity = severityFor(policy, this.meta);
        const ruleId = this.meta.id;
        let scopedFile;
        let applies = false;
        // The shell engine builds each problem's message anew (5,076 findings, 102 distinct texts on the bench corpus):
        // findings share one flat string per text instead, which the summary's grouping, the SARIF text and the JSON
        // report then hash or copy once per text rather than once per finding.
        const messages = new Map();
        for (const { file, line, problem } of scriptFindings(facts)) {
            // Findings come file by file: the path scope is asked once per file.
            if (file !== scopedFile) {
                scopedFile = file;
                applies = ruleAppliesTo(policy, ruleId, file);
            }
            if (problem.kind === 'unpinned-os-package' || !applies)
                continue;
            let message = messages.get(problem.message);
            if (message === undefined)
                messages.set(problem.message, (message = problem.message));
            findings.push({
                ruleId,
                severity: WARNINGS.has(problem.kind) ? 'warning' : severity,
                message,
                file,
                line,
                confidence: 'high',
                fixHint: problem.fix,
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/unpinned-os-package.ts



/**
 * Optional (off unless `pin-check.rules` gives it a severity): `apt-get
 * install x` without `=version`. Most images pin the OS by the base image's
 * digest, and Debian mirrors drop superseded versions, so exact pins break
 * builds; teams that want them turn this on.
 */
const unpinnedOsPackage = {
    meta: {
        id: 'unpinned-os-package',
        description: 'apt-get/apt install pins each package with =version (optional: off unless turned on)',
        severity: 'warning',
        docs: ruleDocs('unpinned-os-package'),
    },
    defaultOff: true,
    check(facts, policy) {
        const findings = [];
        for (const { file, line, problem } of scriptFindings(facts)) {
            if (problem.kind !== 'unpinned-os-package' || !ruleAppliesTo(policy, this.meta.id, file))
                continue;
            findings.push({ ruleId: this.meta.id, severity: severityFor(policy, this.meta), message: problem.message, file, line, confidence: 'high', fixHint: problem.fix });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/unpinned-tools.ts


/**
 * Setup actions told to fetch whatever is newest: `version: latest`,
 * `go-version: stable`, `node-version: lts/*`, `python-version: 3.x`,
 * `check-latest: true`. The action is pinned; the tool it downloads is not.
 * An exact version (`20.18.1`), or a bare major (`20`, which most setup
 * actions read from their own cache and manifest) is not reported.
 */
const VERSION_INPUT = /(^|[-_])version$/i;
const MOVING = /^(latest|stable|oldstable|current|node|lts(\/.*)?|\*|x|nightly|beta|canary|edge|head|main|master|\d+(\.\d+)?\.(x|\*)(\.(x|\*))?|[\^~>]=?.*|>=.*)$/i;
const unpinnedTools = {
    meta: {
        id: 'unpinned-tools',
        description: 'Setup actions install an exact tool version, not latest, stable, lts/* or 3.x',
        severity: 'warning',
        docs: ruleDocs('unpinned-tools'),
    },
    check(facts, policy) {
        const findings = [];
        for (const workflow of facts.workflows) {
            if (!ruleAppliesTo(policy, this.meta.id, workflow.file))
                continue;
            for (const uses of workflow.uses) {
                if (uses.reference.kind !== 'remote' || !uses.inputs)
                    continue;
                const action = `${uses.reference.owner}/${uses.reference.repo}`;
                for (const input of uses.inputs) {
                    const value = input.value.trim();
                    const moving = VERSION_INPUT.test(input.name) ? MOVING.test(value) : input.name === 'check-latest' && value === 'true';
                    if (!moving)
                        continue;
                    findings.push({
                        ruleId: this.meta.id,
                        severity: severityFor(policy, this.meta),
                        message: `${action} is told to install ${input.name === 'check-latest' ? 'the newest matching version (check-latest: true)' : `${input.name}: ${value}`}, whatever is newest when the job runs.`,
                        file: workflow.file,
                        line: input.line,
                        column: input.column,
                        confidence: 'high',
                        fixHint: `give ${input.name === 'check-latest' ? 'an exact version and drop check-latest' : `${input.name} an exact version (e.g. 1.2.3)`} or a version file (.nvmrc, .python-version, go.mod)`,
                    });
                }
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/fix/pin-edit.ts
/**
 * The edit that pins one `uses:` value to a commit and names its tag in a
 * comment, touching nothing else on the line: quotes are kept, an existing
 * comment is replaced (its spacing kept; a new one gets `separator`), and a value inside a flow mapping
 * (`{ uses: x@v1, with: ... }`) is rewritten without a comment, which would
 * swallow the rest of the line. Pure; undefined when the value cannot be
 * rewritten safely (block scalars, escapes) or the SHA or tag is not one
 * that can be written.
 */
function pinEdit(uses, sha, tag, separator = ' ') {
    const at = uses.value.lastIndexOf('@');
    // What is written comes from the API: only a full SHA, and a comment that cannot end the line (checked at the source too).
    if (at <= 0 || !/^[0-9a-f]{40}$/.test(sha) || (tag !== undefined && /[\u0000-\u001f\u007f]/.test(tag)))
        return undefined;
    const raw = uses.raw ?? uses.value;
    const quote = raw === `"${uses.value}"` ? '"' : raw === `'${uses.value}'` ? "'" : '';
    if (!quote && raw !== uses.value)
        return undefined;
    const value = `${quote}${uses.value.slice(0, at)}@${sha}${quote}`;
    const comment = /^(\s*)#/.exec(uses.trailing);
    if (comment) {
        const replacement = tag ? `${value}${comment[1]}# ${tag}` : value + uses.trailing;
        return { start: uses.start, end: uses.end + uses.trailing.length, replacement, expected: raw + uses.trailing };
    }
    const restOfLine = uses.trailing.trim();
    return { start: uses.start, end: uses.end, replacement: tag && restOfLine === '' ? `${value}${separator}# ${tag}` : value, expected: raw };
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/unpinned-uses.ts





const DESCRIBE = {
    'short-sha': 'a short SHA, which can collide with a commit in a fork',
    'semver-tag': 'a tag, which its owner can move to other code at any time',
    'branch-or-tag': 'a branch or tag, which moves whenever its owner pushes',
};
/** `uses: owner/repo@ref` must name a full commit SHA (steps, reusable workflows, composite actions). */
const unpinnedUses = {
    meta: {
        id: 'unpinned-uses',
        description: 'Actions and reusable workflows are pinned to a full commit SHA',
        severity: 'error',
        docs: ruleDocs('unpinned-uses'),
    },
    check(facts, policy) {
        const findings = [];
        const allowed = policy.allow.map((entry) => ({ entry, matches: (0,glob/* globMatcher */.f)([entry.uses]) }));
        const online = facts.online && !facts.online.skipped ? facts.online : undefined;
        // A finding's message and fix hint depend on the `uses:` value alone (its reference, and what the online facts
        // say of it), so each distinct value's are built once and shared: a repository repeats a few dozen references
        // thousands of times (bench/: 3,858 findings, 24 messages). Every report reads these strings again, and a
        // string built per finding was copied flat by the first of them and hashed by the summary's grouping.
        const texts = new Map();
        const severity = severityFor(policy, this.meta);
        for (const workflow of facts.workflows) {
            if (!ruleAppliesTo(policy, this.meta.id, workflow.file))
                continue;
            for (const uses of workflow.uses) {
                const { reference } = uses;
                if (reference.kind !== 'remote')
                    continue;
                const { refKind } = reference;
                if (refKind === 'sha')
                    continue;
                const name = `${reference.owner}/${reference.repo}`;
                const allow = allowed.find(({ matches }) => matches(name) || matches(`${name}/${reference.path}`));
                const base = uses.value.slice(0, uses.value.lastIndexOf('@'));
                // Online facts say what the ref resolves to now: the finding then carries its fix.
                const resolved = online?.references.get((0,online_facts/* referenceKey */.Db)(reference.owner, reference.repo, reference.path, reference.ref));
                const tag = resolved ? resolved.bestTag : reference.ref;
                const edit = resolved?.commit ? pinEdit(uses, resolved.commit, tag, policy.commentSeparator) : undefined;
                const named = tag ? ` (${tag})` : '';
                let text = texts.get(uses.value);
                if (!text) {
                    text = {
                        message: `${uses.value} is pinned to ${DESCRIBE[refKind]}.` + (resolved?.commit ? ` It resolves to ${resolved.commit}${named} today.` : ''),
                        fixHint: `pin the full commit SHA the ref points to: uses: ${base}@${resolved?.commit ?? '<40-hex sha>'}${tag ? ` # ${tag}` : ''}`,
                    };
                    texts.set(uses.value, text);
                }
                const finding = {
                    ruleId: this.meta.id,
                    severity,
                    message: text.message,
                    file: workflow.file,
                    line: uses.line,
                    column: uses.column,
                    confidence: 'high',
                    fixHint: text.fixHint,
                };
                if (edit)
                    finding.fix = { description: `pin ${uses.value} to ${resolved.commit}${named}`, file: workflow.file, edits: [edit] };
                if (allow)
                    finding.waived = { reason: `allowed by policy (${allow.entry.uses}): ${allow.entry.reason}` };
                findings.push(finding);
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/version-comment-mismatch.ts






/**
 * Online: `@<sha> # v4.1.1` where tag v4.1.1 points elsewhere (it moved, or
 * the comment is wrong), does not exist, or is a branch. With a tag at the
 * pinned commit, the finding carries the corrected comment for fix mode.
 */
const versionCommentMismatch = {
    meta: {
        id: 'version-comment-mismatch',
        description: 'The version comment of a SHA pin names a tag that points at that commit (online)',
        severity: 'warning',
        docs: ruleDocs('version-comment-mismatch'),
    },
    check(facts, policy) {
        const findings = [];
        for (const pin of shaPins(facts, policy, this.meta.id)) {
            const tag = (0,version_comment/* versionInComment */.X)(pin.uses.comment)?.tag;
            if (!tag || pin.online?.commit !== pin.sha)
                continue;
            const key = (0,online_facts/* tagKey */.E4)(pin.owner, pin.repo, tag);
            const name = `${pin.owner}/${pin.repo}`;
            let message;
            if (facts.online.commentBranches.has(key)) {
                message = `${name}@${pin.sha.slice(0, 12)}… has the comment ${tag}, which is a branch of ${name}, not a version.`;
            }
            else {
                if (!facts.online.tags.has(key))
                    continue;
                const tagCommit = facts.online.tags.get(key);
                if (tagCommit === pin.sha)
                    continue;
                message = tagCommit === null
                    ? `${name} has no tag ${tag}, but the pin's comment names it.`
                    : `${name} tag ${tag} points to ${tagCommit}, not the pinned ${pin.sha}: the tag moved since the pin was made, or the comment is wrong.`;
            }
            const best = pin.online.bestTag;
            const finding = {
                ruleId: this.meta.id,
                severity: severityFor(policy, this.meta),
                message: message + (best ? ` The tag at the pinned commit is ${best}.` : pin.online.tagsAtCommit?.length === 0 ? ' No tag points at the pinned commit.' : ''),
                file: pin.workflow.file,
                line: pin.uses.line,
                column: pin.uses.column,
                confidence: 'high',
                fixHint: best ? `correct the comment: # ${best}` : 'compare the two commits, then pin the one you trust and name its tag in the comment',
            };
            const edit = best ? commentEdit(pin.uses, best, policy.commentSeparator) : undefined;
            if (edit)
                finding.fix = { description: `correct the version comment of ${name}@${pin.sha.slice(0, 12)}… from ${tag} to ${best}`, file: pin.workflow.file, edits: [edit] };
            findings.push(finding);
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/index.ts


















/** Every pin-check rule, in the order their findings are reported. */
const PIN_RULES = [
    unpinnedUses,
    invalidUses,
    missingVersionComment,
    unpinnedImage,
    unpinned_install_unpinnedInstall,
    unpinnedOsPackage,
    unpinnedTools,
    missingLockfile,
    lockfileOutOfSync,
    missingToolVersion,
    invalidWorkflow,
    unknownReference,
    imposterCommit,
    versionCommentMismatch,
    staleActionRefs,
    refConfusion,
    deprecatedRuntime,
    onlineCheckFailed,
];

;// CONCATENATED MODULE: ./actions/pin-check/src/verify-only.ts
/** The rules that verify a pin that is already there; `invalid-workflow` too: a file that could not be read was not verified. */
const VERIFYING_RULES = new Set(['unknown-reference', 'imposter-commit', 'version-comment-mismatch', 'stale-action-refs', 'online-check-failed', 'invalid-workflow']);
/**
 * `mode: verify-only`: only what the checks say about existing SHA pins
 * (they exist, come from the repository and not a fork, match their version
 * comment, are a release). Unpinned references are not reported: this mode
 * checks a repository that is already pinned. Pure.
 */
function verifyOnly(findings, facts) {
    const pins = new Set();
    for (const workflow of facts.workflows) {
        for (const uses of workflow.uses) {
            if (isShaPin(uses.reference))
                pins.add(`${workflow.file}:${uses.line}`);
        }
    }
    return findings.filter((finding) => VERIFYING_RULES.has(finding.ruleId) && (finding.ruleId === 'invalid-workflow' || pins.has(`${finding.file}:${finding.line}`)));
}
/** How many SHA pins verify-only checked, for the summary. */
function countShaPins(facts) {
    return facts.workflows.reduce((count, workflow) => count + workflow.uses.filter((uses) => isShaPin(uses.reference)).length, 0);
}
function isShaPin(reference) {
    return reference.kind === 'remote' && reference.refKind === 'sha';
}

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./actions/pin-check/src/v8-flags.ts

const setV8Flags = external_node_v8_namespaceObject.setFlagsFromString;
/** `13` for Node 24's `13.6.233.17-node.63`; NaN for a version it cannot read, which no range matches. */
function v8Major(version) {
    return Number(version.split('.')[0]);
}

;// CONCATENATED MODULE: ./actions/pin-check/src/compile-tiers.ts

/**
 * pin-check's process setup, third part (see process-setup.ts): V8's top
 * compiler tier, TurboFan, waits until a run is long enough to pay it back.
 *
 * A check of a typical repository is over in well under a second. In that
 * time V8 starts optimising dozens of functions with TurboFan on its worker
 * threads, and most of that code arrives when the work it was for is done:
 * on the 1,000-workflow bench (Node 24) the workers spent ~350 ms of CPU
 * beside the main thread's ~480, on a two-core machine the main thread then
 * waited 40–80 ms for a core, and the main thread's own time was the same
 * with TurboFan off (Maglev, the tier below it, optimises the hot code
 * sooner and for less). Without TurboFan: workers ~180 ms, wall time −60 ms.
 *
 * On larger repositories TurboFan pays back, first in main-thread time (what
 * a machine with cores to spare pays), then in wall time on two cores
 * (bench/; generated corpora, medians, ms with TurboFan against without):
 * 8.5 MB of files, wall 725 against 672 but main thread 650 against 678;
 * 12 MB, 940 against 925 and 866 against 876; 19.5 MB, about 1,270 against
 * 1,300; 85 MB, 2,980 against 3,225. So it is held back at the start and let
 * go once the run has read LONG_RUN_CHARACTERS of text. Text read, not files
 * listed: forty huge scripts make a long run, three thousand tiny files a
 * short one (a fresh-eyes review measured both the other way round).
 *
 * Only on V8 13 (Node 24, what the action declares), where this was
 * measured and where Maglev is on: without Maglev (Node 20) the code would
 * stay unoptimised, the main thread twice as slow. Never where the process
 * was started with its own choice of tiers (`--jitless`, `--no-opt`,
 * `--max-opt`, …): turning TurboFan on in a jitless V8 crashes it. The flag
 * is read each time V8 decides to optimise, so setting it at run time works,
 * both ways (test/e2e/pin-check-tiers.e2e.test.ts checks it in the bundle's
 * process).
 */
/** Text read after which TurboFan is let go: about where its absence starts to cost the main thread (above). */
const LONG_RUN_CHARACTERS = 6 * 1024 * 1024;
/** Node and V8 options that choose compiler tiers; `_` and `-` are the same in V8's flags. */
const TIER_OPTION = /^--(no-)?(jitless|turbofan|opt|maglev|max-opt|always-turbofan|always-opt|sparkplug|always-sparkplug|lite-mode|max-lazy)(=|$)/;
/** The options the process was started with: its command line and NODE_OPTIONS. */
function startOptions(execArgv = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? '') {
    return [...execArgv, ...nodeOptions.split(/\s+/)].filter(Boolean).map((option) => option.replace(/_/g, '-'));
}
class TurbofanHold {
    setFlags;
    held = false;
    constructor(setFlags = setV8Flags) {
        this.setFlags = setFlags;
    }
    /** At start: held back on V8 13 unless the process chose its tiers itself. */
    holdBack(v8Version = process.versions.v8, options = startOptions()) {
        if (v8Major(v8Version) !== 13 || options.some((option) => TIER_OPTION.test(option)))
            return;
        this.setFlags('--no-turbofan');
        this.held = true;
    }
    /** A reader's progress, told each file's length: lets TurboFan go once the run is long. Nothing if not held back. */
    letGoOnLongRun() {
        let read = 0;
        return (characters) => {
            if (!this.held)
                return;
            read += characters;
            if (read <= LONG_RUN_CHARACTERS)
                return;
            this.setFlags('--turbofan');
            this.held = false;
        };
    }
}
/** The process's one hold: set by process setup, let go by the reading it is for. */
const turbofanHold = new TurbofanHold();

;// CONCATENATED MODULE: ./actions/pin-check/src/malloc-heap.ts
/**
 * pin-check's process setup, second part (see process-setup.ts): from here
 * on glibc keeps the memory it got for the C++ heap instead of returning it
 * and faulting it back in.
 *
 * V8 and Node allocate outside the JavaScript heap with malloc: the
 * compilers' zones above all, freed at the end of each compilation. glibc
 * returns the top of its heap to the system whenever more than its trim
 * threshold (128 KiB) is free there, and serves every request above its
 * mmap threshold (128 KiB) with a fresh mapping; the next compilation takes
 * the memory back, one first-touch page fault per 4 KiB (~10 µs each on the
 * bench's machine kind). Measured with strace on the 1,000-workflow bench,
 * Node 20: the heap grew by 2,213 pages and gave back 1,226 in 16 trims.
 *
 * glibc raises both thresholds by itself when a block it had mapped is
 * freed (malloc(3), M_MMAP_THRESHOLD: the mmap threshold becomes the block's
 * size, at most 32 MiB on 64-bit systems, and the trim threshold twice
 * that). Freeing one such block of just under 32 MiB at start-up does it for
 * the rest of the run: 1 trim instead of 16, ~1,800 fewer page faults,
 * 5–20 ms less wall and ~40 ms less CPU time on Node 20 (bench/, interleaved
 * batches of 21 runs). Node 24 trims little here and gains nothing measurable; it pays
 * nothing either. The block is never written, so its pages are never
 * touched: a calloc'd mapping is zero already and glibc does not clear it.
 * Settable from outside only by environment variables glibc reads at start
 * (MALLOC_MMAP_THRESHOLD_, MALLOC_TRIM_THRESHOLD_), which an action cannot
 * set for its own process.
 */
/** Above glibc's first mmap threshold (128 KiB); with its header and page rounding, within the 32 MiB ceiling. */
const THRESHOLD_RAISING_BYTES = 32 * 1024 * 1024 - 64 * 1024;
function keepMallocHeap(platform = process.platform, allocate = (bytes) => new ArrayBuffer(bytes)) {
    // glibc's allocator: Linux. Elsewhere a 32 MiB block allocated and freed would only cost its call.
    if (platform !== 'linux')
        return;
    let block;
    try {
        block = allocate(THRESHOLD_RAISING_BYTES);
    }
    catch {
        // No 32 MiB of address space (a tight `ulimit -v`): glibc keeps its thresholds and pin-check runs as before.
        return;
    }
    // Transferring to a zero-length buffer frees the memory now (Node 22+); on Node 20 the young generation's next
    // collection frees it, a few milliseconds into the run: nothing else holds it.
    block.transfer?.(0);
}

;// CONCATENATED MODULE: ./actions/pin-check/src/young-generation.ts

/**
 * pin-check's process setup, first part (see process-setup.ts): from here on V8
 * does not grow its young generation.
 *
 * pin-check keeps what it reads until it judges it: the facts of every
 * file, then every finding. V8 sees most young objects survive and doubles
 * the young generation each time (Node 20 up to 32 MB, Node 24 up to 64 MB),
 * and every page of it is touched for the first time: ~10 µs a page fault on
 * a small VM, a tenth of the run on the 1,000-workflow bench (bench/). Kept
 * at its first size, survivors move to the old generation at once and the
 * same young pages are reused. Measured on the bench: peak RSS 91 → 70 MiB,
 * minor faults ~18,000 → ~13,000, wall time −65 ms (Node 20), −45 ms (Node 24).
 * More small collections instead (15,000 workflows: 107 → 1,657 scavenges,
 * 430 → 865 ms of pauses on Node 20), which the faults saved outweigh here.
 *
 * `--semi-space-growth-factor` is read each time V8 grows the space, so
 * setting it at run time works (test/e2e/pin-check-heap.e2e.test.ts checks
 * that, on Node 20 and 24). V8 refuses a factor below 2 on its command line,
 * not at run time; a V8 that also refused it then would only leave pin-check
 * as slow as before. Set only on the V8 versions of Node 20 to 24, where it
 * was measured: a V8 without the flag would print "unrecognized flag" into
 * the step's log on every run.
 */
function keepYoungGenerationSmall(v8Version = process.versions.v8, setFlags = setV8Flags) {
    const major = v8Major(v8Version);
    if (major >= 11 && major <= 13)
        setFlags('--semi-space-growth-factor=1');
}

;// CONCATENATED MODULE: ./actions/pin-check/src/process-setup.ts



/**
 * pin-check's ActionDefinition.processSetup, called once by the entry points
 * that own their process (runMain, the root dispatcher, the CLI), never by
 * runAction, which tests call in their own process (the CLI's demo runs the
 * other actions after pin-check in the same process, with these settings:
 * outputs unchanged, checked by a review). The first two save page
 * faults of memory touched for the first time, what the bench's machine kind
 * pays most for; the third saves compiling a short run never gets back
 * (bench/). None changes what pin-check reads or reports.
 */
function pinCheckProcessSetup() {
    keepYoungGenerationSmall();
    keepMallocHeap();
    turbofanHold.holdBack();
}

;// CONCATENATED MODULE: ./actions/pin-check/src/definition.ts










const MODES = ['check', 'fix', 'dry-run', 'verify-only'];
const SEPARATORS = { 'one-space': ' ', 'two-spaces': '  ' };
const FIX_SCOPES = ['all', 'changed', 'changed-files'];
/** Runs every enabled rule over collected facts. Pure, for tests and the bench. */
function checkRepository(facts, policy) {
    const perRule = [];
    for (const rule of PIN_RULES)
        if (ruleEnabled(rule, policy))
            perRule.push(rule.check(facts, policy));
    // One native concatenation: this function runs once, unoptimised, and pushing thousands of findings one by
    // one through the iterator protocol cost more than any rule but the shell engine (bench/). concat, not flat():
    // flat() visits element by element (about 2 ms for 9,461 findings), concat copies each rule's array whole.
    const findings = [].concat(...perRule);
    // Rules skip out-of-scope files themselves; this catches any finding that names another file. Only path scopes can exclude.
    if (Object.keys(policy.paths).length === 0)
        return findings;
    return findings.filter((finding) => !finding.file || ruleAppliesTo(policy, finding.ruleId, finding.file));
}
const pinCheck = {
    name: 'pin-check',
    description: 'Toolchain and supply chain pinned: actions at commit SHAs, images by digest, installs pinned, lockfiles present',
    rules: [...PIN_RULES.map((rule) => rule.meta), (0,nothing_to_check/* nothingToCheckRule */.J)('pin-check')],
    secretInputs: ['token'],
    // Unpinned actions first: the few annotations a step gets go to what matters most.
    annotationPriority: PIN_RULES.map((rule) => rule.meta.id),
    renderSummary: renderPinSummary,
    processSetup: pinCheckProcessSetup,
    async run({ workspace, config, runner, inputs, env, stateRoot, redactor }) {
        const separator = inputs.enumeration('comment-separator', Object.keys(SEPARATORS), 'one-space');
        const policy = { ...readPinPolicy(config), commentSeparator: SEPARATORS[separator] };
        const mode = inputs.enumeration('mode', MODES, 'check');
        const fixScope = inputs.enumeration('fix-scope', FIX_SCOPES, 'all');
        const baseRef = inputs.string('base-ref') ?? env.GITHUB_BASE_REF?.trim();
        if (mode === 'verify-only' && policy.online === 'off')
            throw new gates_error/* GatesError */.xx('GATES_E_USAGE', { detail: 'mode verify-only checks pins against the GitHub API, but policy says `pin-check.online: off`.' });
        if (fixScope !== 'all' && (mode === 'fix' || mode === 'dry-run') && !baseRef)
            throw new gates_error/* GatesError */.xx('GATES_E_INPUT_MISSING', { input: 'base-ref' });
        const token = inputs.string('token') ?? '';
        const timeoutMs = inputs.duration('api-timeout', 10_000, api_timeout/* API_TIMEOUT_RANGE */.f);
        const budgetMs = inputs.duration('api-budget', 120_000);
        const facts = await runner.group('pin-check: reading the repository', () => (0,collect/* collectFacts */.M7)(workspace, turbofanHold.letGoOnLongRun()));
        runner.info(`Read ${facts.workflows.length} workflow/action file(s), ${facts.dockerfiles.length} Dockerfile(s), ${facts.scripts.length} shell script(s), ${facts.manifests.length} manifest(s).`);
        facts.online = await gatherOnlineFacts(facts, policy, { token, env, runner, timeoutMs, budgetMs });
        const notes = [describeOnline(facts.online)];
        let findings = checkRepository(facts, policy);
        if (mode === 'verify-only') {
            // Verifying pins without the API would pass everything unchecked: fail closed.
            if (facts.online.skipped)
                throw new gates_error/* GatesError */.xx('GATES_E_API_NO_TOKEN', { what: 'pin-check mode verify-only' });
            findings = verifyOnly(findings, facts);
            notes.push(`Verify-only: ${countShaPins(facts)} SHA pin(s) checked against their repositories; unpinned references are not reported in this mode.`);
        }
        const outputs = {};
        let summaryAppendix;
        if (mode === 'fix' || mode === 'dry-run') {
            if (facts.online.skipped) {
                notes.push(`Fix mode needs the GitHub API to resolve tags to commits (${facts.online.skipped}); no file was changed. Pass \`token\` to fix.`);
                runner.warning('pin-check fix mode changed nothing: it needs a token to resolve tags and branches to commits.');
            }
            // Loaded only in fix and dry-run modes.
            const [{ applyFixes }, { changeReasons, renderFixSummary }, { changedLines, inScope }] = await Promise.all([__nccwpck_require__.e(/* import() */ 146).then(__nccwpck_require__.bind(__nccwpck_require__, 50146)), __nccwpck_require__.e(/* import() */ 907).then(__nccwpck_require__.bind(__nccwpck_require__, 66907)), __nccwpck_require__.e(/* import() */ 640).then(__nccwpck_require__.bind(__nccwpck_require__, 35640))]);
            const changed = fixScope === 'all' ? undefined : await changedLines(workspace, baseRef);
            const result = await applyFixes(workspace, findings, mode === 'fix', (finding) => !changed || inScope(changed, finding.fix.file, finding.line, fixScope === 'changed-files'));
            if (changed)
                notes.push(`Fix scope: ${fixScope === 'changed' ? 'lines' : 'files'} changed against ${baseRef}.`);
            if (result.patch) {
                await runner.group(`pin-check: ${mode === 'fix' ? 'changes made' : 'changes a fix would make'}`, async () => {
                    runner.info(changeReasons(result).join('\n'));
                    runner.block(result.patch.trimEnd());
                });
                outputs['patch-file'] = await (0,report_files/* writeTextReport */.hS)((0,state_root/* statePath */.B)(stateRoot, 'reports', 'pin-check'), 'pin-check.patch', result.patch, redactor);
            }
            if (mode === 'fix')
                findings = findings.filter((finding) => !result.fixed.has(finding));
            outputs['fixed-files'] = mode === 'fix' ? result.files.join('\n') : '';
            summaryAppendix = renderFixSummary(result, mode, redactor);
        }
        const unpinned = findings.filter((finding) => !finding.waived && UNPINNED_RULES.has(finding.ruleId)).length;
        return {
            findings,
            // No workflow at all: the job forgot actions/checkout or runs in the wrong directory; passing would say "all pinned".
            // Nothing read and nothing refused: a file that could not be read is already an error finding of its own.
            nothingToCheck: facts.workflows.length + facts.dockerfiles.length + facts.scripts.length + facts.manifests.length + facts.skipped.length === 0 ? `no workflow, action, Dockerfile, script or manifest file (.github/workflows/*.yml, action.yml, …) in ${workspace}` : undefined,
            outputs: { 'unpinned-count': String(unpinned), ...outputs },
            notes,
            summaryAppendix,
            ledgerEvent: { files: facts.workflows.length, mode, apiCalls: facts.online.calls },
        };
    },
};
/** Rules whose findings are unpinned dependencies (the `unpinned-count` output). */
const UNPINNED_RULES = new Set(['unpinned-uses', 'unpinned-image', 'unpinned-install', 'missing-lockfile', 'lockfile-out-of-sync']);


/***/ }),

/***/ 13370:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parseDockerfile),
/* harmony export */   H: () => (/* binding */ isDigestPinned)
/* harmony export */ });
function parseDockerfile(path, text) {
    const facts = { path, froms: [], steps: [], stageParents: [] };
    const args = new Map();
    const stages = new Map();
    let stage = -1;
    for (const instruction of instructions(text)) {
        const { keyword, line } = instruction;
        if (keyword === 'ARG') {
            if (stage === -1)
                declareArgs(instruction.args, args);
        }
        else if (keyword === 'FROM') {
            stage++;
            const words = instruction.args.replace(/\\\n/g, ' ').trim().split(/\s+/).filter((word) => !word.startsWith('--'));
            const raw = words[0] ?? '';
            const image = substitute(raw, args);
            const parent = image === undefined ? undefined : stages.get(image.toLowerCase());
            facts.froms.push({ line, raw, image, internal: image !== undefined && (image.toLowerCase() === 'scratch' || parent !== undefined) });
            facts.stageParents.push(parent);
            const asIndex = words.findIndex((word) => word.toLowerCase() === 'as');
            if (asIndex > 0 && words[asIndex + 1])
                stages.set(words[asIndex + 1].toLowerCase(), stage);
        }
        else if (keyword === 'RUN') {
            for (const step of runSteps(instruction, Math.max(stage, 0)))
                facts.steps.push(step);
        }
        else if (keyword === 'ADD') {
            for (const step of addDownloads(instruction, Math.max(stage, 0)))
                facts.steps.push(step);
        }
    }
    return facts;
}
function declareArgs(text, args) {
    for (const declaration of text.replace(/\\\n/g, ' ').trim().split(/\s+/)) {
        const [name, ...value] = declaration.split('=');
        if (name)
            args.set(name, value.join('=').replace(/^["']|["']$/g, ''));
    }
}
function substitute(raw, args) {
    let unresolved = false;
    const value = raw.replace(/\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g, (_whole, braced, fallback, bare) => {
        const found = args.get(braced ?? bare);
        if (found)
            return found;
        if (fallback !== undefined)
            return fallback;
        unresolved = true;
        return '';
    });
    return unresolved ? undefined : value;
}
const RUN_FLAG = /^\s*--[\w-]+(=("[^"]*"|\S)*)?\s+/;
/** A RUN's script(s): the shell-form text, the exec-form array quoted as one shell command, or heredoc bodies. */
function runSteps(instruction, stage) {
    let args = instruction.args;
    while (RUN_FLAG.test(args))
        args = args.replace(RUN_FLAG, '');
    const { line, heredocs } = instruction;
    const exec = execForm(args);
    if (exec)
        return [{ kind: 'run', stage, line, script: exec, scriptLine: line }];
    if (heredocs.length > 0) {
        const command = args.replace(/<<-?\s*["']?\w+["']?/g, '').trim();
        // `RUN <<EOF` alone runs the body as the script; `RUN bash -e <<EOF` feeds it to that command.
        if (command === '')
            return heredocs.map((heredoc) => ({ kind: 'run', stage, line, script: heredoc.body, scriptLine: heredoc.line }));
        const script = [args, ...heredocs.flatMap((heredoc) => [heredoc.body, heredoc.delimiter])].join('\n');
        return [{ kind: 'run', stage, line, script, scriptLine: line }];
    }
    return [{ kind: 'run', stage, line, script: args, scriptLine: line }];
}
/** `["sh", "-c", "…"]` as a shell command line with each word single-quoted, or undefined for shell form. */
function execForm(args) {
    const trimmed = args.trim();
    if (!trimmed.startsWith('['))
        return undefined;
    let words;
    try {
        words = JSON.parse(trimmed.replace(/\\\n/g, ''));
    }
    catch {
        return undefined;
    }
    if (!Array.isArray(words) || !words.every((word) => typeof word === 'string'))
        return undefined;
    return words.map((word) => `'${word.replace(/'/g, "'\\''")}'`).join(' ');
}
/** `ADD [--checksum=…] <url>… <dest>`: each remote source is a download into dest. */
function addDownloads(instruction, stage) {
    const words = instruction.args.replace(/\\\n/g, ' ').trim().split(/\s+/);
    const verified = words.some((word) => word.startsWith('--checksum='));
    const operands = words.filter((word) => !word.startsWith('--'));
    const destination = operands.pop();
    if (destination === undefined)
        return [];
    return operands
        .filter((source) => /^https?:\/\//.test(source) && !/\.git(#|$)/.test(source))
        .map((url) => {
        const name = url.replace(/[?#].*$/, '').split('/').pop() ?? '';
        const output = destination.endsWith('/') ? `${destination}${name}` : destination;
        return { kind: 'download', stage, line: instruction.line, url, output, verified };
    });
}
/**
 * The instructions of a Dockerfile with their first line. Continuation lines
 * end with the escape character; comment and blank lines inside a
 * continuation are dropped (as BuildKit does), kept as continuation lines so
 * line numbers still map one to one. Heredoc bodies follow their instruction.
 */
function instructions(text) {
    const lines = text.split(/\r?\n/);
    const escape = escapeDirective(lines);
    const found = [];
    for (let index = 0; index < lines.length; index++) {
        const first = lines[index];
        if (/^\s*(#|$)/.test(first))
            continue;
        const match = /^\s*([A-Za-z]+)(\s+|$)(.*)$/.exec(first);
        if (!match)
            continue;
        const line = index + 1;
        const parts = [match[3]];
        while (endsWithEscape(parts[parts.length - 1], escape) && index + 1 < lines.length) {
            const last = parts.length - 1;
            parts[last] = `${parts[last].trimEnd().slice(0, -1)}\\`;
            const next = lines[++index];
            // A comment or blank line inside a continuation is not part of the instruction.
            parts.push(/^\s*(#|$)/.test(next) ? '\\' : next);
        }
        const args = parts.join('\n');
        const instruction = { keyword: match[1].toUpperCase(), args, line, heredocs: [] };
        if (instruction.keyword === 'RUN' || instruction.keyword === 'COPY' || instruction.keyword === 'ADD') {
            for (const heredoc of args.matchAll(/<<(-?)\s*["']?(\w+)["']?/g)) {
                const body = [];
                const start = index + 2;
                while (index + 1 < lines.length) {
                    const next = lines[++index];
                    if ((heredoc[1] ? next.replace(/^\t+/, '') : next).trimEnd() === heredoc[2])
                        break;
                    body.push(next);
                }
                instruction.heredocs.push({ delimiter: heredoc[2], body: body.join('\n'), line: start });
            }
        }
        found.push(instruction);
    }
    return found;
}
function endsWithEscape(line, escape) {
    return line.trimEnd().endsWith(escape) && !/^\s*#/.test(line);
}
/** `# escape=\`` among the parser directives at the top of the file (before any other line). */
function escapeDirective(lines) {
    for (const line of lines) {
        const directive = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(line);
        if (!directive)
            break;
        if (directive[1].toLowerCase() === 'escape' && (directive[2] === '`' || directive[2] === '\\'))
            return directive[2];
    }
    return '\\';
}
/** An image reference pinned by content: `name@sha256:<64 hex>`. */
function isDigestPinned(image) {
    return /@sha256:[0-9a-f]{64}$/.test(image);
}


/***/ }),

/***/ 30586:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5233);
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(209);


await (0,_gates_core__WEBPACK_IMPORTED_MODULE_1__/* .runMain */ .V)(_definition_js__WEBPACK_IMPORTED_MODULE_0__/* .pinCheck */ .ct);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 35029:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ actionRuntime),
/* harmony export */   k: () => (/* binding */ DEPRECATED_RUNTIMES)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(33243);

/** `runs.using` of an action.yml (node20, composite, docker...), or undefined. Pure. */
function actionRuntime(actionYaml) {
    let document;
    try {
        document = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(actionYaml);
    }
    catch {
        return undefined;
    }
    const runs = document?.runs;
    const using = runs && typeof runs === 'object' ? runs.using : undefined;
    return typeof using === 'string' ? using.trim().toLowerCase() : undefined;
}
/** Node runtimes GitHub has removed or is removing from hosted runners. */
const DEPRECATED_RUNTIMES = {
    node12: 'removed from runners in 2023',
    node16: 'removed from runners in 2024',
    node20: 'removed from runners in 2026',
};


/***/ }),

/***/ 7551:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Db: () => (/* binding */ referenceKey),
/* harmony export */   E4: () => (/* binding */ tagKey),
/* harmony export */   gV: () => (/* binding */ skippedOnline)
/* harmony export */ });
function referenceKey(owner, repo, path, ref) {
    return `${owner}/${repo}${path ? `/${path}` : ''}@${ref}`.toLowerCase();
}
function tagKey(owner, repo, tag) {
    return `${owner}/${repo}`.toLowerCase() + `:${tag}`;
}
function skippedOnline(reason) {
    return { skipped: reason, references: new Map(), tags: new Map(), commentBranches: new Map(), calls: 0 };
}


/***/ }),

/***/ 20228:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ parseUses),
/* harmony export */   cl: () => (/* binding */ quoteValue),
/* harmony export */   qW: () => (/* binding */ classifyRef)
/* harmony export */ });
const REMOTE = 'expected owner/repo[/path]@ref, ./path, $/path or docker://image';
const NAME = /^[\w.-]+$/;
function parseUses(value) {
    if (value.includes('${{'))
        return { kind: 'expression' };
    if (/\s/.test(value))
        return { kind: 'invalid', reason: /[\r\n]/.test(value) ? 'it contains a line break (a block scalar keeps it); GitHub reads it as part of the reference' : 'it contains spaces' };
    if (value.startsWith('./') || value.startsWith('.\\'))
        return { kind: 'local', path: value };
    if (value.startsWith('$/')) {
        if (value.includes('@'))
            return { kind: 'invalid', reason: 'a self-repository reference ($/path) takes no @ref: it runs the workflow\'s own commit' };
        return value.length > 2 ? { kind: 'self', path: value.slice(2) } : { kind: 'invalid', reason: 'a self-repository reference needs a path after $/' };
    }
    if (value.startsWith('docker://'))
        return value.length > 'docker://'.length ? { kind: 'docker', image: value.slice('docker://'.length) } : { kind: 'invalid', reason: 'docker:// needs an image' };
    const at = value.indexOf('@');
    if (at <= 0 || at === value.length - 1 || value.indexOf('@', at + 1) !== -1)
        return { kind: 'invalid', reason: REMOTE };
    // Offsets rather than split and rest-destructuring: this runs for every uses: of a repository.
    const ownerEnd = value.indexOf('/');
    if (ownerEnd <= 0 || ownerEnd > at)
        return { kind: 'invalid', reason: REMOTE };
    const repoEnd = value.indexOf('/', ownerEnd + 1);
    const nameEnd = repoEnd === -1 || repoEnd > at ? at : repoEnd;
    const owner = value.slice(0, ownerEnd);
    const repo = value.slice(ownerEnd + 1, nameEnd);
    const path = nameEnd === at ? '' : value.slice(nameEnd + 1, at);
    const emptySegment = nameEnd !== at && path.split('/').includes('');
    if (!NAME.test(owner) || !NAME.test(repo) || emptySegment)
        return { kind: 'invalid', reason: REMOTE };
    const ref = value.slice(at + 1);
    return { kind: 'remote', owner, repo, path, ref, refKind: classifyRef(ref) };
}
/** A value for a message: in double quotes, line breaks and control characters escaped, so it stays on one line. */
function quoteValue(value) {
    return JSON.stringify(value);
}
function classifyRef(ref) {
    if (/^[0-9a-f]{40}$/.test(ref) || /^[0-9a-f]{64}$/.test(ref))
        return 'sha';
    if (/^[0-9a-f]{7,39}$/.test(ref))
        return 'short-sha';
    if (/^v?\d+(\.\d+){0,2}([-+][\w.-]+)?$/.test(ref))
        return 'semver-tag';
    return 'branch-or-tag';
}


/***/ }),

/***/ 80946:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ versionInComment),
/* harmony export */   l: () => (/* binding */ branchInComment)
/* harmony export */ });
const PREFIX = /^(?:ratchet:[\w.-]+\/[\w./-]+@|(?:tag|version|ver|release|pin(?:ned)?(?:\s+(?:to|at))?)(?:\s*[:=]\s*|\s+)@?|@)/i;
const TOKEN = /^[\w./+-]*[\w+]/;
const VERSION = /^(?:[\w.-]+\/)*v?\d+(?:\.\d+){0,3}(?:[-+.]?[0-9A-Za-z][0-9A-Za-z.+-]*)?$/;
/** Names that are branches in nearly every repository: on a SHA pin they say nothing about the release. */
const BRANCHES = new Set(['main', 'master', 'develop', 'development', 'dev', 'trunk', 'head', 'default']);
/**
 * Comments already read: a repository pins the same release in many files (the bench corpus: 2,566 SHA pins,
 * a few dozen distinct comments), and two rules and the online stage each read every pin's comment with three
 * regular expressions. Tokens are frozen: every caller gets the same object. Bounded, for a long-lived process.
 */
const commentWords = new Map();
const MAX_COMMENTS = 10_000;
function commentWord(comment) {
    let word = commentWords.get(comment);
    if (word === undefined) {
        const token = firstToken(comment);
        word = { token, isVersion: token !== undefined && VERSION.test(token.tag), isBranch: token !== undefined && BRANCHES.has(token.tag.toLowerCase()) };
        if (commentWords.size >= MAX_COMMENTS)
            commentWords.clear();
        commentWords.set(comment, word);
    }
    return word;
}
/** The first word of the comment after a known prefix, with its offsets. */
function firstToken(comment) {
    const prefix = PREFIX.exec(comment)?.[0].length ?? 0;
    const token = TOKEN.exec(comment.slice(prefix));
    return token ? Object.freeze({ tag: token[0], start: prefix, end: prefix + token[0].length }) : undefined;
}
function versionInComment(comment) {
    if (comment === undefined)
        return undefined;
    const word = commentWord(comment);
    return word.isVersion ? word.token : undefined;
}
/** A comment that names a well-known branch (`# main`, `# tag=master`) instead of a version. */
function branchInComment(comment) {
    if (comment === undefined)
        return undefined;
    const word = commentWord(comment);
    return word.isBranch ? word.token : undefined;
}


/***/ }),

/***/ 10494:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J7: () => (/* binding */ npmWorkspaceRoot),
/* harmony export */   Q1: () => (/* binding */ goWorkspaceRoot),
/* harmony export */   Rw: () => (/* binding */ dirOf),
/* harmony export */   _q: () => (/* binding */ cargoWorkspaceRoot),
/* harmony export */   lW: () => (/* binding */ pathIn),
/* harmony export */   zo: () => (/* binding */ uvWorkspaceRoot)
/* harmony export */ });
/* unused harmony exports hasTable, tomlArray */
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(13483);
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(33243);


function dirOf(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
/** `name` inside `dir`, a workspace-relative path ('' is the workspace). */
function pathIn(dir, name) {
    return dir ? `${dir}/${name}` : name;
}
/** `dir` relative to its ancestor `root`. */
function relativeTo(root, dir) {
    return root === '' ? dir : dir.slice(root.length + 1);
}
function ancestors(dir) {
    const found = [];
    for (let current = dir; current !== '';) {
        current = dirOf(current);
        found.push(current);
    }
    return found;
}
/** Globs with `!negations`, relative to a root, as workspace fields write them (`./packages/*`, `apps/**`). */
function membersMatcher(patterns) {
    const clean = (pattern) => pattern.replace(/^\.\//, '').replace(/\/+$/, '');
    const included = (0,_gates_core__WEBPACK_IMPORTED_MODULE_1__/* .globMatcher */ .f)(patterns.filter((pattern) => !pattern.startsWith('!')).map(clean));
    const excluded = (0,_gates_core__WEBPACK_IMPORTED_MODULE_1__/* .globMatcher */ .f)(patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => clean(pattern.slice(1))));
    return (dir) => included(dir) && !excluded(dir);
}
/** The nearest ancestor of `dir` that lists it as a member, by `members(rootDir)` globs (undefined when none does). */
function workspaceRoot(dir, members, extra) {
    for (const root of ancestors(dir)) {
        const patterns = members(root);
        const relative = relativeTo(root, dir);
        if ((patterns && membersMatcher(patterns)(relative)) || extra?.(root, relative))
            return root;
    }
    return undefined;
}
/** npm/yarn/bun `workspaces` (a list, or `{ packages: [...] }`) and pnpm-workspace.yaml `packages`. */
function npmWorkspaceRoot(dir, texts) {
    return workspaceRoot(dir, (root) => {
        const patterns = [];
        const manifest = parseJson(texts.get(pathIn(root, 'package.json')));
        const workspaces = manifest?.workspaces;
        const list = Array.isArray(workspaces) ? workspaces : workspaces?.packages;
        if (Array.isArray(list))
            for (const item of list)
                if (typeof item === 'string')
                    patterns.push(item);
        const pnpm = parseYaml(texts.get(pathIn(root, 'pnpm-workspace.yaml')));
        if (Array.isArray(pnpm?.packages))
            for (const item of pnpm.packages)
                if (typeof item === 'string')
                    patterns.push(item);
        return patterns.length > 0 ? patterns : undefined;
    });
}
/** Cargo: `[workspace] members` minus `exclude`, the root package's path dependencies, or a member's `package.workspace`. */
function cargoWorkspaceRoot(dir, texts) {
    const own = texts.get(pathIn(dir, 'Cargo.toml')) ?? '';
    const declared = tomlString(own, 'package', 'workspace');
    if (declared !== undefined)
        return normalize(dir ? `${dir}/${declared}` : declared);
    return workspaceRoot(dir, (root) => {
        const text = texts.get(pathIn(root, 'Cargo.toml'));
        if (text === undefined || !hasTable(text, 'workspace'))
            return undefined;
        const members = tomlArray(text, 'workspace', 'members') ?? [];
        return [...members, ...(tomlArray(text, 'workspace', 'exclude') ?? []).map((pattern) => `!${pattern}`)];
    }, (root, relative) => {
        const text = texts.get(pathIn(root, 'Cargo.toml'));
        return text !== undefined && hasTable(text, 'workspace') && [...text.matchAll(/\bpath\s*=\s*"([^"]+)"/g)].some((match) => normalize(match[1]) === relative);
    });
}
/** uv: `[tool.uv.workspace] members` minus `exclude`. */
function uvWorkspaceRoot(dir, texts) {
    return workspaceRoot(dir, (root) => {
        const text = texts.get(pathIn(root, 'pyproject.toml'));
        if (text === undefined || !hasTable(text, 'tool.uv.workspace'))
            return undefined;
        return [...(tomlArray(text, 'tool.uv.workspace', 'members') ?? []), ...(tomlArray(text, 'tool.uv.workspace', 'exclude') ?? []).map((pattern) => `!${pattern}`)];
    });
}
/** go.work: the directory of a go.work whose `use` directives name this module. */
function goWorkspaceRoot(dir, texts) {
    return workspaceRoot(dir, (root) => {
        const text = texts.get(pathIn(root, 'go.work'));
        if (text === undefined)
            return undefined;
        const uses = [...text.matchAll(/^\s*use\s+(?:\(([^)]*)\)|(\S+))/gm)].flatMap((match) => (match[1] ?? match[2]).split(/\s+/)).filter((entry) => entry && !entry.startsWith('//'));
        return uses.map((entry) => normalize(entry) || '.');
    });
}
function normalize(path) {
    const parts = [];
    for (const part of path.replace(/\\/g, '/').split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            parts.pop();
        else
            parts.push(part);
    }
    return parts.join('/');
}
function parseJson(text) {
    if (text === undefined)
        return undefined;
    try {
        const parsed = JSON.parse(text);
        return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
function parseYaml(text) {
    if (text === undefined)
        return undefined;
    try {
        const parsed = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(text);
        return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/** The body of TOML table `[name]`, up to the next table header. */
function tomlTable(text, name) {
    const header = new RegExp(`^\\[${name.replace(/\./g, '\\.')}\\]\\s*(#.*)?$`, 'm').exec(text);
    if (!header)
        return undefined;
    const rest = text.slice(header.index + header[0].length);
    const next = /^\[/m.exec(rest);
    return next ? rest.slice(0, next.index) : rest;
}
function hasTable(text, name) {
    return tomlTable(text, name) !== undefined;
}
/** The strings of `key = [ "a", 'b' ]` in table `name` (arrays may span lines). */
function tomlArray(text, table, key) {
    const body = tomlTable(text, table);
    const match = body === undefined ? null : new RegExp(`^\\s*${key}\\s*=\\s*\\[([^\\]]*)\\]`, 'm').exec(body);
    if (!match)
        return undefined;
    return [...match[1].replace(/#.*$/gm, '').matchAll(/"([^"]*)"|'([^']*)'/g)].map((item) => item[1] ?? item[2]);
}
function tomlString(text, table, key) {
    const body = tomlTable(text, table);
    const match = body === undefined ? null : new RegExp(`^\\s*${key}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'm').exec(body);
    return match ? (match[1] ?? match[2]) : undefined;
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

/***/ 5233:
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

;// CONCATENATED MODULE: ./packages/core/src/redact/secret-strength.ts
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
        const refusal = refusalOf(value, this.minLength);
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

// EXTERNAL MODULE: ./packages/core/src/report/summary-budget.ts
var summary_budget = __nccwpck_require__(21260);
// EXTERNAL MODULE: ./packages/core/src/report/untrusted-text.ts
var untrusted_text = __nccwpck_require__(47920);
;// CONCATENATED MODULE: ./packages/core/src/runner/github-context.ts
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
        if (isDebug(host.env) && error.cause instanceof Error && error.cause.stack)
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

;// CONCATENATED MODULE: ./packages/core/src/action/crash-handlers.ts

/**
 * Last line of defence for an entry point: an exception or rejection that
 * escapes everything else is reported like any other internal error (exit 4,
 * no stack trace unless debug) instead of Node's raw trace.
 */
function installCrashHandlers(host, action) {
    const crash = (thrown) => {
        process.exitCode = reportError(thrown, host, action);
        process.exit();
    };
    process.on('uncaughtException', crash);
    process.on('unhandledRejection', crash);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
;// CONCATENATED MODULE: ./packages/core/src/lock/lock.ts
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
        return withLock(this.lock, 'ledger', async (held) => {
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
        return withLock(this.lock, 'ledger', async () => this.reconcile().records);
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

// EXTERNAL MODULE: ./packages/core/src/findings/model.ts
var model = __nccwpck_require__(96797);
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
        const { timeout, staleAfter, primitive } = { ...DEFAULT_LOCK_OPTIONS, ...this.defaults, ...options };
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
;// CONCATENATED MODULE: ./packages/core/src/state/quiesce.ts








const POLL_MS = 200;
function quiescePath(stateRoot) {
    return (0,state_root/* statePath */.B)(stateRoot, 'quiesce.json');
}
function setQuiesce(stateRoot, gate, run) {
    const marker = { gate, since: new Date().toISOString(), run, pid: process.pid, host: hostname() };
    writeFileAtomically(quiescePath(stateRoot), JSON.stringify(marker), { root: stateRoot, durable: true, directoryMode: 0o700 });
    return marker;
}
/** Removes the marker, only if it is this process's own (a newer rollback's marker stays). */
function clearQuiesce(stateRoot) {
    const marker = readQuiesce(stateRoot);
    if (marker && marker.pid === process.pid && marker.host === hostname())
        rmSync(quiescePath(stateRoot), { force: true });
}
/** The marker in force, or undefined (none, unreadable as a marker, or stale). */
function readQuiesce(stateRoot) {
    const bytes = (0,read_file/* readRegularFileIfExists */.SB)(quiescePath(stateRoot), { maxBytes: 4096, noFollow: true });
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
    if (marker.host === (0,external_node_os_.hostname)() && !(0,process_alive/* isProcessAlive */.j)(marker.pid))
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
        if (marker.pid === process.pid && marker.host === (0,external_node_os_.hostname)())
            return;
        if (policy.policy === 'fail' || Date.now() >= deadline) {
            const detail = policy.policy === 'fail' ? '; quiesce.policy is fail' : `; waited ${Math.round(policy.timeoutMs / 1000)}s`;
            throw new gates_error/* GatesError */.xx('GATES_E_QUIESCED', { gate: marker.gate, since: marker.since, run: marker.run, detail });
        }
        if (!told)
            onWait(marker);
        told = true;
        await (0,promises_.setTimeout)(POLL_MS);
    }
}

// EXTERNAL MODULE: ./packages/core/src/state-transport/segment-name.ts
var segment_name = __nccwpck_require__(84380);
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
;// CONCATENATED MODULE: ./packages/core/src/state-transport/state-mode.ts

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
        throw new gates_error/* GatesError */.xx('GATES_E_STATE_CACHE', {});
    const onActions = Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
    if (requested === 'auto')
        return onActions ? 'artifact' : 'local';
    if (requested !== 'local' && !onActions) {
        throw new gates_error/* GatesError */.xx('GATES_E_USAGE', { detail: `state: ${requested} needs the Actions results service (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL), which only a GitHub Actions job has; use state: auto or local here` });
    }
    return requested;
}
/** The retention the runner sets for the run's artifacts (GITHUB_RETENTION_DAYS), or undefined to let the service decide. */
function retentionDays(env) {
    const days = Number(env.GITHUB_RETENTION_DAYS);
    return Number.isSafeInteger(days) && days > 0 ? days : undefined;
}

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
    const requested = inputs.string('state') ? inputs.enumeration('state', STATE_MODES, 'auto') : ((0,config_layers/* valueAt */.fK)(config.values, 'state') ?? 'auto');
    const publish = inputs.string('publish') ? inputs.enumeration('publish', PUBLISH_MODES, 'none') : ((0,config_layers/* valueAt */.fK)(config.values, 'publish') ?? 'none');
    const timeout = (0,config_layers/* valueAt */.fK)(config.values, 'state-timeout');
    const anchorKey = inputs.string('anchor-key');
    if (anchorKey && anchorKey.length < MIN_ANCHOR_KEY_LENGTH) {
        // Any step of the run can download a signed segment (its MAC, over text it can read) and guess the key offline:
        // a short key, once guessed, signs forged passes. The value is not named: a short one is not masked either.
        throw new gates_error/* GatesError */.xx('GATES_E_INPUT_INVALID', { input: 'anchor-key', value: `a secret of ${anchorKey.length} characters`, expected: `a random secret of at least ${MIN_ANCHOR_KEY_LENGTH} characters (\`openssl rand -hex 32\`)` });
    }
    return {
        mode: resolveStateMode(requested, env),
        publish,
        timeoutMs: timeout ? (0,inputs_parse/* parseDuration */.E9)(timeout, { minMs: 1000, maxMs: 600_000 }) : DEFAULT_STATE_TIMEOUT_MS,
        ...(anchorKey ? { anchorKey } : {}),
    };
}
/** Restores the run's segments before the action runs (artifact mode), so the ledger counts past them; with the anchor key, only signed ones. */
function openStepState(settings, stateRoot, env, ledger, runner) {
    const store = settings.mode === 'artifact' ? (0,segment_store/* artifactStore */.iA)(retentionDays(env)) : undefined;
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

// EXTERNAL MODULE: ./packages/core/src/github/api-timeout.ts
var api_timeout = __nccwpck_require__(26515);
// EXTERNAL MODULE: ./packages/core/src/action/nothing-to-check.ts
var nothing_to_check = __nccwpck_require__(43830);
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
            runner.warning(`${label} is ${describeRefusal(refusal, redactor.minLength)}; it is not masked (masking it would mangle the log and protect nothing).`);
        stateRoot = (0,state_root/* resolveStateRoot */.U)(env, (message) => runner.warning(message));
        const lock = new LockfileLock((0,state_root/* statePath */.B)(stateRoot, 'locks'));
        const ledger = new Ledger(ledgerPath(stateRoot), lock, {
            redactor,
            requireAnchor: (0,config_layers/* valueAt */.fK)(config.values, 'audit.require-anchor') === true,
            onNotice: (message) => runner.warning(message),
            origin: (0,segment_name/* recordOrigin */.MY)(env),
        });
        const links = repositoryLinks(env);
        // No gate starts while a rollback restores files (checkpoint-restore checks it itself: its rollback sets the marker).
        if (!definition.checksQuiesce)
            await awaitQuiesce(stateRoot, quiescePolicy(config), (marker) => runner.info(`Waiting: a rollback of gate "${marker.gate}" (run ${marker.run}) has quiesced the gates since ${marker.since}.`));
        const stateSettings = stepStateSettings(inputs, config, env);
        const state = await openStepState(stateSettings, stateRoot, env, ledger, runner);
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
            ...runIdentity(env),
            ...(waivers.statuses.length > 0 ? { waivers: waivers.counts } : {}),
        });
        runner.debug(`audit ledger record ${record.lamport} ${record.hash}`);
        const exitCode = (0,model/* gateFails */.xd)(report) ? exit_codes/* ExitCode */.y.GateFailed : exit_codes/* ExitCode */.y.Pass;
        recordMetric(stateRoot, runner, { action: definition.name, verdict, exitCode, durationMs: performance.now() - started, findings: report.findings, extras: { ...outcome.metrics, ...waiverMetrics(waivers.counts) }, env, now: new Date() });
        const token = inputs.string('token');
        const apiTimeoutMs = env.INPUT_API_TIMEOUT ? inputs.duration('api-timeout', 10_000, api_timeout/* API_TIMEOUT_RANGE */.f) : undefined;
        await finishStepState(stateSettings, state, ledger, { action: definition.name, verdict, record, reportDirectory, ...(token ? { token } : {}), ...(apiTimeoutMs ? { apiTimeoutMs } : {}) }, env, runner);
        return exitCode;
    }
    catch (thrown) {
        const exitCode = reportError(thrown, host, definition.name);
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

;// CONCATENATED MODULE: ./packages/core/src/action/run-main.ts





/** The whole body of an action bundle's entry point: run on the GitHub runner, set the exit code. */
async function runMain(definition) {
    const redactor = new Redactor();
    const runner = new GitHubRunner(process.env, redactor);
    installCrashHandlers({ env: process.env, runner, redactor }, definition.name);
    definition.processSetup?.();
    process.exitCode = await runAction(definition, { env: process.env, runner, redactor });
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
/* harmony export */   fX: () => (/* binding */ containedPath)
/* harmony export */ });
/* unused harmony exports containedDirectory, PathOutside */
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
/* harmony export */   GY: () => (/* binding */ createTemporary),
/* harmony export */   fs: () => (/* binding */ sweepStaleTemporaries)
/* harmony export */ });
/* unused harmony export isTemporaryName */
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
/* harmony export */   Pw: () => (/* binding */ SEGMENT_PREFIX)
/* harmony export */ });
/* unused harmony exports jobKey, jobBackendId */
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
    const connect = () => (client ??= Promise.all(/* import() */[__nccwpck_require__.e(351), __nccwpck_require__.e(72)]).then(__nccwpck_require__.bind(__nccwpck_require__, 57072)).then((module) => new module.DefaultArtifactClient()));
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

/***/ 33243:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hh: () => (/* binding */ load),
/* harmony export */   uH: () => (/* binding */ FAILSAFE_SCHEMA)
/* harmony export */ });
/* unused harmony exports CORE_SCHEMA, DEFAULT_SCHEMA, JSON_SCHEMA, Schema, Type, YAMLException, default, dump, loadAll, safeDump, safeLoad, safeLoadAll, types */

/*! js-yaml 4.1.1 https://github.com/nodeca/js-yaml @license MIT */
function isNothing(subject) {
  return (typeof subject === 'undefined') || (subject === null);
}


function isObject(subject) {
  return (typeof subject === 'object') && (subject !== null);
}


function toArray(sequence) {
  if (Array.isArray(sequence)) return sequence;
  else if (isNothing(sequence)) return [];

  return [ sequence ];
}


function extend(target, source) {
  var index, length, key, sourceKeys;

  if (source) {
    sourceKeys = Object.keys(source);

    for (index = 0, length = sourceKeys.length; index < length; index += 1) {
      key = sourceKeys[index];
      target[key] = source[key];
    }
  }

  return target;
}


function repeat(string, count) {
  var result = '', cycle;

  for (cycle = 0; cycle < count; cycle += 1) {
    result += string;
  }

  return result;
}


function isNegativeZero(number) {
  return (number === 0) && (Number.NEGATIVE_INFINITY === 1 / number);
}


var isNothing_1      = isNothing;
var isObject_1       = isObject;
var toArray_1        = toArray;
var repeat_1         = repeat;
var isNegativeZero_1 = isNegativeZero;
var extend_1         = extend;

var common = {
	isNothing: isNothing_1,
	isObject: isObject_1,
	toArray: toArray_1,
	repeat: repeat_1,
	isNegativeZero: isNegativeZero_1,
	extend: extend_1
};

// YAML error class. http://stackoverflow.com/questions/8458984


function formatError(exception, compact) {
  var where = '', message = exception.reason || '(unknown reason)';

  if (!exception.mark) return message;

  if (exception.mark.name) {
    where += 'in "' + exception.mark.name + '" ';
  }

  where += '(' + (exception.mark.line + 1) + ':' + (exception.mark.column + 1) + ')';

  if (!compact && exception.mark.snippet) {
    where += '\n\n' + exception.mark.snippet;
  }

  return message + ' ' + where;
}


function YAMLException$1(reason, mark) {
  // Super constructor
  Error.call(this);

  this.name = 'YAMLException';
  this.reason = reason;
  this.mark = mark;
  this.message = formatError(this, false);

  // Include stack trace in error object
  if (Error.captureStackTrace) {
    // Chrome and NodeJS
    Error.captureStackTrace(this, this.constructor);
  } else {
    // FF, IE 10+ and Safari 6+. Fallback for others
    this.stack = (new Error()).stack || '';
  }
}


// Inherit from Error
YAMLException$1.prototype = Object.create(Error.prototype);
YAMLException$1.prototype.constructor = YAMLException$1;


YAMLException$1.prototype.toString = function toString(compact) {
  return this.name + ': ' + formatError(this, compact);
};


var exception = YAMLException$1;

// get snippet for a single line, respecting maxLength
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  var head = '';
  var tail = '';
  var maxHalfLength = Math.floor(maxLineLength / 2) - 1;

  if (position - lineStart > maxHalfLength) {
    head = ' ... ';
    lineStart = position - maxHalfLength + head.length;
  }

  if (lineEnd - position > maxHalfLength) {
    tail = ' ...';
    lineEnd = position + maxHalfLength - tail.length;
  }

  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, '→') + tail,
    pos: position - lineStart + head.length // relative position
  };
}


function padStart(string, max) {
  return common.repeat(' ', max - string.length) + string;
}


function makeSnippet(mark, options) {
  options = Object.create(options || null);

  if (!mark.buffer) return null;

  if (!options.maxLength) options.maxLength = 79;
  if (typeof options.indent      !== 'number') options.indent      = 1;
  if (typeof options.linesBefore !== 'number') options.linesBefore = 3;
  if (typeof options.linesAfter  !== 'number') options.linesAfter  = 2;

  var re = /\r?\n|\r|\0/g;
  var lineStarts = [ 0 ];
  var lineEnds = [];
  var match;
  var foundLineNo = -1;

  while ((match = re.exec(mark.buffer))) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);

    if (mark.position <= match.index && foundLineNo < 0) {
      foundLineNo = lineStarts.length - 2;
    }
  }

  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;

  var result = '', i, line;
  var lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
  var maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);

  for (i = 1; i <= options.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    line = getLine(
      mark.buffer,
      lineStarts[foundLineNo - i],
      lineEnds[foundLineNo - i],
      mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
      maxLineLength
    );
    result = common.repeat(' ', options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) +
      ' | ' + line.str + '\n' + result;
  }

  line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += common.repeat(' ', options.indent) + padStart((mark.line + 1).toString(), lineNoLength) +
    ' | ' + line.str + '\n';
  result += common.repeat('-', options.indent + lineNoLength + 3 + line.pos) + '^' + '\n';

  for (i = 1; i <= options.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    line = getLine(
      mark.buffer,
      lineStarts[foundLineNo + i],
      lineEnds[foundLineNo + i],
      mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
      maxLineLength
    );
    result += common.repeat(' ', options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) +
      ' | ' + line.str + '\n';
  }

  return result.replace(/\n$/, '');
}


var snippet = makeSnippet;

var TYPE_CONSTRUCTOR_OPTIONS = [
  'kind',
  'multi',
  'resolve',
  'construct',
  'instanceOf',
  'predicate',
  'represent',
  'representName',
  'defaultStyle',
  'styleAliases'
];

var YAML_NODE_KINDS = [
  'scalar',
  'sequence',
  'mapping'
];

function compileStyleAliases(map) {
  var result = {};

  if (map !== null) {
    Object.keys(map).forEach(function (style) {
      map[style].forEach(function (alias) {
        result[String(alias)] = style;
      });
    });
  }

  return result;
}

function Type$1(tag, options) {
  options = options || {};

  Object.keys(options).forEach(function (name) {
    if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
      throw new exception('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
    }
  });

  // TODO: Add tag format check.
  this.options       = options; // keep original options in case user wants to extend this type later
  this.tag           = tag;
  this.kind          = options['kind']          || null;
  this.resolve       = options['resolve']       || function () { return true; };
  this.construct     = options['construct']     || function (data) { return data; };
  this.instanceOf    = options['instanceOf']    || null;
  this.predicate     = options['predicate']     || null;
  this.represent     = options['represent']     || null;
  this.representName = options['representName'] || null;
  this.defaultStyle  = options['defaultStyle']  || null;
  this.multi         = options['multi']         || false;
  this.styleAliases  = compileStyleAliases(options['styleAliases'] || null);

  if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
    throw new exception('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
  }
}

var type = Type$1;

/*eslint-disable max-len*/





function compileList(schema, name) {
  var result = [];

  schema[name].forEach(function (currentType) {
    var newIndex = result.length;

    result.forEach(function (previousType, previousIndex) {
      if (previousType.tag === currentType.tag &&
          previousType.kind === currentType.kind &&
          previousType.multi === currentType.multi) {

        newIndex = previousIndex;
      }
    });

    result[newIndex] = currentType;
  });

  return result;
}


function compileMap(/* lists... */) {
  var result = {
        scalar: {},
        sequence: {},
        mapping: {},
        fallback: {},
        multi: {
          scalar: [],
          sequence: [],
          mapping: [],
          fallback: []
        }
      }, index, length;

  function collectType(type) {
    if (type.multi) {
      result.multi[type.kind].push(type);
      result.multi['fallback'].push(type);
    } else {
      result[type.kind][type.tag] = result['fallback'][type.tag] = type;
    }
  }

  for (index = 0, length = arguments.length; index < length; index += 1) {
    arguments[index].forEach(collectType);
  }
  return result;
}


function Schema$1(definition) {
  return this.extend(definition);
}


Schema$1.prototype.extend = function extend(definition) {
  var implicit = [];
  var explicit = [];

  if (definition instanceof type) {
    // Schema.extend(type)
    explicit.push(definition);

  } else if (Array.isArray(definition)) {
    // Schema.extend([ type1, type2, ... ])
    explicit = explicit.concat(definition);

  } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
    // Schema.extend({ explicit: [ type1, type2, ... ], implicit: [ type1, type2, ... ] })
    if (definition.implicit) implicit = implicit.concat(definition.implicit);
    if (definition.explicit) explicit = explicit.concat(definition.explicit);

  } else {
    throw new exception('Schema.extend argument should be a Type, [ Type ], ' +
      'or a schema definition ({ implicit: [...], explicit: [...] })');
  }

  implicit.forEach(function (type$1) {
    if (!(type$1 instanceof type)) {
      throw new exception('Specified list of YAML types (or a single Type object) contains a non-Type object.');
    }

    if (type$1.loadKind && type$1.loadKind !== 'scalar') {
      throw new exception('There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.');
    }

    if (type$1.multi) {
      throw new exception('There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.');
    }
  });

  explicit.forEach(function (type$1) {
    if (!(type$1 instanceof type)) {
      throw new exception('Specified list of YAML types (or a single Type object) contains a non-Type object.');
    }
  });

  var result = Object.create(Schema$1.prototype);

  result.implicit = (this.implicit || []).concat(implicit);
  result.explicit = (this.explicit || []).concat(explicit);

  result.compiledImplicit = compileList(result, 'implicit');
  result.compiledExplicit = compileList(result, 'explicit');
  result.compiledTypeMap  = compileMap(result.compiledImplicit, result.compiledExplicit);

  return result;
};


var schema = Schema$1;

var str = new type('tag:yaml.org,2002:str', {
  kind: 'scalar',
  construct: function (data) { return data !== null ? data : ''; }
});

var seq = new type('tag:yaml.org,2002:seq', {
  kind: 'sequence',
  construct: function (data) { return data !== null ? data : []; }
});

var map = new type('tag:yaml.org,2002:map', {
  kind: 'mapping',
  construct: function (data) { return data !== null ? data : {}; }
});

var failsafe = new schema({
  explicit: [
    str,
    seq,
    map
  ]
});

function resolveYamlNull(data) {
  if (data === null) return true;

  var max = data.length;

  return (max === 1 && data === '~') ||
         (max === 4 && (data === 'null' || data === 'Null' || data === 'NULL'));
}

function constructYamlNull() {
  return null;
}

function isNull(object) {
  return object === null;
}

var _null = new type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: resolveYamlNull,
  construct: constructYamlNull,
  predicate: isNull,
  represent: {
    canonical: function () { return '~';    },
    lowercase: function () { return 'null'; },
    uppercase: function () { return 'NULL'; },
    camelcase: function () { return 'Null'; },
    empty:     function () { return '';     }
  },
  defaultStyle: 'lowercase'
});

function resolveYamlBoolean(data) {
  if (data === null) return false;

  var max = data.length;

  return (max === 4 && (data === 'true' || data === 'True' || data === 'TRUE')) ||
         (max === 5 && (data === 'false' || data === 'False' || data === 'FALSE'));
}

function constructYamlBoolean(data) {
  return data === 'true' ||
         data === 'True' ||
         data === 'TRUE';
}

function isBoolean(object) {
  return Object.prototype.toString.call(object) === '[object Boolean]';
}

var bool = new type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: resolveYamlBoolean,
  construct: constructYamlBoolean,
  predicate: isBoolean,
  represent: {
    lowercase: function (object) { return object ? 'true' : 'false'; },
    uppercase: function (object) { return object ? 'TRUE' : 'FALSE'; },
    camelcase: function (object) { return object ? 'True' : 'False'; }
  },
  defaultStyle: 'lowercase'
});

function isHexCode(c) {
  return ((0x30/* 0 */ <= c) && (c <= 0x39/* 9 */)) ||
         ((0x41/* A */ <= c) && (c <= 0x46/* F */)) ||
         ((0x61/* a */ <= c) && (c <= 0x66/* f */));
}

function isOctCode(c) {
  return ((0x30/* 0 */ <= c) && (c <= 0x37/* 7 */));
}

function isDecCode(c) {
  return ((0x30/* 0 */ <= c) && (c <= 0x39/* 9 */));
}

function resolveYamlInteger(data) {
  if (data === null) return false;

  var max = data.length,
      index = 0,
      hasDigits = false,
      ch;

  if (!max) return false;

  ch = data[index];

  // sign
  if (ch === '-' || ch === '+') {
    ch = data[++index];
  }

  if (ch === '0') {
    // 0
    if (index + 1 === max) return true;
    ch = data[++index];

    // base 2, base 8, base 16

    if (ch === 'b') {
      // base 2
      index++;

      for (; index < max; index++) {
        ch = data[index];
        if (ch === '_') continue;
        if (ch !== '0' && ch !== '1') return false;
        hasDigits = true;
      }
      return hasDigits && ch !== '_';
    }


    if (ch === 'x') {
      // base 16
      index++;

      for (; index < max; index++) {
        ch = data[index];
        if (ch === '_') continue;
        if (!isHexCode(data.charCodeAt(index))) return false;
        hasDigits = true;
      }
      return hasDigits && ch !== '_';
    }


    if (ch === 'o') {
      // base 8
      index++;

      for (; index < max; index++) {
        ch = data[index];
        if (ch === '_') continue;
        if (!isOctCode(data.charCodeAt(index))) return false;
        hasDigits = true;
      }
      return hasDigits && ch !== '_';
    }
  }

  // base 10 (except 0)

  // value should not start with `_`;
  if (ch === '_') return false;

  for (; index < max; index++) {
    ch = data[index];
    if (ch === '_') continue;
    if (!isDecCode(data.charCodeAt(index))) {
      return false;
    }
    hasDigits = true;
  }

  // Should have digits and should not end with `_`
  if (!hasDigits || ch === '_') return false;

  return true;
}

function constructYamlInteger(data) {
  var value = data, sign = 1, ch;

  if (value.indexOf('_') !== -1) {
    value = value.replace(/_/g, '');
  }

  ch = value[0];

  if (ch === '-' || ch === '+') {
    if (ch === '-') sign = -1;
    value = value.slice(1);
    ch = value[0];
  }

  if (value === '0') return 0;

  if (ch === '0') {
    if (value[1] === 'b') return sign * parseInt(value.slice(2), 2);
    if (value[1] === 'x') return sign * parseInt(value.slice(2), 16);
    if (value[1] === 'o') return sign * parseInt(value.slice(2), 8);
  }

  return sign * parseInt(value, 10);
}

function isInteger(object) {
  return (Object.prototype.toString.call(object)) === '[object Number]' &&
         (object % 1 === 0 && !common.isNegativeZero(object));
}

var int = new type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: resolveYamlInteger,
  construct: constructYamlInteger,
  predicate: isInteger,
  represent: {
    binary:      function (obj) { return obj >= 0 ? '0b' + obj.toString(2) : '-0b' + obj.toString(2).slice(1); },
    octal:       function (obj) { return obj >= 0 ? '0o'  + obj.toString(8) : '-0o'  + obj.toString(8).slice(1); },
    decimal:     function (obj) { return obj.toString(10); },
    /* eslint-disable max-len */
    hexadecimal: function (obj) { return obj >= 0 ? '0x' + obj.toString(16).toUpperCase() :  '-0x' + obj.toString(16).toUpperCase().slice(1); }
  },
  defaultStyle: 'decimal',
  styleAliases: {
    binary:      [ 2,  'bin' ],
    octal:       [ 8,  'oct' ],
    decimal:     [ 10, 'dec' ],
    hexadecimal: [ 16, 'hex' ]
  }
});

var YAML_FLOAT_PATTERN = new RegExp(
  // 2.5e4, 2.5 and integers
  '^(?:[-+]?(?:[0-9][0-9_]*)(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?' +
  // .2e4, .2
  // special case, seems not from spec
  '|\\.[0-9_]+(?:[eE][-+]?[0-9]+)?' +
  // .inf
  '|[-+]?\\.(?:inf|Inf|INF)' +
  // .nan
  '|\\.(?:nan|NaN|NAN))$');

function resolveYamlFloat(data) {
  if (data === null) return false;

  if (!YAML_FLOAT_PATTERN.test(data) ||
      // Quick hack to not allow integers end with `_`
      // Probably should update regexp & check speed
      data[data.length - 1] === '_') {
    return false;
  }

  return true;
}

function constructYamlFloat(data) {
  var value, sign;

  value  = data.replace(/_/g, '').toLowerCase();
  sign   = value[0] === '-' ? -1 : 1;

  if ('+-'.indexOf(value[0]) >= 0) {
    value = value.slice(1);
  }

  if (value === '.inf') {
    return (sign === 1) ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;

  } else if (value === '.nan') {
    return NaN;
  }
  return sign * parseFloat(value, 10);
}


var SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;

function representYamlFloat(object, style) {
  var res;

  if (isNaN(object)) {
    switch (style) {
      case 'lowercase': return '.nan';
      case 'uppercase': return '.NAN';
      case 'camelcase': return '.NaN';
    }
  } else if (Number.POSITIVE_INFINITY === object) {
    switch (style) {
      case 'lowercase': return '.inf';
      case 'uppercase': return '.INF';
      case 'camelcase': return '.Inf';
    }
  } else if (Number.NEGATIVE_INFINITY === object) {
    switch (style) {
      case 'lowercase': return '-.inf';
      case 'uppercase': return '-.INF';
      case 'camelcase': return '-.Inf';
    }
  } else if (common.isNegativeZero(object)) {
    return '-0.0';
  }

  res = object.toString(10);

  // JS stringifier can build scientific format without dots: 5e-100,
  // while YAML requres dot: 5.e-100. Fix it with simple hack

  return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace('e', '.e') : res;
}

function isFloat(object) {
  return (Object.prototype.toString.call(object) === '[object Number]') &&
         (object % 1 !== 0 || common.isNegativeZero(object));
}

var float = new type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: resolveYamlFloat,
  construct: constructYamlFloat,
  predicate: isFloat,
  represent: representYamlFloat,
  defaultStyle: 'lowercase'
});

var json = failsafe.extend({
  implicit: [
    _null,
    bool,
    int,
    float
  ]
});

var core = json;

var YAML_DATE_REGEXP = new RegExp(
  '^([0-9][0-9][0-9][0-9])'          + // [1] year
  '-([0-9][0-9])'                    + // [2] month
  '-([0-9][0-9])$');                   // [3] day

var YAML_TIMESTAMP_REGEXP = new RegExp(
  '^([0-9][0-9][0-9][0-9])'          + // [1] year
  '-([0-9][0-9]?)'                   + // [2] month
  '-([0-9][0-9]?)'                   + // [3] day
  '(?:[Tt]|[ \\t]+)'                 + // ...
  '([0-9][0-9]?)'                    + // [4] hour
  ':([0-9][0-9])'                    + // [5] minute
  ':([0-9][0-9])'                    + // [6] second
  '(?:\\.([0-9]*))?'                 + // [7] fraction
  '(?:[ \\t]*(Z|([-+])([0-9][0-9]?)' + // [8] tz [9] tz_sign [10] tz_hour
  '(?::([0-9][0-9]))?))?$');           // [11] tz_minute

function resolveYamlTimestamp(data) {
  if (data === null) return false;
  if (YAML_DATE_REGEXP.exec(data) !== null) return true;
  if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
  return false;
}

function constructYamlTimestamp(data) {
  var match, year, month, day, hour, minute, second, fraction = 0,
      delta = null, tz_hour, tz_minute, date;

  match = YAML_DATE_REGEXP.exec(data);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);

  if (match === null) throw new Error('Date resolve error');

  // match: [1] year [2] month [3] day

  year = +(match[1]);
  month = +(match[2]) - 1; // JS month starts with 0
  day = +(match[3]);

  if (!match[4]) { // no hour
    return new Date(Date.UTC(year, month, day));
  }

  // match: [4] hour [5] minute [6] second [7] fraction

  hour = +(match[4]);
  minute = +(match[5]);
  second = +(match[6]);

  if (match[7]) {
    fraction = match[7].slice(0, 3);
    while (fraction.length < 3) { // milli-seconds
      fraction += '0';
    }
    fraction = +fraction;
  }

  // match: [8] tz [9] tz_sign [10] tz_hour [11] tz_minute

  if (match[9]) {
    tz_hour = +(match[10]);
    tz_minute = +(match[11] || 0);
    delta = (tz_hour * 60 + tz_minute) * 60000; // delta in mili-seconds
    if (match[9] === '-') delta = -delta;
  }

  date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));

  if (delta) date.setTime(date.getTime() - delta);

  return date;
}

function representYamlTimestamp(object /*, style*/) {
  return object.toISOString();
}

var timestamp = new type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: resolveYamlTimestamp,
  construct: constructYamlTimestamp,
  instanceOf: Date,
  represent: representYamlTimestamp
});

function resolveYamlMerge(data) {
  return data === '<<' || data === null;
}

var merge = new type('tag:yaml.org,2002:merge', {
  kind: 'scalar',
  resolve: resolveYamlMerge
});

/*eslint-disable no-bitwise*/





// [ 64, 65, 66 ] -> [ padding, CR, LF ]
var BASE64_MAP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r';


function resolveYamlBinary(data) {
  if (data === null) return false;

  var code, idx, bitlen = 0, max = data.length, map = BASE64_MAP;

  // Convert one by one.
  for (idx = 0; idx < max; idx++) {
    code = map.indexOf(data.charAt(idx));

    // Skip CR/LF
    if (code > 64) continue;

    // Fail on illegal characters
    if (code < 0) return false;

    bitlen += 6;
  }

  // If there are any bits left, source was corrupted
  return (bitlen % 8) === 0;
}

function constructYamlBinary(data) {
  var idx, tailbits,
      input = data.replace(/[\r\n=]/g, ''), // remove CR/LF & padding to simplify scan
      max = input.length,
      map = BASE64_MAP,
      bits = 0,
      result = [];

  // Collect by 6*4 bits (3 bytes)

  for (idx = 0; idx < max; idx++) {
    if ((idx % 4 === 0) && idx) {
      result.push((bits >> 16) & 0xFF);
      result.push((bits >> 8) & 0xFF);
      result.push(bits & 0xFF);
    }

    bits = (bits << 6) | map.indexOf(input.charAt(idx));
  }

  // Dump tail

  tailbits = (max % 4) * 6;

  if (tailbits === 0) {
    result.push((bits >> 16) & 0xFF);
    result.push((bits >> 8) & 0xFF);
    result.push(bits & 0xFF);
  } else if (tailbits === 18) {
    result.push((bits >> 10) & 0xFF);
    result.push((bits >> 2) & 0xFF);
  } else if (tailbits === 12) {
    result.push((bits >> 4) & 0xFF);
  }

  return new Uint8Array(result);
}

function representYamlBinary(object /*, style*/) {
  var result = '', bits = 0, idx, tail,
      max = object.length,
      map = BASE64_MAP;

  // Convert every three bytes to 4 ASCII characters.

  for (idx = 0; idx < max; idx++) {
    if ((idx % 3 === 0) && idx) {
      result += map[(bits >> 18) & 0x3F];
      result += map[(bits >> 12) & 0x3F];
      result += map[(bits >> 6) & 0x3F];
      result += map[bits & 0x3F];
    }

    bits = (bits << 8) + object[idx];
  }

  // Dump tail

  tail = max % 3;

  if (tail === 0) {
    result += map[(bits >> 18) & 0x3F];
    result += map[(bits >> 12) & 0x3F];
    result += map[(bits >> 6) & 0x3F];
    result += map[bits & 0x3F];
  } else if (tail === 2) {
    result += map[(bits >> 10) & 0x3F];
    result += map[(bits >> 4) & 0x3F];
    result += map[(bits << 2) & 0x3F];
    result += map[64];
  } else if (tail === 1) {
    result += map[(bits >> 2) & 0x3F];
    result += map[(bits << 4) & 0x3F];
    result += map[64];
    result += map[64];
  }

  return result;
}

function isBinary(obj) {
  return Object.prototype.toString.call(obj) ===  '[object Uint8Array]';
}

var binary = new type('tag:yaml.org,2002:binary', {
  kind: 'scalar',
  resolve: resolveYamlBinary,
  construct: constructYamlBinary,
  predicate: isBinary,
  represent: representYamlBinary
});

var _hasOwnProperty$3 = Object.prototype.hasOwnProperty;
var _toString$2       = Object.prototype.toString;

function resolveYamlOmap(data) {
  if (data === null) return true;

  var objectKeys = [], index, length, pair, pairKey, pairHasKey,
      object = data;

  for (index = 0, length = object.length; index < length; index += 1) {
    pair = object[index];
    pairHasKey = false;

    if (_toString$2.call(pair) !== '[object Object]') return false;

    for (pairKey in pair) {
      if (_hasOwnProperty$3.call(pair, pairKey)) {
        if (!pairHasKey) pairHasKey = true;
        else return false;
      }
    }

    if (!pairHasKey) return false;

    if (objectKeys.indexOf(pairKey) === -1) objectKeys.push(pairKey);
    else return false;
  }

  return true;
}

function constructYamlOmap(data) {
  return data !== null ? data : [];
}

var omap = new type('tag:yaml.org,2002:omap', {
  kind: 'sequence',
  resolve: resolveYamlOmap,
  construct: constructYamlOmap
});

var _toString$1 = Object.prototype.toString;

function resolveYamlPairs(data) {
  if (data === null) return true;

  var index, length, pair, keys, result,
      object = data;

  result = new Array(object.length);

  for (index = 0, length = object.length; index < length; index += 1) {
    pair = object[index];

    if (_toString$1.call(pair) !== '[object Object]') return false;

    keys = Object.keys(pair);

    if (keys.length !== 1) return false;

    result[index] = [ keys[0], pair[keys[0]] ];
  }

  return true;
}

function constructYamlPairs(data) {
  if (data === null) return [];

  var index, length, pair, keys, result,
      object = data;

  result = new Array(object.length);

  for (index = 0, length = object.length; index < length; index += 1) {
    pair = object[index];

    keys = Object.keys(pair);

    result[index] = [ keys[0], pair[keys[0]] ];
  }

  return result;
}

var pairs = new type('tag:yaml.org,2002:pairs', {
  kind: 'sequence',
  resolve: resolveYamlPairs,
  construct: constructYamlPairs
});

var _hasOwnProperty$2 = Object.prototype.hasOwnProperty;

function resolveYamlSet(data) {
  if (data === null) return true;

  var key, object = data;

  for (key in object) {
    if (_hasOwnProperty$2.call(object, key)) {
      if (object[key] !== null) return false;
    }
  }

  return true;
}

function constructYamlSet(data) {
  return data !== null ? data : {};
}

var set = new type('tag:yaml.org,2002:set', {
  kind: 'mapping',
  resolve: resolveYamlSet,
  construct: constructYamlSet
});

var _default = core.extend({
  implicit: [
    timestamp,
    merge
  ],
  explicit: [
    binary,
    omap,
    pairs,
    set
  ]
});

/*eslint-disable max-len,no-use-before-define*/







var _hasOwnProperty$1 = Object.prototype.hasOwnProperty;


var CONTEXT_FLOW_IN   = 1;
var CONTEXT_FLOW_OUT  = 2;
var CONTEXT_BLOCK_IN  = 3;
var CONTEXT_BLOCK_OUT = 4;


var CHOMPING_CLIP  = 1;
var CHOMPING_STRIP = 2;
var CHOMPING_KEEP  = 3;


var PATTERN_NON_PRINTABLE         = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
var PATTERN_FLOW_INDICATORS       = /[,\[\]\{\}]/;
var PATTERN_TAG_HANDLE            = /^(?:!|!!|![a-z\-]+!)$/i;
var PATTERN_TAG_URI               = /^(?:!|[^,\[\]\{\}])(?:%[0-9a-f]{2}|[0-9a-z\-#;\/\?:@&=\+\$,_\.!~\*'\(\)\[\]])*$/i;


function _class(obj) { return Object.prototype.toString.call(obj); }

function is_EOL(c) {
  return (c === 0x0A/* LF */) || (c === 0x0D/* CR */);
}

function is_WHITE_SPACE(c) {
  return (c === 0x09/* Tab */) || (c === 0x20/* Space */);
}

function is_WS_OR_EOL(c) {
  return (c === 0x09/* Tab */) ||
         (c === 0x20/* Space */) ||
         (c === 0x0A/* LF */) ||
         (c === 0x0D/* CR */);
}

function is_FLOW_INDICATOR(c) {
  return c === 0x2C/* , */ ||
         c === 0x5B/* [ */ ||
         c === 0x5D/* ] */ ||
         c === 0x7B/* { */ ||
         c === 0x7D/* } */;
}

function fromHexCode(c) {
  var lc;

  if ((0x30/* 0 */ <= c) && (c <= 0x39/* 9 */)) {
    return c - 0x30;
  }

  /*eslint-disable no-bitwise*/
  lc = c | 0x20;

  if ((0x61/* a */ <= lc) && (lc <= 0x66/* f */)) {
    return lc - 0x61 + 10;
  }

  return -1;
}

function escapedHexLen(c) {
  if (c === 0x78/* x */) { return 2; }
  if (c === 0x75/* u */) { return 4; }
  if (c === 0x55/* U */) { return 8; }
  return 0;
}

function fromDecimalCode(c) {
  if ((0x30/* 0 */ <= c) && (c <= 0x39/* 9 */)) {
    return c - 0x30;
  }

  return -1;
}

function simpleEscapeSequence(c) {
  /* eslint-disable indent */
  return (c === 0x30/* 0 */) ? '\x00' :
        (c === 0x61/* a */) ? '\x07' :
        (c === 0x62/* b */) ? '\x08' :
        (c === 0x74/* t */) ? '\x09' :
        (c === 0x09/* Tab */) ? '\x09' :
        (c === 0x6E/* n */) ? '\x0A' :
        (c === 0x76/* v */) ? '\x0B' :
        (c === 0x66/* f */) ? '\x0C' :
        (c === 0x72/* r */) ? '\x0D' :
        (c === 0x65/* e */) ? '\x1B' :
        (c === 0x20/* Space */) ? ' ' :
        (c === 0x22/* " */) ? '\x22' :
        (c === 0x2F/* / */) ? '/' :
        (c === 0x5C/* \ */) ? '\x5C' :
        (c === 0x4E/* N */) ? '\x85' :
        (c === 0x5F/* _ */) ? '\xA0' :
        (c === 0x4C/* L */) ? '\u2028' :
        (c === 0x50/* P */) ? '\u2029' : '';
}

function charFromCodepoint(c) {
  if (c <= 0xFFFF) {
    return String.fromCharCode(c);
  }
  // Encode UTF-16 surrogate pair
  // https://en.wikipedia.org/wiki/UTF-16#Code_points_U.2B010000_to_U.2B10FFFF
  return String.fromCharCode(
    ((c - 0x010000) >> 10) + 0xD800,
    ((c - 0x010000) & 0x03FF) + 0xDC00
  );
}

// set a property of a literal object, while protecting against prototype pollution,
// see https://github.com/nodeca/js-yaml/issues/164 for more details
function setProperty(object, key, value) {
  // used for this specific key only because Object.defineProperty is slow
  if (key === '__proto__') {
    Object.defineProperty(object, key, {
      configurable: true,
      enumerable: true,
      writable: true,
      value: value
    });
  } else {
    object[key] = value;
  }
}

var simpleEscapeCheck = new Array(256); // integer, for fast access
var simpleEscapeMap = new Array(256);
for (var i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}


function State$1(input, options) {
  this.input = input;

  this.filename  = options['filename']  || null;
  this.schema    = options['schema']    || _default;
  this.onWarning = options['onWarning'] || null;
  // (Hidden) Remove? makes the loader to expect YAML 1.1 documents
  // if such documents have no explicit %YAML directive
  this.legacy    = options['legacy']    || false;

  this.json      = options['json']      || false;
  this.listener  = options['listener']  || null;

  this.implicitTypes = this.schema.compiledImplicit;
  this.typeMap       = this.schema.compiledTypeMap;

  this.length     = input.length;
  this.position   = 0;
  this.line       = 0;
  this.lineStart  = 0;
  this.lineIndent = 0;

  // position of first leading tab in the current line,
  // used to make sure there are no tabs in the indentation
  this.firstTabInLine = -1;

  this.documents = [];

  /*
  this.version;
  this.checkLineBreaks;
  this.tagMap;
  this.anchorMap;
  this.tag;
  this.anchor;
  this.kind;
  this.result;*/

}


function generateError(state, message) {
  var mark = {
    name:     state.filename,
    buffer:   state.input.slice(0, -1), // omit trailing \0
    position: state.position,
    line:     state.line,
    column:   state.position - state.lineStart
  };

  mark.snippet = snippet(mark);

  return new exception(message, mark);
}

function throwError(state, message) {
  throw generateError(state, message);
}

function throwWarning(state, message) {
  if (state.onWarning) {
    state.onWarning.call(null, generateError(state, message));
  }
}


var directiveHandlers = {

  YAML: function handleYamlDirective(state, name, args) {

    var match, major, minor;

    if (state.version !== null) {
      throwError(state, 'duplication of %YAML directive');
    }

    if (args.length !== 1) {
      throwError(state, 'YAML directive accepts exactly one argument');
    }

    match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);

    if (match === null) {
      throwError(state, 'ill-formed argument of the YAML directive');
    }

    major = parseInt(match[1], 10);
    minor = parseInt(match[2], 10);

    if (major !== 1) {
      throwError(state, 'unacceptable YAML version of the document');
    }

    state.version = args[0];
    state.checkLineBreaks = (minor < 2);

    if (minor !== 1 && minor !== 2) {
      throwWarning(state, 'unsupported YAML version of the document');
    }
  },

  TAG: function handleTagDirective(state, name, args) {

    var handle, prefix;

    if (args.length !== 2) {
      throwError(state, 'TAG directive accepts exactly two arguments');
    }

    handle = args[0];
    prefix = args[1];

    if (!PATTERN_TAG_HANDLE.test(handle)) {
      throwError(state, 'ill-formed tag handle (first argument) of the TAG directive');
    }

    if (_hasOwnProperty$1.call(state.tagMap, handle)) {
      throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
    }

    if (!PATTERN_TAG_URI.test(prefix)) {
      throwError(state, 'ill-formed tag prefix (second argument) of the TAG directive');
    }

    try {
      prefix = decodeURIComponent(prefix);
    } catch (err) {
      throwError(state, 'tag prefix is malformed: ' + prefix);
    }

    state.tagMap[handle] = prefix;
  }
};


function captureSegment(state, start, end, checkJson) {
  var _position, _length, _character, _result;

  if (start < end) {
    _result = state.input.slice(start, end);

    if (checkJson) {
      for (_position = 0, _length = _result.length; _position < _length; _position += 1) {
        _character = _result.charCodeAt(_position);
        if (!(_character === 0x09 ||
              (0x20 <= _character && _character <= 0x10FFFF))) {
          throwError(state, 'expected valid JSON character');
        }
      }
    } else if (PATTERN_NON_PRINTABLE.test(_result)) {
      throwError(state, 'the stream contains non-printable characters');
    }

    state.result += _result;
  }
}

function mergeMappings(state, destination, source, overridableKeys) {
  var sourceKeys, key, index, quantity;

  if (!common.isObject(source)) {
    throwError(state, 'cannot merge mappings; the provided source object is unacceptable');
  }

  sourceKeys = Object.keys(source);

  for (index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
    key = sourceKeys[index];

    if (!_hasOwnProperty$1.call(destination, key)) {
      setProperty(destination, key, source[key]);
      overridableKeys[key] = true;
    }
  }
}

function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode,
  startLine, startLineStart, startPos) {

  var index, quantity;

  // The output is a plain object here, so keys can only be strings.
  // We need to convert keyNode to a string, but doing so can hang the process
  // (deeply nested arrays that explode exponentially using aliases).
  if (Array.isArray(keyNode)) {
    keyNode = Array.prototype.slice.call(keyNode);

    for (index = 0, quantity = keyNode.length; index < quantity; index += 1) {
      if (Array.isArray(keyNode[index])) {
        throwError(state, 'nested arrays are not supported inside keys');
      }

      if (typeof keyNode === 'object' && _class(keyNode[index]) === '[object Object]') {
        keyNode[index] = '[object Object]';
      }
    }
  }

  // Avoid code execution in load() via toString property
  // (still use its own toString for arrays, timestamps,
  // and whatever user schema extensions happen to have @@toStringTag)
  if (typeof keyNode === 'object' && _class(keyNode) === '[object Object]') {
    keyNode = '[object Object]';
  }


  keyNode = String(keyNode);

  if (_result === null) {
    _result = {};
  }

  if (keyTag === 'tag:yaml.org,2002:merge') {
    if (Array.isArray(valueNode)) {
      for (index = 0, quantity = valueNode.length; index < quantity; index += 1) {
        mergeMappings(state, _result, valueNode[index], overridableKeys);
      }
    } else {
      mergeMappings(state, _result, valueNode, overridableKeys);
    }
  } else {
    if (!state.json &&
        !_hasOwnProperty$1.call(overridableKeys, keyNode) &&
        _hasOwnProperty$1.call(_result, keyNode)) {
      state.line = startLine || state.line;
      state.lineStart = startLineStart || state.lineStart;
      state.position = startPos || state.position;
      throwError(state, 'duplicated mapping key');
    }

    setProperty(_result, keyNode, valueNode);
    delete overridableKeys[keyNode];
  }

  return _result;
}

function readLineBreak(state) {
  var ch;

  ch = state.input.charCodeAt(state.position);

  if (ch === 0x0A/* LF */) {
    state.position++;
  } else if (ch === 0x0D/* CR */) {
    state.position++;
    if (state.input.charCodeAt(state.position) === 0x0A/* LF */) {
      state.position++;
    }
  } else {
    throwError(state, 'a line break is expected');
  }

  state.line += 1;
  state.lineStart = state.position;
  state.firstTabInLine = -1;
}

function skipSeparationSpace(state, allowComments, checkIndent) {
  var lineBreaks = 0,
      ch = state.input.charCodeAt(state.position);

  while (ch !== 0) {
    while (is_WHITE_SPACE(ch)) {
      if (ch === 0x09/* Tab */ && state.firstTabInLine === -1) {
        state.firstTabInLine = state.position;
      }
      ch = state.input.charCodeAt(++state.position);
    }

    if (allowComments && ch === 0x23/* # */) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0x0A/* LF */ && ch !== 0x0D/* CR */ && ch !== 0);
    }

    if (is_EOL(ch)) {
      readLineBreak(state);

      ch = state.input.charCodeAt(state.position);
      lineBreaks++;
      state.lineIndent = 0;

      while (ch === 0x20/* Space */) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
    } else {
      break;
    }
  }

  if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
    throwWarning(state, 'deficient indentation');
  }

  return lineBreaks;
}

function testDocumentSeparator(state) {
  var _position = state.position,
      ch;

  ch = state.input.charCodeAt(_position);

  // Condition state.position === state.lineStart is tested
  // in parent on each call, for efficiency. No needs to test here again.
  if ((ch === 0x2D/* - */ || ch === 0x2E/* . */) &&
      ch === state.input.charCodeAt(_position + 1) &&
      ch === state.input.charCodeAt(_position + 2)) {

    _position += 3;

    ch = state.input.charCodeAt(_position);

    if (ch === 0 || is_WS_OR_EOL(ch)) {
      return true;
    }
  }

  return false;
}

function writeFoldedLines(state, count) {
  if (count === 1) {
    state.result += ' ';
  } else if (count > 1) {
    state.result += common.repeat('\n', count - 1);
  }
}


function readPlainScalar(state, nodeIndent, withinFlowCollection) {
  var preceding,
      following,
      captureStart,
      captureEnd,
      hasPendingContent,
      _line,
      _lineStart,
      _lineIndent,
      _kind = state.kind,
      _result = state.result,
      ch;

  ch = state.input.charCodeAt(state.position);

  if (is_WS_OR_EOL(ch)      ||
      is_FLOW_INDICATOR(ch) ||
      ch === 0x23/* # */    ||
      ch === 0x26/* & */    ||
      ch === 0x2A/* * */    ||
      ch === 0x21/* ! */    ||
      ch === 0x7C/* | */    ||
      ch === 0x3E/* > */    ||
      ch === 0x27/* ' */    ||
      ch === 0x22/* " */    ||
      ch === 0x25/* % */    ||
      ch === 0x40/* @ */    ||
      ch === 0x60/* ` */) {
    return false;
  }

  if (ch === 0x3F/* ? */ || ch === 0x2D/* - */) {
    following = state.input.charCodeAt(state.position + 1);

    if (is_WS_OR_EOL(following) ||
        withinFlowCollection && is_FLOW_INDICATOR(following)) {
      return false;
    }
  }

  state.kind = 'scalar';
  state.result = '';
  captureStart = captureEnd = state.position;
  hasPendingContent = false;

  while (ch !== 0) {
    if (ch === 0x3A/* : */) {
      following = state.input.charCodeAt(state.position + 1);

      if (is_WS_OR_EOL(following) ||
          withinFlowCollection && is_FLOW_INDICATOR(following)) {
        break;
      }

    } else if (ch === 0x23/* # */) {
      preceding = state.input.charCodeAt(state.position - 1);

      if (is_WS_OR_EOL(preceding)) {
        break;
      }

    } else if ((state.position === state.lineStart && testDocumentSeparator(state)) ||
               withinFlowCollection && is_FLOW_INDICATOR(ch)) {
      break;

    } else if (is_EOL(ch)) {
      _line = state.line;
      _lineStart = state.lineStart;
      _lineIndent = state.lineIndent;
      skipSeparationSpace(state, false, -1);

      if (state.lineIndent >= nodeIndent) {
        hasPendingContent = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      } else {
        state.position = captureEnd;
        state.line = _line;
        state.lineStart = _lineStart;
        state.lineIndent = _lineIndent;
        break;
      }
    }

    if (hasPendingContent) {
      captureSegment(state, captureStart, captureEnd, false);
      writeFoldedLines(state, state.line - _line);
      captureStart = captureEnd = state.position;
      hasPendingContent = false;
    }

    if (!is_WHITE_SPACE(ch)) {
      captureEnd = state.position + 1;
    }

    ch = state.input.charCodeAt(++state.position);
  }

  captureSegment(state, captureStart, captureEnd, false);

  if (state.result) {
    return true;
  }

  state.kind = _kind;
  state.result = _result;
  return false;
}

function readSingleQuotedScalar(state, nodeIndent) {
  var ch,
      captureStart, captureEnd;

  ch = state.input.charCodeAt(state.position);

  if (ch !== 0x27/* ' */) {
    return false;
  }

  state.kind = 'scalar';
  state.result = '';
  state.position++;
  captureStart = captureEnd = state.position;

  while ((ch = state.input.charCodeAt(state.position)) !== 0) {
    if (ch === 0x27/* ' */) {
      captureSegment(state, captureStart, state.position, true);
      ch = state.input.charCodeAt(++state.position);

      if (ch === 0x27/* ' */) {
        captureStart = state.position;
        state.position++;
        captureEnd = state.position;
      } else {
        return true;
      }

    } else if (is_EOL(ch)) {
      captureSegment(state, captureStart, captureEnd, true);
      writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
      captureStart = captureEnd = state.position;

    } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
      throwError(state, 'unexpected end of the document within a single quoted scalar');

    } else {
      state.position++;
      captureEnd = state.position;
    }
  }

  throwError(state, 'unexpected end of the stream within a single quoted scalar');
}

function readDoubleQuotedScalar(state, nodeIndent) {
  var captureStart,
      captureEnd,
      hexLength,
      hexResult,
      tmp,
      ch;

  ch = state.input.charCodeAt(state.position);

  if (ch !== 0x22/* " */) {
    return false;
  }

  state.kind = 'scalar';
  state.result = '';
  state.position++;
  captureStart = captureEnd = state.position;

  while ((ch = state.input.charCodeAt(state.position)) !== 0) {
    if (ch === 0x22/* " */) {
      captureSegment(state, captureStart, state.position, true);
      state.position++;
      return true;

    } else if (ch === 0x5C/* \ */) {
      captureSegment(state, captureStart, state.position, true);
      ch = state.input.charCodeAt(++state.position);

      if (is_EOL(ch)) {
        skipSeparationSpace(state, false, nodeIndent);

        // TODO: rework to inline fn with no type cast?
      } else if (ch < 256 && simpleEscapeCheck[ch]) {
        state.result += simpleEscapeMap[ch];
        state.position++;

      } else if ((tmp = escapedHexLen(ch)) > 0) {
        hexLength = tmp;
        hexResult = 0;

        for (; hexLength > 0; hexLength--) {
          ch = state.input.charCodeAt(++state.position);

          if ((tmp = fromHexCode(ch)) >= 0) {
            hexResult = (hexResult << 4) + tmp;

          } else {
            throwError(state, 'expected hexadecimal character');
          }
        }

        state.result += charFromCodepoint(hexResult);

        state.position++;

      } else {
        throwError(state, 'unknown escape sequence');
      }

      captureStart = captureEnd = state.position;

    } else if (is_EOL(ch)) {
      captureSegment(state, captureStart, captureEnd, true);
      writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
      captureStart = captureEnd = state.position;

    } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
      throwError(state, 'unexpected end of the document within a double quoted scalar');

    } else {
      state.position++;
      captureEnd = state.position;
    }
  }

  throwError(state, 'unexpected end of the stream within a double quoted scalar');
}

function readFlowCollection(state, nodeIndent) {
  var readNext = true,
      _line,
      _lineStart,
      _pos,
      _tag     = state.tag,
      _result,
      _anchor  = state.anchor,
      following,
      terminator,
      isPair,
      isExplicitPair,
      isMapping,
      overridableKeys = Object.create(null),
      keyNode,
      keyTag,
      valueNode,
      ch;

  ch = state.input.charCodeAt(state.position);

  if (ch === 0x5B/* [ */) {
    terminator = 0x5D;/* ] */
    isMapping = false;
    _result = [];
  } else if (ch === 0x7B/* { */) {
    terminator = 0x7D;/* } */
    isMapping = true;
    _result = {};
  } else {
    return false;
  }

  if (state.anchor !== null) {
    state.anchorMap[state.anchor] = _result;
  }

  ch = state.input.charCodeAt(++state.position);

  while (ch !== 0) {
    skipSeparationSpace(state, true, nodeIndent);

    ch = state.input.charCodeAt(state.position);

    if (ch === terminator) {
      state.position++;
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = isMapping ? 'mapping' : 'sequence';
      state.result = _result;
      return true;
    } else if (!readNext) {
      throwError(state, 'missed comma between flow collection entries');
    } else if (ch === 0x2C/* , */) {
      // "flow collection entries can never be completely empty", as per YAML 1.2, section 7.4
      throwError(state, "expected the node content, but found ','");
    }

    keyTag = keyNode = valueNode = null;
    isPair = isExplicitPair = false;

    if (ch === 0x3F/* ? */) {
      following = state.input.charCodeAt(state.position + 1);

      if (is_WS_OR_EOL(following)) {
        isPair = isExplicitPair = true;
        state.position++;
        skipSeparationSpace(state, true, nodeIndent);
      }
    }

    _line = state.line; // Save the current line.
    _lineStart = state.lineStart;
    _pos = state.position;
    composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    keyTag = state.tag;
    keyNode = state.result;
    skipSeparationSpace(state, true, nodeIndent);

    ch = state.input.charCodeAt(state.position);

    if ((isExplicitPair || state.line === _line) && ch === 0x3A/* : */) {
      isPair = true;
      ch = state.input.charCodeAt(++state.position);
      skipSeparationSpace(state, true, nodeIndent);
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      valueNode = state.result;
    }

    if (isMapping) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
    } else if (isPair) {
      _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
    } else {
      _result.push(keyNode);
    }

    skipSeparationSpace(state, true, nodeIndent);

    ch = state.input.charCodeAt(state.position);

    if (ch === 0x2C/* , */) {
      readNext = true;
      ch = state.input.charCodeAt(++state.position);
    } else {
      readNext = false;
    }
  }

  throwError(state, 'unexpected end of the stream within a flow collection');
}

function readBlockScalar(state, nodeIndent) {
  var captureStart,
      folding,
      chomping       = CHOMPING_CLIP,
      didReadContent = false,
      detectedIndent = false,
      textIndent     = nodeIndent,
      emptyLines     = 0,
      atMoreIndented = false,
      tmp,
      ch;

  ch = state.input.charCodeAt(state.position);

  if (ch === 0x7C/* | */) {
    folding = false;
  } else if (ch === 0x3E/* > */) {
    folding = true;
  } else {
    return false;
  }

  state.kind = 'scalar';
  state.result = '';

  while (ch !== 0) {
    ch = state.input.charCodeAt(++state.position);

    if (ch === 0x2B/* + */ || ch === 0x2D/* - */) {
      if (CHOMPING_CLIP === chomping) {
        chomping = (ch === 0x2B/* + */) ? CHOMPING_KEEP : CHOMPING_STRIP;
      } else {
        throwError(state, 'repeat of a chomping mode identifier');
      }

    } else if ((tmp = fromDecimalCode(ch)) >= 0) {
      if (tmp === 0) {
        throwError(state, 'bad explicit indentation width of a block scalar; it cannot be less than one');
      } else if (!detectedIndent) {
        textIndent = nodeIndent + tmp - 1;
        detectedIndent = true;
      } else {
        throwError(state, 'repeat of an indentation width identifier');
      }

    } else {
      break;
    }
  }

  if (is_WHITE_SPACE(ch)) {
    do { ch = state.input.charCodeAt(++state.position); }
    while (is_WHITE_SPACE(ch));

    if (ch === 0x23/* # */) {
      do { ch = state.input.charCodeAt(++state.position); }
      while (!is_EOL(ch) && (ch !== 0));
    }
  }

  while (ch !== 0) {
    readLineBreak(state);
    state.lineIndent = 0;

    ch = state.input.charCodeAt(state.position);

    while ((!detectedIndent || state.lineIndent < textIndent) &&
           (ch === 0x20/* Space */)) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }

    if (!detectedIndent && state.lineIndent > textIndent) {
      textIndent = state.lineIndent;
    }

    if (is_EOL(ch)) {
      emptyLines++;
      continue;
    }

    // End of the scalar.
    if (state.lineIndent < textIndent) {

      // Perform the chomping.
      if (chomping === CHOMPING_KEEP) {
        state.result += common.repeat('\n', didReadContent ? 1 + emptyLines : emptyLines);
      } else if (chomping === CHOMPING_CLIP) {
        if (didReadContent) { // i.e. only if the scalar is not empty.
          state.result += '\n';
        }
      }

      // Break this `while` cycle and go to the funciton's epilogue.
      break;
    }

    // Folded style: use fancy rules to handle line breaks.
    if (folding) {

      // Lines starting with white space characters (more-indented lines) are not folded.
      if (is_WHITE_SPACE(ch)) {
        atMoreIndented = true;
        // except for the first content line (cf. Example 8.1)
        state.result += common.repeat('\n', didReadContent ? 1 + emptyLines : emptyLines);

      // End of more-indented block.
      } else if (atMoreIndented) {
        atMoreIndented = false;
        state.result += common.repeat('\n', emptyLines + 1);

      // Just one line break - perceive as the same line.
      } else if (emptyLines === 0) {
        if (didReadContent) { // i.e. only if we have already read some scalar content.
          state.result += ' ';
        }

      // Several line breaks - perceive as different lines.
      } else {
        state.result += common.repeat('\n', emptyLines);
      }

    // Literal style: just add exact number of line breaks between content lines.
    } else {
      // Keep all line breaks except the header line break.
      state.result += common.repeat('\n', didReadContent ? 1 + emptyLines : emptyLines);
    }

    didReadContent = true;
    detectedIndent = true;
    emptyLines = 0;
    captureStart = state.position;

    while (!is_EOL(ch) && (ch !== 0)) {
      ch = state.input.charCodeAt(++state.position);
    }

    captureSegment(state, captureStart, state.position, false);
  }

  return true;
}

function readBlockSequence(state, nodeIndent) {
  var _line,
      _tag      = state.tag,
      _anchor   = state.anchor,
      _result   = [],
      following,
      detected  = false,
      ch;

  // there is a leading tab before this token, so it can't be a block sequence/mapping;
  // it can still be flow sequence/mapping or a scalar
  if (state.firstTabInLine !== -1) return false;

  if (state.anchor !== null) {
    state.anchorMap[state.anchor] = _result;
  }

  ch = state.input.charCodeAt(state.position);

  while (ch !== 0) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, 'tab characters must not be used in indentation');
    }

    if (ch !== 0x2D/* - */) {
      break;
    }

    following = state.input.charCodeAt(state.position + 1);

    if (!is_WS_OR_EOL(following)) {
      break;
    }

    detected = true;
    state.position++;

    if (skipSeparationSpace(state, true, -1)) {
      if (state.lineIndent <= nodeIndent) {
        _result.push(null);
        ch = state.input.charCodeAt(state.position);
        continue;
      }
    }

    _line = state.line;
    composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    _result.push(state.result);
    skipSeparationSpace(state, true, -1);

    ch = state.input.charCodeAt(state.position);

    if ((state.line === _line || state.lineIndent > nodeIndent) && (ch !== 0)) {
      throwError(state, 'bad indentation of a sequence entry');
    } else if (state.lineIndent < nodeIndent) {
      break;
    }
  }

  if (detected) {
    state.tag = _tag;
    state.anchor = _anchor;
    state.kind = 'sequence';
    state.result = _result;
    return true;
  }
  return false;
}

function readBlockMapping(state, nodeIndent, flowIndent) {
  var following,
      allowCompact,
      _line,
      _keyLine,
      _keyLineStart,
      _keyPos,
      _tag          = state.tag,
      _anchor       = state.anchor,
      _result       = {},
      overridableKeys = Object.create(null),
      keyTag        = null,
      keyNode       = null,
      valueNode     = null,
      atExplicitKey = false,
      detected      = false,
      ch;

  // there is a leading tab before this token, so it can't be a block sequence/mapping;
  // it can still be flow sequence/mapping or a scalar
  if (state.firstTabInLine !== -1) return false;

  if (state.anchor !== null) {
    state.anchorMap[state.anchor] = _result;
  }

  ch = state.input.charCodeAt(state.position);

  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, 'tab characters must not be used in indentation');
    }

    following = state.input.charCodeAt(state.position + 1);
    _line = state.line; // Save the current line.

    //
    // Explicit notation case. There are two separate blocks:
    // first for the key (denoted by "?") and second for the value (denoted by ":")
    //
    if ((ch === 0x3F/* ? */ || ch === 0x3A/* : */) && is_WS_OR_EOL(following)) {

      if (ch === 0x3F/* ? */) {
        if (atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }

        detected = true;
        atExplicitKey = true;
        allowCompact = true;

      } else if (atExplicitKey) {
        // i.e. 0x3A/* : */ === character after the explicit key.
        atExplicitKey = false;
        allowCompact = true;

      } else {
        throwError(state, 'incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line');
      }

      state.position += 1;
      ch = following;

    //
    // Implicit notation case. Flow-style node as the key first, then ":", and the value.
    //
    } else {
      _keyLine = state.line;
      _keyLineStart = state.lineStart;
      _keyPos = state.position;

      if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
        // Neither implicit nor explicit notation.
        // Reading is done. Go to the epilogue.
        break;
      }

      if (state.line === _line) {
        ch = state.input.charCodeAt(state.position);

        while (is_WHITE_SPACE(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }

        if (ch === 0x3A/* : */) {
          ch = state.input.charCodeAt(++state.position);

          if (!is_WS_OR_EOL(ch)) {
            throwError(state, 'a whitespace character is expected after the key-value separator within a block mapping');
          }

          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }

          detected = true;
          atExplicitKey = false;
          allowCompact = false;
          keyTag = state.tag;
          keyNode = state.result;

        } else if (detected) {
          throwError(state, 'can not read an implicit mapping pair; a colon is missed');

        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true; // Keep the result of `composeNode`.
        }

      } else if (detected) {
        throwError(state, 'can not read a block mapping entry; a multiline key may not be an implicit key');

      } else {
        state.tag = _tag;
        state.anchor = _anchor;
        return true; // Keep the result of `composeNode`.
      }
    }

    //
    // Common reading code for both explicit and implicit notations.
    //
    if (state.line === _line || state.lineIndent > nodeIndent) {
      if (atExplicitKey) {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
      }

      if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
        if (atExplicitKey) {
          keyNode = state.result;
        } else {
          valueNode = state.result;
        }
      }

      if (!atExplicitKey) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
        keyTag = keyNode = valueNode = null;
      }

      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
    }

    if ((state.line === _line || state.lineIndent > nodeIndent) && (ch !== 0)) {
      throwError(state, 'bad indentation of a mapping entry');
    } else if (state.lineIndent < nodeIndent) {
      break;
    }
  }

  //
  // Epilogue.
  //

  // Special case: last mapping's node contains only the key in explicit notation.
  if (atExplicitKey) {
    storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
  }

  // Expose the resulting mapping.
  if (detected) {
    state.tag = _tag;
    state.anchor = _anchor;
    state.kind = 'mapping';
    state.result = _result;
  }

  return detected;
}

function readTagProperty(state) {
  var _position,
      isVerbatim = false,
      isNamed    = false,
      tagHandle,
      tagName,
      ch;

  ch = state.input.charCodeAt(state.position);

  if (ch !== 0x21/* ! */) return false;

  if (state.tag !== null) {
    throwError(state, 'duplication of a tag property');
  }

  ch = state.input.charCodeAt(++state.position);

  if (ch === 0x3C/* < */) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);

  } else if (ch === 0x21/* ! */) {
    isNamed = true;
    tagHandle = '!!';
    ch = state.input.charCodeAt(++state.position);

  } else {
    tagHandle = '!';
  }

  _position = state.position;

  if (isVerbatim) {
    do { ch = state.input.charCodeAt(++state.position); }
    while (ch !== 0 && ch !== 0x3E/* > */);

    if (state.position < state.length) {
      tagName = state.input.slice(_position, state.position);
      ch = state.input.charCodeAt(++state.position);
    } else {
      throwError(state, 'unexpected end of the stream within a verbatim tag');
    }
  } else {
    while (ch !== 0 && !is_WS_OR_EOL(ch)) {

      if (ch === 0x21/* ! */) {
        if (!isNamed) {
          tagHandle = state.input.slice(_position - 1, state.position + 1);

          if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
            throwError(state, 'named tag handle cannot contain such characters');
          }

          isNamed = true;
          _position = state.position + 1;
        } else {
          throwError(state, 'tag suffix cannot contain exclamation marks');
        }
      }

      ch = state.input.charCodeAt(++state.position);
    }

    tagName = state.input.slice(_position, state.position);

    if (PATTERN_FLOW_INDICATORS.test(tagName)) {
      throwError(state, 'tag suffix cannot contain flow indicator characters');
    }
  }

  if (tagName && !PATTERN_TAG_URI.test(tagName)) {
    throwError(state, 'tag name cannot contain such characters: ' + tagName);
  }

  try {
    tagName = decodeURIComponent(tagName);
  } catch (err) {
    throwError(state, 'tag name is malformed: ' + tagName);
  }

  if (isVerbatim) {
    state.tag = tagName;

  } else if (_hasOwnProperty$1.call(state.tagMap, tagHandle)) {
    state.tag = state.tagMap[tagHandle] + tagName;

  } else if (tagHandle === '!') {
    state.tag = '!' + tagName;

  } else if (tagHandle === '!!') {
    state.tag = 'tag:yaml.org,2002:' + tagName;

  } else {
    throwError(state, 'undeclared tag handle "' + tagHandle + '"');
  }

  return true;
}

function readAnchorProperty(state) {
  var _position,
      ch;

  ch = state.input.charCodeAt(state.position);

  if (ch !== 0x26/* & */) return false;

  if (state.anchor !== null) {
    throwError(state, 'duplication of an anchor property');
  }

  ch = state.input.charCodeAt(++state.position);
  _position = state.position;

  while (ch !== 0 && !is_WS_OR_EOL(ch) && !is_FLOW_INDICATOR(ch)) {
    ch = state.input.charCodeAt(++state.position);
  }

  if (state.position === _position) {
    throwError(state, 'name of an anchor node must contain at least one character');
  }

  state.anchor = state.input.slice(_position, state.position);
  return true;
}

function readAlias(state) {
  var _position, alias,
      ch;

  ch = state.input.charCodeAt(state.position);

  if (ch !== 0x2A/* * */) return false;

  ch = state.input.charCodeAt(++state.position);
  _position = state.position;

  while (ch !== 0 && !is_WS_OR_EOL(ch) && !is_FLOW_INDICATOR(ch)) {
    ch = state.input.charCodeAt(++state.position);
  }

  if (state.position === _position) {
    throwError(state, 'name of an alias node must contain at least one character');
  }

  alias = state.input.slice(_position, state.position);

  if (!_hasOwnProperty$1.call(state.anchorMap, alias)) {
    throwError(state, 'unidentified alias "' + alias + '"');
  }

  state.result = state.anchorMap[alias];
  skipSeparationSpace(state, true, -1);
  return true;
}

function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
  var allowBlockStyles,
      allowBlockScalars,
      allowBlockCollections,
      indentStatus = 1, // 1: this>parent, 0: this=parent, -1: this<parent
      atNewLine  = false,
      hasContent = false,
      typeIndex,
      typeQuantity,
      typeList,
      type,
      flowIndent,
      blockIndent;

  if (state.listener !== null) {
    state.listener('open', state);
  }

  state.tag    = null;
  state.anchor = null;
  state.kind   = null;
  state.result = null;

  allowBlockStyles = allowBlockScalars = allowBlockCollections =
    CONTEXT_BLOCK_OUT === nodeContext ||
    CONTEXT_BLOCK_IN  === nodeContext;

  if (allowToSeek) {
    if (skipSeparationSpace(state, true, -1)) {
      atNewLine = true;

      if (state.lineIndent > parentIndent) {
        indentStatus = 1;
      } else if (state.lineIndent === parentIndent) {
        indentStatus = 0;
      } else if (state.lineIndent < parentIndent) {
        indentStatus = -1;
      }
    }
  }

  if (indentStatus === 1) {
    while (readTagProperty(state) || readAnchorProperty(state)) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        allowBlockCollections = allowBlockStyles;

        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      } else {
        allowBlockCollections = false;
      }
    }
  }

  if (allowBlockCollections) {
    allowBlockCollections = atNewLine || allowCompact;
  }

  if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
    if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
      flowIndent = parentIndent;
    } else {
      flowIndent = parentIndent + 1;
    }

    blockIndent = state.position - state.lineStart;

    if (indentStatus === 1) {
      if (allowBlockCollections &&
          (readBlockSequence(state, blockIndent) ||
           readBlockMapping(state, blockIndent, flowIndent)) ||
          readFlowCollection(state, flowIndent)) {
        hasContent = true;
      } else {
        if ((allowBlockScalars && readBlockScalar(state, flowIndent)) ||
            readSingleQuotedScalar(state, flowIndent) ||
            readDoubleQuotedScalar(state, flowIndent)) {
          hasContent = true;

        } else if (readAlias(state)) {
          hasContent = true;

          if (state.tag !== null || state.anchor !== null) {
            throwError(state, 'alias node should not have any properties');
          }

        } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
          hasContent = true;

          if (state.tag === null) {
            state.tag = '?';
          }
        }

        if (state.anchor !== null) {
          state.anchorMap[state.anchor] = state.result;
        }
      }
    } else if (indentStatus === 0) {
      // Special case: block sequences are allowed to have same indentation level as the parent.
      // http://www.yaml.org/spec/1.2/spec.html#id2799784
      hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
    }
  }

  if (state.tag === null) {
    if (state.anchor !== null) {
      state.anchorMap[state.anchor] = state.result;
    }

  } else if (state.tag === '?') {
    // Implicit resolving is not allowed for non-scalar types, and '?'
    // non-specific tag is only automatically assigned to plain scalars.
    //
    // We only need to check kind conformity in case user explicitly assigns '?'
    // tag, for example like this: "!<?> [0]"
    //
    if (state.result !== null && state.kind !== 'scalar') {
      throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
    }

    for (typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
      type = state.implicitTypes[typeIndex];

      if (type.resolve(state.result)) { // `state.result` updated in resolver if matched
        state.result = type.construct(state.result);
        state.tag = type.tag;
        if (state.anchor !== null) {
          state.anchorMap[state.anchor] = state.result;
        }
        break;
      }
    }
  } else if (state.tag !== '!') {
    if (_hasOwnProperty$1.call(state.typeMap[state.kind || 'fallback'], state.tag)) {
      type = state.typeMap[state.kind || 'fallback'][state.tag];
    } else {
      // looking for multi type
      type = null;
      typeList = state.typeMap.multi[state.kind || 'fallback'];

      for (typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
        if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
          type = typeList[typeIndex];
          break;
        }
      }
    }

    if (!type) {
      throwError(state, 'unknown tag !<' + state.tag + '>');
    }

    if (state.result !== null && type.kind !== state.kind) {
      throwError(state, 'unacceptable node kind for !<' + state.tag + '> tag; it should be "' + type.kind + '", not "' + state.kind + '"');
    }

    if (!type.resolve(state.result, state.tag)) { // `state.result` updated in resolver if matched
      throwError(state, 'cannot resolve a node with !<' + state.tag + '> explicit tag');
    } else {
      state.result = type.construct(state.result, state.tag);
      if (state.anchor !== null) {
        state.anchorMap[state.anchor] = state.result;
      }
    }
  }

  if (state.listener !== null) {
    state.listener('close', state);
  }
  return state.tag !== null ||  state.anchor !== null || hasContent;
}

function readDocument(state) {
  var documentStart = state.position,
      _position,
      directiveName,
      directiveArgs,
      hasDirectives = false,
      ch;

  state.version = null;
  state.checkLineBreaks = state.legacy;
  state.tagMap = Object.create(null);
  state.anchorMap = Object.create(null);

  while ((ch = state.input.charCodeAt(state.position)) !== 0) {
    skipSeparationSpace(state, true, -1);

    ch = state.input.charCodeAt(state.position);

    if (state.lineIndent > 0 || ch !== 0x25/* % */) {
      break;
    }

    hasDirectives = true;
    ch = state.input.charCodeAt(++state.position);
    _position = state.position;

    while (ch !== 0 && !is_WS_OR_EOL(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }

    directiveName = state.input.slice(_position, state.position);
    directiveArgs = [];

    if (directiveName.length < 1) {
      throwError(state, 'directive name must not be less than one character in length');
    }

    while (ch !== 0) {
      while (is_WHITE_SPACE(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }

      if (ch === 0x23/* # */) {
        do { ch = state.input.charCodeAt(++state.position); }
        while (ch !== 0 && !is_EOL(ch));
        break;
      }

      if (is_EOL(ch)) break;

      _position = state.position;

      while (ch !== 0 && !is_WS_OR_EOL(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }

      directiveArgs.push(state.input.slice(_position, state.position));
    }

    if (ch !== 0) readLineBreak(state);

    if (_hasOwnProperty$1.call(directiveHandlers, directiveName)) {
      directiveHandlers[directiveName](state, directiveName, directiveArgs);
    } else {
      throwWarning(state, 'unknown document directive "' + directiveName + '"');
    }
  }

  skipSeparationSpace(state, true, -1);

  if (state.lineIndent === 0 &&
      state.input.charCodeAt(state.position)     === 0x2D/* - */ &&
      state.input.charCodeAt(state.position + 1) === 0x2D/* - */ &&
      state.input.charCodeAt(state.position + 2) === 0x2D/* - */) {
    state.position += 3;
    skipSeparationSpace(state, true, -1);

  } else if (hasDirectives) {
    throwError(state, 'directives end mark is expected');
  }

  composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
  skipSeparationSpace(state, true, -1);

  if (state.checkLineBreaks &&
      PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
    throwWarning(state, 'non-ASCII line breaks are interpreted as content');
  }

  state.documents.push(state.result);

  if (state.position === state.lineStart && testDocumentSeparator(state)) {

    if (state.input.charCodeAt(state.position) === 0x2E/* . */) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    }
    return;
  }

  if (state.position < (state.length - 1)) {
    throwError(state, 'end of the stream or a document separator is expected');
  } else {
    return;
  }
}


function loadDocuments(input, options) {
  input = String(input);
  options = options || {};

  if (input.length !== 0) {

    // Add tailing `\n` if not exists
    if (input.charCodeAt(input.length - 1) !== 0x0A/* LF */ &&
        input.charCodeAt(input.length - 1) !== 0x0D/* CR */) {
      input += '\n';
    }

    // Strip BOM
    if (input.charCodeAt(0) === 0xFEFF) {
      input = input.slice(1);
    }
  }

  var state = new State$1(input, options);

  var nullpos = input.indexOf('\0');

  if (nullpos !== -1) {
    state.position = nullpos;
    throwError(state, 'null byte is not allowed in input');
  }

  // Use 0 as string terminator. That significantly simplifies bounds check.
  state.input += '\0';

  while (state.input.charCodeAt(state.position) === 0x20/* Space */) {
    state.lineIndent += 1;
    state.position += 1;
  }

  while (state.position < (state.length - 1)) {
    readDocument(state);
  }

  return state.documents;
}


function loadAll$1(input, iterator, options) {
  if (iterator !== null && typeof iterator === 'object' && typeof options === 'undefined') {
    options = iterator;
    iterator = null;
  }

  var documents = loadDocuments(input, options);

  if (typeof iterator !== 'function') {
    return documents;
  }

  for (var index = 0, length = documents.length; index < length; index += 1) {
    iterator(documents[index]);
  }
}


function load$1(input, options) {
  var documents = loadDocuments(input, options);

  if (documents.length === 0) {
    /*eslint-disable no-undefined*/
    return undefined;
  } else if (documents.length === 1) {
    return documents[0];
  }
  throw new exception('expected a single document in the stream, but found more');
}


var loadAll_1 = loadAll$1;
var load_1    = load$1;

var loader = {
	loadAll: loadAll_1,
	load: load_1
};

/*eslint-disable no-use-before-define*/





var _toString       = Object.prototype.toString;
var _hasOwnProperty = Object.prototype.hasOwnProperty;

var CHAR_BOM                  = 0xFEFF;
var CHAR_TAB                  = 0x09; /* Tab */
var CHAR_LINE_FEED            = 0x0A; /* LF */
var CHAR_CARRIAGE_RETURN      = 0x0D; /* CR */
var CHAR_SPACE                = 0x20; /* Space */
var CHAR_EXCLAMATION          = 0x21; /* ! */
var CHAR_DOUBLE_QUOTE         = 0x22; /* " */
var CHAR_SHARP                = 0x23; /* # */
var CHAR_PERCENT              = 0x25; /* % */
var CHAR_AMPERSAND            = 0x26; /* & */
var CHAR_SINGLE_QUOTE         = 0x27; /* ' */
var CHAR_ASTERISK             = 0x2A; /* * */
var CHAR_COMMA                = 0x2C; /* , */
var CHAR_MINUS                = 0x2D; /* - */
var CHAR_COLON                = 0x3A; /* : */
var CHAR_EQUALS               = 0x3D; /* = */
var CHAR_GREATER_THAN         = 0x3E; /* > */
var CHAR_QUESTION             = 0x3F; /* ? */
var CHAR_COMMERCIAL_AT        = 0x40; /* @ */
var CHAR_LEFT_SQUARE_BRACKET  = 0x5B; /* [ */
var CHAR_RIGHT_SQUARE_BRACKET = 0x5D; /* ] */
var CHAR_GRAVE_ACCENT         = 0x60; /* ` */
var CHAR_LEFT_CURLY_BRACKET   = 0x7B; /* { */
var CHAR_VERTICAL_LINE        = 0x7C; /* | */
var CHAR_RIGHT_CURLY_BRACKET  = 0x7D; /* } */

var ESCAPE_SEQUENCES = {};

ESCAPE_SEQUENCES[0x00]   = '\\0';
ESCAPE_SEQUENCES[0x07]   = '\\a';
ESCAPE_SEQUENCES[0x08]   = '\\b';
ESCAPE_SEQUENCES[0x09]   = '\\t';
ESCAPE_SEQUENCES[0x0A]   = '\\n';
ESCAPE_SEQUENCES[0x0B]   = '\\v';
ESCAPE_SEQUENCES[0x0C]   = '\\f';
ESCAPE_SEQUENCES[0x0D]   = '\\r';
ESCAPE_SEQUENCES[0x1B]   = '\\e';
ESCAPE_SEQUENCES[0x22]   = '\\"';
ESCAPE_SEQUENCES[0x5C]   = '\\\\';
ESCAPE_SEQUENCES[0x85]   = '\\N';
ESCAPE_SEQUENCES[0xA0]   = '\\_';
ESCAPE_SEQUENCES[0x2028] = '\\L';
ESCAPE_SEQUENCES[0x2029] = '\\P';

var DEPRECATED_BOOLEANS_SYNTAX = [
  'y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON',
  'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF'
];

var DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;

function compileStyleMap(schema, map) {
  var result, keys, index, length, tag, style, type;

  if (map === null) return {};

  result = {};
  keys = Object.keys(map);

  for (index = 0, length = keys.length; index < length; index += 1) {
    tag = keys[index];
    style = String(map[tag]);

    if (tag.slice(0, 2) === '!!') {
      tag = 'tag:yaml.org,2002:' + tag.slice(2);
    }
    type = schema.compiledTypeMap['fallback'][tag];

    if (type && _hasOwnProperty.call(type.styleAliases, style)) {
      style = type.styleAliases[style];
    }

    result[tag] = style;
  }

  return result;
}

function encodeHex(character) {
  var string, handle, length;

  string = character.toString(16).toUpperCase();

  if (character <= 0xFF) {
    handle = 'x';
    length = 2;
  } else if (character <= 0xFFFF) {
    handle = 'u';
    length = 4;
  } else if (character <= 0xFFFFFFFF) {
    handle = 'U';
    length = 8;
  } else {
    throw new exception('code point within a string may not be greater than 0xFFFFFFFF');
  }

  return '\\' + handle + common.repeat('0', length - string.length) + string;
}


var QUOTING_TYPE_SINGLE = 1,
    QUOTING_TYPE_DOUBLE = 2;

function State(options) {
  this.schema        = options['schema'] || _default;
  this.indent        = Math.max(1, (options['indent'] || 2));
  this.noArrayIndent = options['noArrayIndent'] || false;
  this.skipInvalid   = options['skipInvalid'] || false;
  this.flowLevel     = (common.isNothing(options['flowLevel']) ? -1 : options['flowLevel']);
  this.styleMap      = compileStyleMap(this.schema, options['styles'] || null);
  this.sortKeys      = options['sortKeys'] || false;
  this.lineWidth     = options['lineWidth'] || 80;
  this.noRefs        = options['noRefs'] || false;
  this.noCompatMode  = options['noCompatMode'] || false;
  this.condenseFlow  = options['condenseFlow'] || false;
  this.quotingType   = options['quotingType'] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
  this.forceQuotes   = options['forceQuotes'] || false;
  this.replacer      = typeof options['replacer'] === 'function' ? options['replacer'] : null;

  this.implicitTypes = this.schema.compiledImplicit;
  this.explicitTypes = this.schema.compiledExplicit;

  this.tag = null;
  this.result = '';

  this.duplicates = [];
  this.usedDuplicates = null;
}

// Indents every line in a string. Empty lines (\n only) are not indented.
function indentString(string, spaces) {
  var ind = common.repeat(' ', spaces),
      position = 0,
      next = -1,
      result = '',
      line,
      length = string.length;

  while (position < length) {
    next = string.indexOf('\n', position);
    if (next === -1) {
      line = string.slice(position);
      position = length;
    } else {
      line = string.slice(position, next + 1);
      position = next + 1;
    }

    if (line.length && line !== '\n') result += ind;

    result += line;
  }

  return result;
}

function generateNextLine(state, level) {
  return '\n' + common.repeat(' ', state.indent * level);
}

function testImplicitResolving(state, str) {
  var index, length, type;

  for (index = 0, length = state.implicitTypes.length; index < length; index += 1) {
    type = state.implicitTypes[index];

    if (type.resolve(str)) {
      return true;
    }
  }

  return false;
}

// [33] s-white ::= s-space | s-tab
function isWhitespace(c) {
  return c === CHAR_SPACE || c === CHAR_TAB;
}

// Returns true if the character can be printed without escaping.
// From YAML 1.2: "any allowed characters known to be non-printable
// should also be escaped. [However,] This isn’t mandatory"
// Derived from nb-char - \t - #x85 - #xA0 - #x2028 - #x2029.
function isPrintable(c) {
  return  (0x00020 <= c && c <= 0x00007E)
      || ((0x000A1 <= c && c <= 0x00D7FF) && c !== 0x2028 && c !== 0x2029)
      || ((0x0E000 <= c && c <= 0x00FFFD) && c !== CHAR_BOM)
      ||  (0x10000 <= c && c <= 0x10FFFF);
}

// [34] ns-char ::= nb-char - s-white
// [27] nb-char ::= c-printable - b-char - c-byte-order-mark
// [26] b-char  ::= b-line-feed | b-carriage-return
// Including s-white (for some reason, examples doesn't match specs in this aspect)
// ns-char ::= c-printable - b-line-feed - b-carriage-return - c-byte-order-mark
function isNsCharOrWhitespace(c) {
  return isPrintable(c)
    && c !== CHAR_BOM
    // - b-char
    && c !== CHAR_CARRIAGE_RETURN
    && c !== CHAR_LINE_FEED;
}

// [127]  ns-plain-safe(c) ::= c = flow-out  ⇒ ns-plain-safe-out
//                             c = flow-in   ⇒ ns-plain-safe-in
//                             c = block-key ⇒ ns-plain-safe-out
//                             c = flow-key  ⇒ ns-plain-safe-in
// [128] ns-plain-safe-out ::= ns-char
// [129]  ns-plain-safe-in ::= ns-char - c-flow-indicator
// [130]  ns-plain-char(c) ::=  ( ns-plain-safe(c) - “:” - “#” )
//                            | ( /* An ns-char preceding */ “#” )
//                            | ( “:” /* Followed by an ns-plain-safe(c) */ )
function isPlainSafe(c, prev, inblock) {
  var cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
  var cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
  return (
    // ns-plain-safe
    inblock ? // c = flow-in
      cIsNsCharOrWhitespace
      : cIsNsCharOrWhitespace
        // - c-flow-indicator
        && c !== CHAR_COMMA
        && c !== CHAR_LEFT_SQUARE_BRACKET
        && c !== CHAR_RIGHT_SQUARE_BRACKET
        && c !== CHAR_LEFT_CURLY_BRACKET
        && c !== CHAR_RIGHT_CURLY_BRACKET
  )
    // ns-plain-char
    && c !== CHAR_SHARP // false on '#'
    && !(prev === CHAR_COLON && !cIsNsChar) // false on ': '
    || (isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP) // change to true on '[^ ]#'
    || (prev === CHAR_COLON && cIsNsChar); // change to true on ':[^ ]'
}

// Simplified test for values allowed as the first character in plain style.
function isPlainSafeFirst(c) {
  // Uses a subset of ns-char - c-indicator
  // where ns-char = nb-char - s-white.
  // No support of ( ( “?” | “:” | “-” ) /* Followed by an ns-plain-safe(c)) */ ) part
  return isPrintable(c) && c !== CHAR_BOM
    && !isWhitespace(c) // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    && c !== CHAR_MINUS
    && c !== CHAR_QUESTION
    && c !== CHAR_COLON
    && c !== CHAR_COMMA
    && c !== CHAR_LEFT_SQUARE_BRACKET
    && c !== CHAR_RIGHT_SQUARE_BRACKET
    && c !== CHAR_LEFT_CURLY_BRACKET
    && c !== CHAR_RIGHT_CURLY_BRACKET
    // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    && c !== CHAR_SHARP
    && c !== CHAR_AMPERSAND
    && c !== CHAR_ASTERISK
    && c !== CHAR_EXCLAMATION
    && c !== CHAR_VERTICAL_LINE
    && c !== CHAR_EQUALS
    && c !== CHAR_GREATER_THAN
    && c !== CHAR_SINGLE_QUOTE
    && c !== CHAR_DOUBLE_QUOTE
    // | “%” | “@” | “`”)
    && c !== CHAR_PERCENT
    && c !== CHAR_COMMERCIAL_AT
    && c !== CHAR_GRAVE_ACCENT;
}

// Simplified test for values allowed as the last character in plain style.
function isPlainSafeLast(c) {
  // just not whitespace or colon, it will be checked to be plain character later
  return !isWhitespace(c) && c !== CHAR_COLON;
}

// Same as 'string'.codePointAt(pos), but works in older browsers.
function codePointAt(string, pos) {
  var first = string.charCodeAt(pos), second;
  if (first >= 0xD800 && first <= 0xDBFF && pos + 1 < string.length) {
    second = string.charCodeAt(pos + 1);
    if (second >= 0xDC00 && second <= 0xDFFF) {
      // https://mathiasbynens.be/notes/javascript-encoding#surrogate-formulae
      return (first - 0xD800) * 0x400 + second - 0xDC00 + 0x10000;
    }
  }
  return first;
}

// Determines whether block indentation indicator is required.
function needIndentIndicator(string) {
  var leadingSpaceRe = /^\n* /;
  return leadingSpaceRe.test(string);
}

var STYLE_PLAIN   = 1,
    STYLE_SINGLE  = 2,
    STYLE_LITERAL = 3,
    STYLE_FOLDED  = 4,
    STYLE_DOUBLE  = 5;

// Determines which scalar styles are possible and returns the preferred style.
// lineWidth = -1 => no limit.
// Pre-conditions: str.length > 0.
// Post-conditions:
//    STYLE_PLAIN or STYLE_SINGLE => no \n are in the string.
//    STYLE_LITERAL => no lines are suitable for folding (or lineWidth is -1).
//    STYLE_FOLDED => a line > lineWidth and can be folded (and lineWidth != -1).
function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth,
  testAmbiguousType, quotingType, forceQuotes, inblock) {

  var i;
  var char = 0;
  var prevChar = null;
  var hasLineBreak = false;
  var hasFoldableLine = false; // only checked if shouldTrackWidth
  var shouldTrackWidth = lineWidth !== -1;
  var previousLineBreak = -1; // count the first line correctly
  var plain = isPlainSafeFirst(codePointAt(string, 0))
          && isPlainSafeLast(codePointAt(string, string.length - 1));

  if (singleLineOnly || forceQuotes) {
    // Case: no block styles.
    // Check for disallowed characters to rule out plain and single.
    for (i = 0; i < string.length; char >= 0x10000 ? i += 2 : i++) {
      char = codePointAt(string, i);
      if (!isPrintable(char)) {
        return STYLE_DOUBLE;
      }
      plain = plain && isPlainSafe(char, prevChar, inblock);
      prevChar = char;
    }
  } else {
    // Case: block styles permitted.
    for (i = 0; i < string.length; char >= 0x10000 ? i += 2 : i++) {
      char = codePointAt(string, i);
      if (char === CHAR_LINE_FEED) {
        hasLineBreak = true;
        // Check if any line can be folded.
        if (shouldTrackWidth) {
          hasFoldableLine = hasFoldableLine ||
            // Foldable line = too long, and not more-indented.
            (i - previousLineBreak - 1 > lineWidth &&
             string[previousLineBreak + 1] !== ' ');
          previousLineBreak = i;
        }
      } else if (!isPrintable(char)) {
        return STYLE_DOUBLE;
      }
      plain = plain && isPlainSafe(char, prevChar, inblock);
      prevChar = char;
    }
    // in case the end is missing a \n
    hasFoldableLine = hasFoldableLine || (shouldTrackWidth &&
      (i - previousLineBreak - 1 > lineWidth &&
       string[previousLineBreak + 1] !== ' '));
  }
  // Although every style can represent \n without escaping, prefer block styles
  // for multiline, since they're more readable and they don't add empty lines.
  // Also prefer folding a super-long line.
  if (!hasLineBreak && !hasFoldableLine) {
    // Strings interpretable as another type have to be quoted;
    // e.g. the string 'true' vs. the boolean true.
    if (plain && !forceQuotes && !testAmbiguousType(string)) {
      return STYLE_PLAIN;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  // Edge case: block indentation indicator can only have one digit.
  if (indentPerLevel > 9 && needIndentIndicator(string)) {
    return STYLE_DOUBLE;
  }
  // At this point we know block styles are valid.
  // Prefer literal style unless we want to fold.
  if (!forceQuotes) {
    return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
  }
  return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
}

// Note: line breaking/folding is implemented for only the folded style.
// NB. We drop the last trailing newline (if any) of a returned block scalar
//  since the dumper adds its own newline. This always works:
//    • No ending newline => unaffected; already using strip "-" chomping.
//    • Ending newline    => removed then restored.
//  Importantly, this keeps the "+" chomp indicator from gaining an extra line.
function writeScalar(state, string, level, iskey, inblock) {
  state.dump = (function () {
    if (string.length === 0) {
      return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
    }
    if (!state.noCompatMode) {
      if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? ('"' + string + '"') : ("'" + string + "'");
      }
    }

    var indent = state.indent * Math.max(1, level); // no 0-indent scalars
    // As indentation gets deeper, let the width decrease monotonically
    // to the lower bound min(state.lineWidth, 40).
    // Note that this implies
    //  state.lineWidth ≤ 40 + state.indent: width is fixed at the lower bound.
    //  state.lineWidth > 40 + state.indent: width decreases until the lower bound.
    // This behaves better than a constant minimum width which disallows narrower options,
    // or an indent threshold which causes the width to suddenly increase.
    var lineWidth = state.lineWidth === -1
      ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);

    // Without knowing if keys are implicit/explicit, assume implicit for safety.
    var singleLineOnly = iskey
      // No block styles in flow mode.
      || (state.flowLevel > -1 && level >= state.flowLevel);
    function testAmbiguity(string) {
      return testImplicitResolving(state, string);
    }

    switch (chooseScalarStyle(string, singleLineOnly, state.indent, lineWidth,
      testAmbiguity, state.quotingType, state.forceQuotes && !iskey, inblock)) {

      case STYLE_PLAIN:
        return string;
      case STYLE_SINGLE:
        return "'" + string.replace(/'/g, "''") + "'";
      case STYLE_LITERAL:
        return '|' + blockHeader(string, state.indent)
          + dropEndingNewline(indentString(string, indent));
      case STYLE_FOLDED:
        return '>' + blockHeader(string, state.indent)
          + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
      case STYLE_DOUBLE:
        return '"' + escapeString(string) + '"';
      default:
        throw new exception('impossible error: invalid scalar style');
    }
  }());
}

// Pre-conditions: string is valid for a block scalar, 1 <= indentPerLevel <= 9.
function blockHeader(string, indentPerLevel) {
  var indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : '';

  // note the special case: the string '\n' counts as a "trailing" empty line.
  var clip =          string[string.length - 1] === '\n';
  var keep = clip && (string[string.length - 2] === '\n' || string === '\n');
  var chomp = keep ? '+' : (clip ? '' : '-');

  return indentIndicator + chomp + '\n';
}

// (See the note for writeScalar.)
function dropEndingNewline(string) {
  return string[string.length - 1] === '\n' ? string.slice(0, -1) : string;
}

// Note: a long line without a suitable break point will exceed the width limit.
// Pre-conditions: every char in str isPrintable, str.length > 0, width > 0.
function foldString(string, width) {
  // In folded style, $k$ consecutive newlines output as $k+1$ newlines—
  // unless they're before or after a more-indented line, or at the very
  // beginning or end, in which case $k$ maps to $k$.
  // Therefore, parse each chunk as newline(s) followed by a content line.
  var lineRe = /(\n+)([^\n]*)/g;

  // first line (possibly an empty line)
  var result = (function () {
    var nextLF = string.indexOf('\n');
    nextLF = nextLF !== -1 ? nextLF : string.length;
    lineRe.lastIndex = nextLF;
    return foldLine(string.slice(0, nextLF), width);
  }());
  // If we haven't reached the first content line yet, don't add an extra \n.
  var prevMoreIndented = string[0] === '\n' || string[0] === ' ';
  var moreIndented;

  // rest of the lines
  var match;
  while ((match = lineRe.exec(string))) {
    var prefix = match[1], line = match[2];
    moreIndented = (line[0] === ' ');
    result += prefix
      + (!prevMoreIndented && !moreIndented && line !== ''
        ? '\n' : '')
      + foldLine(line, width);
    prevMoreIndented = moreIndented;
  }

  return result;
}

// Greedy line breaking.
// Picks the longest line under the limit each time,
// otherwise settles for the shortest line over the limit.
// NB. More-indented lines *cannot* be folded, as that would add an extra \n.
function foldLine(line, width) {
  if (line === '' || line[0] === ' ') return line;

  // Since a more-indented line adds a \n, breaks can't be followed by a space.
  var breakRe = / [^ ]/g; // note: the match index will always be <= length-2.
  var match;
  // start is an inclusive index. end, curr, and next are exclusive.
  var start = 0, end, curr = 0, next = 0;
  var result = '';

  // Invariants: 0 <= start <= length-1.
  //   0 <= curr <= next <= max(0, length-2). curr - start <= width.
  // Inside the loop:
  //   A match implies length >= 2, so curr and next are <= length-2.
  while ((match = breakRe.exec(line))) {
    next = match.index;
    // maintain invariant: curr - start <= width
    if (next - start > width) {
      end = (curr > start) ? curr : next; // derive end <= length-2
      result += '\n' + line.slice(start, end);
      // skip the space that was output as \n
      start = end + 1;                    // derive start <= length-1
    }
    curr = next;
  }

  // By the invariants, start <= length-1, so there is something left over.
  // It is either the whole string or a part starting from non-whitespace.
  result += '\n';
  // Insert a break if the remainder is too long and there is a break available.
  if (line.length - start > width && curr > start) {
    result += line.slice(start, curr) + '\n' + line.slice(curr + 1);
  } else {
    result += line.slice(start);
  }

  return result.slice(1); // drop extra \n joiner
}

// Escapes a double-quoted string.
function escapeString(string) {
  var result = '';
  var char = 0;
  var escapeSeq;

  for (var i = 0; i < string.length; char >= 0x10000 ? i += 2 : i++) {
    char = codePointAt(string, i);
    escapeSeq = ESCAPE_SEQUENCES[char];

    if (!escapeSeq && isPrintable(char)) {
      result += string[i];
      if (char >= 0x10000) result += string[i + 1];
    } else {
      result += escapeSeq || encodeHex(char);
    }
  }

  return result;
}

function writeFlowSequence(state, level, object) {
  var _result = '',
      _tag    = state.tag,
      index,
      length,
      value;

  for (index = 0, length = object.length; index < length; index += 1) {
    value = object[index];

    if (state.replacer) {
      value = state.replacer.call(object, String(index), value);
    }

    // Write only valid elements, put null instead of invalid elements.
    if (writeNode(state, level, value, false, false) ||
        (typeof value === 'undefined' &&
         writeNode(state, level, null, false, false))) {

      if (_result !== '') _result += ',' + (!state.condenseFlow ? ' ' : '');
      _result += state.dump;
    }
  }

  state.tag = _tag;
  state.dump = '[' + _result + ']';
}

function writeBlockSequence(state, level, object, compact) {
  var _result = '',
      _tag    = state.tag,
      index,
      length,
      value;

  for (index = 0, length = object.length; index < length; index += 1) {
    value = object[index];

    if (state.replacer) {
      value = state.replacer.call(object, String(index), value);
    }

    // Write only valid elements, put null instead of invalid elements.
    if (writeNode(state, level + 1, value, true, true, false, true) ||
        (typeof value === 'undefined' &&
         writeNode(state, level + 1, null, true, true, false, true))) {

      if (!compact || _result !== '') {
        _result += generateNextLine(state, level);
      }

      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        _result += '-';
      } else {
        _result += '- ';
      }

      _result += state.dump;
    }
  }

  state.tag = _tag;
  state.dump = _result || '[]'; // Empty sequence if no valid values.
}

function writeFlowMapping(state, level, object) {
  var _result       = '',
      _tag          = state.tag,
      objectKeyList = Object.keys(object),
      index,
      length,
      objectKey,
      objectValue,
      pairBuffer;

  for (index = 0, length = objectKeyList.length; index < length; index += 1) {

    pairBuffer = '';
    if (_result !== '') pairBuffer += ', ';

    if (state.condenseFlow) pairBuffer += '"';

    objectKey = objectKeyList[index];
    objectValue = object[objectKey];

    if (state.replacer) {
      objectValue = state.replacer.call(object, objectKey, objectValue);
    }

    if (!writeNode(state, level, objectKey, false, false)) {
      continue; // Skip this pair because of invalid key;
    }

    if (state.dump.length > 1024) pairBuffer += '? ';

    pairBuffer += state.dump + (state.condenseFlow ? '"' : '') + ':' + (state.condenseFlow ? '' : ' ');

    if (!writeNode(state, level, objectValue, false, false)) {
      continue; // Skip this pair because of invalid value.
    }

    pairBuffer += state.dump;

    // Both key and value are valid.
    _result += pairBuffer;
  }

  state.tag = _tag;
  state.dump = '{' + _result + '}';
}

function writeBlockMapping(state, level, object, compact) {
  var _result       = '',
      _tag          = state.tag,
      objectKeyList = Object.keys(object),
      index,
      length,
      objectKey,
      objectValue,
      explicitPair,
      pairBuffer;

  // Allow sorting keys so that the output file is deterministic
  if (state.sortKeys === true) {
    // Default sorting
    objectKeyList.sort();
  } else if (typeof state.sortKeys === 'function') {
    // Custom sort function
    objectKeyList.sort(state.sortKeys);
  } else if (state.sortKeys) {
    // Something is wrong
    throw new exception('sortKeys must be a boolean or a function');
  }

  for (index = 0, length = objectKeyList.length; index < length; index += 1) {
    pairBuffer = '';

    if (!compact || _result !== '') {
      pairBuffer += generateNextLine(state, level);
    }

    objectKey = objectKeyList[index];
    objectValue = object[objectKey];

    if (state.replacer) {
      objectValue = state.replacer.call(object, objectKey, objectValue);
    }

    if (!writeNode(state, level + 1, objectKey, true, true, true)) {
      continue; // Skip this pair because of invalid key.
    }

    explicitPair = (state.tag !== null && state.tag !== '?') ||
                   (state.dump && state.dump.length > 1024);

    if (explicitPair) {
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += '?';
      } else {
        pairBuffer += '? ';
      }
    }

    pairBuffer += state.dump;

    if (explicitPair) {
      pairBuffer += generateNextLine(state, level);
    }

    if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
      continue; // Skip this pair because of invalid value.
    }

    if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
      pairBuffer += ':';
    } else {
      pairBuffer += ': ';
    }

    pairBuffer += state.dump;

    // Both key and value are valid.
    _result += pairBuffer;
  }

  state.tag = _tag;
  state.dump = _result || '{}'; // Empty mapping if no valid pairs.
}

function detectType(state, object, explicit) {
  var _result, typeList, index, length, type, style;

  typeList = explicit ? state.explicitTypes : state.implicitTypes;

  for (index = 0, length = typeList.length; index < length; index += 1) {
    type = typeList[index];

    if ((type.instanceOf  || type.predicate) &&
        (!type.instanceOf || ((typeof object === 'object') && (object instanceof type.instanceOf))) &&
        (!type.predicate  || type.predicate(object))) {

      if (explicit) {
        if (type.multi && type.representName) {
          state.tag = type.representName(object);
        } else {
          state.tag = type.tag;
        }
      } else {
        state.tag = '?';
      }

      if (type.represent) {
        style = state.styleMap[type.tag] || type.defaultStyle;

        if (_toString.call(type.represent) === '[object Function]') {
          _result = type.represent(object, style);
        } else if (_hasOwnProperty.call(type.represent, style)) {
          _result = type.represent[style](object, style);
        } else {
          throw new exception('!<' + type.tag + '> tag resolver accepts not "' + style + '" style');
        }

        state.dump = _result;
      }

      return true;
    }
  }

  return false;
}

// Serializes `object` and writes it to global `result`.
// Returns true on success, or false on invalid object.
//
function writeNode(state, level, object, block, compact, iskey, isblockseq) {
  state.tag = null;
  state.dump = object;

  if (!detectType(state, object, false)) {
    detectType(state, object, true);
  }

  var type = _toString.call(state.dump);
  var inblock = block;
  var tagStr;

  if (block) {
    block = (state.flowLevel < 0 || state.flowLevel > level);
  }

  var objectOrArray = type === '[object Object]' || type === '[object Array]',
      duplicateIndex,
      duplicate;

  if (objectOrArray) {
    duplicateIndex = state.duplicates.indexOf(object);
    duplicate = duplicateIndex !== -1;
  }

  if ((state.tag !== null && state.tag !== '?') || duplicate || (state.indent !== 2 && level > 0)) {
    compact = false;
  }

  if (duplicate && state.usedDuplicates[duplicateIndex]) {
    state.dump = '*ref_' + duplicateIndex;
  } else {
    if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
      state.usedDuplicates[duplicateIndex] = true;
    }
    if (type === '[object Object]') {
      if (block && (Object.keys(state.dump).length !== 0)) {
        writeBlockMapping(state, level, state.dump, compact);
        if (duplicate) {
          state.dump = '&ref_' + duplicateIndex + state.dump;
        }
      } else {
        writeFlowMapping(state, level, state.dump);
        if (duplicate) {
          state.dump = '&ref_' + duplicateIndex + ' ' + state.dump;
        }
      }
    } else if (type === '[object Array]') {
      if (block && (state.dump.length !== 0)) {
        if (state.noArrayIndent && !isblockseq && level > 0) {
          writeBlockSequence(state, level - 1, state.dump, compact);
        } else {
          writeBlockSequence(state, level, state.dump, compact);
        }
        if (duplicate) {
          state.dump = '&ref_' + duplicateIndex + state.dump;
        }
      } else {
        writeFlowSequence(state, level, state.dump);
        if (duplicate) {
          state.dump = '&ref_' + duplicateIndex + ' ' + state.dump;
        }
      }
    } else if (type === '[object String]') {
      if (state.tag !== '?') {
        writeScalar(state, state.dump, level, iskey, inblock);
      }
    } else if (type === '[object Undefined]') {
      return false;
    } else {
      if (state.skipInvalid) return false;
      throw new exception('unacceptable kind of an object to dump ' + type);
    }

    if (state.tag !== null && state.tag !== '?') {
      // Need to encode all characters except those allowed by the spec:
      //
      // [35] ns-dec-digit    ::=  [#x30-#x39] /* 0-9 */
      // [36] ns-hex-digit    ::=  ns-dec-digit
      //                         | [#x41-#x46] /* A-F */ | [#x61-#x66] /* a-f */
      // [37] ns-ascii-letter ::=  [#x41-#x5A] /* A-Z */ | [#x61-#x7A] /* a-z */
      // [38] ns-word-char    ::=  ns-dec-digit | ns-ascii-letter | “-”
      // [39] ns-uri-char     ::=  “%” ns-hex-digit ns-hex-digit | ns-word-char | “#”
      //                         | “;” | “/” | “?” | “:” | “@” | “&” | “=” | “+” | “$” | “,”
      //                         | “_” | “.” | “!” | “~” | “*” | “'” | “(” | “)” | “[” | “]”
      //
      // Also need to encode '!' because it has special meaning (end of tag prefix).
      //
      tagStr = encodeURI(
        state.tag[0] === '!' ? state.tag.slice(1) : state.tag
      ).replace(/!/g, '%21');

      if (state.tag[0] === '!') {
        tagStr = '!' + tagStr;
      } else if (tagStr.slice(0, 18) === 'tag:yaml.org,2002:') {
        tagStr = '!!' + tagStr.slice(18);
      } else {
        tagStr = '!<' + tagStr + '>';
      }

      state.dump = tagStr + ' ' + state.dump;
    }
  }

  return true;
}

function getDuplicateReferences(object, state) {
  var objects = [],
      duplicatesIndexes = [],
      index,
      length;

  inspectNode(object, objects, duplicatesIndexes);

  for (index = 0, length = duplicatesIndexes.length; index < length; index += 1) {
    state.duplicates.push(objects[duplicatesIndexes[index]]);
  }
  state.usedDuplicates = new Array(length);
}

function inspectNode(object, objects, duplicatesIndexes) {
  var objectKeyList,
      index,
      length;

  if (object !== null && typeof object === 'object') {
    index = objects.indexOf(object);
    if (index !== -1) {
      if (duplicatesIndexes.indexOf(index) === -1) {
        duplicatesIndexes.push(index);
      }
    } else {
      objects.push(object);

      if (Array.isArray(object)) {
        for (index = 0, length = object.length; index < length; index += 1) {
          inspectNode(object[index], objects, duplicatesIndexes);
        }
      } else {
        objectKeyList = Object.keys(object);

        for (index = 0, length = objectKeyList.length; index < length; index += 1) {
          inspectNode(object[objectKeyList[index]], objects, duplicatesIndexes);
        }
      }
    }
  }
}

function dump$1(input, options) {
  options = options || {};

  var state = new State(options);

  if (!state.noRefs) getDuplicateReferences(input, state);

  var value = input;

  if (state.replacer) {
    value = state.replacer.call({ '': value }, '', value);
  }

  if (writeNode(state, 0, value, true, true)) return state.dump + '\n';

  return '';
}

var dump_1 = dump$1;

var dumper = {
	dump: dump_1
};

function renamed(from, to) {
  return function () {
    throw new Error('Function yaml.' + from + ' is removed in js-yaml 4. ' +
      'Use yaml.' + to + ' instead, which is now safe by default.');
  };
}


var Type                = type;
var Schema              = schema;
var FAILSAFE_SCHEMA     = failsafe;
var JSON_SCHEMA         = json;
var CORE_SCHEMA         = core;
var DEFAULT_SCHEMA      = _default;
var load                = loader.load;
var loadAll             = loader.loadAll;
var dump                = dumper.dump;
var YAMLException       = exception;

// Re-export all types in case user wants to create custom schema
var types = {
  binary:    binary,
  float:     float,
  map:       map,
  null:      _null,
  pairs:     pairs,
  set:       set,
  timestamp: timestamp,
  bool:      bool,
  int:       int,
  merge:     merge,
  omap:      omap,
  seq:       seq,
  str:       str
};

// Removed functions from JS-YAML 3.0.x
var safeLoad            = renamed('safeLoad', 'load');
var safeLoadAll         = renamed('safeLoadAll', 'loadAll');
var safeDump            = renamed('safeDump', 'dump');

var jsYaml = {
	Type: Type,
	Schema: Schema,
	FAILSAFE_SCHEMA: FAILSAFE_SCHEMA,
	JSON_SCHEMA: JSON_SCHEMA,
	CORE_SCHEMA: CORE_SCHEMA,
	DEFAULT_SCHEMA: DEFAULT_SCHEMA,
	load: load,
	loadAll: loadAll,
	dump: dump,
	YAMLException: YAMLException,
	types: types,
	safeLoad: safeLoad,
	safeLoadAll: safeLoadAll,
	safeDump: safeDump
};




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
/******/ var __webpack_exports__ = __nccwpck_require__(30586);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
