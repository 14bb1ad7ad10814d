import browser from 'webextension-polyfill';
import {isRecord} from '../core/is-record.js';
import {parseReviewState} from '../core/review/parse-review-state.js';
import type {ReviewStore} from '../core/review/review-action.js';
import type {FinishedReview, ReviewState} from '../core/review/review-state.js';

const key = 'review';

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

export async function loadReview(): Promise<ReviewStore> {
	const stored = await browser.storage.local.get(key);
	return parseReviewStore(stored[key]);
}

export async function saveReview(store: ReviewStore): Promise<void> {
	await (store.current || store.last ? browser.storage.local.set({[key]: store}) : browser.storage.local.remove(key));
}

/** "Delete the review": everything kept for it, in one step (the audit itself is the popup's to forget). */
export async function deleteReview(): Promise<void> {
	await browser.storage.local.remove(key);
}
