import {countValue, monthValue, type MessageRef} from '../../model/message.js';
import {defineExportRule} from '../export-rule.js';

// Where you have been, point by point: the starkest geolocation a platform keeps (risks-and-settings.md
// GEO: a home is the most frequent night-time place in a few weeks of points).
export default defineExportRule({
	id: 'download-location-history',
	fact: 'locationPoints',
	severity: 'high',
	judge({locationPoints: points}) {
		if (!points || points.count === 0) {
			return {status: 'ok', exposure: {rule: 'download-location-history', id: 'ok'}};
		}

		const exposure: MessageRef = points.from && points.to
			? {rule: 'download-location-history', id: 'points', values: {count: countValue(points.count), from: monthValue(points.from), to: monthValue(points.to)}}
			: {rule: 'download-location-history', id: 'points-undated', values: {count: countValue(points.count)}};
		return {status: 'risk', exposure};
	},
});
