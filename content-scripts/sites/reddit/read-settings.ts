import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site-readers.js';
import {composedParent} from '../../dom/shadow-roots.js';
import {leadingText} from '../../dom/element-text.js';
import {bySelector, findRowControl, noteControl, ownsControl} from '../../dom/find-row.js';
import {contains, countInside} from '../../dom/inside.js';
import {wordings} from '../../dom/normalize-text.js';
import {readSwitchStrictly} from '../../dom/read-switch.js';
import {findLabelled} from '../../find-labelled.js';
import type {RedditLabel} from '../../../src/core/labels/reddit/en.js';

// Reddit's settings are web components (platform-pages-3.md §4.3): a switch is `faceplate-switch-input`
// with its state on the host, inside open shadow roots that the page walk enters (dom/walk-page.ts).
// Rows are found by label text and the one control beside it; never by class names.

type Reader<T> = (context: PageContext) => Observed<T>;

const switches = 'faceplate-switch-input, [role="switch"], input[type="checkbox"]';
/** Whether the chat and message choices are radios or a select is unknown (§4.6): both are read. */
const choices = '[role="radio"], input[type="radio"], select';
export const settingsControls = `${switches}, ${choices}`;

/** Every row label: a climb that reaches another row's label has left its own row. */
const rowLabels: readonly RedditLabel[] = ['searchResults', 'personalizedAds', 'locationRecommendations', 'onlineStatus',
	'chatRequestsRow', 'privateMessagesRow', 'followers', 'keepAllPublic', 'activeCommunities', 'contentVisibility'];

/**
 * A switch's live state (§4.3, H: `aria-checked` on the host, and/or a boolean `checked` attribute).
 * A native checkbox or radio by its `.checked` alone. `checked` beside aria-checked="false" disagree,
 * and an aria-checked of another value is unreadable: not vouched for. Neither attribute → unknown
 * (an unrendered switch is not an off one).
 */
export const switchState = (control: Element): boolean | undefined =>
	readSwitchStrictly(control, {inputAlone: true, strictAria: true, hostChecked: {absentIsOff: false}});

/** The switches the label's rows hold, one per row, never a neighbour's. */
function rowSwitches(context: PageContext, key: RedditLabel): Element[] {
	const found = new Set<Element>();
	for (const label of findLabelled(context, key)) {
		const control = findRowControl(label, bySelector(switches));
		if (control && ownsControl(label, control)) {
			found.add(control);
		}
	}

	return [...found];
}

/**
 * A labelled switch row. `any`: several rows (the 2022–23 pair of partner ad rows) answer one
 * question, on when any is. Otherwise exactly one row. None → element-missing; an unreadable state → unrecognized.
 */
export const labelledSwitch = (key: RedditLabel, {any = false} = {}): Reader<boolean> => context => {
	const controls = rowSwitches(context, key);
	if (controls.length === 0) {
		return unknown('element-missing');
	}

	if (controls.length > 1 && !any) {
		return unknown('unrecognized-value');
	}

	const states = controls.map(switchState);
	if (states.some(state => state === undefined)) {
		return unknown('unrecognized-value');
	}

	noteControl(controls[0]!);
	return known(states.includes(true));
};

/** An option's words: its label's (the label around it), else its own text, else its aria-label. */
function optionText(option: Element): string {
	const label = option.closest('label');
	const text = leadingText(label ?? option);
	return text !== '' ? text : wordings(option.getAttribute('aria-label') ?? '')[0] ?? '';
}

/** The chosen option of a choice box: a select's selected option, else the one checked radio. */
function chosen(options: readonly Element[]): string | undefined {
	const view = options[0]?.ownerDocument.defaultView;
	const selects = options.filter(option => view && option instanceof view.HTMLSelectElement) as HTMLSelectElement[];
	if (selects.length > 0) {
		const selected = selects.length === 1 && options.length === 1 ? selects[0]!.selectedOptions[0] : undefined;
		return selected ? leadingText(selected) : undefined;
	}

	const checked = options.filter(option => switchState(option) === true);
	return checked.length === 1 && options.every(option => switchState(option) !== undefined) ? optionText(checked[0]!) : undefined;
}

/**
 * A "Who can send you …" row (§4.2, M: Everyone / Nobody, and for chat "Accounts older than 30
 * days"): the choices nearest the row's title, in a box that holds no other row's title. The chosen
 * option must be Everyone or Nobody; any other (older accounts, an allow-list) is not one the
 * model has: unrecognized, never ok.
 */
export const chosenAudience = (key: RedditLabel): Reader<'everyone' | 'no-one'> => context => {
	const titles = findLabelled(context, key);
	if (titles.length !== 1) {
		return unknown(titles.length === 0 ? 'element-missing' : 'unrecognized-value');
	}

	const others = rowLabels.filter(other => other !== key).flatMap(other => findLabelled(context, other));
	let box = composedParent(titles[0]!);
	for (let depth = 0; box && depth < 6 && contains(context.root, box); depth++, box = composedParent(box)) {
		if (countInside(box, others) > 0) {
			break;
		}

		const options = bySelector(choices)(box);
		if (options.length > 0) {
			noteControl(box);
			const choice = chosen(options);
			return choice === undefined ? unknown('unrecognized-value')
				: wordings(context.labels.everyone).includes(choice) ? known('everyone')
					: wordings(context.labels.nobody).includes(choice) ? known('no-one')
						: unknown('unrecognized-value');
		}
	}

	return unknown('element-missing');
};

/**
 * "Content and activity" (§4.2, June 2025, M): true when "Keep all posts and comments public" is
 * the chosen option. Its radio must be one of a group with exactly one chosen: a group with none
 * chosen is not a choice of "curate" or "hide".
 */
export const keepsAllPublic: Reader<boolean> = context => {
	const radios = '[role="radio"], input[type="radio"]';
	const found = new Set<Element>();
	for (const label of findLabelled(context, 'keepAllPublic')) {
		const control = findRowControl(label, bySelector(radios));
		if (control && ownsControl(label, control)) {
			found.add(control);
		}
	}

	if (found.size !== 1) {
		return unknown(found.size === 0 ? 'element-missing' : 'unrecognized-value');
	}

	const radio = [...found][0]!;
	let group: Element | null = composedParent(radio);
	for (let depth = 0; group && depth < 4 && bySelector(radios)(group, 2).length < 2; depth++) {
		group = composedParent(group);
	}

	const options = group ? bySelector(radios)(group) : [];
	const states = options.map(switchState);
	if (options.length < 2 || states.includes(undefined) || states.filter(Boolean).length !== 1) {
		return unknown('unrecognized-value');
	}

	noteControl(radio);
	return known(switchState(radio) === true);
};
