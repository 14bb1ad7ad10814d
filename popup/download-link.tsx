import * as d from './download/download-strings.js';
import * as t from './strings.js';

/** "Check a download": the extension's own page, relative to this one, opened in a new tab. */
export function DownloadLink() {
	return <p class="download-link"><a class="action" href="download.html" target="_blank">{d.link}<span class="visually-hidden">{t.newTab}</span></a></p>;
}
