import type {InstagramLabel} from '../../../src/core/labels/instagram/en.js';
import {radioChoice as choice} from '../../read-radio-choice.js';

/** One choice among radios under an Instagram question, by its label keys (typed, so a key that is not in the table fails to build). */
export const radioChoice = <T>(question: InstagramLabel, values: ReadonlyArray<readonly [InstagramLabel, T]>, others: readonly InstagramLabel[] = []) =>
	choice(question, values, others);
