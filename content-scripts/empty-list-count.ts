import {known, unknown, type Observed} from '../src/core/model/observed.js';
import {normalizeText} from './dom/normalize-text.js';

/** Whether the container shows one of the empty-state wordings (already in normalizeText form). */
export function showsEmptyList(container: Element, emptyWordings: readonly string[]): boolean {
	const text = normalizeText(container.textContent ?? '');
	return emptyWordings.some(wording => text.includes(wording));
}

/**
 * A list with no rows counts 0 only when the container says so in one of the empty-state wordings
 * (already in normalizeText form); no rows and no such text is a layout we do not know.
 */
export function emptyListCount(container: Element, emptyWordings: readonly string[]): Observed<number> {
	return showsEmptyList(container, emptyWordings) ? known(0) : unknown('element-missing');
}
