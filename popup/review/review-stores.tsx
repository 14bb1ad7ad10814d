import type {Audit} from '../../src/core/model/audit.js';
import type {ReviewStore} from '../../src/core/review/review-action.js';
import {ForgetSite} from '../forget-site.js';
import * as t from '../strings.js';
import {dateOf, siteNameOf} from './review-findings.js';
import * as r from './review-strings.js';

/**
 * "What Overshare stores": everything kept for the review, in plain words and then exactly as
 * stored, with one button that deletes it all. The rest of Overshare's storage is named too.
 */
export function ReviewStores({review, audit, deleted, onDelete, onForgetEverything}: {
	review: ReviewStore; audit: Audit | undefined; deleted: boolean; onDelete: () => void; onForgetEverything: () => void;
}) {
	const kept = review.current ?? review.last;
	const names = (sites: readonly string[]) => sites.map(site => siteNameOf(audit, site)).join(', ');
	return (
		<details class="stores no-print">
			<summary><h2>{r.storesTitle}</h2></summary>
			<p>{r.storesIntro}</p>
			{!kept ? <p role="status">{deleted ? r.deleted : r.storesNothing}</p> : (
				<>
					<ul class="stored">
						<li>{r.storesBand(r.bandLabel[kept.band])}</li>
						<li>{r.storesAccounts(names(kept.accounts))}</li>
						{review.current && <li>{r.storesInProgress(dateOf(review.current.startedAt))}</li>}
						{[review.current, review.last].map(state => state && state.decided.length > 0 && <li key={state.startedAt}>{r.storesDecisions(state.decided.length)}</li>)}
						{review.last && <li>{r.storesCheckIn(r.stageLabel[review.last.stage], dateOf(review.last.nextCheckIn))}</li>}
						{review.last && <li>{r.storesSnapshot(review.last.snapshot.length)}</li>}
						{review.remindedAt !== undefined && <li>{r.storesReminder(dateOf(review.remindedAt))}</li>}
					</ul>
					<details class="raw">
						<summary>{r.storesRaw}</summary>
						{/* Text, never markup: the teen's reasons are shown exactly as typed. */}
						<pre>{JSON.stringify(review, null, 2)}</pre>
					</details>
					<ForgetSite label={r.deleteReview} question={r.deleteQuestion} onForget={onDelete}/>
				</>
			)}
			<p class="hint">{r.storesElse}</p>
			<ForgetSite label={t.forgetEverything} question={t.forgetEverythingQuestion} onForget={onForgetEverything}/>
		</details>
	);
}
