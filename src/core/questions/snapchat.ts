import {defineQuestion, onOff, type Platform} from './define-question.js';

// Snapchat app: your avatar › ⚙ Settings › Privacy Controls; Snap Map › ⚙ (risks-and-settings.md (b)
// Snapchat; teen defaults from values.snap.com/privacy/teens and parents.snapchat.com).

export const snapchatContactMe = defineQuestion({
	id: 'snapchat.contact-me',
	field: 'snapchatApp.contactMe',
	options: [
		{id: 'everyone', value: 'everyone'},
		{id: 'friends', value: 'friends'},
		{id: 'friends-and-contacts', value: 'friends-and-contacts'},
	],
	confirmed: '2025-01', confidence: 'H',
});

export const snapchatViewMyStory = defineQuestion({
	id: 'snapchat.view-my-story',
	field: 'snapchatApp.viewMyStory',
	options: [
		{id: 'everyone', value: 'everyone'},
		{id: 'friends', value: 'friends'},
		{id: 'custom', value: 'custom'},
	],
	confirmed: '2025-01', confidence: 'M',
});

export const snapchatQuickAdd = defineQuestion({
	id: 'snapchat.quick-add',
	field: 'snapchatApp.quickAdd',
	options: onOff,
	confirmed: '2025-01', confidence: 'M',
});

export const snapchatGhostMode = defineQuestion({
	id: 'snapchat.ghost-mode',
	field: 'snapchatApp.ghostMode',
	options: onOff,
	confirmed: '2025-01', confidence: 'H',
});

export const snapchat: Platform = {
	id: 'snapchat',
	name: 'Snapchat',
	questions: [snapchatContactMe, snapchatViewMyStory, snapchatQuickAdd, snapchatGhostMode],
};
