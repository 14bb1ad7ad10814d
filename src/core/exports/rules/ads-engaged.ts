import {countValue, monthValue, type MessageRef} from '../../model/message.js';
import {defineExportRule} from '../export-rule.js';

// Every ad you engaged with is kept with the targeting that matched you to it (your age, place,
// interests, lists an advertiser uploaded): a record of how advertisers find you.
export default defineExportRule({
	id: 'download-ads-engaged',
	fact: 'adEngagements',
	severity: 'low',
	judge({adEngagements: ads}) {
		if (!ads || ads.count === 0) {
			return {status: 'ok', exposure: {rule: 'download-ads-engaged', id: 'ok'}};
		}

		const exposure: MessageRef = ads.from && ads.to
			? {rule: 'download-ads-engaged', id: 'ads', values: {count: countValue(ads.count), from: monthValue(ads.from), to: monthValue(ads.to)}}
			: {rule: 'download-ads-engaged', id: 'ads-undated', values: {count: countValue(ads.count)}};
		return {status: 'risk', exposure};
	},
});
