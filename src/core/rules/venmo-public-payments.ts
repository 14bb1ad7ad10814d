import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {venmoDefaultPrivacy} from '../questions/venmo.js';
import {defineRule, ok, risk} from './define-rule.js';
import {appFix} from './fix-steps.js';

export default defineRule({
	id: 'venmo-public-payments',
	ref: 'TP-07',
	family: 'third-party',
	reads: ['venmoApp.defaultPrivacy'],
	severity: severityFor('high', 'high'),
	title: 'Your new Venmo payments are public',
	why: 'Public payment notes give away health, relationships, habits and places: 208 million public Venmo transactions from 2017 were collected by one researcher (Public by Default, 2018).',
	okText: 'New payments are not public.',
	judge: values => (values['venmoApp.defaultPrivacy'].value === 'public' ? risk('Anyone can see who you pay and why') : ok),
	fixes: {venmo: appFix('Venmo', venmoDefaultPrivacy, 'Choose "Private", then under "Past transactions" choose "Change all to Private".')},
	examples: {
		risky: [{'venmoApp.defaultPrivacy': known('public')}],
		ok: [{'venmoApp.defaultPrivacy': known('private')}, {'venmoApp.defaultPrivacy': known('friends')}],
	},
});
