import type {Tabs} from '../browser/tabs-and-alarms.js';
import {showsField} from '../core/audit/page-fields.js';
import type {ShowMePress, ShowMeRequest} from '../core/protocol/show-me-request.js';
import {audiences, type Audience} from '../core/model/audience.js';
import type {FieldId, Observations} from '../core/model/fields.js';
import {isKnown, type Observed} from '../core/model/observed.js';
import {crossRules} from '../core/rules/across/index.js';
import type {SiteFix} from '../core/rules/define-rule.js';
import {rules} from '../core/rules/index.js';
import {siteById} from '../core/sites/index.js';
import {pageOf} from '../core/sites/define-site.js';
import type {Store} from './store.js';

/** A "Show me" waits this long for its page to load and be read; after that it is stale. */
const freshForMs = 2 * 60 * 1000;

type Pending = ShowMeRequest & {site: string; pageKind: string; at: number};

/** How exposed a stored value is, for ordering: an audience's reach, a switch that is on, else nothing. */
function exposure(observed: Observed<unknown> | undefined): number {
	if (!isKnown(observed)) {
		return -1;
	}

	if (observed.value === 'not-set' || observed.audience === 'only-me') {
		return 0;
	}

	const audience = observed.audience ?? (audiences.includes(observed.value as Audience) ? observed.value as Audience : undefined);
	return audience ? audiences.length - audiences.indexOf(audience) : observed.value === true ? 1 : 0;
}

/**
 * Where one site's part of a finding is fixed: the page kind of the rule's fix on that site (for a
 * finding across accounts, the fix of the site's role), its URL, and the fields the rule reads that
 * this page shows (what its bio mentions, when it shows the bio): the controls to point at. The role's own field comes first, then the most exposed
 * as last read (`observations`), so the callout rings the control that matters.
 */
export function showMeTarget(site: string, ruleId: string, role?: string, observations: Observations = {}): {pageKind: string; url: string; fields: FieldId[]} | undefined {
	const cross = role === undefined ? undefined : crossRules.find(candidate => candidate.id === ruleId);
	const single = role === undefined ? rules.find(candidate => candidate.id === ruleId) : undefined;
	const rule = cross ?? single;
	const fix: SiteFix | undefined = cross ? cross.fixes[role!]?.fixes[site] : single?.fixes[site];
	const description = siteById(site);
	const page = fix && description ? pageOf(description, fix.page) : undefined;
	if (!rule || !fix || !page) {
		return undefined;
	}

	const fields = (rule.reads as readonly FieldId[]).filter(field => showsField(page, field))
		.map((field, index) => ({field, rank: field === role ? Number.MAX_SAFE_INTEGER : exposure(observations[field]), index}))
		.sort((a, b) => b.rank - a.rank || a.index - b.index)
		.map(({field}) => field);
	return {pageKind: fix.page, url: page.url, fields};
}

/** Remembers the request (session storage: never on disk) and opens the page in a new tab. */
export async function startShowMe({store, tabs}: {store: Pick<Store, 'loadPages' | 'saveShowMe'>; tabs: Pick<Tabs, 'create'>}, press: ShowMePress, now: number): Promise<void> {
	const {site, ruleId, role, steps} = press;
	const stored = (await store.loadPages())[site];
	const target = showMeTarget(site, ruleId, role, Object.assign({}, ...Object.values(stored ?? {}).map(record => record.observations)) as Observations);
	if (!target) {
		return;
	}

	const pending: Pending = {site, pageKind: target.pageKind, fields: target.fields, steps, at: now};
	await store.saveShowMe(pending);
	await tabs.create({url: target.url});
}

/** The fix page's first reading takes the request: a matching, fresh one is handed over and forgotten. */
export async function takeShowMe({store}: {store: Pick<Store, 'loadShowMe' | 'forgetShowMe'>}, site: string, pageKind: string, now: number): Promise<ShowMeRequest | undefined> {
	const pending = await store.loadShowMe() as Pending | undefined;
	if (!pending || pending.site !== site || pending.pageKind !== pageKind || now - pending.at > freshForMs) {
		return undefined;
	}

	await store.forgetShowMe();
	return {fields: pending.fields, steps: pending.steps};
}
