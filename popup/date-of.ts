/** A date as people read it ("November 26, 2026" in the browser's language): the review, its agreement, the check-in. */
export const dateOf = (time: number) => new Date(time).toLocaleDateString(undefined, {dateStyle: 'long'});
