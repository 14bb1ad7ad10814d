import type {Audit, Finding} from '../model/audit.js';
import {sameItem, type ItemRef} from './item-ref.js';
import {changesSince, snapshotOf, talkLaterStillAtRisk, type SeenItem, type SinceLast} from './since-last-review.js';

/**
 * "Review together" as a pure state machine: a parent and a teen go through the teen's findings one
 * at a time and decide on each. Every step takes the stored state and returns the next one, so a
 * review survives a closed tab or a browser restart: the page stores the state after each step and
 * resumes from whatever `parseReviewState` accepts. It keeps decisions about findings, never page text.
 */

export type AgeBand = 'teen13' | 'teen16';
export type Stage = 'learner' | 'licence';
export type Decision = {kind: 'fix-now'} | {kind: 'keep'; reason: string} | {kind: 'talk-later'};
export type Decided = ItemRef & {decision: Decision; at: number};

/** Shared by every phase: the teen's age band and accounts, and what changed since the last review. */
type Common = {startedAt: number; band: AgeBand; accounts: string[]; decided: Decided[]; since?: SinceLast};

export type ReviewState =
	| Common & {phase: 'reviewing'; items: ItemRef[]; index: number}
	| Common & {phase: 'choosing-stage'}
	| Common & {phase: 'finished'; finishedAt: number; stage: Stage; nextCheckIn: number; snapshot: SeenItem[]};

export type FinishedReview = Extract<ReviewState, {phase: 'finished'}>;

/** The teen's reason for keeping something is theirs to word, but short: it is a note, not a diary. */
export const maxReasonLength = 280;

const day = 24 * 60 * 60 * 1000;
/** Learner's permit: check in every two weeks; licence: every three months (guidance.md, driver's ed). */
export const checkInEvery: Record<Stage, number> = {learner: 14 * day, licence: 91 * day};
/**
 * A check-in they pick themselves: a day from tomorrow (the page offers dates, reminded at 09:00,
 * so the nearest can be under a day away, never under an hour) to a year away.
 */
export const checkInRange = {min: 60 * 60 * 1000, max: 366 * day};

/**
 * The findings to go through: what is at risk on the accounts the teen has; `first` (left for
 * "talk later" last time, then new since the last review) leads, the rest by severity.
 */
export function reviewItems(audit: Audit, accounts: readonly string[], first: readonly ItemRef[] = []): ItemRef[] {
	const order = ['critical', 'high', 'medium', 'low', 'info'];
	const atRisk = audit.sites.filter(site => accounts.includes(site.site)).flatMap(site => site.findings)
		.filter((finding: Finding) => finding.status === 'risk')
		.sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));
	const leading = first.flatMap(item => atRisk.filter(finding => sameItem(item, finding)));
	const rest = atRisk.filter(finding => !leading.includes(finding));
	return [...new Set([...leading, ...rest])].map(({site, ruleId}) => ({site, ruleId}));
}

/** A review of the teen's accounts; after an earlier one, it opens on what changed and what was left for later. */
export function startReview(audit: Audit, band: AgeBand, accounts: readonly string[], now: number, previous?: ReviewState): ReviewState {
	const since: SinceLast | undefined = previous?.phase === 'finished' ? {
		lastAt: previous.finishedAt,
		...changesSince(previous.snapshot, audit, accounts),
		talkLater: talkLaterStillAtRisk(previous.decided, audit, accounts),
	} : undefined;
	const items = reviewItems(audit, accounts, since ? [...since.talkLater, ...since.appeared] : []);
	const common = {startedAt: now, band, accounts: [...accounts], decided: [], ...(since ? {since} : {})};
	return items.length > 0 ? {...common, phase: 'reviewing', items, index: 0} : {...common, phase: 'choosing-stage'};
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
	const decided = [...state.decided.filter(entry => !sameItem(entry, item)), {...item, decision: cleaned, at: now}];
	const index = state.index + 1;
	const {items: _items, index: _index, ...common} = state;
	return index < state.items.length ? {...state, index, decided} : {...common, phase: 'choosing-stage', decided};
}

/** Back to the previous finding, to change the decision on it. */
export const back = (state: ReviewState): ReviewState =>
	state.phase === 'reviewing' && state.index > 0 ? {...state, index: state.index - 1} : state;

/** The default check-in for a stage, or the date they chose when it is in range. */
export function nextCheckInFor(stage: Stage, now: number, chosen?: number): number {
	return chosen !== undefined && chosen - now >= checkInRange.min && chosen - now <= checkInRange.max ? chosen : now + checkInEvery[stage];
}

/**
 * The stage they agree on sets the next check-in (or the date they picked); the review is done, and
 * remembers each finding's verdict so the next one can say what changed.
 */
export function finish(state: ReviewState, stage: Stage, now: number, audit: Audit, chosenCheckIn?: number): ReviewState {
	if (state.phase !== 'choosing-stage') {
		return state;
	}

	return {...state, phase: 'finished', finishedAt: now, stage, nextCheckIn: nextCheckInFor(stage, now, chosenCheckIn), snapshot: snapshotOf(audit, state.accounts)};
}
