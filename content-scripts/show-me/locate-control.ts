import {bioFieldIds, type FieldId} from '../../src/core/model/fields.js';
import type {ReadablePage} from '../detect-readable-page.js';
import {controlFound} from '../dom/find-row.js';
import {contentRootOf} from '../define-site-readers.js';
import {createPageContext, labelsFor} from '../extract-page.js';

/**
 * The control of the first of `fields` this page can point at: the fields are read again with a
 * listener on the row search, and the control a successful reading settled on is the answer.
 * A field read without a row search (page JSON), or not readable, has no control to point at.
 * What the bio mentions (a phone number in it…) is changed in the bio's own field: the bio reader's.
 */
export function locateControl({siteReaders, pageReaders}: ReadablePage, document: Document, fields: readonly FieldId[]): Element | undefined {
	const root = contentRootOf(siteReaders, document);
	const labels = labelsFor(siteReaders, document);
	if (!root || !labels) {
		return undefined;
	}

	const context = createPageContext(document, labels, root);
	for (const field of fields) {
		const fromBio = (bioFieldIds as readonly FieldId[]).includes(field) ? pageReaders.bio : undefined;
		const extract = fromBio ?? pageReaders.fields[field] as ((context: ReturnType<typeof createPageContext>) => {state: string}) | undefined;
		let last: Element | undefined;
		controlFound.listener = control => {
			last = control;
		};
		try {
			if (extract?.(context).state === 'known' && last?.isConnected) {
				return last;
			}
		} catch {
			// A reader that throws has nothing to point at; try the next field.
		} finally {
			controlFound.listener = undefined;
		}
	}

	return undefined;
}
