import {countValue} from '../../model/message.js';
import {defineExportRule} from '../export-rule.js';

// What the platform decided you like, from what you do: it sells ads on it, and may be wrong or sensitive (health, politics).
export default defineExportRule({
	id: 'download-inferred-interests',
	fact: 'interests',
	severity: 'medium',
	judge({interests: count}) {
		return count !== undefined && count > 0
			? {status: 'risk', exposure: {rule: 'download-inferred-interests', id: 'interests', values: {count: countValue(count)}}}
			: {status: 'ok', exposure: {rule: 'download-inferred-interests', id: 'ok'}};
	},
});
