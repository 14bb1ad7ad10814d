import {defineQuestion, onOff, type Platform} from './define-question.js';

// Instagram app: Profile › ☰ › Settings and activity (risks-and-settings.md (b) Instagram; teen
// defaults from Meta's Teen Accounts, Sep 2024). The private-account question fills the same field
// as the web page does: the newer of the two readings counts (src/core/audit/merge-observations.ts).

export const instagramPrivateAccount = defineQuestion({
	id: 'instagram.private-account',
	field: 'accountPrivate',
	options: onOff,
	confirmed: '2024-09', confidence: 'H',
});

export const instagramMapSharing = defineQuestion({
	id: 'instagram.map-sharing',
	field: 'instagramApp.mapSharing',
	options: [
		{id: 'friends', value: 'friends'},
		{id: 'close-friends', value: 'close-friends'},
		{id: 'only-these-friends', value: 'only-these-friends'},
		{id: 'no-one', value: 'no-one'},
	],
	confirmed: '2025-08', confidence: 'H',
});

export const instagramMessageRequests = defineQuestion({
	id: 'instagram.message-requests',
	field: 'instagramApp.messageRequests',
	options: [
		{id: 'requests', value: 'requests'},
		{id: 'dont-receive', value: 'dont-receive'},
	],
	confirmed: '2025-04', confidence: 'M',
});

export const instagramActivityStatus = defineQuestion({
	id: 'instagram.activity-status',
	field: 'instagramApp.activityStatus',
	options: onOff,
	confirmed: '2025-01', confidence: 'M',
});

export const instagramApp: Platform = {
	id: 'instagram',
	name: 'Instagram',
	questions: [instagramPrivateAccount, instagramMapSharing, instagramMessageRequests, instagramActivityStatus],
};
