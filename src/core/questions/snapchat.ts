import {defineQuestion, onOff, type Platform} from './define-question.js';

// Snapchat app: your avatar › ⚙ Settings › Privacy Controls; Snap Map › ⚙ (risks-and-settings.md (b)
// Snapchat; teen defaults from values.snap.com/privacy/teens and parents.snapchat.com).
const privacyControls = ['Your avatar', '⚙ Settings', 'Privacy Controls'];

export const snapchatContactMe = defineQuestion({
	id: 'snapchat.contact-me',
	field: 'snapchatApp.contactMe',
	path: [...privacyControls, 'Contact Me'],
	ask: 'Who can contact you?',
	options: [
		{id: 'everyone', label: 'Everyone', value: 'everyone'},
		{id: 'friends', label: 'My Friends', value: 'friends'},
		{id: 'friends-and-contacts', label: 'My Friends and Contacts', value: 'friends-and-contacts'},
	],
	defaults: {adult: 'My Friends (and contacts)', teen: 'My Friends and Contacts, and it cannot be widened'},
	confirmed: '2025-01', confidence: 'H',
});

export const snapchatViewMyStory = defineQuestion({
	id: 'snapchat.view-my-story',
	field: 'snapchatApp.viewMyStory',
	path: [...privacyControls, 'View My Story'],
	ask: 'Who can view your story?',
	options: [
		{id: 'everyone', label: 'Everyone', value: 'everyone'},
		{id: 'friends', label: 'Friends', value: 'friends'},
		{id: 'custom', label: 'Custom', value: 'custom'},
	],
	defaults: {adult: 'Friends', teen: 'Friends'},
	confirmed: '2025-01', confidence: 'M',
});

export const snapchatQuickAdd = defineQuestion({
	id: 'snapchat.quick-add',
	field: 'snapchatApp.quickAdd',
	path: [...privacyControls, 'See Me in Quick Add'],
	ask: 'Is "See Me in Quick Add" on?',
	options: onOff(),
	defaults: {adult: 'On', teen: 'limited to people with mutual friends'},
	confirmed: '2025-01', confidence: 'M',
});

export const snapchatGhostMode = defineQuestion({
	id: 'snapchat.ghost-mode',
	field: 'snapchatApp.ghostMode',
	path: ['Snap Map', '⚙ Settings', 'Ghost Mode'],
	ask: 'Is "Ghost Mode" on (your location hidden from everyone)?',
	options: onOff('On (location hidden)', 'Off (friends can see your location)'),
	defaults: {adult: 'location sharing off', teen: 'location sharing off; friends only if turned on'},
	confirmed: '2025-01', confidence: 'H',
});

export const snapchat: Platform = {
	id: 'snapchat',
	name: 'Snapchat',
	questions: [snapchatContactMe, snapchatViewMyStory, snapchatQuickAdd, snapchatGhostMode],
};
