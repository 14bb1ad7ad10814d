import {countValue} from '../../model/message.js';
import {defineExportRule} from '../export-rule.js';

// What you do on other apps and sites, sent to the platform by those businesses (Facebook's "activity
// off Meta technologies"): third-party sharing you never see on the platform itself.
export default defineExportRule({
	id: 'download-off-platform-activity',
	fact: 'offPlatformActivity',
	severity: 'high',
	judge({offPlatformActivity: activity}) {
		return activity && activity.businesses > 0
			? {status: 'risk', exposure: {rule: 'download-off-platform-activity', id: 'businesses', values: {count: countValue(activity.businesses), events: countValue(activity.events)}}}
			: {status: 'ok', exposure: {rule: 'download-off-platform-activity', id: 'ok'}};
	},
});
