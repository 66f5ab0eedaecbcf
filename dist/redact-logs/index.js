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

/***/ 93044:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;
var fs = __nccwpck_require__(79896);
var Transform = (__nccwpck_require__(2203).Transform);
var PassThrough = (__nccwpck_require__(2203).PassThrough);
var zlib = __nccwpck_require__(43106);
var util = __nccwpck_require__(39023);
var EventEmitter = (__nccwpck_require__(24434).EventEmitter);
var errorMonitor = (__nccwpck_require__(24434).errorMonitor);
var crc32 = __nccwpck_require__(84928);

exports.u = ZipFile;
__webpack_unused_export__ = dateToDosDateTime;

util.inherits(ZipFile, EventEmitter);
function ZipFile() {
  this.outputStream = new PassThrough();
  this.entries = [];
  this.outputStreamCursor = 0;
  this.ended = false; // .end() sets this
  this.allDone = false; // set when we've written the last bytes
  this.forceZip64Eocd = false; // configurable in .end()
  this.errored = false;
  this.on(errorMonitor, function() {
    this.errored = true;
  });
}

ZipFile.prototype.addFile = function(realPath, metadataPath, options) {
  var self = this;
  metadataPath = validateMetadataPath(metadataPath, false);
  if (options == null) options = {};

  if (shouldIgnoreAdding(self)) return;
  var entry = new Entry(metadataPath, false, options);
  self.entries.push(entry);
  fs.stat(realPath, function(err, stats) {
    if (err) return self.emit("error", err);
    if (!stats.isFile()) return self.emit("error", new Error("not a file: " + realPath));
    entry.uncompressedSize = stats.size;
    if (options.mtime == null) entry.setLastModDate(stats.mtime);
    if (options.mode == null) entry.setFileAttributesMode(stats.mode);
    entry.setFileDataPumpFunction(function() {
      var readStream = fs.createReadStream(realPath);
      entry.state = Entry.FILE_DATA_IN_PROGRESS;
      readStream.on("error", function(err) {
        self.emit("error", err);
      });
      pumpFileDataReadStream(self, entry, readStream);
    });
    pumpEntries(self);
  });
};

ZipFile.prototype.addReadStream = function(readStream, metadataPath, options) {
  this.addReadStreamLazy(metadataPath, options, function(cb) {
    cb(null, readStream);
  });
};

ZipFile.prototype.addReadStreamLazy = function(metadataPath, options, getReadStreamFunction) {
  var self = this;
  if (typeof options === "function") {
    getReadStreamFunction = options;
    options = null;
  }
  if (options == null) options = {};
  metadataPath = validateMetadataPath(metadataPath, false);

  if (shouldIgnoreAdding(self)) return;
  var entry = new Entry(metadataPath, false, options);
  self.entries.push(entry);
  entry.setFileDataPumpFunction(function() {
    entry.state = Entry.FILE_DATA_IN_PROGRESS;
    getReadStreamFunction(function(err, readStream) {
      if (err) return self.emit("error", err);
      pumpFileDataReadStream(self, entry, readStream);
    });
  });
  pumpEntries(self);
};

ZipFile.prototype.addBuffer = function(buffer, metadataPath, options) {
  var self = this;
  metadataPath = validateMetadataPath(metadataPath, false);
  if (buffer.length > 0x3fffffff) throw new Error("buffer too large: " + buffer.length + " > " + 0x3fffffff);
  if (options == null) options = {};
  if (options.size != null) throw new Error("options.size not allowed");

  if (shouldIgnoreAdding(self)) return;
  var entry = new Entry(metadataPath, false, options);
  entry.uncompressedSize = buffer.length;
  entry.crc32 = crc32.unsigned(buffer);
  entry.crcAndFileSizeKnown = true;
  self.entries.push(entry);
  if (entry.compressionLevel === 0) {
    setCompressedBuffer(buffer);
  } else {
    zlib.deflateRaw(buffer, {level:entry.compressionLevel}, function(err, compressedBuffer) {
      setCompressedBuffer(compressedBuffer);
    });
  }
  function setCompressedBuffer(compressedBuffer) {
    entry.compressedSize = compressedBuffer.length;
    entry.setFileDataPumpFunction(function() {
      writeToOutputStream(self, compressedBuffer);
      writeToOutputStream(self, entry.getDataDescriptor());
      entry.state = Entry.FILE_DATA_DONE;

      // don't call pumpEntries() recursively.
      // (also, don't call process.nextTick recursively.)
      setImmediate(function() {
        pumpEntries(self);
      });
    });
    pumpEntries(self);
  }
};

ZipFile.prototype.addEmptyDirectory = function(metadataPath, options) {
  var self = this;
  metadataPath = validateMetadataPath(metadataPath, true);
  if (options == null) options = {};
  if (options.size != null) throw new Error("options.size not allowed");
  if (options.compress != null) throw new Error("options.compress not allowed");
  if (options.compressionLevel != null) throw new Error("options.compressionLevel not allowed");

  if (shouldIgnoreAdding(self)) return;
  var entry = new Entry(metadataPath, true, options);
  self.entries.push(entry);
  entry.setFileDataPumpFunction(function() {
    writeToOutputStream(self, entry.getDataDescriptor());
    entry.state = Entry.FILE_DATA_DONE;
    pumpEntries(self);
  });
  pumpEntries(self);
};

var eocdrSignatureBuffer = bufferFrom([0x50, 0x4b, 0x05, 0x06]);

ZipFile.prototype.end = function(options, calculatedTotalSizeCallback) {
  if (typeof options === "function") {
    calculatedTotalSizeCallback = options;
    options = null;
  }
  if (options == null) options = {};
  if (this.ended) return;
  this.ended = true;
  if (this.errored) return;
  this.calculatedTotalSizeCallback = calculatedTotalSizeCallback;
  this.forceZip64Eocd = !!options.forceZip64Format;
  if (options.comment) {
    if (typeof options.comment === "string") {
      this.comment = encodeCp437(options.comment);
    } else {
      // It should be a Buffer
      this.comment = options.comment;
    }
    if (this.comment.length > 0xffff) throw new Error("comment is too large");
    // gotta check for this, because the zipfile format is actually ambiguous.
    if (bufferIncludes(this.comment, eocdrSignatureBuffer)) throw new Error("comment contains end of central directory record signature");
  } else {
    // no comment.
    this.comment = EMPTY_BUFFER;
  }
  pumpEntries(this);
};

function writeToOutputStream(self, buffer) {
  self.outputStream.write(buffer);
  self.outputStreamCursor += buffer.length;
}

function pumpFileDataReadStream(self, entry, readStream) {
  var crc32Watcher = new Crc32Watcher();
  var uncompressedSizeCounter = new ByteCounter();
  var compressor = entry.compressionLevel !== 0 ? new zlib.DeflateRaw({level:entry.compressionLevel}) : new PassThrough();
  var compressedSizeCounter = new ByteCounter();
  readStream.pipe(crc32Watcher)
            .pipe(uncompressedSizeCounter)
            .pipe(compressor)
            .pipe(compressedSizeCounter)
            .pipe(self.outputStream, {end: false});
  compressedSizeCounter.on("end", function() {
    entry.crc32 = crc32Watcher.crc32;
    if (entry.uncompressedSize == null) {
      entry.uncompressedSize = uncompressedSizeCounter.byteCount;
    } else {
      if (entry.uncompressedSize !== uncompressedSizeCounter.byteCount) return self.emit("error", new Error("file data stream has unexpected number of bytes"));
    }
    entry.compressedSize = compressedSizeCounter.byteCount;
    self.outputStreamCursor += entry.compressedSize;
    writeToOutputStream(self, entry.getDataDescriptor());
    entry.state = Entry.FILE_DATA_DONE;
    pumpEntries(self);
  });
}

function determineCompressionLevel(options) {
  if (options.compress != null && options.compressionLevel != null) {
    if (!!options.compress !== !!options.compressionLevel) throw new Error("conflicting settings for compress and compressionLevel");
  }
  if (options.compressionLevel != null) return options.compressionLevel;
  if (options.compress === false) return 0;
  return 6;
}

function pumpEntries(self) {
  if (self.allDone || self.errored) return;
  // first check if calculatedTotalSize is finally known
  if (self.ended && self.calculatedTotalSizeCallback != null) {
    var calculatedTotalSize = calculateTotalSize(self);
    if (calculatedTotalSize != null) {
      // we have an answer
      self.calculatedTotalSizeCallback(calculatedTotalSize);
      self.calculatedTotalSizeCallback = null;
    }
  }

  // pump entries
  var entry = getFirstNotDoneEntry();
  function getFirstNotDoneEntry() {
    for (var i = 0; i < self.entries.length; i++) {
      var entry = self.entries[i];
      if (entry.state < Entry.FILE_DATA_DONE) return entry;
    }
    return null;
  }
  if (entry != null) {
    // this entry is not done yet
    if (entry.state < Entry.READY_TO_PUMP_FILE_DATA) return; // input file not open yet
    if (entry.state === Entry.FILE_DATA_IN_PROGRESS) return; // we'll get there
    // start with local file header
    entry.relativeOffsetOfLocalHeader = self.outputStreamCursor;
    var localFileHeader = entry.getLocalFileHeader();
    writeToOutputStream(self, localFileHeader);
    entry.doFileDataPump();
  } else {
    // all cought up on writing entries
    if (self.ended) {
      // head for the exit
      self.offsetOfStartOfCentralDirectory = self.outputStreamCursor;
      self.entries.forEach(function(entry) {
        var centralDirectoryRecord = entry.getCentralDirectoryRecord();
        writeToOutputStream(self, centralDirectoryRecord);
      });
      writeToOutputStream(self, getEndOfCentralDirectoryRecord(self));
      self.outputStream.end();
      self.allDone = true;
    }
  }
}

function calculateTotalSize(self) {
  var pretendOutputCursor = 0;
  var centralDirectorySize = 0;
  for (var i = 0; i < self.entries.length; i++) {
    var entry = self.entries[i];
    // compression is too hard to predict
    if (entry.compressionLevel !== 0) return -1;
    if (entry.state >= Entry.READY_TO_PUMP_FILE_DATA) {
      // if addReadStream was called without providing the size, we can't predict the total size
      if (entry.uncompressedSize == null) return -1;
    } else {
      // if we're still waiting for fs.stat, we might learn the size someday
      if (entry.uncompressedSize == null) return null;
    }
    // we know this for sure, and this is important to know if we need ZIP64 format.
    entry.relativeOffsetOfLocalHeader = pretendOutputCursor;
    var useZip64Format = entry.useZip64Format();

    pretendOutputCursor += LOCAL_FILE_HEADER_FIXED_SIZE + entry.utf8FileName.length;
    pretendOutputCursor += entry.uncompressedSize;
    if (!entry.crcAndFileSizeKnown) {
      // use a data descriptor
      if (useZip64Format) {
        pretendOutputCursor += ZIP64_DATA_DESCRIPTOR_SIZE;
      } else {
        pretendOutputCursor += DATA_DESCRIPTOR_SIZE;
      }
    }

    centralDirectorySize += CENTRAL_DIRECTORY_RECORD_FIXED_SIZE + entry.utf8FileName.length + entry.fileComment.length;
    if (!entry.forceDosTimestamp) {
      centralDirectorySize += INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE;
    }
    if (useZip64Format) {
      centralDirectorySize += ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE;
    }
  }

  var endOfCentralDirectorySize = 0;
  if (self.forceZip64Eocd ||
      self.entries.length >= 0xffff ||
      centralDirectorySize >= 0xffff ||
      pretendOutputCursor >= 0xffffffff) {
    // use zip64 end of central directory stuff
    endOfCentralDirectorySize += ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE + ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE;
  }
  endOfCentralDirectorySize += END_OF_CENTRAL_DIRECTORY_RECORD_SIZE + self.comment.length;
  return pretendOutputCursor + centralDirectorySize + endOfCentralDirectorySize;
}

function shouldIgnoreAdding(self) {
  if (self.ended) throw new Error("cannot add entries after calling end()");
  if (self.errored) return true;
  return false;
}

var ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE = 56;
var ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE = 20;
var END_OF_CENTRAL_DIRECTORY_RECORD_SIZE = 22;
function getEndOfCentralDirectoryRecord(self, actuallyJustTellMeHowLongItWouldBe) {
  var needZip64Format = false;
  var normalEntriesLength = self.entries.length;
  if (self.forceZip64Eocd || self.entries.length >= 0xffff) {
    normalEntriesLength = 0xffff;
    needZip64Format = true;
  }
  var sizeOfCentralDirectory = self.outputStreamCursor - self.offsetOfStartOfCentralDirectory;
  var normalSizeOfCentralDirectory = sizeOfCentralDirectory;
  if (self.forceZip64Eocd || sizeOfCentralDirectory >= 0xffffffff) {
    normalSizeOfCentralDirectory = 0xffffffff;
    needZip64Format = true;
  }
  var normalOffsetOfStartOfCentralDirectory = self.offsetOfStartOfCentralDirectory;
  if (self.forceZip64Eocd || self.offsetOfStartOfCentralDirectory >= 0xffffffff) {
    normalOffsetOfStartOfCentralDirectory = 0xffffffff;
    needZip64Format = true;
  }
  if (actuallyJustTellMeHowLongItWouldBe) {
    if (needZip64Format) {
      return (
        ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE +
        ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE +
        END_OF_CENTRAL_DIRECTORY_RECORD_SIZE
      );
    } else {
      return END_OF_CENTRAL_DIRECTORY_RECORD_SIZE;
    }
  }

  var eocdrBuffer = bufferAlloc(END_OF_CENTRAL_DIRECTORY_RECORD_SIZE + self.comment.length);
  // end of central dir signature                       4 bytes  (0x06054b50)
  eocdrBuffer.writeUInt32LE(0x06054b50, 0);
  // number of this disk                                2 bytes
  eocdrBuffer.writeUInt16LE(0, 4);
  // number of the disk with the start of the central directory  2 bytes
  eocdrBuffer.writeUInt16LE(0, 6);
  // total number of entries in the central directory on this disk  2 bytes
  eocdrBuffer.writeUInt16LE(normalEntriesLength, 8);
  // total number of entries in the central directory   2 bytes
  eocdrBuffer.writeUInt16LE(normalEntriesLength, 10);
  // size of the central directory                      4 bytes
  eocdrBuffer.writeUInt32LE(normalSizeOfCentralDirectory, 12);
  // offset of start of central directory with respect to the starting disk number  4 bytes
  eocdrBuffer.writeUInt32LE(normalOffsetOfStartOfCentralDirectory, 16);
  // .ZIP file comment length                           2 bytes
  eocdrBuffer.writeUInt16LE(self.comment.length, 20);
  // .ZIP file comment                                  (variable size)
  self.comment.copy(eocdrBuffer, 22);

  if (!needZip64Format) return eocdrBuffer;

  // ZIP64 format
  // ZIP64 End of Central Directory Record
  var zip64EocdrBuffer = bufferAlloc(ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE);
  // zip64 end of central dir signature                                             4 bytes  (0x06064b50)
  zip64EocdrBuffer.writeUInt32LE(0x06064b50, 0);
  // size of zip64 end of central directory record                                  8 bytes
  writeUInt64LE(zip64EocdrBuffer, ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE - 12, 4);
  // version made by                                                                2 bytes
  zip64EocdrBuffer.writeUInt16LE(VERSION_MADE_BY, 12);
  // version needed to extract                                                      2 bytes
  zip64EocdrBuffer.writeUInt16LE(VERSION_NEEDED_TO_EXTRACT_ZIP64, 14);
  // number of this disk                                                            4 bytes
  zip64EocdrBuffer.writeUInt32LE(0, 16);
  // number of the disk with the start of the central directory                     4 bytes
  zip64EocdrBuffer.writeUInt32LE(0, 20);
  // total number of entries in the central directory on this disk                  8 bytes
  writeUInt64LE(zip64EocdrBuffer, self.entries.length, 24);
  // total number of entries in the central directory                               8 bytes
  writeUInt64LE(zip64EocdrBuffer, self.entries.length, 32);
  // size of the central directory                                                  8 bytes
  writeUInt64LE(zip64EocdrBuffer, sizeOfCentralDirectory, 40);
  // offset of start of central directory with respect to the starting disk number  8 bytes
  writeUInt64LE(zip64EocdrBuffer, self.offsetOfStartOfCentralDirectory, 48);
  // zip64 extensible data sector                                                   (variable size)
  // nothing in the zip64 extensible data sector


  // ZIP64 End of Central Directory Locator
  var zip64EocdlBuffer = bufferAlloc(ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE);
  // zip64 end of central dir locator signature                               4 bytes  (0x07064b50)
  zip64EocdlBuffer.writeUInt32LE(0x07064b50, 0);
  // number of the disk with the start of the zip64 end of central directory  4 bytes
  zip64EocdlBuffer.writeUInt32LE(0, 4);
  // relative offset of the zip64 end of central directory record             8 bytes
  writeUInt64LE(zip64EocdlBuffer, self.outputStreamCursor, 8);
  // total number of disks                                                    4 bytes
  zip64EocdlBuffer.writeUInt32LE(1, 16);


  return Buffer.concat([
    zip64EocdrBuffer,
    zip64EocdlBuffer,
    eocdrBuffer,
  ]);
}

function validateMetadataPath(metadataPath, isDirectory) {
  if (metadataPath === "") throw new Error("empty metadataPath");
  metadataPath = metadataPath.replace(/\\/g, "/");
  if (/^[a-zA-Z]:/.test(metadataPath) || /^\//.test(metadataPath)) throw new Error("absolute path: " + metadataPath);
  if (metadataPath.split("/").indexOf("..") !== -1) throw new Error("invalid relative path: " + metadataPath);
  var looksLikeDirectory = /\/$/.test(metadataPath);
  if (isDirectory) {
    // append a trailing '/' if necessary.
    if (!looksLikeDirectory) metadataPath += "/";
  } else {
    if (looksLikeDirectory) throw new Error("file path cannot end with '/': " + metadataPath);
  }
  return metadataPath;
}

var EMPTY_BUFFER = bufferAlloc(0);

// this class is not part of the public API
function Entry(metadataPath, isDirectory, options) {
  this.utf8FileName = bufferFrom(metadataPath);
  if (this.utf8FileName.length > 0xffff) throw new Error("utf8 file name too long. " + utf8FileName.length + " > " + 0xffff);
  this.isDirectory = isDirectory;
  this.state = Entry.WAITING_FOR_METADATA;
  this.setLastModDate(options.mtime != null ? options.mtime : new Date());
  this.forceDosTimestamp = !!options.forceDosTimestamp;
  if (options.mode != null) {
    this.setFileAttributesMode(options.mode);
  } else {
    this.setFileAttributesMode(isDirectory ? 0o40775 : 0o100664);
  }
  if (isDirectory) {
    this.crcAndFileSizeKnown = true;
    this.crc32 = 0;
    this.uncompressedSize = 0;
    this.compressedSize = 0;
  } else {
    // unknown so far
    this.crcAndFileSizeKnown = false;
    this.crc32 = null;
    this.uncompressedSize = null;
    this.compressedSize = null;
    if (options.size != null) this.uncompressedSize = options.size;
  }
  if (isDirectory) {
    this.compressionLevel = 0;
  } else {
    this.compressionLevel = determineCompressionLevel(options);
  }
  this.forceZip64Format = !!options.forceZip64Format;
  if (options.fileComment) {
    if (typeof options.fileComment === "string") {
      this.fileComment = bufferFrom(options.fileComment, "utf-8");
    } else {
      // It should be a Buffer
      this.fileComment = options.fileComment;
    }
    if (this.fileComment.length > 0xffff) throw new Error("fileComment is too large");
  } else {
    // no comment.
    this.fileComment = EMPTY_BUFFER;
  }
}
Entry.WAITING_FOR_METADATA = 0;
Entry.READY_TO_PUMP_FILE_DATA = 1;
Entry.FILE_DATA_IN_PROGRESS = 2;
Entry.FILE_DATA_DONE = 3;
Entry.prototype.setLastModDate = function(date) {
  this.mtime = date;
  var dosDateTime = dateToDosDateTime(date);
  this.lastModFileTime = dosDateTime.time;
  this.lastModFileDate = dosDateTime.date;
};
Entry.prototype.setFileAttributesMode = function(mode) {
  if ((mode & 0xffff) !== mode) throw new Error("invalid mode. expected: 0 <= " + mode + " <= " + 0xffff);
  // http://unix.stackexchange.com/questions/14705/the-zip-formats-external-file-attribute/14727#14727
  this.externalFileAttributes = (mode << 16) >>> 0;
};
// doFileDataPump() should not call pumpEntries() directly. see issue #9.
Entry.prototype.setFileDataPumpFunction = function(doFileDataPump) {
  this.doFileDataPump = doFileDataPump;
  this.state = Entry.READY_TO_PUMP_FILE_DATA;
};
Entry.prototype.useZip64Format = function() {
  return (
    (this.forceZip64Format) ||
    (this.uncompressedSize != null && this.uncompressedSize > 0xfffffffe) ||
    (this.compressedSize != null && this.compressedSize > 0xfffffffe) ||
    (this.relativeOffsetOfLocalHeader != null && this.relativeOffsetOfLocalHeader > 0xfffffffe)
  );
}
var LOCAL_FILE_HEADER_FIXED_SIZE = 30;
var VERSION_NEEDED_TO_EXTRACT_UTF8 = 20;
var VERSION_NEEDED_TO_EXTRACT_ZIP64 = 45;
// 3 = unix. 63 = spec version 6.3
var VERSION_MADE_BY = (3 << 8) | 63;
var FILE_NAME_IS_UTF8 = 1 << 11;
var UNKNOWN_CRC32_AND_FILE_SIZES = 1 << 3;
Entry.prototype.getLocalFileHeader = function() {
  var crc32 = 0;
  var compressedSize = 0;
  var uncompressedSize = 0;
  if (this.crcAndFileSizeKnown) {
    crc32 = this.crc32;
    compressedSize = this.compressedSize;
    uncompressedSize = this.uncompressedSize;
  }

  var fixedSizeStuff = bufferAlloc(LOCAL_FILE_HEADER_FIXED_SIZE);
  var generalPurposeBitFlag = FILE_NAME_IS_UTF8;
  if (!this.crcAndFileSizeKnown) generalPurposeBitFlag |= UNKNOWN_CRC32_AND_FILE_SIZES;

  // local file header signature     4 bytes  (0x04034b50)
  fixedSizeStuff.writeUInt32LE(0x04034b50, 0);
  // version needed to extract       2 bytes
  fixedSizeStuff.writeUInt16LE(VERSION_NEEDED_TO_EXTRACT_UTF8, 4);
  // general purpose bit flag        2 bytes
  fixedSizeStuff.writeUInt16LE(generalPurposeBitFlag, 6);
  // compression method              2 bytes
  fixedSizeStuff.writeUInt16LE(this.getCompressionMethod(), 8);
  // last mod file time              2 bytes
  fixedSizeStuff.writeUInt16LE(this.lastModFileTime, 10);
  // last mod file date              2 bytes
  fixedSizeStuff.writeUInt16LE(this.lastModFileDate, 12);
  // crc-32                          4 bytes
  fixedSizeStuff.writeUInt32LE(crc32, 14);
  // compressed size                 4 bytes
  fixedSizeStuff.writeUInt32LE(compressedSize, 18);
  // uncompressed size               4 bytes
  fixedSizeStuff.writeUInt32LE(uncompressedSize, 22);
  // file name length                2 bytes
  fixedSizeStuff.writeUInt16LE(this.utf8FileName.length, 26);
  // extra field length              2 bytes
  fixedSizeStuff.writeUInt16LE(0, 28);
  return Buffer.concat([
    fixedSizeStuff,
    // file name (variable size)
    this.utf8FileName,
    // extra field (variable size)
    // no extra fields
  ]);
};
var DATA_DESCRIPTOR_SIZE = 16;
var ZIP64_DATA_DESCRIPTOR_SIZE = 24;
Entry.prototype.getDataDescriptor = function() {
  if (this.crcAndFileSizeKnown) {
    // the Mac Archive Utility requires this not be present unless we set general purpose bit 3
    return EMPTY_BUFFER;
  }
  if (!this.useZip64Format()) {
    var buffer = bufferAlloc(DATA_DESCRIPTOR_SIZE);
    // optional signature (required according to Archive Utility)
    buffer.writeUInt32LE(0x08074b50, 0);
    // crc-32                          4 bytes
    buffer.writeUInt32LE(this.crc32, 4);
    // compressed size                 4 bytes
    buffer.writeUInt32LE(this.compressedSize, 8);
    // uncompressed size               4 bytes
    buffer.writeUInt32LE(this.uncompressedSize, 12);
    return buffer;
  } else {
    // ZIP64 format
    var buffer = bufferAlloc(ZIP64_DATA_DESCRIPTOR_SIZE);
    // optional signature (unknown if anyone cares about this)
    buffer.writeUInt32LE(0x08074b50, 0);
    // crc-32                          4 bytes
    buffer.writeUInt32LE(this.crc32, 4);
    // compressed size                 8 bytes
    writeUInt64LE(buffer, this.compressedSize, 8);
    // uncompressed size               8 bytes
    writeUInt64LE(buffer, this.uncompressedSize, 16);
    return buffer;
  }
};
var CENTRAL_DIRECTORY_RECORD_FIXED_SIZE = 46;
var INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE = 9;
var ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE = 28;
Entry.prototype.getCentralDirectoryRecord = function() {
  var fixedSizeStuff = bufferAlloc(CENTRAL_DIRECTORY_RECORD_FIXED_SIZE);
  var generalPurposeBitFlag = FILE_NAME_IS_UTF8;
  if (!this.crcAndFileSizeKnown) generalPurposeBitFlag |= UNKNOWN_CRC32_AND_FILE_SIZES;

  var izutefBuffer = EMPTY_BUFFER;
  if (!this.forceDosTimestamp) {
    // Here is one specification for this: https://commons.apache.org/proper/commons-compress/apidocs/org/apache/commons/compress/archivers/zip/X5455_ExtendedTimestamp.html
    // See also the Info-ZIP source code unix/unix.c:set_extra_field() and zipfile.c:ef_scan_ut_time().
    izutefBuffer = bufferAlloc(INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE);
    // 0x5455        Short       tag for this extra block type ("UT")
    izutefBuffer.writeUInt16LE(0x5455, 0);
    // TSize         Short       total data size for this block
    izutefBuffer.writeUInt16LE(INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE - 4, 2);
    // See Info-ZIP source code zip.h for these constant values:
    var EB_UT_FL_MTIME = (1 << 0);
    var EB_UT_FL_ATIME = (1 << 1);
    // Note that we set the atime flag despite not providing the atime field.
    // The central directory version of this extra field is specified to never contain the atime field even when the flag is set.
    // We set it to match the Info-ZIP behavior in order to minimize incompatibility with zip file readers that may have rigid input expectations.
    // Flags         Byte        info bits
    izutefBuffer.writeUInt8(EB_UT_FL_MTIME | EB_UT_FL_ATIME, 4);
    // (ModTime)     Long        time of last modification (UTC/GMT)
    var timestamp = Math.floor(this.mtime.getTime() / 1000);
    if (timestamp < -0x80000000) timestamp = -0x80000000; // 1901-12-13T20:45:52.000Z
    if (timestamp >  0x7fffffff) timestamp =  0x7fffffff; // 2038-01-19T03:14:07.000Z
    izutefBuffer.writeUInt32LE(timestamp, 5);
  }

  var normalCompressedSize = this.compressedSize;
  var normalUncompressedSize = this.uncompressedSize;
  var normalRelativeOffsetOfLocalHeader = this.relativeOffsetOfLocalHeader;
  var versionNeededToExtract = VERSION_NEEDED_TO_EXTRACT_UTF8;
  var zeiefBuffer = EMPTY_BUFFER;
  if (this.useZip64Format()) {
    normalCompressedSize = 0xffffffff;
    normalUncompressedSize = 0xffffffff;
    normalRelativeOffsetOfLocalHeader = 0xffffffff;
    versionNeededToExtract = VERSION_NEEDED_TO_EXTRACT_ZIP64;

    // ZIP64 extended information extra field
    zeiefBuffer = bufferAlloc(ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE);
    // 0x0001                  2 bytes    Tag for this "extra" block type
    zeiefBuffer.writeUInt16LE(0x0001, 0);
    // Size                    2 bytes    Size of this "extra" block
    zeiefBuffer.writeUInt16LE(ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE - 4, 2);
    // Original Size           8 bytes    Original uncompressed file size
    writeUInt64LE(zeiefBuffer, this.uncompressedSize, 4);
    // Compressed Size         8 bytes    Size of compressed data
    writeUInt64LE(zeiefBuffer, this.compressedSize, 12);
    // Relative Header Offset  8 bytes    Offset of local header record
    writeUInt64LE(zeiefBuffer, this.relativeOffsetOfLocalHeader, 20);
    // Disk Start Number       4 bytes    Number of the disk on which this file starts
    // (omit)
  }

  // central file header signature   4 bytes  (0x02014b50)
  fixedSizeStuff.writeUInt32LE(0x02014b50, 0);
  // version made by                 2 bytes
  fixedSizeStuff.writeUInt16LE(VERSION_MADE_BY, 4);
  // version needed to extract       2 bytes
  fixedSizeStuff.writeUInt16LE(versionNeededToExtract, 6);
  // general purpose bit flag        2 bytes
  fixedSizeStuff.writeUInt16LE(generalPurposeBitFlag, 8);
  // compression method              2 bytes
  fixedSizeStuff.writeUInt16LE(this.getCompressionMethod(), 10);
  // last mod file time              2 bytes
  fixedSizeStuff.writeUInt16LE(this.lastModFileTime, 12);
  // last mod file date              2 bytes
  fixedSizeStuff.writeUInt16LE(this.lastModFileDate, 14);
  // crc-32                          4 bytes
  fixedSizeStuff.writeUInt32LE(this.crc32, 16);
  // compressed size                 4 bytes
  fixedSizeStuff.writeUInt32LE(normalCompressedSize, 20);
  // uncompressed size               4 bytes
  fixedSizeStuff.writeUInt32LE(normalUncompressedSize, 24);
  // file name length                2 bytes
  fixedSizeStuff.writeUInt16LE(this.utf8FileName.length, 28);
  // extra field length              2 bytes
  fixedSizeStuff.writeUInt16LE(izutefBuffer.length + zeiefBuffer.length, 30);
  // file comment length             2 bytes
  fixedSizeStuff.writeUInt16LE(this.fileComment.length, 32);
  // disk number start               2 bytes
  fixedSizeStuff.writeUInt16LE(0, 34);
  // internal file attributes        2 bytes
  fixedSizeStuff.writeUInt16LE(0, 36);
  // external file attributes        4 bytes
  fixedSizeStuff.writeUInt32LE(this.externalFileAttributes, 38);
  // relative offset of local header 4 bytes
  fixedSizeStuff.writeUInt32LE(normalRelativeOffsetOfLocalHeader, 42);

  return Buffer.concat([
    fixedSizeStuff,
    // file name (variable size)
    this.utf8FileName,
    // extra field (variable size)
    izutefBuffer,
    zeiefBuffer,
    // file comment (variable size)
    this.fileComment,
  ]);
};
Entry.prototype.getCompressionMethod = function() {
  var NO_COMPRESSION = 0;
  var DEFLATE_COMPRESSION = 8;
  return this.compressionLevel === 0 ? NO_COMPRESSION : DEFLATE_COMPRESSION;
};

// These are intentionally computed in the current system timezone
// to match how the DOS encoding operates in this library.
var minDosDate = new Date(1980, 0, 1);
var maxDosDate = new Date(2107, 11, 31, 23, 59, 58);
function dateToDosDateTime(jsDate) {
  // Clamp out of bounds timestamps.
  if (jsDate < minDosDate) jsDate = minDosDate;
  else if (jsDate > maxDosDate) jsDate = maxDosDate;

  var date = 0;
  date |= jsDate.getDate() & 0x1f; // 1-31
  date |= ((jsDate.getMonth() + 1) & 0xf) << 5; // 0-11, 1-12
  date |= ((jsDate.getFullYear() - 1980) & 0x7f) << 9; // 0-128, 1980-2108

  var time = 0;
  time |= Math.floor(jsDate.getSeconds() / 2); // 0-59, 0-29 (lose odd numbers)
  time |= (jsDate.getMinutes() & 0x3f) << 5; // 0-59
  time |= (jsDate.getHours() & 0x1f) << 11; // 0-23

  return {date: date, time: time};
}

function writeUInt64LE(buffer, n, offset) {
  // can't use bitshift here, because JavaScript only allows bitshifting on 32-bit integers.
  var high = Math.floor(n / 0x100000000);
  var low = n % 0x100000000;
  buffer.writeUInt32LE(low, offset);
  buffer.writeUInt32LE(high, offset + 4);
}

function defaultCallback(err) {
  if (err) throw err;
}

util.inherits(ByteCounter, Transform);
function ByteCounter(options) {
  Transform.call(this, options);
  this.byteCount = 0;
}
ByteCounter.prototype._transform = function(chunk, encoding, cb) {
  this.byteCount += chunk.length;
  cb(null, chunk);
};

util.inherits(Crc32Watcher, Transform);
function Crc32Watcher(options) {
  Transform.call(this, options);
  this.crc32 = 0;
}
Crc32Watcher.prototype._transform = function(chunk, encoding, cb) {
  this.crc32 = crc32.unsigned(chunk, this.crc32);
  cb(null, chunk);
};

var cp437 = '\u0000☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼ !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~⌂ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ';
if (cp437.length !== 256) throw new Error("assertion failure");
var reverseCp437 = null;

function encodeCp437(string) {
  if (/^[\x20-\x7e]*$/.test(string)) {
    // CP437, ASCII, and UTF-8 overlap in this range.
    return bufferFrom(string, "utf-8");
  }

  // This is the slow path.
  if (reverseCp437 == null) {
    // cache this once
    reverseCp437 = {};
    for (var i = 0; i < cp437.length; i++) {
      reverseCp437[cp437[i]] = i;
    }
  }

  var result = bufferAlloc(string.length);
  for (var i = 0; i < string.length; i++) {
    var b = reverseCp437[string[i]];
    if (b == null) throw new Error("character not encodable in CP437: " + JSON.stringify(string[i]));
    result[i] = b;
  }

  return result;
}

function bufferAlloc(size) {
  bufferAlloc = modern;
  try {
    return bufferAlloc(size);
  } catch (e) {
    bufferAlloc = legacy;
    return bufferAlloc(size);
  }
  function modern(size) {
    return Buffer.allocUnsafe(size);
  }
  function legacy(size) {
    return new Buffer(size);
  }
}
function bufferFrom(something, encoding) {
  bufferFrom = modern;
  try {
    return bufferFrom(something, encoding);
  } catch (e) {
    bufferFrom = legacy;
    return bufferFrom(something, encoding);
  }
  function modern(something, encoding) {
    return Buffer.from(something, encoding);
  }
  function legacy(something, encoding) {
    return new Buffer(something, encoding);
  }
}
function bufferIncludes(buffer, content) {
  bufferIncludes = modern;
  try {
    return bufferIncludes(buffer, content);
  } catch (e) {
    bufferIncludes = legacy;
    return bufferIncludes(buffer, content);
  }
  function modern(buffer, content) {
    return buffer.includes(content);
  }
  function legacy(buffer, content) {
    for (var i = 0; i <= buffer.length - content.length; i++) {
      for (var j = 0;; j++) {
        if (j === content.length) return true;
        if (buffer[i + j] !== content[j]) break;
      }
    }
    return false;
  }
}


/***/ }),

/***/ 65191:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  V: () => (/* binding */ redactLogs)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/action/nothing-to-check.ts
var nothing_to_check = __nccwpck_require__(43830);
// EXTERNAL MODULE: ./packages/core/src/redact/secret-strength.ts
var secret_strength = __nccwpck_require__(35733);
// EXTERNAL MODULE: ./packages/core/src/text/glob.ts
var text_glob = __nccwpck_require__(13483);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __nccwpck_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/safe-files/contained-path.ts
var contained_path = __nccwpck_require__(71914);
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
    const excluded = (0,text_glob/* globMatcher */.f)(options.exclude ?? []);
    const display = (path) => ((0,contained_path/* isInside */.FK)(path, workspace) ? (0,external_node_path_.relative)(workspace, path).split(external_node_path_.sep).join('/') : path);
    for (const pattern of patterns) {
        const before = discovery.files.length + discovery.skipped.length;
        const { base, glob } = splitPattern(pattern, workspace);
        const matches = glob ? (0,text_glob/* globMatcher */.f)([glob]) : () => true;
        // A pattern longer than a path can be names nothing: a miss, like any other name that is not there.
        const startStats = lstatOrUndefined(base, 'ENAMETOOLONG');
        // The walk follows no link; the directories above where it starts are resolved once and must stay inside the root.
        const top = glob || startStats?.isDirectory() ? base : (0,external_node_path_.dirname)(base);
        const root = (0,contained_path/* isInside */.FK)(base, workspace) ? workspace : top;
        const leak = startStats ? escapes(root, top) : undefined;
        if (leak) {
            discovery.skipped.push({ display: display(base), reason: leak, outside: true });
            continue;
        }
        const visit = (path, stats) => {
            if (!stats)
                return;
            const rel = (0,external_node_path_.relative)(base, path).split(external_node_path_.sep).join('/') || basename(path);
            if (excluded(display(path)))
                return;
            if (stats.isSymbolicLink()) {
                if (matches(rel))
                    discovery.skipped.push({ display: display(path), reason: 'symbolic link (not followed)' });
                return;
            }
            if (stats.isDirectory()) {
                for (const entry of listDirectory(path))
                    visit((0,external_node_path_.join)(path, entry), lstatOrUndefined((0,external_node_path_.join)(path, entry)));
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
        (0,contained_path/* containedDirectory */.R)(root, directory);
        return undefined;
    }
    catch (error) {
        if (!(error instanceof contained_path/* PathOutside */.jd))
            throw error;
        return `a symbolic link on its path leads outside the workspace (to ${error.real}); not followed`;
    }
}
/** `logs/**\/*.log` → base `logs`, glob `**\/*.log`: only the base is walked. */
function splitPattern(pattern, workspace) {
    const segments = pattern.split('/');
    const firstGlob = segments.findIndex((segment) => GLOB_CHARS.test(segment));
    if (firstGlob < 0)
        return { base: (0,external_node_path_.resolve)(workspace, pattern) };
    const base = segments.slice(0, firstGlob).join('/') || (pattern.startsWith('/') ? '/' : '.');
    return { base: (0,external_node_path_.resolve)(workspace, base), glob: segments.slice(firstGlob).join('/') };
}
/** undefined when nothing is there (a miss, or an entry gone since its directory was listed). */
function lstatOrUndefined(path, alsoMissing) {
    try {
        return (0,external_node_fs_.lstatSync)(path);
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
        return (0,external_node_fs_.readdirSync)(path).sort();
    }
    catch (error) {
        throw filesystemError(path, error);
    }
}
function filesystemError(path, error) {
    const { code, message } = error;
    const reason = code === 'EACCES' || code === 'EPERM' ? `cannot be read (${code}: permission denied)` : `cannot be read (${code ?? message})`;
    return new gates_error/* GatesError */.xx('GATES_E_FILESYSTEM', { path, reason }, { cause: error });
}
function basename(path) {
    return path.split(external_node_path_.sep).pop() ?? path;
}

// EXTERNAL MODULE: ./packages/core/src/safe-files/temp-files.ts
var temp_files = __nccwpck_require__(98861);
// EXTERNAL MODULE: ./packages/core/src/state/state-root.ts + 6 modules
var state_root = __nccwpck_require__(27693);
// EXTERNAL MODULE: ./packages/core/src/report/untrusted-text.ts
var untrusted_text = __nccwpck_require__(47920);
// EXTERNAL MODULE: ./packages/core/src/action/report-files.ts + 3 modules
var report_files = __nccwpck_require__(79517);
// EXTERNAL MODULE: ./packages/core/src/safe-files/read-file.ts
var read_file = __nccwpck_require__(6220);
// EXTERNAL MODULE: ./packages/core/src/redact/redactor.ts + 2 modules
var redactor = __nccwpck_require__(62401);
// EXTERNAL MODULE: ./packages/core/src/redact/intervals.ts
var intervals = __nccwpck_require__(91417);
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
var external_node_stream_ = __nccwpck_require__(57075);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(4573);
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
var atomic_file = __nccwpck_require__(56135);
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

;// CONCATENATED MODULE: external "node:stream/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(38522);
;// CONCATENATED MODULE: ./actions/redact-logs/src/files/scrub-gzip.ts







/** Decompresses, scrubs and re-compresses a gzip file in one stream: memory stays bounded whatever it expands to. */
async function scrubGzip(source, destination, engine, maxBytes, display) {
    const target = openTarget(destination);
    const scrub = new ScrubTransform(engine, maxBytes);
    try {
        await (0,promises_namespaceObject.pipeline)((0,external_node_fs_.createReadStream)('', { fd: (0,read_file/* openRegularFile */.ZU)(source, { noFollow: true }).fd }), (0,external_node_zlib_.createGunzip)(), scrub, (0,external_node_zlib_.createGzip)(), target.sink());
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
var yauzl = __nccwpck_require__(20663);
// EXTERNAL MODULE: ./node_modules/yazl/index.js
var yazl = __nccwpck_require__(93044);
// EXTERNAL MODULE: ./packages/core/src/files/zip-entries.ts
var zip_entries = __nccwpck_require__(90015);
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
    const written = (0,promises_namespaceObject.finished)(writer.outputStream.pipe(target.sink()));
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
            await (0,promises_namespaceObject.finished)(scrub);
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

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/common-words.ts
/**
 * Words that appear in ordinary CI logs: service and database names, default
 * credentials, CI vocabulary. A value found by a rule that is one of them (or
 * is made of them, `my-app-credentials`) is scrubbed from its file but never
 * given to the runner's masker, which would hide the word in every later log
 * line. Lower case. Not a language dictionary: word-shaped values are caught
 * by shape as well (mask-strength.ts).
 */
const COMMON_WORDS = new Set(`
  access account accounts action actions admin administrator agent alpha api app application apps archive artifact artifacts
  auth authentication author authorization azure backend backup bearer beta bot branch bucket build builder cache
  cert certificate change changes check checkout circle client cloud cluster code commit config configuration connect
  connection container content context continue contoso credential credentials cron data database db debug default
  delete demo deploy deployment dev develop developer development devops digest docker domain download dummy
  editor elastic elasticsearch email empty enable enabled engine env environment error event example fail failed
  false feature file files finance flask foobar foo bar baz frontend gateway git github gitlab google grafana group
  guest hash header health hello host hostname hunter image info internal java jenkins job kafka key keycloak kube
  kubernetes label latest letmein linux local localhost log login logs mail main manager master maven media message
  metrics minio mongo mongodb monitor mysql nginx node none npm null oauth object office open openid operator oracle
  origin output owner package pass passed passw passwd password passwords path payment pgsql pipeline platform
  postgres postgresql preview private prod production project proxy public publish python qwerty rabbit rabbitmq
  readonly reader redis registry release remote repo report repository request root ruby runner rust sample scope
  secret secrets secure security server service session setup shared site slack spring sql sqlserver ssh staging
  start status storage summary super superuser support system tenant test tester testing token tokens trial true
  trust ubuntu unknown update upload user username users value vault verdict verify viewer web webhook welcome
  windows worker write writer www
  `
    .split(/\s+/)
    .filter(Boolean));
/**
 * A word, a word with a few digits (`postgres`, `hunter2`, `Welcome1!`), or
 * words joined (`my-app-credentials`, `deploy_bot`, `DeployBotAccount`): what people and tools
 * write, not what a credential generator makes. Random tokens mix cases and
 * digits inside their parts. Pure.
 */
function isWordLike(value) {
    if (/^[A-Za-z]{1,16}[0-9]{0,4}[!?.#$@]?$/.test(value))
        return true;
    // CamelCase words (RootManageSharedAccessKey): every part a capital, then lower case with a vowel.
    if (/^[a-z]*(?:[A-Z](?=[a-z]*[aeiouy])[a-z]{2,15}){2,}[0-9]{0,4}$/.test(value))
        return true;
    const parts = value.split(/[-_. /:@]+/).filter(Boolean);
    return parts.length > 1 && parts.every((part) => COMMON_WORDS.has(part.toLowerCase()) || /^[a-z]{1,12}$|^[A-Z][a-z]{0,11}$|^[0-9]{1,4}$/.test(part));
}

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
    if (isWordLike(value))
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

// EXTERNAL MODULE: ./packages/core/src/inputs/parse.ts
var parse = __nccwpck_require__(67528);
// EXTERNAL MODULE: ./packages/core/src/config/config-input.ts
var config_input = __nccwpck_require__(60345);
// EXTERNAL MODULE: ./packages/core/src/config/schemas.ts
var schemas = __nccwpck_require__(6748);
// EXTERNAL MODULE: ./packages/core/src/config/load-file.ts
var load_file = __nccwpck_require__(15805);
;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin/keywords.ts
/** Helpers the built-in rule tables share: keyword spellings and the pieces of context regexes. */
/** lower, UPPER and Capitalised forms of each word. */
function caseVariants(words) {
    return words.flatMap((word) => [...new Set([word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1)])]);
}
/** Every spelling of a short word in any mix of cases (`-key`: `-key`, `-Key`, `-KEY`, `-kEy`, …): 2^letters keywords. */
function anyCase(word) {
    let spellings = [''];
    for (const char of word) {
        const cases = char.toLowerCase() === char.toUpperCase() ? [char] : [char.toLowerCase(), char.toUpperCase()];
        spellings = spellings.flatMap((prefix) => cases.map((next) => prefix + next));
    }
    return spellings;
}
const BASE64_URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/**
 * A three-byte prefix followed by each character that can come next: four-byte
 * keywords, as the prefilter needs. Without it a three-byte keyword becomes
 * 256 literals (any next byte), which thickens the prefilter for every file.
 */
function followedBy(prefix, next) {
    return [...next].map((char) => prefix + char);
}
/**
 * Between a name and its value: `name = value`, `name: "value"`, `"name": "value"`,
 * `name => 'value'`, also with JSON-escaped quotes (`\"name\": \"value\"`,
 * a config file printed inside a JSON string).
 */
const ASSIGN = String.raw `\\?["'\x60]?\s{0,4}(?:=|:=|::=|:|=>|\?=)\s{0,4}\\?["'\x60]?`;
/** A value that ends where a token cannot go on. */
const TOKEN_END = String.raw `(?![A-Za-z0-9_-])`;

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
    const { parse, TomlError } = await __nccwpck_require__.e(/* import() */ 292).then(__nccwpck_require__.bind(__nccwpck_require__, 3292));
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
    return [...new Set(words.flatMap((word) => anyCase(word.slice(0, 6))))];
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
var catalogue = __nccwpck_require__(46360);
;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin/ai.ts

/** AI APIs: OpenAI, Anthropic, Hugging Face, Cohere. */
const AI_RULES = [
    {
        id: 'openai-api-key',
        family: 'OpenAI',
        description: 'OpenAI API key (sk-proj-, sk-svcacct-, sk-admin-, legacy sk-; all carry T3BlbkFJ)',
        regex: String.raw `\bsk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,200}|[A-Za-z0-9]{20})T3BlbkFJ[A-Za-z0-9_-]{20,200}${TOKEN_END}`,
        // base64 of "openai": in every key, wherever the prefix is.
        keywords: ['T3BlbkFJ'],
        lead: 224,
        minEntropy: 3,
        sample: { secret: 'sk-proj-{b64url:74}T3BlbkFJ{b64url:74}', line: 'OPENAI_API_KEY={secret}' },
        nearMisses: ['OPENAI_API_KEY=sk-...', 'sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxT3BlbkFJxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    {
        id: 'anthropic-api-key',
        family: 'Anthropic',
        description: 'Anthropic API or admin key (sk-ant-api03-…, sk-ant-admin01-…)',
        regex: String.raw `\bsk-ant-(?:api|admin|oat|sid)[0-9]{2}-[A-Za-z0-9_-]{80,120}AA${TOKEN_END}`,
        keywords: ['sk-ant-'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'sk-ant-api03-{b64url:93}AA', line: 'ANTHROPIC_API_KEY={secret}' },
        nearMisses: ['ANTHROPIC_API_KEY=sk-ant-api03-...'],
    },
    {
        id: 'huggingface-token',
        family: 'Hugging Face',
        description: 'Hugging Face user access token (hf_) or organization token (api_org_)',
        regex: String.raw `\b(?:hf_|api_org_)[A-Za-z]{34}\b`,
        keywords: [...followedBy('hf_', BASE64_URL_ALPHABET.slice(0, 52)), 'api_org_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'hf_{alpha:34}', line: 'huggingface-cli login --token {secret}' },
        nearMisses: ['hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'hf_hub_download(repo_id="org/model")'],
    },
    {
        id: 'cohere-api-key',
        family: 'Cohere',
        description: 'Cohere API key next to its name (cohere…, CO_API_KEY)',
        regex: String.raw `(?:cohere|CO_API_KEY)[\w.-]{0,30}${ASSIGN}([A-Za-z0-9]{40})(?![A-Za-z0-9])`,
        flags: 'i',
        keywords: [...caseVariants(['cohere']), 'CO_API_KEY', 'co_api_key'],
        lead: 4,
        secretGroup: 1,
        minEntropy: 3.5,
        sample: { secret: '{alnum:40}', line: 'COHERE_API_KEY={secret}' },
        nearMisses: ['COHERE_API_KEY=<your-cohere-key>'],
    },
];

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin/cloud.ts

/** AWS, Google Cloud, Azure, DigitalOcean, Heroku, Databricks. */
const CLOUD_RULES = [
    {
        id: 'aws-access-key-id',
        family: 'AWS',
        description: 'AWS access key id (AKIA…; ASIA… for temporary credentials; ABIA, ACCA)',
        regex: String.raw `\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b`,
        keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
        anchor: 0,
        minEntropy: 3,
        allow: ['EXAMPLE$'],
        sample: { secret: 'AKIA{upperdigit:16}', line: 'export AWS_ACCESS_KEY_ID={secret}' },
        nearMisses: ['aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'key = AKIAXXXXXXXXXXXXXXXX', 'TODAYINASIAASACKOFRICEFELLOVER'],
    },
    {
        id: 'aws-secret-access-key',
        family: 'AWS',
        description: 'AWS secret access key next to its name',
        regex: String.raw `aws.{0,24}?(?:secret|private).{0,24}?[=:"'\s]{1,4}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
        flags: 'i',
        // The word after "aws": four bytes or more keep the prefilter's keys few; the match starts up to ~30 bytes before it.
        keywords: caseVariants(['secret', 'private']),
        lead: 64,
        secretGroup: 1,
        minEntropy: 3.5,
        allow: ['EXAMPLEKEY$'],
        sample: { secret: '{b64:40}', line: 'aws_secret_access_key = {secret}' },
        nearMisses: ['aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    },
    {
        id: 'aws-session-token',
        family: 'AWS',
        description: 'AWS session token (STS temporary credentials, x-amz-security-token)',
        regex: String.raw `\b(?:IQoJb3JpZ2lu|FwoGZXIvYXdz|FQoGZXIvYXdz)[A-Za-z0-9/+]{100,4096}={0,2}(?![A-Za-z0-9/+=])|(?:session|security)[_-]?token${ASSIGN}([A-Za-z0-9/+]{100,4096}={0,2})(?![A-Za-z0-9/+=])`,
        flags: 'i',
        keywords: ['IQoJb3JpZ2lu', 'FwoGZXIvYXdz', 'FQoGZXIvYXdz', ...caseVariants(['session_token', 'session-token', 'sessiontoken', 'security-token', 'security_token']), 'Security-Token', 'SessionToken'],
        lead: 32,
        secretGroup: 'first',
        minEntropy: 3.5,
        sample: { secret: 'IQoJb3JpZ2luX2VjE{b64:320}', line: 'export AWS_SESSION_TOKEN={secret}' },
        nearMisses: ['aws_session_token = <session-token>', 'X-Amz-Security-Token: ${AWS_SESSION_TOKEN}'],
    },
    {
        id: 'google-api-key',
        family: 'Google',
        description: 'Google API key',
        regex: String.raw `\bAIza[0-9A-Za-z_-]{35}${TOKEN_END}`,
        keywords: ['AIza'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'AIza{b64url:35}', line: 'GET https://maps.googleapis.com/maps/api/geocode/json?key={secret}' },
        nearMisses: ['AIzaSyabcdefghijklmnopqrstuvwxyz1234567', 'AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'],
    },
    {
        id: 'google-oauth-client-secret',
        family: 'Google',
        description: 'Google OAuth client secret (GOCSPX-…)',
        regex: String.raw `\bGOCSPX-[A-Za-z0-9_-]{28}${TOKEN_END}`,
        keywords: ['GOCSPX-'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'GOCSPX-{b64url:28}', line: '{"web":{"client_id":"1234-abc.apps.googleusercontent.com","client_secret":"{secret}"}}' },
        nearMisses: ['"client_secret": "GOCSPX-<your-client-secret>"'],
    },
    {
        id: 'google-oauth-access-token',
        family: 'Google',
        description: 'Google OAuth access token (ya29.…)',
        regex: String.raw `\bya29\.[A-Za-z0-9_-]{30,2048}${TOKEN_END}`,
        keywords: ['ya29.'],
        anchor: 0,
        minEntropy: 3.5,
        sample: { secret: 'ya29.a0{b64url:120}', line: 'Authorization header set from gcloud auth print-access-token: {secret}' },
        nearMisses: ['ya29.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    {
        id: 'gcp-service-account-key',
        family: 'Google',
        description: 'Google Cloud service-account key file: its private_key_id (the private_key is the private-key rule)',
        regex: String.raw `private_key_id\\?["']?\s{0,4}:\s{0,4}\\?["']([0-9a-f]{40})\\?["']`,
        keywords: ['private_key_id'],
        lead: 4,
        secretGroup: 1,
        minEntropy: 3,
        sample: { secret: '{hex:40}', line: '{"type": "service_account", "project_id": "demo-project", "private_key_id": "{secret}", "client_email": "ci@demo-project.iam.gserviceaccount.com"}' },
        nearMisses: ['"private_key_id": "0000000000000000000000000000000000000000"'],
    },
    {
        id: 'azure-ad-client-secret',
        family: 'Azure',
        description: 'Microsoft Entra ID (Azure AD) application client secret (…Q~…)',
        regex: String.raw `(?:^|[\\'"\x60\s>=:(,])([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?=$|[\\'"\x60\s<),;&])`,
        flags: 'm',
        // A digit, "Q~" and the next character: four bytes, as the prefilter needs.
        keywords: [...'0123456789'].flatMap((digit) => followedBy(`${digit}Q~`, `${BASE64_URL_ALPHABET}~.`)),
        lead: 8,
        secretGroup: 1,
        minEntropy: 3,
        sample: { secret: '{alnum:3}{digit:1}Q~{alnum:34}', line: 'AZURE_CLIENT_SECRET="{secret}"' },
        nearMisses: ['client secret value: abc8Q~<value-from-portal>'],
    },
    {
        id: 'azure-storage-key',
        family: 'Azure',
        description: 'Azure storage account key in a connection string (AccountKey=…)',
        regex: String.raw `\bAccountKey=([A-Za-z0-9+/]{40,88}={0,2})`,
        keywords: ['AccountKey='],
        lead: 1,
        secretGroup: 1,
        minEntropy: 3.5,
        sample: { secret: '{b64:86}==', line: 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey={secret};EndpointSuffix=core.windows.net' },
        nearMisses: ['AccountKey=<storage-account-key>;', 'AccountKey=${STORAGE_KEY}'],
    },
    {
        id: 'azure-connection-string',
        family: 'Azure',
        description: 'Azure Service Bus, Event Hubs, SignalR or Relay key in a connection string (SharedAccessKey=…, AccessKey=…)',
        regex: String.raw `\b(?:SharedAccessKey|AccessKey|SharedSecretValue)=([A-Za-z0-9+/]{40,88}={0,2})`,
        keywords: ['AccessKey=', 'SharedSecretValue='],
        lead: 32,
        secretGroup: 1,
        minEntropy: 3.5,
        sample: { secret: '{b64:43}=', line: 'Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={secret}' },
        nearMisses: ['SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>'],
    },
    {
        id: 'azure-sas-token',
        family: 'Azure',
        description: 'Azure shared access signature: the sig= of a SAS URL or token',
        regex: String.raw `[?&;]sig=([A-Za-z0-9%+/]{40,160}(?:=|%3[Dd]){0,2})`,
        keywords: ['sig='],
        lead: 1,
        secretGroup: 1,
        minEntropy: 3.5,
        sample: { secret: '{alnum:43}%3D', line: 'az storage blob download --blob-url "https://acct.blob.core.windows.net/c/f.zip?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-01T00:00:00Z&sig={secret}"' },
        nearMisses: ['https://acct.blob.core.windows.net/c/f.zip?sv=2022-11-02&sig=<signature>'],
    },
    {
        id: 'digitalocean-token',
        family: 'DigitalOcean',
        description: 'DigitalOcean personal access, OAuth or refresh token (dop_v1_, doo_v1_, dor_v1_)',
        regex: String.raw `\bdo[opr]_v1_[a-f0-9]{64}\b`,
        keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'dop_v1_{hex:64}', line: 'DIGITALOCEAN_ACCESS_TOKEN={secret}' },
    },
    {
        id: 'heroku-api-key',
        family: 'Heroku',
        description: 'Heroku API key (HRKU-AA…, or a UUID next to "heroku")',
        regex: String.raw `\bHRKU-AA[0-9a-zA-Z_-]{58}${TOKEN_END}|heroku[\w.-]{0,40}${ASSIGN}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b`,
        flags: 'i',
        keywords: ['HRKU-AA', ...caseVariants(['heroku'])],
        lead: 8,
        secretGroup: 'first',
        minEntropy: 3,
        sample: { secret: 'HRKU-AA{b64url:58}', line: 'heroku config:set --app demo HEROKU_API_KEY={secret}' },
        nearMisses: ['HEROKU_API_KEY=${{ secrets.HEROKU_API_KEY }}', 'heroku ps:scale web=1 --app demo'],
    },
    {
        id: 'databricks-token',
        family: 'Databricks',
        description: 'Databricks personal access token (dapi…)',
        regex: String.raw `\bdapi[a-f0-9]{32}(?:-[0-9])?\b`,
        keywords: ['dapi'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'dapi{hex:32}', line: 'DATABRICKS_TOKEN={secret}' },
        nearMisses: ['dapi00000000000000000000000000000000'],
    },
];

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin/commerce.ts

/** Payments and shops: Stripe, Square, Shopify. */
const COMMERCE_RULES = [
    {
        id: 'stripe-key',
        family: 'Stripe',
        description: 'Stripe secret or restricted key, live, test or prod (sk_live_, rk_test_, …)',
        regex: String.raw `\b(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{10,247}\b`,
        keywords: ['sk_live_', 'sk_test_', 'sk_prod_', 'rk_live_', 'rk_test_', 'rk_prod_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'sk_live_{alnum:24}', line: 'Stripe.api_key = "{secret}"' },
        nearMisses: ['sk_live_AAAAAAAAAAAAAAAAAAAAAAAA', 'sk_test_xxxxxxxxxxxxxxxxxxxxxxxx', 'pk_live_51HqLyjWDarjtT1zdp7dcXZV', 'curl https://api.stripe.com/v1/charges -u sk_test_...:'],
    },
    {
        id: 'stripe-webhook-secret',
        family: 'Stripe',
        description: 'Stripe webhook signing secret (whsec_)',
        regex: String.raw `\bwhsec_[A-Za-z0-9]{32,64}\b`,
        keywords: ['whsec_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'whsec_{alnum:32}', line: 'Ready! Your webhook signing secret is {secret} (^C to quit)' },
    },
    {
        id: 'square-token',
        family: 'Square',
        description: 'Square access token (EAAA…, sq0atp-) or application secret (sq0csp-)',
        regex: String.raw `\b(?:EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22}|sq0csp-[A-Za-z0-9_-]{43})${TOKEN_END}`,
        keywords: ['EAAA', 'sq0atp-', 'sq0csp-'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'EAAA{b64url:60}', line: 'SQUARE_ACCESS_TOKEN={secret}' },
        nearMisses: ['ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 ci@example.com'],
    },
    {
        id: 'shopify-token',
        family: 'Shopify',
        description: 'Shopify access token, custom-app or private-app token, or shared secret (shpat_, shpca_, shppa_, shpss_)',
        regex: String.raw `\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b`,
        keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'shpat_{hex:32}', line: 'X-Shopify-Access-Token: {secret}' },
    },
];

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin/kubernetes-secret.ts
/** A downloaded GitHub log puts a timestamp before every line; indentation counts after it. */
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z /;
/** Values that are not secrets even here: templates, empty strings, masks. */
const NOT_A_VALUE = /^(?:""|''|\{\{[\s\S]*\}\}|\$\{[^}]*\}|\*+|<[^>]*>)$/;
/**
 * The values of a Kubernetes Secret's `data:` (base64) and `stringData:`
 * maps, in a YAML manifest (kubectl get -o yaml, a Helm render, a List) or
 * its JSON (kubectl get -o json), found from the `kind: Secret` line: the
 * maps can come before it (kubectl sorts keys) or after. Only the mapping
 * that holds `kind: Secret` is read, so a ConfigMap beside it is left alone.
 * Pure.
 */
function secretValues(text, match) {
    if (match[0].includes('"'))
        return jsonSecretValues(text, match.index);
    // A manifest printed inside a JSON string: its line breaks are `\n`. Same length, so offsets stay.
    return yamlSecretValues(text.includes('\\n') ? text.replace(/\\n/g, ' \n') : text, match.index);
}
function yamlSecretValues(text, at) {
    const lines = linesOf(text);
    const kind = lines.findIndex((line) => at >= line.start && at < Math.max(line.end, line.start + 1));
    if (kind < 0)
        return [];
    const depth = lines[kind].indent;
    const keyAt = (line) => (line.indent === depth ? /^([\w.-]+):(?:\s|$)/.exec(text.slice(line.content, line.end))?.[1] : undefined);
    const inside = (line) => blank(text, line) || line.indent > depth || (keyAt(line) !== undefined && !line.itemStart);
    // Backwards to this object's start: its apiVersion or list item (kubectl prints apiVersion, data, kind), or the line after
    // one that is not YAML (log text, markup). Lines after another kind belong to that object.
    let first = kind;
    for (let index = kind - 1; index >= 0; index--) {
        const line = lines[index];
        const key = keyAt(line);
        if (key === 'apiVersion' || (line.itemStart && line.indent === depth))
            first = index;
        else if (key !== 'kind' && !inside(line))
            first = index + 1;
        if (key === 'apiVersion' || key === 'kind' || line.itemStart || !inside(line))
            break;
    }
    // Forwards to the next object: another apiVersion or kind, a list item, a document separator, or a line that is not YAML.
    let last = kind;
    while (last + 1 < lines.length) {
        const line = lines[last + 1];
        const key = keyAt(line);
        if (key === 'apiVersion' || key === 'kind' || isSeparator(text, line) || (line.itemStart && line.indent <= depth) || !inside(line))
            break;
        last++;
    }
    const ranges = [];
    for (let index = first; index <= last; index++) {
        const line = lines[index];
        if (line.indent !== depth || !/^(?:data|stringData):\s*$/.test(text.slice(line.content, line.end)))
            continue;
        let child = -1;
        for (let next = index + 1; next <= last; next++) {
            const entry = lines[next];
            if (blank(text, entry))
                continue;
            if (entry.indent <= depth)
                break;
            if (child < 0)
                child = entry.indent;
            if (entry.indent !== child)
                continue;
            const pair = /^[\w.-]{1,253}:[ \t]*(.*?)[ \t]*$/.exec(text.slice(entry.content, entry.end));
            if (!pair)
                continue;
            const valueStart = entry.end - pair[1].length - (text.slice(entry.content, entry.end).length - text.slice(entry.content, entry.end).trimEnd().length);
            if (/^[|>][-+0-9]*$/.test(pair[1])) {
                // A block scalar: the lines indented under the key.
                let end = next;
                while (end + 1 <= last && (blank(text, lines[end + 1]) || lines[end + 1].indent > child))
                    end++;
                if (end > next)
                    ranges.push({ start: lines[next + 1].content, end: lines[end].end });
                next = end;
            }
            else {
                const value = unquote(text, valueStart, valueStart + pair[1].length);
                if (value.end > value.start && !NOT_A_VALUE.test(text.slice(value.start, value.end)))
                    ranges.push(value);
            }
        }
    }
    return ranges;
}
/** `"data": { "key": "value", … }` inside the object that holds `"kind": "Secret"` (quotes may be JSON-escaped). */
function jsonSecretValues(text, at) {
    let depth = 0;
    let open = -1;
    for (let index = at; index >= 0; index--) {
        const char = text[index];
        if (char === '}')
            depth++;
        else if (char === '{' && depth-- === 0) {
            open = index;
            break;
        }
    }
    if (open < 0)
        return [];
    const ranges = [];
    const maps = /\\?"(?:data|stringData)\\?"\s*:\s*\{([^{}]*)\}/g;
    maps.lastIndex = open;
    for (let map = maps.exec(text); map; map = maps.exec(text)) {
        if (depthBetween(text, open, map.index) !== 1)
            continue;
        const bodyStart = map.index + map[0].indexOf('{') + 1;
        const pairs = /\\?"[\w.-]{1,253}\\?"\s*:\s*\\?"((?:[^"\\]|\\(?!")[\s\S]){1,65536})\\?"/g;
        for (let pair = pairs.exec(map[1]); pair; pair = pairs.exec(map[1])) {
            const start = bodyStart + pair.index + pair[0].length - pair[1].length - (pair[0].endsWith('\\"') ? 2 : 1);
            if (!NOT_A_VALUE.test(pair[1]))
                ranges.push({ start, end: start + pair[1].length });
        }
        if (depthBetween(text, open, map.index) < 1)
            break;
    }
    return ranges;
}
/** Brace depth at `to`, counting from the object opened at `from`. */
function depthBetween(text, from, to) {
    let depth = 0;
    for (let index = from; index < to; index++) {
        if (text[index] === '{')
            depth++;
        else if (text[index] === '}')
            depth--;
    }
    return depth;
}
function linesOf(text) {
    const lines = [];
    for (let start = 0; start <= text.length;) {
        const newline = text.indexOf('\n', start);
        const end = newline < 0 ? text.length : newline > start && text[newline - 1] === '\r' ? newline - 1 : newline;
        const stamp = TIMESTAMP.exec(text.slice(start, Math.min(end, start + 40)));
        let content = start + (stamp ? stamp[0].length : 0);
        const indentFrom = content;
        while (text[content] === ' ')
            content++;
        let itemStart = false;
        if (text[content] === '-' && text[content + 1] === ' ') {
            itemStart = true;
            content += 2;
            while (text[content] === ' ')
                content++;
        }
        lines.push({ start, end, content, indent: content - indentFrom, itemStart });
        if (newline < 0)
            break;
        start = newline + 1;
    }
    return lines;
}
function blank(text, line) {
    return text.slice(line.content, line.end).trim() === '';
}
function isSeparator(text, line) {
    return /^---\s*$/.test(text.slice(line.content - line.indent, line.end));
}
function unquote(text, start, end) {
    const first = text[start];
    if ((first === '"' || first === "'") && text[end - 1] === first && end - start >= 2)
        return { start: start + 1, end: end - 1 };
    return { start, end };
}
const KUBERNETES_SECRET_RULE = {
    id: 'kubernetes-secret',
    family: 'Context',
    description: 'Values of a Kubernetes Secret manifest: data: (base64) and stringData:, in YAML or JSON',
    // After a word boundary, or after a `\n` escape (a manifest inside a JSON string).
    regex: String.raw `(?:\b|(?<=\\n))kind\\?["']?\s{0,4}:\s{0,4}\\?["']?Secret\b`,
    keywords: ['Secret'],
    // The maps often come before the kind line (kubectl sorts keys): look as far back as ahead.
    lead: 16 * 1024,
    reach: 16 * 1024,
    placeholders: false,
    locate: secretValues,
    sample: (random) => {
        const secret = Buffer.from(random('alnum', 24)).toString('base64');
        const line = ['apiVersion: v1', 'data:', `  password: ${secret}`, '  username: YWRtaW4=', 'kind: Secret', 'metadata:', '  name: db-credentials', 'type: Opaque'].join('\n');
        return { secret, line };
    },
    nearMisses: ['apiVersion: v1\nkind: ConfigMap\ndata:\n  mode: cHJvZHVjdGlvbg==', 'kind: Secret\nmetadata:\n  name: x\nstringData:\n  password: "{{ .Values.password }}"'],
};

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin/context.ts



/** The scheme's last character and "://": four bytes for the prefilter. */
const URL_KEYWORDS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'].map((char) => `${char}://`);
const notWords = (value) => !isWordLike(value);
/** A literal, not a URL or path a setting points at (`TOKEN_URL=https://…/token`) nor a shell expansion (`$(vault login …)`). */
const literalValue = (value) => !/^(?:[a-z][a-z0-9+.-]*:\/\/[^@]*|[/~.][\w./-]*|[$%].*)$/i.test(value) && notWords(value);
/**
 * Secrets known by where they stand rather than what they look like: URLs
 * with credentials, HTTP headers, command lines, Kubernetes manifests,
 * `.env` lines and key = value settings. Last in the table: a value a vendor
 * rule also matched is counted under the vendor rule.
 */
const CONTEXT_RULES = [
    {
        id: 'url-credentials',
        family: 'Context',
        description: 'Password in a URL (https://user:password@host, postgres://…, mongodb+srv://…), also one with an unescaped @',
        // The password may hold "@": greedy, it ends at the last "@" before the host.
        regex: String.raw `://[^\s/:@'"<>\\]{1,256}:([^\s/'"<>\\]{1,256})@(?=[A-Za-z0-9[])`,
        keywords: URL_KEYWORDS,
        anchor: 1,
        lead: 1,
        secretGroup: 1,
        check: (value) => value !== 'x-oauth-basic',
        sample: { secret: '{alnum:18}', line: "Cloning into 'x'... https://deploy:{secret}@git.example.com/org/repo.git" },
        nearMisses: ['mongodb://localhost:27017/db', 'https://user:${TOKEN}@example.com', 'https://{{user}}:{{pass}}@host', 'postgres://app:YOUR_PASSWORD@db:5432/app', 'git@github.com:org/repo.git'],
    },
    {
        id: 'url-token-username',
        family: 'Context',
        description: 'Token as the user name of a URL (https://<token>@github.com, https://<token>:x-oauth-basic@…)',
        regex: String.raw `://([A-Za-z0-9_~.-]{20,256})(?::(?:x-oauth-basic|x)?)?@(?=[A-Za-z0-9[])`,
        keywords: URL_KEYWORDS,
        anchor: 1,
        lead: 1,
        secretGroup: 1,
        minEntropy: 3.5,
        check: notWords,
        sample: { secret: '{alnum:40}', line: 'git remote set-url origin https://{secret}:x-oauth-basic@github.com/org/repo.git' },
        nearMisses: ['https://x-access-token@github.com/org/repo', 'https://deploy-bot-account-name@git.example.com/repo.git'],
    },
    {
        id: 'authorization-header',
        family: 'Context',
        description: 'Credential in an HTTP Authorization or Proxy-Authorization header, any scheme (Basic, Bearer, token, Api-Token, SSWS, raw; OpenShift sha256~)',
        regex: String.raw `authorization\\?["']?\s{0,4}[:=]\s{0,4}\\?["']?(?!digest\s)(?:[A-Za-z][A-Za-z0-9_-]{1,30}\s{1,4})?([A-Za-z0-9._~+/=-]{8,4096})`,
        flags: 'i',
        keywords: caseVariants(['authorization']),
        lead: 16,
        secretGroup: 1,
        minEntropy: 2.5,
        check: notWords,
        sample: { secret: '{b64url:48}', line: '> Authorization: Bearer {secret}' },
        nearMisses: ['Authorization: Bearer ***', 'Authorization: Bearer XXXX', 'authorization: required permissions', 'Authorization: Bearer ${{ secrets.API_TOKEN }}', 'Authorization: Basic <credentials>'],
    },
    {
        id: 'api-key-header',
        family: 'Context',
        description: 'Credential in an API-key HTTP header (X-API-Key, apikey, Private-Token, X-*-Token, X-*-Key, X-*-Secret)',
        regex: String.raw `(?:x-api-key|x-apikey|api-key|apikey|x-auth-token|x-access-token|private-token|job-token|x-[a-z0-9-]{1,40}-(?:token|key|secret|auth))\\?["']?\s{0,4}:\s{0,4}\\?["']?([A-Za-z0-9._~+/=-]{8,4096})`,
        flags: 'i',
        keywords: [...anyCase('apik'), ...anyCase('api-k'), ...anyCase('-token'), ...anyCase('-key'), ...anyCase('-secret'), ...anyCase('-auth')],
        lead: 56,
        secretGroup: 1,
        minEntropy: 3,
        check: notWords,
        sample: { secret: '{alnum:32}', line: 'curl -H "X-Api-Key: {secret}" https://api.example.com/v1/items' },
        nearMisses: ['X-Api-Key: ${API_KEY}', 'x-request-id: 7f3e2a1b', 'X-GitHub-Api-Version: 2022-11-28'],
    },
    {
        id: 'cli-user-password',
        family: 'Context',
        description: 'Password (or token) of -u / --user user:password on a command line (curl, wget, http clients)',
        regex: String.raw `(?:^|\s)(?:-u|--user|--proxy-user)(?:\s{1,4}|=)?\\?["']?(?:[^\s:"'$\\]{1,256}:(?!\/\/)([^\s"'\\]{1,256})|([^\s:"'$\\]{16,256}):(?=[\s"'\\]|$))`,
        flags: 'm',
        keywords: [...followedBy('-u ', `'"$_-ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789`), '--user', '--proxy-user'],
        lead: 2,
        secretGroup: 'first',
        minEntropy: 1.6,
        check: (value) => !/^[0-9]+$/.test(value),
        sample: { secret: '{alnum:20}', line: 'curl -sS -u deploy:{secret} https://artifacts.example.com/upload' },
        nearMisses: ['docker run -u 1000:1000 node:20', 'curl -u "$USER:$PASSWORD" https://host', 'git push -u origin main', 'curl -u user:*** https://host'],
    },
    KUBERNETES_SECRET_RULE,
    {
        id: 'npmrc-auth',
        family: 'Context',
        description: 'Registry credential in an .npmrc line (_authToken, _auth, _password)',
        regex: String.raw `:_(?:authToken|auth|password)\s{0,8}=\s{0,8}"?([^\s"]{8,2048})`,
        keywords: [':_authToken', ':_auth', ':_password'],
        anchor: 0,
        secretGroup: 1,
        sample: { secret: '{alnum:36}', line: '//registry.example.com/:_authToken={secret}' },
        nearMisses: ['//registry.npmjs.org/:_authToken=${NODE_AUTH_TOKEN}'],
    },
    {
        id: 'docker-config-auth',
        family: 'Context',
        description: 'Registry credential in a Docker config.json ("auth": base64 of user:password)',
        regex: String.raw `\\?"auth\\?"\s{0,4}:\s{0,4}\\?"([A-Za-z0-9+/]{8,4096}={0,2})\\?"`,
        keywords: ['"auth"', 'auth\\"'],
        lead: 2,
        secretGroup: 1,
        check: (value) => /^[^:\s]{1,256}:\S/.test(Buffer.from(value, 'base64').toString('latin1')),
        sample: (random) => {
            const secret = Buffer.from(`ci:${random('alnum', 24)}`).toString('base64');
            return { secret, line: `{"auths":{"ghcr.io":{"auth":"${secret}"}}}` };
        },
        nearMisses: ['{"auths":{"ghcr.io":{"auth":"<base64 user:token>"}}}', '"auth": "required"'],
    },
    {
        id: 'connection-string-password',
        family: 'Context',
        description: 'Password in a key=value connection string (Password=…; Pwd=…)',
        regex: String.raw `(?:^|[;"'\s])(?:password|pwd)\s{0,8}=\s{0,8}([^;"'\s]{1,256})`,
        flags: 'i',
        // "assword", not "password": "PASS" starts every pytest PASSED line, and the prefilter keys on four bytes.
        keywords: ['assword', 'ASSWORD', ...caseVariants(['pwd']).flatMap((word) => [`${word}=`, `${word} `, `${word}\t`])],
        secretGroup: 1,
        check: (value) => value.length > 3 && !/^(?:\*+|%[A-Z_]+%)$/i.test(value),
        sample: { secret: '{alnum:16}', line: 'Server=db.internal;Database=app;User Id=app;Password={secret};' },
        nearMisses: ['Password=***;', 'password=${{ secrets.DB_PASSWORD }}'],
    },
    {
        id: 'env-assignment',
        family: 'Context',
        description: '.env, export and set lines whose variable name says secret (…TOKEN=, …SECRET=, …PASSWORD=, …API_KEY=, …)',
        regex: String.raw `(?:^|[\s;&|("'>=:]|\\n)(?:export\s{1,8}|set\s{1,8}|\$env:)?([A-Z0-9_]{0,80}(?:TOKEN|SECRET|PASSWORD|PASSWD|_PWD|APIKEY|API_KEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIALS?|_AUTH)[A-Z0-9_]{0,40})\s{0,4}=\s{0,4}\\?["']?([^\s"'\\#;]{4,4096})`,
        flags: 'm',
        keywords: ['TOKEN', 'SECRET', 'ASSWORD', 'ASSWD', '_PWD', 'APIKEY', 'API_KEY', 'ACCESS_KEY', 'PRIVATE_KEY', 'CREDENTIAL', '_AUTH'],
        lead: 128,
        secretGroup: 2,
        minEntropy: 1,
        check: literalValue,
        sample: { secret: '{alnum:24}', line: 'export DEPLOY_API_TOKEN={secret}' },
        nearMisses: ['export GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}', 'DB_PASSWORD=$DB_PASSWORD', 'OLDPWD=/home/runner/work', 'TOKEN_URL=https://auth.internal/oauth/token', 'PASSWORD_MIN_LENGTH=12'],
    },
    {
        id: 'generic-secret-assignment',
        family: 'Context',
        description: 'A high-entropy value assigned to a name that says secret (token, secret, password, api_key, access_key, client_secret, credential, private_key), in any config or code syntax',
        regex: String.raw `([A-Za-z0-9_.-]{0,40}(?:token|secret|passw(?:or)?d|pwd|api[_.-]?key|access[_.-]?key|auth[_.-]?key|credential|private[_.-]?key)[A-Za-z0-9_.-]{0,20})${ASSIGN}([A-Za-z0-9_.~+/=@!#%^*-]{8,256})`,
        flags: 'i',
        // Four bytes each: "pwd" and "key" with what comes before or after them in the names the regex takes.
        keywords: [...caseVariants(['token', 'secret', 'credential']), 'assw', 'ASSW', ...['pwd', 'PWD', 'Pwd'].flatMap((word) => [...followedBy(word, `=:"' _`), `_${word}`, `-${word}`]), ...['_', '-', '.', 'i', 'I', 's', 'S', 'h', 'H', 'e', 'E'].flatMap((before) => anyCase('key').map((key) => before + key))],
        lead: 64,
        secretGroup: 2,
        minEntropy: 3.5,
        check: literalValue,
        sample: { secret: '{alnum:32}', line: 'app.client_secret = "{secret}"' },
        nearMisses: ['token_type: bearer', 'secretName: my-app-credentials', 'password_policy: strong-passwords-only', 'tokenizer = bert-base-uncased', 'api_key: ${{ secrets.API_KEY }}', 'cache key: node-cache-Linux-x64-npm', 'secret_ref: projects/demo/secrets/db-password/versions/latest'],
    },
];

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin/devops.ts

/** Secrets managers, infrastructure and developer tools: Doppler, HashiCorp Vault and Terraform Cloud, Pulumi, Postman, Linear. */
const DEVOPS_RULES = [
    {
        id: 'doppler-token',
        family: 'Doppler',
        description: 'Doppler personal, service, service account, CLI, SCIM or audit token (dp.pt., dp.st., …)',
        regex: String.raw `\bdp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44}\b`,
        keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'dp.st.{alnum:43}', line: 'DOPPLER_TOKEN={secret}' },
    },
    {
        id: 'vault-token',
        family: 'HashiCorp',
        description: 'HashiCorp Vault service (hvs.), batch (hvb.) or recovery (hvr.) token, or a legacy s. token in VAULT_TOKEN',
        regex: String.raw `\b(?:hvs\.[A-Za-z0-9_-]{90,120}|hvb\.[A-Za-z0-9_-]{138,300}|hvr\.[A-Za-z0-9_-]{60,120})${TOKEN_END}|VAULT_TOKEN\\?["']?\s{0,4}[:=]\s{0,4}\\?["']?(s\.[A-Za-z0-9]{24})\b`,
        keywords: ['hvs.', 'hvb.', 'hvr.', 'VAULT_TOKEN'],
        lead: 4,
        secretGroup: 'first',
        minEntropy: 3.5,
        sample: { secret: 'hvs.CAESI{b64url:90}', line: 'export VAULT_TOKEN={secret}' },
        nearMisses: ['export VAULT_TOKEN=$(vault login -token-only -method=github)'],
    },
    {
        id: 'terraform-cloud-token',
        family: 'HashiCorp',
        description: 'Terraform Cloud / HCP Terraform API token (….atlasv1.…)',
        regex: String.raw `\b[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}(?![A-Za-z0-9_=-])`,
        keywords: ['.atlasv1.'],
        anchor: -14,
        lead: 16,
        minEntropy: 3.5,
        sample: { secret: '{alnum:14}.atlasv1.{alnum:67}', line: 'TF_TOKEN_app_terraform_io={secret}' },
    },
    {
        id: 'pulumi-token',
        family: 'Pulumi',
        description: 'Pulumi access token (pul-)',
        regex: String.raw `\bpul-[a-f0-9]{40}\b`,
        keywords: ['pul-'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'pul-{hex:40}', line: 'PULUMI_ACCESS_TOKEN={secret}' },
    },
    {
        id: 'postman-api-key',
        family: 'Postman',
        description: 'Postman API key (PMAK-)',
        regex: String.raw `\bPMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}\b`,
        keywords: ['PMAK-'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'PMAK-{hex:24}-{hex:34}', line: 'postman login --with-api-key {secret}' },
    },
    {
        id: 'linear-api-key',
        family: 'Linear',
        description: 'Linear API key (lin_api_) or OAuth token (lin_oauth_)',
        regex: String.raw `\blin_(?:api_[A-Za-z0-9]{40}|oauth_[a-f0-9]{64})\b`,
        keywords: ['lin_api_', 'lin_oauth_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'lin_api_{alnum:40}', line: 'LINEAR_API_KEY={secret}' },
    },
];

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin/pkcs12.ts
/** The most of a key store the scanner replaces: its overlap holds a match whole only up to about this. */
const MAX_EXTENT = 60 * 1024;
/**
 * A PKCS#12 file from its first byte to the end its DER length gives (an
 * indefinite length: as far as the text goes, up to the cap). The text is
 * bytes read as latin1, so a character is a byte. Pure.
 */
function pkcs12Extent(text, match) {
    const start = match.index;
    const first = text.charCodeAt(start + 1);
    let length = Number.POSITIVE_INFINITY;
    let header = 2;
    if (first >= 0x81 && first <= 0x83) {
        const bytes = first - 0x80;
        length = 0;
        for (let index = 0; index < bytes; index++)
            length = length * 256 + text.charCodeAt(start + 2 + index);
        header += bytes;
    }
    return [{ start, end: Math.min(text.length, start + header + length, start + MAX_EXTENT) }];
}
/** A fake key store: the PFX header, then random bytes standing for the encrypted content, as base64 in a log line. */
function pkcs12Sample(random) {
    const content = Buffer.from(random('hex', 1200), 'hex');
    const oid = Buffer.from([0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01]);
    const sequence = (body) => Buffer.concat([Buffer.from([0x30, 0x82, body.length >> 8, body.length & 0xff]), body]);
    const der = sequence(Buffer.concat([Buffer.from([0x02, 0x01, 0x03]), sequence(Buffer.concat([oid, content]))]));
    const secret = der.toString('base64');
    return { secret, line: `CERTIFICATE_P12_BASE64=${secret}` };
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin/keys.ts


const base64url = (text) => Buffer.from(text).toString('base64url');
/** Key material, not a docs page's stand-in (`-----BEGIN RSA PRIVATE KEY-----\n<your key>\n-----END…`): a long base64 run, no placeholder text. */
const hasKeyMaterial = (block) => /[A-Za-z0-9+/]{40}/.test(block) && !/<[^>\n]*>|\byour\b|\.\.\.|…|x{6}/i.test(block);
/** Key material and signed tokens: private keys (PEM, OpenSSH, PGP, PuTTY), age keys, JWTs, PKCS#12. */
const KEY_RULES = [
    {
        id: 'private-key',
        family: 'Private keys',
        description: 'Private key block (PEM: RSA, EC, DSA, PKCS#8, encrypted; OpenSSH; PGP), header to footer, also inside JSON strings and with a cut-off or odd-dashed footer',
        regex: String.raw `-{3,7}BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-{3,7}(?:[\s\S]{16,32768}?-{3,7}END[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-{1,9}|(?:\s|\\[nr]){1,4}(?:[A-Za-z0-9+/=]{16,80}(?:\s|\\[nr]){0,4}){2,600})`,
        keywords: ['PRIVATE KEY'],
        lead: 64,
        reach: 34 * 1024,
        placeholders: false,
        check: hasKeyMaterial,
        sample: (random) => {
            const body = Array.from({ length: 8 }, () => random('b64', 64)).join('\n');
            const secret = `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----`;
            return { secret, line: secret };
        },
        nearMisses: ['-----BEGIN RSA PRIVATE KEY-----\n<paste your key here: it is several lines of base64>\n-----END RSA PRIVATE KEY-----', '-----BEGIN PUBLIC KEY-----', 'ssh-keygen -t ed25519 -f ~/.ssh/id_ed25519 (writes the PRIVATE KEY file)', '-----BEGIN CERTIFICATE-----'],
    },
    {
        id: 'putty-private-key',
        family: 'Private keys',
        description: 'PuTTY private key file (.ppk), header to Private-MAC',
        regex: String.raw `PuTTY-User-Key-File-[23]: [\s\S]{1,16384}?Private-MAC: [0-9a-f]{40,64}`,
        keywords: ['PuTTY-User-Key-File-'],
        nearMisses: ['PuTTY-User-Key-File-2: ssh-rsa (header only, as a docs page shows it)'],
        anchor: 0,
        reach: 17 * 1024,
        placeholders: false,
        check: hasKeyMaterial,
        sample: (random) => {
            const lines = (count) => Array.from({ length: count }, () => random('b64', 64)).join('\n');
            const secret = `PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: deploy\nPublic-Lines: 2\n${lines(2)}\nPrivate-Lines: 4\n${lines(4)}\nPrivate-MAC: ${random('hex', 40)}`;
            return { secret, line: secret };
        },
    },
    {
        id: 'age-secret-key',
        family: 'Private keys',
        description: 'age secret key (AGE-SECRET-KEY-1…)',
        regex: String.raw `AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}`,
        keywords: ['AGE-SECRET-KEY-1'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'AGE-SECRET-KEY-1{bech32:58}', line: '# created: 2026-11-25T10:00:00Z\n# public key: age1qqqq\n{secret}' },
    },
    {
        id: 'jwt',
        family: 'Tokens',
        description: 'JSON Web Token (header.payload.signature; also alg "none" with an empty signature, and base64-wrapped through decoding)',
        regex: String.raw `\beyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,8192}\.(?:[A-Za-z0-9_-]{16,4096})?(?![A-Za-z0-9_-])`,
        // "eyJ" is base64 of `{"`; with the next character it is four bytes, as the prefilter needs.
        keywords: [...BASE64_URL_ALPHABET].map((char) => `eyJ${char}`),
        anchor: 0,
        reach: 17 * 1024,
        sample: (random) => {
            const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
            const payload = base64url(JSON.stringify({ sub: random('alnum', 12), iat: 1764064800, scope: 'deploy' }));
            const secret = `${header}.${payload}.${random('b64url', 43)}`;
            return { secret, line: `Authorization header value ${secret}` };
        },
        nearMisses: ['eyJhbGciOiJIUzI1NiJ9 is the base64 of a JWT header', 'eyJhbGciOiJIUzI1NiJ9.e30'],
    },
    {
        id: 'pkcs12',
        family: 'Private keys',
        description: 'PKCS#12 / PFX key store, found by its DER header in binary content (binary: scrub, archives) and in base64 in text (through decoding)',
        // SEQUENCE { INTEGER 3, SEQUENCE { OID pkcs7-data … } }: the PFX header, whatever the length encoding.
        regex: String.raw `\x30(?:\x80|\x81[\s\S]|\x82[\s\S]{2}|\x83[\s\S]{3})\x02\x01\x03\x30(?:\x80|\x81[\s\S]|\x82[\s\S]{2}|\x83[\s\S]{3})\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07[\x01\x02]`,
        keywords: ['\x02\x01\x03\x30'],
        lead: 8,
        reach: 60 * 1024,
        placeholders: false,
        binary: true,
        locate: pkcs12Extent,
        sample: pkcs12Sample,
        // A certificate is DER too, but starts SEQUENCE { SEQUENCE { [0] version … } }, not version 3.
        nearMisses: ['-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n-----END CERTIFICATE-----'],
    },
];

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin/messaging.ts

const HEX = '0123456789abcdef';
/** Chat and mail: Slack, Twilio, SendGrid, Mailgun, Mailchimp. (`xoxo` is not a Slack token: "hugs and kisses".) */
const MESSAGING_RULES = [
    {
        id: 'slack-bot-token',
        family: 'Slack',
        description: 'Slack bot token (xoxb-)',
        regex: String.raw `\bxoxb-[0-9]{8,14}-[A-Za-z0-9-]{10,250}`,
        keywords: ['xoxb-'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'xoxb-{digit:12}-{digit:13}-{alnum:24}', line: 'SLACK_BOT_TOKEN={secret}' },
        nearMisses: ['xoxb-xxxxxxxxx-xxxxxxxxxx-xxxxxxxxxxxx', 'xoxb-12345-abcd234', 'xoxb-xoxb-my-bot-token'],
    },
    {
        id: 'slack-user-token',
        family: 'Slack',
        description: 'Slack user token (xoxp-) or legacy workspace token (xoxs-)',
        regex: String.raw `\bxox[ps]-[0-9]{6,14}-[0-9]{6,14}-[0-9]{6,14}-[A-Za-z0-9]{10,64}\b`,
        keywords: ['xoxp-', 'xoxs-'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'xoxp-{digit:12}-{digit:12}-{digit:12}-{hex:32}', line: '"user_token": "{secret}"' },
        nearMisses: ['"token": "xoxp-1234567890"', 'xoxp-572370529330-573807301142-572331691188-####################'],
    },
    {
        id: 'slack-app-token',
        family: 'Slack',
        description: 'Slack app-level token (xapp-)',
        regex: String.raw `\bxapp-[0-9]-[A-Z0-9]{6,20}-[0-9]{6,20}-[a-z0-9]{32,128}\b`,
        keywords: ['xapp-'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'xapp-1-A{upperdigit:10}-{digit:13}-{hex:64}', line: 'SLACK_APP_TOKEN={secret}' },
    },
    {
        id: 'slack-config-token',
        family: 'Slack',
        description: 'Slack configuration access (xoxe.xoxp-, xoxe.xoxb-) or refresh (xoxe-) token',
        regex: String.raw `\bxoxe\.xox[bp]-[0-9]-[A-Za-z0-9]{140,180}\b|\bxoxe-[0-9]-[A-Za-z0-9]{140,160}\b`,
        keywords: ['xoxe.xoxb-', 'xoxe.xoxp-', 'xoxe-'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'xoxe.xoxp-1-{alnum:163}', line: '"access_token": "{secret}"' },
        nearMisses: ['xoxe.xoxp-1-SlackAppConfigurationAccessTokenHere', 'xoxe-1-xxx'],
    },
    {
        id: 'slack-legacy-token',
        family: 'Slack',
        description: 'Slack legacy OAuth access (xoxa-) or refresh (xoxr-) token',
        regex: String.raw `\bxox[ar]-(?:[0-9]-)?[0-9A-Za-z-]{8,250}`,
        keywords: ['xoxa-', 'xoxr-'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'xoxa-2-{digit:9}-{digit:11}-{digit:13}-{hex:18}', line: '"access_token": "{secret}"' },
        nearMisses: ['https://github.com/xoxa-nyc/xoxa-nyc.github.io/blob/master/README.md', 'xoxo-523423-234243-234233-e039d02840a0b9379c', 'hugs xoxo-forever-yours'],
    },
    {
        id: 'slack-webhook',
        family: 'Slack',
        description: 'Slack incoming-webhook or workflow-trigger URL',
        regex: String.raw `hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9/_+-]{20,200}`,
        keywords: ['hooks.slack.com'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'hooks.slack.com/services/T{upperdigit:8}/B{upperdigit:10}/{alnum:24}', line: 'POST https://{secret} 200' },
        nearMisses: ['https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'],
    },
    {
        id: 'twilio-api-key',
        family: 'Twilio',
        description: 'Twilio API key SID (SK + 32 hex)',
        regex: String.raw `\bSK[0-9a-f]{32}\b`,
        // "SK" plus two hex digits: four bytes, as the prefilter needs.
        keywords: [...HEX].flatMap((first) => [...HEX].map((second) => `SK${first}${second}`)),
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'SK{hex:32}', line: 'TWILIO_API_KEY={secret}' },
        nearMisses: ['SK00000000000000000000000000000000'],
    },
    {
        id: 'twilio-auth-token',
        family: 'Twilio',
        description: 'Twilio auth token or API secret next to "twilio"',
        regex: String.raw `twilio[\w.-]{0,40}${ASSIGN}([a-f0-9]{32}|[A-Za-z0-9]{32})\b`,
        flags: 'i',
        keywords: caseVariants(['twilio']),
        lead: 4,
        secretGroup: 1,
        minEntropy: 3,
        sample: { secret: '{hex:32}', line: 'TWILIO_AUTH_TOKEN={secret}' },
        nearMisses: ['TWILIO_AUTH_TOKEN=your_auth_token', 'twilio_account_sid: ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    {
        id: 'sendgrid-api-key',
        family: 'SendGrid',
        description: 'SendGrid API key (SG.…)',
        regex: String.raw `\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}${TOKEN_END}`,
        keywords: followedBy('SG.', BASE64_URL_ALPHABET),
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'SG.{b64url:22}.{b64url:43}', line: 'SENDGRID_API_KEY={secret}' },
    },
    {
        id: 'mailgun-api-key',
        family: 'Mailgun',
        description: 'Mailgun private API key, public key or webhook signing key next to "mailgun"',
        regex: String.raw `mailgun[\w.-]{0,40}${ASSIGN}((?:pub)?key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})\b`,
        flags: 'i',
        keywords: caseVariants(['mailgun']),
        lead: 4,
        secretGroup: 1,
        minEntropy: 3,
        sample: { secret: 'key-{hex:32}', line: 'MAILGUN_API_KEY={secret}' },
    },
    {
        id: 'mailchimp-api-key',
        family: 'Mailchimp',
        description: 'Mailchimp API key (32 hex, then the data centre: -us21)',
        regex: String.raw `\b[0-9a-f]{32}-us[0-9]{1,2}\b`,
        keywords: [...'0123456789'].map((digit) => `-us${digit}`),
        anchor: -32,
        lead: 33,
        minEntropy: 3,
        sample: { secret: '{hex:32}-us{digit:1}', line: 'MAILCHIMP_API_KEY={secret}' },
    },
];

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin/observability.ts

/** Monitoring and identity: Sentry, Grafana, Dynatrace, New Relic, Datadog, Okta. */
const OBSERVABILITY_RULES = [
    {
        id: 'sentry-token',
        family: 'Sentry',
        description: 'Sentry user auth token (sntryu_) or organization token (sntrys_)',
        regex: String.raw `\b(?:sntryu_[a-f0-9]{64}|sntrys_eyJpYXQiO[A-Za-z0-9+/=_-]{50,1000}_[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=_-])`,
        keywords: ['sntryu_', 'sntrys_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'sntryu_{hex:64}', line: 'SENTRY_AUTH_TOKEN={secret}' },
    },
    {
        id: 'grafana-api-key',
        family: 'Grafana',
        description: 'Grafana API key (eyJrIjoi…, base64 of {"k":")',
        regex: String.raw `\beyJrIjoi[A-Za-z0-9]{70,400}={0,3}(?![A-Za-z0-9=])`,
        keywords: ['eyJrIjoi'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'eyJrIjoi{alnum:72}', line: 'GRAFANA_API_KEY={secret}' },
    },
    {
        id: 'grafana-cloud-token',
        family: 'Grafana',
        description: 'Grafana Cloud access policy or API token (glc_)',
        regex: String.raw `\bglc_[A-Za-z0-9+/]{32,400}={0,3}(?![A-Za-z0-9+/=])`,
        keywords: ['glc_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'glc_{b64:80}', line: 'GRAFANA_CLOUD_TOKEN={secret}' },
    },
    {
        id: 'grafana-service-account-token',
        family: 'Grafana',
        description: 'Grafana service account token (glsa_)',
        regex: String.raw `\bglsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}\b`,
        keywords: ['glsa_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'glsa_{alnum:32}_{hex:8}', line: 'Authorization token for grafana: {secret}' },
    },
    {
        id: 'dynatrace-token',
        family: 'Dynatrace',
        description: 'Dynatrace API token (dt0c01.…)',
        regex: String.raw `\bdt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}\b`,
        keywords: ['dt0c01.'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'dt0c01.{upperdigit:24}.{upperdigit:64}', line: 'DT_API_TOKEN={secret}' },
    },
    {
        id: 'new-relic-key',
        family: 'New Relic',
        description: 'New Relic user API key (NRAK-), browser (NRJS-), insert (NRII-), REST (NRRA-) or license key (…NRAL)',
        regex: String.raw `\b(?:NRAK-[A-Z0-9]{27}|NRJS-[a-f0-9]{19}|NRII-[A-Za-z0-9_-]{32}|NRRA-[a-f0-9]{42}|(?:eu01xx)?[a-f0-9]{30,36}NRAL)\b`,
        keywords: ['NRAK-', 'NRJS-', 'NRII-', 'NRRA-', 'NRAL'],
        lead: 44,
        minEntropy: 3,
        sample: { secret: 'NRAK-{upperdigit:27}', line: 'NEW_RELIC_API_KEY={secret}' },
    },
    {
        id: 'datadog-api-key',
        family: 'Datadog',
        description: 'Datadog API or application key next to its name (DD_API_KEY, datadog…app_key)',
        regex: String.raw `(?:datadog|\bdd)[\w.-]{0,30}?(?:api|app|application|client)[_.-]?key${ASSIGN}([a-f0-9]{40}|[a-f0-9]{32})\b`,
        flags: 'i',
        keywords: [...caseVariants(['datadog']), 'DD_API', 'DD_APP', 'DD_CLIENT', 'dd_api', 'dd_app', 'dd_client'],
        lead: 4,
        secretGroup: 1,
        minEntropy: 3,
        sample: { secret: '{hex:32}', line: 'DD_API_KEY={secret}' },
        nearMisses: ['DD_API_KEY=<DATADOG_API_KEY>', 'datadog_app_key: ${{ secrets.DD_APP_KEY }}'],
    },
    {
        id: 'okta-token',
        family: 'Okta',
        description: 'Okta API token (00…, 42 characters) next to "okta" or after SSWS',
        regex: String.raw `(?:okta[\w.-]{0,40}${ASSIGN}(?:SSWS\s{1,4})?|\bSSWS\s{1,4})(00[A-Za-z0-9_=-]{40})(?![A-Za-z0-9_=-])`,
        flags: 'i',
        keywords: [...caseVariants(['okta']), 'SSWS'],
        lead: 4,
        secretGroup: 1,
        minEntropy: 3.5,
        sample: { secret: '00{b64url:40}', line: 'OKTA_API_TOKEN={secret}' },
        nearMisses: ['OKTA_API_TOKEN=${OKTA_API_TOKEN}'],
    },
];

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin/registries.ts

/** Package and container registries: npm, PyPI, RubyGems, NuGet, Docker Hub. */
const REGISTRY_RULES = [
    {
        id: 'npm-token',
        family: 'npm',
        description: 'npm access token (npm_)',
        regex: String.raw `\bnpm_[A-Za-z0-9]{36}\b`,
        keywords: ['npm_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'npm_{alnum:36}', line: 'npm notice using token {secret}' },
        nearMisses: ['npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'npm_config_cache=/home/runner/.npm'],
    },
    {
        id: 'pypi-token',
        family: 'PyPI',
        description: 'PyPI or TestPyPI upload token (pypi-AgEIcHlwaS5vcmc…)',
        regex: String.raw `\bpypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000}`,
        keywords: ['pypi-AgE'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'pypi-AgEIcHlwaS5vcmc{b64url:120}', line: 'TWINE_PASSWORD={secret}' },
    },
    {
        id: 'rubygems-api-key',
        family: 'RubyGems',
        description: 'RubyGems API key (rubygems_)',
        regex: String.raw `\brubygems_[a-f0-9]{48}\b`,
        keywords: ['rubygems_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'rubygems_{hex:48}', line: 'GEM_HOST_API_KEY={secret}' },
    },
    {
        id: 'nuget-api-key',
        family: 'NuGet',
        description: 'NuGet.org API key (oy2…)',
        regex: String.raw `\boy2[a-z0-9]{43}\b`,
        keywords: followedBy('oy2', 'abcdefghijklmnopqrstuvwxyz0123456789'),
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'oy2{lowerdigit:43}', line: 'dotnet nuget push pkg.nupkg --api-key {secret} --source https://api.nuget.org/v3/index.json' },
    },
    {
        id: 'nuget-config-password',
        family: 'NuGet',
        description: 'Password in a NuGet.config packageSourceCredentials entry (also XML-escaped, as in a test report)',
        regex: String.raw `(?:<|&lt;)add\s{1,8}key=(?:\\?"|&quot;)(?:ClearText)?Password(?:\\?"|&quot;)\s{1,8}value=(?:\\?"|&quot;)([^"\\&<]{1,256})`,
        flags: 'i',
        keywords: ['ClearTextPassword', 'key="Password"', 'key=\\"Password\\"', 'key=&quot;Password'],
        lead: 24,
        secretGroup: 1,
        minEntropy: 1,
        sample: { secret: '{alnum:16}', line: '<add key="Username" value="ci" /><add key="ClearTextPassword" value="{secret}" />' },
        nearMisses: ['<add key="ClearTextPassword" value="%NUGET_PASSWORD%" />'],
    },
    {
        id: 'docker-hub-token',
        family: 'Docker',
        description: 'Docker Hub personal or organization access token (dckr_pat_, dckr_oat_)',
        regex: String.raw `\bdckr_(?:pat|oat)_[A-Za-z0-9_-]{27,32}${TOKEN_END}`,
        keywords: ['dckr_pat_', 'dckr_oat_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'dckr_pat_{b64url:27}', line: 'echo {secret} | docker login -u ci --password-stdin' },
        nearMisses: ['dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
];

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin/source-hosting.ts

/** GitLab's token kinds: a prefix, a body, and optionally the routable suffix `.<2><7>`. */
function gitlab(id, prefix, description, sample, body = '[A-Za-z0-9_-]{20,300}') {
    return {
        id,
        family: 'GitLab',
        description,
        regex: String.raw `\b${prefix.replace(/[.]/g, '\\.')}${body}(?:\.[0-9a-z]{9})?${TOKEN_END}`,
        keywords: [prefix],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: sample, line: `GITLAB_TOKEN={secret}` },
        nearMisses: [`${prefix}XXXXXXXXXXXXXXXXXXXXXXXX`],
    };
}
/** GitHub, GitLab, Atlassian. */
const SOURCE_HOSTING_RULES = [
    {
        id: 'github-pat-classic',
        family: 'GitHub',
        description: 'GitHub personal access token (classic, ghp_)',
        regex: String.raw `\bghp_[A-Za-z0-9]{36}\b`,
        keywords: ['ghp_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'ghp_{alnum:36}', line: 'remote: Invalid username or password. token={secret}' },
        nearMisses: ['ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}'],
    },
    {
        id: 'github-pat-fine-grained',
        family: 'GitHub',
        description: 'GitHub fine-grained personal access token (github_pat_)',
        regex: String.raw `\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}\b`,
        keywords: ['github_pat_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'github_pat_{alnum:22}_{alnum:59}', line: 'GH_TOKEN: {secret}' },
        nearMisses: ['github_pat_xxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    {
        id: 'github-app-installation-token',
        family: 'GitHub',
        description: 'GitHub App installation token in the newer format ghs_<app id>_<JWT>',
        regex: String.raw `\bghs_[0-9]{1,20}_[A-Za-z0-9_-]{8,1024}\.[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{8,1024}${TOKEN_END}`,
        keywords: ['ghs_'],
        anchor: 0,
        reach: 11 * 1024,
        minEntropy: 3,
        sample: { secret: 'ghs_{digit:7}_eyJ{b64url:60}.eyJ{b64url:300}.{b64url:342}', line: 'git config http.extraheader "AUTHORIZATION: basic $(echo -n x-access-token:{secret} | base64)"' },
    },
    {
        id: 'github-app-token',
        family: 'GitHub',
        description: 'GitHub App installation, user-to-server or refresh token (ghs_, ghu_, ghr_)',
        regex: String.raw `\bgh[sur]_[A-Za-z0-9]{36,251}\b`,
        keywords: ['ghs_', 'ghu_', 'ghr_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'ghs_{alnum:36}', line: 'git clone https://github.com/org/repo (auth {secret})' },
        nearMisses: ['ghs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    {
        id: 'github-oauth-token',
        family: 'GitHub',
        description: 'GitHub OAuth access token (gho_)',
        regex: String.raw `\bgho_[A-Za-z0-9]{36}\b`,
        keywords: ['gho_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'gho_{alnum:36}', line: '{"access_token":"{secret}","token_type":"bearer"}' },
        nearMisses: ['gho_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    gitlab('gitlab-pat', 'glpat-', 'GitLab personal, project or group access token (glpat-)', 'glpat-{b64url:20}'),
    gitlab('gitlab-pipeline-trigger-token', 'glptt-', 'GitLab pipeline trigger token (glptt-)', 'glptt-{hex:40}'),
    {
        ...gitlab('gitlab-runner-token', 'glrt-', 'GitLab runner authentication (glrt-) or registration (GR1348941…) token', 'glrt-t1_{b64url:27}.01{lowerdigit:7}'),
        regex: String.raw `\b(?:GR1348941[A-Za-z0-9_-]{20}|glrt-[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{9})?)${TOKEN_END}`,
        keywords: ['GR1348941', 'glrt-'],
        nearMisses: ['GR1348941XXXXXXXXXXXXXXXXXXXX', 'glrt-xxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    gitlab('gitlab-deploy-token', 'gldt-', 'GitLab deploy token (gldt-)', 'gldt-{b64url:20}'),
    gitlab('gitlab-ci-job-token', 'glcbt-', 'GitLab CI/CD job token (glcbt-)', 'glcbt-{alnum:5}_{b64url:20}'),
    gitlab('gitlab-feed-token', 'glft-', 'GitLab feed token (glft-)', 'glft-{b64url:20}'),
    gitlab('gitlab-oauth-secret', 'gloas-', 'GitLab OAuth application secret (gloas-)', 'gloas-{b64url:64}', '[A-Za-z0-9_-]{64}'),
    gitlab('gitlab-scim-token', 'glsoat-', 'GitLab SCIM token (glsoat-)', 'glsoat-{b64url:20}'),
    {
        ...gitlab('gitlab-other-token', 'glffct-', 'GitLab feature-flag client (glffct-), incoming-mail (glimt-), Kubernetes agent (glagent-) or workspace (glwt-) token', 'glagent-{b64url:50}'),
        regex: String.raw `\bgl(?:ffct|imt|agent|wt)-[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{9})?${TOKEN_END}`,
        keywords: ['glffct-', 'glimt-', 'glagent-', 'glwt-'],
    },
    {
        id: 'atlassian-api-token',
        family: 'Atlassian',
        description: 'Atlassian (Jira, Confluence, Bitbucket) API token: ATATT3…, or a 24-character token next to "jira", "confluence" or "atlassian"',
        regex: String.raw `\bATATT3[A-Za-z0-9_=-]{186}(?![A-Za-z0-9_=-])|(?:jira|confluence|atlassian)[\w.-]{0,30}(?:token|api[_-]?key|pass(?:word)?)${ASSIGN}([A-Za-z0-9]{24})(?![A-Za-z0-9])`,
        flags: 'i',
        keywords: ['ATATT3', ...caseVariants(['jira', 'confluence', 'atlassian'])],
        lead: 4,
        secretGroup: 'first',
        minEntropy: 3.5,
        sample: { secret: 'ATATT3{alnum:186}', line: 'JIRA_API_TOKEN={secret}' },
        nearMisses: ['JIRA_API_TOKEN=${{ secrets.JIRA_API_TOKEN }}', 'jira_url: https://demo.atlassian.net'],
    },
];

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin-rules.ts










/**
 * The built-in credential formats, in priority order: where two rules match
 * one value it is counted under the earlier (vendor formats before key
 * blocks before context rules, the generic key = value rule last). Each
 * regex starts with, or sits next to, a keyword so the prefilter can skip
 * windows without one; quantifiers are bounded so every match fits in the
 * scanner's overlap.
 */
const BUILTIN_RULES = [
    ...CLOUD_RULES,
    ...SOURCE_HOSTING_RULES,
    ...REGISTRY_RULES,
    ...AI_RULES,
    ...MESSAGING_RULES,
    ...COMMERCE_RULES,
    ...OBSERVABILITY_RULES,
    ...DEVOPS_RULES,
    ...KEY_RULES,
    ...CONTEXT_RULES,
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
var markdown = __nccwpck_require__(97195);
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

// EXTERNAL MODULE: ./packages/core/src/text/did-you-mean.ts
var did_you_mean = __nccwpck_require__(75026);
;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/compile-rules.ts

const DEFAULT_LEAD = 256;
const DEFAULT_REACH = 8 * 1024;
/**
 * Compiles rule specs once. A regex, flag or allow pattern that does not
 * compile, or a group the regex does not have, is a config error at its
 * line (exit 2), all problems at once. `globalAllow` and `keep` (a gitleaks
 * config's global allowlists) apply to every rule.
 */
function compileRules(specs, globalAllow, origin, keep = []) {
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
        const regex = compile(spec.regex, `g${group !== 0 ? 'd' : ''}${spec.flags ?? ''}`, inRules(`/${index}/regex`), `rule ${spec.id}: regex`);
        const allow = (spec.allow ?? []).map((source, allowIndex) => compile(source, '', inRules(`/${index}/allow/${allowIndex}`), `rule ${spec.id}: allow pattern`));
        if (regex && typeof group === 'number' && group > 0 && groupCount(regex) < group) {
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
            placeholders: spec.placeholders ?? true,
            check: spec.check,
            locate: spec.locate,
            binary: spec.binary ?? false,
            appliesTo: spec.appliesTo,
            keep: [...(spec.keep ?? []), ...keep],
            anchored: spec.anchor === undefined ? undefined : { regex: new RegExp(regex.source, `${regex.flags}y`), offset: spec.anchor },
            lead: spec.lead ?? DEFAULT_LEAD,
            reach: spec.reach ?? DEFAULT_REACH,
        });
    });
    if (problems.length > 0) {
        const file = origin?.file ?? 'built-in rules';
        throw new gates_error/* GatesError */.xx('GATES_E_CONFIG_INVALID', { file, count: problems.length }, { details: problems, location: problems[0].location });
    }
    return rules;
}
function groupCount(regex) {
    return new RegExp(`${regex.source}|`).exec('').length - 1;
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/active-rules.ts



/** The built-in rules minus those the policy disables, plus its own and a gitleaks config's; compiled once per run. */
function activeRules(policy) {
    const builtinIds = new Set(BUILTIN_RULES.map((rule) => rule.id));
    const unknown = policy.disabledRules.filter((id) => !builtinIds.has(id));
    if (unknown.length > 0) {
        throw new gates_error/* GatesError */.xx('GATES_E_CONFIG_INVALID', { file: policy.file ?? 'policy', count: unknown.length }, {
            details: unknown.map((id) => ({ message: `rules.disable names unknown built-in rule "${id}"`, location: policy.file ? { file: policy.file, ...(policy.positions?.value.get('/rules/disable') ?? {}) } : undefined, hint: hintFor(id, [...builtinIds]) })),
        });
    }
    const clash = policy.customRules.find((rule) => builtinIds.has(rule.id));
    if (clash) {
        throw new gates_error/* GatesError */.xx('GATES_E_CONFIG_INVALID', { file: policy.file ?? 'policy', count: 1 }, {
            details: [{ message: `custom rule id "${clash.id}" is a built-in rule's id`, hint: 'pick another id, or disable the built-in rule and name yours differently' }],
        });
    }
    // A gitleaks config's global allowlists apply to every rule, as they do in gitleaks.
    const keep = policy.gitleaks?.keep ?? [];
    const builtin = compileRules(BUILTIN_RULES.filter((rule) => !policy.disabledRules.includes(rule.id)), policy.allow, policy.file ? { file: policy.file, positions: policy.positions, rulesPointer: '/rules/custom', allowPointer: '/allow' } : undefined, keep);
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
    const origin = { file: policy.file ?? '.github/gates-redact.yml', positions: policy.positions, rulesPointer: '/rules/custom', allowPointer: '/allow' };
    const gitleaks = policy.gitleaks ? compileRules(policy.gitleaks.rules, policy.allow, { file: policy.gitleaks.file, rulesPointer: '', allowPointer: '' }, keep) : [];
    return [...builtin, ...compileRules(custom, policy.allow, origin, keep), ...gitleaks];
}
function hintFor(id, ids) {
    const near = (0,did_you_mean/* didYouMean */.a)(id, ids);
    return `${near ? `did you mean "${near}"? ` : ''}the built-in rules are listed in redact-logs/README.md`;
}

// EXTERNAL MODULE: ./packages/core/src/redact/literal-matcher.ts + 1 modules
var literal_matcher = __nccwpck_require__(2044);
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
const encoded_runs_HEX = new Uint8Array(256);
/** The first base64 character of a group of four that encodes a printable ASCII byte (0x20–0x7e): I–Z, a–f. */
const TEXT_QUAD = new Uint8Array(256);
/** A hex digit that can be the high nibble of printable ASCII: 2–7. */
const TEXT_NIBBLE = new Uint8Array(256);
for (const char of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-%')
    RUN[char.charCodeAt(0)] = 1;
for (const char of '0123456789abcdefABCDEF')
    encoded_runs_HEX[char.charCodeAt(0)] = 1;
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
        if (hex && encoded_runs_HEX[byte] !== 1)
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
        if (bytes[index] === PERCENT && encoded_runs_HEX[bytes[index + 1]] === 1 && encoded_runs_HEX[bytes[index + 2]] === 1)
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
        if (code === PERCENT && index + 2 < text.length && encoded_runs_HEX[text.charCodeAt(index + 1)] === 1 && encoded_runs_HEX[text.charCodeAt(index + 2)] === 1) {
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
    rules: [...redactionRules(compileRules(BUILTIN_RULES, []), false), (0,nothing_to_check/* nothingToCheckRule */.J)('redact-logs')],
    async run({ inputs, env, workspace, runner, redactor, stateRoot }) {
        const refused = [];
        const policy = await loadRedactPolicy(inputs, workspace);
        const replacement = inputs.string('replacement') ? inputs.enumeration('replacement', ['mask', 'rule-id'], 'mask') : policy.replacement;
        const consider = (label, value) => {
            const refusal = (0,secret_strength/* refusalOf */.O)(value, policy.minSecretLength) ?? redactor.tryAddSecret(value);
            if (refusal)
                refused.push(`${label}: ${(0,secret_strength/* describeRefusal */.a)(refusal, policy.minSecretLength)}`);
        };
        for (const secret of parseSecretsInput(inputs.raw('secrets')))
            consider(secret.label, secret.value);
        const fromEnv = (0,text_glob/* globMatcher */.f)(policy.envPatterns);
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
        const discovery = discoverFiles(patterns, workspace, { exclude: outputDir ? [`${outputDir.replace(/\/$/, '')}/**`] : [], ignore: (path) => (0,temp_files/* isTemporaryName */.$W)((0,external_node_path_.basename)(path)) });
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

/***/ 8823:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8596);
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(65191);


await (0,_gates_core__WEBPACK_IMPORTED_MODULE_1__/* .runMain */ .V)(_definition_js__WEBPACK_IMPORTED_MODULE_0__/* .redactLogs */ .V);

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

/***/ 8596:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  V: () => (/* binding */ runMain)
});

// EXTERNAL MODULE: ./packages/core/src/redact/redactor.ts + 2 modules
var redact_redactor = __nccwpck_require__(62401);
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
        runner.appendSummary(capMarkdown(section, ERROR_SECTION_BYTE_LIMIT));
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

// EXTERNAL MODULE: ./packages/core/src/config/config-input.ts
var config_input = __nccwpck_require__(60345);
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
    return mergeLayers(layers);
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
function renderSummary(report, links, byteLimit = SUMMARY_BYTE_LIMIT) {
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
        const envPatterns = valueAt(config.values, 'redact.env-patterns') ?? [];
        for (const refusal of registerKnownSecrets(redactor, env, [], envPatterns))
            refused.push(refusal);
        for (const [label, refusal] of refusedVariables(refused))
            runner.warning(`${label} is ${(0,secret_strength/* describeRefusal */.a)(refusal, redactor.minLength)}; it is not masked (masking it would mangle the log and protect nothing).`);
        stateRoot = (0,state_root/* resolveStateRoot */.U)(env, (message) => runner.warning(message));
        const lock = new LockfileLock((0,state_root/* statePath */.B)(stateRoot, 'locks'));
        const ledger = new Ledger(ledgerPath(stateRoot), lock, {
            redactor,
            requireAnchor: valueAt(config.values, 'audit.require-anchor') === true,
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
            findings: (0,model/* sortFindings */.Tc)(outcome.nothingToCheck ? [...waivers.findings, (0,nothing_to_check/* nothingToCheckFinding */.U)(outcome.nothingToCheck, inputs)] : waivers.findings),
            failOn: outcome.failOn ?? valueAt(config.values, 'fail-on'),
            notes: notes.length > 0 ? notes : undefined,
            waivers: waivers.statuses.map(waiverRecord),
        });
        const verdict = (0,model/* verdictOf */.Vj)(report);
        // Annotations are the runner's: on a terminal the CLI prints every finding itself, once.
        if (runner.kind === 'github' && valueAt(config.values, 'annotations.enabled') !== false) {
            const limit = valueAt(config.values, 'annotations.max-per-severity');
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
        if (valueAt(config.values, 'reports.sarif') !== false) {
            outputs['sarif-file'] = await (0,report_files/* writeSarifReport */.hN)(reportDirectory, `${definition.name}.sarif`, report, redactor);
        }
        if (valueAt(config.values, 'reports.json') !== false) {
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

;// CONCATENATED MODULE: ./packages/core/src/action/run-main.ts





/** The whole body of an action bundle's entry point: run on the GitHub runner, set the exit code. */
async function runMain(definition) {
    const redactor = new redact_redactor/* Redactor */.pO();
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

/***/ 90015:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
            const { extractZip, ZipRefused } = await __nccwpck_require__.e(/* import() */ 116).then(__nccwpck_require__.bind(__nccwpck_require__, 39116));
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
    return __nccwpck_require__.e(/* import() */ 784).then(__nccwpck_require__.bind(__nccwpck_require__, 8784));
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

/***/ 84928:
/***/ ((module) => {



function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

const CRC_TABLE = new Int32Array([
  0,
  1996959894,
  3993919788,
  2567524794,
  124634137,
  1886057615,
  3915621685,
  2657392035,
  249268274,
  2044508324,
  3772115230,
  2547177864,
  162941995,
  2125561021,
  3887607047,
  2428444049,
  498536548,
  1789927666,
  4089016648,
  2227061214,
  450548861,
  1843258603,
  4107580753,
  2211677639,
  325883990,
  1684777152,
  4251122042,
  2321926636,
  335633487,
  1661365465,
  4195302755,
  2366115317,
  997073096,
  1281953886,
  3579855332,
  2724688242,
  1006888145,
  1258607687,
  3524101629,
  2768942443,
  901097722,
  1119000684,
  3686517206,
  2898065728,
  853044451,
  1172266101,
  3705015759,
  2882616665,
  651767980,
  1373503546,
  3369554304,
  3218104598,
  565507253,
  1454621731,
  3485111705,
  3099436303,
  671266974,
  1594198024,
  3322730930,
  2970347812,
  795835527,
  1483230225,
  3244367275,
  3060149565,
  1994146192,
  31158534,
  2563907772,
  4023717930,
  1907459465,
  112637215,
  2680153253,
  3904427059,
  2013776290,
  251722036,
  2517215374,
  3775830040,
  2137656763,
  141376813,
  2439277719,
  3865271297,
  1802195444,
  476864866,
  2238001368,
  4066508878,
  1812370925,
  453092731,
  2181625025,
  4111451223,
  1706088902,
  314042704,
  2344532202,
  4240017532,
  1658658271,
  366619977,
  2362670323,
  4224994405,
  1303535960,
  984961486,
  2747007092,
  3569037538,
  1256170817,
  1037604311,
  2765210733,
  3554079995,
  1131014506,
  879679996,
  2909243462,
  3663771856,
  1141124467,
  855842277,
  2852801631,
  3708648649,
  1342533948,
  654459306,
  3188396048,
  3373015174,
  1466479909,
  544179635,
  3110523913,
  3462522015,
  1591671054,
  702138776,
  2966460450,
  3352799412,
  1504918807,
  783551873,
  3082640443,
  3233442989,
  3988292384,
  2596254646,
  62317068,
  1957810842,
  3939845945,
  2647816111,
  81470997,
  1943803523,
  3814918930,
  2489596804,
  225274430,
  2053790376,
  3826175755,
  2466906013,
  167816743,
  2097651377,
  4027552580,
  2265490386,
  503444072,
  1762050814,
  4150417245,
  2154129355,
  426522225,
  1852507879,
  4275313526,
  2312317920,
  282753626,
  1742555852,
  4189708143,
  2394877945,
  397917763,
  1622183637,
  3604390888,
  2714866558,
  953729732,
  1340076626,
  3518719985,
  2797360999,
  1068828381,
  1219638859,
  3624741850,
  2936675148,
  906185462,
  1090812512,
  3747672003,
  2825379669,
  829329135,
  1181335161,
  3412177804,
  3160834842,
  628085408,
  1382605366,
  3423369109,
  3138078467,
  570562233,
  1426400815,
  3317316542,
  2998733608,
  733239954,
  1555261956,
  3268935591,
  3050360625,
  752459403,
  1541320221,
  2607071920,
  3965973030,
  1969922972,
  40735498,
  2617837225,
  3943577151,
  1913087877,
  83908371,
  2512341634,
  3803740692,
  2075208622,
  213261112,
  2463272603,
  3855990285,
  2094854071,
  198958881,
  2262029012,
  4057260610,
  1759359992,
  534414190,
  2176718541,
  4139329115,
  1873836001,
  414664567,
  2282248934,
  4279200368,
  1711684554,
  285281116,
  2405801727,
  4167216745,
  1634467795,
  376229701,
  2685067896,
  3608007406,
  1308918612,
  956543938,
  2808555105,
  3495958263,
  1231636301,
  1047427035,
  2932959818,
  3654703836,
  1088359270,
  936918e3,
  2847714899,
  3736837829,
  1202900863,
  817233897,
  3183342108,
  3401237130,
  1404277552,
  615818150,
  3134207493,
  3453421203,
  1423857449,
  601450431,
  3009837614,
  3294710456,
  1567103746,
  711928724,
  3020668471,
  3272380065,
  1510334235,
  755167117
]);
function ensureBuffer(input) {
  if (Buffer.isBuffer(input)) {
    return input;
  }
  if (typeof input === "number") {
    return Buffer.alloc(input);
  } else if (typeof input === "string") {
    return Buffer.from(input);
  } else {
    throw new Error("input must be buffer, number, or string, received " + typeof input);
  }
}
function bufferizeInt(num) {
  const tmp = ensureBuffer(4);
  tmp.writeInt32BE(num, 0);
  return tmp;
}
function _crc32(buf, previous) {
  buf = ensureBuffer(buf);
  if (Buffer.isBuffer(previous)) {
    previous = previous.readUInt32BE(0);
  }
  let crc = ~~previous ^ -1;
  for (var n = 0; n < buf.length; n++) {
    crc = CRC_TABLE[(crc ^ buf[n]) & 255] ^ crc >>> 8;
  }
  return crc ^ -1;
}
function crc32() {
  return bufferizeInt(_crc32.apply(null, arguments));
}
crc32.signed = function() {
  return _crc32.apply(null, arguments);
};
crc32.unsigned = function() {
  return _crc32.apply(null, arguments) >>> 0;
};
var bufferCrc32 = crc32;

const index = /*@__PURE__*/getDefaultExportFromCjs(bufferCrc32);

module.exports = index;


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
/******/ var __webpack_exports__ = __nccwpck_require__(8823);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
