import type {Audience} from '../../../src/core/model/audience.js';
import {widest} from '../../../src/core/model/audience.js';
import type {ProfileDetail} from '../../../src/core/model/fields.js';
import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site-readers.js';
import {among, findRowControl, noteControl, outermost, ownsControl, type ControlFinder} from '../../dom/find-row.js';
import {contains, elementsToRead, holdsOther} from '../../dom/inside.js';
import {findLabelled} from '../../find-labelled.js';
import {audienceAfterPrefix} from './audience-text.js';
import type {FacebookLabel} from '../../../src/core/labels/facebook/en.js';

type Reader<T> = (context: PageContext) => Observed<T>;

/**
 * Elements that say a row's audience: an icon's aria-label or title, an svg <title>, or a leaf
 * element's (visually hidden) text. platform-pages-2.md §1.4: the element is unconfirmed, and the
 * one scraper that saw it read it with inner_text, which holds text but never aria-labels.
 */
const audienceIndicators = (context: PageContext): ControlFinder => among(context.memo('audience-indicators', () =>
	outermost(elementsToRead(context.root).filter(element => audienceAfterPrefix(indicatorText(element), context.labels).matched))));

const indicatorText = (element: Element): string =>
	element.getAttribute('aria-label') ?? element.getAttribute('title')
	?? (element.localName === 'title' || element.childElementCount === 0 ? element.textContent ?? '' : '');

/** Every label an About row can carry, filled in or empty: a row holding two of them is not one row. */
const aboutRowLabels: FacebookLabel[] = [
	'birthDate', 'birthYear', 'currentCity', 'hometown', 'address', 'phone', 'email',
	'noCurrentCity', 'noHometown', 'noAddress', 'noPhone', 'noEmail',
];

/**
 * Whether the indicator found above a label is that label's own. A row that lost its icon would
 * otherwise climb into its section and borrow a neighbour's audience. Not its own when it sits
 * beside other text (ownsControl), or when the smallest box holding both also holds another row label.
 */
function isOwnIndicator(context: PageContext, label: Element, indicator: Element): boolean {
	if (!ownsControl(label, indicator)) {
		return false;
	}

	let row: Element | null = label;
	while (row && !contains(row, indicator)) {
		row = row.parentElement;
	}

	const box = row;
	return box !== null && !aboutRowLabels.some(key => holdsOther(box, findLabelled(context, key), label));
}

/**
 * A detail row of the About pages (owner's view): its label ("Birth year") and its audience icon
 * ("Shared with Public", platform-pages-2.md §1.4). The value itself is never read. Several rows
 * with the same label (two emails) report the widest audience: the worst case is the finding, so
 * one row whose audience cannot be read makes the whole field unknown.
 */
export const aboutDetail = (label: FacebookLabel, emptyLabel?: FacebookLabel): Reader<ProfileDetail> => context => {
	const rows = findLabelled(context, label);
	if (rows.length === 0) {
		return emptyLabel && findLabelled(context, emptyLabel).length > 0 ? known('not-set') : unknown('element-missing');
	}

	const found: Audience[] = [];
	const indicators: Element[] = [];
	for (const row of rows) {
		const indicator = findRowControl(row, audienceIndicators(context));
		if (!indicator || !isOwnIndicator(context, row, indicator)) {
			return unknown('element-missing');
		}

		const {audience} = audienceAfterPrefix(indicatorText(indicator), context.labels);
		if (!audience) {
			return unknown('unrecognized-value');
		}

		found.push(audience);
		indicators.push(indicator);
	}

	// "Show me" rings the icon of the row that reaches furthest.
	const reach = widest(...found);
	noteControl(indicators[found.indexOf(reach)]!);
	return known('shown', reach);
};
