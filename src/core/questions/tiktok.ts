import {defineQuestion, onOff, type Platform} from './define-question.js';

// TikTok app: Profile › ☰ › Settings and privacy › Privacy (risks-and-settings.md (b) TikTok;
// teen defaults from TikTok's help page "Teen privacy and safety settings").
const privacy = ['Profile', '☰', 'Settings and privacy', 'Privacy'];

export const tiktokPrivateAccount = defineQuestion({
	id: 'tiktok.private-account',
	field: 'accountPrivate',
	path: [...privacy, 'Private account'],
	ask: 'Is "Private account" switched on?',
	options: onOff(),
	defaults: {adult: 'Off (public)', teen: '13–15: on; 16–17: on unless they chose public at sign-up'},
	confirmed: '2026-01', confidence: 'H',
});

export const tiktokDirectMessages = defineQuestion({
	id: 'tiktok.direct-messages',
	field: 'tiktokApp.directMessages',
	path: [...privacy, 'Direct messages'],
	ask: 'Who can send you direct messages?',
	options: [
		{id: 'everyone', label: 'Everyone', value: 'everyone'},
		{id: 'suggested-friends', label: 'Suggested friends', value: 'suggested-friends'},
		{id: 'friends', label: 'Friends', value: 'friends'},
		{id: 'no-one', label: 'No one', value: 'no-one'},
	],
	defaults: {adult: 'not documented', teen: '13–15: direct messages unavailable; 16–17: No one'},
	confirmed: '2021-08', confidence: 'H',
});

export const tiktokSuggestAccount = defineQuestion({
	id: 'tiktok.suggest-account',
	field: 'tiktokApp.suggestAccount',
	path: [...privacy, 'Suggest your account to others'],
	ask: 'Is any switch on: Contacts, Facebook friends, People with mutual connections, People who open or send links to you?',
	options: onOff('One or more is on', 'All are off'),
	defaults: {adult: 'On', teen: '13–15: Off'},
	confirmed: '2021-01', confidence: 'H',
});

export const tiktokLocationServices = defineQuestion({
	id: 'tiktok.location-services',
	field: 'tiktokApp.locationServices',
	path: [...privacy, 'Location services'],
	ask: 'Is "Location services" on?',
	options: onOff(),
	defaults: {adult: 'asked the first time you open the For You feed', teen: 'not documented'},
	confirmed: '2026-01', confidence: 'H',
});

export const tiktokDownloads = defineQuestion({
	id: 'tiktok.downloads',
	field: 'downloadsAllowed',
	path: [...privacy, 'Downloads'],
	ask: 'Is "Video downloads" on?',
	options: onOff(),
	defaults: {adult: 'On', teen: '13–15: not allowed; 16–17: Off'},
	confirmed: '2021-01', confidence: 'H',
});

export const tiktok: Platform = {
	id: 'tiktok',
	name: 'TikTok',
	questions: [tiktokPrivateAccount, tiktokDirectMessages, tiktokSuggestAccount, tiktokLocationServices, tiktokDownloads],
};
