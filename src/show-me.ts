import browser from 'webextension-polyfill';
import {siteById} from '../content-scripts/sites/index.js';
import type {ShowMeRequest} from './messages.js';
import type {FieldId} from './model/fields.js';
import {rules} from './rules/index.js';

/** A "Show me" waits this long for its page to load and be read; after that it is stale. */
const freshForMs = 2 * 60 * 1000;

type Pending = ShowMeRequest & {site: string; pageKind: string; at: number};

/**
 * Where a finding is fixed: the page kind of the rule's fix on that site, its URL, and the fields
 * the rule reads that this page shows (the controls to point at).
 */
export function showMeTarget(site: string, ruleId: string): {pageKind: string; url: string; fields: FieldId[]} | undefined {
	const rule = rules.find(candidate => candidate.id === ruleId);
	const pageKind = rule?.fixes[site]?.page;
	const page = pageKind ? siteById(site)?.pages[pageKind] : undefined;
	if (!rule || !pageKind || !page) {
		return undefined;
	}

	return {pageKind, url: page.url, fields: (rule.reads as readonly FieldId[]).filter(field => field in page.fields)};
}

/** Remembers the request (session storage: never on disk) and opens the page in a new tab. */
export async function startShowMe(site: string, ruleId: string, steps: string[], now: number): Promise<void> {
	const target = showMeTarget(site, ruleId);
	if (!target) {
		return;
	}

	const pending: Pending = {site, pageKind: target.pageKind, fields: target.fields, steps, at: now};
	await browser.storage.session.set({showMe: pending});
	await browser.tabs.create({url: target.url});
}

/** The fix page's first reading takes the request: a matching, fresh one is handed over and forgotten. */
export async function takeShowMe(site: string, pageKind: string, now: number): Promise<ShowMeRequest | undefined> {
	const {showMe} = await browser.storage.session.get('showMe');
	const pending = showMe as Pending | undefined;
	if (!pending || pending.site !== site || pending.pageKind !== pageKind || now - pending.at > freshForMs) {
		return undefined;
	}

	await browser.storage.session.remove('showMe');
	return {fields: pending.fields, steps: pending.steps};
}
