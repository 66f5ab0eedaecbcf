import { readParserSchema } from './read-schema.js';

/** The parser's workflow schema; see read-schema.ts. */
export default readParserSchema('workflow');
