import type {ItemRef} from './item-ref.js';
import {maxReasonLength, type Decided, type ReviewState} from './review-state.js';
import type {SeenItem, SinceLast} from './since-last-review.js';
import {isRecord} from '../is-record.js';

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isItem = (value: unknown): value is ItemRef => isRecord(value) && typeof value.site === 'string' && typeof value.ruleId === 'string';
const isItems = (value: unknown): value is ItemRef[] => Array.isArray(value) && value.every(isItem);
const isSeen = (value: unknown): value is SeenItem => isItem(value)
	&& ['risk', 'unknown', 'ok'].includes((value as Record<string, unknown>).status as string);

function isDecided(value: unknown): value is Decided {
	if (!isItem(value) || !isTime((value as Record<string, unknown>).at)) {
		return false;
	}

	const decision = (value as Record<string, unknown>).decision;
	if (!isRecord(decision)) {
		return false;
	}

	return decision.kind === 'fix-now' || decision.kind === 'talk-later'
		|| (decision.kind === 'keep' && typeof decision.reason === 'string' && decision.reason.length > 0 && decision.reason.length <= maxReasonLength);
}

const isSince = (value: unknown): value is SinceLast | undefined => value === undefined
	|| (isRecord(value) && isTime(value.lastAt) && isItems(value.appeared) && isItems(value.fixed) && isItems(value.talkLater));

/**
 * A stored review, checked before it is resumed (after a browser restart, or from an older
 * version): anything malformed is not resumed, and the review starts again rather than half-working.
 */
export function parseReviewState(raw: unknown): ReviewState | undefined {
	if (!isRecord(raw) || !isTime(raw.startedAt) || (raw.band !== 'teen13' && raw.band !== 'teen16')
		|| !Array.isArray(raw.accounts) || !raw.accounts.every(account => typeof account === 'string')
		|| !Array.isArray(raw.decided) || !raw.decided.every(isDecided) || !isSince(raw.since)) {
		return undefined;
	}

	switch (raw.phase) {
		case 'reviewing':
			return isItems(raw.items) && raw.items.length > 0
				&& Number.isInteger(raw.index) && (raw.index as number) >= 0 && (raw.index as number) < raw.items.length
				? raw as ReviewState : undefined;
		case 'choosing-stage':
			return raw as ReviewState;
		case 'finished':
			return isTime(raw.finishedAt) && isTime(raw.nextCheckIn) && (raw.stage === 'learner' || raw.stage === 'licence')
				&& Array.isArray(raw.snapshot) && raw.snapshot.every(isSeen) ? raw as ReviewState : undefined;
		default:
			return undefined;
	}
}
