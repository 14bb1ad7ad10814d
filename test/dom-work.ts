// Counts the DOM work a piece of code asks of a jsdom window, deterministically: each call or getter
// our code makes is weighed by what the browser must do for it (a querySelectorAll walks the
// receiver's subtree, textContent reads it all, closest and contains climb ancestors; a step of
// a walker or a parentNode costs one). Calls jsdom makes inside another call are not counted.

type Weigh = (receiver: Node, args: unknown[], result: unknown) => number;

const one: Weigh = () => 1;

function depthOf(node: Node | null): number {
	let depth = 0;
	for (let at = node; at; at = at.parentNode) {
		depth++;
	}

	return depth;
}

const subtreeSize = (node: Node): number =>
	1 + ((node as Element | Document).getElementsByTagName?.('*').length ?? 0)
	+ (node.nodeType === 11 ? [...(node as DocumentFragment).childNodes].reduce((size, child) => size + (child.nodeType === 1 ? subtreeSize(child) : 0), 0) : 0);

const textWork: Weigh = (receiver, _args, result) => {
	let nodes = 0;
	const walker = (receiver.ownerDocument ?? receiver as Document).createTreeWalker(receiver);
	for (let node: Node | null = receiver; node; node = walker.nextNode()) {
		nodes++;
	}

	return nodes + String(result ?? '').length;
};

const climbTo: Weigh = (receiver, args) => {
	let steps = 1;
	for (let at = receiver as Element | null; at && !at.matches(args[0] as string); at = at.parentElement) {
		steps++;
	}

	return steps;
};

/** What to count, by prototype: methods and getters with their weight. */
function plan(window: Window & typeof globalThis): Array<[object, Record<string, Weigh>]> {
	return [
		[window.Node.prototype, {
			textContent: textWork, parentNode: one, parentElement: one, firstChild: one, lastChild: one,
			nextSibling: one, previousSibling: one, childNodes: one, nodeType: one, nodeValue: one, ownerDocument: one,
			contains: (_receiver, args) => depthOf(args[0] as Node), compareDocumentPosition: (receiver, args) => depthOf(receiver) + depthOf(args[0] as Node),
		}],
		[window.Element.prototype, {
			querySelectorAll: subtreeSize, querySelector: subtreeSize, getElementsByTagName: subtreeSize, closest: climbTo,
			matches: one, getAttribute: one, hasAttribute: one, children: one, childElementCount: one, localName: one, id: one, shadowRoot: one,
		}],
		[window.Document.prototype, {querySelectorAll: subtreeSize, querySelector: subtreeSize, getElementById: one, createTreeWalker: one}],
		// An open shadow root (a DocumentFragment) is queried like a subtree of its own.
		[window.DocumentFragment.prototype, {querySelectorAll: subtreeSize, querySelector: subtreeSize}],
		[window.CharacterData.prototype, {data: one}],
		[window.TreeWalker.prototype, {nextNode: one, firstChild: one, nextSibling: one, parentNode: one}],
	];
}

/** Instruments `window` (for good: use a window of its own) and returns the work counter. */
export function countDomWork(window: Window & typeof globalThis): {work: number; byName: Map<string, number>; reset(): void} {
	const counter = {work: 0, byName: new Map<string, number>(), reset: () => {
		counter.work = 0;
		counter.byName.clear();
	}};
	let busy = false;
	const wrap = <T extends (...args: never[]) => unknown>(name: string, original: T, weigh: Weigh) => function (this: Node, ...args: unknown[]) {
		if (busy) {
			return original.apply(this, args as never[]);
		}

		busy = true;
		try {
			const result = original.apply(this, args as never[]);
			const work = weigh(this, args, result);
			counter.work += work;
			counter.byName.set(name, (counter.byName.get(name) ?? 0) + work);
			return result;
		} finally {
			busy = false;
		}
	};

	for (const [prototype, members] of plan(window)) {
		for (const [name, weigh] of Object.entries(members)) {
			const descriptor = Object.getOwnPropertyDescriptor(prototype, name)!;
			if (descriptor.get) {
				Object.defineProperty(prototype, name, {...descriptor, get: wrap(name, descriptor.get as () => unknown, weigh)});
			} else {
				Object.defineProperty(prototype, name, {...descriptor, value: wrap(name, descriptor.value as () => unknown, weigh)});
			}
		}
	}

	return counter;
}
