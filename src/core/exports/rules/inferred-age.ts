import {defineExportRule} from '../export-rule.js';

// An age the platform guessed from what you do: used to choose your ads, and for a teen, what they are shown.
export default defineExportRule({
	id: 'download-inferred-age',
	fact: 'inferredAge',
	severity: 'low',
	judge: ({inferredAge: kept}) => (kept
		? {status: 'risk', exposure: {rule: 'download-inferred-age', id: 'inferred'}}
		: {status: 'ok', exposure: {rule: 'download-inferred-age', id: 'ok'}}),
});
