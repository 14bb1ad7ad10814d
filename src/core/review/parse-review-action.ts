import {isRecord} from '../is-record.js';
import {maxReasonLength} from './review-state.js';
import type {ReviewAction} from './review-action.js';

const isBand = (value: unknown) => value === 'teen13' || value === 'teen16';
const isStage = (value: unknown) => value === 'learner' || value === 'licence';

/**
 * A review step from the review page, checked field by field: the teen's typed reason is the only
 * free text, and it is capped. Accounts must be sites or apps Overshare knows (`isAccount`).
 */
export function parseReviewAction(raw: unknown, isAccount: (id: string) => boolean): ReviewAction | undefined {
	if (!isRecord(raw)) {
		return undefined;
	}

	switch (raw.do) {
		case 'start': {
			const accounts = raw.accounts;
			return isBand(raw.band) && Array.isArray(accounts) && accounts.length <= 20
				&& accounts.every(account => typeof account === 'string' && isAccount(account))
				? {do: 'start', band: raw.band as 'teen13' | 'teen16', accounts: [...new Set(accounts as string[])]} : undefined;
		}

		case 'decide': {
			const decision = raw.decision;
			if (!isRecord(decision)) {
				return undefined;
			}

			if (decision.kind === 'fix-now' || decision.kind === 'talk-later') {
				return {do: 'decide', decision: {kind: decision.kind}};
			}

			return decision.kind === 'keep' && typeof decision.reason === 'string' && decision.reason.trim() !== '' && decision.reason.length <= maxReasonLength
				? {do: 'decide', decision: {kind: 'keep', reason: decision.reason}} : undefined;
		}

		case 'finish':
			return isStage(raw.stage) && (raw.nextCheckIn === undefined || (typeof raw.nextCheckIn === 'number' && Number.isFinite(raw.nextCheckIn)))
				? {do: 'finish', stage: raw.stage as 'learner' | 'licence', ...(raw.nextCheckIn === undefined ? {} : {nextCheckIn: raw.nextCheckIn as number})} : undefined;
		case 'back':
		case 'discard':
			return {do: raw.do};
		default:
			return undefined;
	}
}
