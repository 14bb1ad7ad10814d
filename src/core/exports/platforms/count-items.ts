import type {EntryHandler} from '../export-platform.js';
import type {ExportFacts} from '../facts.js';
import {matches, type PathPattern} from '../path-pattern.js';

/**
 * A reader that counts the items of the lists at `lists` (objects or plain values), never looking at
 * what they say, and hands the count to `set`.
 */
export const countItems = (lists: readonly PathPattern[], set: (facts: ExportFacts, count: number) => void) => (): EntryHandler => {
	let count = 0;
	const isItem = (path: readonly unknown[]) => typeof path.at(-1) === 'number'
		&& lists.some(list => path.length === list.length + 1 && matches(path.slice(0, -1) as never, list));
	return {
		open(path) {
			if (isItem(path)) {
				count++;
			}
		},
		value(path) {
			if (isItem(path)) {
				count++;
			}
		},
		done: facts => set(facts, count),
	};
};
