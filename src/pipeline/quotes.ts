// Stage: every quote with its speaker. The work is in `quotes/`; this entry only re-exports it.
export { default } from './quotes/index.ts';
