import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {snapchatContactMe} from '../questions/snapchat.js';
import {defineRule, ok, risk} from './define-rule.js';
import {appFix} from './fix-steps.js';

export default defineRule({
	id: 'snapchat-contact-me-everyone',
	ref: 'INT-01',
	family: 'interaction',
	reads: ['snapchatApp.contactMe'],
	severity: severityFor('low', 'critical'),
	title: 'Anyone on Snapchat can contact you',
	why: 'Unsolicited messages are how scams and sextortion start, and Snapchat is among the most reported platforms for sextortion of minors (NCMEC, 2024); teen accounts cannot be opened to everyone (Snap).',
	okText: 'Only your friends (and saved contacts) can contact you.',
	judge: values => (values['snapchatApp.contactMe'].value === 'everyone' ? risk('"Contact Me" is set to Everyone') : ok),
	fixes: {snapchat: appFix('Snapchat', snapchatContactMe, 'Choose "My Friends".')},
	examples: {
		risky: [{'snapchatApp.contactMe': known('everyone')}],
		ok: [{'snapchatApp.contactMe': known('friends')}, {'snapchatApp.contactMe': known('friends-and-contacts')}],
	},
});
