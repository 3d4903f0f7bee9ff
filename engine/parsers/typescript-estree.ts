/**
 * The TypeScript compiler behind typescript-estree is most of the bundle's size. esbuild builds
 * this module as its own file (dist/typescript-estree.js) that the parser requires on first use,
 * so a scan without TypeScript/JavaScript files never loads or compiles it.
 */
export { parse } from '@typescript-eslint/typescript-estree';
