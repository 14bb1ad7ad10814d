import {defineQuestion, onOff, type Platform} from './define-question.js';

// TikTok app: Profile › ☰ › Settings and privacy › Privacy (risks-and-settings.md (b) TikTok;
// teen defaults from TikTok's help page "Teen privacy and safety settings").

export const tiktokPrivateAccount = defineQuestion({
	id: 'tiktok.private-account',
	field: 'accountPrivate',
	options: onOff,
	confirmed: '2026-01', confidence: 'H',
});

export const tiktokDirectMessages = defineQuestion({
	id: 'tiktok.direct-messages',
	field: 'tiktokApp.directMessages',
	options: [
		{id: 'everyone', value: 'everyone'},
		{id: 'suggested-friends', value: 'suggested-friends'},
		{id: 'friends', value: 'friends'},
		{id: 'no-one', value: 'no-one'},
	],
	confirmed: '2021-08', confidence: 'H',
});

export const tiktokSuggestAccount = defineQuestion({
	id: 'tiktok.suggest-account',
	field: 'tiktokApp.suggestAccount',
	options: onOff,
	confirmed: '2021-01', confidence: 'H',
});

export const tiktokLocationServices = defineQuestion({
	id: 'tiktok.location-services',
	field: 'tiktokApp.locationServices',
	options: onOff,
	confirmed: '2026-01', confidence: 'H',
});

export const tiktokDownloads = defineQuestion({
	id: 'tiktok.downloads',
	field: 'downloadsAllowed',
	options: onOff,
	confirmed: '2021-01', confidence: 'H',
});

export const tiktok: Platform = {
	id: 'tiktok',
	name: 'TikTok',
	questions: [tiktokPrivateAccount, tiktokDirectMessages, tiktokSuggestAccount, tiktokLocationServices, tiktokDownloads],
};
