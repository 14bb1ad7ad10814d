import type {Messaging} from '../src/browser/messaging.js';
import type {Tabs} from '../src/browser/tabs-and-alarms.js';
import {captureRequest, parseCaptureReply, type CaptureRefusal} from '../src/core/protocol/parse-capture.js';

/** How a "Save a page sample" ended: saved under a file name, refused for a reason, or failed. */
export type CaptureOutcome = {state: 'saved'; fileName: string} | {state: 'refused'; reason: CaptureRefusal} | {state: 'failed'};

/** Saves the file through a download link of the popup: no "downloads" permission needed (as the report's export). */
function download(document: Document, html: string, fileName: string): void {
	const url = URL.createObjectURL(new Blob([html], {type: 'text/html'}));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Injects the sample code into the active tab, asks it for a page sample and saves it on the device. The redaction
 * happens in the page (content-scripts/capture/); the popup only checks the reply and saves it.
 */
export async function captureActiveTab(
	document: Document,
	{tabs, messaging}: {tabs: Pick<Tabs, 'activeTab' | 'injectScript'>; messaging: Pick<Messaging, 'sendToTab'>},
): Promise<CaptureOutcome> {
	try {
		const tab = await tabs.activeTab();
		if (tab?.id === undefined) {
			return {state: 'refused', reason: 'not-a-page'};
		}

		// The capture code is not in the site's content script: it comes now, asked for (capture.js).
		await tabs.injectScript(tab.id, 'capture.js');
		const reply = parseCaptureReply(await messaging.sendToTab(tab.id, captureRequest));
		if (!reply) {
			return {state: 'failed'};
		}

		if (!reply.ok) {
			return {state: 'refused', reason: reply.reason};
		}

		download(document, reply.html, reply.fileName);
		return {state: 'saved', fileName: reply.fileName};
	} catch {
		// Not a page the extension may script (a browser page, another site), or no reply.
		return {state: 'failed'};
	}
}
