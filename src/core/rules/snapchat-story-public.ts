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
	title: 'Anyone can view your Snapchat story',
	why: 'Stories carry real-time clues to where you are and who you are with, which is what lets strangers find you ("cybercasing", Friedland and Sommer, 2010).',
	okText: 'Only friends, or people you chose, see your story.',
	judge: values => (values['snapchatApp.viewMyStory'].value === 'everyone' ? risk('"View My Story" is set to Everyone') : ok),
	fixes: {snapchat: appFix('Snapchat', snapchatViewMyStory, 'Choose "Friends" or "Custom".')},
	examples: {
		risky: [{'snapchatApp.viewMyStory': known('everyone')}],
		ok: [{'snapchatApp.viewMyStory': known('friends')}, {'snapchatApp.viewMyStory': known('custom')}],
	},
});
