import type {Audit, Finding} from '../model/audit.js';

/**
 * "Review together" as a pure state machine: a parent and a teen go through the teen's findings one
 * at a time and decide on each. Every step takes the stored state and returns the next one, so a
 * review survives a closed tab or a browser restart: the page stores the state after each step and
 * resumes from whatever `parseReviewState` accepts. It keeps decisions about findings, never page text.
 */

export type AgeBand = 'teen13' | 'teen16';
export type Stage = 'learner' | 'licence';
export type Decision = {kind: 'fix-now'} | {kind: 'keep'; reason: string} | {kind: 'talk-later'};
export type ItemRef = {site: string; ruleId: string};
export type Decided = ItemRef & {decision: Decision; at: number};

export type ReviewState =
	| {phase: 'reviewing'; startedAt: number; band: AgeBand; items: ItemRef[]; index: number; decided: Decided[]}
	| {phase: 'choosing-stage'; startedAt: number; band: AgeBand; decided: Decided[]}
	| {phase: 'finished'; startedAt: number; finishedAt: number; band: AgeBand; decided: Decided[]; stage: Stage; nextCheckIn: number};

/** The teen's reason for keeping something is theirs to word, but short: it is a note, not a diary. */
export const maxReasonLength = 280;

const day = 24 * 60 * 60 * 1000;
/** Learner's permit: check in every two weeks; licence: every three months (guidance.md, driver's ed). */
export const checkInEvery: Record<Stage, number> = {learner: 14 * day, licence: 91 * day};

const same = (a: ItemRef, b: ItemRef) => a.site === b.site && a.ruleId === b.ruleId;

/**
 * The findings to go through: what is at risk on the accounts the teen has, the ones left for
 * "talk later" last time first, then by severity. Prompts for the two of them count too.
 */
export function reviewItems(audit: Audit, accounts: readonly string[], talkLater: readonly ItemRef[] = []): ItemRef[] {
	const order = ['critical', 'high', 'medium', 'low', 'info'];
	const atRisk = audit.sites.filter(site => accounts.includes(site.site)).flatMap(site => site.findings)
		.filter((finding: Finding) => finding.status === 'risk')
		.sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));
	const first = atRisk.filter(finding => talkLater.some(item => same(item, finding)));
	const rest = atRisk.filter(finding => !first.includes(finding));
	return [...first, ...rest].map(({site, ruleId}) => ({site, ruleId}));
}

export function startReview(audit: Audit, band: AgeBand, accounts: readonly string[], now: number, previous?: ReviewState): ReviewState {
	const talkLater = previous?.phase === 'finished' ? previous.decided.filter(item => item.decision.kind === 'talk-later') : [];
	const items = reviewItems(audit, accounts, talkLater);
	return items.length > 0
		? {phase: 'reviewing', startedAt: now, band, items, index: 0, decided: []}
		: {phase: 'choosing-stage', startedAt: now, band, decided: []};
}

/** Records the decision on the current finding and moves to the next; "keep" needs a reason. */
export function decide(state: ReviewState, decision: Decision, now: number): ReviewState {
	if (state.phase !== 'reviewing') {
		return state;
	}

	if (decision.kind === 'keep' && (decision.reason.trim() === '' || decision.reason.length > maxReasonLength)) {
		return state;
	}

	const item = state.items[state.index]!;
	const cleaned: Decision = decision.kind === 'keep' ? {kind: 'keep', reason: decision.reason.trim()} : decision;
	const decided = [...state.decided.filter(entry => !same(entry, item)), {...item, decision: cleaned, at: now}];
	const index = state.index + 1;
	return index < state.items.length
		? {...state, index, decided}
		: {phase: 'choosing-stage', startedAt: state.startedAt, band: state.band, decided};
}

/** Back to the previous finding, to change the decision on it. */
export const back = (state: ReviewState): ReviewState =>
	state.phase === 'reviewing' && state.index > 0 ? {...state, index: state.index - 1} : state;

/** The stage they agree on sets the next check-in; the review is done. */
export function finish(state: ReviewState, stage: Stage, now: number): ReviewState {
	if (state.phase !== 'choosing-stage') {
		return state;
	}

	return {phase: 'finished', startedAt: state.startedAt, finishedAt: now, band: state.band, decided: state.decided, stage, nextCheckIn: now + checkInEvery[stage]};
}
