import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {snapchatQuickAdd} from '../questions/snapchat.js';
import {defineRule, ok, risk} from './define-rule.js';
import {appFix} from './fix-steps.js';

export default defineRule({
	id: 'snapchat-quick-add',
	ref: 'CON-06',
	family: 'contact',
	reads: ['snapchatApp.quickAdd'],
	severity: severityFor('low', 'high'),
	title: 'Snapchat suggests you to strangers in Quick Add',
	why: 'Quick Add pushes your profile to people with mutual friends, the route sextortionists use to reach teens; Instagram and Snapchat were the most reported platforms for it (NCMEC, 2024).',
	okText: 'You are not shown in Quick Add.',
	judge: values => (values['snapchatApp.quickAdd'].value ? risk('"See Me in Quick Add" is on') : ok),
	fixes: {snapchat: appFix('Snapchat', snapchatQuickAdd, 'Turn off "See Me in Quick Add".')},
	examples: {risky: [{'snapchatApp.quickAdd': known(true)}], ok: [{'snapchatApp.quickAdd': known(false)}]},
});
