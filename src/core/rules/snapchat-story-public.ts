import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {snapchatViewMyStory} from '../questions/snapchat.js';
import {defineRule, ok, risk} from './define-rule.js';
import {appFix} from './fix-steps.js';

export default defineRule({
	id: 'snapchat-story-public',
	ref: 'INT-06',
	family: 'photos',
	reads: ['snapchatApp.viewMyStory'],
	severity: severityFor('low', 'high'),
	judge: values => (values['snapchatApp.viewMyStory'].value === 'everyone' ? risk('everyone') : ok),
	fixes: {snapchat: appFix(snapchatViewMyStory)},
	examples: {
		risky: [{'snapchatApp.viewMyStory': known('everyone')}],
		ok: [{'snapchatApp.viewMyStory': known('friends')}, {'snapchatApp.viewMyStory': known('custom')}],
	},
});
