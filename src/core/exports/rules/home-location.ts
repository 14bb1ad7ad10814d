import {defineExportRule} from '../export-rule.js';

// A home address, city, postcode or a place labelled Home: where you can be found.
export default defineExportRule({
	id: 'download-home-location',
	fact: 'homeLocation',
	severity: 'high',
	judge: ({homeLocation: kept}) => (kept
		? {status: 'risk', exposure: {rule: 'download-home-location', id: 'home'}}
		: {status: 'ok', exposure: {rule: 'download-home-location', id: 'ok'}}),
});
