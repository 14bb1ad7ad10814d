import {render} from 'preact';
import {currentTextCatalog, localizeAudit} from '../../src/i18n/localize.js';
import {uiLanguage} from '../../src/i18n/t.js';
import {loadTextCatalog} from '../../src/i18n/text-catalogs.js';
import {sendToBackground as send} from '../browser-connection.js';
import {downloadJson, reportJson} from './report-json.js';
import {ReportView} from './report-view.js';

// "Save report": a page of the extension, opened in a tab from the popup; printing and the JSON
// download happen here, on the device.
document.documentElement.lang = uiLanguage();
const app = document.getElementById('app') ?? document.body;
const now = new Date();

void (async () => {
	await loadTextCatalog(document);
	const state = await send('getState', {});
	const audit = state.audit && localizeAudit(currentTextCatalog(), state.catalog, state.audit);
	render(<ReportView
		audit={audit} now={now} onPrint={() => window.print()}
		onDownload={() => state.audit && downloadJson(document, reportJson(state.audit, now))}
	/>, app);
})();
