import type {Answers} from '../src/core/questions/answers.js';
import {platforms} from '../src/core/questions/index.js';
import {QuestionItem} from './question-item.js';
import * as t from './strings.js';

export type QuestionHandlers = {
	onAnswer: (question: string, answer: string) => void;
	onClear: (question: string) => void;
	onAppUse: (platform: string, uses: boolean) => void;
};

/**
 * Settings the web cannot show, asked as questions. The user first says which apps they use; only
 * those apps' questions are shown (and audited), so nobody answers about apps they don't have.
 */
export function AppQuestions({answers, onAnswer, onClear, onAppUse}: {answers: Answers} & QuestionHandlers) {
	const used = platforms.filter(platform => answers.apps[platform.id] === true);
	return (
		<section class="questions" aria-labelledby="questions-title">
			<h2 id="questions-title">{t.questionsTitle}</h2>
			<p class="hint">{t.questionsIntro}</p>
			<fieldset class="apps-picker">
				<legend>{t.whichApps}</legend>
				{platforms.map(platform => (
					<label key={platform.id}>
						<input
							type="checkbox" name="uses-app" value={platform.id}
							checked={answers.apps[platform.id] === true} onChange={event => onAppUse(platform.id, event.currentTarget.checked)}
						/>
						{platform.name}
					</label>
				))}
			</fieldset>
			{used.map(platform => (
				<section key={platform.id} class="app-questions" aria-labelledby={`app-${platform.id}`} data-platform={platform.id}>
					<h3 id={`app-${platform.id}`}>{t.appQuestionsHeading(platform.name)}</h3>
					<ol class="question-list">
						{platform.questions.map(question => (
							<QuestionItem
								key={question.id} app={platform.name} question={question} stored={answers.answers[question.id]}
								onAnswer={onAnswer} onClear={onClear}
							/>
						))}
					</ol>
				</section>
			))}
		</section>
	);
}
