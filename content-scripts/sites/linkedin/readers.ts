import type {Audience} from '../../../src/core/model/audience.js';
import type {ProfileDetail} from '../../../src/core/model/fields.js';
import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site.js';
import {bySelector, findRowControl, noteControl, ownsControl} from '../../dom/find-row.js';
import {closest} from '../../dom/inside.js';
import {normalizeText, wordings} from '../../dom/normalize-text.js';
import {readSwitch} from '../../dom/read-switch.js';
import type {LinkedInLabel} from './labels-en.js';

type Reader<T> = (context: PageContext) => Observed<T>;

const switches = 'input[role="switch"], [role="switch"]';

/**
 * The current value shown in a category-list row (platform-pages-2.md §4.2, M): each row is a link
 * whose text is the title and then the value, on separate lines; the value is the last line that is
 * not the title. Exactly one row may carry the title, and the value must be a known wording.
 */
export const rowValue = <T>(title: LinkedInLabel, values: ReadonlyArray<[LinkedInLabel, T]>): Reader<T> => context => {
	const titles = wordings(context.labels[title]);
	const rows = [...new Set(context.text.find(titles).map(element => closest(element, 'a')).filter(row => row !== null))];
	if (rows.length !== 1) {
		return unknown('element-missing');
	}

	// "Show me" rings the row: the choice is on the sub-page it opens.
	noteControl(rows[0]!);
	const lines: string[] = [];
	const walker = context.document.createTreeWalker(rows[0]!, 4 /* NodeFilter.SHOW_TEXT */);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const line = normalizeText(node.nodeValue ?? '');
		if (line !== '' && !titles.includes(line)) {
			lines.push(line);
		}
	}

	const last = lines.at(-1);
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

/** A switch's live state; "Show me" rings it. */
const readState = (control: Element): Observed<boolean> => {
	noteControl(control);
	const state = readSwitch(control);
	return state === undefined ? unknown('unrecognized-value') : known(state);
};

/**
 * A settings switch by its id (platform-pages-2.md §4.2, H, Brave PSST 2026): `input[role="switch"]`
 * whose aria-labelledby or id is the setting's id. Exactly one such switch; its live state is read.
 */
export const switchById = (id: string): Reader<boolean> => context => {
	const found = [...context.root.querySelectorAll(switches)]
		.filter(control => control.getAttribute('aria-labelledby') === id || control.id === id);
	return found.length === 1 ? readState(found[0]!) : unknown('element-missing');
};

/**
 * A settings switch by its label text: the switch named by the label (aria-labelledby pointing at
 * it), else the one switch in the label's row, never a neighbour's.
 */
export const labelledSwitch = (key: LinkedInLabel): Reader<boolean> => context => {
	const labels = context.text.find(wordings(context.labels[key]));
	// The labels' ids once, not once per switch: a page can hold thousands of both.
	const labelIds = new Set(labels.map(label => label.id).filter(id => id !== ''));
	const named = [...context.root.querySelectorAll(switches)].filter(control =>
		(control.getAttribute('aria-labelledby') ?? '').split(/\s+/).some(id => labelIds.has(id)));
	if (named.length === 1) {
		return readState(named[0]!);
	}

	const inRows = labels.map(label => [label, findRowControl(label, bySelector(switches))] as const)
		.filter(([label, control]) => control !== undefined && ownsControl(label, control));
	const controls = [...new Set(inRows.map(([, control]) => control!))];
	return controls.length === 1 && named.length === 0 ? readState(controls[0]!) : unknown('element-missing');
};
