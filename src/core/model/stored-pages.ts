import type {PageRecord} from '../audit/merge-observations.js';

/**
 * Per site and page kind, what was read: findings-level ("phone shown to Public", never the number).
 * The audit is built from this.
 */
export type StoredPages = Record<string, Record<string, PageRecord>>;
