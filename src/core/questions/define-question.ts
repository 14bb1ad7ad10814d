import type {FieldId, Fields} from '../model/fields.js';

/** One answer the app can show (its label, in each language's catalog, by id), and the field value it stands for. */
export type AnswerOption<F extends FieldId = FieldId> = {readonly id: string; readonly value: Fields[F]};

/**
 * A setting only the phone app shows, asked as a guided question. The answer becomes an observation
 * of `field` marked as reported by the user. Its words (where to look in the app, what to read there,
 * the app's own option labels, the platform's defaults) are in each language's catalog, by id
 * (src/i18n/<lang>/questions.ts). Facts: risks-and-settings.md (b), with its vintage and confidence.
 */
export type Question<F extends FieldId = FieldId> = {
	/** `<platform>.<setting>`, stable: stored answers are keyed by it. */
	readonly id: string;
	readonly field: F;
	readonly options: ReadonlyArray<AnswerOption<F>>;
	/** When the path and labels were last documented, and how sure the reference is. */
	readonly confirmed: string;
	readonly confidence: 'H' | 'M' | 'L';
};

/** Every platform the user can answer questions about. `id` equals the site adapter's id when there is one. */
export type Platform = {readonly id: string; readonly name: string; readonly questions: readonly Question[]};

/** The two answers every question offers besides the app's own options. */
export const noApp = 'no-app';
export const notSure = 'not-sure';
export type SpecialAnswer = typeof noApp | typeof notSure;

/** Checks each option's value against the question's field, then erases that detail so questions fit one list. */
export const defineQuestion = <const F extends FieldId>(question: Question<F>): Question => question as unknown as Question;

export const onOff = [{id: 'on', value: true}, {id: 'off', value: false}] as const;
