// Layout drift, as a site's next release might bring it: elements removed, moved, renamed,
// relabelled, duplicated, reordered, attribute values changed, embedded JSON cut short. Every change
// here only *damages* what the page says; none writes a different valid setting (no attribute is set
// to another known state, no text to another known label), so any change of a reading towards
// "safe" after these is a reader trusting what is no longer there (issue 17.6).
import fc from 'fast-check';

export type Mutation =
	| {readonly kind: 'remove' | 'duplicate' | 'reorder' | 'rename'; readonly at: number}
	| {readonly kind: 'move'; readonly at: number; readonly to: number}
	| {readonly kind: 'relabel'; readonly at: number; readonly text: string}
	| {readonly kind: 'attribute'; readonly at: number; readonly which: number; readonly value: string}
	| {readonly kind: 'truncate-json'; readonly at: number; readonly cut: number};

/** Garbage text: never one of a site's words (a fixed prefix no label starts with), sometimes empty. */
const garbage = fc.oneof(fc.constant(''), fc.string({maxLength: 12}).map(text => `\u2063zq${text}`));

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({kind: fc.constantFrom('remove', 'duplicate', 'reorder', 'rename' as const), at: fc.nat()}),
	fc.record({kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat()}),
	fc.record({kind: fc.constant('relabel' as const), at: fc.nat(), text: garbage}),
	fc.record({kind: fc.constant('attribute' as const), at: fc.nat(), which: fc.nat(), value: garbage}),
	fc.record({kind: fc.constant('truncate-json' as const), at: fc.nat(), cut: fc.nat()}),
);

export const mutationsArb = fc.array(mutationArb, {minLength: 1, maxLength: 4});

/** Tags a renamed element may become: structure-only tags, never a form control or a link. */
const plainTags = ['div', 'span', 'section', 'p', 'li', 'article', 'em'];

/**
 * Attributes whose mere presence is a state (`checked`, `selected`, `open`): changing their value
 * changes nothing, and removing one is a real setting change, not damage. Their values are left alone.
 */
const presenceAttributes = new Set(['checked', 'selected', 'open', 'disabled', 'hidden']);

const elementsOf = (document: Document): Element[] => [...document.body.querySelectorAll('*')];

function textNodesOf(document: Document): Text[] {
	const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
	const nodes: Text[] = [];
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		// A textarea's text is its value (a bio emptied is a real change, not damage); scripts are data.
		if ((node as Text).data.trim() !== '' && !node.parentElement?.closest('textarea, script, style')) {
			nodes.push(node as Text);
		}
	}

	return nodes;
}

/** The embedded data blocks readers parse: every script element with text. */
const jsonScripts = (document: Document): Element[] =>
	[...document.querySelectorAll('script')].filter(script => (script.textContent ?? '').length > 1);

const pick = <T>(list: readonly T[], at: number): T | undefined => (list.length === 0 ? undefined : list[at % list.length]);

/** Applies one mutation in place; one that finds nothing to act on does nothing. */
export function mutate(document: Document, mutation: Mutation): void {
	switch (mutation.kind) {
		case 'remove': {
			pick(elementsOf(document), mutation.at)?.remove();
			break;
		}

		case 'duplicate': {
			const element = pick(elementsOf(document), mutation.at);
			element?.after(element.cloneNode(true));
			break;
		}

		case 'reorder': {
			const element = pick(elementsOf(document), mutation.at);
			element?.replaceChildren(...[...element.childNodes].reverse());
			break;
		}

		case 'rename': {
			const element = pick(elementsOf(document), mutation.at);
			if (element) {
				const renamed = document.createElement(plainTags[mutation.at % plainTags.length]!);
				for (const attribute of element.attributes) {
					renamed.setAttribute(attribute.name, attribute.value);
				}

				renamed.append(...element.childNodes);
				element.replaceWith(renamed);
			}

			break;
		}

		case 'move': {
			const elements = elementsOf(document);
			const element = pick(elements, mutation.at);
			const target = pick(elements, mutation.to);
			if (element && target && !element.contains(target)) {
				target.append(element);
			}

			break;
		}

		case 'relabel': {
			const node = pick(textNodesOf(document), mutation.at);
			if (node) {
				node.data = mutation.text;
			}

			break;
		}

		case 'attribute': {
			const element = pick(elementsOf(document), mutation.at);
			const attribute = element ? pick([...element.attributes].filter(({name}) => !presenceAttributes.has(name)), mutation.which) : undefined;
			if (element && attribute && attribute.value !== mutation.value) {
				element.setAttribute(attribute.name, mutation.value);
			}

			break;
		}

		case 'truncate-json': {
			const script = pick(jsonScripts(document), mutation.at);
			const text = script?.textContent ?? '';
			if (script) {
				script.textContent = text.slice(0, mutation.cut % text.length);
			}

			break;
		}
	}
}
