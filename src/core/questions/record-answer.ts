import type {Answers} from './answers.js';
import {platformById} from './index.js';

// Pure changes to the stored answers; the background loads, applies one, re-audits and saves.

/** Stores one answer with the date it was given, replacing any earlier one. Validated by parse-message. */
export const answerQuestion = (answers: Answers, question: string, answer: string, now: number): Answers =>
	({...answers, answers: {...answers.answers, [question]: {answer, at: now}}});

/** Removes one answer: the setting is back to "couldn't check". */
export function clearAnswer(answers: Answers, question: string): Answers {
	const {[question]: _cleared, ...rest} = answers.answers;
	return {...answers, answers: rest};
}

/** Says whether the user uses an app (its questions shown and audited) or not (skipped); null: not said. */
export function setAppUse(answers: Answers, platform: string, uses: boolean | null): Answers {
	const {[platform]: _previous, ...rest} = answers.apps;
	return {...answers, apps: uses === null ? rest : {...rest, [platform]: uses}};
}

/** Forgets everything said about one platform's app: its answers and whether it is used. */
export function forgetPlatform(answers: Answers, platform: string): Answers {
	const ids = new Set(platformById(platform)?.questions.map(question => question.id) ?? []);
	return setAppUse({...answers, answers: Object.fromEntries(Object.entries(answers.answers).filter(([id]) => !ids.has(id)))}, platform, null);
}
