import {t} from '../../src/i18n/t.js';
import {send} from '../../src/send.js';
import type {DetectedPage} from '../detect-page.js';
import {showCallout} from './callout.js';
import {locateControl} from './locate-control.js';

/**
 * After a page of the user's own is read: if the user pressed "Show me" for it, point at the
 * control (or say plainly that it is not on the page). The user makes the change; nothing is clicked.
 */
export async function showMeIfAsked(detected: DetectedPage, document: Document): Promise<void> {
	const request = await send('takeShowMe', {site: detected.site.id, pageKind: detected.pageKind});
	if (!request) {
		return;
	}

	showCallout(document, locateControl(detected, document, request.fields), {
		title: t('showMeTitle'),
		steps: request.steps,
		dismiss: t('showMeDismiss'),
		notFound: t('showMeNotFound'),
		checkup: t('showMeCheckup', detected.site.name),
		checkupUrl: detected.site.checkupUrl,
	});
}
