import type {ProfileDetail} from '../../../src/core/model/fields.js';
import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site-readers.js';
import {noteControl} from '../../dom/find-row.js';
import {countInside} from '../../dom/inside.js';
import {findLabelled} from '../../find-labelled.js';
import type {GoogleLabel} from '../../../src/core/labels/google/en.js';

type Reader<T> = (context: PageContext) => Observed<T>;

/**
 * About me rows (platform-pages-3.md §2.3): a detail's row is a link carrying the screen id as
 * `data-rid` (M, BOTEXT 2023–24; ids H, MICROG) and pointing at the detail's own page (§2.1, H).
 * That the About me rows are drawn this way, like Personal info's, is a guess (L): the samples say so.
 */
type Row = {readonly rid: string; readonly path: string};

export const aboutMeRows = {
	birthday: {rid: '205', path: '/birthday'},
	gender: {rid: '206', path: '/gender'},
	email: {rid: '203', path: '/email'},
	phone: {rid: '204', path: '/phone'},
	homeAddress: {rid: '10759', path: '/address/home'},
	workAddress: {rid: '10760', path: '/address/work'},
} as const satisfies Record<string, Row>;

/** How far above "Places lived" its audience may sit. */
const maxClimb = 5;

/** The path a link points at on myaccount, without a `/u/<n>` account index; undefined elsewhere. */
function linkPath(link: Element): string | undefined {
	try {
		const url = new URL(link.getAttribute('href') ?? '', 'https://myaccount.google.com/');
		return url.hostname === 'myaccount.google.com' ? url.pathname.replace(/^\/u\/\d{1,2}(?=\/)/, '').replace(/\/+$/, '') : undefined;
	} catch {
		return undefined;
	}
}

const rowPaths = new Set<string>(Object.values(aboutMeRows).map(row => row.path));
const rowRids = new Set<string>(Object.values(aboutMeRows).map(row => row.rid));
// A link reaches a row's path only if its href spells the path's last segment: the URL parser keeps a
// path's percent-escapes as they are, and drops only tabs and newlines, which are dropped here too.
const rowTails = [...rowPaths].map(path => path.slice(path.lastIndexOf('/') + 1));

/**
 * The page's links to the About me rows' paths, by path, in page order; once per reading. Only a
 * link whose href can name one is parsed as a URL: the page's thousands of other links never are,
 * where one parse of every link for every row cost a tenth of a second on a real-size page (bench (g)).
 */
const linksByPath = (context: PageContext): ReadonlyMap<string, Element[]> => context.memo('google:links', () => {
	const byPath = new Map<string, Element[]>();
	for (const link of context.root.querySelectorAll('a[href]')) {
		const href = (link.getAttribute('href') ?? '').replace(/[\t\n\r]/g, '');
		const path = rowTails.some(tail => href.includes(tail)) ? linkPath(link) : undefined;
		if (path !== undefined && rowPaths.has(path)) {
			byPath.set(path, [...byPath.get(path) ?? [], link]);
		}
	}

	return byPath;
});

/** Every About me row link of the page, by either signal, once each. */
const rowLinks = (context: PageContext): Element[] => context.memo('google:rows', () => [...new Set([
	...[...context.root.querySelectorAll('[data-rid]')].filter(element => rowRids.has(element.getAttribute('data-rid') ?? '')),
	...[...linksByPath(context).values()].flat(),
])]);

/**
 * The one audience shown inside `box`: both words, or one twice, is a row we do not understand.
 * Counted by page positions (dom/inside.ts), not by asking each word whether the box holds it: a
 * deep page would make that one climb per word.
 */
function audienceIn(context: PageContext, box: Element): Observed<ProfileDetail> | undefined {
	const onlyYou = countInside(box, findLabelled(context, 'onlyYou'));
	const anyone = countInside(box, findLabelled(context, 'anyone'));
	if (onlyYou + anyone === 0) {
		return undefined;
	}

	if (onlyYou + anyone > 1) {
		return unknown('unrecognized-value');
	}

	return known('shown', anyone === 1 ? 'public' : 'only-me');
}

/**
 * A detail's audience from its row. The row is found by its screen id and by its link; where both
 * are on the page they must be the same row (one inside the other), else it is not a layout we know.
 * A row without exactly one audience word (an empty detail shows "Add …", whose wording is not
 * known) is "couldn't check".
 */
export const rowAudience = (row: Row): Reader<ProfileDetail> => context => {
	const byRid = [...context.root.querySelectorAll(`[data-rid="${row.rid}"]`)];
	const byPath = linksByPath(context).get(row.path) ?? [];
	const found = [...byRid, ...byPath];
	if (found.length === 0) {
		return unknown('element-missing');
	}

	const outer = found.find(candidate => found.every(other => candidate.contains(other)));
	if (!outer || byRid.length > 1 || byPath.length > 1) {
		return unknown('unrecognized-value');
	}

	noteControl(outer);
	return audienceIn(context, outer) ?? unknown('unrecognized-value');
};

/**
 * "Places lived" (§2.2, M as a field with an audience; its label L): no screen id is known, so the
 * row is its label's nearest ancestor that shows an audience, and never one holding another row.
 */
export const placesLived: Reader<ProfileDetail> = context => {
	const labels = findLabelled(context, 'placesLived' satisfies GoogleLabel);
	if (labels.length !== 1) {
		return unknown(labels.length === 0 ? 'element-missing' : 'unrecognized-value');
	}

	const others = rowLinks(context);
	let box = labels[0]!.parentElement;
	for (let depth = 0; box && depth < maxClimb && context.root.contains(box); depth++, box = box.parentElement) {
		if (countInside(box, others) > 0) {
			break;
		}

		const audience = audienceIn(context, box);
		if (audience) {
			noteControl(box);
			return audience;
		}
	}

	return unknown('element-missing');
};
