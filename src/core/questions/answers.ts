import type {FieldId, Observations} from '../model/fields.js';
import {reported, unknown, type Observed} from '../model/observed.js';
import {noApp, notSure, type Platform, type Question} from './define-question.js';
import {platformById, questionById} from './index.js';
import {isRecord} from '../is-record.js';

/** One answer as stored: the option's id (or "no-app" / "not-sure") and when it was given. Nothing else. */
export type StoredAnswer = {answer: string; at: number};

/**
 * What the user told Overshare about their apps, kept in storage.local beside the page readings:
 * answers by question id, and which apps they use (true), do not use (false), or have not said.
 */
export type Answers = {answers: Record<string, StoredAnswer>; apps: Record<string, boolean>};

export const noAnswers: Answers = {answers: {}, apps: {}};

export const isAnswerTo = (question: Question, answer: unknown): answer is string =>
	answer === noApp || answer === notSure || question.options.some(option => option.id === answer);

/** Is this a well-formed answers store (any ids)? Used by the migration to set an unreadable one aside. */
export const isAnswersShape = (value: unknown): value is Answers =>
	isRecord(value) && isRecord(value.answers) && isRecord(value.apps)
	&& Object.values(value.answers).every(entry => isRecord(entry) && typeof entry.answer === 'string' && typeof entry.at === 'number')
	&& Object.values(value.apps).every(uses => typeof uses === 'boolean');

/**
 * Keeps only answers that still fit the catalog: an update that drops a question or an option must
 * not leave a stale answer standing in for a setting nobody can see any more.
 */
export function currentAnswers(stored: Answers): Answers {
	const answers = Object.fromEntries(Object.entries(stored.answers).filter(([id, {answer}]) => {
		const question = questionById(id);
		return question !== undefined && isAnswerTo(question, answer);
	}));
	const apps = Object.fromEntries(Object.entries(stored.apps).filter(([id]) => platformById(id) !== undefined));
	return {answers, apps};
}

/**
 * A platform's answers as observations, or undefined when its questions do not apply: the user said
 * they don't use the app, or has neither said they use it nor answered anything. Questions answered
 * "I don't have this app / account" are left out (their rules do not apply); unanswered and "not
 * sure" stay unknown: never ok.
 */
export function reportedObservations(platform: Platform, {answers, apps}: Answers):
{fields: ReadonlySet<FieldId>; observations: Observations} | undefined {
	const given = platform.questions.filter(question => answers[question.id] !== undefined);
	if (apps[platform.id] === false || (apps[platform.id] !== true && given.every(question => answers[question.id]!.answer === noApp))) {
		return undefined;
	}

	const fields = new Set<FieldId>();
	const observations: Partial<Record<FieldId, Observed<unknown>>> = {};
	for (const question of platform.questions) {
		const stored = answers[question.id];
		if (stored?.answer === noApp) {
			continue;
		}

		fields.add(question.field);
		const option = question.options.find(candidate => candidate.id === stored?.answer);
		observations[question.field] = option ? reported(option.value, stored!.at) : unknown(stored?.answer === notSure ? 'not-sure' : 'not-answered');
	}

	return {fields, observations: observations as Observations};
}
