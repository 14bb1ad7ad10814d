import {defineQuestion, type Platform} from './define-question.js';

// Venmo app: ☰ › Settings › Privacy (risks-and-settings.md (b) Venmo). Standard accounts are 18+;
// teen accounts are not documented.
const audience = [
	{id: 'public', value: 'public'},
	{id: 'friends', value: 'friends'},
	{id: 'private', value: 'private'},
] as const;

export const venmoDefaultPrivacy = defineQuestion({
	id: 'venmo.default-privacy',
	field: 'venmoApp.defaultPrivacy',
	options: audience,
	confirmed: '2022-12', confidence: 'H',
});

export const venmoFriendsList = defineQuestion({
	id: 'venmo.friends-list',
	field: 'venmoApp.friendsList',
	options: audience,
	confirmed: '2021-06', confidence: 'H',
});

export const venmo: Platform = {id: 'venmo', name: 'Venmo', questions: [venmoDefaultPrivacy, venmoFriendsList]};
