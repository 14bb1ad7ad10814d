import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site-readers.js';
import {emailShape, phoneShape} from '../../dom/contact-shapes.js';
import {noteControl} from '../../dom/find-row.js';
import {closest} from '../../dom/inside.js';
import {wordings} from '../../dom/normalize-text.js';
import {findLabelled} from '../../find-labelled.js';
import {textLines} from '../../text-lines.js';
import type {InstagramLabel} from '../../../src/core/labels/instagram/en.js';

type Reader<T> = (context: PageContext) => Observed<T>;

/**
 * Accounts Center › Personal details (accountscenter.instagram.com/personal_info/; platform-pages.md
 * §3.1: assumed by analogy with Facebook, NOT verified, L). Each detail is a link row: its title
 * ("Contact info", "Birthday") and a line holding the value. Only whether a value is there, and of
 * which kind, is worked out here; the values themselves are never returned, kept or sent.
 */
function rowValues(context: PageContext, key: InstagramLabel): string[] | undefined {
	const rows = [...new Set(findLabelled(context, key)
		.map(title => closest(title, 'a[href], [role="link"], [role="button"], [role="listitem"]'))
		.filter(row => row !== null))];
	if (rows.length !== 1) {
		return undefined;
	}

	noteControl(rows[0]!);
	return textLines(rows[0]!, wordings(context.labels[key]));
}

/** A birthday on the account: the Birthday row shows a value (which is never looked at further). */
export const birthdayOnAccount: Reader<boolean> = context => {
	const lines = rowValues(context, 'birthday');
	if (lines === undefined) {
		return unknown('element-missing');
	}

	// Meta asks every account for a birthday; an empty row is not evidence of none.
	return lines.length > 0 ? known(true) : unknown('unrecognized-value');
};

/**
 * What kinds of contact point the Contact info row lists (comma-separated values). A value of
 * neither shape makes the absent kinds unknown: it might be the phone we would otherwise call missing.
 */
export const contactOnAccount = (kind: 'email' | 'phone'): Reader<boolean> => context => {
	const lines = rowValues(context, 'contactInfo');
	if (lines === undefined) {
		return unknown('element-missing');
	}

	const items = lines.flatMap(line => line.split(/\s*[,·]\s*/)).filter(item => item !== '');
	const kinds = items.map(item => (emailShape.test(item) ? 'email' : phoneShape.test(item) ? 'phone' : 'other'));
	if (kinds.includes(kind)) {
		return known(true);
	}

	return kinds.length === 0 || kinds.includes('other') ? unknown('unrecognized-value') : known(false);
};
