/** One finding of a review: which rule, on which account. Decisions and snapshots are keyed by it. */
export type ItemRef = {site: string; ruleId: string};

export const sameItem = (a: ItemRef, b: ItemRef): boolean => a.site === b.site && a.ruleId === b.ruleId;
