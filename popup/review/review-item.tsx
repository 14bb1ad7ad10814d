import {useEffect, useRef, useState} from 'preact/hooks';
import type {Audit} from '../../src/core/model/audit.js';
import {maxReasonLength, type Decision, type ReviewState} from '../../src/core/review/review-state.js';
import {teenDefault} from '../../src/core/review/teen-defaults.js';
import * as e from '../engine-texts.js';
import {t as message, type MessageKey} from '../../src/i18n/t.js';
import * as t from '../strings.js';
import {findingOf, siteNameOf} from './review-findings.js';
import * as r from './review-strings.js';

type Reviewing = Extract<ReviewState, {phase: 'reviewing'}>;

function KeepReason({onSave, onCancel}: {onSave: (reason: string) => void; onCancel: () => void}) {
	const [reason, setReason] = useState('');
	const [empty, setEmpty] = useState(false);
	const field = useRef<HTMLTextAreaElement>(null);
	useEffect(() => field.current?.focus(), []);
	const save = (event: Event) => {
		event.preventDefault();
		if (reason.trim() === '') {
			setEmpty(true);
			field.current?.focus();
		} else {
			onSave(reason);
		}
	};

	return (
		<form class="keep-reason" onSubmit={save}>
			<label for="keep-reason">{r.keepReason}</label>
			<textarea
				id="keep-reason" ref={field} maxLength={maxReasonLength} rows={3} value={reason} aria-describedby="keep-help keep-error"
				aria-invalid={empty ? 'true' : undefined} onInput={event => setReason(event.currentTarget.value)}
			/>
			<p id="keep-help" class="hint">{r.keepHelp(maxReasonLength)} ({reason.length}/{maxReasonLength})</p>
			<p id="keep-error" class="error" role="alert">{empty ? r.keepEmpty : ''}</p>
			<div class="buttons">
				<button type="submit" class="primary">{r.keepSave}</button>
				<button type="button" onClick={onCancel}>{r.keepCancel}</button>
			</div>
		</form>
	);
}

/**
 * One finding, written to the teen: what is exposed and to whom, why it matters at their age, a
 * question for the two of them, the platform's default for their age, and the fix with "Show me".
 * The status updates live: changing the setting on the page turns it to "fixed".
 */
export function ReviewItem({state, audit, onDecide, onBack, onShowMe}: {
	state: Reviewing; audit: Audit | undefined;
	onDecide: (decision: Decision) => void; onBack: () => void; onShowMe: (site: string, ruleId: string, steps: string[]) => void;
}) {
	const item = state.items[state.index]!;
	const finding = findingOf(audit, item);
	// From the finding, not the rule catalog: the review page never loads the rules (bench (a)).
	const family = finding?.family;
	const defaultKey = finding?.status === 'risk' ? teenDefault(item.site, item.ruleId, state.band) : undefined;
	// The engine names the message; test/i18n-keys.test.ts holds every language to having it.
	const platformDefault = defaultKey && message(defaultKey as MessageKey);
	const steps = finding ? e.steps(finding.fix) : [];
	const [keeping, setKeeping] = useState(false);
	const heading = useRef<HTMLHeadingElement>(null);
	const key = `${item.site}/${item.ruleId}`;
	// A new finding: close the reason form and take keyboard and screen-reader focus to its title.
	useEffect(() => {
		setKeeping(false);
		heading.current?.focus();
	}, [key]);
	const isTalkLater = state.since?.talkLater.some(entry => entry.site === item.site && entry.ruleId === item.ruleId);
	const isNew = state.since?.appeared.some(entry => entry.site === item.site && entry.ruleId === item.ruleId);
	return (
		<section class="review-item" aria-labelledby="item-title" data-site={item.site} data-rule={item.ruleId} data-status={finding?.status ?? 'missing'}>
			<p class="progress">{r.progress(state.index + 1, state.items.length, siteNameOf(audit, item.site))}</p>
			{isTalkLater && <p class="tag">{r.tagTalkLater}</p>}
			{!isTalkLater && isNew && <p class="tag">{r.tagNew}</p>}
			<h2 id="item-title" ref={heading} tabIndex={-1}>{finding ? e.title(finding) : item.ruleId}</h2>
			{finding ? (
				<>
					<h3>{r.exposed}</h3>
					<p class="exposure">{e.exposure(finding)}</p>
					<h3>{r.why}</h3>
					<p>{e.why(finding)}</p>
					{family && <><h3>{r.talk}</h3><p class="prompt">{r.prompt[family]}</p></>}
					{platformDefault && <><h3>{r.platformDefault}</h3><p class="default">{platformDefault}</p></>}
					<h3>{r.howToFix}</h3>
					{steps.length > 0 && <ol class="steps">{steps.map((step, index) => <li key={index}>{step}</li>)}</ol>}
					{finding.fix.url && (
						<button type="button" class="show-me" onClick={() => onShowMe(item.site, item.ruleId, [...steps])}>
							{t.showMe}<span class="visually-hidden">{t.newTab}</span>
						</button>
					)}
					<p role="status" class={`live-status ${finding.status === 'ok' ? 'fixed' : ''}`}>
						{finding.status === 'ok' ? r.fixedConfirmed : r.notFixedYet}
					</p>
				</>
			) : <p class="notice">{r.missingFinding}</p>}
			<fieldset class="decide">
				<legend>{r.decide}</legend>
				{keeping
					? <KeepReason onSave={reason => onDecide({kind: 'keep', reason})} onCancel={() => setKeeping(false)}/>
					: (
						<div class="buttons">
							<button type="button" class="primary" onClick={() => onDecide({kind: 'fix-now'})}>{r.fixNow}</button>
							<button type="button" onClick={() => setKeeping(true)}>{r.keep}</button>
							<button type="button" onClick={() => onDecide({kind: 'talk-later'})}>{r.talkLater}</button>
						</div>
					)}
			</fieldset>
			{state.index > 0 && <button type="button" class="back" onClick={onBack}>{r.back}</button>}
		</section>
	);
}
