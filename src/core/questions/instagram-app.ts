import {defineQuestion, onOff, type Platform} from './define-question.js';

// Instagram app: Profile › ☰ › Settings and activity (risks-and-settings.md (b) Instagram; teen
// defaults from Meta's Teen Accounts, Sep 2024). The private-account question fills the same field
// as the web page does: the newer of the two readings counts (src/core/audit/merge-observations.ts).
const settings = ['Profile', '☰', 'Settings and activity'];

export const instagramPrivateAccount = defineQuestion({
	id: 'instagram.private-account',
	field: 'accountPrivate',
	path: [...settings, 'Account privacy'],
	ask: 'Is "Private account" switched on?',
	options: onOff(),
	defaults: {adult: 'Off (public)', teen: 'On (private)'},
	confirmed: '2024-09', confidence: 'H',
});

export const instagramMapSharing = defineQuestion({
	id: 'instagram.map-sharing',
	field: 'instagramApp.mapSharing',
	path: [...settings, 'Story, live and location', 'Location sharing'],
	ask: 'Who do you share your location with on the Instagram Map?',
	options: [
		{id: 'friends', label: 'Friends', value: 'friends'},
		{id: 'close-friends', label: 'Close Friends', value: 'close-friends'},
		{id: 'only-these-friends', label: 'Only these friends', value: 'only-these-friends'},
		{id: 'no-one', label: 'No one', value: 'no-one'},
	],
	defaults: {adult: 'No one (sharing is opt-in)', teen: 'No one (sharing is opt-in)'},
	confirmed: '2025-08', confidence: 'H',
});

export const instagramMessageRequests = defineQuestion({
	id: 'instagram.message-requests',
	field: 'instagramApp.messageRequests',
	path: [...settings, 'Messages and story replies', 'Message requests'],
	ask: 'Under "Others on Instagram", where do their messages go?',
	options: [
		{id: 'requests', label: 'Message requests', value: 'requests'},
		{id: 'dont-receive', label: "Don't receive requests", value: 'dont-receive'},
	],
	defaults: {adult: 'delivered to message requests', teen: 'only people they follow or are connected to'},
	confirmed: '2025-04', confidence: 'M',
});

export const instagramActivityStatus = defineQuestion({
	id: 'instagram.activity-status',
	field: 'instagramApp.activityStatus',
	path: [...settings, 'Messages and story replies', 'Show activity status'],
	ask: 'Is "Show activity status" on?',
	options: onOff(),
	defaults: {adult: 'On', teen: 'not documented'},
	confirmed: '2025-01', confidence: 'M',
});

export const instagramApp: Platform = {
	id: 'instagram',
	name: 'Instagram',
	questions: [instagramPrivateAccount, instagramMapSharing, instagramMessageRequests, instagramActivityStatus],
};
