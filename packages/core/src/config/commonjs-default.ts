/**
 * The value a default import of a CommonJS package (ajv, ajv-formats) holds, typed the same under both module
 * resolutions the project is checked with: under NodeNext (`npm run lint`, what Node does) the import is the
 * package's `module.exports`, whose `default` is the class; under Bundler (tsconfig.json, what ncc bundles with and
 * editors show) it is the class itself. Types only: nothing of it is in a bundle.
 */
export type CommonJsDefault<Imported> = Imported extends { default: infer Value } ? Value : Imported;
