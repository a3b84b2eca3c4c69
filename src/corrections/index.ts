// Corrections kept beside the sources (seeds/corrections.yaml), read and applied on every build.
export { applyCorrections, type Applied } from './apply.ts';
export { emptyCorrections, parseCorrections, type Corrections } from './parse.ts';
