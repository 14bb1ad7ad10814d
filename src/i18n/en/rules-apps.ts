import type {RuleTexts} from '../catalog.js';
import {appSteps} from './fix-steps.js';
import {questions} from './questions.js';

// Settings only the phone apps show, answered through guided questions (src/core/rules/<id>.ts with
// appFix). The steps follow each question's path in the app.
const path = (question: string): readonly string[] => questions[question]!.path;

export const appRules: Readonly<Record<string, RuleTexts>> = {
	'tiktok-dms-from-everyone': {
		title: 'Strangers on TikTok can send you direct messages',
		why: 'Unsolicited messages are how scams and sextortion start: reports of financial sextortion of minors rose 20% in a year (FBI, 2024), and TikTok turns direct messages off for 13–15s and to "No one" for 16–17s (TikTok, 2021).',
		ok: 'Only friends, or no one, can message you.',
		exposures: {
			anyone: 'Anyone on TikTok can send you direct messages',
			suggested: 'People TikTok suggests to you can send you direct messages',
		},
		steps: {tiktok: appSteps('TikTok', path('tiktok.direct-messages'), 'Choose "Friends" or "No one".')},
	},
	'tiktok-suggests-account': {
		title: 'TikTok suggests your account to other people',
		why: 'Suggestions push your profile to strangers who share contacts or connections with you; NCMEC counted over 186,000 online-enticement reports in 2023, up more than 300% from 2021 (NCMEC, 2024).',
		ok: 'TikTok does not suggest your account to others.',
		exposures: {on: '"Suggest your account to others" is on for at least one group'},
		steps: {tiktok: appSteps('TikTok', path('tiktok.suggest-account'), 'Turn off every switch.')},
	},
	'tiktok-location-services': {
		title: 'TikTok uses your device location',
		why: 'Location the app collects without a conscious choice each time can tie your posts and feed to where you are ("cybercasing", Friedland and Sommer, 2010); TikTok still estimates it from your network when this is off (TikTok help).',
		ok: 'TikTok location services are off.',
		exposures: {on: '"Location services" is on'},
		steps: {tiktok: appSteps('TikTok', path('tiktok.location-services'), 'Turn off "Location services".')},
	},
	'snapchat-contact-me-everyone': {
		title: 'Anyone on Snapchat can contact you',
		why: 'Unsolicited messages are how scams and sextortion start, and Snapchat is among the most reported platforms for sextortion of minors (NCMEC, 2024); teen accounts cannot be opened to everyone (Snap).',
		ok: 'Only your friends (and saved contacts) can contact you.',
		exposures: {everyone: '"Contact Me" is set to Everyone'},
		steps: {snapchat: appSteps('Snapchat', path('snapchat.contact-me'), 'Choose "My Friends".')},
	},
	'snapchat-story-public': {
		title: 'Anyone can view your Snapchat story',
		why: 'Stories carry real-time clues to where you are and who you are with, which is what lets strangers find you ("cybercasing", Friedland and Sommer, 2010).',
		ok: 'Only friends, or people you chose, see your story.',
		exposures: {everyone: '"View My Story" is set to Everyone'},
		steps: {snapchat: appSteps('Snapchat', path('snapchat.view-my-story'), 'Choose "Friends" or "Custom".')},
	},
	'snapchat-quick-add': {
		title: 'Snapchat suggests you to strangers in Quick Add',
		why: 'Quick Add pushes your profile to people with mutual friends, the route sextortionists use to reach teens; Instagram and Snapchat were the most reported platforms for it (NCMEC, 2024).',
		ok: 'You are not shown in Quick Add.',
		exposures: {on: '"See Me in Quick Add" is on'},
		steps: {snapchat: appSteps('Snapchat', path('snapchat.quick-add'), 'Turn off "See Me in Quick Add".')},
	},
	'snap-map-location': {
		title: 'Your friends can see where you are on the Snap Map',
		why: 'Real-time location is the most dangerous thing to share, and "friends" is not a safe audience: most stalkers know their victim, 61% of female victims being stalked by a partner (NNEDV/CDC, 2017).',
		ok: 'Ghost Mode is on: nobody sees your location.',
		exposures: {off: 'Ghost Mode is off: friends see your live location'},
		steps: {snapchat: appSteps('Snapchat', path('snapchat.ghost-mode'), 'Turn on "Ghost Mode".')},
	},
	'instagram-map-location': {
		title: 'You share your location on the Instagram Map',
		why: 'Real-time location is the most dangerous thing to share: most stalkers know their victim (NNEDV/CDC, 2017), and 37 US state attorneys general asked Meta to bar minors from the Instagram Map (2025).',
		ok: 'You share your location with no one.',
		exposures: {
			friends: 'Your friends can see your live location on the map',
			picked: 'People you picked can see your live location on the map',
		},
		steps: {instagram: appSteps('Instagram', path('instagram.map-sharing'), 'Choose "No one".')},
	},
	'instagram-message-requests': {
		title: 'Strangers on Instagram can send you message requests',
		why: 'Unsolicited messages are how scams and sextortion start: reports of financial sextortion of minors rose 20% in a year (FBI, 2024), and Instagram teen accounts only get messages from people they follow (Meta, 2024).',
		ok: 'People you don\'t follow cannot send you message requests.',
		exposures: {anyone: 'Anyone on Instagram can send you message requests'},
		steps: {instagram: [
			'Open More (☰) › Settings › "Messages and story replies" (in the app: Profile › ☰ › Settings and activity › Messages and story replies › Message requests).',
			'Under "Others on Instagram", choose "Don\'t receive requests".',
		]},
	},
	'instagram-activity-status': {
		title: 'Instagram shows when you are online',
		why: 'Activity status tells everyone you message when you are online, late at night included (risks-and-settings.md, INT-05).',
		ok: 'Your activity status is hidden.',
		exposures: {on: '"Show activity status" is on'},
		steps: {instagram: appSteps('Instagram', path('instagram.activity-status'), 'Turn off "Show activity status".')},
	},
	'venmo-public-payments': {
		title: 'Your new Venmo payments are public',
		why: 'Public payment notes give away health, relationships, habits and places: 208 million public Venmo transactions from 2017 were collected by one researcher (Public by Default, 2018).',
		ok: 'New payments are not public.',
		exposures: {public: 'Anyone can see who you pay and why'},
		steps: {venmo: appSteps('Venmo', path('venmo.default-privacy'), 'Choose "Private", then under "Past transactions" choose "Change all to Private".')},
	},
	'venmo-friends-list-public': {
		title: 'Your Venmo friends list is public',
		why: 'A public friends list maps your family and circle: reporters found the US President\'s family through Venmo friends lists in under 10 minutes (BuzzFeed via EFF, 2021).',
		ok: 'Your friends list is not public.',
		exposures: {public: 'Anyone can see who your Venmo friends are'},
		steps: {venmo: appSteps('Venmo', path('venmo.friends-list'), 'Choose "Private".')},
	},
};
