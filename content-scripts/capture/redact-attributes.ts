import {keptText} from './known-text.js';
import type {Pseudonyms} from './pseudonyms.js';

/** What blanked text becomes in a page sample. */
export const textPlaceholder = '[text]';

/** Kept as they are: roles, types, states and ARIA the readers and the ready checks look at. */
const verbatim = new Set([
	// data-rid: Google's screen ids (platform-pages-3.md §2.1), the same for every account.
	'role', 'type', 'lang', 'dir', 'data-rid', 'hidden', 'disabled', 'checked', 'selected', 'multiple', 'open', 'charset', 'readonly', 'required',
	'aria-checked', 'aria-selected', 'aria-pressed', 'aria-expanded', 'aria-haspopup', 'aria-hidden', 'aria-disabled',
	'aria-current', 'aria-level', 'aria-modal', 'aria-orientation', 'aria-live', 'aria-busy', 'aria-invalid', 'aria-readonly',
]);

/** Names the page gives its parts (ids, test ids, classes): kept, minus any id number or handle inside them. */
const identifiers = new Set([
	'id', 'for', 'name', 'class', 'data-testid', 'data-e2e', 'data-pagelet', 'data-page-call',
	'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'aria-details', 'aria-errormessage',
]);

/** Texts in attributes: kept only when made of the site's known wordings, like the page's text. */
const texts = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder']);

export type AttributeRules = {
	known: ReadonlySet<string>;
	names: Pseudonyms;
	/** Path segments kept in links: the site's own routes (its page kinds' paths, log-in flows). */
	routes: ReadonlySet<string>;
	/** The site's hosts: a link elsewhere becomes "#". */
	hosts: ReadonlySet<string>;
	/** The page's URL, to resolve relative links. */
	base: string;
};

/**
 * A link with only its route kept (platform-pages*.md: identify checks look for `/in/`, `/login`,
 * `/accounts/edit/`): every other path segment (a handle, a vanity name) becomes "x", a number its
 * stand-in (1000001…), and
 * query and fragment go. A relative link stays relative; other hosts and schemes (mailto:, tel:) → "#".
 */
export function redactLink(value: string, rules: AttributeRules): string {
	let url: URL;
	try {
		url = new URL(value, rules.base);
	} catch {
		return '#';
	}

	if (!/^https?:$/.test(url.protocol) || !rules.hosts.has(url.hostname) || value.trim().startsWith('#')) {
		return '#';
	}

	const path = url.pathname.split('/').map(segment => {
		if (segment === '' || rules.routes.has(segment.toLowerCase())) {
			return segment;
		}

		// An id keeps a stand-in of its own, the same as in ids and page data, so rows linking to
		// different ids stay different (X's connected apps are counted by their links' ids).
		if (/^\d+$/.test(segment)) {
			return rules.names.digits(segment);
		}

		rules.names.replaced.add(safeDecode(segment).toLowerCase());
		return 'x';
	}).join('/');
	return /^[a-z][a-z\d+.-]*:|^\/\//i.test(value.trim()) ? `${url.origin}${path}` : path;
}

const safeDecode = (segment: string): string => {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
};

/**
 * An identifier with what could name the user taken out: runs of five digits or more become stable
 * stand-ins (the same in an id and in the aria-labelledby that points at it), and a part equal to a
 * handle or string replaced elsewhere in the sample (X's `UserAvatar-Container-<handle>`) becomes "x".
 */
export function scrubIdentifier(value: string, names: Pseudonyms): string {
	// Digits first: their stand-ins are never taken for replaced strings.
	return value
		.replace(/\d{5,}/g, digits => names.digits(digits))
		.replace(/[^\s\-:/]+/g, part => (part.length >= 3 && names.replaced.has(part.toLowerCase()) ? 'x' : part));
}

/**
 * A radio's or checkbox's value is the name of a choice, not something typed (LinkedIn stores its
 * most private discovery choice as JUST_ME, platform-pages-3.md §5.2, and the reader checks the
 * wording against it): kept like an identifier. Text inputs' values go.
 */
const isChoice = (element: Element): boolean =>
	element.localName === 'input' && /^(radio|checkbox)$/i.test(element.getAttribute('type') ?? '');

/** One element's attributes, redacted in place: unknown attributes (style, on*, src, a text input's value, data-*) go; an input's value the live state made the placeholder stays. */
export function redactAttributes(element: Element, rules: AttributeRules): void {
	for (const {name, value} of [...element.attributes]) {
		const link = (name === 'href' && (element.localName === 'a' || element.localName === 'area')) || (name === 'action' && element.localName === 'form');
		if (link) {
			element.setAttribute(name, redactLink(value, rules));
		} else if (identifiers.has(name) || (name === 'value' && value !== '' && isChoice(element))) {
			element.setAttribute(name, scrubIdentifier(value, rules.names));
		} else if (texts.has(name)) {
			element.setAttribute(name, keptText(value, rules.known, textPlaceholder));
		} else if (!verbatim.has(name) && !(name === 'value' && element.localName === 'input' && value === textPlaceholder)) {
			element.removeAttribute(name);
		}
	}
}
