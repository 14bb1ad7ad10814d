import type {ContentMessaging} from '../../src/browser/content-messaging.js';
import {isCaptureRequest, type CaptureReply} from '../../src/core/protocol/parse-capture.js';
import type {SiteReaders} from '../define-site-readers.js';
import {detectReadablePage} from '../detect-readable-page.js';
import {extractPage} from '../extract-page.js';
import {captureSample} from './capture-sample.js';

/**
 * A page sample of this page, or why not. Only a page kind of a supported site, and only when the
 * page reads as the user's own, in a language we read (own accounts only: on someone else's profile
 * or signed out nothing is saved, and the same checks decide it as for reading).
 */
export function captureReply(sites: readonly SiteReaders[], document: Document, href: string, now: Date, version: string): CaptureReply {
	const detected = detectReadablePage(sites, href);
	if (!detected) {
		return {ok: false, reason: 'not-a-page'};
	}

	const {status} = extractPage(detected, document);
	if (status !== 'read') {
		return {ok: false, reason: status};
	}

	return {ok: true, ...captureSample(detected, document, {date: now, version})};
}

/**
 * Answers the popup's "Save a page sample": only from the extension itself and not from a tab (the
 * popup), only the one message. The sample goes back to the popup, which saves it on the device.
 */
export function listenForCapture(sites: readonly SiteReaders[], messaging: Pick<ContentMessaging, 'onMessage' | 'extensionId' | 'extensionVersion'>, document: Document): void {
	messaging.onMessage((raw, sender) => {
		if (sender.id !== messaging.extensionId() || sender.tab !== undefined || !isCaptureRequest(raw)) {
			return undefined;
		}

		return Promise.resolve(captureReply(sites, document, document.location.href, new Date(), messaging.extensionVersion()));
	});
}
