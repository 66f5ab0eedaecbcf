import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 73313:
/***/ ((module) => {

module.exports = Pend;

function Pend() {
  this.pending = 0;
  this.max = Infinity;
  this.listeners = [];
  this.waiting = [];
  this.error = null;
}

Pend.prototype.go = function(fn) {
  if (this.pending < this.max) {
    pendGo(this, fn);
  } else {
    this.waiting.push(fn);
  }
};

Pend.prototype.wait = function(cb) {
  if (this.pending === 0) {
    cb(this.error);
  } else {
    this.listeners.push(cb);
  }
};

Pend.prototype.hold = function() {
  return pendHold(this);
};

function pendHold(self) {
  self.pending += 1;
  var called = false;
  return onCb;
  function onCb(err) {
    if (called) throw new Error("callback called twice");
    called = true;
    self.error = self.error || err;
    self.pending -= 1;
    if (self.waiting.length > 0 && self.pending < self.max) {
      pendGo(self, self.waiting.shift());
    } else if (self.pending === 0) {
      var listeners = self.listeners;
      self.listeners = [];
      listeners.forEach(cbListener);
    }
  }
  function cbListener(listener) {
    listener(self.error);
  }
}

function pendGo(self, fn) {
  fn(pendHold(self));
}


/***/ }),

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

/***/ 44248:
/***/ ((module) => {

// Adapted from https://github.com/brianloveswords/buffer-crc32/blob/v0.2.13/index.js
const CRC_TABLE = new Int32Array([
  0x00000000, 0x77073096, 0xee0e612c, 0x990951ba, 0x076dc419, 0x706af48f, 0xe963a535, 0x9e6495a3,
  0x0edb8832, 0x79dcb8a4, 0xe0d5e91e, 0x97d2d988, 0x09b64c2b, 0x7eb17cbd, 0xe7b82d07, 0x90bf1d91,
  0x1db71064, 0x6ab020f2, 0xf3b97148, 0x84be41de, 0x1adad47d, 0x6ddde4eb, 0xf4d4b551, 0x83d385c7,
  0x136c9856, 0x646ba8c0, 0xfd62f97a, 0x8a65c9ec, 0x14015c4f, 0x63066cd9, 0xfa0f3d63, 0x8d080df5,
  0x3b6e20c8, 0x4c69105e, 0xd56041e4, 0xa2677172, 0x3c03e4d1, 0x4b04d447, 0xd20d85fd, 0xa50ab56b,
  0x35b5a8fa, 0x42b2986c, 0xdbbbc9d6, 0xacbcf940, 0x32d86ce3, 0x45df5c75, 0xdcd60dcf, 0xabd13d59,
  0x26d930ac, 0x51de003a, 0xc8d75180, 0xbfd06116, 0x21b4f4b5, 0x56b3c423, 0xcfba9599, 0xb8bda50f,
  0x2802b89e, 0x5f058808, 0xc60cd9b2, 0xb10be924, 0x2f6f7c87, 0x58684c11, 0xc1611dab, 0xb6662d3d,
  0x76dc4190, 0x01db7106, 0x98d220bc, 0xefd5102a, 0x71b18589, 0x06b6b51f, 0x9fbfe4a5, 0xe8b8d433,
  0x7807c9a2, 0x0f00f934, 0x9609a88e, 0xe10e9818, 0x7f6a0dbb, 0x086d3d2d, 0x91646c97, 0xe6635c01,
  0x6b6b51f4, 0x1c6c6162, 0x856530d8, 0xf262004e, 0x6c0695ed, 0x1b01a57b, 0x8208f4c1, 0xf50fc457,
  0x65b0d9c6, 0x12b7e950, 0x8bbeb8ea, 0xfcb9887c, 0x62dd1ddf, 0x15da2d49, 0x8cd37cf3, 0xfbd44c65,
  0x4db26158, 0x3ab551ce, 0xa3bc0074, 0xd4bb30e2, 0x4adfa541, 0x3dd895d7, 0xa4d1c46d, 0xd3d6f4fb,
  0x4369e96a, 0x346ed9fc, 0xad678846, 0xda60b8d0, 0x44042d73, 0x33031de5, 0xaa0a4c5f, 0xdd0d7cc9,
  0x5005713c, 0x270241aa, 0xbe0b1010, 0xc90c2086, 0x5768b525, 0x206f85b3, 0xb966d409, 0xce61e49f,
  0x5edef90e, 0x29d9c998, 0xb0d09822, 0xc7d7a8b4, 0x59b33d17, 0x2eb40d81, 0xb7bd5c3b, 0xc0ba6cad,
  0xedb88320, 0x9abfb3b6, 0x03b6e20c, 0x74b1d29a, 0xead54739, 0x9dd277af, 0x04db2615, 0x73dc1683,
  0xe3630b12, 0x94643b84, 0x0d6d6a3e, 0x7a6a5aa8, 0xe40ecf0b, 0x9309ff9d, 0x0a00ae27, 0x7d079eb1,
  0xf00f9344, 0x8708a3d2, 0x1e01f268, 0x6906c2fe, 0xf762575d, 0x806567cb, 0x196c3671, 0x6e6b06e7,
  0xfed41b76, 0x89d32be0, 0x10da7a5a, 0x67dd4acc, 0xf9b9df6f, 0x8ebeeff9, 0x17b7be43, 0x60b08ed5,
  0xd6d6a3e8, 0xa1d1937e, 0x38d8c2c4, 0x4fdff252, 0xd1bb67f1, 0xa6bc5767, 0x3fb506dd, 0x48b2364b,
  0xd80d2bda, 0xaf0a1b4c, 0x36034af6, 0x41047a60, 0xdf60efc3, 0xa867df55, 0x316e8eef, 0x4669be79,
  0xcb61b38c, 0xbc66831a, 0x256fd2a0, 0x5268e236, 0xcc0c7795, 0xbb0b4703, 0x220216b9, 0x5505262f,
  0xc5ba3bbe, 0xb2bd0b28, 0x2bb45a92, 0x5cb36a04, 0xc2d7ffa7, 0xb5d0cf31, 0x2cd99e8b, 0x5bdeae1d,
  0x9b64c2b0, 0xec63f226, 0x756aa39c, 0x026d930a, 0x9c0906a9, 0xeb0e363f, 0x72076785, 0x05005713,
  0x95bf4a82, 0xe2b87a14, 0x7bb12bae, 0x0cb61b38, 0x92d28e9b, 0xe5d5be0d, 0x7cdcefb7, 0x0bdbdf21,
  0x86d3d2d4, 0xf1d4e242, 0x68ddb3f8, 0x1fda836e, 0x81be16cd, 0xf6b9265b, 0x6fb077e1, 0x18b74777,
  0x88085ae6, 0xff0f6a70, 0x66063bca, 0x11010b5c, 0x8f659eff, 0xf862ae69, 0x616bffd3, 0x166ccf45,
  0xa00ae278, 0xd70dd2ee, 0x4e048354, 0x3903b3c2, 0xa7672661, 0xd06016f7, 0x4969474d, 0x3e6e77db,
  0xaed16a4a, 0xd9d65adc, 0x40df0b66, 0x37d83bf0, 0xa9bcae53, 0xdebb9ec5, 0x47b2cf7f, 0x30b5ffe9,
  0xbdbdf21c, 0xcabac28a, 0x53b39330, 0x24b4a3a6, 0xbad03605, 0xcdd70693, 0x54de5729, 0x23d967bf,
  0xb3667a2e, 0xc4614ab8, 0x5d681b02, 0x2a6f2b94, 0xb40bbe37, 0xc30c8ea1, 0x5a05df1b, 0x2d02ef8d,
]);

function crc32(buf) {
  let crc = -1;
  for (let x of buf) {
    crc = CRC_TABLE[(crc ^ x) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ -1) >>> 0;
}

module.exports = crc32;


/***/ }),

/***/ 33502:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

// This was adapted from https://github.com/andrewrk/node-fd-slicer by Andrew Kelley under the MIT License.
var fs = __nccwpck_require__(79896);
var util = __nccwpck_require__(39023);
var stream = __nccwpck_require__(2203);
var Readable = stream.Readable;
var PassThrough = stream.PassThrough;
var Pend = __nccwpck_require__(73313);
var EventEmitter = (__nccwpck_require__(24434).EventEmitter);

exports.BufferSlicer = BufferSlicer;
exports.FdSlicer = FdSlicer;

util.inherits(FdSlicer, EventEmitter);
function FdSlicer(fd) {
  EventEmitter.call(this);

  this.fd = fd;
  this.pend = new Pend();
  this.pend.max = 1;
  this.refCount = 0;
}

FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  var self = this;
  self.pend.go(function(cb) {
    fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer) {
      cb();
      callback(err, bytesRead, buffer);
    });
  });
};

FdSlicer.prototype.createReadStream = function(options) {
  return new ReadStream(this, options);
};

FdSlicer.prototype.ref = function() {
  this.refCount += 1;
};

FdSlicer.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;
  if (self.refCount < 0) throw new Error("invalid unref");
  if (self.refCount > 0) return;

  fs.close(self.fd, onCloseDone);

  function onCloseDone(err) {
    if (err) {
      self.emit('error', err);
    } else {
      self.emit('close');
    }
  }
};

util.inherits(ReadStream, Readable);
function ReadStream(context, options) {
  options = options || {};
  Readable.call(this, options);

  this.context = context;
  this.context.ref();

  this.start = options.start || 0;
  this.endOffset = options.end;
  this.pos = this.start;
}

ReadStream.prototype._read = function(n) {
  var self = this;

  var toRead = Math.min(self._readableState.highWaterMark, n);
  if (self.endOffset != null) {
    toRead = Math.min(toRead, self.endOffset - self.pos);
  }
  if (toRead <= 0) {
    self.push(null);
    this._cleanup();
    return;
  }
  self.context.pend.go(function(cb) {
    var buffer = Buffer.allocUnsafe(toRead);
    fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
      if (err) {
        self.destroy(err);
      } else if (bytesRead === 0) {
        self.push(null);
        self._cleanup();
      } else {
        self.pos += bytesRead;
        self.push(buffer.slice(0, bytesRead));
      }
      cb();
    });
  });
};

ReadStream.prototype._destroy = function(err, cb) {
  // Node 14+ calls this automatically at EOF.
  this._cleanup();
  cb(err);
};

ReadStream.prototype._cleanup = function() {
  if (this.context != null) {
    this.context.unref();
    this.context = null;
  }
};

util.inherits(BufferSlicer, EventEmitter);
function BufferSlicer(buffer) {
  EventEmitter.call(this);

  this.refCount = 0;
  this.buffer = buffer;
}

BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
  if (position < 0) throw new RangeError("position is negative: " + position);
  if (offset + length > buffer.length) {
    // The caller's buffer can't hold all the bytes they're trying to read.
    // Clamp the length instead of giving an error.
    // The callback will be informed of fewer than expected bytes written.
    length = buffer.length - offset;
  }
  if (position + length > this.buffer.length) {
    // Clamp any attempt to read past the end of the source buffer.
    length = this.buffer.length - position;
  }
  if (length <= 0) {
    // After any clamping, we're fully out of bounds or otherwise have nothing to do.
    // This isn't an error; it's just zero bytes written.
    setImmediate(function() {
      callback(null, 0);
    });
    return;
  }
  this.buffer.copy(buffer, offset, position, position + length);
  setImmediate(function() {
    callback(null, length);
  });
};

BufferSlicer.prototype.createReadStream = function(options) {
  options = options || {};
  var readStream = new PassThrough(options);
  readStream.start = options.start || 0;
  readStream.endOffset = options.end;
  // by the time this function returns, we'll be done.
  readStream.pos = readStream.endOffset || this.buffer.length;

  var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
  // Cut the buffer into smaller slices for better memory usage when streaming into a zlib inflate stream.
  // See https://github.com/thejoshwolfe/yauzl/issues/87
  var maxChunkSize = 0x10000;
  var offset = 0;
  while (true) {
    var nextOffset = offset + maxChunkSize;
    if (nextOffset >= entireSlice.length) {
      // last chunk
      if (offset < entireSlice.length) {
        readStream.write(entireSlice.slice(offset, entireSlice.length));
      }
      break;
    }
    readStream.write(entireSlice.slice(offset, nextOffset));
    offset = nextOffset;
  }

  readStream.end();
  return readStream;
};

BufferSlicer.prototype.ref = function() {
  this.refCount += 1;
};

BufferSlicer.prototype.unref = function() {
  this.refCount -= 1;

  if (this.refCount < 0) {
    throw new Error("invalid unref");
  }
};


/***/ }),

/***/ 20663:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var fs = __nccwpck_require__(79896);
var zlib = __nccwpck_require__(43106);
var fd_slicer = __nccwpck_require__(33502);
var util = __nccwpck_require__(39023);
var EventEmitter = (__nccwpck_require__(24434).EventEmitter);
var Transform = (__nccwpck_require__(2203).Transform);
var PassThrough = (__nccwpck_require__(2203).PassThrough);
var Writable = (__nccwpck_require__(2203).Writable);

// Node 20 added zlib.crc32.
const crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : __nccwpck_require__(44248);

exports.open = open;
exports.fromFd = fromFd;
exports.fromBuffer = fromBuffer;
exports.fromRandomAccessReader = fromRandomAccessReader;
exports.openPromise = openPromise;
exports.fromFdPromise = fromFdPromise;
exports.fromBufferPromise = fromBufferPromise;
exports.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;

exports.dosDateTimeToDate = dosDateTimeToDate;
exports.getFileNameLowLevel = getFileNameLowLevel;
exports.validateFileName = validateFileName;
exports.parseExtraFields = parseExtraFields;
exports.ZipFile = ZipFile;
exports.Entry = Entry;
exports.LocalFileHeader = LocalFileHeader;
exports.RandomAccessReader = RandomAccessReader;

function openPromise(path, options) {
  return new Promise((resolve, reject) => {
    open(path, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromFdPromise(fd, options) {
  return new Promise((resolve, reject) => {
    fromFd(fd, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromBufferPromise(buffer, options) {
  return new Promise((resolve, reject) => {
    fromBuffer(buffer, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromRandomAccessReaderPromise(reader, totalSize, options) {
  return new Promise((resolve, reject) => {
    fromRandomAccessReader(reader, totalSize, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}

function open(path, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.open(path, "r", function(err, fd) {
    if (err) return callback(err);
    fromFd(fd, options, function(err, zipfile) {
      if (err) fs.close(fd, defaultCallback);
      callback(err, zipfile);
    });
  });
}

function fromFd(fd, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.fstat(fd, function(err, stats) {
    if (err) return callback(err);
    var reader = new fd_slicer.FdSlicer(fd);
    fromRandomAccessReader(reader, stats.size, options, callback);
  });
}

function fromBuffer(buffer, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  var reader = new fd_slicer.BufferSlicer(buffer);
  fromRandomAccessReader(reader, buffer.length, options, callback);
}

function fromRandomAccessReader(reader, totalSize, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  var decodeStrings = !!options.decodeStrings;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
  if (totalSize > Number.MAX_SAFE_INTEGER) {
    throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
  }

  // the matching unref() call is in zipfile.close()
  reader.ref();

  // eocdr means End of Central Directory Record.
  // search backwards for the eocdr signature.
  // the last field of the eocdr is a variable-length comment.
  // the comment size is encoded in a 2-byte field in the eocdr, which we can't find without trudging backwards through the comment to find it.
  // as a consequence of this design decision, it's possible to have ambiguous zip file metadata if a coherent eocdr was in the comment.
  // we search backwards for a eocdr signature, and hope that whoever made the zip file was smart enough to forbid the eocdr signature in the comment.
  var eocdrWithoutCommentSize = 22;
  var zip64EocdlSize = 20; // Zip64 end of central directory locator
  var maxCommentSize = 0xffff; // 2-byte size
  var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
  var buffer = newBuffer(bufferSize);
  var bufferReadStart = totalSize - buffer.length;
  readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
    if (err) return callback(err);
    for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
      if (buffer.readUInt32LE(i) !== 0x06054b50) continue;
      // found eocdr
      var eocdrBuffer = buffer.subarray(i);

      // 0 - End of central directory signature = 0x06054b50
      // 4 - Number of this disk
      var diskNumber = eocdrBuffer.readUInt16LE(4);
      // 6 - Disk where central directory starts
      // 8 - Number of central directory records on this disk
      // 10 - Total number of central directory records
      var entryCount = eocdrBuffer.readUInt16LE(10);
      // 12 - Size of central directory (bytes)
      // 16 - Offset of start of central directory, relative to start of archive
      var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
      // 20 - Comment length
      var commentLength = eocdrBuffer.readUInt16LE(20);
      var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
      if (commentLength !== expectedCommentLength) {
        return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK☺☻` in the comment?"));
      }
      // 22 - Comment
      // the encoding is always cp437.
      var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false)
                                  : eocdrBuffer.subarray(22);

      // Look for a Zip64 end of central directory locator
      if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 0x07064b50) {
        // ZIP64 format
        var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
        // 0 - zip64 end of central dir locator signature = 0x07064b50
        // 4 - number of the disk with the start of the zip64 end of central directory
        // 8 - relative offset of the zip64 end of central directory record
        var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
        // 16 - total number of disks

        // ZIP64 end of central directory record
        var zip64EocdrBuffer = newBuffer(56);
        return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err) {
          if (err) return callback(err);

          // 0 - zip64 end of central dir signature                           4 bytes  (0x06064b50)
          if (zip64EocdrBuffer.readUInt32LE(0) !== 0x06064b50) {
            return callback(new Error("invalid zip64 end of central directory record signature"));
          }
          // 4 - size of zip64 end of central directory record                8 bytes
          // 12 - version made by                                             2 bytes
          // 14 - version needed to extract                                   2 bytes
          // 16 - number of this disk                                         4 bytes
          diskNumber = zip64EocdrBuffer.readUInt32LE(16);
          if (diskNumber !== 0) {
            // Check this only after zip64 overrides. See #118.
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          // 20 - number of the disk with the start of the central directory  4 bytes
          // 24 - total number of entries in the central directory on this disk         8 bytes
          // 32 - total number of entries in the central directory            8 bytes
          entryCount = readUInt64LE(zip64EocdrBuffer, 32);
          // 40 - size of the central directory                               8 bytes
          // 48 - offset of start of central directory with respect to the starting disk number     8 bytes
          centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
          // 56 - zip64 extensible data sector                                (variable size)
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));
        });
      }

      // Not ZIP64 format
      if (diskNumber !== 0) {
        return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
      }
      return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));

    }

    // Not a zip file.
    callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
  });
}

util.inherits(ZipFile, EventEmitter);
function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
  var self = this;
  EventEmitter.call(self);
  self.reader = reader;
  // forward close events
  self.reader.on("error", function(err) {
    // error closing the fd
    emitError(self, err);
  });
  self.reader.once("close", function() {
    self.emit("close");
  });
  self.readEntryCursor = centralDirectoryOffset;
  self.fileSize = fileSize;
  self.entryCount = entryCount;
  self.comment = comment;
  self.entriesRead = 0;
  self.autoClose = !!autoClose;
  self.lazyEntries = !!lazyEntries;
  self.decodeStrings = !!decodeStrings;
  self.validateEntrySizes = !!validateEntrySizes;
  self.strictFileNames = !!strictFileNames;
  self.isOpen = true;
  self.emittedError = false;
  self.hasEachEntryBeenCalled = false;

  if (!self.lazyEntries) self._readEntry();
}
ZipFile.prototype.close = function() {
  if (!this.isOpen) return;
  this.isOpen = false;
  this.reader.unref();
};

function emitErrorAndAutoClose(self, err) {
  if (self.autoClose) self.close();
  emitError(self, err);
}
function emitError(self, err) {
  if (self.emittedError) return;
  self.emittedError = true;
  self.emit("error", err);
}

ZipFile.prototype.readEntry = function() {
  if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
  this._readEntry();
};
ZipFile.prototype._readEntry = function() {
  var self = this;
  if (self.entryCount === self.entriesRead) {
    // done with metadata
    setImmediate(function() {
      if (self.autoClose) self.close();
      if (self.emittedError) return;
      self.emit("end");
    });
    return;
  }
  if (self.emittedError) return;
  var buffer = newBuffer(46);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
    if (err) return emitErrorAndAutoClose(self, err);
    if (self.emittedError) return;
    var entry = new Entry();
    // 0 - Central directory file header signature
    var signature = buffer.readUInt32LE(0);
    if (signature !== 0x02014b50) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
    // 4 - Version made by
    entry.versionMadeBy = buffer.readUInt16LE(4);
    // 6 - Version needed to extract (minimum)
    entry.versionNeededToExtract = buffer.readUInt16LE(6);
    // 8 - General purpose bit flag
    entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
    // 10 - Compression method
    entry.compressionMethod = buffer.readUInt16LE(10);
    // 12 - File last modification time
    entry.lastModFileTime = buffer.readUInt16LE(12);
    // 14 - File last modification date
    entry.lastModFileDate = buffer.readUInt16LE(14);
    // 16 - CRC-32
    entry.crc32 = buffer.readUInt32LE(16);
    // 20 - Compressed size
    entry.compressedSize = buffer.readUInt32LE(20);
    // 24 - Uncompressed size
    entry.uncompressedSize = buffer.readUInt32LE(24);
    // 28 - File name length (n)
    entry.fileNameLength = buffer.readUInt16LE(28);
    // 30 - Extra field length (m)
    entry.extraFieldLength = buffer.readUInt16LE(30);
    // 32 - File comment length (k)
    entry.fileCommentLength = buffer.readUInt16LE(32);
    // 34 - Disk number where file starts
    // 36 - Internal file attributes
    entry.internalFileAttributes = buffer.readUInt16LE(36);
    // 38 - External file attributes
    entry.externalFileAttributes = buffer.readUInt32LE(38);
    // 42 - Relative offset of local file header
    entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);

    if (entry.generalPurposeBitFlag & 0x40) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));

    self.readEntryCursor += 46;

    buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
    readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
      if (err) return emitErrorAndAutoClose(self, err);
      if (self.emittedError) return;
      // 46 - File name
      entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
      // 46+n - Extra field
      var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
      entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
      // 46+n+m - File comment
      entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);

      // Parse the extra fields, which we need for processing other fields.
      try {
        entry.extraFields = parseExtraFields(entry.extraFieldRaw);
      } catch (err) {
        return emitErrorAndAutoClose(self, err);
      }

      // Interpret strings according to bit flags, extra fields, and options.
      if (self.decodeStrings) {
        var isUtf8 = (entry.generalPurposeBitFlag & 0x800) !== 0;
        entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
        entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
        var errorMessage = validateFileName(entry.fileName);
        if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
      } else {
        entry.fileComment = entry.fileCommentRaw;
        entry.fileName = entry.fileNameRaw;
      }
      // Maintain API compatibility. See https://github.com/thejoshwolfe/yauzl/issues/47
      entry.comment = entry.fileComment;

      self.readEntryCursor += buffer.length;
      self.entriesRead += 1;

      // Check for the Zip64 Extended Information Extra Field.
      for (var i = 0; i < entry.extraFields.length; i++) {
        var extraField = entry.extraFields[i];
        if (extraField.id !== 0x0001) continue;
        // Found it.

        var zip64EiefBuffer = extraField.data;
        var index = 0;
        // 0 - Original Size          8 bytes
        if (entry.uncompressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
          }
          entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 8 - Compressed Size        8 bytes
        if (entry.compressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
          }
          entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 16 - Relative Header Offset 8 bytes
        if (entry.relativeOffsetOfLocalHeader === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
          }
          entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 24 - Disk Start Number      4 bytes

        break;
      }

      // validate file size
      if (self.validateEntrySizes && entry.compressionMethod === 0) {
        var expectedCompressedSize = entry.uncompressedSize;
        if (entry.isEncrypted()) {
          // traditional encryption prefixes the file data with a header
          expectedCompressedSize += 12;
        }
        if (entry.compressedSize !== expectedCompressedSize) {
          var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
          return emitErrorAndAutoClose(self, new Error(msg));
        }
      }

      self.emit("entry", entry);

      if (!self.lazyEntries) self._readEntry();
    });
  });
};

ZipFile.prototype.eachEntry = function() {
  const self = this;
  if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
  if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
  self.hasEachEntryBeenCalled = true;

  let pendingResolveReject = null;
  self.on("entry", onEntry);
  self.on("end", onEnd);
  self.on("error", onError);
  function cleanup() {
    self.removeListener("entry", onEntry);
    self.removeListener("end", onEnd);
    self.removeListener("error", onError);
    if (self.autoClose) self.close();
  }

  function onEntry(entry) {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    resolve({value: entry});
  }
  function onEnd() {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    resolve({done: true});
  }
  function onError(err) {
    let {reject} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    reject(err);
  }

  return {
    [Symbol.asyncIterator]() {
      // Called once by `for await...of`.
      return this;
    },
    next() {
      // Called on each iteration in a `for await...of`.
      const promise = new Promise((resolve, reject) => {
        if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
        pendingResolveReject = {resolve, reject};
      });
      self.readEntry();
      return promise;
    },
    return(value) {
      // Called when breaking, returning, throwing out of a `for await...of`.
      cleanup();
      return Promise.resolve({done: true, value});
    },
    throw(value) {
      // Almost never called. Something about `yield*` maybe?
      cleanup();
      return Promise.reject(value);
    },
  };
};

ZipFile.prototype.openReadStream = function(entry, options, callback) {
  var self = this;
  // parameter validation
  var relativeStart = 0;
  var relativeEnd = entry.compressedSize;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) {
    options = {};
  } else {
    if (options.decodeFileData === false) {
      // new, simple option
      if (options.decrypt != null) {
        throw new Error("cannot use options.decrypt when options.decodeFileData === false");
      }
      if (options.decompress != null) {
        throw new Error("cannot use options.decompress when options.decodeFileData === false");
      }
      // start and end are allowed
    } else {
      // old, complicated options
      if (options.decrypt != null) {
        if (!entry.isEncrypted()) {
          throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
        }
        if (options.decrypt !== false) throw new Error("invalid options.decrypt value: " + options.decrypt);
        if (entry.isCompressed()) {
          if (options.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
        }
      }
      if (options.decompress != null) {
        if (!entry.isCompressed()) {
          throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
        }
        if (!(options.decompress === false || options.decompress === true)) {
          throw new Error("invalid options.decompress value: " + options.decompress);
        }
        decompress = options.decompress;
      }
    }
    if (options.start != null) {
      relativeStart = options.start;
      if (relativeStart < 0) throw new Error("options.start < 0");
      if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
    }
    if (options.end != null) {
      relativeEnd = options.end;
      if (relativeEnd < 0) throw new Error("options.end < 0");
      if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
      if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
    }
  }
  var rawMode = (
    options.decodeFileData === false || // Explicitly requested raw.
    (
      (entry.compressionMethod === 0 || // Naturally without compression.
        (entry.compressionMethod === 8 && options.decompress === false) // Deprecated compression bypass option.
      ) &&
      (!entry.isEncrypted() || // Naturally without encryption.
        options.decrypt === false // Deprecated encryption bypass option.
      )
    )
  );
  if (options.start != null || options.end != null) {
    // Ensure slicing deals with raw data.
    if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
  }

  // any further errors can either be caused by the zipfile,
  // or were introduced in a minor version of yauzl,
  // so should be passed to the client rather than thrown.
  if (!self.isOpen) return callback(new Error("closed"));
  if (entry.isEncrypted() && !rawMode) {
    if (options.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
  }
  var decompress;
  if (rawMode) {
    decompress = false;
  } else if (entry.compressionMethod === 8) {
    // 8 - The file is Deflated
    decompress = options.decodeFileData !== true;
  } else {
    return callback(new Error("unsupported compression method: " + entry.compressionMethod));
  }

  self.readLocalFileHeader(entry, {minimal: true}, function(err, localFileHeader) {
    if (err) return callback(err);
    self.openReadStreamLowLevel(
      localFileHeader.fileDataStart, entry.compressedSize,
      relativeStart, relativeEnd,
      decompress, entry.uncompressedSize,
      callback);
  });
};

ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
  var self = this;

  var fileDataEnd = fileDataStart + compressedSize;
  var readStream = self.reader.createReadStream({
    start: fileDataStart + relativeStart,
    end: fileDataStart + relativeEnd,
  });
  var endpointStream = readStream;
  if (decompress) {
    var destroyed = false;
    var inflateFilter = zlib.createInflateRaw();
    readStream.on("error", function(err) {
      // setImmediate here because errors can be emitted during the first call to pipe()
      setImmediate(function() {
        if (!destroyed) inflateFilter.emit("error", err);
      });
    });
    readStream.pipe(inflateFilter);

    if (self.validateEntrySizes) {
      endpointStream = new AssertByteCountStream(uncompressedSize);
      inflateFilter.on("error", function(err) {
        // forward zlib errors to the client-visible stream
        setImmediate(function() {
          if (!destroyed) endpointStream.emit("error", err);
        });
      });
      inflateFilter.pipe(endpointStream);
    } else {
      // the zlib filter is the client-visible stream
      endpointStream = inflateFilter;
    }
    // this is part of yauzl's API, so implement this function on the client-visible stream
    installDestroyFn(endpointStream, function() {
      destroyed = true;
      if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
      readStream.unpipe(inflateFilter);
      // TODO: the inflateFilter may cause a memory leak. see Issue #27.
      readStream.destroy();
    });
  }
  callback(null, endpointStream);
};

ZipFile.prototype.readLocalFileHeader = function(entry, options, callback) {
  var self = this;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) options = {};

  self.reader.ref();
  var buffer = newBuffer(30);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
    try {
      if (err) return callback(err);
      // 0 - Local file header signature = 0x04034b50
      var signature = buffer.readUInt32LE(0);
      if (signature !== 0x04034b50) {
        return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
      }

      var fileNameLength = buffer.readUInt16LE(26);
      var extraFieldLength = buffer.readUInt16LE(28);
      var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
      // We now have enough information to do this bounds check.
      if (fileDataStart + entry.compressedSize > self.fileSize) {
        return callback(new Error("file data overflows file bounds: " +
            fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
      }

      if (options.minimal) {
        return callback(null, {fileDataStart: fileDataStart});
      }

      var localFileHeader = new LocalFileHeader();
      localFileHeader.fileDataStart = fileDataStart;

      // 4 - Version needed to extract (minimum)
      localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
      // 6 - General purpose bit flag
      localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
      // 8 - Compression method
      localFileHeader.compressionMethod = buffer.readUInt16LE(8);
      // 10 - File last modification time
      localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
      // 12 - File last modification date
      localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
      // 14 - CRC-32
      localFileHeader.crc32 = buffer.readUInt32LE(14);
      // 18 - Compressed size
      localFileHeader.compressedSize = buffer.readUInt32LE(18);
      // 22 - Uncompressed size
      localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
      // 26 - File name length (n)
      localFileHeader.fileNameLength = fileNameLength;
      // 28 - Extra field length (m)
      localFileHeader.extraFieldLength = extraFieldLength;
      // 30 - File name
      // 30+n - Extra field

      buffer = newBuffer(fileNameLength + extraFieldLength);
      self.reader.ref();
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err) {
        try {
          if (err) return callback(err);
          localFileHeader.fileName = buffer.subarray(0, fileNameLength);
          localFileHeader.extraField = buffer.subarray(fileNameLength);
          return callback(null, localFileHeader);
        } finally {
          self.reader.unref();
        }
      });
    } finally {
      self.reader.unref();
    }
  });
};

ZipFile.prototype.openReadStreamPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.openReadStream(entry, options, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
  return new Promise((resolve, reject) => {
    this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.readLocalFileHeader(entry, options, function(err, localFileHeader) {
      if (err) return reject(err);
      resolve(localFileHeader);
    });
  });
};

function Entry() {
}
Entry.prototype.getLastModDate = function(options) {
  if (options == null) options = {};

  if (!options.forceDosFormat) {
    // Check extended fields.
    for (var i = 0; i < this.extraFields.length; i++) {
      var extraField = this.extraFields[i];
      if (extraField.id === 0x5455) {
        // Info-ZIP "universal timestamp" extended field (`0x5455` aka `"UT"`).
        // See the Info-ZIP source code unix/unix.c:set_extra_field() and zipfile.c:ef_scan_ut_time().
        var data = extraField.data;
        if (data.length < 5) continue; // Too short.
        // The flags define which of the three fields are present: mtime, atime, ctime.
        // We only care about mtime.
        // Also, ctime is never included in practice.
        // And also, atime is only included in the local file header for some reason
        // despite the flags lying about its inclusion in the central header.
        var flags = data[0];
        var HAS_MTIME = 1;
        if (!(flags & HAS_MTIME)) continue; // This will realistically never happen.
        // Although the positions of all of the fields shift around depending on the presence of other fields,
        // mtime is always first if present, and that's the only one we care about.
        var posixTimestamp = data.readInt32LE(1);
        return new Date(posixTimestamp * 1000);
      } else if (extraField.id === 0x000a) {
        var data = extraField.data;
        if (data.length !== 32) continue; // The length is always the same.
        // 4 bytes reserved
        // 2 bytes Tag
        if (data.readUInt16LE(4) !== 1) continue; // Tag1 is actually the only defined Tag.
        // 2 bytes Size
        if (data.readUInt16LE(6) !== 24) continue; // Size is always 24.
        // 8 bytes Mtime
        var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
        // Convert from NTFS to POSIX milliseconds.
        // The big number below is the milliseconds between year 1601 and year 1970
        // (i.e. the negative POSIX timestamp of 1601-01-01 00:00:00Z)
        var millisecondsSince1970 = hundredNanoSecondsSince1601 / 10000 - 11644473600000;
        // Note on numeric precision: JavaScript Number objects lose precision above Number.MAX_SAFE_INTEGER,
        // and NTFS timestamps are typically much bigger than that limit.
        // (MAX_SAFE_INTEGER would represent 1629-07-17T23:58:45.475Z.)
        // However, we're losing precision in the conversion from 100nanosecond units to millisecond units anyway,
        // and the time at which we also lose 1-millisecond precision is year 275760, the JavaScript Date limit (by design).
        // Up through the year 2057, this conversion only drops 4 bits of precision,
        // which is well under the 13-14 bits ratio between the milliseconds and 100nanoseconds.
        return new Date(millisecondsSince1970);
      }
    }
  }

  // Fallback to non-extended encoding.
  return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options.timezone);
};

Entry.prototype.canDecodeFileData = function() {
  return (
    !this.isEncrypted() &&
    (this.compressionMethod === 0 || this.compressionMethod === 8)
  );
};
Entry.prototype.isEncrypted = function() {
  return (this.generalPurposeBitFlag & 0x1) !== 0;
};
Entry.prototype.isCompressed = function() {
  return this.compressionMethod === 8;
};

function LocalFileHeader() {
}

function dosDateTimeToDate(date, time, timezone) {
  var day = date & 0x1f; // 1-31
  var month = (date >> 5 & 0xf) - 1; // 1-12, 0-11
  var year = (date >> 9 & 0x7f) + 1980; // 0-128, 1980-2108

  var millisecond = 0;
  var second = (time & 0x1f) * 2; // 0-29, 0-58 (even numbers)
  var minute = time >> 5 & 0x3f; // 0-59
  var hour = time >> 11 & 0x1f; // 0-23

  if (timezone == null || timezone === "local") {
    return new Date(year, month, day, hour, minute, second, millisecond);
  } else if (timezone === "UTC") {
    return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
  } else {
    throw new Error("unrecognized options.timezone: " + options.timezone);
  }
}

function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
  var fileName = null;

  // check for Info-ZIP Unicode Path Extra Field (0x7075)
  // see https://github.com/thejoshwolfe/yauzl/issues/33
  for (var i = 0; i < extraFields.length; i++) {
    var extraField = extraFields[i];
    if (extraField.id === 0x7075) {
      if (extraField.data.length < 6) {
        // too short to be meaningful
        continue;
      }
      // Version       1 byte      version of this extra field, currently 1
      if (extraField.data.readUInt8(0) !== 1) {
        // > Changes may not be backward compatible so this extra
        // > field should not be used if the version is not recognized.
        continue;
      }
      // NameCRC32     4 bytes     File Name Field CRC32 Checksum
      var oldNameCrc32 = extraField.data.readUInt32LE(1);
      if (crc32(fileNameBuffer) !== oldNameCrc32) {
        // > If the CRC check fails, this UTF-8 Path Extra Field should be
        // > ignored and the File Name field in the header should be used instead.
        continue;
      }
      // UnicodeName   Variable    UTF-8 version of the entry File Name
      fileName = decodeBuffer(extraField.data.subarray(5), true);
      break;
    }
  }

  if (fileName == null) {
    // The typical case.
    var isUtf8 = (generalPurposeBitFlag & 0x800) !== 0;
    fileName = decodeBuffer(fileNameBuffer, isUtf8);
  }

  if (!strictFileNames) {
    // Allow backslash.
    fileName = fileName.replace(/\\/g, "/");
  }
  return fileName;
}

function validateFileName(fileName) {
  if (fileName.indexOf("\\") !== -1) {
    return "invalid characters in fileName: " + fileName;
  }
  if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
    return "absolute path: " + fileName;
  }
  if (fileName.split("/").indexOf("..") !== -1) {
    return "invalid relative path: " + fileName;
  }
  // all good
  return null;
}

function parseExtraFields(extraFieldBuffer) {
  var extraFields = [];
  var i = 0;
  while (i < extraFieldBuffer.length - 3) {
    var headerId = extraFieldBuffer.readUInt16LE(i + 0);
    var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
    var dataStart = i + 4;
    var dataEnd = dataStart + dataSize;
    if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
    var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
    extraFields.push({
      id: headerId,
      data: dataBuffer,
    });
    i = dataEnd;
  }
  return extraFields;
}

function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
  if (length === 0) {
    // fs.read will throw an out-of-bounds error if you try to read 0 bytes from a 0 byte file
    return setImmediate(function() { callback(null, newBuffer(0)); });
  }
  reader.read(buffer, offset, length, position, function(err, bytesRead) {
    if (err) return callback(err);
    if (bytesRead < length) {
      return callback(new Error("unexpected EOF"));
    }
    callback();
  });
}

util.inherits(AssertByteCountStream, Transform);
function AssertByteCountStream(byteCount) {
  Transform.call(this);
  this.actualByteCount = 0;
  this.expectedByteCount = byteCount;
}
AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
  this.actualByteCount += chunk.length;
  if (this.actualByteCount > this.expectedByteCount) {
    var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb(null, chunk);
};
AssertByteCountStream.prototype._flush = function(cb) {
  if (this.actualByteCount < this.expectedByteCount) {
    var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb();
};

util.inherits(RandomAccessReader, EventEmitter);
function RandomAccessReader() {
  EventEmitter.call(this);
  this.refCount = 0;
}
RandomAccessReader.prototype.ref = function() {
  this.refCount += 1;
};
RandomAccessReader.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;

  if (self.refCount > 0) return;
  if (self.refCount < 0) throw new Error("invalid unref");

  self.close(onCloseDone);

  function onCloseDone(err) {
    if (err) return self.emit('error', err);
    self.emit('close');
  }
};
RandomAccessReader.prototype.createReadStream = function(options) {
  if (options == null) options = {};
  var start = options.start;
  var end = options.end;
  if (start === end) {
    var emptyStream = new PassThrough();
    setImmediate(function() {
      emptyStream.end();
    });
    return emptyStream;
  }
  var stream = this._readStreamForRange(start, end);

  var destroyed = false;
  var refUnrefFilter = new RefUnrefFilter(this);
  stream.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) refUnrefFilter.emit("error", err);
    });
  });
  installDestroyFn(refUnrefFilter, function() {
    stream.unpipe(refUnrefFilter);
    refUnrefFilter.unref();
    stream.destroy();
  });

  var byteCounter = new AssertByteCountStream(end - start);
  refUnrefFilter.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) byteCounter.emit("error", err);
    });
  });
  installDestroyFn(byteCounter, function() {
    destroyed = true;
    refUnrefFilter.unpipe(byteCounter);
    refUnrefFilter.destroy();
  });

  return stream.pipe(refUnrefFilter).pipe(byteCounter);
};
RandomAccessReader.prototype._readStreamForRange = function(start, end) {
  throw new Error("not implemented");
};
RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
  var readStream = this.createReadStream({start: position, end: position + length});
  var writeStream = new Writable();
  var written = 0;
  writeStream._write = function(chunk, encoding, cb) {
    chunk.copy(buffer, offset + written, 0, chunk.length);
    written += chunk.length;
    cb();
  };
  writeStream.on("finish", callback);
  readStream.on("error", function(error) {
    callback(error);
  });
  readStream.pipe(writeStream);
};
RandomAccessReader.prototype.close = function(callback) {
  setImmediate(callback);
};

util.inherits(RefUnrefFilter, PassThrough);
function RefUnrefFilter(context) {
  PassThrough.call(this);
  this.context = context;
  this.context.ref();
  this.unreffedYet = false;
}
RefUnrefFilter.prototype._flush = function(cb) {
  this.unref();
  cb();
};
RefUnrefFilter.prototype.unref = function(cb) {
  if (this.unreffedYet) return;
  this.unreffedYet = true;
  this.context.unref();
};

var cp437 = '\u0000☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼ !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~⌂ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ';
function decodeBuffer(buffer, isUtf8) {
  if (isUtf8) {
    return buffer.toString("utf8");
  } else {
    var result = "";
    for (var i = 0; i < buffer.length; i++) {
      result += cp437[buffer[i]];
    }
    return result;
  }
}

function readUInt64LE(buffer, offset) {
  // There is no native function for this, because we can't actually store 64-bit integers precisely.
  // after 53 bits, JavaScript's Number type (IEEE 754 double) can't store individual integers anymore.
  // but since 53 bits is a whole lot more than 32 bits, we do our best anyway.
  // As of 2020, Node has added support for BigInt, which obviates this whole function,
  // but yauzl hasn't been updated to depend on BigInt (yet?).
  var lower32 = buffer.readUInt32LE(offset);
  var upper32 = buffer.readUInt32LE(offset + 4);
  // we can't use bitshifting here, because JavaScript bitshifting only works on 32-bit integers.
  return upper32 * 0x100000000 + lower32;
  // as long as we're bounds checking the result of this function against the total file size,
  // we'll catch any overflow errors, because we already made sure the total file size was within reason.
}

// Node 10 deprecated new Buffer().
var newBuffer;
if (typeof Buffer.allocUnsafe === "function") {
  newBuffer = function(len) {
    return Buffer.allocUnsafe(len);
  };
} else {
  newBuffer = function(len) {
    return new Buffer(len);
  };
}

// Node 8 introduced a proper destroy() implementation on writable streams.
function installDestroyFn(stream, fn) {
  if (typeof stream.destroy === "function") {
    // New API.
    stream._destroy = function(err, cb) {
      fn();
      if (cb != null) cb(err);
    };
  } else {
    // Old API.
    stream.destroy = fn;
  }
}

function defaultCallback(err) {
  if (err) throw err;
}


/***/ }),

/***/ 87442:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  WB: () => (/* binding */ rbacGuard)
});

// UNUSED EXPORTS: RBAC_RULES, UNSIGNED_WARNING

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 111 modules
var src = __nccwpck_require__(45652);
;// CONCATENATED MODULE: ./actions/rbac-guard/src/decision-summary.ts

/** The job-summary section reviewers read: who, what, the decision, which rule and why. Every name and reason is untrusted text. Pure. */
function renderDecision(decision, request, decisionId, md) {
    const who = request.triggeringActor === request.actor
        ? md.code(request.actor)
        : `${md.code(request.triggeringActor)} (triggering actor; the run was first started by ${md.code(request.actor)})`;
    const lines = [`### ${decision.allowed ? '✅ Allowed' : '⛔ Denied'}: ${md.text(request.command)}`, ''];
    if (decision.bypass) {
        lines.push(`> [!WARNING]`, `> **Non-interactive bypass used:** ${md.code(decision.bypass.id)} until ${md.text(decision.bypass.until)}. ${md.text(decision.bypass.reason)}`, '');
    }
    if (decision.decidedBy === 'confirmation') {
        // The alert (seed §7): a CI run stopped on a command that waits for a human.
        lines.push(`> [!CAUTION]`, `> **Planner-first confirmation required in CI:** ${md.code(request.command)} needs a human's confirmation, and no bypass entry of the policy applies to this event, ref and actor.`, '');
    }
    const rows = [
        ['Who', who],
        ['Command', md.code(request.command) + (request.environment ? ` in environment ${md.code(request.environment)}` : '')],
        ['Event and ref', `${md.code(request.event)} on ${md.code(request.ref)}${request.fromFork === true ? ' (pull request from a fork)' : request.fromFork === 'unknown' ? ' (pull request whose head is unknown: counted as a fork)' : ''}`],
        ['Roles held', decision.roles.length ? decision.roles.map((held) => `${md.code(held.role)} via ${md.text(held.via)}`).join('<br>') : 'none'],
        ['Decided by', md.text(decision.rule)],
        ['Why', md.text(decision.reason)],
        ['Decision id', md.code(decisionId)],
    ];
    if (decision.chain.length) {
        const links = decision.chain.map((link) => `${md.code(link.gate)} ${link.status}${link.source ? ` (${md.text(link.source)})` : ''}${link.unsigned ? ' **unsigned**' : ''}`);
        rows.splice(5, 0, ['Predecessor gates', links.join(' → ')]);
    }
    lines.push((0,src/* table */.tpe)(['', ''], rows));
    if (!decision.allowed && decision.wouldAllow.length) {
        lines.push('', '**What would allow it**', '');
        for (const hint of decision.wouldAllow)
            lines.push(`- ${md.text(hint)}`);
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./actions/rbac-guard/src/evaluate/time-window.ts
var time_window = __nccwpck_require__(76944);
;// CONCATENATED MODULE: ./actions/rbac-guard/src/evaluate/conditions.ts

/**
 * Why a grant does not cover a request: one reason per unmet condition, empty
 * when it covers it. Pure; each condition is a few lines so the table-driven
 * tests can name them one by one.
 */
function unmetConditions(compiled, request, actor) {
    const { grant } = compiled;
    const unmet = [];
    if (!compiled.commands(request.command))
        unmet.push(`command ${request.command} is not in [${grant.commands.join(', ')}]`);
    if (request.environment !== undefined) {
        if (!compiled.environments)
            unmet.push(`environment ${request.environment} is not granted (the grant names no environments)`);
        else if (!compiled.environments(request.environment))
            unmet.push(`environment ${request.environment} is not in [${grant.environments.join(', ')}]`);
    }
    else if (compiled.environments) {
        unmet.push(`the grant is for environments [${grant.environments.join(', ')}] and the request names none`);
    }
    if (request.event === 'schedule' && !grant.events?.includes('schedule')) {
        unmet.push('scheduled runs need a grant that lists the schedule event (on a schedule the actor is whoever last edited the cron line)');
    }
    else if (grant.events && !grant.events.includes(request.event)) {
        unmet.push(`event ${request.event} is not in [${grant.events.join(', ')}]`);
    }
    if (compiled.refs && !compiled.refs(request.ref))
        unmet.push(`ref ${request.ref} is not in [${grant.refs.join(', ')}]`);
    if (request.fromFork === true && grant.forks !== true)
        unmet.push('pull requests from forks are denied unless the grant says forks: true');
    if (request.fromFork === 'unknown' && grant.forks !== true)
        unmet.push('whether the pull request comes from a fork is unknown, so it counts as one: denied unless the grant says forks: true');
    if (grant.approvals !== undefined) {
        if (request.pullRequest === undefined)
            unmet.push(`needs ${grant.approvals} approving review(s), which are only counted on pull request events`);
        else if ((actor.approvals ?? 0) < grant.approvals)
            unmet.push(`has ${actor.approvals ?? 0} approving review(s), needs ${grant.approvals}`);
    }
    if (grant.windows && !grant.windows.some((window) => (0,time_window/* inWindow */.gO)(window, request.now))) {
        unmet.push(`${request.now.toISOString()} is outside the allowed windows (${grant.windows.map(time_window/* describeWindow */.O2).join('; ')})`);
    }
    return unmet;
}
/** Whether an explicit deny rule applies: every condition it names must hold. Pure. */
function denyApplies(compiled, request, actor) {
    const { rule } = compiled;
    if (!compiled.commands(request.command))
        return false;
    const login = actor.login.toLowerCase();
    if (compiled.environments && (request.environment === undefined || !compiled.environments(request.environment)))
        return false;
    if (rule.events && !rule.events.includes(request.event))
        return false;
    if (compiled.refs && !compiled.refs(request.ref))
        return false;
    if ((rule.users || rule.apps) && ![...(rule.users ?? []), ...(rule.apps ?? [])].some((name) => name.toLowerCase() === login))
        return false;
    if (rule.during && !rule.during.some((period) => (0,time_window/* inPeriod */.Tu)(period, request.now)))
        return false;
    if (rule.windows && !rule.windows.some((window) => (0,time_window/* inWindow */.gO)(window, request.now)))
        return false;
    return true;
}

;// CONCATENATED MODULE: ./actions/rbac-guard/src/evaluate/dependencies.ts
/**
 * The predecessor chain of a command (planning → codegen → qa → mlops),
 * oldest first, each gate with its verdict for this commit. Pure; cycles in
 * `dependencies` are cut (each gate appears once).
 */
function dependencyChain(command, dependencies, history) {
    const ordered = [];
    const visit = (gate, trail) => {
        for (const predecessor of dependencies.get(gate) ?? []) {
            if (trail.has(predecessor) || ordered.includes(predecessor))
                continue;
            visit(predecessor, new Set([...trail, predecessor]));
            ordered.push(predecessor);
        }
    };
    visit(command, new Set([command]));
    return ordered.map((gate) => ({
        gate,
        status: history.verdicts.get(gate) ?? 'missing',
        ...(history.sources?.has(gate) ? { source: history.sources.get(gate) } : {}),
        ...(history.unsigned?.has(gate) ? { unsigned: true } : {}),
    }));
}
function describeChain(command, chain) {
    const mark = { pass: '✓', fail: '✗', empty: '∅', missing: '?' };
    return [...chain.map((link) => `${link.gate} ${mark[link.status]}`), command].join(' → ');
}

// EXTERNAL MODULE: ./actions/rbac-guard/src/evaluate/subjects.ts
var subjects = __nccwpck_require__(22067);
;// CONCATENATED MODULE: ./actions/rbac-guard/src/evaluate/evaluate.ts



/** Why a predecessor gate blocks: only a pass for this commit counts. */
const BLOCKED_BECAUSE = { pass: 'passed', fail: 'failed', empty: 'checked nothing', missing: 'has not run' };
/**
 * The decision, deny by default. Order, each step documented in the README:
 * an explicit deny wins; else the first grant of a role the actor holds whose
 * every condition holds; then the command's predecessor gates must have
 * passed for this commit; then a command needing human confirmation needs an
 * unexpired bypass. Pure: compiled policy and facts in, decision out.
 */
function evaluate(policy, request, actor, history) {
    const roles = (0,subjects/* rolesOf */.R7)(policy, actor);
    const base = { roles, chain: [], wouldAllow: [] };
    const deny = policy.deny.find((candidate) => denyApplies(candidate, request, actor));
    if (deny)
        return { ...base, allowed: false, decidedBy: 'deny-rule', rule: `deny ${deny.rule.id}`, reason: deny.rule.reason };
    let allowedBy;
    const nearMisses = [];
    for (const { role } of roles) {
        // Most grants are for other commands: only those for this one are examined (and explained).
        for (const grant of policy.grantsFor(role, request.command)) {
            const unmet = unmetConditions(grant, request, actor);
            const name = `${role} grant #${grant.index}${grant.declaredIn === role ? '' : ` (inherited from ${grant.declaredIn})`}`;
            if (unmet.length === 0) {
                allowedBy = { role, rule: name };
                break;
            }
            nearMisses.push(`${name} would allow it if: ${unmet.join('; ')}`);
        }
        if (allowedBy)
            break;
    }
    if (!allowedBy)
        return { ...base, ...defaultDeny(policy, request, actor, roles, nearMisses) };
    const chain = dependencyChain(request.command, policy.dependencies, history);
    if (chain.some((link) => link.status !== 'pass')) {
        const blocking = chain.filter((link) => link.status !== 'pass').map((link) => `${link.gate} ${BLOCKED_BECAUSE[link.status]}`);
        return {
            ...base,
            chain,
            allowed: false,
            decidedBy: 'dependency',
            role: allowedBy.role,
            rule: `dependencies of ${request.command}`,
            reason: `${request.command} needs its predecessor gates green for commit ${request.sha ?? '(unknown)'}: ${blocking.join(', ')} (${describeChain(request.command, chain)})`,
            wouldAllow: [`run ${chain.filter((link) => link.status !== 'pass').map((link) => link.gate).join(', then ')} to a pass for this commit first`],
        };
    }
    if (policy.confirmation(request.command)) {
        const bypass = findBypass(policy, request);
        if (!bypass.entry) {
            return {
                ...base,
                chain,
                allowed: false,
                decidedBy: 'confirmation',
                role: allowedBy.role,
                rule: 'confirmation',
                reason: `planner-first confirmation required in CI: ${request.command} needs a human's confirmation and no bypass applies${bypass.expired ? ` (bypass ${bypass.expired} expired)` : ''}`,
                wouldAllow: ['a `bypass` entry in the policy for this command, event, ref and actor, with a reason and an `until` date'],
            };
        }
        return { ...base, chain, allowed: true, decidedBy: 'grant', role: allowedBy.role, rule: allowedBy.rule, bypass: bypass.entry, reason: `allowed by ${allowedBy.rule}, confirmation bypassed by ${bypass.entry.id}: ${bypass.entry.reason}` };
    }
    return { ...base, chain, allowed: true, decidedBy: 'grant', role: allowedBy.role, rule: allowedBy.rule, reason: `allowed by ${allowedBy.rule} (${roles.find((held) => held.role === allowedBy.role).via})` };
}
function defaultDeny(policy, request, actor, roles, nearMisses) {
    // Roles that could grant the command, and whether the actor's membership in them is unknown (fail closed, and say why).
    const grantingRoles = policy.rolesGranting(request.command);
    const unknown = actor.unknownTeams.size === 0 ? [] : policy.subjects
        .filter((binding) => grantingRoles.includes(binding.role))
        .flatMap((binding) => (binding.teams ?? []).filter((team) => actor.unknownTeams.has(team.toLowerCase())).map((team) => `${team}: ${actor.unknownTeams.get(team.toLowerCase())}`));
    const held = roles.length ? `holds ${roles.map((entry) => entry.role).join(', ')}` : 'holds no role';
    const wouldAllow = [
        ...nearMisses.slice(0, 3),
        ...grantingRoles.filter((role) => !roles.some((entry) => entry.role === role)).slice(0, 3).map((role) => `bind ${actor.login} to role ${role} (users, teams, apps or permissions under subjects)`),
    ];
    if (unknown.length > 0) {
        return { allowed: false, decidedBy: 'unknown-facts', rule: 'team membership unknown', reason: `cannot tell whether ${actor.login} is in ${unknown.join('; ')}`, wouldAllow };
    }
    return {
        allowed: false,
        decidedBy: 'default-deny',
        rule: 'default deny',
        reason: `no grant allows ${actor.login} (${held}) to run ${request.command}${request.environment ? ` in ${request.environment}` : ''} on ${request.event} ${request.ref}`,
        wouldAllow: wouldAllow.length ? wouldAllow : [`no role grants ${request.command}; add a grant for it to a role`],
    };
}
function findBypass(policy, request) {
    const login = request.triggeringActor.toLowerCase();
    const today = request.now.toISOString().slice(0, 10);
    let expired;
    for (const { entry, commands, refs } of policy.bypass) {
        if (!commands(request.command))
            continue;
        if (entry.events && !entry.events.includes(request.event))
            continue;
        if (refs && !refs(request.ref))
            continue;
        if (entry.actors && !entry.actors.some((actor) => actor.toLowerCase() === login))
            continue;
        if (entry.until < today) {
            expired = entry.id;
            continue;
        }
        return { entry };
    }
    return { expired };
}

// EXTERNAL MODULE: ./actions/rbac-guard/src/facts/actor-from-api.ts
var actor_from_api = __nccwpck_require__(477);
;// CONCATENATED MODULE: ./actions/rbac-guard/src/facts/fork-from-api.ts

/**
 * Whether a pull request's head is a fork's, from the API: a comment on a
 * pull request (issue_comment) does not carry the head. Any answer but the
 * pull request itself is no answer (exit 3).
 */
async function forkFromApi(api, owner, repo, pullNumber) {
    const what = `pull request #${pullNumber}`;
    const pull = (0,src/* requireAnswer */.qtC)(await api.get('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: pullNumber }), what);
    if (!pull || typeof pull !== 'object' || !('head' in pull) || !('base' in pull)) {
        throw new src/* GatesError */.xx('GATES_E_API_MALFORMED', { route: what, reason: 'no head or base' });
    }
    const { head, base } = pull;
    return (0,src/* isFork */.B0Y)(head?.repo, base?.repo);
}

;// CONCATENATED MODULE: ./actions/rbac-guard/src/facts/gate-history.ts

/**
 * Each gate's standing for one commit, from the audit ledger's records in
 * order (the core's gateStatuses: a failure stands until an audited
 * override; the suite's own gate names count only from the action itself).
 * A verdict restored from another job's segment names it (and is unsigned
 * when no anchor key checked its MAC). Pure.
 */
function gateHistory(records, sha, segments) {
    const verdicts = new Map();
    const sources = new Map();
    const unsigned = new Set();
    for (const [gate, standing] of (0,src/* gateStatuses */.KUE)(records, sha)) {
        const overrides = standing.overrides.map((override) => `failure overridden by ${override.by}: ${override.reason}`);
        const segment = standing.record === undefined ? undefined : segments?.segmentOf(standing.record);
        const from = segment && `from segment ${segment}${segments.signed ? ', signature checked' : ''}`;
        if (segment && !segments.signed)
            unsigned.add(gate);
        if (standing.source || overrides.length)
            sources.set(gate, [standing.source, from, ...overrides].filter(Boolean).join('; '));
        if (standing.status !== 'missing')
            verdicts.set(gate, standing.status);
    }
    return { verdicts, sources, ...(unsigned.size ? { unsigned } : {}) };
}

;// CONCATENATED MODULE: ./actions/rbac-guard/src/facts/published-verdicts.ts
/**
 * Verdicts published on a commit by earlier runs (commit statuses and check
 * runs named `gates/<gate>`), and whether each can be trusted. Trust comes
 * from GitHub, not from what the verdict says: it must be written by the
 * GitHub Actions app (a check run's `app.slug`, a status's `creator`), name a
 * workflow run whose workflow file is one of the trusted ones, and that run
 * must have built this very commit. Anything else (a status any token holder
 * posted, a run of another workflow, a run of another commit) counts for
 * nothing, and the summary says why.
 */
const ACTIONS_APP_SLUG = 'github-actions';
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/** The newest check run and status named `gates/<gate>` for the commit, as candidates. Pure. */
function candidatesOf(gate, checkRuns, statuses) {
    const name = `gates/${gate}`;
    const candidates = [];
    // Check runs come newest first; statuses too (GitHub lists a commit's statuses in reverse chronological order).
    const check = checkRuns.find((run) => run.name === name && run.status === 'completed');
    if (check) {
        const slug = check.app?.slug ?? 'an unknown app';
        candidates.push({ kind: 'check run', verdict: check.conclusion === 'success' ? 'pass' : 'fail', writer: `app ${slug}`, trustedWriter: slug === ACTIONS_APP_SLUG, ...runIdOf(check.external_id?.split('/')[0]) });
    }
    const status = statuses.find((item) => item.context === name);
    if (status) {
        const login = status.creator?.login ?? 'an unknown user';
        candidates.push({ kind: 'status', verdict: status.state === 'success' ? 'pass' : 'fail', writer: login, trustedWriter: login === ACTIONS_BOT_LOGIN && status.creator?.type === 'Bot', ...runIdOf(/\/actions\/runs\/(\d+)/.exec(status.target_url ?? '')?.[1]) });
    }
    return candidates;
}
function runIdOf(value) {
    return value && /^\d+$/.test(value) ? { runId: value } : {};
}
/** Judges one candidate against the run it names. Pure. */
function judgeCandidate(candidate, run, sha, trustedWorkflows) {
    const what = `${candidate.kind} by ${candidate.writer}`;
    if (!candidate.trustedWriter)
        return { status: 'missing', source: `${what} not trusted: only the GitHub Actions app's verdicts count` };
    if (!candidate.runId)
        return { status: 'missing', source: `${what} not trusted: it names no workflow run` };
    if (!run)
        return { status: 'missing', source: `${what} not trusted: its run ${candidate.runId} was not found` };
    if (!run.path || !trustedWorkflows.includes(run.path)) {
        return { status: 'missing', source: `${what} not trusted: run ${candidate.runId} is of ${run.path ?? 'an unknown workflow'}, not of ${trustedWorkflows.join(' or ') || 'a trusted workflow'}` };
    }
    if (run.head_sha !== sha)
        return { status: 'missing', source: `${what} stale: run ${candidate.runId} built ${run.head_sha ?? 'another commit'}, not ${sha}` };
    return { status: candidate.verdict, source: `${what}, run ${candidate.runId} of ${run.path}` };
}
/**
 * Looks up `gate`'s published verdict for `sha`. The first trusted candidate
 * decides; when none is trusted, the reasons are joined. API failures throw
 * (exit 3): a dependency is never satisfied by an answer that did not come.
 */
async function publishedVerdict(api, owner, repo, sha, gate, trustedWorkflows) {
    const [checks, statuses] = await Promise.all([
        api.get('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { owner, repo, ref: sha, check_name: `gates/${gate}`, per_page: 100 }),
        api.get('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { owner, repo, ref: sha, per_page: 100 }),
    ]);
    const candidates = candidatesOf(gate, checks.ok ? (checks.data.check_runs ?? []) : [], statuses.ok && Array.isArray(statuses.data) ? statuses.data : []);
    if (candidates.length === 0)
        return undefined;
    const judged = [];
    for (const candidate of candidates) {
        const run = candidate.trustedWriter && candidate.runId ? await api.get('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: candidate.runId }) : undefined;
        const verdict = judgeCandidate(candidate, run?.ok ? run.data : undefined, sha, trustedWorkflows);
        if (verdict.status !== 'missing')
            return verdict;
        judged.push(verdict);
    }
    return { status: 'missing', source: judged.map((verdict) => verdict.source).join('; ') };
}
/** `owner/repo/.github/workflows/ci.yml@refs/heads/main` → `.github/workflows/ci.yml`. */
function workflowPathOf(workflowRef) {
    const match = /^[^/]+\/[^/]+\/(\.github\/workflows\/[^@]+)@/.exec(workflowRef ?? '');
    return match?.[1];
}

;// CONCATENATED MODULE: ./actions/rbac-guard/src/facts/dependency-history.ts




/**
 * Each predecessor's standing for the commit: from the ledger first (this
 * run's records, merged with the segments other jobs published), then, for a
 * gate the ledger has no verdict for, from a verdict published on the commit
 * by a trusted workflow run (published-verdicts.ts). A failure in the ledger
 * stands; a published pass does not overturn it. Without a token nothing is
 * looked up and the gate stays missing (deny), saying so.
 */
async function dependencyHistory(policy, command, records, sha, context) {
    const history = gateHistory(records, sha, context.segments);
    const sources = history.sources ?? new Map();
    for (const source of sources.keys())
        sources.set(source, `ledger: ${sources.get(source)}`);
    const missing = dependencyChain(command, policy.dependencies, history).filter((link) => link.status === 'missing');
    if (missing.length === 0 || !sha)
        return { ...history, sources };
    const [owner = '', repo = ''] = (context.env.GITHUB_REPOSITORY ?? '/').split('/');
    if (!context.token || !owner || !repo) {
        for (const link of missing)
            sources.set(link.gate, 'not in the ledger; published verdicts were not looked up (no token or repository)');
        return { ...history, sources };
    }
    const configured = (0,src/* valueAt */.fKb)(context.config.values, 'trusted-workflows');
    const own = workflowPathOf(context.env.GITHUB_WORKFLOW_REF);
    const trusted = configured ?? (own ? [own] : []);
    const api = await context.github('published verdicts of predecessor gates');
    for (const link of missing) {
        const published = await publishedVerdict(api, owner, repo, sha, link.gate, trusted);
        if (!published) {
            sources.set(link.gate, 'not in the ledger, and no verdict published on the commit');
            continue;
        }
        sources.set(link.gate, published.source);
        if (published.status !== 'missing')
            history.verdicts.set(link.gate, published.status);
    }
    return { ...history, sources };
}

;// CONCATENATED MODULE: ./actions/rbac-guard/src/facts/request-from-env.ts

/**
 * The request as the runner describes it. Pure: env and payload in. On a
 * re-run GITHUB_ACTOR stays the original author, so the subject checked is
 * GITHUB_TRIGGERING_ACTOR (falling back to GITHUB_ACTOR where it is unset).
 * Where the code comes from (a fork's or not) is the core's eventOrigin.
 */
function requestFromEnvironment(env, payload, command, environment, now) {
    const actor = env.GITHUB_ACTOR ?? '';
    const event = env.GITHUB_EVENT_NAME ?? 'unknown';
    return {
        command,
        environment: environment || undefined,
        event,
        ref: env.GITHUB_REF ?? '',
        sha: env.GITHUB_SHA,
        actor,
        triggeringActor: env.GITHUB_TRIGGERING_ACTOR || actor,
        ...(0,src/* eventOrigin */.tWf)(event, payload),
        now,
    };
}

// EXTERNAL MODULE: ./actions/rbac-guard/src/policy/compile.ts
var compile = __nccwpck_require__(56156);
;// CONCATENATED MODULE: ./actions/rbac-guard/src/definition.ts










const RBAC_RULES = [
    { id: 'denied', description: 'The actor may run the command here and now under the policy (deny by default)', severity: 'error', docs: (0,src/* ruleDocsUrl */.hSJ)('rbac-guard', 'denied') },
    { id: 'bypass-used', description: 'A non-interactive bypass of a planner-first confirmation was used', severity: 'warning', docs: (0,src/* ruleDocsUrl */.hSJ)('rbac-guard', 'bypass-used') },
];
const rbacGuard = {
    name: 'rbac-guard',
    description: 'Deny-by-default RBAC: may this actor run this command or gate, here and now?',
    rules: RBAC_RULES,
    secretInputs: ['token'],
    async run({ inputs, env, workspace, runner, ledger, state, config, redactor }) {
        const command = inputs.required('command');
        // A security policy: rbac-guard never decides without one, at its default path or any other.
        const loaded = (await (0,src/* loadConfigInput */.jlE)(inputs, workspace, { input: 'policy', kind: src/* CONFIG_KINDS */.j0D.rbac, requiredBy: 'rbac-guard' }));
        const policy = (0,compile/* compilePolicy */.C_)(loaded.value, loaded.file, loaded.positions);
        const token = inputs.string('token') ?? '';
        const timeoutMs = inputs.duration('api-timeout', 10_000, src/* API_TIMEOUT_RANGE */.fLU);
        const github = lazyGitHub(token, command, () => (0,src/* connectGitHub */.UYj)(token, env, runner, { timeoutMs }));
        const request = await settleFork(policy, requestFromEnvironment(env, (0,src/* readEventPayload */.N5_)(env), command, inputs.string('environment'), new Date()), env, github);
        const actor = await resolveActor(policy, request, env, github);
        const history = policy.dependencies.has(command) ? await predecessorHistory(policy, command, request.sha, { env, config, token, github }, ledger, state) : { verdicts: new Map() };
        if (history.unsigned?.size)
            runner.warning(UNSIGNED_WARNING);
        const decision = evaluate(policy, request, actor, history);
        if (decision.decidedBy === 'unknown-facts') {
            throw new src/* GatesError */.xx('GATES_E_RBAC_UNRESOLVED', { actor: request.triggeringActor, command, reason: decision.reason });
        }
        const decisionId = (0,external_node_crypto_.randomUUID)();
        if (decision.bypass)
            runner.warning(`planner-first confirmation required in CI: bypassed by policy entry ${decision.bypass.id} (until ${decision.bypass.until}).`);
        return {
            findings: findingsOf(decision, request),
            // A deny fails the step whatever `fail-on` says: security decisions fail closed.
            failOn: 'error',
            outputs: { allowed: String(decision.allowed), role: decision.role ?? '', reason: decision.reason, 'decision-id': decisionId },
            summaryAppendix: renderDecision(decision, request, decisionId, (0,src/* markdownText */.p7L)(redactor)),
            ledgerEvent: {
                decisionId,
                command,
                environment: request.environment ?? null,
                allowed: decision.allowed,
                role: decision.role ?? null,
                rule: decision.rule,
                decidedBy: decision.decidedBy,
                bypass: decision.bypass?.id ?? null,
                subject: request.triggeringActor,
            },
        };
    },
};
/** Said once per run of rbac-guard whose predecessor verdicts came from segments nobody's key checked. */
const UNSIGNED_WARNING = 'Predecessor verdicts from other jobs\' segments are unsigned: any step of this run holding the runtime token could have written them. ' +
    'To require signatures, set `anchor-key: ${{ secrets.GATES_ANCHOR_KEY }}` on every gates step of the run (docs/ordering.md).';
/** The ledger's records merged with the run's segments; a record this runner wrote is its own, not a segment's. */
async function predecessorHistory(policy, command, sha, context, ledger, state) {
    const local = await ledger.readVerified();
    const own = new Set(local.map((record) => record.hash));
    const segments = { signed: state.signed, segmentOf: (hash) => (own.has(hash) ? undefined : state.segmentOf(hash)) };
    return dependencyHistory(policy, command, state.merged(local), sha, { ...context, segments });
}
/** One client for the run, connected on first need; without a token, the need is named and the step fails closed (exit 3). */
function lazyGitHub(token, command, connect) {
    let api;
    return (why) => {
        if (!token) {
            throw new src/* GatesError */.xx('GATES_E_API_NO_TOKEN', { what: `rbac-guard (the policy decides ${command} by ${why})` }, {
                hint: 'Pass `token` (the action defaults to the job\'s GITHUB_TOKEN); rbac-guard never decides without the facts its policy names.',
            });
        }
        api ??= connect();
        return api;
    };
}
function repositoryOf(env) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
    return { owner, repo };
}
/** A comment on a pull request does not say where its head is: asked of the API when a grant the actor could use excludes forks. */
async function settleFork(policy, request, env, github) {
    if (request.fromFork !== 'unknown' || request.pullRequest === undefined)
        return request;
    const matters = policy.rolesGranting(request.command).some((role) => policy.grantsFor(role, request.command).some((grant) => grant.grant.forks !== true));
    if (!matters)
        return request;
    const { owner, repo } = repositoryOf(env);
    return { ...request, fromFork: await forkFromApi(await github('whether the pull request comes from a fork'), owner, repo, request.pullRequest) };
}
/** Only the facts the decision can depend on are fetched; none at all when users and apps decide. */
async function resolveActor(policy, request, env, github) {
    const login = request.triggeringActor;
    const candidates = new Set(policy.rolesGranting(request.command));
    const bindings = policy.subjects.filter((binding) => candidates.has(binding.role));
    const needsPermission = !(0,actor_from_api/* isBotLogin */.DU)(login) && bindings.some((binding) => binding.permissions?.length);
    const teams = (0,actor_from_api/* isBotLogin */.DU)(login) ? [] : (0,subjects/* teamsFor */.qC)(policy, candidates);
    const needsApprovals = request.pullRequest !== undefined && [...candidates].some((role) => policy.grants.get(role).some((grant) => grant.grant.approvals));
    if (!needsPermission && teams.length === 0 && !needsApprovals)
        return { login, isBot: (0,actor_from_api/* isBotLogin */.DU)(login), teams: new Map(), unknownTeams: new Map() };
    const api = await github('repository role, team or approvals');
    return (0,actor_from_api/* actorFromApi */.Gv)(api, { ...repositoryOf(env), login, permission: needsPermission, teams, pullRequest: needsApprovals ? request.pullRequest : undefined, pullRequestAuthor: request.pullRequestAuthor });
}
function findingsOf(decision, request) {
    const findings = [];
    if (!decision.allowed) {
        findings.push({ ruleId: 'denied', severity: 'error', message: `${request.triggeringActor} may not run ${request.command}: ${decision.reason}`, fixHint: decision.wouldAllow[0] });
    }
    if (decision.bypass) {
        findings.push({ ruleId: 'bypass-used', severity: 'warning', message: `planner-first confirmation required in CI: bypassed by ${decision.bypass.id} until ${decision.bypass.until} (${decision.bypass.reason})` });
    }
    return findings;
}


/***/ }),

/***/ 22067:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R7: () => (/* binding */ rolesOf),
/* harmony export */   qC: () => (/* binding */ teamsFor)
/* harmony export */ });
/* unused harmony export PERMISSION_RANK */
/** Repository permission levels, each including the ones below it (a Map: "constructor" is a custom role name, not a level). */
const PERMISSION_RANK = new Map([['read', 1], ['triage', 2], ['write', 3], ['maintain', 4], ['admin', 5]]);
/** The roles the actor holds under the policy's subject bindings. Pure. */
function rolesOf(policy, actor) {
    const held = [];
    const login = actor.login.toLowerCase();
    const index = subjectIndex(policy.subjects);
    // Only bindings that can match: by this login, or by team or permission level; in policy order.
    const candidates = [...(index.byIdentity.get(login) ?? []), ...(actor.isBot ? [] : index.byMembership)].sort((a, b) => a - b);
    for (const position of candidates) {
        const binding = policy.subjects[position];
        const via = bindingMatch(binding, actor, login);
        if (via && !held.some((entry) => entry.role === binding.role))
            held.push({ role: binding.role, via });
    }
    return held;
}
const indexCache = new WeakMap();
/** Binding positions by lower-cased user/app login, and those bound by team or permission (built once per policy). */
function subjectIndex(subjects) {
    let index = indexCache.get(subjects);
    if (!index) {
        index = { byIdentity: new Map(), byMembership: [] };
        subjects.forEach((binding, position) => {
            for (const login of [...(binding.users ?? []), ...(binding.apps ?? [])]) {
                const key = login.toLowerCase();
                const positions = index.byIdentity.get(key) ?? [];
                if (!positions.includes(position))
                    positions.push(position);
                index.byIdentity.set(key, positions);
            }
            if (binding.teams?.length || binding.permissions?.length)
                index.byMembership.push(position);
        });
        indexCache.set(subjects, index);
    }
    return index;
}
/** Lower-cased identity sets per binding, built once per binding object (this runs per request). */
const identityCache = new WeakMap();
function identities(binding) {
    let sets = identityCache.get(binding);
    if (!sets) {
        sets = { users: new Set((binding.users ?? []).map((user) => user.toLowerCase())), apps: new Set((binding.apps ?? []).map((app) => app.toLowerCase())) };
        identityCache.set(binding, sets);
    }
    return sets;
}
function bindingMatch(binding, actor, login) {
    const { users, apps } = identities(binding);
    if (users.has(login))
        return `user ${actor.login}`;
    // Bots and apps are explicit identities: never matched through teams or permission levels.
    if (apps.has(login))
        return `app ${actor.login}`;
    if (actor.isBot)
        return undefined;
    const team = actor.teams.size > 0 ? binding.teams?.find((candidate) => actor.teams.get(candidate.toLowerCase()) === 'active') : undefined;
    if (team)
        return `team ${team}`;
    const permission = actor.permission;
    if (!permission || permission === 'none')
        return undefined;
    for (const wanted of binding.permissions ?? []) {
        const wantedRank = PERMISSION_RANK.get(wanted);
        if (wantedRank === undefined ? wanted === permission : (PERMISSION_RANK.get(permission) ?? 0) >= wantedRank) {
            return `repository role ${permission}${wantedRank !== undefined && wanted !== permission ? ` (≥ ${wanted})` : ''}`;
        }
    }
    return undefined;
}
/** Teams named by bindings of the given roles: the only memberships worth an API call. */
function teamsFor(policy, roles) {
    return [...new Set(policy.subjects.filter((binding) => roles.has(binding.role)).flatMap((binding) => binding.teams ?? []))];
}


/***/ }),

/***/ 76944:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O2: () => (/* binding */ describeWindow),
/* harmony export */   Tu: () => (/* binding */ inPeriod),
/* harmony export */   _j: () => (/* binding */ isValidTimezone),
/* harmony export */   gO: () => (/* binding */ inWindow)
/* harmony export */ });
const WEEKDAYS = { Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat', Sun: 'sun' };
const formatters = new Map();
function formatterFor(timezone) {
    let formatter = formatters.get(timezone);
    if (!formatter) {
        // Throws RangeError for an unknown zone: compilePolicy calls this once per window to reject it early.
        formatter = new Intl.DateTimeFormat('en-US', { timeZone: timezone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
        formatters.set(timezone, formatter);
    }
    return formatter;
}
function isValidTimezone(timezone) {
    try {
        formatterFor(timezone);
        return true;
    }
    catch {
        return false;
    }
}
/** Whether `now` falls inside the window, in the window's time zone (UTC by default). Pure. */
function inWindow(window, now) {
    const parts = formatterFor(window.timezone ?? 'UTC').formatToParts(now);
    const part = (type) => parts.find((candidate) => candidate.type === type)?.value ?? '';
    const day = WEEKDAYS[part('weekday')];
    const minutes = Number(part('hour')) * 60 + Number(part('minute'));
    const toMinutes = (clock) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
    return day !== undefined && window.days.includes(day) && minutes >= toMinutes(window.from) && minutes < toMinutes(window.to);
}
function inPeriod(period, now) {
    const time = now.getTime();
    return time >= Date.parse(period.from) && time < Date.parse(period.to);
}
function describeWindow(window) {
    return `${window.days.join(',')} ${window.from}-${window.to} ${window.timezone ?? 'UTC'}`;
}


/***/ }),

/***/ 477:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DU: () => (/* binding */ isBotLogin),
/* harmony export */   Gv: () => (/* binding */ actorFromApi)
/* harmony export */ });
/* unused harmony export TEAM_VISIBILITY_HINT */
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(45652);

const TEAM_VISIBILITY_HINT = 'the token cannot see this team: the default GITHUB_TOKEN cannot read organisation teams. Use a GitHub App token with the Members: read permission, or a token with read:org';
/** Bots and GitHub Apps act as `name[bot]`; they are not repository collaborators. */
function isBotLogin(login) {
    return /\[bot\]$/i.test(login);
}
/**
 * Resolves the facts about one actor that the policy needs, and no more (one
 * call per distinct fact; the client memoises). Any answer that is not a
 * definite fact (401, 403, 5xx, timeout, rate limit) throws: rbac-guard fails
 * closed with exit 3.
 */
async function actorFromApi(api, query) {
    const facts = { login: query.login, isBot: isBotLogin(query.login), teams: new Map(), unknownTeams: new Map() };
    if (query.permission && !facts.isBot)
        facts.permission = await repositoryRole(api, query);
    for (const team of query.teams) {
        const [org, slug] = team.split('/');
        const membership = await teamMembership(api, org, slug, query.login);
        if (membership === 'invisible')
            facts.unknownTeams.set(team.toLowerCase(), TEAM_VISIBILITY_HINT);
        else
            facts.teams.set(team.toLowerCase(), membership);
    }
    if (query.pullRequest !== undefined)
        facts.approvals = await approvals(api, query);
    return facts;
}
/** `role_name` carries maintain, triage and custom roles; the legacy `permission` folds maintain into write. */
async function repositoryRole(api, query) {
    const result = await api.get('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
        owner: query.owner,
        repo: query.repo,
        username: query.login,
    });
    // 404: not a collaborator, or an app actor that "is not a user": no repository role.
    if (!result.ok && result.status === 404)
        return 'none';
    const what = `permission of ${query.login}`;
    const data = (0,_gates_core__WEBPACK_IMPORTED_MODULE_0__/* .requireAnswer */ .qtC)(result, what);
    const role = data && typeof data === 'object' ? data : {};
    const name = typeof role.role_name === 'string' && role.role_name ? role.role_name : role.permission;
    // An answer without a role is not "no role": nothing is decided from it.
    if (typeof name !== 'string' || !name)
        throw new _gates_core__WEBPACK_IMPORTED_MODULE_0__/* .GatesError */ .xx('GATES_E_API_MALFORMED', { route: what, reason: 'neither role_name nor permission is a string' });
    return name;
}
async function teamMembership(api, org, slug, login) {
    const result = await api.get('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { org, team_slug: slug, username: login });
    if (result.ok) {
        const state = result.data?.state;
        if (state === 'active' || state === 'pending')
            return state;
        throw new _gates_core__WEBPACK_IMPORTED_MODULE_0__/* .GatesError */ .xx('GATES_E_API_MALFORMED', { route: `membership of ${login} in ${org}/${slug}`, reason: 'state is neither active nor pending' });
    }
    if (result.status !== 404)
        (0,_gates_core__WEBPACK_IMPORTED_MODULE_0__/* .requireAnswer */ .qtC)(result, `membership of ${login} in ${org}/${slug}`);
    // With the default GITHUB_TOKEN this is 404, not 403, even for members: probe whether the team is visible at all.
    const team = await api.get('GET /orgs/{org}/teams/{team_slug}', { org, team_slug: slug });
    if (team.ok)
        return 'none';
    if (team.status === 404 || team.status === 403)
        return 'invisible';
    (0,_gates_core__WEBPACK_IMPORTED_MODULE_0__/* .requireAnswer */ .qtC)(team, `team ${org}/${slug}`);
    return 'invisible';
}
/** Reviews on one pull request read at most: 50 pages of 100. More is not a decision from part of the list: exit 3. */
const MAX_REVIEW_PAGES = 50;
/**
 * Distinct reviewers whose latest review approves, the author excluded. Every
 * page is read (GitHub lists reviews oldest first, 100 a page at most): a
 * reviewer's CHANGES_REQUESTED on page two overrides their approval on page
 * one, and an author cannot push reviews out of sight by adding more.
 */
async function approvals(api, query) {
    const what = `reviews of pull request #${query.pullRequest}`;
    const result = await (0,_gates_core__WEBPACK_IMPORTED_MODULE_0__/* .getAllPages */ .A4j)(api, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
        owner: query.owner,
        repo: query.repo,
        pull_number: query.pullRequest,
    }, { maxPages: MAX_REVIEW_PAGES, beyond: 'fail' });
    const latest = new Map();
    for (const review of (0,_gates_core__WEBPACK_IMPORTED_MODULE_0__/* .requireAnswer */ .qtC)(result, what)) {
        if (!isReview(review))
            throw new _gates_core__WEBPACK_IMPORTED_MODULE_0__/* .GatesError */ .xx('GATES_E_API_MALFORMED', { route: what, reason: 'a review without a state or a user object' });
        const login = review.user?.login;
        if (!login || review.state === 'COMMENTED' || login.toLowerCase() === query.pullRequestAuthor?.toLowerCase())
            continue;
        latest.set(login.toLowerCase(), review.state);
    }
    return [...latest.values()].filter((state) => state === 'APPROVED').length;
}
/** A review as GitHub documents it: a state, and a user that is an object or null (a deleted account). */
function isReview(value) {
    if (!value || typeof value !== 'object')
        return false;
    const { user, state } = value;
    return typeof state === 'string' && typeof user === 'object';
}


/***/ }),

/***/ 74962:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(45652);
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(87442);


await (0,_gates_core__WEBPACK_IMPORTED_MODULE_0__/* .runMain */ .VNr)(_definition_js__WEBPACK_IMPORTED_MODULE_1__/* .rbacGuard */ .WB);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 56156:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ compilePolicy)
/* harmony export */ });
/* unused harmony exports nameMatcher, findCycle */
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(45652);
/* harmony import */ var _evaluate_time_window_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76944);


/** Exact names are a set lookup; only real globs pay for a regex. Evaluated per request, so this matters. */
function nameMatcher(patterns) {
    const exact = new Set(patterns.filter((pattern) => !/[*?[\]{}!]/.test(pattern)));
    const globs = patterns.filter((pattern) => !exact.has(pattern));
    const glob = globs.length > 0 ? (0,_gates_core__WEBPACK_IMPORTED_MODULE_0__/* .globMatcher */ .fUN)(globs) : undefined;
    return glob ? (value) => exact.has(value) || glob(value) : (value) => exact.has(value);
}
/**
 * Checks what the schema cannot (unknown roles, inheritance cycles) and
 * precompiles every matcher once. Problems are reported all at once with the
 * line of each, as a config error (exit 2).
 */
function compilePolicy(policy, file = '.github/gates-rbac.yml', positions) {
    const problems = [];
    const at = (pointer) => ({ file, ...(positions?.value.get(pointer) ?? {}) });
    // Every lookup by a name from the file goes through Maps: `extends: [hasOwnProperty]` must be an unknown role, not a function.
    const specs = new Map(Object.entries(policy.roles));
    const roles = [...specs.keys()];
    for (const [name, role] of specs) {
        (role.extends ?? []).forEach((parent, index) => {
            if (!specs.has(parent))
                problems.push({ message: `role "${name}" extends unknown role "${parent}"`, location: at(`/roles/${name}/extends/${index}`), hint: `known roles: ${roles.join(', ')}` });
        });
    }
    (policy.subjects ?? []).forEach((subject, index) => {
        if (!specs.has(subject.role))
            problems.push({ message: `subject binds unknown role "${subject.role}"`, location: at(`/subjects/${index}/role`), hint: `known roles: ${roles.join(', ')}` });
    });
    const windowsAt = [
        ...[...specs].flatMap(([name, role]) => (role.grants ?? []).map((grant, index) => [`/roles/${name}/grants/${index}/windows`, grant.windows])),
        ...(policy.deny ?? []).map((rule, index) => [`/deny/${index}/windows`, rule.windows]),
    ];
    for (const [pointer, windows] of windowsAt) {
        (windows ?? []).forEach((window, index) => {
            if (window.timezone && !(0,_evaluate_time_window_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidTimezone */ ._j)(window.timezone))
                problems.push({ message: `unknown time zone "${window.timezone}"`, location: at(`${pointer}/${index}/timezone`), hint: 'use an IANA zone such as Europe/Berlin or UTC' });
        });
    }
    const cycle = findCycle(specs);
    if (cycle)
        problems.push({ message: `role inheritance has a cycle: ${cycle.join(' → ')}`, location: at(`/roles/${cycle[0]}/extends`), hint: 'remove one of the `extends` links' });
    if (problems.length > 0)
        throw new _gates_core__WEBPACK_IMPORTED_MODULE_0__/* .GatesError */ .xx('GATES_E_CONFIG_INVALID', { file, count: problems.length }, { details: problems, location: problems[0].location });
    const ancestry = new Map(roles.map((role) => [role, ancestorsOf(specs, role)]));
    const own = new Map(roles.map((role) => [
        role,
        (specs.get(role).grants ?? []).map((grant, index) => ({
            declaredIn: role,
            index: index + 1,
            grant,
            commands: nameMatcher(grant.commands),
            environments: grant.environments ? nameMatcher(grant.environments) : undefined,
            refs: grant.refs ? nameMatcher(grant.refs) : undefined,
        })),
    ]));
    const grants = new Map(roles.map((role) => [role, [role, ...ancestry.get(role)].flatMap((name) => own.get(name))]));
    const granting = new Map();
    const byRoleAndCommand = new Map();
    return {
        policy,
        roles: specs,
        dependencies: new Map(Object.entries(policy.dependencies ?? {})),
        grants,
        grantsFor(role, command) {
            const key = `${role}\u0000${command}`;
            let found = byRoleAndCommand.get(key);
            if (!found) {
                found = (grants.get(role) ?? []).filter((grant) => grant.commands(command));
                byRoleAndCommand.set(key, found);
            }
            return found;
        },
        rolesGranting(command) {
            let found = granting.get(command);
            if (!found) {
                found = roles.filter((role) => grants.get(role).some((grant) => grant.commands(command)));
                granting.set(command, found);
            }
            return found;
        },
        ancestry,
        subjects: policy.subjects ?? [],
        deny: (policy.deny ?? []).map((rule) => ({
            rule,
            commands: nameMatcher(rule.commands),
            environments: rule.environments ? nameMatcher(rule.environments) : undefined,
            refs: rule.refs ? nameMatcher(rule.refs) : undefined,
        })),
        bypass: (policy.bypass ?? []).map((entry) => ({ entry, commands: nameMatcher(entry.commands), refs: entry.refs ? nameMatcher(entry.refs) : undefined })),
        confirmation: nameMatcher(policy.confirmation?.commands ?? []),
    };
}
/** Every role `role` inherits from, nearest first, each once. */
function ancestorsOf(specs, role) {
    const seen = [];
    const queue = (specs.get(role)?.extends ?? []).slice();
    while (queue.length > 0) {
        const next = queue.shift();
        if (next === role || seen.includes(next))
            continue;
        seen.push(next);
        for (const parent of specs.get(next)?.extends ?? [])
            queue.push(parent);
    }
    return seen;
}
/** A cycle in `extends`, as the path that closes it (a → b → a), or undefined. */
function findCycle(specs) {
    const state = new Map();
    const path = [];
    const visit = (role) => {
        if (state.get(role) === 'done')
            return undefined;
        if (state.get(role) === 'visiting')
            return [...path.slice(path.indexOf(role)), role];
        state.set(role, 'visiting');
        path.push(role);
        for (const parent of specs.get(role)?.extends ?? []) {
            if (!specs.has(parent))
                continue;
            const cycle = visit(parent);
            if (cycle)
                return cycle;
        }
        path.pop();
        state.set(role, 'done');
        return undefined;
    };
    for (const role of specs.keys()) {
        const cycle = visit(role);
        if (cycle)
            return cycle;
    }
    return undefined;
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
    // The YAML parser and ajv are the heaviest modules in the core; load them only when a file exists.
    const { parseConfigText } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(434)]).then(__nccwpck_require__.bind(__nccwpck_require__, 13434));
    const parsed = parseConfigText(text, displayPath);
    const { validateAgainstSchema } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(892), __nccwpck_require__.e(902)]).then(__nccwpck_require__.bind(__nccwpck_require__, 62902));
    const problems = validateAgainstSchema(parsed.value, kind.schema, displayPath, parsed.positions);
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

/***/ 52788:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  T6: () => (/* binding */ ERROR_CATALOGUE),
  fs: () => (/* binding */ docsUrl),
  Vn: () => (/* reexport */ projectUrl),
  hS: () => (/* binding */ ruleDocsUrl)
});

// UNUSED EXPORTS: docsRoot

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(73136);
// EXTERNAL MODULE: ./packages/core/src/files/suite-root.ts
var suite_root = __nccwpck_require__(37630);
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
    return (0,suite_root/* suiteRoot */.v)() ?? (0,external_node_path_.dirname)((0,external_node_path_.dirname)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url))));
}

// EXTERNAL MODULE: ./packages/core/src/errors/exit-codes.ts
var exit_codes = __nccwpck_require__(29926);
;// CONCATENATED MODULE: ./packages/core/src/errors/catalogue.ts


const ERROR_CATALOGUE = {
    GATES_E_USAGE: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: '{detail}',
        hint: 'Run `gates --help` for usage.',
    },
    GATES_E_UNKNOWN_COMMAND: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: 'Unknown command "{command}".',
        hint: 'Known commands: {known}.',
    },
    GATES_E_UNKNOWN_FLAG: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: 'Unknown option "{flag}" for `{command}`.',
        hint: 'Run `gates {command} --help` for its options.',
    },
    GATES_E_INPUT_INVALID: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: 'Input "{input}" is invalid: got "{value}", expected {expected}.',
        hint: 'Fix the `with: {input}:` value in the workflow step.',
    },
    GATES_E_INPUT_MISSING: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: 'Input "{input}" is required but was not supplied.',
        hint: 'Add `{input}:` under `with:` in the workflow step.',
    },
    GATES_E_ENV_INVALID: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: 'Environment variable {name} is invalid: got {value}, expected {expected}.',
        hint: 'The runner sets it; check the workflow\'s `env:` blocks for an override.',
    },
    GATES_E_FILE_NOT_FOUND: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: 'File {file} does not exist.',
        hint: 'Check the path; relative paths are resolved from the current directory.',
    },
    GATES_E_INPUT_FILE_NOT_FOUND: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: 'Input "{input}" names {file}, which does not exist.',
        hint: 'Fix the `{input}:` path in the workflow step (relative to the workspace), or remove it to use the default.',
    },
    GATES_E_POLICY_REQUIRED: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: '{action} needs a policy file, and there is none at {file} (the default of the `{input}` input).',
        hint: 'Write the policy there (its format is in the {action} README), or set `{input}:` to its path. Without a policy nothing is allowed.',
    },
    GATES_E_FILE_UNREADABLE: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: 'File {file} cannot be read: {reason}.',
        hint: 'Name a regular file (not a pipe, device or directory) within the size limit.',
    },
    GATES_E_PATH_OUTSIDE: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: 'Path {path} leads outside {root} (to {real}); gates does not write there.',
        hint: 'A symbolic link (or `..`) on the way leads out; replace the link with a directory, or name a path inside {root}.',
    },
    GATES_E_CONFIG_NOT_FOUND: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: 'Config file {file} does not exist.',
        hint: 'Create it, or point the `config` input at the right path.',
    },
    GATES_E_CONFIG_UNREADABLE: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: 'Config file {file} cannot be read: {reason}.',
        hint: 'Check the path and the file permissions.',
    },
    GATES_E_CONFIG_EMPTY: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: 'Config file {file} is empty.',
        hint: 'Write at least `version: 1`, or delete the file to use defaults.',
    },
    GATES_E_CONFIG_TOO_LARGE: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: 'Config file {file} is {size} bytes, over the {limit}-byte limit.',
        hint: 'Config files are small; check that the path names the right file.',
    },
    GATES_E_CONFIG_SYNTAX: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: 'Config file {file} is not valid {format}: {detail}',
        hint: 'Fix the syntax at the reported line; `gates validate <file>` checks it locally.',
    },
    GATES_E_CONFIG_INVALID: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: 'Config file {file} does not match its schema ({count} problem(s)).',
        hint: 'Fix each listed problem; `gates validate <file>` checks it locally.',
    },
    GATES_E_METRICS_INVALID: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: 'Metrics file {file} has {count} line(s) that are not gates metrics.',
        hint: 'Each line must be one JSON object as schemas/gates-metrics.schema.json describes; the actions write them under the state root (metrics/metrics.jsonl).',
    },
    GATES_E_STATE_ROOT: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: 'State root {path} cannot be used: {reason}.',
        hint: 'Set MEMORY_STORAGE_ROOT to an absolute, writable directory that only this user can write.',
    },
    GATES_E_LOCK_TIMEOUT: {
        exitCode: exit_codes/* ExitCode */.y.Infrastructure,
        message: 'Timed out after {timeout} waiting for lock "{name}" held by {owner}.',
        hint: 'Another gates process holds the lock; raise the timeout or check for a stuck job.',
    },
    GATES_E_LOCK_LOST: {
        exitCode: exit_codes/* ExitCode */.y.Infrastructure,
        message: 'Lock {name} was taken over before this writer committed (its fencing token {fence}, now {latest}); nothing was written.',
        hint: 'This process was paused longer than the lock\'s stale-after (a frozen or overloaded runner): run it again, or raise stale-after.',
    },
    GATES_E_FILESYSTEM: {
        exitCode: exit_codes/* ExitCode */.y.Infrastructure,
        message: 'Filesystem error on {path}: {reason}.',
        hint: 'Check free space and permissions on the runner.',
    },
    GATES_E_CHECKPOINT_CORRUPT: {
        exitCode: exit_codes/* ExitCode */.y.Infrastructure,
        message: 'Checkpoint {checkpoint} cannot be restored: {what} {reason}. Nothing was restored.',
        hint: 'The checkpoint store under the state root was damaged or changed; restore an older checkpoint with `checkpoint: <hash>`, or take a new one.',
    },
    GATES_E_CHECKPOINT_NOT_FOUND: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: 'There is no checkpoint {what}.',
        hint: 'List the checkpoints in the step summary of a `mode: save` run, or omit `checkpoint:` to use the last green one.',
    },
    GATES_E_QUIESCED: {
        exitCode: exit_codes/* ExitCode */.y.Infrastructure,
        message: 'The gates are quiesced for a rollback of gate "{gate}" (since {since}, run {run}){detail}.',
        hint: 'A rollback is restoring the last green checkpoint; re-run once it is done, or set `quiesce.policy: wait` in .github/gates.yml to wait for it.',
    },
    GATES_E_LEDGER_TAMPERED: {
        exitCode: exit_codes/* ExitCode */.y.GateFailed,
        message: 'Audit ledger {file} fails verification at line {line}: {reason}.',
        hint: 'The ledger was edited, truncated or reordered after it was written; restore it from a trusted copy.',
    },
    GATES_E_SEGMENT_SIGNATURE: {
        exitCode: exit_codes/* ExitCode */.y.GateFailed,
        message: 'State segment {file} is not signed with the anchor key: {reason}.',
        hint: 'A segment a gates step publishes with `anchor-key` carries a MAC with that key; one without it, or whose MAC does not match, was written by a step without the key or changed afterwards (docs/ordering.md#signed-segments).',
    },
    GATES_E_LEDGER_UNANCHORED: {
        exitCode: exit_codes/* ExitCode */.y.GateFailed,
        message: 'Audit ledger {file} is not anchored: {reason}.',
        hint: 'Without a valid head (or --head HASH), a cut-off tail cannot be detected; restore the head from a trusted copy, or verify against a published head with --head.',
    },
    GATES_E_STATE_TRANSPORT: {
        exitCode: exit_codes/* ExitCode */.y.Infrastructure,
        message: 'State transport failed ({operation}): {reason}.',
        hint: 'The Actions artifact service did not answer or refused; a re-run may help. Gates whose decisions need other jobs\' state (rbac-guard dependencies) fail closed meanwhile; `state: local` keeps state on this runner only.',
    },
    GATES_E_STATE_REFUSED: {
        exitCode: exit_codes/* ExitCode */.y.Infrastructure,
        message: 'This step\'s state ({name}) cannot be published: {reason}. The decision is recorded on this runner only; later jobs would not see it.',
        hint: 'A job may create at most 500 artifacts (each gates step publishes one segment; each checkpoint save one more): split the job, or set `state: local` on steps whose decisions no later job needs (docs/ordering.md).',
    },
    GATES_E_STATE_CACHE: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: 'state: cache cannot carry gate decisions between jobs: the Actions cache restores one entry per key prefix and cannot list a run\'s entries, so later jobs would not see this one\'s.',
        hint: 'Use `state: auto` or `artifact` (segments travel between the jobs of a run) and `publish: status` or `check` across runs; docs/ordering.md. checkpoint-restore\'s `store: cache` is a different input and works.',
    },
    GATES_E_GATE_RESERVED: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: 'Gate "{gate}" is one of the suite\'s own actions; only that action records its verdict.',
        hint: 'Run the action itself, or record a custom gate under another name. To set aside a failure, use `gates audit override` (audited).',
    },
    GATES_E_NETWORK: {
        exitCode: exit_codes/* ExitCode */.y.Infrastructure,
        message: 'Request to {url} failed: {reason}.',
        hint: 'Check network access and GITHUB_API_URL; the request may succeed on retry.',
    },
    GATES_E_API_NO_TOKEN: {
        exitCode: exit_codes/* ExitCode */.y.Infrastructure,
        message: '{what} needs the GitHub API, but no token was given.',
        hint: 'Pass `token: ${{ github.token }}` (the default in the action), or set policy `online: optional` to run offline checks only.',
    },
    GATES_E_API_DENIED: {
        exitCode: exit_codes/* ExitCode */.y.Infrastructure,
        message: 'GitHub API answered {status} for {route}: {reason}.',
        hint: 'Check the token and its permissions (the job\'s `permissions:` block, or the App/PAT scopes) and GITHUB_API_URL.',
    },
    GATES_E_API_RATE_LIMITED: {
        exitCode: exit_codes/* ExitCode */.y.Infrastructure,
        message: 'GitHub API rate limit exhausted after {calls} call(s); it resets at {reset}.',
        hint: 'Use the job\'s GITHUB_TOKEN (higher limits than anonymous calls) or a GitHub App token, or re-run after the reset.',
    },
    GATES_E_API_TIMEOUT: {
        exitCode: exit_codes/* ExitCode */.y.Infrastructure,
        message: 'GitHub API call {route} timed out after {timeout}.',
        hint: 'Raise the `api-timeout` input, or check the runner\'s network path to GITHUB_API_URL.',
    },
    GATES_E_API_UNAVAILABLE: {
        exitCode: exit_codes/* ExitCode */.y.Infrastructure,
        message: 'GitHub API call {route} failed after {attempts} attempt(s): {reason}.',
        hint: 'GitHub (or the GHES host) may be degraded; re-run the job. Check GITHUB_API_URL on GHES.',
    },
    GATES_E_API_STOPPED: {
        exitCode: exit_codes/* ExitCode */.y.Infrastructure,
        message: 'GitHub API call {route} was not made: calls stopped for the rest of this run after {reason}.',
        hint: 'Check the runner\'s network path to GITHUB_API_URL and re-run; raise `api-budget` if the API is only slow.',
    },
    GATES_E_API_MALFORMED: {
        exitCode: exit_codes/* ExitCode */.y.Infrastructure,
        message: 'GitHub API answer to {route} is not what GitHub documents: {reason}.',
        hint: 'Nothing was decided from it. Re-run the job; if it persists, check GITHUB_API_URL and any proxy between the runner and the API.',
    },
    GATES_E_WAIVER_POLICY_UNAVAILABLE: {
        exitCode: exit_codes/* ExitCode */.y.Infrastructure,
        message: 'On a {event} event the waiver policy comes from the base commit, but {reason}.',
        hint: 'A pull request cannot relax its own waiver policy: gates reads the policy (and the rbac policy it names) from the base commit through the GitHub API. Give the action its token (the default `${{ github.token }}`) with `contents: read`; see docs/waiver-policy.md.',
    },
    GATES_E_DOCUMENT_TOO_LARGE: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: 'Document {source} is larger than the limit of {limit}; nothing was compared.',
        hint: 'Raise max-document-size (memory grows with the document: see the drift-check README), or compare a smaller rendering of it.',
    },
    GATES_E_DOCUMENT_INVALID: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: 'Document {source} cannot be compared: {reason}.',
        hint: 'drift-check and hydration-check compare JSON or YAML documents; check the file, or the command\'s stdout.',
    },
    GATES_E_DOCUMENT_DUPLICATE_KEY: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: 'Document {source} has {key} twice in one object (the second at line {line}, column {column}); nothing was compared.',
        hint: 'A JSON parser keeps one of the two values without a word, so which one is meant is unclear: remove or rename one of them.',
    },
    GATES_E_BASELINE_MISSING: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: 'Baseline {file} does not exist.',
        hint: 'Create it with `mode: sync` (or `gates run drift-check --input mode=sync ...`) and commit it.',
    },
    GATES_E_RBAC_UNRESOLVED: {
        exitCode: exit_codes/* ExitCode */.y.Infrastructure,
        message: 'Cannot decide whether {actor} may run {command}: {reason}.',
        hint: 'rbac-guard fails closed when a fact it needs is unknown; the reason names what to change.',
    },
    GATES_E_RESULTS_INVALID: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: 'Scanner results {file} cannot be used: {reason}.',
        hint: 'Point `results` at the scanner\'s SARIF 2.1.0 or native JSON output (npm audit, pip-audit, osv-scanner, Trivy); a truncated file means the scan step failed.',
    },
    GATES_E_RESULTS_MISSING: {
        exitCode: exit_codes/* ExitCode */.y.Usage,
        message: 'No scanner results to judge: {detail}.',
        hint: 'Check the `results` paths and that the scan steps ran and wrote their files; nothing checked is not a pass.',
    },
    GATES_E_GATE_FAILED: {
        exitCode: exit_codes/* ExitCode */.y.GateFailed,
        message: '{detail}',
        hint: 'See the job summary for the findings that failed the gate.',
    },
    GATES_E_INTERNAL: {
        exitCode: exit_codes/* ExitCode */.y.Internal,
        message: 'Internal error: {detail}',
        hint: 'This is a bug in gates; please report it with the debug output (set `debug: true`).',
    },
};
/** Docs anchor of an error code: GitHub's anchor for the docs/errors.md heading named by the code. */
function docsUrl(code, env = process.env) {
    return `${docsRoot(env)}/docs/errors.md#${code.toLowerCase()}`;
}
/** Docs link of an action's rule: the `#### <action>: <rule>` heading of `<action>/README.md`. */
function ruleDocsUrl(action, rule, env = process.env) {
    return `${docsRoot(env)}/${action}/README.md#${action}-${rule}`;
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
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(52788);

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

/***/ 37630:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ suiteRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



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
        cached = findUp((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url))) ?? null;
    return cached ?? undefined;
}
function findUp(start) {
    for (let directory = start;; directory = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(directory)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, 'docs', 'errors.md')) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, 'actions')))
            return directory;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(directory) === directory)
            return undefined;
    }
}


/***/ }),

/***/ 45561:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fx: () => (/* binding */ describeRoute),
/* harmony export */   qt: () => (/* binding */ requireAnswer),
/* harmony export */   rY: () => (/* binding */ answerOrAbsent),
/* harmony export */   yN: () => (/* binding */ GitHubApi)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(15170);
/* harmony import */ var _inputs_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(67528);
/* harmony import */ var _retry_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(72142);




/**
 * A GitHub REST client with the behaviour gates promises everywhere: each
 * call has a timeout, transient failures are retried with bounded backoff,
 * rate limits are read from headers and waited out (or reported), identical
 * GETs within a run are made once, and calls are counted for the summary.
 * Failures that are not an answer throw a GatesError (exit 3): callers fail
 * closed.
 *
 * A circuit breaker: once a call gets no answer (connection failed, timed
 * out, 5xx on every attempt, rate limit exhausted) or the budget is spent,
 * the client stops for the rest of the run. Calls in flight are abandoned and
 * later ones fail at once with GATES_E_API_STOPPED, so an outage costs one
 * timeout instead of one per call.
 */
class GitHubApi {
    transport;
    options;
    calls = 0;
    rateLimit;
    /** Why the client stopped calling, once it has (the breaker is open). */
    stopped;
    cache = new Map();
    limits;
    deadline;
    halt = new AbortController();
    constructor(transport, options) {
        this.transport = transport;
        this.options = options;
        this.limits = { ..._retry_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_RETRY_LIMITS */ .ch, ...options.limits };
        this.deadline = options.budgetMs === undefined ? Number.POSITIVE_INFINITY : Date.now() + options.budgetMs;
    }
    /** GET `route` (Octokit route syntax, e.g. `GET /repos/{owner}/{repo}`), memoised per run. */
    get(route, params = {}) {
        const key = `${route} ${JSON.stringify(params)}`;
        let pending = this.cache.get(key);
        if (!pending) {
            pending = this.send(route, params);
            this.cache.set(key, pending);
        }
        return pending;
    }
    /** A write (`POST /repos/{owner}/{repo}/statuses/{sha}`, …): never memoised; body fields are params, as Octokit takes them. */
    post(route, params = {}) {
        return this.send(route, params);
    }
    async send(route, params) {
        const label = describeRoute(route, params);
        for (let attempt = 1;; attempt++) {
            if (this.stopped)
                throw this.stoppedError(label);
            await this.waitForRateLimit(label);
            const timeoutMs = this.callTimeout(label);
            this.calls++;
            const call = this.callSignal(timeoutMs);
            const response = await this.transport.request(route, params, call.signal).finally(call.done);
            // Another call opened the breaker while this one waited: its answer (or abort) no longer counts.
            if (this.stopped)
                throw this.stoppedError(label);
            this.recordRateLimit(response.headers);
            if (response.timedOut) {
                if (timeoutMs < this.options.timeoutMs)
                    throw this.stop(this.budgetSpent(), label);
                throw this.trip(new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_API_TIMEOUT', { route: label, timeout: (0,_inputs_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(this.options.timeoutMs) }));
            }
            const decision = (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .decideRetry */ .tE)(response, attempt, Date.now(), this.limits);
            if (decision.retry) {
                this.options.onWait?.(`${label}: ${decision.reason}`, decision.waitMs);
                await this.pause(decision.waitMs, label);
                continue;
            }
            switch (decision.reason) {
                case 'ok':
                    return { ok: true, status: response.status, data: response.data, ...(response.headers.link ? { link: response.headers.link } : {}) };
                case 'client-error':
                    return { ok: false, status: response.status, message: messageOf(response.data) };
                case 'rate-limited':
                    throw this.trip(new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_API_RATE_LIMITED', { calls: this.calls, reset: this.resetDescription() }));
                case 'unavailable':
                    if (response.status === undefined) {
                        throw this.trip(new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_NETWORK', { url: label, reason: response.failure ?? 'no response' }));
                    }
                    throw this.trip(new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_API_UNAVAILABLE', { route: label, attempts: attempt, reason: `status ${response.status}` }));
            }
        }
    }
    /** The timeout of the next call: `timeoutMs`, or less when the budget ends sooner. Throws once the budget is spent. */
    callTimeout(label) {
        const left = this.deadline - Date.now();
        if (left <= 0)
            throw this.stop(this.budgetSpent(), label);
        return Math.min(this.options.timeoutMs, left);
    }
    /**
     * Aborted by the call's timeout or by the breaker opening. A timer and a
     * listener rather than `AbortSignal.any([AbortSignal.timeout(...), ...])`:
     * Node 20 holds the sources of `any` weakly, so a collected timeout signal
     * never fires and the call waits for undici's own 300 s limit (measured).
     */
    callSignal(timeoutMs) {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), timeoutMs);
        const onHalt = () => controller.abort();
        this.halt.signal.addEventListener('abort', onHalt, { once: true });
        return {
            signal: controller.signal,
            done: () => {
                clearTimeout(timer);
                this.halt.signal.removeEventListener('abort', onHalt);
            },
        };
    }
    /** Opens the breaker with the error that shows the API is not usable, and returns that error for the caller to throw. */
    trip(error) {
        this.open(`${error.message.replace(/\.$/, '')} (${error.code})`);
        return error;
    }
    /** Opens the breaker for a reason that is not one call's failure (the budget), and returns the error for this call. */
    stop(reason, label) {
        this.open(reason);
        return this.stoppedError(label);
    }
    open(reason) {
        if (this.stopped)
            return;
        this.stopped = reason;
        this.halt.abort();
    }
    stoppedError(label) {
        return new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_API_STOPPED', { route: label, reason: this.stopped ?? 'an earlier failure' });
    }
    budgetSpent() {
        return `the run's API budget of ${(0,_inputs_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(this.options.budgetMs ?? 0)} was spent`;
    }
    /** A wait that the budget allows, cut short when the breaker opens. */
    async pause(waitMs, label) {
        if (Date.now() + waitMs > this.deadline)
            throw this.stop(this.budgetSpent(), label);
        try {
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(waitMs, undefined, { signal: this.halt.signal });
        }
        catch {
            throw this.stoppedError(label);
        }
    }
    recordRateLimit(headers) {
        const limit = Number(headers['x-ratelimit-limit']);
        const remaining = Number(headers['x-ratelimit-remaining']);
        const reset = Number(headers['x-ratelimit-reset']);
        if ([limit, remaining, reset].every(Number.isFinite))
            this.rateLimit = { limit, remaining, resetAt: reset * 1000 };
    }
    /** Known to be exhausted: wait for the reset when it is near, else stop now instead of burning calls. */
    async waitForRateLimit(label) {
        const snapshot = this.rateLimit;
        if (!snapshot || snapshot.remaining > 0)
            return;
        const waitMs = snapshot.resetAt - Date.now();
        if (waitMs <= 0)
            return;
        if (waitMs > this.limits.maxRateLimitWaitMs) {
            throw this.trip(new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_API_RATE_LIMITED', { calls: this.calls, reset: this.resetDescription() }));
        }
        this.options.onWait?.('rate limit exhausted', waitMs);
        await this.pause(waitMs, label);
        snapshot.remaining = snapshot.limit;
    }
    resetDescription() {
        return this.rateLimit ? new Date(this.rateLimit.resetAt).toISOString() : 'an unknown time';
    }
}
/** The data of a successful answer; any other answer is a failed check (exit 3), never an absence. */
function requireAnswer(result, what) {
    if (result.ok)
        return result.data;
    throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_API_DENIED', { status: result.status, route: what, reason: result.message });
}
/** Like requireAnswer, but 404 and 422 mean "no such thing" and give undefined. */
function answerOrAbsent(result, what) {
    if (!result.ok && (result.status === 404 || result.status === 422))
        return undefined;
    return requireAnswer(result, what);
}
/** `GET /repos/{owner}/{repo}` with params filled in, for messages. */
function describeRoute(route, params) {
    return route.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}
function messageOf(data) {
    if (data && typeof data === 'object' && typeof data.message === 'string') {
        return data.message;
    }
    return 'no message';
}


/***/ }),

/***/ 82964:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fL: () => (/* binding */ API_TIMEOUT_RANGE),
  UY: () => (/* binding */ connectGitHub)
});

// UNUSED EXPORTS: PUBLIC_API_URL, apiBaseUrl

// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __nccwpck_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/github/api-client.ts
var api_client = __nccwpck_require__(45561);
;// CONCATENATED MODULE: ./packages/core/src/github/octokit-transport.ts
/**
 * The network edge: `@actions/github`'s Octokit (proxy settings, user agent,
 * GHES base URL) turned into plain responses. Loaded lazily so an offline run
 * never pays for it.
 */
async function createOctokitTransport(options) {
    const { getOctokit } = await __nccwpck_require__.e(/* import() */ 351).then(__nccwpck_require__.bind(__nccwpck_require__, 61351));
    const log = { debug: () => { }, info: () => { }, warn: options.warn, error: options.warn };
    const octokit = getOctokit(options.token, { baseUrl: options.baseUrl.replace(/\/+$/, ''), log });
    return {
        async request(route, params, signal) {
            try {
                const response = await octokit.request(route, { ...params, request: { signal } });
                const headers = stringHeaders(response.headers);
                if (isUnreadJson(response.status, headers, response.data))
                    return { headers, data: undefined, failure: 'the response body was cut off or is not valid JSON' };
                return { status: response.status, headers, data: response.data };
            }
            catch (thrown) {
                return failedResponse(thrown, signal);
            }
        },
    };
}
function failedResponse(thrown, signal) {
    if (signal.aborted)
        return { headers: {}, data: undefined, timedOut: true };
    const error = thrown;
    // Octokit reports a connection failure as status 500 without a response.
    if (!error.response)
        return { headers: {}, data: undefined, failure: error.message ?? String(thrown) };
    return { status: error.response.status, headers: stringHeaders(error.response.headers), data: error.response.data };
}
/**
 * Octokit hands back the raw text, or "" when the body could not be read to
 * its end, where a JSON answer should have been parsed. Taken as data, that
 * empty answer reads as "no role, no reviews": it is a failed exchange
 * instead (retried, then exit 3). 204 No Content has no body to parse.
 */
function isUnreadJson(status, headers, data) {
    return status !== 204 && typeof data === 'string' && /^application\/(?:[\w.+-]*\+)?json\b/i.test(headers['content-type'] ?? '');
}
function stringHeaders(headers) {
    return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value === undefined ? undefined : String(value)]));
}

;// CONCATENATED MODULE: ./packages/core/src/github/connect.ts



const PUBLIC_API_URL = 'https://api.github.com';
/** What `api-timeout` inputs accept: long enough for one slow answer, short enough that a hung call ends the job. */
const API_TIMEOUT_RANGE = { minMs: 100, maxMs: 600_000 };
/**
 * The API base URL the runner gives the job (GHES sets its own), checked: an
 * http(s) URL without credentials, query or fragment. Anything else is a
 * usage error (exit 2) before a token is sent anywhere.
 */
function apiBaseUrl(env) {
    const raw = env.GITHUB_API_URL || PUBLIC_API_URL;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || url.search || url.hash || raw.trim() !== raw) {
        // Credentials are never echoed, and a long value is described rather than cut (a cut could print part of a secret).
        const shown = url && (url.username || url.password) ? raw.replace(/\/\/[^@/]*@/, '//***@') : raw;
        const value = shown.length > 200 ? `a ${shown.length}-character value` : JSON.stringify(shown);
        throw new gates_error/* GatesError */.xx('GATES_E_ENV_INVALID', { name: 'GITHUB_API_URL', value, expected: 'an http(s) URL without credentials, such as https://api.github.com or https://HOST/api/v3' });
    }
    return raw;
}
/** A GitHubApi over Octokit for this job: its token, its API URL, waits logged. */
async function connectGitHub(token, env, runner, options) {
    const transport = await createOctokitTransport({ token, baseUrl: apiBaseUrl(env), warn: (line) => runner.warning(line) });
    return new api_client/* GitHubApi */.yN(transport, {
        ...options,
        onWait: (reason, waitMs) => runner.info(`GitHub API: ${reason}; waiting ${Math.ceil(waitMs / 1000)}s before retrying.`),
    });
}


/***/ }),

/***/ 94063:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ contentsRoute)
/* harmony export */ });
/**
 * The contents route with the path written into it, its slashes literal: as
 * an Octokit `{path}` parameter each slash is sent as %2F, which GitHub
 * answers with 404 for fine-grained tokens (octokit/octokit.js#2422), and a
 * 404 would read as "no such file" (no policy, no action.yml). Each segment is encoded,
 * so no character of a file name is taken for a template expression.
 */
function contentsRoute(path) {
    return `GET /repos/{owner}/{repo}/contents/${path.split('/').map(encodeURIComponent).join('/')}`;
}


/***/ }),

/***/ 72142:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ch: () => (/* binding */ DEFAULT_RETRY_LIMITS),
/* harmony export */   tE: () => (/* binding */ decideRetry)
/* harmony export */ });
/* unused harmony exports isRateLimited, rateLimitWaitMs */
const DEFAULT_RETRY_LIMITS = { maxRetries: 2, baseDelayMs: 250, maxRateLimitWaitMs: 60_000 };
function isRateLimited(outcome) {
    if (outcome.status !== 403 && outcome.status !== 429)
        return false;
    return outcome.headers['x-ratelimit-remaining'] === '0' || outcome.headers['retry-after'] !== undefined;
}
/** Milliseconds until the rate limit lets a call through, or 0. */
function rateLimitWaitMs(headers, nowMs) {
    const retryAfter = Number(headers['retry-after']);
    if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter))
        return Math.max(0, retryAfter * 1000);
    if (headers['x-ratelimit-remaining'] !== '0')
        return 0;
    const reset = Number(headers['x-ratelimit-reset']);
    // Without a reset time there is nothing sound to wait for: give up rather than guess.
    return Number.isFinite(reset) ? Math.max(0, reset * 1000 - nowMs) : Number.POSITIVE_INFINITY;
}
/** `attempt` counts from 1 (the call that produced `outcome`). */
function decideRetry(outcome, attempt, nowMs, limits) {
    const { status } = outcome;
    if (status !== undefined && status < 400)
        return { retry: false, reason: 'ok' };
    if (isRateLimited(outcome)) {
        const waitMs = rateLimitWaitMs(outcome.headers, nowMs);
        // One wait for the limit to lift; a second refusal means it did not.
        if (attempt > 1 || waitMs > limits.maxRateLimitWaitMs)
            return { retry: false, reason: 'rate-limited' };
        return { retry: true, waitMs, reason: `rate limited (status ${status})` };
    }
    const transient = status === undefined || status >= 500;
    if (!transient)
        return { retry: false, reason: 'client-error' };
    if (attempt > limits.maxRetries)
        return { retry: false, reason: 'unavailable' };
    return {
        retry: true,
        waitMs: limits.baseDelayMs * 2 ** (attempt - 1),
        reason: status === undefined ? 'connection failed' : `server error ${status}`,
    };
}


/***/ }),

/***/ 45652:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fLU: () => (/* reexport */ connect/* API_TIMEOUT_RANGE */.fL),
  j0D: () => (/* reexport */ CONFIG_KINDS),
  xx: () => (/* reexport */ gates_error/* GatesError */.xx),
  UYj: () => (/* reexport */ connect/* connectGitHub */.UY),
  tWf: () => (/* reexport */ eventOrigin),
  KUE: () => (/* reexport */ gateStatuses),
  A4j: () => (/* reexport */ getAllPages),
  fUN: () => (/* reexport */ glob_globMatcher),
  B0Y: () => (/* reexport */ isFork),
  HTy: () => (/* reexport */ load_file/* loadConfigFile */.HT),
  jlE: () => (/* reexport */ loadConfigInput),
  p7L: () => (/* reexport */ markdownText),
  Tmn: () => (/* reexport */ load_file.parseConfigDocument),
  N5_: () => (/* reexport */ readEventPayload),
  qtC: () => (/* reexport */ api_client/* requireAnswer */.qt),
  hSJ: () => (/* reexport */ catalogue/* ruleDocsUrl */.hS),
  VNr: () => (/* reexport */ runMain),
  tpe: () => (/* reexport */ table),
  fKb: () => (/* reexport */ valueAt)
});

// UNUSED EXPORTS: APPENDIX_BYTE_LIMIT, AtomicFile, BUILT_IN_DEFAULTS, DEFAULT_MIN_SECRET_LENGTH, DEFAULT_RETRY_LIMITS, DEFAULT_SECRET_ENV_PATTERNS, DEFAULT_STATE_TIMEOUT_MS, DEFAULT_WAIVERS_PATH, DEFAULT_WAIVER_POLICY, EMPTY_HEAD, ENCODERS, ERROR_CATALOGUE, ExitCode, FAIL_ON_VALUES, GENESIS_HASH, GITHUB_SUMMARY_LIMIT, GitHubApi, GitHubRunner, InputParseError, InputReader, JsonNumber, JsonScanner, JsonSyntaxError, KEY_BYTES, KNOWN_SECRET_RULE, LOCK_PRIMITIVES, Ledger, LiteralMatcher, LockfileLock, MAX_CONFIG_BYTES, MAX_LEDGER_BYTES, MAX_SEGMENT_ARTIFACT_BYTES, MAX_SEGMENT_FILE_BYTES, METRICS_SCHEMA_VERSION, NOTHING_TO_CHECK, PUBLISH_MODES, PathOutside, RECORD_FIELDS, REDACTED, RUNNER_ANNOTATION_LIMIT_PER_SEVERITY, Redactor, SEGMENT_FILE, SEGMENT_FORMAT, SEGMENT_PREFIX, SEVERITIES, SEVERITY_RANK, SIGNATURE_DOMAIN, STATE_MODES, SUITE_GATES, SUITE_VERSION, SUMMARY_BYTE_LIMIT, StateSession, TIMER_RANGE, TerminalRunner, UNREADABLE_GRACE_MS, UnreadableFile, WRAP_WIDTHS, acquireAll, aggregateMetrics, anchorMatches, anchorOf, answerOrAbsent, apiBaseUrl, appendMetric, applyWaivers, artifactStore, awaitQuiesce, base64Fragments, buildSegment, canonicalJson, capMarkdown, checkSegment, checkSignature, checkVariable, checkVariables, clearQuiesce, compareRecords, configKindForPath, containedDirectory, containedPath, contentsRoute, countBySeverity, createTemporary, decideRetry, defaultPrimitive, describeRefusal, describeRoute, describeSpan, didYouMean, discoverFiles, docsRoot, docsUrl, documentTooLarge, endInstant, escapeCommandData, escapeCommandProperty, escapeLabelValue, explainConfig, failsGate, fileLink, filesystemOf, fingerprintOf, firstBadLine, formatAnnotation, formatCommand, formatDuration, formatError, formatFileCommand, formatPlain, gateFails, gateOverrideEvent, gateVerdictEvent, hashRecord, headOf, headPath, highestLamport, inputEnvName, installCrashHandlers, isDebug, isInside, isProcessAlive, isReservedGate, isTemporaryName, jobBackendId, jobKey, keyedAnchor, largest, ledgerPath, levenshtein, loadEffectiveConfig, loadWaivers, makeDirectories, maskUrlSignatures, mergeLayers, mergeRecords, mergeSpans, metricRecord, metricsPath, nearestRank, neutraliseCommands, nextLink, nextRecord, nextZipEntry, normaliseLocation, nothingToCheckRule, openRegularFile, openZipEntry, parseBoolean, parseChain, parseDocument, parseDuration, parseEnum, parseFileCommands, parseHead, parseInteger, parseList, parseMountinfo, parseSize, pointerSegment, projectUrl, quiescePath, quiescePolicy, rateLimitWaitMs, readConfigText, readDocumentFile, readQuiesce, readRegularFile, readRegularFileIfExists, readSegmentHeader, readTextFile, recordOrigin, recordProblem, recordedBy, redactedReportText, refusalOf, registerKnownSecrets, renderAnnotations, renderJsonReport, renderPrometheus, renderSarif, renderSarifText, renderSummary, replaceByteSpans, replaceSpans, reportError, repositoryLinks, resolvePolicy, resolveStateMode, resolveStateRoot, retentionDays, reviewWaivers, runAction, runIdentity, secretVariants, segmentBinding, segmentName, setQuiesce, signSegment, signedText, sortFindings, statePath, stopCommandsBlock, structuralDiff, suiteRoot, sweepStaleTemporaries, textFingerprint, toGatesError, validateSuiteEnvironment, verdictOf, verifyLedgerFile, verifyLedgerText, verifySegment, waivedLine, waiversToApprove, withDeadline, withLock, withRedactedStdout, wrappedForms, writeFileAtomically, writeReportFile, writeSarifReport, writeSarifText, writeTextAtomically, writeTextReport

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __nccwpck_require__(15170);
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

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(57075);
;// CONCATENATED MODULE: ./packages/core/src/safe-files/make-directories.ts


/**
 * mkdir -p, one component at a time. Node's own recursive mkdir never returns
 * on some pseudo-filesystems (measured: a path under /proc spins forever), and
 * a gate must fail, not hang.
 */
function makeDirectories(path, mode = 0o777) {
    const missing = [];
    let current = path;
    while (!(0,external_node_fs_.existsSync)(current)) {
        missing.push(current);
        const parent = (0,external_node_path_.dirname)(current);
        if (parent === current)
            break;
        current = parent;
    }
    for (const directory of missing.reverse()) {
        try {
            (0,external_node_fs_.mkdirSync)(directory, { mode });
        }
        catch (error) {
            // Another writer created it meanwhile: what matters is that it exists.
            if (error.code !== 'EEXIST')
                throw error;
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/safe-files/contained-path.ts




/**
 * True when `child` is `parent` or below it, comparing paths as written (no
 * filesystem access). A name that merely starts with two dots (`..state`) is
 * inside; only a `..` component leads out.
 */
function contained_path_isInside(child, parent) {
    const path = (0,external_node_path_.relative)((0,external_node_path_.resolve)(parent), (0,external_node_path_.resolve)(child));
    return path === '' || (path !== '..' && !path.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(path));
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
    const absolute = (0,external_node_path_.resolve)(target);
    if ((0,external_node_path_.dirname)(absolute) === absolute)
        throw outside(target, absolute, root);
    return (0,external_node_path_.join)(contained_path_containedDirectory(root, (0,external_node_path_.dirname)(absolute), options, target), (0,external_node_path_.basename)(absolute));
}
/**
 * The real path of `directory`, which must be inside `root` both as written
 * and once every link is resolved. A directory that does not exist yet is
 * judged by its deepest existing ancestor; with createDirectories the missing
 * ones are then created one at a time, each inside a directory already
 * checked. Without it, the returned path is where it would be.
 */
function contained_path_containedDirectory(root, directory, options = {}, shown = directory) {
    const absolute = (0,external_node_path_.resolve)(directory);
    if (!contained_path_isInside(absolute, root))
        throw outside(shown, absolute, root);
    let realRoot;
    try {
        if (options.createDirectories)
            makeDirectories(root, options.directoryMode);
        realRoot = external_node_fs_.realpathSync.native(root);
    }
    catch (error) {
        throw filesystemError(root, error);
    }
    const missing = [];
    let existing = absolute;
    let real;
    for (;;) {
        try {
            real = external_node_fs_.realpathSync.native(existing);
            break;
        }
        catch (error) {
            if (error.code !== 'ENOENT' || (0,external_node_path_.dirname)(existing) === existing)
                throw filesystemError(existing, error);
            missing.unshift((0,external_node_path_.basename)(existing));
            existing = (0,external_node_path_.dirname)(existing);
        }
    }
    if (!contained_path_isInside(real, realRoot))
        throw outside(shown, real, root);
    for (const name of missing) {
        real = (0,external_node_path_.join)(real, name);
        if (!options.createDirectories)
            continue;
        try {
            (0,external_node_fs_.mkdirSync)(real, { mode: options.directoryMode ?? 0o777 });
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw filesystemError(real, error);
            // Created meanwhile, by another writer or as a link: only a real directory is used.
            if (!(0,external_node_fs_.lstatSync)(real).isDirectory())
                throw outside(shown, real, root);
        }
    }
    return real;
}
/** GATES_E_PATH_OUTSIDE, with where the path really leads. */
class contained_path_PathOutside extends gates_error/* GatesError */.xx {
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
    return new contained_path_PathOutside(target, real, root);
}
function filesystemError(path, error) {
    const code = error.code;
    return new gates_error/* GatesError */.xx('GATES_E_FILESYSTEM', { path, reason: code === 'ENOTDIR' ? 'a component of the path is not a directory' : (code ?? error.message) }, { cause: error });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: ./packages/core/src/safe-files/read-file.ts
var read_file = __nccwpck_require__(6220);
;// CONCATENATED MODULE: ./packages/core/src/lock/process-alive.ts



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
        const stat = (0,read_file/* readRegularFile */.XF)(`/proc/${pid}/stat`, { maxBytes: 4096 }).toString('utf8');
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
const HOST_TAG = (0,external_node_crypto_.createHash)('sha256').update((0,external_node_os_.hostname)()).digest('hex').slice(0, 8);

;// CONCATENATED MODULE: ./packages/core/src/safe-files/temp-files.ts




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
    return `.${base.slice(0, MAX_BASE_CHARS)}.gates-tmp-${process.pid}-${HOST_TAG}-${randomHex8()}`;
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
        (0,external_node_crypto_.randomFillSync)(RANDOM_POOL);
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
const CREATE_FLAGS = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW;
/** Creates a new temporary file in `directory` (which must be a real, checked directory). Mode 0600 unless given. */
function createTemporary(directory, base, mode = 0o600) {
    for (let attempt = 0;; attempt++) {
        const path = (0,external_node_path_.join)(directory, temporaryName(base));
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(path, CREATE_FLAGS, 0o600);
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
                (0,external_node_fs_.fchmodSync)(fd, mode & 0o7777);
        }
        catch (error) {
            (0,external_node_fs_.closeSync)(fd);
            (0,external_node_fs_.unlinkSync)(path);
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
        names = (0,external_node_fs_.readdirSync)(directory);
    }
    catch {
        return 0;
    }
    let removed = 0;
    for (const name of names) {
        const match = TEMPORARY_NAME.exec(name);
        if (!match || match[2] !== HOST_TAG || Number(match[1]) === process.pid || isProcessAlive(Number(match[1])))
            continue;
        try {
            (0,external_node_fs_.unlinkSync)((0,external_node_path_.join)(directory, name));
            removed++;
        }
        catch {
            // Removed by another run meanwhile, or not ours to remove: it stays.
        }
    }
    return removed;
}

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
        this.destination = containedPath(options.root, destination, { createDirectories: true, directoryMode: options.directoryMode });
        const directory = (0,external_node_path_.dirname)(this.destination);
        sweepStaleTemporaries(directory);
        try {
            ({ fd: this.fd, path: this.temporary } = createTemporary(directory, (0,external_node_path_.basename)(this.destination), options.mode));
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
function atomic_file_writeFileAtomically(destination, content, options) {
    const file = new AtomicFile(destination, options);
    try {
        if (typeof content === 'string')
            file.writeText(content);
        else
            file.write(content);
        file.commit();
    }
    catch (error) {
        file.abandon();
        throw error;
    }
    return file.destination;
}
/** Writes a file atomically from text given piece by piece (see AtomicFile, Utf8Writer); returns the real path written. */
function writeTextAtomically(destination, source, options) {
    const file = new AtomicFile(destination, options);
    try {
        const writer = file.textWriter();
        source((piece) => writer.write(piece));
        writer.end();
        file.commit();
    }
    catch (error) {
        file.abandon();
        throw error;
    }
    return file.destination;
}

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
        const inside = contained_path_isInside(facts.path, facts.workspace.path) || contained_path_isInside(facts.realPath, facts.workspace.realPath);
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
        const runnerMade = facts.runnerTemp !== undefined && contained_path_isInside(facts.runnerTemp, ancestor.path);
        if (!runnerMade)
            return problem;
        warnings.push(`${problem} (the runner set it up so: RUNNER_TEMP or a directory above it)`);
    }
    return warnings;
}

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
            makeDirectories(path, 0o700);
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
    if (constraints['outside-workspace'] && workspace && (contained_path_isInside(real, path_constraints_realOrSelf(workspace)) || contained_path_isInside((0,external_node_path_.resolve)(workspace, path), workspace))) {
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
var inputs_parse = __nccwpck_require__(67528);
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
                (0,inputs_parse/* parseInteger */.cG)(value, { min: constraints.min, max: constraints.max });
                return undefined;
            case 'bool':
                (0,inputs_parse/* parseBoolean */.yG)(value);
                return undefined;
            case 'enum':
                (0,inputs_parse/* parseEnum */.nL)(value, constraints.values ?? []);
                return undefined;
            case 'duration':
                (0,inputs_parse/* parseDuration */.E9)(value, durationRange(constraints['min-duration'], constraints['max-duration']));
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
        if (error instanceof inputs_parse/* InputParseError */.Uh)
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
    return { minMs: min === undefined ? undefined : (0,inputs_parse/* parseDuration */.E9)(min), maxMs: max === undefined ? undefined : (0,inputs_parse/* parseDuration */.E9)(max) };
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

;// CONCATENATED MODULE: ./packages/core/src/audit/hash-chain.ts

/**
 * The audit ledger's record format and its chain, pure. Each record carries
 * the SHA-256 of the previous one (a hash chain) and a Lamport counter that
 * strictly increases, so an edited, deleted, reordered or inserted record
 * breaks the chain at a line that can be named. docs/audit.md states it.
 */
const hash_chain_GENESIS_HASH = '0'.repeat(64);
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
function hash_chain_hashRecord(record) {
    const { lamport, time, origin, prev, event } = record;
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalJson({ lamport, time, origin, prev, event })).digest('hex');
}
function nextRecord(previous, event, time, observedLamport = 0, origin) {
    const lamport = Math.max(previous?.lamport ?? 0, observedLamport) + 1;
    const partial = { lamport, time, ...(origin ? { origin } : {}), prev: previous?.hash ?? hash_chain_GENESIS_HASH, event };
    return { ...partial, hash: hash_chain_hashRecord(partial) };
}
/** Why a parsed line is not a well-formed record, or undefined. */
function hash_chain_recordProblem(value) {
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
function hash_chain_parseChain(text) {
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
        const shape = hash_chain_recordProblem(parsed);
        if (shape)
            return { records, problem: { line, reason: shape } };
        const record = parsed;
        if (hash_chain_hashRecord(record) !== record.hash)
            return { records, problem: { line, reason: 'content does not match its hash (edited)' } };
        const previous = records[records.length - 1];
        if (record.prev !== (previous?.hash ?? hash_chain_GENESIS_HASH)) {
            return { records, problem: { line, reason: 'does not follow the previous record (deleted, inserted or reordered)' } };
        }
        if (record.lamport <= (previous?.lamport ?? 0))
            return { records, problem: { line, reason: 'Lamport counter does not increase' } };
        records.push(record);
    }
    return { records };
}

;// CONCATENATED MODULE: ./packages/core/src/audit/locate-tampering.ts

/**
 * Given a head published elsewhere, which line is the first one that is not
 * the authentic record. The authentic chain is the one reachable backwards
 * from the head through `prev` links (each link checked by its hash), so an
 * inserted, duplicated or reordered record is told apart from the honest
 * record next to it, which a forward scan alone cannot do. Undefined when the
 * head's record is not in the text or the walk does not reach genesis
 * (records deleted or edited): the forward scan's line stands then. Pure.
 */
function locate_tampering_firstBadLine(text, givenHead) {
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    const lineOfHash = new Map();
    const records = lines.map((line, index) => {
        const record = parseRecord(line);
        if (record && !lineOfHash.has(record.hash))
            lineOfHash.set(record.hash, index + 1);
        return record;
    });
    const authentic = [];
    for (let hash = givenHead; hash !== GENESIS_HASH;) {
        const line = lineOfHash.get(hash);
        if (line === undefined || authentic.length > lines.length)
            return undefined;
        authentic.push(line);
        hash = records[line - 1].prev;
    }
    authentic.reverse();
    for (let index = 0; index < authentic.length; index++)
        if (authentic[index] !== index + 1)
            return index + 1;
    return undefined;
}
/** A line that is a well-formed record whose content matches its hash, else undefined. */
function parseRecord(line) {
    let value;
    try {
        value = JSON.parse(line);
    }
    catch {
        return undefined;
    }
    if (recordProblem(value))
        return undefined;
    const record = value;
    return hashRecord(record) === record.hash ? record : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/audit/ledger-anchor.ts


const EMPTY_HEAD = { count: 0, hash: hash_chain_GENESIS_HASH, lamport: 0 };
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
function ledger_anchor_verifyLedgerText(text, options = {}) {
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

;// CONCATENATED MODULE: ./packages/core/src/audit/ledger.ts










function ledgerPath(stateRoot) {
    return statePath(stateRoot, 'audit', 'ledger.jsonl');
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
        makeDirectories((0,external_node_path_.dirname)(this.file), 0o700);
        return withLock(this.lock, 'ledger', async (held) => {
            // Fencing, before each write: a writer frozen past stale-after and taken over must not write after the new holder.
            held.assertHeld();
            const { records, head } = this.reconcile();
            // A head from the very first write on, so a writer killed after its first record leaves a head behind too.
            if (!head) {
                this.writeHead(EMPTY_HEAD);
                this.stage('head-created');
            }
            const origin = this.options.origin ? { ...this.options.origin, mono: monotonicMicroseconds() } : undefined;
            const record = nextRecord(records[records.length - 1], safeEvent, new Date().toISOString(), Math.max(observedLamport, this.observedLamport), origin);
            held.assertHeld();
            appendLine(this.file, `${JSON.stringify(record)}\n`);
            this.stage('record-appended');
            this.writeHead(headOf([...records, record]), () => this.stage('head-written'));
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
        let chain = hash_chain_parseChain(text);
        // Only a line beyond the head: one the head counts is not a crash's leftover, and stays as evidence.
        if (chain.tornTail && (typeof head !== 'object' || head.count <= chain.records.length)) {
            const bytes = Buffer.byteLength(text.slice(0, chain.tornTail.keepChars), 'utf8');
            (0,external_node_fs_.truncateSync)(this.file, bytes);
            this.notice(`removed an incomplete last record (line ${chain.tornTail.line}) left by a writer that stopped mid-write`);
            text = text.slice(0, chain.tornTail.keepChars);
            chain = hash_chain_parseChain(text);
        }
        if (chain.problem)
            throw tampered(this.file, chain.problem.line, chain.problem.reason);
        const anchor = anchorOf(chain.records, typeof head === 'object' ? head : undefined, typeof head === 'string' ? head : undefined);
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
            const anchored = headOf(chain.records);
            this.writeHead(anchored);
            return { records: chain.records, head: anchored };
        }
        return { records: chain.records, head: typeof head === 'object' ? head : undefined };
    }
    /** Replaces the head atomically (durable: it is what later appends trust); `beforeRename` runs between the write and the rename. */
    writeHead(head, beforeRename) {
        const file = new AtomicFile(headPath(this.file), { root: (0,external_node_path_.dirname)(this.file), directoryMode: 0o700, durable: true });
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
    return bytes === undefined ? 'there is no head file' : parseHead(bytes.toString('utf8'));
}
/** `gates audit verify`: reads a ledger (any path: links followed) and its head file, and verifies them. Writes nothing. */
async function verifyLedgerFile(file, givenHead) {
    const text = readRegularFileIfExists(file, { maxBytes: MAX_LEDGER_BYTES });
    if (text === undefined)
        throw new GatesError('GATES_E_FILE_NOT_FOUND', { file });
    return verifyLedgerText(text.toString('utf8'), { head: readHeadFile(file, true), givenHead });
}

;// CONCATENATED MODULE: ./packages/core/src/report/markdown.ts
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

;// CONCATENATED MODULE: ./packages/core/src/report/untrusted-text.ts

/** Longest piece of untrusted text shown in one place of a summary; reports keep it whole. */
const MAX_SHOWN_CHARACTERS = 2000;
function markdownText(redactor) {
    const prepare = (value) => shorten(redactor.redact(value), MAX_SHOWN_CHARACTERS);
    return {
        text: (value) => escapeMarkdown(prepare(value)),
        code: (value) => inlineCode(prepare(value)),
    };
}
/**
 * For renderers of a report runAction has already redacted (a job summary
 * an action renders itself): shortened and escaped as markdownText does,
 * not redacted twice.
 */
const redactedReportText = {
    text: (value) => escapeMarkdown(shorten(value, MAX_SHOWN_CHARACTERS)),
    code: (value) => inlineCode(shorten(value, MAX_SHOWN_CHARACTERS)),
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

// EXTERNAL MODULE: ./packages/core/src/text/did-you-mean.ts
var did_you_mean = __nccwpck_require__(75026);
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
                value: shorten(this.redacted(raw), QUOTED_VALUE_CHARACTERS),
                expected: error.expected,
            });
        }
    }
    redacted(raw) {
        return this.redactor ? this.redactor.redact(raw) : raw;
    }
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(14006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./packages/core/src/text/glob.ts

/** A matcher for glob patterns (`**`, `*`, `?`, braces) over forward-slash paths or names. */
function glob_globMatcher(patterns) {
    if (patterns.length === 0)
        return () => false;
    return picomatch_default()([...patterns], { dot: true });
}

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
    const matches = glob_globMatcher(envPatterns);
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

;// CONCATENATED MODULE: ./packages/core/src/config/layers.ts
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

;// CONCATENATED MODULE: ./schemas/error.schema.json
const error_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/org/gates/schemas/error.schema.json","title":"gates error","description":"The JSON form of every error gates reports (`--json`, report files).","type":"object","additionalProperties":false,"required":["code","exitCode","message","hint","docs","details"],"$defs":{"location":{"type":"object","additionalProperties":false,"required":["file"],"properties":{"file":{"type":"string"},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1}}}},"properties":{"code":{"type":"string","pattern":"^GATES_E_[A-Z_]+$"},"exitCode":{"enum":[1,2,3,4]},"message":{"type":"string"},"hint":{"type":"string"},"docs":{"type":"string","format":"uri"},"location":{"$ref":"#/$defs/location"},"details":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["message"],"properties":{"message":{"type":"string"},"location":{"$ref":"#/$defs/location"},"hint":{"type":"string"}}}}}}');
;// CONCATENATED MODULE: ./schemas/gates.schema.json
const gates_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/org/gates/schemas/gates.schema.json","title":"gates configuration (.github/gates.yml)","description":"Repository-wide settings for every gates action. Layered: built-in defaults < shared (org) config < this file < action inputs.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"const":1,"description":"Config format version."},"fail-on":{"enum":["error","warning","note","never"],"description":"Lowest finding severity that fails a gate."},"waivers":{"type":"string","minLength":1,"description":"Path of the waiver file, relative to the workspace (default .github/gates-waivers.yml, read when present). See docs/waiver-policy.md."},"annotations":{"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"max-per-severity":{"type":"integer","minimum":0,"maximum":50}}},"reports":{"type":"object","additionalProperties":false,"properties":{"sarif":{"type":"boolean","description":"Write a SARIF 2.1.0 file for code scanning."},"json":{"type":"boolean","description":"Write a JSON report for machines."},"directory":{"type":"string","minLength":1,"description":"Where report files go, relative to the workspace."}}},"redact":{"type":"object","additionalProperties":false,"properties":{"env-patterns":{"type":"array","items":{"type":"string","minLength":1},"description":"Environment variable name globs whose values are treated as secrets, in addition to the defaults *_TOKEN, *_SECRET, *_PASSWORD and *_API_KEY, which always apply (they are registered before the config is read)."}}},"quiesce":{"type":"object","additionalProperties":false,"description":"What a gate does when it starts while a rollback (checkpoint-restore, mode: rollback) is restoring files.","properties":{"policy":{"enum":["wait","fail"],"description":"wait (default): wait for the rollback to finish, up to timeout-seconds; fail: fail fast with GATES_E_QUIESCED (exit 3)."},"timeout-seconds":{"type":"integer","minimum":0,"maximum":21600,"description":"How long to wait for a rollback before failing (default 600)."}}},"audit":{"type":"object","additionalProperties":false,"description":"The audit ledger of gate decisions (docs/audit.md).","properties":{"require-anchor":{"type":"boolean","description":"Fail (GATES_E_LEDGER_UNANCHORED) instead of warning when the ledger has records but no valid head, so a deleted head cannot switch truncation detection off."}}},"state":{"enum":["auto","artifact","cache","local"],"description":"Where the run\'s gate decisions travel between steps and jobs (docs/ordering.md): auto (artifact on GitHub Actions, local elsewhere), artifact or local; cache is refused (exit 2, GATES_E_STATE_CACHE: the Actions cache cannot list a run\'s entries). The action input `state` overrides it."},"state-timeout":{"type":"string","pattern":"^[0-9]+(ms|s|m)$","description":"How long restoring or publishing state may take before it is given up (e.g. 20s; default 20s, from 1s to 10m)."},"publish":{"enum":["status","check","none"],"description":"Publish each gate\'s verdict on the commit as a commit status or a check run named gates/<action>, carrying the ledger head (default none). The action input `publish` overrides it."},"trusted-workflows":{"type":"array","items":{"type":"string","pattern":"^\\\\.github/workflows/[^/]+\\\\.ya?ml$"},"description":"Workflow files (e.g. .github/workflows/ci.yml) whose published verdicts satisfy rbac-guard dependencies across runs; default: the workflow that runs rbac-guard."},"pin-check":{"type":"object","additionalProperties":false,"description":"pin-check policy.","properties":{"rules":{"type":"object","description":"Rule id to a severity override, or off.","propertyNames":{"pattern":"^[a-z][a-z0-9-]*$"},"additionalProperties":{"enum":["error","warning","note","off"]}},"paths":{"type":"object","description":"Rule id to path globs it is limited to (include) or skips (exclude).","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"include":{"type":"array","items":{"type":"string","minLength":1}},"exclude":{"type":"array","items":{"type":"string","minLength":1}}}}},"allow":{"type":"array","description":"References allowed without a SHA pin.","items":{"type":"object","additionalProperties":false,"required":["uses","reason"],"properties":{"uses":{"type":"string","minLength":1,"description":"owner/repo glob, e.g. actions/*"},"reason":{"type":"string","minLength":3}}}},"require-tool-versions":{"type":"array","items":{"enum":["node","python","ruby","go","java","terraform"]},"uniqueItems":true},"online":{"enum":["required","optional","off"]}}},"security-gate":{"type":"object","additionalProperties":false,"description":"security-gate: when a scanner result blocks.","properties":{"block":{"type":"object","additionalProperties":false,"description":"A result blocks when any trigger holds (severity, cvss, known-exploited) and every filter holds (fix-available, new-since-base).","properties":{"severity":{"enum":["critical","high","medium","low","info","none"],"description":"Results at or above this severity block (default high; a result without a severity counts as high). none: severity alone never blocks."},"cvss":{"type":"number","minimum":0,"maximum":10,"description":"Results with a CVSS score (or SARIF security-severity) at or above this block."},"known-exploited":{"type":"boolean","description":"Results about a CVE in the known-exploited input\'s list block (default true)."},"fix-available":{"type":"boolean","description":"Only results with a fix available block (default false; a result whose scanner cannot tell still blocks)."},"new-since-base":{"type":"boolean","description":"With base-results given, results also found there do not block (default true)."}}}}}}}');
;// CONCATENATED MODULE: ./schemas/gates-rbac.schema.json
const gates_rbac_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/org/gates/schemas/gates-rbac.schema.json","title":"rbac-guard policy (.github/gates-rbac.yml)","description":"Deny by default: a request is allowed only when a role bound to the actor grants the command under every condition of the grant, no deny rule matches, and the command\'s predecessor gates passed for the same commit.","type":"object","additionalProperties":false,"required":["version","roles"],"$defs":{"roleName":{"type":"string","pattern":"^[a-z][a-z0-9-]*$","description":"A role name: lower-case letters, digits and hyphens, starting with a letter."}},"properties":{"version":{"const":1},"roles":{"type":"object","minProperties":1,"propertyNames":{"$ref":"#/$defs/roleName"},"additionalProperties":{"type":"object","additionalProperties":false,"properties":{"description":{"type":"string"},"extends":{"type":"array","items":{"$ref":"#/$defs/roleName"},"uniqueItems":true,"description":"Roles whose grants this role inherits. Cycles are rejected."},"grants":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["commands"],"properties":{"commands":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"minItems":1,"description":"Commands or gates (globs) this grant covers."},"environments":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Deployment environments (globs). A request that names an environment needs a grant that lists it; a grant without environments covers only requests without one."},"events":{"type":"array","uniqueItems":true,"items":{"enum":["push","pull_request","pull_request_target","workflow_dispatch","workflow_call","workflow_run","schedule","merge_group","release","repository_dispatch","issue_comment","deployment","deployment_status","check_run","check_suite","create","delete","discussion","issues","label","milestone","page_build","registry_package","status","watch","fork","gollum","public","pull_request_review","pull_request_review_comment","branch_protection_rule","discussion_comment","project","project_card","project_column","dynamic"]},"description":"Events allowed. `schedule` must be listed explicitly: on a schedule the actor is whoever last edited the cron line."},"refs":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Full ref globs, e.g. refs/heads/main, refs/tags/v*."},"forks":{"type":"boolean","description":"Allow pull requests from forks (default false: denied)."},"approvals":{"type":"integer","minimum":1,"maximum":20,"description":"Approving reviews the pull request needs (counted through the API)."},"windows":{"type":"array","items":{"type":"object","additionalProperties":false,"description":"A recurring window: days of the week and a time range in a time zone.","required":["days","from","to"],"properties":{"days":{"type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["mon","tue","wed","thu","fri","sat","sun"]}},"from":{"type":"string","pattern":"^([01]\\\\d|2[0-3]):[0-5]\\\\d$","description":"HH:MM, inclusive."},"to":{"type":"string","pattern":"^([01]\\\\d|2[0-4]):[0-5]\\\\d$","description":"HH:MM, exclusive."},"timezone":{"type":"string","minLength":1,"description":"IANA time zone, default UTC."}}},"minItems":1,"description":"Only inside one of these windows."}}}}}}},"subjects":{"type":"array","description":"Who holds which role.","items":{"type":"object","additionalProperties":false,"required":["role"],"properties":{"role":{"$ref":"#/$defs/roleName"},"users":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"GitHub logins."},"teams":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$"},"description":"org/team-slug; only active members."},"apps":{"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1},"description":"Bots and GitHub Apps by login, e.g. dependabot[bot]. Matched as explicit identities."},"permissions":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Repository roles: admin, maintain, write, triage, read (each means at least that level), or a custom repository role\'s name (exact)."}},"minProperties":2,"description":"A role and at least one of users, teams, apps or permissions."}},"deny":{"type":"array","description":"Explicit denies: they win over any grant.","items":{"type":"object","additionalProperties":false,"required":["id","commands","reason"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"reason":{"type":"string","minLength":1},"commands":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"minItems":1,"description":"Commands or gates (globs) this grant covers."},"environments":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Deployment environments (globs). A request that names an environment needs a grant that lists it; a grant without environments covers only requests without one."},"events":{"type":"array","uniqueItems":true,"items":{"enum":["push","pull_request","pull_request_target","workflow_dispatch","workflow_call","workflow_run","schedule","merge_group","release","repository_dispatch","issue_comment","deployment","deployment_status","check_run","check_suite","create","delete","discussion","issues","label","milestone","page_build","registry_package","status","watch","fork","gollum","public","pull_request_review","pull_request_review_comment","branch_protection_rule","discussion_comment","project","project_card","project_column","dynamic"]},"description":"Events allowed. `schedule` must be listed explicitly: on a schedule the actor is whoever last edited the cron line."},"refs":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Full ref globs, e.g. refs/heads/main, refs/tags/v*."},"users":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"apps":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"during":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"type":"string","format":"date-time"},"to":{"type":"string","format":"date-time"}}},"minItems":1,"description":"Change freezes: the deny applies only inside these periods."},"windows":{"type":"array","items":{"type":"object","additionalProperties":false,"description":"A recurring window: days of the week and a time range in a time zone.","required":["days","from","to"],"properties":{"days":{"type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["mon","tue","wed","thu","fri","sat","sun"]}},"from":{"type":"string","pattern":"^([01]\\\\d|2[0-3]):[0-5]\\\\d$","description":"HH:MM, inclusive."},"to":{"type":"string","pattern":"^([01]\\\\d|2[0-4]):[0-5]\\\\d$","description":"HH:MM, exclusive."},"timezone":{"type":"string","minLength":1,"description":"IANA time zone, default UTC."}}},"minItems":1,"description":"Only inside one of these windows."}}}},"dependencies":{"type":"object","description":"Command → gates that must have passed for the same commit first (read from the audit ledger).","additionalProperties":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true}},"confirmation":{"type":"object","additionalProperties":false,"required":["commands"],"description":"Commands that need a human\'s confirmation (planner-first). In CI they are denied unless a bypass entry allows them.","properties":{"commands":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true}}},"bypass":{"type":"array","description":"Scoped, expiring, audited non-interactive bypasses of the confirmation.","items":{"type":"object","additionalProperties":false,"required":["id","commands","until","reason"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"commands":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"events":{"type":"array","uniqueItems":true,"items":{"enum":["push","pull_request","pull_request_target","workflow_dispatch","workflow_call","workflow_run","schedule","merge_group","release","repository_dispatch","issue_comment","deployment","deployment_status","check_run","check_suite","create","delete","discussion","issues","label","milestone","page_build","registry_package","status","watch","fork","gollum","public","pull_request_review","pull_request_review_comment","branch_protection_rule","discussion_comment","project","project_card","project_column","dynamic"]},"description":"Events allowed. `schedule` must be listed explicitly: on a schedule the actor is whoever last edited the cron line."},"refs":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Full ref globs, e.g. refs/heads/main, refs/tags/v*."},"actors":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Logins (users or bots) the bypass is for; absent means any actor the grants allow."},"until":{"type":"string","format":"date","description":"Last day (UTC) the bypass applies."},"reason":{"type":"string","minLength":10}}}}}}');
;// CONCATENATED MODULE: ./schemas/gates-perf.schema.json
const gates_perf_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/org/gates/schemas/gates-perf.schema.json","title":"perf-sla thresholds (.github/gates-perf.yml; the plan\'s durations_sla.yaml)","description":"Duration budgets for the whole run, for suites, for tests (exact names or globs on classname.name) and the explicit top-10 list.","type":"object","additionalProperties":false,"required":["version"],"$defs":{"duration":{"type":"string","pattern":"^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))+$","description":"e.g. 250ms, 2s, 1m30s"},"name":{"type":"string","minLength":1,"description":"classname.name of a test (a suite\'s name for suites); *, ** and {a,b} are globs"}},"properties":{"version":{"const":1},"time-unit":{"enum":["auto","s","ms","ns"],"description":"Unit of JUnit reports\' time attributes: auto (default: seconds, unless a file\'s own times show milliseconds or nanoseconds), s, ms or ns. Formats that fix their unit (Jest and mocha JSON, NUnit, xUnit.net, TRX, go test -json) ignore it."},"run":{"type":"object","additionalProperties":false,"properties":{"max-total":{"$ref":"#/$defs/duration","description":"Sum of all test durations."},"max-p95":{"$ref":"#/$defs/duration"}}},"suites":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/$defs/name"},"max-total":{"$ref":"#/$defs/duration"},"max-p95":{"$ref":"#/$defs/duration"}}}},"tests":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","max"],"properties":{"name":{"$ref":"#/$defs/name"},"max":{"$ref":"#/$defs/duration"}}}},"top-10":{"type":"array","maxItems":10,"description":"The ten tests that matter most, each with its budget (exact names).","items":{"type":"object","additionalProperties":false,"required":["name","max"],"properties":{"name":{"type":"string","minLength":1},"max":{"$ref":"#/$defs/duration"}}}},"history":{"type":"object","additionalProperties":false,"description":"Regressions against earlier runs on the same hardware profile (docs/perf-methodology.md).","properties":{"store":{"enum":["none","state","repo","cache"],"description":"state: a file under the state root (persistent runners); repo: a file in the repository (commit it to keep it); cache: the Actions cache (per branch and hardware profile, falling back to the default branch); none: no comparison."},"path":{"type":"string","minLength":1,"description":"repo store: the file, relative to the workspace (default .github/perf-history.json)."},"noise-budget":{"type":"string","pattern":"^\\\\s*(\\\\d+(\\\\.\\\\d+)?%)?\\\\s*(or)?\\\\s*(\\\\d+(\\\\.\\\\d+)?\\\\s*MAD)?\\\\s*$","description":"Slowdowns within this are noise: \'10%\', \'3 MAD\' or \'10% or 3 MAD\' (the larger of the two; default)."},"min-samples":{"type":"integer","minimum":2,"maximum":1000,"description":"Comparable earlier runs needed before a verdict (default 5)."},"window":{"type":"integer","minimum":2,"maximum":200,"description":"How many of the most recent comparable runs form the baseline (default 20)."},"significance":{"type":"number","exclusiveMinimum":0,"maximum":0.5,"description":"Mann-Whitney U level once 8 samples exist (default 0.05)."},"track":{"type":"integer","minimum":1,"maximum":1000,"description":"How many of the slowest tests each run records, besides the SLA\'s named tests (default 100)."},"default-branch":{"type":"string","minLength":1,"description":"cache store: the branch whose history a new branch starts from (default main)."}}}}}');
;// CONCATENATED MODULE: ./schemas/gates-redact.schema.json
const gates_redact_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/org/gates/schemas/gates-redact.schema.json","title":"redact-logs policy (.github/gates-redact.yml)","description":"What redact-logs treats as secret besides the values it is given, how it replaces it, and what it does with binary files and archives.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"const":1},"replacement":{"enum":["mask","rule-id"],"description":"mask writes ***; rule-id writes [REDACTED:<rule-id>]."},"min-secret-length":{"type":"integer","minimum":4,"maximum":64,"description":"Known values shorter than this are refused with a warning rather than masked everywhere."},"env-patterns":{"type":"array","items":{"type":"string","minLength":1},"description":"Environment variable name globs whose values are secrets (added to gates.yml redact.env-patterns)."},"binary":{"enum":["skip","report","scrub"],"description":"Files that are not text (many control bytes in the first 8 KiB; a few NUL bytes do not make a log binary): skip (listed in the summary), report (a warning finding), scrub (known values and matches overwritten in place with the same number of bytes). Under skip and report the file is still searched for known values, and one holding any fails the gate."},"archives":{"enum":["scrub","refuse","skip"],"description":"gzip and zip files: scrub inside and re-pack, refuse (an error finding), or skip."},"skipped":{"enum":["fail","allow"],"description":"With fail-on-find, a file that was not searched in full (binary content left as it is, a skipped archive, a symbolic link, a special file) fails the gate (fail, the default) or is only listed in the summary (allow)."},"max-file-size":{"type":"string","pattern":"^[0-9]+(\\\\.[0-9]+)?\\\\s*(B|KB|MB|GB|KiB|MiB|GiB)?$","description":"Files larger than this are reported and not scrubbed, e.g. 4GiB."},"max-masks":{"type":"integer","minimum":0,"maximum":100000,"description":"At most this many values found by pattern rules are registered with the runner\'s masker."},"decode":{"type":"boolean","description":"Decode base64, base64url, hex and percent-encoded runs and run the rules over the decoded text; a find scrubs the whole encoded run (default true)."},"inline-allow":{"type":"boolean","description":"Keep pattern finds on a line that says gates:allow or gitleaks:allow, recording the line\'s reason in the report (default true). Known values are always redacted."},"gitleaks-config":{"type":"string","minLength":1,"description":"A gitleaks config (TOML) whose rules and allowlists redact-logs uses too, relative to the workspace; default: .gitleaks.toml when it exists."},"allow":{"type":"array","items":{"type":"string","minLength":1},"description":"Regular expressions; a value found by a pattern rule that matches one is kept. Known values are always redacted."},"rules":{"type":"object","additionalProperties":false,"properties":{"disable":{"type":"array","items":{"type":"string","pattern":"^[a-z][a-z0-9-]*$"},"description":"Built-in rule ids to turn off."},"custom":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","regex","keywords"],"properties":{"id":{"type":"string","pattern":"^[a-z][a-z0-9-]*$"},"description":{"type":"string"},"regex":{"type":"string","minLength":1},"flags":{"type":"string","pattern":"^[imsu]*$"},"keywords":{"type":"array","minItems":1,"items":{"type":"string","minLength":3}},"secret-group":{"type":"integer","minimum":0,"maximum":9},"min-entropy":{"type":"number","minimum":0,"maximum":8},"allow":{"type":"array","items":{"type":"string","minLength":1}}}}}}}}}');
;// CONCATENATED MODULE: ./schemas/gates-env.schema.json
const gates_env_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/org/gates/schemas/gates-env.schema.json","title":"env-guard policy (.github/gates-env.yml)","description":"Deployment environments by name pattern: their kind, which events and refs may target them, which variables they need and must not see, and the ephemeral namespace template.","type":"object","additionalProperties":false,"required":["version","environments"],"properties":{"version":{"const":1},"namespace":{"type":"object","additionalProperties":false,"description":"How ephemeral environments are named: a DNS label (lowercase, at most 63 characters, hashed suffix when the template\'s text had to be changed or cut).","properties":{"template":{"type":"string","minLength":1,"maxLength":200,"description":"For pull requests. Placeholders: {repo}, {owner}, {number}, {sha7}, {ref}, {environment}, {run}. Default {repo}-pr{number}-{sha7}."},"fallback-template":{"type":"string","minLength":1,"maxLength":200,"description":"For runs without a pull request (no {number}). Default {repo}-{ref}-{sha7}."},"export-as":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"The variable the name is exported as for later steps (GITHUB_ENV). Default DEPLOY_NAMESPACE."}}},"environments":{"type":"array","minItems":1,"description":"The first environment whose name pattern matches the target is the one that applies; a target no pattern matches is denied.","items":{"$ref":"#/$defs/environment"}}},"$defs":{"glob":{"type":"string","minLength":1,"maxLength":200},"environment":{"type":"object","additionalProperties":false,"required":["name","kind"],"properties":{"name":{"$ref":"#/$defs/glob","description":"A glob on the target environment\'s name (`pr-*`, `staging`, `prod*`)."},"kind":{"enum":["ephemeral","staging","production"]},"events":{"type":"array","items":{"type":"string","minLength":1},"description":"Events that may target it (GITHUB_EVENT_NAME); absent: any."},"refs":{"type":"array","items":{"$ref":"#/$defs/glob"},"description":"Full-ref globs that may target it (refs/heads/main, refs/tags/v*); absent: any."},"forks":{"type":"boolean","description":"Whether code from a fork may target it. Default: true for ephemeral, false for staging; never for production."},"protected-ref":{"type":"boolean","description":"Whether the ref must be protected (GITHUB_REF_PROTECTED). Always for production; default false otherwise."},"github-environment":{"type":"string","minLength":1,"description":"The GitHub environment the job must run in (its `environment:`), passed as the job-environment input."},"required-variables":{"type":"array","items":{"$ref":"#/$defs/glob"},"description":"Variable (or secret) names that must be set: exact names."},"forbidden-variables":{"type":"array","items":{"$ref":"#/$defs/glob"},"description":"Variable or secret name globs the job must not see (PROD_* for staging). Added to the built-in ones for the kind."},"variables":{"type":"array","items":{"$ref":"#/$defs/variable"},"description":"Variables with a type, default and constraints, checked like the suite\'s own (MEMORY_STORAGE_ROOT)."}}},"variable":{"type":"object","additionalProperties":false,"required":["name","type"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"type":{"enum":["path","url","int","bool","enum","duration"]},"required":{"type":"boolean"},"default":{"type":"string","description":"Used and exported (GITHUB_ENV) when the variable is unset or empty."},"description":{"type":"string"},"constraints":{"type":"object","additionalProperties":false,"properties":{"absolute":{"type":"boolean","description":"path: absolute."},"writable-dir":{"type":"boolean","description":"path: an existing directory this user can write."},"outside-workspace":{"type":"boolean","description":"path: not inside the checkout (judged on the real path)."},"private-dir":{"type":"boolean","description":"path: what the state root must be: only this user can write it, no one else can rename its ancestors, outside the checkout."},"https":{"type":"boolean","description":"url: https only."},"min":{"type":"integer","description":"int: smallest value."},"max":{"type":"integer","description":"int: largest value."},"min-duration":{"type":"string","pattern":"^(\\\\d+(\\\\.\\\\d+)?(ms|s|m|h|d))+$|^\\\\d+(\\\\.\\\\d+)?$"},"max-duration":{"type":"string","pattern":"^(\\\\d+(\\\\.\\\\d+)?(ms|s|m|h|d))+$|^\\\\d+(\\\\.\\\\d+)?$"},"values":{"type":"array","minItems":1,"items":{"type":"string"},"description":"enum: the allowed values."},"pattern":{"type":"string","description":"A regular expression the whole value must match."}}}}}}}');
;// CONCATENATED MODULE: ./schemas/gates-rbac-test.schema.json
const gates_rbac_test_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/org/gates/schemas/gates-rbac-test.schema.json","title":"rbac-guard policy tests (gates rbac test)","type":"object","additionalProperties":false,"required":["cases"],"properties":{"cases":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["name","actor","command","expect"],"properties":{"name":{"type":"string","minLength":1},"actor":{"type":"string","minLength":1,"description":"The triggering actor."},"command":{"type":"string","minLength":1},"environment":{"type":"string"},"event":{"type":"string","description":"Default push."},"ref":{"type":"string","description":"Default refs/heads/main."},"fork":{"type":"boolean"},"approvals":{"type":"integer","minimum":0},"permission":{"type":"string","description":"The actor\'s repository role (role_name), default none."},"teams":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"org/team-slug the actor is an active member of."},"passed":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Gates green for this commit."},"failed":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Gates that failed for this commit."},"now":{"type":"string","format":"date-time"},"expect":{"enum":["allow","deny"]},"role":{"type":"string","description":"When allowed, the role expected to decide."},"bypass":{"type":"string","description":"The bypass id expected to be used."}}}}}}');
;// CONCATENATED MODULE: ./schemas/gates-waivers.schema.json
const gates_waivers_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/org/gates/schemas/gates-waivers.schema.json","title":"gates waivers (.github/gates-waivers.yml)","description":"Time-bound exceptions to gates\' findings, and the policy they must meet. See docs/waiver-policy.md.","type":"object","additionalProperties":false,"required":["version","waivers"],"properties":{"version":{"const":1,"description":"File format version."},"policy":{"type":"object","additionalProperties":false,"description":"Caps every waiver must meet; a waiver that does not is not applied.","properties":{"max-lifetime-days":{"type":"integer","minimum":1,"maximum":366,"description":"Longest time from created to expires (default 90)."},"warn-within-days":{"type":"integer","minimum":0,"maximum":90,"description":"A waiver expiring within this many days warns (default 14)."},"timezone":{"type":"string","minLength":1,"description":"IANA time zone in which calendar dates begin and end (default UTC)."},"allow-wildcards":{"type":"boolean","description":"Allow glob patterns, and waivers scoped by a rule alone (default false)."},"approval":{"type":"object","additionalProperties":false,"required":["role"],"description":"The role whose approval a waiver needs: the commit that added or last changed it came through a pull request approved by someone holding this role.","properties":{"role":{"type":"string","minLength":1,"description":"A role of the rbac-guard policy."},"rbac-policy":{"type":"string","minLength":1,"description":"The rbac-guard policy that binds the role (default .github/gates-rbac.yml)."}}},"unwaivable":{"type":"array","description":"Rule ids and advisory ids (globs allowed) that no waiver may cover.","items":{"type":"string","minLength":1}}}},"waivers":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","gate","reason","ticket","approvers","created","expires"],"anyOf":[{"required":["rule"],"properties":{"rule":true}},{"required":["advisory"],"properties":{"advisory":true}}],"properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$","description":"Unique id, e.g. W-2027-001."},"gate":{"type":"string","pattern":"^[a-z][a-z0-9-]*$","description":"The action whose findings it waives, e.g. security-gate."},"rule":{"type":"string","minLength":1,"description":"The rule id (a scanner\'s, for security-gate)."},"fingerprint":{"type":"string","pattern":"^[A-Za-z0-9:/+=._-]{8,200}$","description":"One finding\'s fingerprint, as the JSON report shows it."},"advisory":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9]*-[A-Za-z0-9._:-]+$","description":"A CVE, GHSA or OSV id."},"path":{"type":"string","minLength":1,"description":"Path (glob only with allow-wildcards) the finding must be in."},"package":{"type":"string","minLength":1,"description":"Package name (or name@version) the finding must be in."},"reason":{"type":"string","minLength":10,"description":"Why the risk is accepted."},"ticket":{"type":"string","minLength":1,"description":"Where the follow-up is tracked."},"approvers":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Logins of who approved it."},"created":{"$ref":"#/$defs/when"},"expires":{"$ref":"#/$defs/when"}}}}},"$defs":{"when":{"type":"string","description":"A calendar date (YYYY-MM-DD, the whole day in the policy\'s time zone) or a timestamp with a zone (2027-03-31T17:00:00Z, ...+02:00).","anyOf":[{"format":"date","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}$"},{"format":"date-time","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}(:\\\\d{2}(\\\\.\\\\d+)?)?(Z|[+-]\\\\d{2}:\\\\d{2})$"}]}}}');
;// CONCATENATED MODULE: ./schemas/gates-commands.schema.json
const gates_commands_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/org/gates/schemas/gates-commands.schema.json","title":"command-check table (.github/gates-commands.yml)","description":"The repository\'s command surface: each command run as a process (an argv, never a shell string) with what it must do: its exit code and the shape of its output. Routing cases are commands aimed at a router with the route they must choose; negative cases expect a non-zero exit and an error shape.","type":"object","additionalProperties":false,"required":["version","commands"],"properties":{"version":{"const":1},"defaults":{"type":"object","additionalProperties":false,"description":"Settings of every case that does not set its own.","properties":{"timeout":{"$ref":"#/$defs/duration"},"repeat":{"$ref":"#/$defs/repeat"},"env":{"$ref":"#/$defs/env"}}},"commands":{"type":"array","maxItems":200,"description":"The cases, run in order. An empty list checks nothing: never a pass.","items":{"$ref":"#/$defs/case"}}},"$defs":{"duration":{"type":"string","pattern":"^[0-9]+(\\\\.[0-9]+)?(ms|s|m)$","description":"e.g. 500ms, 10s, 2m (at most 10m)."},"repeat":{"type":"integer","minimum":1,"maximum":10,"description":"Runs of the case; more than one and every run\'s exit code and output must be the same (deterministic pathing)."},"env":{"type":"object","description":"Variables added to the command\'s environment.","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$","maxLength":100},"additionalProperties":{"type":"string","maxLength":10000}},"strings":{"oneOf":[{"type":"string","minLength":1,"maxLength":1000},{"type":"array","minItems":1,"maxItems":50,"items":{"type":"string","minLength":1,"maxLength":1000}}]},"shape":{"type":"object","additionalProperties":false,"minProperties":1,"description":"What an output stream must look like; every check given must hold.","properties":{"empty":{"type":"boolean","description":"true: nothing written (whitespace counts as something); false: something written."},"contains":{"$ref":"#/$defs/strings"},"not-contains":{"$ref":"#/$defs/strings"},"regex":{"type":"string","minLength":1,"maxLength":500,"description":"A JavaScript regular expression the output must match somewhere; no backreferences or nested unbounded quantifiers (a check must not hang on its input)."},"json":{"type":["object","boolean"],"description":"The output parses as JSON and matches this JSON Schema (draft 2020-12); true: any JSON."}}},"case":{"type":"object","additionalProperties":false,"required":["name","run","expect"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9 ._:/-]*$","maxLength":100,"description":"Unique in the table: the case\'s row in the summary."},"run":{"type":"array","minItems":1,"maxItems":100,"items":{"type":"string","maxLength":10000},"description":"The program and its arguments, run without a shell: no word is expanded, split or globbed."},"cwd":{"type":"string","minLength":1,"maxLength":500,"description":"Working directory relative to the workspace (default the workspace); absolute paths and .. are refused."},"env":{"$ref":"#/$defs/env"},"stdin":{"type":"string","maxLength":1048576,"description":"Text written to the command\'s standard input (default: none, closed)."},"timeout":{"$ref":"#/$defs/duration"},"repeat":{"$ref":"#/$defs/repeat"},"expect":{"type":"object","additionalProperties":false,"properties":{"exit":{"type":"integer","minimum":0,"maximum":255,"description":"The exit code (default 0)."},"stdout":{"$ref":"#/$defs/shape"},"stderr":{"$ref":"#/$defs/shape"}}}}}}}');
;// CONCATENATED MODULE: ./schemas/gates-hydration.schema.json
const gates_hydration_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/org/gates/schemas/gates-hydration.schema.json","title":"hydration-check spec (.github/gates-hydration.yml)","description":"Layered config files resolved per selector (e.g. env x region) and compared with committed fixtures: the layers in merge order, the selectors (a matrix or an explicit list), the fixture path, and the only values ${VAR} placeholders may take.","type":"object","additionalProperties":false,"required":["version","layers","fixture"],"$defs":{"template":{"type":"string","minLength":1,"maxLength":500,"description":"A path relative to the repository root; {name} stands for the selector\'s value of that dimension, e.g. config/env/{env}.yml"},"dimension":{"type":"string","pattern":"^[a-z][a-z0-9_-]{0,39}$","description":"A selector dimension\'s name, e.g. env"},"value":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$","description":"A selector value: letters, digits, dot, dash, underscore (it becomes part of a path)"}},"properties":{"version":{"const":1},"layers":{"type":"array","minItems":1,"maxItems":32,"description":"Config files in merge order: each later one overrides the ones before it.","items":{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"$ref":"#/$defs/template"},"optional":{"type":"boolean","description":"true: a selector for which this file is absent skips it; otherwise an absent layer is a finding."}}}},"matrix":{"type":"object","description":"Every combination of these values is a selector, e.g. env: [dev, prod] and region: [eu, us] give four.","minProperties":1,"maxProperties":8,"propertyNames":{"$ref":"#/$defs/dimension"},"additionalProperties":{"type":"array","minItems":1,"maxItems":64,"uniqueItems":true,"items":{"$ref":"#/$defs/value"}}},"selectors":{"type":"array","description":"The selectors listed one by one (instead of matrix), each a map of dimension to value.","minItems":1,"maxItems":256,"items":{"type":"object","minProperties":1,"propertyNames":{"$ref":"#/$defs/dimension"},"additionalProperties":{"$ref":"#/$defs/value"}}},"fixture":{"$ref":"#/$defs/template","description":"Where each selector\'s expected resolved document is (JSON or YAML), e.g. config/fixtures/{env}-{region}.json"},"env":{"type":"object","description":"The only values ${NAME} placeholders in the layers may take (never the process environment: a secret cannot hydrate into a document).","maxProperties":256,"propertyNames":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]{0,63}$"},"additionalProperties":{"type":"string","maxLength":4096}}}}');
;// CONCATENATED MODULE: ./packages/core/src/config/schemas.ts










const CONFIG_KINDS = {
    gates: { id: 'gates', defaultPath: '.github/gates.yml', schema: gates_schema_namespaceObject },
    rbac: { id: 'rbac', defaultPath: '.github/gates-rbac.yml', schema: gates_rbac_schema_namespaceObject },
    'rbac-test': { id: 'rbac-test', defaultPath: '.github/gates-rbac-test.yml', schema: gates_rbac_test_schema_namespaceObject },
    redact: { id: 'redact', defaultPath: '.github/gates-redact.yml', schema: gates_redact_schema_namespaceObject },
    perf: { id: 'perf', defaultPath: '.github/gates-perf.yml', schema: gates_perf_schema_namespaceObject },
    env: { id: 'env', defaultPath: '.github/gates-env.yml', schema: gates_env_schema_namespaceObject },
    waivers: { id: 'waivers', defaultPath: '.github/gates-waivers.yml', schema: gates_waivers_schema_namespaceObject },
    commands: { id: 'commands', defaultPath: '.github/gates-commands.yml', schema: gates_commands_schema_namespaceObject },
    hydration: { id: 'hydration', defaultPath: '.github/gates-hydration.yml', schema: gates_hydration_schema_namespaceObject },
    error: { id: 'error', schema: error_schema_namespaceObject },
};
/** Picks the schema for a file by its name, for `gates validate <file>`. */
function configKindForPath(path) {
    const name = path.replace(/\\/g, '/').split('/').pop() ?? '';
    return Object.values(CONFIG_KINDS).find((kind) => kind.defaultPath?.endsWith(`/${name}`) || kind.defaultPath === name);
}

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
        layers.push(fileLayer('shared', await loadNamedConfig('shared-config', shared, workspace, CONFIG_KINDS.gates)));
    const repo = await loadConfigInput(inputs, workspace, { input: 'config', kind: CONFIG_KINDS.gates });
    if (repo)
        layers.push(fileLayer('repo', repo));
    const fromInputs = {};
    const failOn = inputs.string('fail-on');
    if (failOn)
        fromInputs['fail-on'] = inputs.enumeration('fail-on', FAIL_ON_VALUES, 'error');
    layers.push({ source: 'inputs', values: fromInputs });
    return mergeLayers(layers);
}
function fileLayer(label, loaded) {
    return { source: `${label}: ${loaded.file}`, values: loaded.value };
}

// EXTERNAL MODULE: ./packages/core/src/errors/exit-codes.ts
var exit_codes = __nccwpck_require__(29926);
;// CONCATENATED MODULE: ./packages/core/src/findings/model.ts
const SEVERITY_RANK = { error: 3, warning: 2, note: 1 };
const SEVERITIES = ['error', 'warning', 'note'];
/**
 * The rule of a run that had nothing to check: no workflow file, no report, no file to scrub (a job without
 * actions/checkout, a wrong working-directory or glob). An error, so the gate fails; `allow-empty: true` waives it.
 */
const model_NOTHING_TO_CHECK = 'nothing-to-check';
function failsGate(finding, failOn) {
    if (failOn === 'never' || finding.waived)
        return false;
    return SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[failOn];
}
function verdictOf(report) {
    if (report.findings.some((finding) => finding.ruleId !== model_NOTHING_TO_CHECK && failsGate(finding, report.failOn)))
        return 'fail';
    return report.findings.some((finding) => finding.ruleId === model_NOTHING_TO_CHECK) ? 'empty' : 'pass';
}
/** Whether the step fails (exit 1): any finding fails the gate, an unwaived nothing-to-check among them. */
function gateFails(report) {
    return report.findings.some((finding) => failsGate(finding, report.failOn));
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, note: 0 };
    for (const finding of findings)
        if (!finding.waived)
            counts[finding.severity]++;
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
    if (isProcessAlive(owner.pid))
        return silent;
    if (owner.child === null)
        return silent;
    return owner.child === undefined || !isProcessAlive(owner.child) || silent;
}
function describeOwner(owner) {
    const child = typeof owner.child === 'number' ? ` (command pid ${owner.child})` : '';
    return `pid ${owner.pid} on ${owner.host}${child}`;
}

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
        throw lock_primitive_filesystemError(path, error);
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
    const temporary = createTemporary(directory, path.slice(directory.length + 1));
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
                throw lock_primitive_filesystemError(path, error, code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS');
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
function lock_primitive_filesystemError(path, error, noLinks = false) {
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
                atomic_file_writeFileAtomically(path, JSON.stringify({ ...owner, child: pid }), { root: this.directory });
            },
            release: lockfile_lock_held(path, owner, fence, () => clearInterval(heartbeat)),
        };
    }
    async take(name, options, child) {
        const { timeout, staleAfter, primitive } = { ...DEFAULT_LOCK_OPTIONS, ...this.defaults, ...options };
        if (!/^[\w.-]+$/.test(name))
            throw new Error(`invalid lock name "${name}"`);
        makeDirectories(this.directory, 0o700);
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
    return statePath(stateRoot, 'metrics', 'metrics.jsonl');
}
/**
 * Appends one line with one write (O_APPEND: lines of concurrent actions do
 * not interleave, as each is well under the pipe-buffer size writes are
 * atomic for on local filesystems) and never through a planted link.
 */
function appendMetric(stateRoot, record) {
    const file = metricsPath(stateRoot);
    makeDirectories((0,external_node_path_.dirname)(file), 0o700);
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

;// CONCATENATED MODULE: ./packages/core/src/runner/workflow-command.ts
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
    return formatCommand(COMMAND_FOR[finding.severity], properties, visibleBidi(message));
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
    for (const finding of sortFindings(findings))
        if (!finding.waived)
            bySeverity[finding.severity].push(finding);
    for (const severity of SEVERITIES) {
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

;// CONCATENATED MODULE: ./packages/core/src/report/json-report.ts

/** The machine-readable report: the verdict, counts and every finding. */
function renderJsonReport(report) {
    return {
        tool: report.tool,
        version: report.version,
        verdict: verdictOf(report),
        failOn: report.failOn,
        counts: { ...countBySeverity(report.findings), waived: report.findings.filter((f) => f.waived).length },
        notes: report.notes ?? [],
        ...(report.waivers?.length ? { waivers: report.waivers } : {}),
        findings: sortFindings(report.findings),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/report/waived-line.ts

/**
 * A waived finding's line in a summary (runAction's and any action's own):
 * which waiver, who approved it, until when, why. A waiver never hides a
 * finding, it explains it. For a report runAction has already redacted.
 */
function waivedLine(waiver) {
    const id = waiver.id ? ` (${redactedReportText.code(waiver.id)})` : '';
    const who = waiver.approvedBy?.length ? ` by ${redactedReportText.text(waiver.approvedBy.join(', '))}` : '';
    const until = waiver.expires ? ` until ${redactedReportText.text(waiver.expires)}` : '';
    return `Waived${id}${who}${until}: ${redactedReportText.text(waiver.reason)}`;
}

;// CONCATENATED MODULE: ./packages/core/src/report/summary-budget.ts
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

;// CONCATENATED MODULE: ./packages/core/src/report/well-formed.ts
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

;// CONCATENATED MODULE: ./packages/core/src/report/summary.ts






const ICON = { pass: '✅', fail: '❌', empty: '⚠️' };
const VERDICT_LABEL = { pass: 'passed', fail: 'failed', empty: 'nothing to check' };
const SEVERITY_LABEL = { error: '🔴 error', warning: '🟠 warning', note: '🔵 note' };
function fileLink(finding, links) {
    if (!finding.file)
        return '—';
    const label = inlineCode(shown(finding.line ? `${finding.file}:${finding.line}` : finding.file));
    if (!links)
        return label;
    const anchor = finding.line ? `#L${finding.line}` : '';
    return `[${label}](${links.serverUrl}/${links.repository}/blob/${links.sha}/${linkPath(finding.file)}${anchor})`;
}
/** Path segments percent-encoded, `(`, `)` and the other characters encodeURIComponent leaves included, so no path can end the link. */
function linkPath(file) {
    return file
        .split('/')
        .map((segment) => encodeURIComponent(wellFormed(segment)).replace(/[!'()*~]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
/** Report text as shown: the report was redacted before rendering, so cutting it here leaves no piece of a secret. */
function shown(text) {
    return shorten(text, MAX_SHOWN_CHARACTERS);
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
function renderSummary(report, links, byteLimit = SUMMARY_BYTE_LIMIT) {
    const verdict = verdictOf(report);
    const counts = countBySeverity(report.findings);
    const waived = report.findings.filter((finding) => finding.waived).length;
    const failing = report.findings.filter((finding) => failsGate(finding, report.failOn)).length;
    const head = [
        `## ${ICON[verdict]} ${escapeMarkdown(report.tool)}: ${VERDICT_LABEL[verdict]}`,
        '',
        `**${failing}** finding(s) fail the gate (fail-on: \`${report.failOn}\`) · ` +
            `${counts.error} error(s), ${counts.warning} warning(s), ${counts.note} note(s)` +
            (waived ? ` · ${waived} waived` : ''),
    ];
    for (const note of report.notes ?? [])
        head.push('', `> ${escapeMarkdown(shown(note))}`);
    const tail = renderRuleDetails(report);
    if (report.findings.length === 0)
        return [...head, '', 'No findings.', '', tail].join('\n');
    // Failing rows first, waived last, so a truncated table still shows what matters.
    const ordered = bySeverityThenPlace(report.findings);
    const row = (finding) => tableRow([
        finding.waived ? `⚪ waived` : SEVERITY_LABEL[finding.severity],
        inlineCode(finding.ruleId),
        fileLink(finding, links),
        escapeMarkdown(shown(finding.message)) + (finding.fixHint ? `<br>Fix: ${escapeMarkdown(shown(finding.fixHint))}` : '') +
            (finding.waived ? `<br>${waivedLine(finding.waived)}` : ''),
    ]);
    const fixed = [...head, '', ''].join('\n');
    const closing = `\n\n${tail}`;
    const header = table(['Severity', 'Rule', 'Location', 'Message'], []);
    // Whole rows while they fit, leaving room for the truncation note; rows past the budget are never rendered.
    const noteRoom = 400;
    let budget = byteLimit - byteLength(fixed + header + closing) - noteRoom;
    const lines = [header];
    for (const finding of ordered) {
        if (lines.length > MAX_SUMMARY_ROWS)
            break;
        const line = row(finding);
        const cost = byteLength(line) + 1;
        if (cost > budget)
            break;
        budget -= cost;
        lines.push(line);
    }
    const kept = lines.length - 1;
    let body = lines.join('\n');
    if (kept < ordered.length) {
        body += `\n\n> ⚠️ Summary truncated: ${ordered.length - kept} of ${ordered.length} finding(s) not shown (the summary shows at most ${groupThousands(MAX_SUMMARY_ROWS)} rows, within GitHub's 1 MiB limit); the JSON and SARIF reports have them all.`;
    }
    return fixed + body + closing;
}
/** Errors, warnings, notes, then waived findings; each group in file order. A partition: stable, one pass. */
function bySeverityThenPlace(findings) {
    const groups = [[], [], [], []];
    for (const finding of sortFindings(findings))
        groups[finding.waived ? 0 : SEVERITY_RANK[finding.severity]].push(finding);
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
        return [inlineCode(rule.id), String(count), escapeMarkdown(rule.description) + docs];
    });
    return ['<details><summary>Rules that fired</summary>', '', table(['Rule', 'Findings', 'What it checks'], rows), '', '</details>', ''].join('\n');
}

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

;// CONCATENATED MODULE: ./packages/core/src/state/quiesce.ts








const POLL_MS = 200;
function quiescePath(stateRoot) {
    return statePath(stateRoot, 'quiesce.json');
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
    if (marker.host === (0,external_node_os_.hostname)() && !isProcessAlive(marker.pid))
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

;// CONCATENATED MODULE: ./packages/core/src/state-transport/segment-name.ts

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
    return backend ? `${job}.${(0,external_node_crypto_.createHash)('sha256').update(backend).digest('hex').slice(0, 8)}` : job;
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

// EXTERNAL MODULE: ./packages/core/src/github/connect.ts + 1 modules
var connect = __nccwpck_require__(82964);
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

// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __nccwpck_require__(20663);
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

;// CONCATENATED MODULE: ./packages/core/src/state-transport/segment-store.ts




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
            const raw = `${into}.zip.d`;
            try {
                await (await connect()).downloadArtifact(id, { path: raw, skipDecompress: true });
                const [file, ...more] = (0,external_node_fs_.readdirSync)(raw);
                if (file === undefined || more.length > 0)
                    throw new ZipRefused('the download is not one file');
                const path = (0,external_node_path_.join)(raw, file);
                const size = (0,external_node_fs_.statSync)(path).size;
                if (size > maxBytes)
                    throw new ZipRefused(`the artifact is ${size} bytes, over the limit of a segment`);
                await extractZip((0,external_node_fs_.readFileSync)(path), into, maxBytes);
            }
            finally {
                (0,external_node_fs_.rmSync)(raw, { recursive: true, force: true });
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
                    throw new gates_error/* GatesError */.xx('GATES_E_STATE_REFUSED', { name, reason: message.slice(0, 300) }, { cause: error });
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
            reject(new gates_error/* GatesError */.xx('GATES_E_STATE_TRANSPORT', { operation, reason: `no answer within ${Math.round(timeoutMs / 100) / 10}s` }));
        }, timeoutMs);
    });
    try {
        return await Promise.race([work().catch((error) => {
                if (error instanceof gates_error/* GatesError */.xx)
                    throw error;
                throw new gates_error/* GatesError */.xx('GATES_E_STATE_TRANSPORT', { operation, reason: String(error?.message ?? error).slice(0, 300) }, { cause: error });
            }), deadline]);
    }
    finally {
        clearTimeout(timer);
    }
}

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
    const head = { ...headOf(records), count: records.length };
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
        const shape = hash_chain_recordProblem(record);
        if (shape)
            return { ok: false, reason: `${where}: ${shape}` };
        if (hash_chain_hashRecord(record) !== record.hash)
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

;// CONCATENATED MODULE: ./packages/core/src/state-transport/state-session.ts
















/**
 * The largest segment artifact (as the service lists it: the zip, with the step's reports) a restore downloads.
 * Any step holding the runtime token can upload one; past this it is left out unread, so a huge artifact costs
 * a restore nothing. A step never publishes one this large (its reports are cut short first).
 */
const MAX_SEGMENT_ARTIFACT_BYTES = 16 * 1024 * 1024;
/** Room left in a segment artifact for the zip's own entries, so the listed size stays under the limit. */
const REPORT_SLACK_BYTES = 1024 * 1024;
/** Names tried when a step's segment name is taken (the same step publishing again, or another step squatting it). */
const NAME_ATTEMPTS = 5;
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
        try {
            await withDeadline('restore', options.timeoutMs, () => session.restore(options.store));
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
    async restore(store) {
        const root = statePath(this.options.stateRoot, 'segments');
        makeDirectories(root, 0o700);
        const listed = await store.list(SEGMENT_PREFIX);
        const key = this.options.signingKey;
        const keyCheck = key === undefined ? {} : { key: { key, binding: segmentBinding(this.options.env) } };
        for (const { id, name, size } of listed.sort((a, b) => (a.name < b.name ? -1 : 1))) {
            if (!isSegmentName(name)) {
                this.rejected.push({ name, reason: 'not a segment name (it holds a path separator or a character artifact names may not)' });
                this.options.warn(`State artifact ${JSON.stringify(name)} is not a segment name; it is left out.`);
                continue;
            }
            if (size !== undefined && size > MAX_SEGMENT_ARTIFACT_BYTES) {
                const reason = `the artifact is ${size} bytes, over the ${mebibytes(MAX_SEGMENT_ARTIFACT_BYTES)} limit of a segment (not downloaded)`;
                this.rejected.push({ name, reason });
                this.options.warn(`State segment ${name} is too large to restore (${reason}); its records are left out.`);
                continue;
            }
            const incoming = (0,external_node_path_.join)(root, `.incoming-${(0,external_node_crypto_.randomUUID)()}`);
            try {
                try {
                    await store.download(id, incoming, MAX_SEGMENT_ARTIFACT_BYTES);
                }
                catch (error) {
                    // A zip that is malformed or unpacks past the limit is one bad artifact, not an outage: the restore goes on.
                    if (!(error instanceof ZipRefused))
                        throw error;
                    this.rejected.push({ name, reason: error.message });
                    this.options.warn(`State segment ${name} cannot be unpacked (${error.message}); its records are left out.`);
                    continue;
                }
                const text = readSegmentText((0,external_node_path_.join)(incoming, SEGMENT_FILE));
                if (typeof text !== 'string') {
                    this.rejected.push({ name, reason: text.reason });
                    this.options.warn(`State segment ${name} cannot be read (${text.reason}); its records are left out.`);
                    continue;
                }
                // With the key, the MAC is checked before any record is parsed: a forged segment costs one pass over its bytes.
                const check = verifySegment(text, { expectedName: name, ...keyCheck });
                if (!check.ok) {
                    this.rejected.push({ name, reason: check.reason });
                    this.options.warn(`State segment ${name} ${check.signature ? 'is not signed for this run' : 'does not verify'} (${check.reason}); its records are left out.`);
                    continue;
                }
                (0,external_node_fs_.rmSync)((0,external_node_path_.join)(root, name), { recursive: true, force: true });
                (0,external_node_fs_.renameSync)(incoming, (0,external_node_path_.join)(root, name));
                this.restored.push({ name, records: check.segment.records });
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
    async publish(ledger, reportDirectory) {
        const store = this.options.store;
        if (!store)
            return;
        const marker = statePath(this.options.stateRoot, 'segments', 'published-head');
        const records = await ledger.readVerified();
        const since = (0,read_file/* readRegularFileIfExists */.SB)(marker, { maxBytes: 128, noFollow: true })?.toString('utf8').trim() ?? hash_chain_GENESIS_HASH;
        const start = since === hash_chain_GENESIS_HASH ? 0 : records.findIndex((record) => record.hash === since) + 1;
        const fresh = records.slice(start);
        if (fresh.length === 0)
            return;
        const base = start === 0 ? hash_chain_GENESIS_HASH : since;
        try {
            await withDeadline('publish', this.options.timeoutMs, async () => {
                for (let attempt = 1; attempt <= NAME_ATTEMPTS; attempt++) {
                    // After the first, names nobody can guess: a step of another job that learnt this job's key (from its
                    // earlier segments' names) could take `.2`…`.5` ahead of it, and a failure would then never be published.
                    const name = segmentName(this.options.env, attempt === 1 ? 1 : (0,external_node_crypto_.randomBytes)(4).toString('hex'));
                    const outgoing = statePath(this.options.stateRoot, 'outgoing', name);
                    (0,external_node_fs_.rmSync)(outgoing, { recursive: true, force: true });
                    const text = `${JSON.stringify(buildSegment(name, base, fresh, this.signing()))}\n`;
                    const size = Buffer.byteLength(text);
                    // A restore leaves out a segment over the limit unread: publishing one would hide this step's records.
                    if (size > MAX_SEGMENT_FILE_BYTES)
                        throw new gates_error/* GatesError */.xx('GATES_E_STATE_REFUSED', { name, reason: `its ${SEGMENT_FILE} would be ${mebibytes(size)}, over the ${mebibytes(MAX_SEGMENT_FILE_BYTES)} a restore reads` });
                    const files = [atomic_file_writeFileAtomically((0,external_node_path_.join)(outgoing, SEGMENT_FILE), text, { root: outgoing, directoryMode: 0o700 })];
                    let budget = MAX_SEGMENT_ARTIFACT_BYTES - size - REPORT_SLACK_BYTES;
                    for (const report of listFiles(reportDirectory)) {
                        const copied = copyInto(report, (0,external_node_path_.join)(outgoing, 'reports', report.name), budget);
                        if (copied) {
                            files.push(copied.path);
                            budget -= copied.bytes;
                        }
                        else
                            this.options.warn(`Report ${report.name} is left out of state segment ${name}: the segment would be over the ${mebibytes(MAX_SEGMENT_ARTIFACT_BYTES)} a restore downloads.`);
                    }
                    if ((await store.upload(name, outgoing, files)) === 'uploaded') {
                        this.published = name;
                        return;
                    }
                }
                throw new gates_error/* GatesError */.xx('GATES_E_STATE_TRANSPORT', { operation: 'publish', reason: `${segmentName(this.options.env)} and ${NAME_ATTEMPTS - 1} names with random suffixes are taken` });
            });
            atomic_file_writeFileAtomically(marker, fresh[fresh.length - 1].hash, { root: statePath(this.options.stateRoot, 'segments'), directoryMode: 0o700 });
        }
        catch (error) {
            // A refusal is not an outage that a later step's segment gets past (its records would be refused too): fail clearly.
            if (error instanceof gates_error/* GatesError */.xx && error.code === 'GATES_E_STATE_REFUSED')
                throw error;
            this.options.warn(`${error.message} This step's decision is recorded on this runner only; later jobs will not see it.`);
        }
    }
    signing() {
        const key = this.options.signingKey;
        return key === undefined ? undefined : { key, binding: segmentBinding(this.options.env) };
    }
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
    return { path: atomic_file_writeFileAtomically(destination, bytes, { root: (0,external_node_path_.join)(destination, '..', '..'), directoryMode: 0o700 }), bytes: bytes.length };
}

;// CONCATENATED MODULE: ./packages/core/src/state-transport/step-state.ts









/** Restore and publish each get this long by default: an artifact-service outage costs seconds, not the client's retry schedule. */
const DEFAULT_STATE_TIMEOUT_MS = 20_000;
const DEFAULT_API_TIMEOUT_MS = 10_000;
/** The anchor key signs segments whose MACs any step of the run can read: 32 characters (128 bits as hex and more) leave no key to guess. */
const MIN_ANCHOR_KEY_LENGTH = 32;
/** `state`, `publish` and `anchor-key` inputs over the root config's `state`, `publish` and `state-timeout`. */
function stepStateSettings(inputs, config, env) {
    const requested = inputs.string('state') ? inputs.enumeration('state', STATE_MODES, 'auto') : (valueAt(config.values, 'state') ?? 'auto');
    const publish = inputs.string('publish') ? inputs.enumeration('publish', PUBLISH_MODES, 'none') : (valueAt(config.values, 'publish') ?? 'none');
    const timeout = valueAt(config.values, 'state-timeout');
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
    const store = settings.mode === 'artifact' ? artifactStore(retentionDays(env)) : undefined;
    const signing = settings.anchorKey ? { signingKey: settings.anchorKey } : {};
    return StateSession.open({ stateRoot, store, env, timeoutMs: settings.timeoutMs, warn: (message) => runner.warning(message), ...signing }, ledger);
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
        const api = await (0,connect/* connectGitHub */.UY)(end.token, env, runner, { timeoutMs: end.apiTimeoutMs ?? DEFAULT_API_TIMEOUT_MS });
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

// EXTERNAL MODULE: ./packages/core/src/errors/catalogue.ts + 1 modules
var catalogue = __nccwpck_require__(52788);
;// CONCATENATED MODULE: ./packages/core/src/action/nothing-to-check.ts


/** The rule, in each action that can find nothing to check (its README documents it under its own heading). */
function nothingToCheckRule(action) {
    return {
        id: NOTHING_TO_CHECK,
        description: 'The run found nothing to check (no file matched): that is not a pass, unless `allow-empty: true` says an empty run is expected',
        severity: 'error',
        docs: ruleDocsUrl(action, NOTHING_TO_CHECK),
    };
}
/** The finding for a run that checked nothing: an error that fails the gate, waived (verdict still `empty`) by `allow-empty: true`. */
function nothingToCheckFinding(what, inputs) {
    const allowed = inputs.boolean('allow-empty', false);
    return {
        ruleId: model_NOTHING_TO_CHECK,
        severity: 'error',
        message: `Nothing to check: ${what}.`,
        fixHint: 'check out the repository before this step (actions/checkout) and check the paths and working directory; set `allow-empty: true` if an empty run is expected',
        ...(allowed ? { waived: { reason: 'allow-empty: true' } } : {}),
    };
}

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
        runner.annotation(formatCommand('error', properties, `${json.message} ${json.hint}`), '');
        runner.info((0,gates_error/* formatError */.Wk)(json));
        if (isDebug(host.env) && error.cause instanceof Error && error.cause.stack)
            runner.debug(error.cause.stack);
        const text = (value) => escapeMarkdown(shorten(value, MAX_SHOWN_CHARACTERS));
        const where = (location) => inlineCode(shorten(`${location.file}:${location.line ?? ''}`, MAX_SHOWN_CHARACTERS));
        const section = [
            `## ⛔ ${text(action)}: error \`${json.code}\` (exit ${json.exitCode})`,
            '',
            text(json.message),
            ...json.details.map((detail) => `- ${detail.location ? `${where(detail.location)} ` : ''}${text(detail.message)}`),
            '',
            `**Hint:** ${text(json.hint)} ([docs](${json.docs}))`,
            '',
        ].join('\n');
        runner.appendSummary(capMarkdown(section, ERROR_SECTION_BYTE_LIMIT));
        host.onReport?.({ error: json });
    }
    catch {
        // Reporting must never turn a clean exit code into a crash.
        return exit_codes/* ExitCode */.y.Internal;
    }
    return json.exitCode;
}

;// CONCATENATED MODULE: ./packages/core/src/findings/fingerprint.ts

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
    return (0,external_node_crypto_.createHash)('sha256')
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

;// CONCATENATED MODULE: ./packages/core/src/waivers/waiver-time.ts
/**
 * Waiver dates as people write them: a calendar date (`2027-03-31`, the whole
 * day in the policy's time zone) or a timestamp with its zone
 * (`2027-03-31T17:00:00+02:00`, that instant). A timestamp without a zone
 * never reaches here: the schema refuses it (whose 17:00?). Pure.
 */
const waiver_time_DAY_MS = 24 * 60 * 60 * 1000;
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
function waiver_time_endInstant(value, zone) {
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
        return (Date.UTC(+to[1], +to[2] - 1, +to[3] + 1) - Date.UTC(+from[1], +from[2] - 1, +from[3])) / waiver_time_DAY_MS;
    return (waiver_time_endInstant(expires, zone) - startInstant(created, zone)) / waiver_time_DAY_MS;
}
/** `3 days`, `5 hours`, `12 minutes`, `less than a minute`: how long ago or how soon, for warnings. */
function waiver_time_describeSpan(ms) {
    const span = Math.abs(ms);
    const unit = (value, name) => `${value} ${name}${value === 1 ? '' : 's'}`;
    if (span >= waiver_time_DAY_MS)
        return unit(Math.floor(span / waiver_time_DAY_MS), 'day');
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

;// CONCATENATED MODULE: ./packages/core/src/waivers/match-waiver.ts



const GLOB = /[*?[\]{}!]/;
/**
 * A wildcard waiver covers findings nobody has looked at: a glob in any of
 * its fields, or a rule id with nothing narrowing it (no fingerprint, path or
 * package: every finding of that rule, everywhere, now and later).
 */
function isWildcard(waiver) {
    if ([waiver.rule, waiver.advisory, waiver.path, waiver.package].some((field) => field !== undefined && GLOB.test(field)))
        return true;
    return waiver.advisory === undefined && waiver.fingerprint === undefined && waiver.path === undefined && waiver.package === undefined;
}
/** Why a waiver breaks its policy whatever it matches (lifetime, wildcard, a creation date to come), or undefined. */
function match_waiver_policyProblem(waiver, policy, now) {
    const days = lifetimeDays(waiver.created, waiver.expires, policy.timezone);
    // NaN passes every comparison below: a date the clock cannot read makes no waiver, rather than one that never ends.
    if (!Number.isFinite(days))
        return `its dates cannot be read as instants (created ${waiver.created}, expires ${waiver.expires})`;
    if (days > policy.maxLifetimeDays)
        return `its lifetime is ${formatDays(days)} days (created ${waiver.created}, expires ${waiver.expires}); the policy allows at most ${policy.maxLifetimeDays}`;
    if (!policy.allowWildcards && isWildcard(waiver))
        return 'it is a wildcard (a glob, or a rule with no fingerprint, path or package) and the policy does not allow wildcards';
    if (startInstant(waiver.created, policy.timezone) > now)
        return `it is created in the future (${waiver.created})`;
    return undefined;
}
function formatDays(days) {
    return Number.isInteger(days) ? String(days) : days.toFixed(2);
}
function compileWaiver(waiver) {
    const rule = waiver.rule === undefined ? undefined : GLOB.test(waiver.rule) ? glob_globMatcher([waiver.rule]) : (id) => id === waiver.rule;
    const path = waiver.path === undefined ? undefined : glob_globMatcher([normaliseLocation(waiver.path)]);
    const advisory = waiver.advisory?.toUpperCase();
    const advisoryMatch = advisory === undefined ? undefined : GLOB.test(advisory) ? glob_globMatcher([advisory]) : (id) => id === advisory;
    return {
        waiver,
        matches(finding) {
            if (rule && !rule(finding.ruleId))
                return false;
            if (advisoryMatch && ![finding.ruleId, ...(finding.advisories ?? [])].some((id) => advisoryMatch(id.toUpperCase())))
                return false;
            if (path && (!finding.file || !path(normaliseLocation(finding.file))))
                return false;
            if (waiver.package !== undefined && !packageMatches(waiver.package, finding))
                return false;
            if (waiver.fingerprint !== undefined && fingerprintOf(finding) !== waiver.fingerprint)
                return false;
            return true;
        },
    };
}
/** `lodash` matches every version; `lodash@4.17.15` that version only. */
function packageMatches(wanted, finding) {
    const found = finding.package;
    if (!found)
        return false;
    const at = wanted.lastIndexOf('@');
    if (at > 0)
        return `${found.name}@${found.version ?? ''}` === wanted;
    return GLOB.test(wanted) ? glob_globMatcher([wanted])(found.name) : found.name === wanted;
}
/** Findings no waiver may cover: their rule or an advisory matches the policy's unwaivable list. */
function unwaivableMatcher(patterns) {
    if (patterns.length === 0)
        return () => false;
    const match = glob_globMatcher(patterns.map((pattern) => pattern.toUpperCase()));
    return (finding) => [finding.ruleId, ...(finding.advisories ?? [])].some((id) => match(id.toUpperCase()));
}

;// CONCATENATED MODULE: ./packages/core/src/waivers/apply-waivers.ts


/** Waivers of this gate that pass the policy, have not expired and match a finding no rule forbids waiving: the only ones whose approval is worth an API call. */
function waiversToApprove(set, gate, findings, now) {
    const unwaivable = unwaivableMatcher(set.policy.unwaivable);
    return candidates(set, gate)
        .filter(({ waiver }) => !match_waiver_policyProblem(waiver, set.policy, now) && waiver_time_endInstant(waiver.expires, set.policy.timezone) > now)
        .filter((compiled) => findings.some((finding) => !unwaivable(finding) && compiled.matches(finding)))
        .map(({ waiver }) => waiver);
}
/**
 * Applies the waivers of `gate` to its findings. Pure: the clock and the
 * approval verdicts come in. A waiver never hides a finding: a waived finding
 * stays in the list with `waived` set (who, why, until when). The first
 * applicable waiver in file order covers a finding. `approvals` is undefined
 * when the policy names no approving role.
 */
function applyWaivers(set, gate, findings, now, approvals) {
    const unwaivable = unwaivableMatcher(set.policy.unwaivable);
    const zone = set.policy.timezone;
    const result = [...findings];
    const waivedBy = new Array(findings.length);
    const statuses = [];
    for (const compiled of candidates(set, gate)) {
        const { waiver } = compiled;
        const status = { waiver, line: set.lines.get(waiver.id), state: 'stale', matched: 0, applied: 0, detail: '' };
        statuses.push(status);
        const matching = findings.flatMap((finding, index) => (compiled.matches(finding) ? [index] : []));
        status.matched = matching.length;
        const end = waiver_time_endInstant(waiver.expires, zone);
        const expired = end <= now;
        const problem = match_waiver_policyProblem(waiver, set.policy, now);
        if (problem) {
            Object.assign(status, { state: 'rejected', detail: `not applied: ${problem}` });
            continue;
        }
        if (matching.length === 0) {
            status.detail = expired ? `matches no finding, and expired ${waiver_time_describeSpan(now - end)} ago (${waiver.expires}); remove it` : 'matches no finding; remove it, or fix its rule, fingerprint, path or package';
            continue;
        }
        if (expired) {
            Object.assign(status, { state: 'expired', detail: `expired ${waiver_time_describeSpan(now - end)} ago (${waiver.expires}); its ${matching.length} finding(s) count again` });
            continue;
        }
        const waivable = matching.filter((index) => !unwaivable(findings[index]));
        if (waivable.length === 0) {
            Object.assign(status, { state: 'unwaivable', detail: 'not applied: every finding it matches is on the policy\'s unwaivable list' });
            continue;
        }
        const approval = approvals?.get(waiver.id);
        if (approvals && !approval?.approved) {
            Object.assign(status, { state: 'unapproved', detail: `not applied: ${approval && !approval.approved ? approval.reason : 'its approval was not checked'}` });
            continue;
        }
        status.approvedBy = approval?.approved ? approval.by : waiver.approvers;
        for (const index of waivable) {
            if (waivedBy[index])
                continue;
            waivedBy[index] = waiver;
            result[index] = { ...findings[index], waived: { id: waiver.id, reason: waiver.reason, expires: waiver.expires, approvedBy: status.approvedBy, ticket: waiver.ticket } };
            status.applied++;
        }
        const soon = end - now <= set.policy.warnWithinDays * waiver_time_DAY_MS;
        status.state = soon ? 'expiring' : 'applied';
        const unwaived = matching.length - waivable.length;
        status.detail =
            `waives ${status.applied} finding(s) until ${waiver.expires}` +
                (soon ? `, which is in ${waiver_time_describeSpan(end - now)}: renew it or fix the findings` : '') +
                (unwaived ? `; ${unwaived} matched finding(s) are unwaivable` : '') +
                (approval?.approved ? `; approved ${approval.via}` : '');
    }
    return { findings: result, statuses };
}
function candidates(set, gate) {
    return set.waivers.filter((waiver) => waiver.gate === gate).map(compileWaiver);
}

;// CONCATENATED MODULE: ./packages/core/src/waivers/waiver-model.ts
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

;// CONCATENATED MODULE: ./packages/core/src/waivers/load-waivers.ts








const DEFAULT_WAIVERS_PATH = CONFIG_KINDS.waivers.defaultPath;
/**
 * The waiver file, or undefined when there is none at the default path (no
 * waivers: nothing is waived). A path set explicitly must exist. Schema
 * problems and what the schema cannot say (duplicate ids, an unknown time
 * zone, an expiry before the creation) are config errors with their lines.
 */
async function loadWaivers(workspace, path) {
    const wanted = path ?? DEFAULT_WAIVERS_PATH;
    const absolute = (0,external_node_path_.resolve)(workspace, wanted);
    if (path === undefined && !(0,external_node_fs_.existsSync)(absolute))
        return undefined;
    const display = (0,external_node_path_.isAbsolute)(wanted) ? wanted : (0,external_node_path_.relative)(workspace, absolute) || wanted;
    const loaded = await (0,load_file/* loadConfigFile */.HT)(absolute, CONFIG_KINDS.waivers, display);
    const file = loaded.value;
    const line = (pointer) => loaded.positions.value.get(pointer)?.line;
    const problems = [];
    const policy = effectivePolicy(file.policy);
    if (!isValidTimeZone(policy.timezone)) {
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
        if (waiver.path !== undefined && normaliseLocation(waiver.path) === '') {
            problems.push({ message: `waiver ${waiver.id}: path "${waiver.path}" names no file once normalised`, location: { file: display, line: line(`/waivers/${index}/path`) }, hint: 'name a file relative to the repository root, e.g. src/app.js' });
        }
        const zone = isValidTimeZone(policy.timezone) ? policy.timezone : 'UTC';
        // The schema's date-time format admits a leap second (23:59:60), which Date.parse cannot read: NaN would never expire.
        const unreadable = ['created', 'expires'].filter((field) => !Number.isFinite(field === 'created' ? startInstant(waiver.created, zone) : waiver_time_endInstant(waiver.expires, zone)));
        for (const field of unreadable) {
            problems.push({ message: `waiver ${waiver.id}: ${field} (${waiver[field]}) is not an instant gates can read`, location: { file: display, line: line(`/waivers/${index}/${field}`) }, hint: 'write 23:59:59, or a calendar date' });
        }
        if (unreadable.length > 0)
            return;
        if (waiver_time_endInstant(waiver.expires, zone) <= startInstant(waiver.created, zone)) {
            problems.push({ message: `waiver ${waiver.id} expires (${waiver.expires}) before it is created (${waiver.created})`, location: { file: display, line: line(`/waivers/${index}/expires`) } });
        }
    });
    if (problems.length > 0)
        throw new gates_error/* GatesError */.xx('GATES_E_CONFIG_INVALID', { file: display, count: problems.length }, { details: problems, location: problems[0].location });
    return { file: display, policy, waivers: file.waivers, lines };
}

;// CONCATENATED MODULE: ./packages/core/src/github/event-origin.ts


/** Events whose payload carries the pull request (`pull_request` at the top). */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
/**
 * Whether the code under test comes from a fork, failing closed: a pull
 * request event without its pull request in the payload counts as a fork; a
 * comment on a pull request says nothing about the head (`unknown`: looked
 * up through the API when it matters); a workflow_run is a fork's when the
 * run's head repository is another (or gone). Pure.
 */
function eventOrigin(event, payload) {
    const pull = payload.pull_request;
    if (pull)
        return { fromFork: isFork(pull.head?.repo, pull.base?.repo ?? payload.repository), pullRequest: numberOf(pull.number), pullRequestAuthor: stringOf(pull.user?.login) };
    if (PULL_REQUEST_EVENTS.has(event))
        return { fromFork: true };
    if (event === 'issue_comment' && payload.issue?.pull_request) {
        return { fromFork: 'unknown', pullRequest: numberOf(payload.issue.number), pullRequestAuthor: stringOf(payload.issue.user?.login) };
    }
    if (event === 'workflow_run') {
        const run = payload.workflow_run;
        return { fromFork: run ? isFork(run.head_repository, run.repository ?? payload.repository) : true };
    }
    return { fromFork: false };
}
/** A head repository that differs from the base, is marked a fork, or is gone (deleted fork) is a fork. */
function isFork(head, base) {
    if (typeof head?.full_name !== 'string')
        return true;
    if (head.fork === true)
        return true;
    // Payload fields are read for their type, not assumed: a name that is not a string names no repository.
    return head.full_name.toLowerCase() !== stringOf(base?.full_name)?.toLowerCase();
}
/** Webhook payloads are capped at 25 MB by GitHub; anything larger (or a pipe, or /dev/zero) is not one. */
const MAX_EVENT_BYTES = 25 * 1024 * 1024;
/** The event payload the runner wrote (GITHUB_EVENT_PATH); `{}` without one; exit 2 when it is not a JSON object. */
function readEventPayload(env) {
    if (!env.GITHUB_EVENT_PATH)
        return {};
    let payload;
    try {
        payload = JSON.parse((0,read_file/* readTextFile */.Gu)(env.GITHUB_EVENT_PATH, { maxBytes: MAX_EVENT_BYTES }));
    }
    catch (error) {
        const reason = error instanceof gates_error/* GatesError */.xx ? error.message : error.message;
        throw new gates_error/* GatesError */.xx('GATES_E_USAGE', { detail: `the event payload ${env.GITHUB_EVENT_PATH} cannot be read as JSON: ${reason}` }, { cause: error });
    }
    // The runner always writes an object; anything else is not an event, and nothing is read from it.
    if (!payload || typeof payload !== 'object' || Array.isArray(payload))
        throw new gates_error/* GatesError */.xx('GATES_E_USAGE', { detail: `the event payload ${env.GITHUB_EVENT_PATH} is not a JSON object` });
    return payload;
}
function stringOf(value) {
    return typeof value === 'string' ? value : undefined;
}
function numberOf(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

// EXTERNAL MODULE: ./packages/core/src/waivers/policy/file-at-commit.ts
var file_at_commit = __nccwpck_require__(31470);
;// CONCATENATED MODULE: ./packages/core/src/waivers/policy/base-waivers-path.ts



/**
 * The waiver file path the base commit's gates config names (its `waivers`
 * key; the default path when the base has no config or the key is unset).
 * The checkout's `.github/gates.yml` is the pull request's own: were its
 * `waivers:` the path, a pull request could point it at a file the base does
 * not have and be judged by the defaults instead of the base's policy.
 * The base config is validated as a checkout's would be: invalid is a config
 * error naming it `<path> at <short sha>` (exit 2); API failures are exit 3.
 */
async function baseWaiversPath(api, repository, configPath, sha, unavailable) {
    const text = await (0,file_at_commit/* fileAtCommit */.fw)(api, repository, configPath, sha);
    if (text === undefined)
        return { path: DEFAULT_WAIVERS_PATH };
    const display = `${configPath} at ${sha.slice(0, 7)}`;
    const { parseConfigDocument } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 15805));
    const loaded = await parseConfigDocument(text, CONFIG_KINDS.gates, display);
    const named = loaded.value.waivers;
    if (typeof named !== 'string')
        return { path: DEFAULT_WAIVERS_PATH };
    const path = (0,file_at_commit/* repositoryPath */.SH)(named);
    // A path outside the repository has no version at any commit: nothing can say what the base's policy is.
    if (!path)
        throw unavailable(`${display} names the waiver file ${named}, which is outside the repository`);
    return { path, namedBy: display };
}

;// CONCATENATED MODULE: ./packages/core/src/waivers/policy/policy-diff.ts
/** The policy keys as the waiver file spells them, in the order docs/waiver-policy.md lists them. */
const KEYS = [
    { key: 'max-lifetime-days', of: (policy) => policy.maxLifetimeDays },
    { key: 'warn-within-days', of: (policy) => policy.warnWithinDays },
    { key: 'timezone', of: (policy) => policy.timezone },
    { key: 'allow-wildcards', of: (policy) => policy.allowWildcards },
    { key: 'approval', of: (policy) => (policy.approval ? 'set' : 'unset') },
    { key: 'approval.role', of: (policy) => policy.approval?.role },
    { key: 'approval.rbac-policy', of: (policy) => policy.approval?.rbacPolicy },
    // A list compared as a set: reordering the same entries changes nothing.
    { key: 'unwaivable', of: (policy) => [...new Set(policy.unwaivable)].sort().join('\n') },
];
/**
 * The policy keys whose effective value (defaults filled in) differs between
 * the pull request's head and its base. Pure. Writing a default out, or
 * reordering `unwaivable`, is no change; adding or dropping `approval` shows
 * as `approval` (with the role and file it brings or takes away).
 */
function changedPolicyKeys(head, base) {
    return KEYS.filter(({ of }) => of(head) !== of(base)).map(({ key }) => key);
}

;// CONCATENATED MODULE: ./packages/core/src/waivers/policy/policy-source.ts

/**
 * Events whose checkout (the default `actions/checkout` ref) is the pull
 * request's head or merge commit: code the pull request's author wrote.
 * `pull_request_target` checks out the base by default, but workflows that
 * build the head check that out too; reading the base costs one call.
 */
const BASE_POLICY_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
/** A commit id as GitHub writes it: 40 hex digits (SHA-1) or 64 (SHA-256 repositories). */
const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/**
 * The policy source for this run, from GITHUB_EVENT_NAME and the event
 * payload. Pure. A pull request event whose payload has no usable base
 * commit fails closed (exit 3): the checkout's policy is never the fallback.
 */
function policySource(event, payload) {
    if (!event || !BASE_POLICY_EVENTS.has(event))
        return { from: 'checkout' };
    const sha = payload.pull_request?.base?.sha;
    if (typeof sha !== 'string' || !COMMIT_SHA.test(sha)) {
        throw new gates_error/* GatesError */.xx('GATES_E_WAIVER_POLICY_UNAVAILABLE', { event, reason: 'the event payload (GITHUB_EVENT_PATH) has no pull_request.base.sha naming the base commit' });
    }
    return { from: 'base', event, sha };
}

;// CONCATENATED MODULE: ./packages/core/src/waivers/policy/base-policy.ts










/**
 * The policy a run judges waivers by. On a pull request event the checkout is
 * the pull request's own code, which may have relaxed `policy:` in the same
 * change as the waiver it needs: the policy is read from the base commit
 * instead (the waivers themselves still come from the checkout), from the
 * waiver file the base's own gates config names (baseWaiversPath). No base
 * file means the default policy. Anything that stops the base from being read ends
 * the run (exit 3): the checkout's policy is never the fallback. Other events
 * keep the checkout's policy.
 */
async function resolvePolicy(set, context) {
    const event = context.env.GITHUB_EVENT_NAME;
    // Only a pull request event needs the payload: other runs never read (or fail on) it here.
    if (!event || !BASE_POLICY_EVENTS.has(event))
        return { set };
    const source = policySource(event, readEventPayload(context.env));
    if (source.from === 'checkout')
        return { set };
    const unavailable = (reason) => new gates_error/* GatesError */.xx('GATES_E_WAIVER_POLICY_UNAVAILABLE', { event, reason });
    const configInput = context.inputs.path('config', CONFIG_KINDS.gates.defaultPath).path;
    const configPath = (0,file_at_commit/* repositoryPath */.SH)(configInput);
    if (!configPath)
        throw unavailable(`the gates config ${configInput} (the \`config\` input) is outside the repository, so the base commit has no version of it to name its waiver file`);
    const token = context.inputs.string('token');
    if (!token)
        throw unavailable("the action has no token to read it with (its `token` input is empty)");
    const [owner = '', repo = ''] = (context.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        throw unavailable('GITHUB_REPOSITORY does not name the repository');
    const repository = { owner, repo };
    const api = await (0,connect/* connectGitHub */.UY)(token, context.env, context.runner, { timeoutMs: context.inputs.duration('api-timeout', 10_000, connect/* API_TIMEOUT_RANGE */.fL) });
    const short = source.sha.slice(0, 7);
    // Only the file the base's own config names counts: the checkout's `waivers:` is the pull request's to change.
    const { path, namedBy } = await baseWaiversPath(api, repository, configPath, source.sha, unavailable);
    const text = await (0,file_at_commit/* fileAtCommit */.fw)(api, repository, path, source.sha);
    const policy = text === undefined ? effectivePolicy() : await parseBasePolicy(text, `${path} at ${short}`);
    const changed = changedPolicyKeys(set.policy, policy);
    const where = path === (0,file_at_commit/* repositoryPath */.SH)(set.file) ? '' : ` (its ${path}${namedBy ? `, named by its ${configPath}` : ''})`;
    const origin = text === undefined ? `the default policy (the base commit ${short} has no ${path})` : `the policy of the base commit ${short}${where}`;
    let note = `Waivers are judged by ${origin}, not by this pull request's checkout.`;
    if (changed.length > 0) {
        const change = `This pull request changes the waiver policy (${changed.join(', ')}); policy changes take effect once merged.`;
        context.runner.warning(`${change} This run judges its waivers by ${origin}.`);
        note += ` ${change}`;
    }
    return { set: { ...set, policy }, base: { api, repository, sha: source.sha }, note };
}
/** The base's waiver file, validated as a checkout's would be; only its policy is used. */
async function parseBasePolicy(text, display) {
    const { parseConfigDocument } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 15805));
    const loaded = await parseConfigDocument(text, CONFIG_KINDS.waivers, display);
    const policy = effectivePolicy(loaded.value.policy);
    if (!isValidTimeZone(policy.timezone)) {
        const line = loaded.positions.value.get('/policy/timezone')?.line;
        throw new gates_error/* GatesError */.xx('GATES_E_CONFIG_INVALID', { file: display, count: 1 }, { details: [{ message: `unknown time zone "${policy.timezone}"`, location: { file: display, line }, hint: 'fix it on the base branch' }] });
    }
    return policy;
}

;// CONCATENATED MODULE: ./packages/core/src/waivers/waiver-summary.ts

const LABEL = {
    expired: '🔴 expired',
    rejected: '🔴 refused',
    unapproved: '🔴 not approved',
    unwaivable: '🔴 unwaivable',
    expiring: '🟠 expiring',
    stale: '🟠 stale',
    applied: '⚪ applied',
};
/** Problems first: what no longer protects, then what needs attention soon, then what applies. */
const ORDER = ['expired', 'rejected', 'unapproved', 'unwaivable', 'expiring', 'stale', 'applied'];
/**
 * The summary's waiver section: every waiver of this gate, its state, who approved it and until when, and
 * where the policy came from when it was not the checkout. Text from the file is escaped (it is the repository's, not ours).
 */
function renderWaiverSection(statuses, file, md, policyNote) {
    if (statuses.length === 0)
        return '';
    const sorted = [...statuses].sort((a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state));
    const rows = sorted.map((status) => [
        md.code(status.waiver.id) + (status.line ? ` (line ${status.line})` : ''),
        LABEL[status.state],
        `${status.applied} of ${status.matched}`,
        md.text((status.approvedBy ?? status.waiver.approvers).join(', ')),
        md.text(status.waiver.expires),
        md.text(`${status.detail}. Reason: ${status.waiver.reason} (${status.waiver.ticket})`),
    ]);
    return ['### Waivers', '', `From ${md.code(file)}; see docs/waiver-policy.md.`, '', ...(policyNote ? [md.text(policyNote), ''] : []), table(['Waiver', 'State', 'Waived', 'Approved by', 'Expires', 'Detail'], rows), ''].join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/waivers/run-waivers.ts






/** States that warn: each names the waiver, its line and why. */
const WARNS = new Set(['expired', 'expiring', 'stale', 'rejected', 'unapproved', 'unwaivable']);
/**
 * Every action's findings pass here (runAction): the waiver file is read, the
 * approval of each waiver that would apply is checked, and the waivers are
 * applied. Each waiver that expired, expires soon, matches nothing or breaks
 * the policy becomes a warning annotation on its line of the waiver file.
 */
async function runWaivers(context) {
    const checkedOut = await loadWaivers(context.workspace, context.path);
    if (!checkedOut)
        return { findings: context.findings, statuses: [], section: '', counts: {} };
    // The policy matters only to this gate's waivers; without any, a pull request run makes no call for it.
    const { set, base, note } = checkedOut.waivers.some((waiver) => waiver.gate === context.gate) ? await resolvePolicy(checkedOut, context) : { set: checkedOut, base: undefined, note: undefined };
    const approvals = set.policy.approval ? await approvalsFor(set, waiversToApprove(set, context.gate, context.findings, context.now), context, base) : undefined;
    const outcome = applyWaivers(set, context.gate, context.findings, context.now, approvals);
    const counts = {};
    for (const status of outcome.statuses) {
        counts[status.state] = (counts[status.state] ?? 0) + 1;
        if (!WARNS.has(status.state))
            continue;
        const warning = { ruleId: `waiver-${status.state}`, severity: 'warning', message: `Waiver ${status.waiver.id} ${status.detail}.`, file: set.file, line: status.line };
        context.runner.annotation(formatAnnotation(warning), formatPlain(warning));
    }
    return { findings: outcome.findings, statuses: outcome.statuses, section: renderWaiverSection(outcome.statuses, set.file, markdownText(context.redactor), note), counts };
}
/** Approval verdicts for the waivers that would apply; none is approved without a token to check it. */
async function approvalsFor(set, waivers, context, base) {
    const verdicts = new Map();
    if (waivers.length === 0)
        return verdicts;
    const token = context.inputs.string('token');
    if (!token) {
        for (const waiver of waivers)
            verdicts.set(waiver.id, { approved: false, reason: `its approval by role ${set.policy.approval.role} cannot be checked without a token (the action's \`token\` input)` });
        return verdicts;
    }
    // The API client, rbac-guard's role model and the YAML parser load only when a waiver needs approval.
    const { checkApprovals } = await __nccwpck_require__.e(/* import() */ 66).then(__nccwpck_require__.bind(__nccwpck_require__, 66066));
    return checkApprovals(set, waivers, { token, env: context.env, runner: context.runner, workspace: context.workspace, timeoutMs: context.inputs.duration('api-timeout', 10_000), base });
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
            uris.set(file, (uri = percentEncodedPath(file)));
        return uri;
    };
    const byTool = new Map([[undefined, []]]);
    for (const finding of sortFindings(report.findings)) {
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
                    ...(tool ? {} : { version: report.version, informationUri: (0,catalogue/* projectUrl */.Vn)() }),
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
                artifactLocation: { uri: percentEncodedPath(fix.file), uriBaseId: '%SRCROOT%' },
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
const sarif_text_KEYS = ['$schema', 'version', 'runs', 'tool', 'results', 'ruleId', 'ruleIndex', 'level', 'message', 'text', 'locations', 'physicalLocation', 'artifactLocation', 'uri', 'uriBaseId', 'region', 'startLine', 'startColumn', 'endLine', 'endColumn'];
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
    if (sarif_text_KEYS.some((key) => redactValue(key) !== key)) {
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
    writeTextAtomically((0,external_node_path_.join)(directory, name), source, { root: directory, directoryMode: 0o700 });
    return (0,external_node_path_.join)(directory, name);
}

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
        const envPatterns = valueAt(config.values, 'redact.env-patterns') ?? [];
        for (const refusal of registerKnownSecrets(redactor, env, [], envPatterns))
            refused.push(refusal);
        for (const [label, refusal] of refusedVariables(refused))
            runner.warning(`${label} is ${describeRefusal(refusal, redactor.minLength)}; it is not masked (masking it would mangle the log and protect nothing).`);
        stateRoot = resolveStateRoot(env, (message) => runner.warning(message));
        const lock = new LockfileLock(statePath(stateRoot, 'locks'));
        const ledger = new Ledger(ledgerPath(stateRoot), lock, {
            redactor,
            requireAnchor: valueAt(config.values, 'audit.require-anchor') === true,
            onNotice: (message) => runner.warning(message),
            origin: recordOrigin(env),
        });
        const links = repositoryLinks(env);
        // No gate starts while a rollback restores files (checkpoint-restore checks it itself: its rollback sets the marker).
        if (!definition.checksQuiesce)
            await awaitQuiesce(stateRoot, quiescePolicy(config), (marker) => runner.info(`Waiting: a rollback of gate "${marker.gate}" (run ${marker.run}) has quiesced the gates since ${marker.since}.`));
        const stateSettings = stepStateSettings(inputs, config, env);
        const state = await openStepState(stateSettings, stateRoot, env, ledger, runner);
        const outcome = await definition.run({ inputs, runner, redactor, env, workspace, config, stateRoot, lock, ledger, state, links });
        // Waivers are the core's, for every action: read, approval-checked and applied before anything is rendered.
        const waivers = await runWaivers({ gate: definition.name, findings: outcome.findings, workspace, path: valueAt(config.values, 'waivers'), env, inputs, runner, redactor, now: Date.now() });
        const waivedOutcome = (await outcome.afterWaivers?.(waivers.findings, waivers.statuses.map(waiverRecord))) ?? {};
        const notes = [...(waivedOutcome.notes ?? []), ...(outcome.notes ?? []), ...state.notes()];
        const appendix = [waivers.section, waivedOutcome.summaryAppendix, outcome.summaryAppendix].filter(Boolean).join('\n');
        // Redacted once, before any renderer escapes or encodes a word of it (an escaped secret no longer matches).
        const report = redactor.redactValue({
            tool: definition.name,
            version: SUITE_VERSION,
            rules: outcome.rules ?? definition.rules,
            // Sorted once here: each renderer sorts again for its own callers, which on sorted input is one pass.
            findings: sortFindings(outcome.nothingToCheck ? [...waivers.findings, nothingToCheckFinding(outcome.nothingToCheck, inputs)] : waivers.findings),
            failOn: outcome.failOn ?? valueAt(config.values, 'fail-on'),
            notes: notes.length > 0 ? notes : undefined,
            waivers: waivers.statuses.map(waiverRecord),
        });
        const verdict = verdictOf(report);
        // Annotations are the runner's: on a terminal the CLI prints every finding itself, once.
        if (runner.kind === 'github' && valueAt(config.values, 'annotations.enabled') !== false) {
            const limit = valueAt(config.values, 'annotations.max-per-severity');
            const batch = renderAnnotations(report.findings, limit, definition.annotationPriority);
            for (const { finding, command } of batch.annotations)
                runner.annotation(command, formatPlain(finding));
            const dropped = batch.dropped.error + batch.dropped.warning + batch.dropped.note;
            if (dropped > 0)
                runner.info(`${dropped} more finding(s) were not annotated (runner limit ${limit} per severity); see the job summary.`);
        }
        runner.appendSummary(summaryOf(definition.renderSummary ?? renderSummary, report, links, appendix || undefined));
        const reportDirectory = statePath(stateRoot, 'reports', definition.name);
        const json = renderJsonReport(report);
        const outputs = {
            verdict,
            'findings-count': String(report.findings.filter((finding) => !finding.waived).length),
            ...outcome.outputs,
            ...waivedOutcome.outputs,
        };
        if (valueAt(config.values, 'reports.sarif') !== false) {
            outputs['sarif-file'] = await writeSarifReport(reportDirectory, `${definition.name}.sarif`, report, redactor);
        }
        if (valueAt(config.values, 'reports.json') !== false) {
            outputs['report-json'] = await writeReportFile(reportDirectory, `${definition.name}.json`, json, redactor);
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
            counts: countBySeverity(report.findings),
            ...runIdentity(env),
            ...(waivers.statuses.length > 0 ? { waivers: waivers.counts } : {}),
        });
        runner.debug(`audit ledger record ${record.lamport} ${record.hash}`);
        const exitCode = gateFails(report) ? exit_codes/* ExitCode */.y.GateFailed : exit_codes/* ExitCode */.y.Pass;
        recordMetric(stateRoot, runner, { action: definition.name, verdict, exitCode, durationMs: performance.now() - started, findings: report.findings, extras: { ...outcome.metrics, ...waiverMetrics(waivers.counts) }, env, now: new Date() });
        const token = inputs.string('token');
        const apiTimeoutMs = env.INPUT_API_TIMEOUT ? inputs.duration('api-timeout', 10_000, connect/* API_TIMEOUT_RANGE */.fL) : undefined;
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
        return capMarkdown(render(report, links), SUMMARY_BYTE_LIMIT);
    const section = capMarkdown(appendix, APPENDIX_BYTE_LIMIT);
    const findings = render(report, links, SUMMARY_BYTE_LIMIT - byteLength(section) - 2);
    return capMarkdown(`${findings}\n${section}\n`, SUMMARY_BYTE_LIMIT);
}
function quiescePolicy(config) {
    return { policy: valueAt(config.values, 'quiesce.policy'), timeoutMs: valueAt(config.values, 'quiesce.timeout-seconds') * 1000 };
}
/** Refused environment variables by label, once each (the default and the configured patterns can both match one). */
function refusedVariables(refused) {
    const variables = new Map();
    for (const { label, refusal } of refused)
        if (label.startsWith('env '))
            variables.set(label, refusal);
    return variables;
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
/** 2^20 one-byte shifts = 1 MiB. */
const TABLE_BITS = 20;
class ShiftTable {
    window;
    shifts = new Uint8Array(1 << TABLE_BITS);
    constructor(literals, shortest) {
        this.window = Math.min(shortest, WINDOW_MAX);
        const window = this.window;
        // No gram of any literal's first `window` bytes ends here: a window can move by its length less the gram's.
        this.shifts.fill(window - 3);
        for (const bytes of literals) {
            for (let end = 3; end < window; end++) {
                const hash = gramHash(bytes[end - 3] | (bytes[end - 2] << 8) | (bytes[end - 1] << 16) | (bytes[end] << 24));
                const shift = window - 1 - end;
                if (shift < this.shifts[hash])
                    this.shifts[hash] = shift;
            }
        }
    }
    /**
     * Calls `candidate(start)` for every start in [from, to - window] where a
     * literal could begin, ascending; every real occurrence is among them.
     */
    scan(haystack, from, to, candidate) {
        const shifts = this.shifts;
        const back = this.window - 1;
        for (let end = from + back; end < to;) {
            const gram = haystack[end - 3] | (haystack[end - 2] << 8) | (haystack[end - 1] << 16) | (haystack[end] << 24);
            const shift = shifts[gramHash(gram)];
            if (shift > 0) {
                end += shift;
                continue;
            }
            candidate(end - back);
            end++;
        }
    }
}
function gramHash(gram) {
    return Math.imul(gram, 0x9e3779b1) >>> (32 - TABLE_BITS);
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
    'uri': (value) => [encodeURIComponent(wellFormed(value)), rfc3986Escaped(wellFormed(value)), new URLSearchParams({ v: value }).toString().slice(2), percentEncodedPath(value)],
    'xml': (value) => [xmlEscaped(value)],
    'html': (value) => [escapeHtmlText(value)],
    'markdown': (value) => [escapeMarkdown(value)],
    'workflow-command': (value) => [escapeCommandData(value), escapeCommandProperty(value)],
    'trimmed-quotes': (value) => (/^["'].*["']$/s.test(value) && value.length > 2 ? [value.slice(1, -1)] : []),
    'powershell-ampersand': (value) => powerShellSections(value),
    'hex': (value) => [Buffer.from(value, 'utf8').toString('hex'), Buffer.from(value, 'utf8').toString('hex').toUpperCase()],
};
/** Every form of one secret worth searching for, the secret itself first, each at least `minLength` long. */
function secretVariants(secret, minLength) {
    const forms = new Set([secret]);
    for (const line of secret.split(/\r?\n/))
        if (line.trim().length >= minLength)
            forms.add(line.trim());
    for (const form of [...forms]) {
        for (const encode of Object.values(ENCODERS))
            for (const encoded of encode(form))
                forms.add(encoded);
    }
    return [...forms].filter((form) => form.length >= minLength);
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
    variants = new Set();
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
        for (const variant of secretVariants(value, this.minLength)) {
            if (this.variants.has(variant))
                continue;
            this.variants.add(variant);
            this.shortestVariantBytes = Math.min(this.shortestVariantBytes, Buffer.byteLength(variant, 'utf8'));
            if (this.rules.length === 0)
                this.unchangedBelow = this.shortestVariantBytes;
            if (isSingleLine(variant))
                for (const listener of this.listeners)
                    listener(variant);
        }
        this.matcher = undefined;
        return undefined;
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
    /** Every form of every known secret, for matchers over bytes (redact-logs). */
    forms() {
        return [...this.variants];
    }
    /** Where known secrets occur in these bytes. */
    findKnown(bytes, from = 0, to = bytes.length) {
        if (this.variants.size === 0)
            return [];
        return this.compiled()
            .findAll(bytes, from, to)
            .map((match) => ({ start: match.start, end: match.end, ruleId: KNOWN_SECRET_RULE }));
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
    compiled() {
        this.matcher ??= new LiteralMatcher([...this.variants].map((variant) => Buffer.from(variant, 'utf8')));
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
        redactor.onSecret((value) => this.write(`::add-mask::${escapeCommandData(value)}\n`));
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
        this.write(`::warning::${escapeCommandData(this.safe(line))}\n`);
    }
    debug(line) {
        this.write(`::debug::${escapeCommandData(this.safe(line))}\n`);
    }
    annotation(command) {
        this.write(`${this.safe(command)}\n`);
    }
    async group(title, body) {
        this.write(`::group::${escapeCommandData(this.safe(title))}\n`);
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
            this.write(`${legacyCommand === 'set-output' ? '\n' : ''}${formatCommand(legacyCommand, { name }, value)}\n`);
    }
    safe(text) {
        return this.redactor.redact(text);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/action/run-main.ts





/** The whole body of an action bundle's entry point: run on the GitHub runner, set the exit code. */
async function runMain(definition) {
    const redactor = new Redactor();
    const runner = new GitHubRunner(process.env, redactor);
    installCrashHandlers({ env: process.env, runner, redactor }, definition.name);
    process.exitCode = await runAction(definition, { env: process.env, runner, redactor });
    // A state transport given up at its deadline may leave a hung socket or the client's retry timers behind: the step ends now, not when they do.
    if (transportAbandoned())
        process.exit(process.exitCode);
}

;// CONCATENATED MODULE: ./packages/core/src/audit/gate-verdicts.ts

/**
 * Gate verdicts in the ledger, and what they add up to for one commit. Pure
 * but for reading the environment in recordedBy.
 *
 * - The suite's own actions record their verdicts themselves (events with
 *   `action`); their names are reserved: `gates audit record` cannot write a
 *   pin-check pass, and a `gate: pin-check` record counts for nothing.
 * - A custom gate's verdict (`gates audit record`) names who recorded it and
 *   from which workflow.
 * - A failure stands: a later pass for the same gate and commit does not
 *   overturn it. Only an override (`gates audit override`, with a reason, and
 *   recorded like everything else) sets earlier failures aside, after which
 *   the gate needs a pass again.
 */
const SUITE_GATES = ['pin-check', 'perf-sla', 'redact-logs', 'rbac-guard', 'env-guard', 'drift-check', 'security-gate', 'checkpoint-restore', 'config-check', 'fs-lock-test', 'command-check', 'hydration-check', 'docs-check'];
function isReservedGate(gate) {
    return SUITE_GATES.includes(gate);
}
/** Who is recording, from the runner's environment (or the local user, on a terminal). */
function recordedBy(env) {
    const by = { actor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || `${localUser()} (local)` };
    const optional = { workflow: env.GITHUB_WORKFLOW_REF || env.GITHUB_WORKFLOW, job: env.GITHUB_JOB, run: env.GITHUB_RUN_ID, attempt: env.GITHUB_RUN_ATTEMPT, repository: env.GITHUB_REPOSITORY };
    for (const [key, value] of Object.entries(optional))
        if (value)
            by[key] = value;
    return by;
}
function gateVerdictEvent(gate, verdict, sha, by) {
    return { kind: 'gate-verdict', gate, verdict, sha, recordedBy: by };
}
function gateOverrideEvent(gate, sha, reason, by) {
    return { kind: 'gate-override', gate, sha, reason, recordedBy: by };
}
/** Each gate's standing for one commit, from the ledger's records in order. */
function gateStatuses(records, sha) {
    const statuses = new Map();
    if (!sha)
        return statuses;
    const statusOf = (gate) => statuses.get(gate) ?? statuses.set(gate, { status: 'missing', overrides: [] }).get(gate);
    for (const record of records) {
        const event = record.event;
        if (event.sha !== sha)
            continue;
        if (event.kind === 'gate-override') {
            if (typeof event.gate !== 'string')
                continue;
            const status = statusOf(event.gate);
            status.overrides.push({ by: describeRecorder(event.recordedBy), reason: String(event.reason ?? '') });
            status.status = 'missing';
            status.source = undefined;
            status.record = undefined;
            continue;
        }
        const verdict = gate_verdicts_verdictOf(event);
        if (!verdict)
            continue;
        const status = statusOf(verdict.gate);
        if (verdict.verdict === 'fail' || status.status !== 'fail') {
            status.status = verdict.verdict;
            status.source = verdict.source;
            status.record = record.hash;
        }
    }
    return statuses;
}
/** The gate a record gives a verdict for, if any: an action's own record, or a custom gate's under a name that is not reserved. */
function gate_verdicts_verdictOf(event) {
    if (event.verdict !== 'pass' && event.verdict !== 'fail' && event.verdict !== 'empty')
        return undefined;
    if (typeof event.action === 'string' && event.kind === undefined) {
        // rbac-guard's own decisions are not gate verdicts.
        if (event.action === 'rbac-guard')
            return undefined;
        return { gate: event.action, verdict: event.verdict, source: `${event.action} action${typeof event.run_id === 'string' ? `, run ${event.run_id}` : ''}` };
    }
    // A custom gate records pass or fail only (`gates audit record`).
    if (event.verdict === 'empty' || typeof event.gate !== 'string' || isReservedGate(event.gate))
        return undefined;
    return { gate: event.gate, verdict: event.verdict, source: `recorded by ${describeRecorder(event.recordedBy)}` };
}
function describeRecorder(by) {
    if (!by || typeof by !== 'object')
        return typeof by === 'string' ? by : 'an unknown recorder';
    const { actor, workflow, job, run } = by;
    const where = [workflow && `workflow ${workflow}`, job && `job ${job}`, run && `run ${run}`].filter(Boolean).join(', ');
    return `${actor ?? 'an unknown actor'}${where ? ` (${where})` : ''}`;
}
function localUser() {
    try {
        return userInfo().username;
    }
    catch {
        return 'unknown user';
    }
}

;// CONCATENATED MODULE: ./packages/core/src/documents/read-document-file.ts


/** Reads a file up to `maxBytes`; a larger one is refused (GATES_E_DOCUMENT_TOO_LARGE) before it is read whole. */
function readDocumentFile(path, shown, maxBytes) {
    const label = `file ${shown}`;
    try {
        return { label, bytes: readRegularFile(path, { maxBytes }), file: shown };
    }
    catch (error) {
        if (error instanceof UnreadableFile && error.kind === 'too-large')
            throw documentTooLarge(label, maxBytes);
        throw error;
    }
}
function documentTooLarge(source, maxBytes) {
    return new GatesError('GATES_E_DOCUMENT_TOO_LARGE', { source, limit: `${maxBytes} bytes` });
}

;// CONCATENATED MODULE: ./packages/core/src/documents/json-reader.ts

class json_reader_JsonReadError extends Error {
    kind;
    offset;
    key;
    constructor(kind, message, 
    /** UTF-16 offset in the text: of the offending character, or of the second occurrence of the key. */
    offset, key) {
        super(message);
        this.kind = kind;
        this.offset = offset;
        this.key = key;
    }
}
/**
 * A JSON reader (RFC 8259) that JSON.parse cannot replace on Node 20, which
 * has no access to a number's source text: numbers keep their exact value
 * (`exact` mode), a key twice in one object is an error (JSON.parse keeps the
 * last one silently), `__proto__` is a key like any other. An explicit
 * stack, not recursion, so nesting depth is bounded by memory only, as with
 * JSON.parse. A leading byte order mark is skipped.
 */
function json_reader_readJson(text, numbers = 'plain') {
    let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const stack = [];
    const fail = (message, at = pos) => {
        throw new json_reader_JsonReadError('syntax', at >= text.length ? `${message}: the text ends` : `${message}, found ${JSON.stringify(text[at])}`, at);
    };
    const skipSpace = () => {
        for (let c = text.charCodeAt(pos); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++pos))
            ;
    };
    const readString = () => {
        const start = ++pos;
        for (;;) {
            const c = text.charCodeAt(pos);
            if (c === 0x22)
                return text.slice(start, pos++);
            if (c === 0x5c)
                return readEscapedString(start - 1);
            if (c < 0x20 || Number.isNaN(c))
                fail('the closing quote of a string was expected (control characters must be escaped)');
            pos++;
        }
    };
    // Strings with escapes are rare: find the closing quote, then let JSON.parse decode (and check) the escapes.
    const readEscapedString = (quote) => {
        for (;;) {
            const c = text.charCodeAt(pos);
            if (c === 0x22)
                break;
            if (c < 0x20 || Number.isNaN(c))
                fail('a string was not closed');
            pos += c === 0x5c ? 2 : 1;
        }
        try {
            return JSON.parse(text.slice(quote, ++pos));
        }
        catch {
            return fail('a valid escape sequence was expected', text.indexOf('\\', quote));
        }
    };
    const digits = () => {
        const start = pos;
        for (let c = text.charCodeAt(pos); c >= 0x30 && c <= 0x39; c = text.charCodeAt(++pos))
            ;
        return pos - start;
    };
    const readNumber = () => {
        const start = pos;
        const negative = text.charCodeAt(pos) === 0x2d;
        if (negative)
            pos++;
        const first = text.charCodeAt(pos);
        // The integer part's value, read as it is scanned: exact up to 15 digits, so most integers need no slice.
        let whole = 0;
        if (first === 0x30)
            pos++;
        else if (first >= 0x31 && first <= 0x39) {
            for (let c = first; c >= 0x30 && c <= 0x39; c = text.charCodeAt(++pos))
                whole = whole * 10 + (c - 0x30);
        }
        else
            fail('a digit was expected');
        let count = pos - start - (negative ? 1 : 0);
        let integer = true;
        if (text.charCodeAt(pos) === 0x2e) {
            pos++;
            const fraction = digits();
            if (fraction === 0)
                fail('a digit was expected after the decimal point');
            count += fraction;
            integer = false;
        }
        const e = text.charCodeAt(pos);
        if (e === 0x65 || e === 0x45) {
            pos++;
            const sign = text.charCodeAt(pos);
            if (sign === 0x2b || sign === 0x2d)
                pos++;
            if (digits() === 0)
                fail('a digit was expected in the exponent');
            integer = false;
        }
        // Up to 15 digits and no fraction or exponent: every such integer is a double exactly (-0 included).
        if (integer && count <= 15)
            return negative ? -whole : whole;
        const source = text.slice(start, pos);
        return numbers === 'plain' ? Number(source) : exactNumber(source, count, integer);
    };
    const readLiteral = (c) => {
        const [word, literal] = c === 0x74 ? ['true', true] : c === 0x66 ? ['false', false] : ['null', null];
        if (!text.startsWith(word, pos))
            fail('a value was expected');
        pos += word.length;
        return literal;
    };
    const readKey = (object) => {
        skipSpace();
        if (text.charCodeAt(pos) !== 0x22)
            fail('a key (a string) was expected');
        const at = pos;
        const key = readString();
        if (Object.hasOwn(object, key))
            throw new json_reader_JsonReadError('duplicate-key', `the key ${JSON.stringify(key.slice(0, 80))} appears twice in one object`, at, key);
        skipSpace();
        if (text.charCodeAt(pos) !== 0x3a)
            fail('a colon after the key was expected');
        pos++;
        return key;
    };
    let value;
    for (;;) {
        // Read one value; an opened container that is not empty goes on the stack and its first member is read next.
        skipSpace();
        const c = text.charCodeAt(pos);
        if (c === 0x7b) {
            const object = {};
            pos++;
            skipSpace();
            if (text.charCodeAt(pos) !== 0x7d) {
                stack.push({ container: object, key: readKey(object) });
                continue;
            }
            pos++;
            value = object;
        }
        else if (c === 0x5b) {
            const array = [];
            pos++;
            skipSpace();
            if (text.charCodeAt(pos) !== 0x5d) {
                stack.push({ container: array, key: undefined });
                continue;
            }
            pos++;
            value = array;
        }
        else if (c === 0x22)
            value = readString();
        else if (c === 0x2d || (c >= 0x30 && c <= 0x39))
            value = readNumber();
        else
            value = readLiteral(c);
        // Hand the value to its container; close every container that ends here.
        let next = false;
        while (!next) {
            const frame = stack[stack.length - 1];
            if (!frame) {
                skipSpace();
                if (pos < text.length)
                    fail('the end of the document was expected');
                return value;
            }
            const { container } = frame;
            if (Array.isArray(container))
                container.push(value);
            else if (frame.key === '__proto__')
                Object.defineProperty(container, '__proto__', { value, enumerable: true, writable: true, configurable: true });
            else
                container[frame.key] = value;
            skipSpace();
            const d = text.charCodeAt(pos++);
            if (d === 0x2c) {
                if (!Array.isArray(container))
                    frame.key = readKey(container);
                next = true;
            }
            else if (d === (Array.isArray(container) ? 0x5d : 0x7d)) {
                stack.pop();
                value = container;
            }
            else
                fail(Array.isArray(container) ? 'a comma or ] was expected' : 'a comma or } was expected', pos - 1);
        }
    }
}
/** 1-based line and column (UTF-16 units) of an offset, for messages. */
function json_reader_lineColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
        line++;
        lineStart = at + 1;
    }
    return { line, column: offset - lineStart + 1 };
}

;// CONCATENATED MODULE: ./packages/core/src/documents/parse-document.ts




async function parseDocument(source, options = {}) {
    const numbers = options.numbers ?? 'plain';
    const text = source.bytes.toString('utf8');
    if (text.trim() === '')
        throw new GatesError('GATES_E_DOCUMENT_INVALID', { source: source.label, reason: 'it is empty' });
    let jsonProblem;
    try {
        return readJson(text, numbers);
    }
    catch (error) {
        if (!(error instanceof JsonReadError))
            throw error;
        const { line, column } = lineColumn(text, error.offset);
        if (error.kind === 'duplicate-key')
            throw duplicateKey(source, `the key ${JSON.stringify(error.key.slice(0, 80))}`, line, column);
        jsonProblem = `${error.message} at line ${line}, column ${column}`;
    }
    const { parseDocument: parseYaml, isScalar } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 38815, 19));
    // logLevel error: yaml would print a warning for a JsonNumber used as a key (it is stringified, as any number key is).
    const document = parseYaml(text, { uniqueKeys: sameYamlKeyWith(isScalar), merge: false, logLevel: 'error', ...(numbers === 'exact' ? { customTags: exactYamlNumbers } : {}) });
    const [first] = document.errors;
    if (first?.code === 'DUPLICATE_KEY' && first.linePos)
        throw duplicateKey(source, 'a key', first.linePos[0].line, first.linePos[0].col);
    if (first)
        throw invalid(source, `it is neither JSON (${jsonProblem}) nor YAML (${first.message.split('\n')[0]})`);
    try {
        return document.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
    }
    catch (error) {
        // yaml refuses an alias bomb while expanding it: a hostile document, not a bug in the action.
        throw invalid(source, `its YAML aliases expand to more than ${MAX_ALIAS_EXPANSIONS} nodes (${error.message})`);
    }
}
/** Alias expansions allowed while loading YAML: far above any real document's, far below a billion laughs. */
const MAX_ALIAS_EXPANSIONS = 100;
function duplicateKey(source, key, line, column) {
    return new GatesError('GATES_E_DOCUMENT_DUPLICATE_KEY', { source: source.label, key, line, column }, source.file ? { location: { file: source.file, line, column } } : {});
}
function invalid(source, reason) {
    return new GatesError('GATES_E_DOCUMENT_INVALID', { source: source.label, reason });
}

// EXTERNAL MODULE: ./packages/core/src/files/suite-root.ts
var suite_root = __nccwpck_require__(37630);
;// CONCATENATED MODULE: ./packages/core/src/files/discover-files.ts





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
    const excluded = globMatcher(options.exclude ?? []);
    const display = (path) => (isInside(path, workspace) ? relative(workspace, path).split(sep).join('/') : path);
    for (const pattern of patterns) {
        const before = discovery.files.length + discovery.skipped.length;
        const { base, glob } = splitPattern(pattern, workspace);
        const matches = glob ? globMatcher([glob]) : () => true;
        // A pattern longer than a path can be names nothing: a miss, like any other name that is not there.
        const startStats = lstatOrUndefined(base, 'ENAMETOOLONG');
        // The walk follows no link; the directories above where it starts are resolved once and must stay inside the root.
        const top = glob || startStats?.isDirectory() ? base : dirname(base);
        const root = isInside(base, workspace) ? workspace : top;
        const leak = startStats ? escapes(root, top) : undefined;
        if (leak) {
            discovery.skipped.push({ display: display(base), reason: leak, outside: true });
            continue;
        }
        const visit = (path, stats) => {
            if (!stats)
                return;
            const rel = relative(base, path).split(sep).join('/') || basename(path);
            if (excluded(display(path)))
                return;
            if (stats.isSymbolicLink()) {
                if (matches(rel))
                    discovery.skipped.push({ display: display(path), reason: 'symbolic link (not followed)' });
                return;
            }
            if (stats.isDirectory()) {
                for (const entry of listDirectory(path))
                    visit(join(path, entry), lstatOrUndefined(join(path, entry)));
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
        containedDirectory(root, directory);
        return undefined;
    }
    catch (error) {
        if (!(error instanceof PathOutside))
            throw error;
        return `a symbolic link on its path leads outside the workspace (to ${error.real}); not followed`;
    }
}
/** `logs/**\/*.log` → base `logs`, glob `**\/*.log`: only the base is walked. */
function splitPattern(pattern, workspace) {
    const segments = pattern.split('/');
    const firstGlob = segments.findIndex((segment) => GLOB_CHARS.test(segment));
    if (firstGlob < 0)
        return { base: resolve(workspace, pattern) };
    const base = segments.slice(0, firstGlob).join('/') || (pattern.startsWith('/') ? '/' : '.');
    return { base: resolve(workspace, base), glob: segments.slice(firstGlob).join('/') };
}
/** undefined when nothing is there (a miss, or an entry gone since its directory was listed). */
function lstatOrUndefined(path, alsoMissing) {
    try {
        return lstatSync(path);
    }
    catch (error) {
        const { code } = error;
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === alsoMissing)
            return undefined;
        throw discover_files_filesystemError(path, error);
    }
}
function listDirectory(path) {
    try {
        return readdirSync(path).sort();
    }
    catch (error) {
        throw discover_files_filesystemError(path, error);
    }
}
function discover_files_filesystemError(path, error) {
    const { code, message } = error;
    const reason = code === 'EACCES' || code === 'EPERM' ? `cannot be read (${code}: permission denied)` : `cannot be read (${code ?? message})`;
    return new GatesError('GATES_E_FILESYSTEM', { path, reason }, { cause: error });
}
function basename(path) {
    return path.split(sep).pop() ?? path;
}

// EXTERNAL MODULE: ./packages/core/src/github/api-client.ts
var api_client = __nccwpck_require__(45561);
;// CONCATENATED MODULE: ./packages/core/src/github/paginate.ts


/**
 * Every item of a GitHub list endpoint, page after page, as GitHub's
 * pagination docs prescribe: request 100 per page and follow the `rel="next"`
 * link of the `Link` header until there is none. The link's page parameters
 * (`page`, `before`/`after`, `since`...) are applied to the same route on the
 * same API host: the token is never sent to a URL taken from a response, and
 * GitHub's links name `/repositories/{id}/...` paths anyway.
 *
 * The first page's non-success answer is returned as it is, for the caller's
 * `requireAnswer`/`answerOrAbsent`; a page that is not a list, a link that
 * does not advance, or a failure on a later page throws (exit 3): a decision
 * is never made from part of a list.
 */
async function getAllPages(api, route, params, limits) {
    const label = (0,api_client/* describeRoute */.fx)(route, params);
    const pathParams = new Set([...route.matchAll(/\{(\w+)\}/g)].map((match) => match[1]));
    const items = [];
    const seen = new Set();
    let pageParams = { per_page: 100 };
    for (let page = 1;; page++) {
        const result = await api.get(route, { ...params, ...pageParams });
        if (!result.ok) {
            if (page === 1)
                return result;
            throw new gates_error/* GatesError */.xx('GATES_E_API_MALFORMED', { route: label, reason: `page ${page} answered ${result.status} (${result.message}) after page 1 succeeded` });
        }
        if (!Array.isArray(result.data))
            throw new gates_error/* GatesError */.xx('GATES_E_API_MALFORMED', { route: label, reason: `page ${page} is not a list` });
        for (const item of result.data)
            items.push(item);
        const nextUrl = nextLink(result.link);
        if (nextUrl === undefined)
            return { ok: true, status: 200, data: items };
        const next = pageQuery(nextUrl, pathParams);
        if (!next)
            throw new gates_error/* GatesError */.xx('GATES_E_API_MALFORMED', { route: label, reason: `page ${page} links a next page gates cannot follow (${nextUrl.slice(0, 200)})` });
        const key = JSON.stringify(next);
        if (seen.has(key))
            throw new gates_error/* GatesError */.xx('GATES_E_API_MALFORMED', { route: label, reason: `the next-page link repeats (${key}): pagination does not advance` });
        seen.add(key);
        if (page >= limits.maxPages) {
            if (limits.beyond === 'truncate')
                return { ok: true, status: 200, data: items };
            throw new gates_error/* GatesError */.xx('GATES_E_API_MALFORMED', { route: label, reason: `more than ${limits.maxPages} pages; gates does not decide from part of a list` });
        }
        pageParams = { per_page: 100, ...next };
    }
}
/** The `rel="next"` target of a Link header (RFC 8288), or undefined on the last page. */
function nextLink(link) {
    for (const entry of link?.split(/,(?=\s*<)/) ?? []) {
        const match = /^\s*<([^>]*)>(.*)$/.exec(entry);
        const rel = match ? /;\s*rel\s*=\s*"?([^";]*)"?/i.exec(match[2]) : null;
        if (match && rel && rel[1].trim().split(/\s+/).includes('next'))
            return match[1];
    }
    return undefined;
}
/** The page parameters of a next link, without any that would rename the route's own path parameters; undefined when it has none. */
function pageQuery(target, pathParams) {
    let url;
    try {
        url = new URL(target);
    }
    catch {
        return undefined;
    }
    // fromEntries defines own properties: a parameter named __proto__ stays data.
    const query = Object.fromEntries([...url.searchParams].filter(([name]) => !pathParams.has(name)));
    return Object.keys(query).length > 0 ? query : undefined;
}

// EXTERNAL MODULE: ./packages/core/src/github/retry-policy.ts
var retry_policy = __nccwpck_require__(72142);
;// CONCATENATED MODULE: ./packages/core/src/json/json-scanner.ts
/**
 * A streaming JSON reader over bytes for files too large to `JSON.parse`
 * whole (a 200 MB SARIF log, a Jest report): it walks the structure the
 * handler enters, hands out the values it selects (each parsed on its own:
 * one SARIF result or one test at a time) and skips the rest without
 * building them. Memory: one read, plus the value being captured. No I/O.
 */
class JsonSyntaxError extends Error {
    offset;
    constructor(message, 
    /** Byte offset in the whole input. */
    offset) {
        super(message);
        this.offset = offset;
    }
}
const MAX_TOKEN_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
const MAX_CAPTURE_BYTES = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
const WHITESPACE = new Uint8Array(256);
for (const byte of [0x20, 0x0a, 0x0d, 0x09])
    WHITESPACE[byte] = 1;
const DELIMITER = new Uint8Array(256);
for (const byte of [0x20, 0x0a, 0x0d, 0x09, 0x2c, 0x7d, 0x5d])
    DELIMITER[byte] = 1;
class JsonScanner {
    handler;
    carry = Buffer.alloc(0);
    /** Bytes of input before `carry`'s first byte. */
    consumed = 0;
    frames = [];
    path = [];
    rootDone = false;
    skipping;
    constructor(handler) {
        this.handler = handler;
    }
    push(chunk) {
        let buffer = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
        if (this.consumed === 0 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
            this.consumed = 3;
            buffer = buffer.subarray(3);
        }
        const stop = this.run(buffer, false);
        this.consumed += stop;
        this.carry = stop === buffer.length ? Buffer.alloc(0) : Buffer.from(buffer.subarray(stop));
        if (this.carry.length > MAX_TOKEN_BYTES)
            throw new JsonSyntaxError(`a key or number longer than ${MAX_TOKEN_BYTES} bytes`, this.consumed);
    }
    end() {
        const stop = this.run(this.carry, true);
        const at = this.consumed + stop;
        if (this.skipping || this.frames.length > 0)
            throw new JsonSyntaxError('the document ends inside a value (truncated?)', at);
        if (!this.rootDone)
            throw new JsonSyntaxError('no JSON value', at);
    }
    /** Processes what is complete; returns where an incomplete token starts (or the end). */
    run(buffer, final) {
        let at = 0;
        for (;;) {
            if (this.skipping) {
                at = this.continueSkipping(buffer, at);
                if (!this.skipping.done)
                    return buffer.length;
                this.finishSkipping();
                continue;
            }
            while (at < buffer.length && WHITESPACE[buffer[at]] === 1)
                at++;
            if (at >= buffer.length)
                return at;
            const frame = this.frames[this.frames.length - 1];
            if (!frame) {
                if (this.rootDone)
                    this.fail('content after the JSON value', at);
                const next = this.startValue(buffer, at, final);
                if (next < 0)
                    return at;
                at = next;
                continue;
            }
            const byte = buffer[at];
            switch (frame.expect) {
                case 'key-or-end':
                case 'key': {
                    if (byte === 0x7d && frame.expect === 'key-or-end') {
                        this.close();
                        at++;
                        break;
                    }
                    if (byte !== 0x22)
                        this.fail('expected a key in quotes', at);
                    const end = json_scanner_stringEnd(buffer, at + 1);
                    if (end < 0)
                        return final ? this.fail('the document ends inside a key', at) : at;
                    this.path[this.path.length - 1] = JSON.parse(buffer.toString('utf8', at, end + 1));
                    frame.expect = 'colon';
                    at = end + 1;
                    break;
                }
                case 'colon':
                    if (byte !== 0x3a)
                        this.fail('expected ":"', at);
                    frame.expect = 'value';
                    at++;
                    break;
                case 'value-or-end':
                case 'value': {
                    if (byte === 0x5d && frame.expect === 'value-or-end') {
                        this.close();
                        at++;
                        break;
                    }
                    const next = this.startValue(buffer, at, final);
                    if (next < 0)
                        return at;
                    at = next;
                    break;
                }
                case 'comma-or-end':
                    if (byte === 0x2c) {
                        if (frame.kind === 'object')
                            frame.expect = 'key';
                        else {
                            this.path[this.path.length - 1] = this.path[this.path.length - 1] + 1;
                            frame.expect = 'value';
                        }
                        at++;
                    }
                    else if ((byte === 0x7d && frame.kind === 'object') || (byte === 0x5d && frame.kind === 'array')) {
                        this.close();
                        at++;
                    }
                    else
                        this.fail(`expected "," or "${frame.kind === 'object' ? '}' : ']'}"`, at);
                    break;
            }
        }
    }
    /** A value starts at `at`: entered, or skipped or captured (strings and containers, across reads), or read whole (numbers and literals). Returns -1 when incomplete. */
    startValue(buffer, at, final) {
        const byte = buffer[at];
        const decision = this.handler.select(this.path);
        if (byte === 0x7b || byte === 0x5b) {
            if (decision === 'enter') {
                const kind = byte === 0x7b ? 'object' : 'array';
                this.frames.push({ kind, expect: kind === 'object' ? 'key-or-end' : 'value-or-end' });
                this.path.push(kind === 'object' ? '' : 0);
                return at + 1;
            }
            this.skipping = { depth: 1, inString: false, escape: false, done: false, parts: decision === 'capture' ? [] : undefined, bytes: 0, start: this.consumed + at };
            this.skipping.parts?.push(Buffer.from(buffer.subarray(at, at + 1)));
            return at + 1;
        }
        if (byte === 0x22) {
            this.skipping = { depth: 0, inString: true, escape: false, done: false, parts: decision === 'skip' ? undefined : [], bytes: 0, start: this.consumed + at };
            this.skipping.parts?.push(Buffer.from(buffer.subarray(at, at + 1)));
            return at + 1;
        }
        let end = at;
        while (end < buffer.length && DELIMITER[buffer[end]] !== 1)
            end++;
        if (end === buffer.length && !final)
            return -1;
        let value;
        try {
            value = JSON.parse(buffer.toString('latin1', at, end));
        }
        catch {
            this.fail(`not a JSON value: ${buffer.toString('latin1', at, Math.min(end, at + 20))}`, at);
        }
        if (decision !== 'skip')
            this.handler.value(this.path, value, this.consumed + at);
        this.afterValue();
        return end;
    }
    /** Bytes of a skipped or captured value until it ends (strings and nesting tracked); returns where it stopped. */
    continueSkipping(buffer, from) {
        const state = this.skipping;
        let at = from;
        for (; at < buffer.length; at++) {
            const byte = buffer[at];
            if (state.inString) {
                if (state.escape)
                    state.escape = false;
                else if (byte === 0x5c)
                    state.escape = true;
                else if (byte === 0x22) {
                    state.inString = false;
                    if (state.depth === 0)
                        break;
                }
            }
            else if (byte === 0x22)
                state.inString = true;
            else if (byte === 0x7b || byte === 0x5b)
                state.depth++;
            else if (byte === 0x7d || byte === 0x5d) {
                if (--state.depth === 0)
                    break;
            }
        }
        if (at < buffer.length) {
            state.done = true;
            at++;
        }
        if (state.parts) {
            state.bytes += at - from;
            if (state.bytes > MAX_CAPTURE_BYTES)
                throw new JsonSyntaxError(`a value longer than ${MAX_CAPTURE_BYTES} bytes`, state.start);
            state.parts.push(Buffer.from(buffer.subarray(from, at)));
        }
        return at;
    }
    finishSkipping() {
        const state = this.skipping;
        this.skipping = undefined;
        if (state.parts) {
            let value;
            try {
                value = JSON.parse(Buffer.concat(state.parts).toString('utf8'));
            }
            catch (error) {
                throw new JsonSyntaxError(`invalid JSON: ${error.message}`, state.start);
            }
            this.handler.value(this.path, value, state.start);
        }
        this.afterValue();
    }
    close() {
        this.handler.leave?.(this.path.slice(0, -1));
        this.frames.pop();
        this.path.pop();
        this.afterValue();
    }
    afterValue() {
        const parent = this.frames[this.frames.length - 1];
        if (parent)
            parent.expect = 'comma-or-end';
        else
            this.rootDone = true;
    }
    fail(message, at) {
        throw new JsonSyntaxError(message, this.consumed + at);
    }
}
/** The closing quote of a string whose content starts at `from`; -1 when not in this buffer. */
function json_scanner_stringEnd(buffer, from) {
    for (let at = from; at < buffer.length; at++) {
        const byte = buffer[at];
        if (byte === 0x5c)
            at++;
        else if (byte === 0x22)
            return at;
    }
    return -1;
}

;// CONCATENATED MODULE: ./packages/core/src/waivers/review-waivers.ts


/**
 * Each waiver of the file judged against the policy and the clock alone (no
 * findings, no API): the policy caps, expired, or expiring within the
 * policy's warning window. Pure: the clock comes in. Matching (stale) and
 * approval need a run, and a run reports them.
 */
function reviewWaivers(set, now) {
    return set.waivers.map((waiver) => {
        const line = set.lines.get(waiver.id);
        const problem = policyProblem(waiver, set.policy, now);
        if (problem)
            return { waiver, line, standing: 'rejected', detail: `would not be applied: ${problem}` };
        const end = endInstant(waiver.expires, set.policy.timezone);
        if (end <= now)
            return { waiver, line, standing: 'expired', detail: `expired ${describeSpan(now - end)} ago (${waiver.expires})` };
        if (end - now <= set.policy.warnWithinDays * DAY_MS)
            return { waiver, line, standing: 'expiring', detail: `expires in ${describeSpan(end - now)} (${waiver.expires}): renew it or fix the findings` };
        return { waiver, line, standing: 'valid', detail: `valid until ${waiver.expires} (in ${describeSpan(end - now)})` };
    });
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts
// The public surface of @gates/core: everything an action or the CLI needs.
































































// escapeMarkdown and inlineCode stay inside the core: actions escape through markdownText, which redacts first.









































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

/***/ 6220:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   SB: () => (/* binding */ readRegularFileIfExists),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   ie: () => (/* binding */ UnreadableFile)
/* harmony export */ });
/* unused harmony export openRegularFile */
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

/***/ 31470:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SH: () => (/* binding */ repositoryPath),
/* harmony export */   fw: () => (/* binding */ fileAtCommit)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(15170);
/* harmony import */ var _github_api_client_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(45561);
/* harmony import */ var _config_load_file_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(15805);
/* harmony import */ var _github_contents_route_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(94063);






/** Base64 as the contents API writes it: the alphabet, `=` padding, lines wrapped with "\n". */
const BASE64 = /^[A-Za-z0-9+/=\s]*$/;
/**
 * The path of a config file inside the repository, as the contents API takes
 * it; undefined when it is not inside the workspace (an absolute path or one
 * that climbs out names no file of the base commit). Pure.
 */
function repositoryPath(display) {
    if (display.startsWith('/') || /^[A-Za-z]:[\\/]/.test(display))
        return undefined;
    const path = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(display.replace(/\\/g, '/'));
    if (path === '.' || path === '..' || path.startsWith('../') || path.startsWith('/'))
        return undefined;
    return path.replace(/^\.\//, '');
}
/**
 * A config file's text at a commit, through the contents API (the JSON form:
 * `type: file`, base64 `content`, which GitHub sends for files up to 1 MB).
 * Undefined when the commit has no such file (404). An answer of another shape
 * (a directory's listing, a symlink, no content, content that is not base64 or
 * not UTF-8) decides nothing: exit 3. API failures throw as the client's (exit 3).
 */
async function fileAtCommit(api, repository, path, sha) {
    const params = { ...repository, ref: sha };
    const route = (0,_github_api_client_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRoute */ .fx)((0,_github_contents_route_js__WEBPACK_IMPORTED_MODULE_4__/* .contentsRoute */ .I)(path), params);
    const data = (0,_github_api_client_js__WEBPACK_IMPORTED_MODULE_2__/* .answerOrAbsent */ .rY)(await api.get((0,_github_contents_route_js__WEBPACK_IMPORTED_MODULE_4__/* .contentsRoute */ .I)(path), params), `${path} at ${sha}`);
    if (data === undefined)
        return undefined;
    const malformed = (reason) => new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_API_MALFORMED', { route, reason });
    if (!data || typeof data !== 'object' || Array.isArray(data))
        throw malformed(`${path} is not a file at ${sha.slice(0, 7)} (the answer is ${Array.isArray(data) ? "a directory's listing" : 'not an object'})`);
    const file = data;
    if (file.type !== 'file')
        throw malformed(`${path} is not a file at ${sha.slice(0, 7)} (type ${JSON.stringify(file.type)})`);
    const size = typeof file.size === 'number' ? file.size : undefined;
    // Over 1 MB GitHub sends `encoding: none` and no content; a config file that large is refused in a checkout too.
    if (size !== undefined && size > _config_load_file_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_CONFIG_BYTES */ .GW)
        throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_CONFIG_TOO_LARGE', { file: `${path} at ${sha.slice(0, 7)}`, size, limit: _config_load_file_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_CONFIG_BYTES */ .GW });
    if (file.encoding !== 'base64' || typeof file.content !== 'string' || !BASE64.test(file.content))
        throw malformed(`${path} has no base64 content`);
    const bytes = Buffer.from(file.content, 'base64');
    if (size !== undefined && bytes.length !== size)
        throw malformed(`${path}'s content is ${bytes.length} bytes, its size says ${size}`);
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_CONFIG_UNREADABLE', { file: `${path} at ${sha.slice(0, 7)}`, reason: 'it is not valid UTF-8' });
    }
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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
/******/ var __webpack_exports__ = __nccwpck_require__(74962);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
