// The same shapes Accounts Center's Contact info row is read by (sites/instagram/read-accounts-center.ts).
import {emailShape, phoneShape} from '../dom/contact-shapes.js';
import {keptText} from './known-text.js';
import {textPlaceholder} from './redact-attributes.js';

/** What an email address and a phone number become: masked the way Meta masks them, with no character of the original. */
export const emailStandIn = '*@*';
export const phoneStandIn = '***-***-****';

/** Marks a blanked text that held a year: LinkedIn's contact info shows a birth year only as four digits (read-contact-info.ts). */
export const yearStandIn = '0000';

/**
 * A text that is not one of the site's labels, as a page sample keeps it. The readers look at
 * what kind of value a row shows, never the value: so a list of contact points keeps one stand-in
 * per email address or phone number ("*@*, ***-***-****"), and a text with a year in it keeps
 * "0000" after the placeholder. Everything else is `keptText`: known wordings, then "[text]".
 */
export function blankedText(text: string, known: ReadonlySet<string>): string {
	const parts = text.split(/(\s*[,·]\s*)/);
	const items = parts.filter((_, index) => index % 2 === 0);
	if (items.some(item => item.trim() !== '') && items.every(item => item.trim() === '' || emailShape.test(item.trim()) || phoneShape.test(item.trim()))) {
		return parts.map((part, index) => {
			const item = part.trim();
			return index % 2 === 1 || item === '' ? part : part.replace(item, emailShape.test(item) ? emailStandIn : phoneStandIn);
		}).join('');
	}

	const kept = keptText(text, known, textPlaceholder);
	return kept !== text && /(?<!\d)\d{4}(?!\d)/.test(text) ? `${kept} ${yearStandIn}` : kept;
}
