import {isRecord} from '../is-record.js';
import type {PageStatus} from '../model/page-reading.js';

// popup → the active tab's content script (tabs.sendMessage, never the background): save a page
// sample of the page as it is now (README "Contribute a page sample"). Kept apart from the worker's
// protocol so that content scripts and the popup import this small module, not every site and rule.

/** Why a page sample was not saved: no page kind of a supported site, or a reading other than "read". */
export type CaptureRefusal = 'not-a-page' | Exclude<PageStatus, 'read'>;

/** The content script's reply: the redacted sample, or why none was made. */
export type CaptureReply = {ok: true; html: string; fileName: string} | {ok: false; reason: CaptureRefusal};

/** The one message a content script takes: nothing but the name, from the popup. */
export const captureRequest = {name: 'captureSample', payload: {}} as const;

/** The one message a content script takes, from the popup only: save a page sample. Nothing else is accepted. */
export const isCaptureRequest = (raw: unknown): boolean =>
	isRecord(raw) && raw.name === captureRequest.name && isRecord(raw.payload) && Object.keys(raw.payload).length === 0;

const captureRefusals: readonly CaptureRefusal[] = ['not-a-page', 'not-own-profile', 'account-unconfirmed', 'logged-out', 'language-unsupported', 'page-not-ready'];

/** Well over any settings page, redacted: a bigger reply is not ours. */
const maxSampleLength = 20_000_000;

/**
 * The content script's reply to the popup, checked before the popup acts on it: the content script
 * runs inside the site's page. A sample is a string under a size cap with a file name of our pattern.
 */
export function parseCaptureReply(raw: unknown): CaptureReply | undefined {
	if (!isRecord(raw)) {
		return undefined;
	}

	if (raw.ok === false) {
		return (captureRefusals as readonly unknown[]).includes(raw.reason) ? {ok: false, reason: raw.reason as CaptureRefusal} : undefined;
	}

	const nameOk = typeof raw.fileName === 'string' && /^overshare-sample-[a-z\d]+-[a-z\d-]+-\d{4}-\d{2}-\d{2}\.html$/.test(raw.fileName);
	const htmlOk = typeof raw.html === 'string' && raw.html.length <= maxSampleLength && raw.html.startsWith('<!-- https://');
	return raw.ok === true && nameOk && htmlOk ? {ok: true, html: raw.html as string, fileName: raw.fileName as string} : undefined;
}
