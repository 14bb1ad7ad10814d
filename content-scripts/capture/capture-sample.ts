import type {DetectedPage} from '../../src/core/sites/detect-page.js';
import type {SiteDescription} from '../../src/core/sites/define-site.js';
import type {ReadablePage} from '../detect-readable-page.js';
import {copyShadowRoots, declareShadowRoots} from './shadow-copies.js';
import {maxLabelLength} from '../dom/walk-page.js';
import {isKnownText, siteWordings} from './known-text.js';
import {Pseudonyms} from './pseudonyms.js';
import {redactAttributes, redactLink, textPlaceholder, type AttributeRules} from './redact-attributes.js';
import {redactJsonText} from './redact-json.js';
import {keepCallData, ownNumericAddress} from './page-calls.js';
import {inlineData} from './inline-data.js';
import {blankedText} from './stand-ins.js';

/** What the sample never keeps: code, styling, media and frames (their URLs and pixels carry the person). */
const removedTags = new Set([
	'style', 'link', 'base', 'noscript', 'template', 'img', 'picture', 'source', 'video', 'audio', 'track',
	'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas', 'image', 'use', 'foreignobject',
]);

/** Of scripts, only page data stays (it is redacted below); of meta elements, only the charset. */
const isRemoved = (element: Element): boolean => removedTags.has(element.localName.toLowerCase())
	|| (element.localName === 'script' && element.getAttribute('type') !== 'application/json' && !isInlineData(element))
	|| (element.localName === 'meta' && !element.hasAttribute('charset'));

/** A classic inline script that only assigns page data (inline-data.ts): kept as that data, as JSON. */
const isInlineData = (element: Element): boolean => !element.hasAttribute('src') && inlineData(element.textContent ?? '') !== undefined;

/**
 * Path segments of the log-in and owner links identify.ts and showsOwnerControls look for, and of the
 * links readers find rows by (Google's About me rows: `birthday`, `address/home`…, platform-pages-3.md §2.3).
 */
const identifyRoutes = [
	'in', 'login', 'uas', 'signup', 'i', 'flow', 'accounts', 'edit', 'forms', 'intro', 'settings', 'profile.php', 'servicelogin',
	'birthday', 'gender', 'email', 'phone', 'address', 'home', 'work', 'athletes',
];

/** Hosts other than the site's own whose sign-in links identify.ts looks for (Google's, §2.3). */
const signInHosts: Readonly<Record<string, readonly string[]>> = {google: ['accounts.google.com']};

export type SampleMeta = {date: Date; version: string};

export type Sample = {html: string; fileName: string};

/** Only this page kind, of all the site's, takes the address. */
const isOnly = ({site, page}: DetectedPage, url: URL): boolean =>
	page.matches(url) && Object.values(site.pages).every(other => other === page || !other.matches(url));

/**
 * Line 1 of the sample: the page kind's own address, never the page's, which can hold a handle. A
 * page no address opens by itself (`reachedByClick`: your X profile, LinkedIn's contact info) has as
 * `url` the page it is reached from, another kind. It stands for its first example with every path
 * segment the kind does not depend on (a handle, a vanity name) made "x", as links are redacted:
 * `https://x.com/x`, `https://www.linkedin.com/in/x/overlay/contact-info/`.
 */
function canonicalUrl(detected: DetectedPage): string {
	const {page} = detected;
	const example = page.reachedByClick ? page.examples[0] : undefined;
	if (!example) {
		return page.url;
	}

	const url = new URL(example);
	url.search = '';
	url.hash = '';
	const segments = url.pathname.split('/');
	segments.forEach((segment, index) => {
		const tried = new URL(url);
		tried.pathname = segments.map((kept, at) => (at === index ? 'x' : kept)).join('/');
		if (segment !== '' && isOnly(detected, tried)) {
			segments[index] = 'x';
		}
	});
	url.pathname = segments.join('/');
	return url.href;
}

/** Path segments of the site's page kinds' own addresses (not their examples, which can hold a handle). */
function routesOf(site: SiteDescription): Set<string> {
	const routes = new Set(identifyRoutes);
	for (const page of Object.values(site.pages)) {
		for (const segment of new URL(page.url).pathname.split('/')) {
			routes.add(segment.toLowerCase());
		}
	}

	return routes;
}

/** Inputs whose value is text the user typed (a location, a name): the sample keeps only whether there is one. */
const typedInputs = /^(|text|search|email|tel|url|number|date|month|week|time|datetime-local)$/i;

/**
 * The live state of form controls, written into attributes: a saved page otherwise shows the state
 * the page was first rendered with (React updates only the properties, platform-pages.md §0.1).
 * A typed value becomes the placeholder (X's Edit profile reads whether Location is filled in).
 * `from` and `to` list the same elements in the same order (the copy, before anything is removed).
 */
function copyLiveState(from: readonly Element[], to: readonly Element[]): void {
	from.forEach((original, index) => {
		const copy = to[index]!;
		if (original.localName === 'input' && typedInputs.test(original.getAttribute('type') ?? '')) {
			copy.removeAttribute('value');
			if ((original as HTMLInputElement).value !== '') {
				copy.setAttribute('value', textPlaceholder);
			}
		}

		const checked = original.localName === 'input' && /^(checkbox|radio)$/i.test(original.getAttribute('type') ?? '') ? (original as HTMLInputElement).checked
			: original.localName === 'option' ? (original as HTMLOptionElement).selected : undefined;
		if (checked !== undefined) {
			copy.toggleAttribute(original.localName === 'option' ? 'selected' : 'checked', checked);
		}
	});
}

/** Text nodes to keep: known wordings, or parts of an element whose whole text is one ("Who can see <b>your</b> friends list?"). */
function keptTexts(root: Element, known: ReadonlySet<string>): Set<Text> {
	const kept = new Set<Text>();
	const wholeKnown = new Map<Element, boolean>();
	const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
	for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
		const parent = node.parentElement;
		if (!parent || node.data.trim() === '' || parent.localName === 'textarea' || parent.localName === 'script') {
			continue;
		}

		// As dom/text-index.ts reads labels: one text node, or all of a parent's text when it has several children.
		if (!wholeKnown.has(parent)) {
			const whole = parent.childNodes.length > 1 ? parent.textContent ?? '' : '';
			wholeKnown.set(parent, whole !== '' && whole.length <= maxLabelLength && isKnownText(whole, known));
		}

		if (wholeKnown.get(parent) || isKnownText(node.data, known)) {
			kept.add(node);
		}
	}

	return kept;
}

function blankTexts(root: Element, known: ReadonlySet<string>): void {
	const kept = keptTexts(root, known);
	const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
	const blanked: Text[] = [];
	for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
		if (!kept.has(node) && node.parentElement?.localName !== 'script' && node.data.trim() !== '') {
			blanked.push(node);
		}
	}

	for (const node of blanked) {
		node.data = blankedText(node.data, known);
	}
}

function removeComments(root: Element): void {
	const walker = root.ownerDocument.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
	const comments: Node[] = [];
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		comments.push(node);
	}

	for (const comment of comments) {
		comment.parentNode?.removeChild(comment);
	}
}

/**
 * A page sample of the page as it is now, redacted (README "Contribute a page sample"): live control
 * states kept; code, styles and media removed; every text that is not one of the site's labels
 * blanked; attributes cut to what the readers use; embedded JSON kept in shape with its values
 * replaced. Works on a copy in a document with no browsing context, so nothing in it loads or runs.
 */
export function captureSample(detected: ReadablePage, document: Document, meta: SampleMeta): Sample {
	const {site, pageKind, siteReaders} = detected;
	const inert = document.implementation.createHTMLDocument('');
	const copy = inert.importNode(document.documentElement, true);
	const controls = 'input, option';
	copyLiveState([...document.documentElement.querySelectorAll(controls)], [...copy.querySelectorAll(controls)]);
	copyShadowRoots(document.documentElement, copy, controls, copyLiveState);

	// Page data handed to a constructor (Strava's CurrentAthlete) becomes JSON data too (page-calls.ts).
	keepCallData(copy);

	for (const element of [...copy.getElementsByTagName('*')].filter(isRemoved)) {
		element.remove();
	}

	removeComments(copy);
	const names = new Pseudonyms();
	for (const script of [...copy.querySelectorAll('script')]) {
		const data = script.getAttribute('type') === 'application/json' ? undefined : inlineData(script.textContent ?? '');
		if (data) {
			for (const {name} of [...script.attributes]) {
				script.removeAttribute(name);
			}

			script.setAttribute('type', 'application/json');
			script.id = data.id;
		}

		const json = redactJsonText(data?.json ?? script.textContent ?? '', names);
		if (json === undefined) {
			script.remove();
		} else {
			script.textContent = json;
		}
	}

	const known = siteWordings(siteReaders);
	const hosts = new Set([...site.matches.map(pattern => new URL(pattern.replace(/\*$/, '')).hostname), ...signInHosts[site.id] ?? []]);
	const rules: AttributeRules = {known, names, routes: routesOf(site), hosts, base: document.location?.href ?? canonicalUrl(detected)};
	// Links first: the handles they drop are then taken out of ids and classes too.
	for (const link of copy.querySelectorAll('a[href], area[href], form[action]')) {
		const name = link.localName === 'form' ? 'action' : 'href';
		link.setAttribute(name, redactLink(link.getAttribute(name)!, rules));
	}

	for (const element of [copy, ...copy.querySelectorAll('*')]) {
		redactAttributes(element, rules);
	}

	blankTexts(copy, known);
	for (const textarea of copy.querySelectorAll('textarea')) {
		textarea.textContent = textPlaceholder;
	}

	declareShadowRoots(copy);
	const day = meta.date.toISOString().slice(0, 10);
	const header = [
		`<!-- ${ownNumericAddress(detected, document, rules.routes, names) ?? canonicalUrl(detected)} -->`,
		`<!-- captured ${day} with Overshare ${meta.version.replace(/[^\w.+-]/g, '')} on a ${site.id}/${pageKind} page (line 1 is the page kind's address${detected.page.reachedByClick ? ' with its handle as x' : ''}, not the page's own); redacted on the device: texts other than the site's labels replaced by ${textPlaceholder}, code, styles and media removed, embedded JSON values replaced by stand-ins; before committing it as a page sample, add the platform-pages*.md facts it confirms here -->`,
		'<!DOCTYPE html>',
	];
	return {html: `${header.join('\n')}\n${copy.outerHTML}\n`, fileName: `overshare-sample-${site.id}-${pageKind}-${day}.html`};
}
