import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {instagramFix} from './fix-steps.js';

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
	// The field is read on the web page when it is open, else answered in the guided question; the
	// fix goes to the web page (platform-pages-2.md §2.1: /accounts/messages_and_story_replies/, L) and
	// names the app's path too, where the setting is sure to be (risks-and-settings.md (b), M, 2025-04).
	fixes: {instagram: instagramFix('messages-and-story-replies', [
		'Open More (☰) › Settings › "Messages and story replies" (in the app: Profile › ☰ › Settings and activity › Messages and story replies › Message requests).',
		'Under "Others on Instagram", choose "Don\'t receive requests".',
	], '2026-01', 'L')},
	examples: {risky: [{'instagramApp.messageRequests': known('requests')}], ok: [{'instagramApp.messageRequests': known('dont-receive')}]},
});
