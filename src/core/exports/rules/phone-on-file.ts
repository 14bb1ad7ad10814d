import {defineExportRule} from '../export-rule.js';

// A phone number lets anyone who has it look you up (where lookup is on) and ties the account to you everywhere.
export default defineExportRule({
	id: 'download-phone-on-file',
	fact: 'phone',
	severity: 'medium',
	judge: ({phone: kept}) => (kept
		? {status: 'risk', exposure: {rule: 'download-phone-on-file', id: 'phone'}}
		: {status: 'ok', exposure: {rule: 'download-phone-on-file', id: 'ok'}}),
});
