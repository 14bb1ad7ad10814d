// Entry of capture.js: "Save a page sample", injected into the active tab by the popup only when the
// user presses the button (activeTab + scripting), so the site bundles that run on every page do
// not carry the sample's redaction (3 KB gzipped each). Injected again on a second press: it
// listens once per page.
import {contentMessaging} from '../../src/browser/content-messaging.js';
import {siteReaders} from '../sites/index.js';
import {listenForCapture} from './listen.js';

const flag = Symbol.for('overshare.capture');
const scope = globalThis as {[flag]?: true};
if (!scope[flag]) {
	scope[flag] = true;
	listenForCapture(siteReaders, contentMessaging, document);
}
