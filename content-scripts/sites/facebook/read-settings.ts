import type {Audience} from '../../../src/core/model/audience.js';
import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site-readers.js';
import {among, findRowControl, noteControl, ownsControl, type ControlFinder} from '../../dom/find-row.js';
import {readSwitch} from '../../dom/read-switch.js';
import {findLabelled} from '../../find-labelled.js';
import {audienceAfterPrefix, parseAudience} from './audience-text.js';
import type {FacebookLabel} from '../../../src/core/labels/facebook/en.js';

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

function firstRowControl(context: PageContext, question: FacebookLabel, finder: ControlFinder): Element | undefined {
	for (const label of findLabelled(context, question)) {
		const control = findRowControl(label, finder);
		if (control && ownsControl(label, control)) {
			noteControl(control);
			return control;
		}
	}

	return undefined;
}
