import type {ComponentChildren} from 'preact';
import {useState} from 'preact/hooks';
import type {Audit} from '../../src/core/model/audit.js';
import type {SiteCatalog} from '../../src/core/model/site-catalog.js';
import type {AudienceProfile} from '../../src/core/model/severity.js';
import type {Answers} from '../../src/core/questions/answers.js';
import {platforms} from '../../src/core/questions/index.js';
import type {ReviewStore} from '../../src/core/review/review-action.js';
import type {AgeBand} from '../../src/core/review/review-state.js';
import {changesSince, talkLaterStillAtRisk} from '../../src/core/review/since-last-review.js';
import {AppQuestions, type QuestionHandlers} from '../app-questions.js';
import {dateOf} from './review-findings.js';
import * as r from './review-strings.js';

const bands: readonly AgeBand[] = ['teen13', 'teen16'];

/** The accounts to offer: the sites Overshare reads, checked when their pages were read (or were in the last review). */
function initialAccounts(catalog: SiteCatalog, audit: Audit | undefined, last: ReviewStore['last']): string[] {
	const read = catalog.filter(site => (audit?.sites.find(entry => entry.site === site.id)?.pagesRead.length ?? 0) > 0).map(site => site.id);
	return last ? last.accounts.filter(id => catalog.some(site => site.id === id)) : read;
}

/** After an earlier review: what changed since, counted (the details come one finding at a time). */
function SinceLastReview({last, audit}: {last: NonNullable<ReviewStore['last']>; audit: Audit | undefined}) {
	const changes = audit ? changesSince(last.snapshot, audit, last.accounts) : {appeared: [], fixed: []};
	const talkLater = audit ? talkLaterStillAtRisk(last.decided, audit, last.accounts).length : 0;
	return (
		<section class="since" aria-labelledby="since-title">
			<h2 id="since-title">{r.sinceLast(dateOf(last.finishedAt))}</h2>
			<ul>
				<li>{r.sinceAppeared(changes.appeared.length)}</li>
				<li>{r.sinceFixed(changes.fixed.length)}</li>
				<li>{r.sinceTalkLater(talkLater)}</li>
			</ul>
		</section>
	);
}

/**
 * Start: the teen's age band (teen severities for every rule) and which accounts the teen has — the
 * sites Overshare reads, and the apps it can only ask about (the guided questions, reused).
 */
export function ReviewStart({audit, catalog, profile, answers, last, onStart, children, ...questions}: {
	audit: Audit | undefined; catalog: SiteCatalog; profile: AudienceProfile; answers: Answers; last: ReviewStore['last'];
	/** Shown after what changed and before the form: "Scan all", to read everything first. */
	children?: ComponentChildren;
	onStart: (band: AgeBand, accounts: string[]) => void;
} & QuestionHandlers) {
	const [band, setBand] = useState<AgeBand | undefined>(last?.band ?? (profile === 'adult' ? undefined : profile));
	const [accounts, setAccounts] = useState<string[]>(() => initialAccounts(catalog, audit, last));
	const [error, setError] = useState('');
	const apps = platforms.filter(platform => answers.apps[platform.id] === true && !catalog.some(site => site.id === platform.id)).map(platform => platform.id);
	const toggle = (id: string, on: boolean) => setAccounts(current => (on ? [...current, id] : current.filter(entry => entry !== id)));
	const submit = (event: Event) => {
		event.preventDefault();
		const chosen = [...accounts, ...apps];
		const problem = band === undefined ? r.chooseBand : chosen.length === 0 ? r.chooseAccount : '';
		setError(problem);
		if (band !== undefined && problem === '') {
			onStart(band, chosen);
		}
	};

	return (
		<>
			{last && <SinceLastReview last={last} audit={audit}/>}
			{children}
			<form class="review-start" onSubmit={submit} aria-describedby="start-error">
				<fieldset>
					<legend>{r.bandQuestion}</legend>
					{bands.map(option => (
						<label key={option}>
							<input type="radio" name="band" value={option} checked={band === option} onChange={() => setBand(option)}/>
							{r.bandLabel[option]}
						</label>
					))}
					<p class="hint">{r.bandHelp}</p>
				</fieldset>
				<fieldset>
					<legend>{r.accountsQuestion}</legend>
					{catalog.map(site => {
						const read = audit?.sites.find(entry => entry.site === site.id)?.pagesRead.length ?? 0;
						return (
							<label key={site.id}>
								<input type="checkbox" name="account" value={site.id} checked={accounts.includes(site.id)} onChange={event => toggle(site.id, event.currentTarget.checked)}/>
								{site.name} <span class="hint">({read > 0 ? r.pagesRead(read) : r.notReadYet})</span>
							</label>
						);
					})}
					<p class="hint">{r.coverageHint}</p>
				</fieldset>
				<p id="start-error" class="error" role="alert">{error}</p>
				<button type="submit" class="primary">{last ? r.startCheckIn : r.start}</button>
			</form>
			<AppQuestions answers={answers} {...questions}/>
		</>
	);
}
