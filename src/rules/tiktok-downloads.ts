import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {tiktokDownloads} from '../questions/tiktok.js';
import {defineRule, ok, risk} from './define-rule.js';
import {appFix} from './fix-steps.js';

export default defineRule({
	id: 'tiktok-downloads',
	ref: 'PHO-05',
	family: 'photos',
	reads: ['tiktokApp.downloads'],
	severity: severityFor('low', 'high'),
	title: 'Others can download your TikTok videos',
	why: 'A downloaded copy escapes deletion and can be re-posted or edited anywhere; TikTok turns downloads off for 16–17s and does not allow them for 13–15s (TikTok, 2021).',
	okText: 'Video downloads are off.',
	judge: values => (values['tiktokApp.downloads'].value ? risk('Anyone who can see your videos can save a copy') : ok),
	fixes: {tiktok: appFix('TikTok', tiktokDownloads, 'Turn off "Video downloads".')},
	examples: {risky: [{'tiktokApp.downloads': known(true)}], ok: [{'tiktokApp.downloads': known(false)}]},
});
