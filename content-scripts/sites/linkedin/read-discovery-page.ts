import type {Audience} from '../../../src/core/model/audience.js';
import type {LinkedInLabel} from '../../../src/core/labels/linkedin/en.js';
import {radioChoice} from '../../read-radio-choice.js';

/**
 * The stored value of the most private choice on the discovery pages: `JUST_ME` (platform-pages-3.md
 * §5.2, M, 2020). The other values are not documented, so only this one is checked against the
 * wording: a selected `JUST_ME` that does not read "Nobody", or "Nobody" stored as something else,
 * means the page no longer says what we think, and the answer is "couldn't check".
 */
const justMe = 'JUST_ME';

const agreesWithStoredValue = (selected: Element, audience: Audience): boolean => {
	const value = selected.getAttribute('value');
	// role="radio" rows, or a native radio without a value (its default "on"), carry no second signal.
	return value === null || value === '' || value === 'on' || (value === justMe) === (audience === 'only-me');
};

/**
 * Settings › Visibility › "Profile discovery using email address" / "… phone number", on its own
 * page (§5.1, M): the page's heading is the row's title (L, inference from the category list, §4.2
 * of platform-pages-2.md), under it one radio per choice, worded as on the category list.
 */
export const discoveryChoice = (title: LinkedInLabel) => radioChoice<LinkedInLabel, Audience>(title, [
	['discoverEveryone', 'public'], ['discoverSecond', 'friends-of-friends'], ['discoverFirst', 'friends'], ['discoverNobody', 'only-me'],
], [], agreesWithStoredValue);
