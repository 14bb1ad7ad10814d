import {countValue} from '../../model/message.js';
import {defineExportRule} from '../export-rule.js';

// Lists advertisers put you on, or the criteria they target you by: your data, traded beyond the platform.
export default defineExportRule({
	id: 'download-advertiser-audiences',
	fact: 'advertiserAudiences',
	severity: 'medium',
	judge({advertiserAudiences: count}) {
		return count !== undefined && count > 0
			? {status: 'risk', exposure: {rule: 'download-advertiser-audiences', id: 'audiences', values: {count: countValue(count)}}}
			: {status: 'ok', exposure: {rule: 'download-advertiser-audiences', id: 'ok'}};
	},
});
