// Page shapes that once made extraction super-linear, grown to any size inside a real page sample's
// content root (or around it, for the app shell). DOM calls only, so the unit tests build them in
// jsdom and the bench in Chromium (where a page's own script could build them too: no parser
// nesting limit applies). Each shape adds about `size` × a few nodes.

export const shapeNames = ['shell', 'siblings', 'labels', 'deep', 'long'] as const;
export type ShapeName = typeof shapeNames[number];

type Build = (document: Document, root: Element, size: number, wordings: readonly string[]) => void;

const element = (document: Document, name: string, attributes: Record<string, string> = {}, ...children: Array<Node | string>): Element => {
	const created = document.createElement(name);
	for (const [key, value] of Object.entries(attributes)) {
		created.setAttribute(key, value);
	}

	created.append(...children);
	return created;
};

/**
 * A settings page or a profile inside a full app: a navigation of `size` links outside the
 * content, and `size / 8` posts inside it, each with the audience icon, buttons and text a feed has.
 */
const shell: Build = (document, root, size) => {
	const nav = element(document, 'nav', {'aria-label': 'Shortcuts'});
	for (let index = 0; index < size; index++) {
		nav.append(element(document, 'a', {href: `/groups/${index}/`, 'aria-label': `Group ${index}`}, element(document, 'span', {}, `Group ${index}`)));
	}

	root.parentElement?.insertBefore(nav, root);
	const feed = element(document, 'div', {role: 'feed'});
	for (let index = 0; index < size / 8; index++) {
		feed.append(element(document, 'div', {role: 'article'},
			element(document, 'a', {href: `/posts/${index}`}, `Post ${index}`),
			element(document, 'span', {'aria-label': 'Shared with Public'}, element(document, 'i')),
			element(document, 'div', {dir: 'auto'}, `Something said in post ${index}, at some length. `.repeat(3)),
			element(document, 'div', {role: 'button', 'aria-label': 'Like'}, 'Like'),
			element(document, 'div', {role: 'button', 'aria-label': 'Comment'}, 'Comment'),
		));
	}

	root.append(feed);
};

/** One element holding `size` text nodes (and as many empty inline elements between them). */
const siblings: Build = (document, root, size) => {
	const box = element(document, 'div');
	for (let index = 0; index < size; index++) {
		box.append(document.createTextNode(`word ${index % 10} `), element(document, 'i'));
	}

	root.append(box);
};

/** The site's own label wordings, `size` of them in turn, half with a switch of their own, all in one box. */
const labels: Build = (document, root, size, wordings) => {
	const box = element(document, 'div');
	for (let index = 0; index < size; index++) {
		const label = element(document, 'span', {dir: 'auto'}, wordings[index % wordings.length] ?? 'Label');
		box.append(index % 2 === 0 ? label : element(document, 'div', {}, label, element(document, 'input', {type: 'checkbox', role: 'switch'})));
	}

	root.append(box);
};

/**
 * A chain `size` deep, a label wording and a text at every level, a switch at the bottom. Hidden:
 * Chromium's layout gives up on a chain some thousands deep (the tab crashes); reading it does not.
 */
const deep: Build = (document, root, size, wordings) => {
	let level = root;
	for (let index = 0; index < size; index++) {
		const next = element(document, 'div', index === 0 ? {hidden: ''} : {}, element(document, 'span', {}, wordings[index % wordings.length] ?? 'Label'), ' ');
		level.append(next);
		level = next;
	}

	level.append(element(document, 'input', {type: 'checkbox', role: 'switch'}));
};

/** Very long texts: a post, a run of whitespace and an attribute of `size` × 64 characters each. */
const long: Build = (document, root, size, wordings) => {
	const length = size * 64;
	root.append(
		element(document, 'div', {dir: 'auto'}, 'A very long post. '.repeat(Math.ceil(length / 18))),
		element(document, 'span', {}, wordings[0] ?? 'Label', ' '.repeat(length), element(document, 'b', {}, 'x')),
		element(document, 'span', {'aria-label': `Shared with ${'.'.repeat(length)}x`}),
		element(document, 'label', {}, `${wordings[0] ?? 'Label'} ${'word '.repeat(length / 5)}`, element(document, 'input', {type: 'checkbox'})),
	);
};

export const shapes: Record<ShapeName, Build> = {shell, siblings, labels, deep, long};

/** Every wording of a label table, flattened. */
export const allWordings = (table: Readonly<Record<string, string | readonly string[]>>): string[] =>
	Object.values(table).flatMap(entry => (typeof entry === 'string' ? [entry] : [...entry]));
