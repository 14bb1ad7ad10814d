import type {ReadablePage} from '../detect-readable-page.js';
import {athleteCall, callArgument} from '../sites/strava/current-athlete.js';
import type {Pseudonyms} from './pseudonyms.js';

/**
 * Page data handed to a constructor in an inline script (Strava's `Strava.Models.CurrentAthlete({...})`,
 * platform-pages-3.md §1.3): a sample keeps no code, so the call's argument becomes page data,
 * `<script type="application/json" data-page-call="…">`, which is then redacted like any other
 * (keys kept, values replaced) and which the site's identify reads the same way.
 */
export function keepCallData(copy: Element): void {
	for (const script of copy.querySelectorAll('script:not([src]):not([type="application/json"])')) {
		const json = callArgument(script.textContent ?? '');
		if (json !== undefined) {
			script.setAttribute('type', 'application/json');
			script.setAttribute('data-page-call', athleteCall);
			script.textContent = json;
		}
	}
}

/**
 * Line 1 for a page reached by a click whose own address is routes and numeric ids only (Strava's
 * `/athletes/<id>`): the page's address with each id as its page-data stand-in, so the viewer's id and
 * the address still agree (own) or still differ (someone else's). Undefined for any other address.
 */
export function ownNumericAddress({page}: ReadablePage, document: Document, routes: ReadonlySet<string>, names: Pseudonyms): string | undefined {
	const href = document.location?.href;
	if (!page.reachedByClick || !href) {
		return undefined;
	}

	const url = new URL(href);
	const segments = url.pathname.split('/');
	if (!segments.every(segment => segment === '' || routes.has(segment.toLowerCase()) || /^\d{1,15}$/.test(segment))) {
		return undefined;
	}

	url.search = '';
	url.hash = '';
	url.pathname = segments.map(segment => (/^\d+$/.test(segment) ? String(names.number(Number(segment))) : segment)).join('/');
	return page.matches(url) ? url.href : undefined;
}
