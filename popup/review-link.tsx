import type {ReviewStore} from '../src/core/review/review-action.js';
import * as r from './review/review-strings.js';
import {dateOf} from './date-of.js';
import * as t from './strings.js';


/** "Review together" opens the review page in a tab; beside it, when the agreed check-in is (or was) due. */
export function ReviewLink({review, now = Date.now()}: {review: ReviewStore | undefined; now?: number}) {
	const last = review?.last;
	return (
		<nav class="review-link" aria-label={r.title}>
			<a class="action" href="review.html" target="_blank">{r.title}<span class="visually-hidden">{t.newTab}</span></a>
			{last && !review?.current && (
				<p class={last.nextCheckIn <= now ? 'notice' : 'hint'}>{last.nextCheckIn <= now ? r.checkInDue : r.checkInSoon(dateOf(last.nextCheckIn))}</p>
			)}
		</nav>
	);
}
