import type {Audit, Status} from '../model/audit.js';
import {sameItem, type ItemRef} from './item-ref.js';

/** What a finished review remembers of the audit: per finding only its verdict, never page text. */
export type SeenItem = ItemRef & {status: Status};

/** What changed on the teen's accounts between the last review and this one. */
export type SinceLast = {lastAt: number; appeared: ItemRef[]; fixed: ItemRef[]; talkLater: ItemRef[]};

/** The verdicts on the teen's accounts when the review ends: the next review compares against them. */
export function snapshotOf(audit: Audit, accounts: readonly string[]): SeenItem[] {
	return audit.sites.filter(site => accounts.includes(site.site)).flatMap(site => site.findings)
		.filter(finding => !finding.prompt)
		.map(({site, ruleId, status}) => ({site, ruleId, status}));
}

/**
 * What the last review left for later that is still at risk now: a finding fixed (or not read) since
 * is not promised for talking about, since the review only shows findings at risk.
 */
export function talkLaterStillAtRisk(decided: ReadonlyArray<ItemRef & {decision: {kind: string}}>, audit: Audit, accounts: readonly string[]): ItemRef[] {
	// Prompts count too: a teen prompt left for later comes up again while its finding is still at risk.
	const atRisk = audit.sites.filter(site => accounts.includes(site.site)).flatMap(site => site.findings)
		.filter(finding => finding.status === 'risk');
	return decided.filter(item => item.decision.kind === 'talk-later' && atRisk.some(risk => sameItem(risk, item)))
		.map(({site, ruleId}) => ({site, ruleId}));
}

/**
 * Risks that appeared since (at risk now; ok, unknown or unread then) and risks fixed since (at risk
 * then; ok now). A finding that became unknown is neither: the page was not read again, which proves nothing.
 */
export function changesSince(snapshot: readonly SeenItem[], audit: Audit, accounts: readonly string[]): Pick<SinceLast, 'appeared' | 'fixed'> {
	const now = snapshotOf(audit, accounts);
	const before = (item: ItemRef) => snapshot.find(seen => sameItem(seen, item))?.status;
	return {
		appeared: now.filter(item => item.status === 'risk' && before(item) !== 'risk').map(({site, ruleId}) => ({site, ruleId})),
		fixed: now.filter(item => item.status === 'ok' && before(item) === 'risk').map(({site, ruleId}) => ({site, ruleId})),
	};
}
