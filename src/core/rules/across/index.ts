import birthdateAcrossSites from './birthdate-across-sites.js';
import cityOnSeveralSites from './city-on-several-sites.js';
import type {CrossRule} from './define-cross-rule.js';
import phoneShownAndFindable from './phone-shown-and-findable.js';

/** Every rule across accounts, by importance. Adding one: one file, one line (a test checks it). */
export const crossRules: readonly CrossRule[] = [
	birthdateAcrossSites,
	phoneShownAndFindable,
	cityOnSeveralSites,
];
