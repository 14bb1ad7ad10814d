/**
 * Why the store was set aside when the worker started: unreadable, or written by a newer Overshare;
 * or "damaged": some of it did not fit its shape and was dropped, the rest kept (said once).
 */
export type StoreProblemKind = 'unreadable' | 'newer-version' | 'damaged';

/** Reported to the user until they forget everything: their earlier readings were kept aside, not used. */
export type StoreProblem = {problem: StoreProblemKind; at: number};

const kinds: readonly StoreProblemKind[] = ['unreadable', 'newer-version', 'damaged'];

export const isStoreProblem = (value: unknown): value is StoreProblem =>
	typeof value === 'object' && value !== null && kinds.includes((value as StoreProblem).problem) && typeof (value as StoreProblem).at === 'number';
