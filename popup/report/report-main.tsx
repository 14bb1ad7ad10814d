import {render} from 'preact';
import {catalogFor, loadCatalogs} from '../../src/i18n/catalogs.js';
import {uiLanguage} from '../../src/i18n/t.js';
import {tagOf} from '../../src/i18n/languages.js';
import {sendToBackground as send} from '../browser-connection.js';
import {downloadJson, reportJson} from './report-json.js';
import {ReportView} from './report-view.js';

// "Save report": a page of the extension, opened in a tab from the popup; printing and the JSON
// download happen here, on the device.
document.documentElement.lang = tagOf(uiLanguage());
const app = document.getElementById('app') ?? document.body;
const now = new Date();

void (async () => {
	// The page in the UI language; the JSON download in English, whatever the browser speaks.
	await loadCatalogs(document, [uiLanguage(), 'en']);
	const state = await send('getState', {});
	render(<ReportView
		audit={state.audit} now={now} onPrint={() => window.print()}
		onDownload={() => state.audit && downloadJson(document, reportJson(state.audit, now, catalogFor('en')))}
	/>, app);
})();
