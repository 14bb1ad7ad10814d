import type {Audience} from '../../../src/core/model/audience.js';
import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site-readers.js';
import {among, findRowControl, noteControl, ownsControl, type ControlFinder} from '../../dom/find-row.js';
import {contains, holdsOther} from '../../dom/inside.js';
import {readSwitch} from '../../dom/read-switch.js';
import {findLabelled} from '../../find-labelled.js';
import {audienceAfterPrefix, parseAudience} from './audience-text.js';
import type {FacebookLabel} from './labels-en.js';

type Reader<T> = (context: PageContext) => Observed<T>;

/** Every element matching a selector in the content root, queried once per page. */
const controls = (context: PageContext, selector: string): ControlFinder =>
	among(context.memo(selector, () => [...context.root.querySelectorAll(selector)]));

/** A settings question answered by an audience button (platform-pages-2.md §1.2). */
export const settingAudience = (question: FacebookLabel): Reader<Audience> => context => {
	const button = firstRowControl(context, question, controls(context, '[role="button"][aria-label^="Edit privacy"], [role="button"][aria-label^="Editar privacidad"], [role="button"][aria-haspopup]'));
	if (!button) {
		return unknown('element-missing');
	}

	const fromLabel = audienceAfterPrefix(button.getAttribute('aria-label') ?? '', context.labels);
	const audience = fromLabel.audience ?? parseAudience(button.textContent ?? '', context.labels);
	return audience ? known(audience) : unknown('unrecognized-value');
};

/** A yes/no question answered by a switch; the live `.checked` is read, not the attribute. */
export const settingSwitch = (question: FacebookLabel): Reader<boolean> => context => {
	const control = firstRowControl(context, question, controls(context, '[role="switch"], input[type="checkbox"]'));
	if (!control) {
		return unknown('element-missing');
	}

	const state = readSwitch(control);
	return state === undefined ? unknown('unrecognized-value') : known(state);
};

/** The questions of the settings pages: a row holding two of them is not one row. */
const settingQuestions: readonly FacebookLabel[] = [
	'friendRequests', 'friendsList', 'futurePosts', 'lookupByEmail', 'lookupByPhone', 'taggedPosts', 'reviewTaggedPosts', 'reviewTags', 'searchEngines',
];

/**
 * Whether the smallest box holding the question and the control also holds another question: then
 * the control is that one's (found by the layout-drift fuzz: a question moved to Accounts Center,
 * its text dropped into the "Friends list" row, borrowed that row's audience button).
 */
function sharesRow(context: PageContext, question: FacebookLabel, label: Element, control: Element): boolean {
	let box: Element | null = label;
	while (box && !contains(box, control)) {
		box = box.parentElement;
	}

	const row = box;
	// Other questions only: the label's own text may be found on its wrapper too (nested elements, one text).
	// (Text we cannot name beside both branches is ownsControl's to refuse.)
	return row !== null && settingQuestions.some(key => key !== question && holdsOther(row, findLabelled(context, key), label));
}

function firstRowControl(context: PageContext, question: FacebookLabel, finder: ControlFinder): Element | undefined {
	for (const label of findLabelled(context, question)) {
		const control = findRowControl(label, finder);
		if (control && ownsControl(label, control) && !sharesRow(context, question, label, control)) {
			noteControl(control);
			return control;
		}
	}

	return undefined;
}
