import type {FieldId, Fields} from '../model/fields.js';

/** One answer the app can show, as its label, and the field value it stands for. */
export type AnswerOption<F extends FieldId = FieldId> = {readonly id: string; readonly label: string; readonly value: Fields[F]};

/**
 * A setting only the phone app shows, asked as a guided question: where to look in the app, what
 * to read there, and the app's own option labels. The answer becomes an observation of `field`
 * marked as reported by the user. Facts: risks-and-settings.md (b), with its vintage and confidence.
 */
export type Question<F extends FieldId = FieldId> = {
	/** `<platform>.<setting>`, stable: stored answers are keyed by it. */
	readonly id: string;
	readonly field: F;
	/** Taps from the app's home screen to the setting, as the app labels them. */
	readonly path: readonly string[];
	/** What to read there, e.g. 'Who can send you direct messages?'. */
	readonly ask: string;
	readonly options: ReadonlyArray<AnswerOption<F>>;
	/** The platform's defaults for new accounts, as the reference gives them. */
	readonly defaults: {readonly adult: string; readonly teen: string};
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

export const onOff = (on = 'On', off = 'Off') => [{id: 'on', label: on, value: true}, {id: 'off', label: off, value: false}] as const;
