import {t} from '../../src/i18n/t.js';
import type {ShowMeRequest} from '../../src/core/protocol/show-me-request.js';
import type {ReadablePage} from '../detect-readable-page.js';
import {showCallout} from './callout.js';
import {locateControl} from './locate-control.js';

/**
 * The user pressed "Show me" for this page: point at the control (or say plainly that it is not on
 * the page). The user makes the change; nothing is clicked.
 */
export function showMe(detected: ReadablePage, document: Document, request: ShowMeRequest): void {
	showCallout(document, locateControl(detected, document, request.fields), {
		title: t('showMeTitle'),
		steps: request.steps,
		dismiss: t('showMeDismiss'),
		notFound: t('showMeNotFound'),
		checkup: t('showMeCheckup', detected.site.name),
		checkupUrl: detected.site.checkupUrl,
	});
}
