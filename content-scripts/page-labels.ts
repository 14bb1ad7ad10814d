import {isLabelTable, type LabelTable} from '../src/core/labels/label-table.js';
import type {ContentMessaging} from '../src/browser/content-messaging.js';
import type {ReadablePage} from './detect-readable-page.js';
import {pageLanguage} from './extract-page.js';
import {sendWithRetry} from './send-with-retry.js';

type Send = ContentMessaging['sendToBackground'];

/** Tables the worker gave this tab, by site and language: asked once, whatever the navigations. */
const given = new Map<string, LabelTable>();

/**
 * The page's readers with the label table for the page's UI language. A bundle carries English only;
 * a page in another language its site is read in (the description's `readIn`) gets that language's
 * table from the worker, checked as any message is. Without one (a language the site is not read in,
 * a worker that never answered, a damaged reply) the readers stay as they are, and extract-page says
 * "couldn't check: language" — never a reading with the wrong words.
 */
export async function withPageLabels(detected: ReadablePage, document: Document, send: Send): Promise<ReadablePage> {
	const {siteReaders} = detected;
	const language = pageLanguage(document);
	if (language === '' || Object.hasOwn(siteReaders.languages, language) || !siteReaders.site.readIn.includes(language)) {
		return detected;
	}

	const key = `${detected.site.id}:${language}`;
	let table = given.get(key);
	if (!table) {
		const reply: unknown = await sendWithRetry(async () => send('labelTable', {site: detected.site.id, language})).catch(() => undefined);
		if (!isLabelTable(reply, Object.keys(siteReaders.languages.en ?? {}))) {
			return detected;
		}

		table = reply;
		given.set(key, table);
	}

	return {...detected, siteReaders: {...siteReaders, languages: {...siteReaders.languages, [language]: table}}};
}
