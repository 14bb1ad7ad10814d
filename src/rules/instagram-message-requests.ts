import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {instagramMessageRequests} from '../questions/instagram-app.js';
import {defineRule, ok, risk} from './define-rule.js';
import {appFix} from './fix-steps.js';

export default defineRule({
	id: 'instagram-message-requests',
	ref: 'INT-01',
	family: 'interaction',
	reads: ['instagramApp.messageRequests'],
	context: ['accountPrivate'],
	severity: severityFor('low', 'critical'),
	title: 'Strangers on Instagram can send you message requests',
	why: 'Unsolicited messages are how scams and sextortion start: reports of financial sextortion of minors rose 20% in a year (FBI, 2024), and Instagram teen accounts only get messages from people they follow (Meta, 2024).',
	okText: 'People you don\'t follow cannot send you message requests.',
	judge: (values, context) => (values['instagramApp.messageRequests'].value === 'requests'
		// INT-01 is Medium for adults when the account is public too.
		? risk('Anyone on Instagram can send you message requests', context.accountPrivate?.value === false ? severityFor('medium', 'critical') : undefined)
		: ok),
	fixes: {instagram: appFix('Instagram', instagramMessageRequests, 'Under "Others on Instagram", choose "Don\'t receive requests".')},
	examples: {risky: [{'instagramApp.messageRequests': known('requests')}], ok: [{'instagramApp.messageRequests': known('dont-receive')}]},
});
