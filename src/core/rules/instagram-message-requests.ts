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
	judge: (values, context) => (values['instagramApp.messageRequests'].value === 'requests'
		// INT-01 is Medium for adults when the account is public too.
		? risk('anyone', context.accountPrivate?.value === false ? {severity: severityFor('medium', 'critical')} : {})
		: ok),
	// The field is read on the web page when it is open, else answered in the guided question; the
	// fix goes to the web page (platform-pages-2.md §2.1: /accounts/messages_and_story_replies/, L) and
	// names the app's path too, where the setting is sure to be (risks-and-settings.md (b), M, 2025-04).
	fixes: {instagram: instagramFix('messages-and-story-replies', '2026-01', 'L')},
	examples: {risky: [{'instagramApp.messageRequests': known('requests')}], ok: [{'instagramApp.messageRequests': known('dont-receive')}]},
});
