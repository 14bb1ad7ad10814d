import type {Audit} from '../../src/core/model/audit.js';
import type {Decided, FinishedReview} from '../../src/core/review/review-state.js';
import * as e from '../engine-texts.js';
import {dateOf, decisionText, findingOf, siteNameOf, stillOpen} from './review-findings.js';
import * as r from './review-strings.js';

function DecisionList({decided, audit}: {decided: readonly Decided[]; audit: Audit | undefined}) {
	return (
		<ul class="decisions">
			{decided.map(item => (
				<li key={`${item.site}/${item.ruleId}`} data-rule={item.ruleId} data-decision={item.decision.kind}>
					<strong>{r.siteAndRule(siteNameOf(audit, item.site), findingOf(audit, item) ? e.title(item) : item.ruleId)}</strong>
					<br/>{decisionText(audit, item)}
				</li>
			))}
		</ul>
	);
}

/**
 * The printable agreement: the date, the stage, each decision with its reason, what is still open,
 * and the next check-in, with room to sign. "Fix now" shows whether the page has confirmed it.
 */
export function ReviewAgreement({review, audit, onPrint}: {review: FinishedReview; audit: Audit | undefined; onPrint: () => void}) {
	const open = stillOpen(audit, review.decided);
	return (
		<article class="agreement" aria-labelledby="agreement-title">
			<h2 id="agreement-title">{r.agreementTitle}</h2>
			<p>{r.agreementDate(dateOf(review.finishedAt))}</p>
			<ul class="agreement-facts">
				<li>{r.agreementBand(r.bandLabel[review.band])}</li>
				<li>{r.agreementStage(r.stageLabel[review.stage])}</li>
				<li>{r.agreementAccounts(review.accounts.map(site => siteNameOf(audit, site)).join(', '))}</li>
			</ul>
			<h3>{r.agreementDecisions}</h3>
			{review.decided.length === 0 ? <p>{r.agreementNone}</p> : <DecisionList decided={review.decided} audit={audit}/>}
			<h3>{r.agreementOpen}</h3>
			{open.length === 0 ? <p>{r.agreementNothingOpen}</p> : <DecisionList decided={open} audit={audit}/>}
			<p class="check-in"><strong>{r.agreementCheckIn(dateOf(review.nextCheckIn))}</strong></p>
			<h3>{r.agreementSigned}</h3>
			<p class="signatures"><span>{r.signLine(r.signTeen)}</span> <span>{r.signLine(r.signParent)}</span></p>
			<p class="hint">{r.storedHere}</p>
			<button type="button" class="primary no-print" onClick={onPrint}>{r.print}</button>
		</article>
	);
}
