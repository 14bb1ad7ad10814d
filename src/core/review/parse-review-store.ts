import {isRecord} from '../is-record.js';
import {parseReviewState} from './parse-review-state.js';
import type {ReviewStore} from './review-action.js';
import type {FinishedReview, ReviewState} from './review-state.js';

const inProgress = (state: ReviewState | undefined): ReviewStore['current'] =>
	state && state.phase !== 'finished' ? state : undefined;
const finished = (state: ReviewState | undefined): FinishedReview | undefined =>
	state?.phase === 'finished' ? state : undefined;

/**
 * The stored review, each part checked before use: a malformed part is dropped rather than
 * resumed half-working (the review simply starts again).
 */
export function parseReviewStore(raw: unknown): ReviewStore {
	if (!isRecord(raw)) {
		return {};
	}

	const current = inProgress(parseReviewState(raw.current));
	const last = finished(parseReviewState(raw.last));
	const remindedAt = typeof raw.remindedAt === 'number' && last ? raw.remindedAt : undefined;
	return {...(current ? {current} : {}), ...(last ? {last} : {}), ...(remindedAt === undefined ? {} : {remindedAt})};
}
