import { readParserSchema } from './read-schema.js';

/** The parser's action schema; see read-schema.ts. */
export default readParserSchema('action');
