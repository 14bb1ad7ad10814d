import type {Audit} from '../model/audit.js';
import {back, decide, finish, startReview, type AgeBand, type Decision, type FinishedReview, type ReviewState, type Stage} from './review-state.js';

/**
 * What Overshare keeps for "Review together", under one storage key: the review in progress, if
 * any, and the last finished one (the agreement, and what the next check-in compares against).
 */
export type ReviewStore = {
	current?: Exclude<ReviewState, FinishedReview>;
	last?: FinishedReview;
	/** When the check-in reminder for `last` was shown: once per check-in. */
	remindedAt?: number;
};

/** One step the review page asks for; the background applies it to what is stored. */
export type ReviewAction =
	| {do: 'start'; band: AgeBand; accounts: string[]}
	| {do: 'decide'; decision: Decision}
	| {do: 'back'}
	| {do: 'finish'; stage: Stage; nextCheckIn?: number}
	/** Drop the review in progress (the last agreement stays). */
	| {do: 'discard'};

/** The store after one action, given the audit as it is now (scored for the teen's band on start). */
export function applyReviewAction(store: ReviewStore, action: ReviewAction, audit: Audit, now: number): ReviewStore {
	const {current, last} = store;
	switch (action.do) {
		case 'start':
			return {...store, current: startReview(audit, action.band, action.accounts, now, last) as ReviewStore['current']};
		case 'decide':
			return current ? {...store, current: decide(current, action.decision, now) as ReviewStore['current']} : store;
		case 'back':
			return current ? {...store, current: back(current) as ReviewStore['current']} : store;
		case 'finish': {
			const done = current && finish(current, action.stage, now, audit, action.nextCheckIn);
			// A new agreement replaces the last one, and its check-in gets its own reminder.
			return done?.phase === 'finished' ? {last: done} : store;
		}

		case 'discard':
			return last ? {last, ...(store.remindedAt === undefined ? {} : {remindedAt: store.remindedAt})} : {};
	}
}
