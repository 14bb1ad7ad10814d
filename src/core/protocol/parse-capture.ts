import {isRecord} from '../is-record.js';
import type {CaptureRefusal, CaptureReply} from '../../background/messages.js';

/** The one message a content script takes, from the popup only: save a page sample. Nothing else is accepted. */
export const isCaptureRequest = (raw: unknown): boolean =>
	isRecord(raw) && raw.name === 'captureSample' && isRecord(raw.payload) && Object.keys(raw.payload).length === 0;

const captureRefusals: readonly CaptureRefusal[] = ['not-a-page', 'not-own-profile', 'logged-out', 'language-unsupported', 'page-not-ready'];

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
