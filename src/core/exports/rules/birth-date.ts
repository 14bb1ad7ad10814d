import {defineExportRule} from '../export-rule.js';

// A full birth date is the key to identity theft and account recovery (risks-and-settings.md: full
// birthdate); the platform keeps it whatever your profile shows.
export default defineExportRule({
	id: 'download-birth-date',
	fact: 'birthDate',
	severity: 'medium',
	pageRule: 'birthdate-visible',
	judge: ({birthDate}) => (birthDate === 'full' || birthDate === 'partial'
		? {status: 'risk', exposure: {rule: 'download-birth-date', id: birthDate}}
		: {status: 'ok', exposure: {rule: 'download-birth-date', id: 'ok'}}),
});
