// Transitional: the protocol and its types live in src/core/protocol/ and src/core/model/. These two
// are re-exported only for src/i18n/localize.ts and popup/strings.ts until they import the core's;
// then this file goes. Nothing new imports it.
export type {SiteCatalog} from '../core/model/site-catalog.js';
export type {CaptureRefusal} from '../core/protocol/parse-capture.js';
