import type {ProfileDetail} from '../../../src/core/model/fields.js';
import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site-readers.js';
import {buttonName} from '../../count-by-button.js';
import {leadingText} from '../../dom/element-text.js';
import {noteControl} from '../../dom/find-row.js';
import {closest} from '../../dom/inside.js';
import {normalizeText, wordings} from '../../dom/normalize-text.js';
import type {LinkedInLabel} from '../../../src/core/labels/linkedin/en.js';

type Reader<T> = (context: PageContext) => Observed<T>;

/** Headings of the overlay's sections whose text is one of a label's wordings. */
const headingsOf = (context: PageContext, root: ParentNode, key: LinkedInLabel): Element[] => {
	const texts = wordings(context.labels[key]);
	return [...root.querySelectorAll('h1, h2, h3')].filter(heading => texts.includes(leadingText(heading)));
};

/**
 * The contact info overlay (platform-pages-2.md §4.3): a modal whose sections each start with an h3
 * heading ("Your Profile", "Phone", "Address", "Email", "Birthday", …), matched by text because the
 * `ci-*` classes may be gone since LinkedIn's server-driven UI (not verified). LinkedIn opens modals
 * outside `main`, so the dialogs are looked for in the whole document. The overlay counts as rendered
 * only with its own-view heading "Your Profile", exactly once in the page's dialogs. Only whether a
 * section has content is read, never the content.
 */
function overlay(context: PageContext): Element | undefined {
	// Once per reading: each of the four details asks. Dialogs first: a search for headings asks every
	// element of the page for three tags (bench (g): about a walk of a large profile page), one role less.
	return context.memo('linkedin:overlay', () => {
		// A heading in a dialog inside another is found from both: once.
		const headings = [...new Set([...context.document.querySelectorAll('[role="dialog"]')].flatMap(dialog => headingsOf(context, dialog, 'yourProfile')))];
		return headings.length === 1 ? headings[0]!.closest('[role="dialog"]') ?? undefined : undefined;
	});
}

/**
 * "Show me" rings the overlay's one "Edit contact info" control (its aria-label or text): every detail
 * here is changed in the form it opens. None, or several: nothing to ring.
 */
function noteEditControl(context: PageContext, root: Element): void {
	const names = wordings(context.labels.editContactInfo);
	const edits = [...root.querySelectorAll('a[href], button, [role="button"], [role="link"]')]
		.filter(control => names.includes(buttonName(control)));
	if (edits.length === 1) {
		noteControl(edits[0]!);
	}
}

const sectionHeadings: readonly LinkedInLabel[] = ['yourProfile', 'birthdayHeading', 'phoneHeading', 'addressHeading', 'otherHeadings'];

/**
 * Whether every section heading (h3, §4.3) in the overlay is one we know. Absence is only an answer when it is: a
 * section LinkedIn renamed ("Phone number") would otherwise read as a detail left empty.
 */
function knowsEverySection(context: PageContext, root: Element): boolean {
	const known = new Set(sectionHeadings.flatMap(key => wordings(context.labels[key])));
	return [...root.querySelectorAll('h3')].every(heading => known.has(leadingText(heading)));
}

/** The one section under a heading, if it holds anything besides the heading. */
function section(context: PageContext, root: Element, heading: LinkedInLabel): Element | undefined | 'twice' {
	const found = headingsOf(context, root, heading).map(element => closest(element, 'section') ?? element.parentElement);
	if (found.length > 1) {
		return 'twice';
	}

	const box = found[0];
	const headingText = normalizeText(box?.querySelector('h1, h2, h3')?.textContent ?? '');
	return box && normalizeText(box.textContent ?? '') !== headingText ? box : undefined;
}

/**
 * A detail the overlay shows or not. The own view lists what you filled in; who else sees it is not
 * shown there (the birthday's audience is chosen in the edit form, §4.3; the reference gives none
 * for phone and address), so a shown detail carries no audience and is taken as the widest.
 * No section: not on your contact info, so nobody else sees it either, provided every section
 * heading there is one we know.
 */
const detail = (heading: LinkedInLabel): Reader<ProfileDetail> => context => {
	const root = overlay(context);
	if (!root) {
		return unknown('element-missing');
	}

	const box = section(context, root, heading);
	if (box === 'twice') {
		return unknown('unrecognized-value');
	}

	noteEditControl(context, root);
	return box ? known('shown') : knowsEverySection(context, root) ? known('not-set') : unknown('unrecognized-value');
};

export const contactPhone = detail('phoneHeading');
export const contactAddress = detail('addressHeading');
export const contactBirthday = detail('birthdayHeading');

/**
 * The birth year: the overlay shows the birthday as month and day only (§4.3, M). A four-digit year
 * in the Birthday section means it is shown after all; its text is only tested, never kept.
 */
export const contactBirthYear: Reader<ProfileDetail> = context => {
	const root = overlay(context);
	if (!root) {
		return unknown('element-missing');
	}

	const box = section(context, root, 'birthdayHeading');
	if (box === 'twice') {
		return unknown('unrecognized-value');
	}

	noteEditControl(context, root);
	if (box && /\b\d{4}\b/.test(box.textContent ?? '')) {
		return known('shown');
	}

	// No year in a Birthday section is the answer; no Birthday section at all only if every section is known.
	return box || knowsEverySection(context, root) ? known('not-set') : unknown('unrecognized-value');
};
