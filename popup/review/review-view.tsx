import type {PopupState} from '../use-state-from-background.js';
import type {AgeBand, Decision, Stage} from '../../src/core/review/review-state.js';
import type {QuestionHandlers} from '../app-questions.js';
import * as e from '../engine-texts.js';
import {ForgetSite} from '../forget-site.js';
import {ScanPanel} from '../scan-panel.js';
import * as t from '../strings.js';
import {ReviewAgreement} from './review-agreement.js';
import {decisionText, findingOf, siteNameOf} from './review-findings.js';
import {ReviewItem} from './review-item.js';
import {ReviewStage} from './review-stage.js';
import {ReviewStart} from './review-start.js';
import {ReviewStores} from './review-stores.js';
import * as r from './review-strings.js';
import {SupervisionTools} from './supervision-tools.js';
import {DownloadLink} from '../download-link.js';

export type ReviewHandlers = QuestionHandlers & {
	onStart: (band: AgeBand, accounts: string[]) => void;
	onDecide: (decision: Decision) => void;
	onBack: () => void;
	onFinish: (stage: Stage, nextCheckIn: number | undefined) => void;
	onDiscard: () => void;
	onDelete: () => void;
	onForgetEverything: () => void;
	onShowMe: (site: string, ruleId: string, steps: string[]) => void;
	onPrint: () => void;
	onScan: () => void;
	onCancelScan: () => void;
};

export type ReviewViewProps = {state: PopupState; now: number; deleted?: boolean} & ReviewHandlers;

/** The decisions taken so far in this review, each with its live status. */
function DecidedSoFar({state}: {state: PopupState}) {
	const decided = state.review.current?.decided ?? [];
	return decided.length === 0 ? null : (
		<section class="decided no-print" aria-labelledby="decided-title">
			<h2 id="decided-title">{r.decidedSoFar}</h2>
			<ul>
				{decided.map(item => (
					<li key={`${item.site}/${item.ruleId}`}>
						{siteNameOf(state.audit, item.site)}: {findingOf(state.audit, item) ? e.title(item) : item.ruleId}. {decisionText(state.audit, item)}
					</li>
				))}
			</ul>
		</section>
	);
}

/**
 * The review page, by phase: start (or a check-in after an agreement), one finding at a time, the
 * stage, then the agreement. "What Overshare stores" and the supervision tools are always there.
 */
export function ReviewView({state, now, deleted = false, ...on}: ReviewViewProps) {
	const {review, audit} = state;
	const current = review.current;
	const checkInDue = !current && review.last !== undefined && review.last.nextCheckIn <= now;
	return (
		<>
			<header class="no-print">
				<h1>{r.title}</h1>
				<p>{r.intro}</p>
			</header>
			<main>
				{checkInDue && <p class="notice" role="status">{r.checkInDue}</p>}
				{current?.phase === 'reviewing' && <ReviewItem state={current} audit={audit} onDecide={on.onDecide} onBack={on.onBack} onShowMe={on.onShowMe}/>}
				{current?.phase === 'choosing-stage' && <ReviewStage now={now} onFinish={on.onFinish}/>}
				{current && <DecidedSoFar state={state}/>}
				{!current && review.last && <ReviewAgreement review={review.last} audit={audit} onPrint={on.onPrint}/>}
				{!current && (
					<div class="no-print">
						<ReviewStart
							audit={audit} catalog={state.catalog} profile={state.profile} answers={state.answers} last={review.last}
							onStart={on.onStart} onAnswer={on.onAnswer} onClear={on.onClear} onAppUse={on.onAppUse}
						>
							<ScanPanel scan={state.scan} catalog={state.catalog} onStart={on.onScan} onCancel={on.onCancelScan}/>
						</ReviewStart>
						<DownloadLink/>
					</div>
				)}
				{current && <div class="discard no-print"><ForgetSite label={r.discard} question={r.discardQuestion} onForget={on.onDiscard}/></div>}
				<ReviewStores review={review} audit={audit} deleted={deleted} onDelete={on.onDelete} onForgetEverything={on.onForgetEverything}/>
				<SupervisionTools/>
				<p class="private no-print">{t.staysOnDevice}</p>
			</main>
		</>
	);
}
