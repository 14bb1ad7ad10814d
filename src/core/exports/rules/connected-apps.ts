import {countValue} from '../../model/message.js';
import {defineExportRule} from '../export-rule.js';

// Every app connected to the account can read what its permissions allow, long after you stopped using it.
export default defineExportRule({
	id: 'download-connected-apps',
	fact: 'connectedApps',
	severity: 'medium',
	pageRule: 'connected-apps',
	judge({connectedApps: count}) {
		return count !== undefined && count > 0
			? {status: 'risk', exposure: {rule: 'download-connected-apps', id: 'apps', values: {count: countValue(count)}}}
			: {status: 'ok', exposure: {rule: 'download-connected-apps', id: 'ok'}};
	},
});
