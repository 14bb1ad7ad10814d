import type {Audience} from '../../../src/core/model/audience.js';
import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site-readers.js';
import {bySelector, findRowControl, noteControl, ownsControl} from '../../dom/find-row.js';
import {countInside} from '../../dom/inside.js';
import {normalizeText, wordings} from '../../dom/normalize-text.js';
import {readSwitchStrictly} from '../../dom/read-switch.js';
import {findLabelled} from '../../find-labelled.js';
import type {TikTokLabel} from '../../../src/core/labels/tiktok/en.js';

type Reader<T> = (context: PageContext) => Observed<T>;

const switches = '[role="switch"], input[type="checkbox"]';

/** How far above a row description its value may sit (platform-pages-2.md §3.2: "within 6 ancestors"). */
const maxClimb = 6;

/** Every row label of the page: a climb that reaches another row's label has left its own row. */
const rowLabels: readonly TikTokLabel[] = ['privateAccount', 'commentsRow', 'duetRow'];

const labelled = (context: PageContext, key: TikTokLabel): Element[] => findLabelled(context, key);

/**
 * A TUX switch (platform-pages-2.md §3.2, M–H; sources differ): a `role="switch"` wrapper with
 * `aria-checked`, a hidden native checkbox read by its live `.checked`, or both. When both are
 * there they must agree; otherwise the state is not one we can vouch for.
 */
export const switchState = (control: Element): boolean | undefined => readSwitchStrictly(control, {inputInside: true});

/**
 * A labelled switch row ("Private account"): from the label's leaf, the one switch of its row,
 * never a neighbour's. None → element-missing; several or an unreadable one → unrecognized.
 */
export const labelledSwitch = (key: TikTokLabel): Reader<boolean> => context => {
	const controls = new Set<Element>();
	for (const label of labelled(context, key)) {
		const control = findRowControl(label, bySelector(switches));
		if (control && ownsControl(label, control)) {
			controls.add(control);
		}
	}

	if (controls.size === 0) {
		return unknown('element-missing');
	}

	if (controls.size === 1) {
		noteControl([...controls][0]!);
	}

	const state = controls.size === 1 ? switchState([...controls][0]!) : undefined;
	return state === undefined ? unknown('unrecognized-value') : known(state);
};

/**
 * The first text line that follows `after` inside `box`, in reading order: the walk starts past
 * `after`'s own subtree rather than testing every node of the box against it.
 */
function lineAfter(box: Element, after: Element): string | undefined {
	const walker = box.ownerDocument.createTreeWalker(box, 4 /* NodeFilter.SHOW_TEXT */);
	let last: Node = after;
	while (last.lastChild) {
		last = last.lastChild;
	}

	walker.currentNode = last;
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const line = normalizeText(node.nodeValue ?? '');
		if (line !== '') {
			return line;
		}
	}

	return undefined;
}

/**
 * An audience row ("Who can comment on your posts" / "Friends", platform-pages-2.md §3.2, M–H): the
 * value is the next text line after the row's description. The climb stops at the first ancestor
 * with text after the description; an ancestor holding another row's label has left the row. The
 * line must be a known value: a missing value makes the next row's title the next line, which is not.
 */
export const rowAudience = (key: TikTokLabel, values: ReadonlyArray<readonly [TikTokLabel, Audience]>): Reader<Audience> => context => {
	const descriptions = labelled(context, key);
	if (descriptions.length !== 1) {
		return unknown('element-missing');
	}

	const description = descriptions[0]!;
	const others = rowLabels.filter(other => other !== key).flatMap(other => labelled(context, other));
	let box = description.parentElement;
	for (let depth = 0; box && depth < maxClimb && context.root.contains(box); depth++, box = box.parentElement) {
		if (countInside(box, others) > 0) {
			break;
		}

		const next = lineAfter(box, description);
		if (next !== undefined) {
			// "Show me" rings the row: the choice opens from it.
			noteControl(box);
			const match = values.find(([value]) => wordings(context.labels[value]).includes(next));
			return match ? known(match[1]) : unknown('unrecognized-value');
		}
	}

	return unknown('element-missing');
};

/** The web's two choices for comments and Duet (§3.2: no "No one" on the web). */
export const everyoneOrFriends: ReadonlyArray<readonly [TikTokLabel, Audience]> = [['everyone', 'public'], ['friends', 'friends']];
