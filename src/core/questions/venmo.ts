import {defineQuestion, type Platform} from './define-question.js';

// Venmo app: ☰ › Settings › Privacy (risks-and-settings.md (b) Venmo). Standard accounts are 18+;
// teen accounts are not documented.
const privacy = ['☰', 'Settings', 'Privacy'];
const audience = [
	{id: 'public', label: 'Public', value: 'public'},
	{id: 'friends', label: 'Friends', value: 'friends'},
	{id: 'private', label: 'Private', value: 'private'},
] as const;

export const venmoDefaultPrivacy = defineQuestion({
	id: 'venmo.default-privacy',
	field: 'venmoApp.defaultPrivacy',
	path: [...privacy, 'Default privacy setting'],
	ask: 'Which default privacy setting is chosen?',
	options: audience,
	defaults: {adult: 'Public', teen: 'not documented'},
	confirmed: '2022-12', confidence: 'H',
});

export const venmoFriendsList = defineQuestion({
	id: 'venmo.friends-list',
	field: 'venmoApp.friendsList',
	path: [...privacy, 'Friends list'],
	ask: 'Who can see your friends list?',
	options: audience,
	defaults: {adult: 'Public', teen: 'not documented'},
	confirmed: '2021-06', confidence: 'H',
});

export const venmo: Platform = {id: 'venmo', name: 'Venmo', questions: [venmoDefaultPrivacy, venmoFriendsList]};
