/**
 * Whether any of `selectors` matches in `scope`, asked one selector at a time. Chromium answers a
 * lone selector by fast paths (an id, a tag, an attribute few elements carry such as a test id) that
 * a selector list loses, and an absent marker is asked of every element of the page. Measured on a
 * 100k-node settings page (test/tools/bench-realistic.ts, 2026-12-04), as parts of one walk of the
 * page: LinkedIn's sign-out list `a[href*="/login"], a[href*="/signup"], form[…]` 2.0, its three
 * selectors one by one 1.4, the links grouped under one tag (`a:is(…, …)`) and the form 1.15; X's
 * `[data-testid="loginButton"]` alone 0.0, in a list with two links 1.9.
 */
export const anyMatches = (scope: ParentNode, selectors: readonly string[]): boolean =>
	selectors.some(selector => scope.querySelector(selector) !== null);
