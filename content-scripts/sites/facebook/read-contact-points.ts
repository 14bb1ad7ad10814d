import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site-readers.js';
import {outermost} from '../../dom/find-row.js';
import {closest, countInside} from '../../dom/inside.js';
import {findLabelled} from '../../find-labelled.js';

type ContactKinds = {email: number; phone: number; unrecognised: number} | undefined;

/**
 * Accounts Center contact points: each row is a list item with the value and a type label
 * ("Email", "Mobile number"). Only the type labels are read. Every list holding a type label counts
 * (emails and phones may be grouped in separate lists). A row we cannot classify makes the
 * absent kinds unknown: it might be the phone we would otherwise call missing.
 */
function countContactPoints(context: PageContext): ContactKinds {
	const emailLabels = findLabelled(context, 'contactEmail');
	const phoneLabels = findLabelled(context, 'contactPhone');
	const lists = outermost([...new Set([...emailLabels, ...phoneLabels]
		.map(label => closest(label, '[role="list"]'))
		.filter((element): element is Element => element !== null))]);
	if (lists.length === 0) {
		return undefined;
	}

	const counts = {email: 0, phone: 0, unrecognised: 0};
	for (const item of lists.flatMap(list => [...list.querySelectorAll('[role="listitem"]')])) {
		if (countInside(item, emailLabels) > 0) {
			counts.email++;
		} else if (countInside(item, phoneLabels) > 0) {
			counts.phone++;
		} else {
			counts.unrecognised++;
		}
	}

	return counts;
}

export const readContactPoint = (kind: 'email' | 'phone') => (context: PageContext): Observed<boolean> => {
	const counts = countContactPoints(context);
	if (!counts) {
		return unknown('element-missing');
	}

	if (counts[kind] > 0) {
		return known(true);
	}

	return counts.unrecognised > 0 ? unknown('unrecognized-value') : known(false);
};
