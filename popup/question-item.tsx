import {useRef} from 'preact/hooks';
import type {StoredAnswer} from '../src/core/questions/answers.js';
import {noApp, notSure, type Question} from '../src/core/questions/define-question.js';
import {shortDateOf} from './date-of.js';
import * as e from './engine-texts.js';
import * as t from './strings.js';

export const questionAnchor = (id: string) => `question-${id}`;

/**
 * One guided question: a labelled group of native radio buttons (arrow keys move between them),
 * the app's own labels first, then "no app" and "not sure". Once answered: the date, and a way to clear it.
 */
export function QuestionItem({app, question, stored, onAnswer, onClear}: {
	app: string;
	question: Question;
	stored: StoredAnswer | undefined;
	onAnswer: (question: string, answer: string) => void;
	onClear: (question: string) => void;
}) {
	const group = useRef<HTMLFieldSetElement>(null);
	// Path, question and the app's labels in the UI language; the app's name is a brand.
	const words = e.question(question);
	const options = [...question.options.map(({id}) => ({id, label: words.options[id]!})), {id: noApp, label: t.noAppAnswer}, {id: notSure, label: t.notSureAnswer}];
	const clear = () => {
		// The button is about to disappear: keep keyboard focus in the question.
		group.current?.querySelector<HTMLInputElement>('input')?.focus();
		onClear(question.id);
	};

	return (
		<li>
			<fieldset ref={group} id={questionAnchor(question.id)} class="question" data-question={question.id} data-answer={stored?.answer ?? ''}>
				<legend>
					{t.inTheApp(app, words.path)} <span class="ask">{words.ask}</span>
				</legend>
				<div class="options">
					{options.map(option => (
						<label key={option.id}>
							<input
								type="radio" name={`answer-${question.id}`} value={option.id}
								checked={stored?.answer === option.id} onChange={() => onAnswer(question.id, option.id)}
							/>
							{option.label}
						</label>
					))}
				</div>
				<p class="hint">{t.platformDefaults(words.defaults.adult, words.defaults.teen)} {t.documented(question.confirmed, question.confidence)}</p>
				{stored && (
					<p class="reported-on">
						{t.reportedOn(shortDateOf(stored.at))}{' '}
						<button type="button" class="clear-answer" onClick={clear}>{t.clearAnswer}</button>
					</p>
				)}
			</fieldset>
		</li>
	);
}
