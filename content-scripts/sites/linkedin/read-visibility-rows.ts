import type {Audience} from '../../../src/core/model/audience.js';
import type {ProfileDetail} from '../../../src/core/model/fields.js';
import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site-readers.js';
import {noteControl} from '../../dom/find-row.js';
import {closest} from '../../dom/inside.js';
import {wordings} from '../../dom/normalize-text.js';
import {findLabelled} from '../../find-labelled.js';
import {textLines} from '../../text-lines.js';
import type {LinkedInLabel} from '../../../src/core/labels/linkedin/en.js';

type Reader<T> = (context: PageContext) => Observed<T>;

/**
 * The current value shown in a category-list row (platform-pages-2.md §4.2, M): each row is a link
 * whose text is the title and then the value, on separate lines; the value is the last line that is
 * not the title. Exactly one row may carry the title, and the value must be a known wording.
 */
export const rowValue = <T>(title: LinkedInLabel, values: ReadonlyArray<[LinkedInLabel, T]>): Reader<T> => context => {
	const rows = [...new Set(findLabelled(context, title).map(element => closest(element, 'a')).filter(row => row !== null))];
	if (rows.length !== 1) {
		return unknown('element-missing');
	}

	// "Show me" rings the row: the choice is on the sub-page it opens.
	noteControl(rows[0]!);
	const last = textLines(rows[0]!, wordings(context.labels[title])).at(-1);
	const match = last === undefined ? undefined : values.find(([key]) => wordings(context.labels[key]).includes(last));
	return match ? known(match[1]) : unknown(last === undefined ? 'element-missing' : 'unrecognized-value');
};

/** Email visibility choices as audiences: 1st-degree connections are your connections, 2nd-degree theirs. */
const emailAudiences: ReadonlyArray<[LinkedInLabel, Audience]> = [
	['emailAnyone', 'public'], ['emailSecond', 'friends-of-friends'], ['emailFirst', 'friends'], ['emailOnlyMe', 'only-me'],
];

/** "Who can see or download your email address": the account's email, shown to that audience. */
export const emailVisibility: Reader<ProfileDetail> = context => {
	const audience = rowValue('emailRow', emailAudiences)(context);
	return audience.state === 'known' ? known('shown', audience.value) : audience;
};

/** Discovery by email or phone: Everyone / 2nd-degree / 1st-degree / Nobody, as audiences. */
export const discovery = (row: LinkedInLabel): Reader<Audience> => rowValue(row, [
	['discoverEveryone', 'public'], ['discoverSecond', 'friends-of-friends'], ['discoverFirst', 'friends'], ['discoverNobody', 'only-me'],
]);

/** An "On"/"Off" row. */
export const onOff = (row: LinkedInLabel): Reader<boolean> => rowValue(row, [['on', true], ['off', false]]);
