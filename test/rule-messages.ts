import {audiences, type Audience} from '../src/core/model/audience.js';
import {appChoices} from '../src/core/model/app-choices.js';
import {isValidValue, type FieldId} from '../src/core/model/fields.js';
import {known, type Known} from '../src/core/model/observed.js';
import type {CrossRule, SiteView} from '../src/core/rules/across/define-cross-rule.js';
import type {ContextValues, Exposure, KnownValues, Rule} from '../src/core/rules/define-rule.js';

// Every value a field can hold, found by asking the field's own validator: a new kind of value
// needs no change here (the app-only settings' choices come from app-choices.ts). Counts are sampled around the thresholds rules use (1, 10).
const candidates: readonly unknown[] = ['shown', 'not-set', ...audiences, true, false, 0, 1, 2, 11,
	'anyone', 'following', 'off', 'everyone', 'verified', 'no-one', ...Object.values(appChoices).flat()];
const audienceChoices: ReadonlyArray<Audience | undefined> = [undefined, ...audiences];

function valuesOf(field: FieldId): Array<Known<unknown>> {
	return candidates.filter(value => isValidValue(field, value)).flatMap(value =>
		value === 'shown' ? audienceChoices.map(audience => known(value, audience)) : [known(value)]);
}

function combinations(fields: readonly FieldId[], optional: boolean): Array<Record<string, Known<unknown>>> {
	let result: Array<Record<string, Known<unknown>>> = [{}];
	for (const field of fields) {
		const values: Array<Known<unknown> | undefined> = optional ? [undefined, ...valuesOf(field)] : valuesOf(field);
		result = result.flatMap(partial => values.map(value => (value ? {...partial, [field]: value} : partial)));
	}

	return result;
}

/** One of each exposure that differs in its id or its values. */
const distinct = (exposures: Iterable<Exposure>): Exposure[] =>
	[...new Map([...exposures].map(exposure => [JSON.stringify(exposure), exposure])).values()].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/**
 * Every exposure a rule can say (its message id and values), by judging every combination of its
 * fields' values (context fields also absent). Used to prove each one has words in every language.
 */
export function exposuresOf(rule: Rule): Exposure[] {
	const exposures: Exposure[] = [];
	for (const values of combinations(rule.reads, false)) {
		for (const context of combinations(rule.context ?? [], true)) {
			const judgement = rule.judge(values as KnownValues<readonly FieldId[]>, context as ContextValues);
			if (judgement.risky) {
				exposures.push(judgement.exposure);
			}
		}
	}

	return distinct(exposures);
}

/**
 * Every exposure a rule across accounts can say over two and three sites (named "Site A"…), each
 * site showing one of the fields it reads with any value, or none.
 */
export function crossExposuresOf(rule: CrossRule): Exposure[] {
	const choices: Array<{field: FieldId; value: Known<unknown>} | undefined> = [undefined, ...rule.reads.flatMap(field => valuesOf(field).map(value => ({field, value})))];
	const view = (name: string, choice: (typeof choices)[number]): SiteView => ({
		site: name, siteName: name, observations: choice ? {[choice.field]: choice.value} : {}, readable: new Set(rule.reads),
	});
	const exposures: Exposure[] = [];
	const judge = (views: SiteView[]) => {
		const judgement = rule.judge(views);
		if (judgement.risky) {
			exposures.push(judgement.exposure);
		}
	};

	for (const first of choices) {
		for (const second of choices) {
			judge([view('Site A', first), view('Site B', second)]);
			for (const third of choices) {
				judge([view('Site A', first), view('Site B', second), view('Site C', third)]);
			}
		}
	}

	return distinct(exposures);
}
