import type {RuleTexts} from '../catalog.js';

// Strava's rules (src/core/rules/strava-*.ts). Steps follow Strava's web help: profile picture ›
// Settings › "Privacy Controls" (platform-pages-3.md §1.2, 2018–2026); quoted labels are Strava's.
const privacyControls = ['Hover over your profile picture (top right) and choose Settings.', 'Open the "Privacy Controls" tab.'];
const choose = (heading: string, option: string): string[] => [...privacyControls, `Under "${heading}", choose "${option}".`];
const mapVisibility = (action: string): string[] => [...privacyControls, 'Find "Map Visibility".', action];

export const stravaRules: Readonly<Record<string, RuleTexts>> = {
	'strava-activities-visible': {
		title: 'Others can see your Strava activities and their maps',
		why: 'Activity maps show where you run or ride and when; Strava\'s 2018 heatmap revealed military bases from them. The setting applies only to new uploads: older activities keep their audience until you bulk-edit them.',
		ok: 'New activities are visible only to you.',
		exposures: {
			everyone: 'New activities are visible to everyone, including people who are not signed in',
			followers: 'New activities are visible to your followers',
			'followers-open': 'New activities go to your followers, and anyone can follow you without approval',
			'maps-hidden': 'New activities are visible to others; their maps are hidden',
		},
		steps: {strava: [...choose('Activities', 'Followers'), 'Or choose "Only You" to keep them to yourself.', 'For past activities, use "Edit Past Activities" on the same page.']},
	},
	'strava-start-end-shown': {
		title: 'Your activities show where they start and end',
		why: 'Runs and rides often start at your front door: a 2023 study found home addresses from Strava heatmap start points with 37.5% accuracy (NC State, "Heat Marks the Spot").',
		ok: 'The start and end of your activities are hidden, or only you see them.',
		exposures: {
			'not-hidden': 'Start and end of activities are not hidden',
			'addresses-only': 'Start and end are hidden only at the addresses you chose',
			'maps-hidden': 'Start and end are not hidden, but the maps are',
		},
		steps: {strava: mapVisibility('Check "Hide the start and end points of activities no matter where they happen", and set the distance with "Edit".')},
	},
	'strava-no-privacy-address': {
		title: 'No home or work address is hidden on your Strava maps',
		why: 'An address you add hides any activity\'s start and end near it, whatever the distance setting; research in 2018 found that start and end points still give a home away over many activities, so use both.',
		ok: 'Starts and ends near the addresses you chose are hidden.',
		exposures: {none: 'No address is set to hide starts and ends'},
		steps: {strava: mapVisibility('Check "Hide the start and end points of activities that happen at a specific address", then add your home and work.')},
	},
	'strava-profile-public': {
		title: 'Your Strava profile appears in search engines',
		why: 'With "Everyone", your profile shows in search results and to anyone who is not signed in: name, location, stats and recent achievements (Strava Help).',
		ok: 'Your profile is shown in full only to your followers.',
		exposures: {everyone: 'Profile Page is set to "Everyone"'},
		steps: {strava: choose('Profile Page', 'Followers')},
	},
	'strava-follow-without-approval': {
		title: 'Anyone can follow you on Strava without your approval',
		why: 'With a profile open to everyone, any athlete can follow you without asking, and followers see every activity you share with "Followers" (Strava Help).',
		ok: 'People must ask before they follow you.',
		exposures: {anyone: 'Anyone can follow you and see what you share with followers'},
		steps: {strava: [...choose('Profile Page', 'Followers'), 'Then review who already follows you on your profile.']},
	},
	'strava-heatmap': {
		title: 'Your activities feed Strava\'s heatmaps',
		why: 'Aggregate data feeds the public Global Heatmap and Metro; activities set to "Followers" are included too, only "Only You" ones are left out (Strava support, 2023), and the heatmap has revealed homes and bases.',
		ok: 'Your activities are not used in heatmaps and other aggregate data.',
		exposures: {on: '"Contribute your activity data to de-identified, aggregate data sets" is checked'},
		steps: {strava: [...privacyControls, 'Find "Aggregated Data Usage".', 'Uncheck "Contribute your activity data to de-identified, aggregate data sets".']},
	},
	'strava-flyby': {
		title: 'Strangers who crossed your path can replay your activity in Flyby',
		why: 'Flyby shows you to every athlete who was nearby, lets them open your activity, and lets anyone with its link replay your route and timing (Strava Help).',
		ok: 'You are hidden from Flybys.',
		exposures: {on: 'Flyby is set to "Everyone"'},
		steps: {strava: choose('Flyby', 'No One')},
	},
	'strava-group-activities': {
		title: 'Anyone can see the group activities you were part of',
		why: 'Other people\'s activities show who joined them: where and when you trained, and with whom, even when your own activities are narrower.',
		ok: 'Only your followers, or no one, see you in group activities.',
		exposures: {everyone: 'Group Activities is set to "Everyone"'},
		steps: {strava: choose('Group Activities', 'Followers')},
	},
	'strava-local-legends': {
		title: 'Everyone can see you as a Local Legend',
		why: 'A Local Legend is the athlete who did a segment most often lately: it names a route you repeat, often close to home; Strava sets it to "No One" for under-18s.',
		ok: 'You are not shown as a Local Legend to everyone.',
		exposures: {everyone: 'Local Legends is set to "Everyone"'},
		steps: {strava: choose('Local Legends', 'No One')},
	},
	'strava-mentions': {
		title: 'Anyone can mention you on Strava',
		why: 'Mentions pull you into strangers\' activities and comments and tell them your name on the app.',
		ok: 'Only your followers, or no one, can mention you.',
		exposures: {everyone: 'Mentions is set to "Everyone"'},
		steps: {strava: choose('Mentions', 'Followers')},
	},
	'strava-location-on-profile': {
		title: 'Your Strava profile shows your location to everyone',
		why: 'A town on an open profile narrows down where you live, and the routes on your activities do the rest.',
		ok: 'No location is shown on an open profile.',
		exposures: {public: 'A location is on your profile, and Profile Page is "Everyone"'},
		steps: {strava: [...choose('Profile Page', 'Followers'), 'Or remove the location: Settings › My Profile, clear City, State and Country, then Save.']},
	},
	'teen-defaults-strava': {
		title: 'Talk it over: this Strava profile or its activities are open to everyone, though Strava starts teens at Followers',
		why: 'Strava sets the profile and activities of under-18s to "Followers", hides the first and last 400 m of each activity and keeps them out of heatmaps; "Everyone" means that was loosened, or that the birth date says 18 or over.',
		ok: 'Profile and activities stay with followers, as Strava sets them for under-18s.',
		exposures: {loosened: 'Was opening the profile or activities agreed together? If the birth date on the account says 18 or over, Strava treats it as an adult\'s'},
		steps: {strava: [...choose('Profile Page', 'Followers'), 'Under "Activities", choose "Followers" or "Only You".', 'If the age is wrong, correct the birthday in Settings › My Profile.']},
	},
};
