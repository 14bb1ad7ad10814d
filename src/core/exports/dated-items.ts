import type {EntryHandler} from './export-platform.js';
import {SpanCounter, timeOf, type ExportFacts} from './facts.js';
import {matches, matchesAt, type PathPattern} from './path-pattern.js';

/**
 * A reader that counts the items of one list (a location point, a place visit, a login) and dates each
 * by the first of its time fields found, then hands the count and months to `done`. Items are counted
 * when they close, so a file cut short counts nothing it did not finish (and fails anyway).
 */
export function datedItems(
	{items, times, only}: {items: PathPattern; times: readonly PathPattern[]; only?: PathPattern},
	done: (facts: ExportFacts, counter: SpanCounter) => void,
): () => EntryHandler {
	return () => {
		const counter = new SpanCounter();
		let inItem = false;
		let time: number | undefined;
		// `only`: count an item only if something at this path inside it opens (a segment with a "visit").
		let qualifies = only === undefined;
		return {
			open(path) {
				if (matches(path, items)) {
					inItem = true;
					time = undefined;
					qualifies = only === undefined;
				} else if (inItem && only !== undefined && matchesAt(path, items.length, only)) {
					qualifies = true;
				}
			},
			value(path, value) {
				if (inItem && time === undefined && value.kind !== 'literal' && times.some(pattern => matchesAt(path, items.length, pattern))) {
					time = timeOf(value.text);
				}
			},
			close(path) {
				if (inItem && matches(path, items)) {
					inItem = false;
					if (qualifies) {
						counter.add(time);
					}
				}
			},
			done: facts => done(facts, counter),
		};
	};
}
