/** Why the store was set aside when the worker started: unreadable, or written by a newer Overshare. */
export type StoreProblemKind = 'unreadable' | 'newer-version';

/** Reported to the user until they forget everything: their earlier readings were kept aside, not used. */
export type StoreProblem = {problem: StoreProblemKind; at: number};
