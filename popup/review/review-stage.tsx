import {useEffect, useRef, useState} from 'preact/hooks';
import {checkInRange, nextCheckInFor, type Stage} from '../../src/core/review/review-state.js';
import * as r from './review-strings.js';

const stages: readonly Stage[] = ['learner', 'licence'];
const pad = (value: number) => String(value).padStart(2, '0');
/** A date field's value in local time. */
const dayValue = (time: number) => {
	const date = new Date(time);
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** The chosen day, reminded at 09:00 local time. */
const timeOfDay = (value: string): number | undefined => {
	const [year, month, day] = value.split('-').map(Number);
	return year && month && day ? new Date(year, month - 1, day, 9).getTime() : undefined;
};

/** The stage they agree on, and the next check-in: the stage's default date unless they pick another. */
export function ReviewStage({now, onFinish}: {now: number; onFinish: (stage: Stage, nextCheckIn: number | undefined) => void}) {
	const [stage, setStage] = useState<Stage | undefined>(undefined);
	const [day, setDay] = useState<string | undefined>(undefined);
	const [error, setError] = useState('');
	const heading = useRef<HTMLHeadingElement>(null);
	useEffect(() => heading.current?.focus(), []);
	const shown = day ?? (stage ? dayValue(nextCheckInFor(stage, now)) : '');
	const submit = (event: Event) => {
		event.preventDefault();
		if (!stage) {
			setError(r.chooseStage);
			return;
		}

		onFinish(stage, day === undefined ? undefined : timeOfDay(day));
	};

	return (
		<form class="review-stage" onSubmit={submit} aria-labelledby="stage-title">
			<h2 id="stage-title" ref={heading} tabIndex={-1}>{r.stageTitle}</h2>
			<fieldset>
				<legend class="visually-hidden">{r.stageTitle}</legend>
				{stages.map(option => (
					<label key={option} class="stage-option">
						<input type="radio" name="stage" value={option} checked={stage === option} onChange={() => setStage(option)}/>
						<span><strong>{r.stageLabel[option]}</strong> <span class="hint">{r.stageHelp[option]}</span></span>
					</label>
				))}
			</fieldset>
			<label for="next-check-in">{r.nextCheckIn}</label>
			<input
				id="next-check-in" type="date" value={shown} aria-describedby="check-in-help"
				min={dayValue(now + 24 * 60 * 60 * 1000)} max={dayValue(now + checkInRange.max - 24 * 60 * 60 * 1000)}
				onInput={event => setDay(event.currentTarget.value || undefined)}
			/>
			<p id="check-in-help" class="hint">{r.nextCheckInHelp}</p>
			<p class="error" role="alert">{error}</p>
			<button type="submit" class="primary">{r.finish}</button>
		</form>
	);
}
