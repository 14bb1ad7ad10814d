import type {UnknownReason} from './observed.js';

/** How each "couldn't check" reason is said to the user. */
export const reasonText: Record<UnknownReason, string> = {
	'element-missing': 'The page did not show this, or its layout has changed',
	'unrecognized-value': 'The page showed a value Overshare does not recognise',
	'language-unsupported': 'The page is in a language Overshare cannot read yet',
	'page-not-visited': 'Open the page that shows this setting',
	'not-own-profile': 'This is not your own profile',
	'logged-out': 'You are not signed in',
	'page-not-ready': 'The page did not finish loading',
	'not-answered': 'Only the app shows this: answer the question about it below',
	'not-sure': 'You were not sure of this app setting: check it in the app, then answer again',
};
