import type {RuleTexts} from '../catalog.js';
import {facebookSteps, linkedinContactSteps, linkedinSteps, xBirthdaySteps, youtubeStudioSteps} from './fix-steps.js';

// Profile details: birthday, places, contact details (src/core/rules/*.ts, family birthdate/location/contact).
export const profileRules: Readonly<Record<string, RuleTexts>> = {
	'birthdate-and-hometown': {
		title: 'Your full birthdate and where you come from are shown together',
		why: 'Date and place of birth predicted the first five digits of the Social Security number for 44% of Americans born after 1988 (Acquisti & Gross, PNAS 2009), and they are the classic identity-verification pair.',
		ok: 'No one but you sees your full birthdate together with your hometown or city.',
		exposures: {
			'with-hometown': 'Your full birthdate and your hometown are both visible to {audience}',
			'with-current-city': 'Your full birthdate and your current city are both visible to {audience}',
		},
		steps: {facebook: facebookSteps.birthday},
	},
	'address-visible': {
		title: 'Your home address is on your profile',
		why: 'A home address turns online contact into a doorstep visit; 7% of adult social-network users had posted theirs (Consumer Reports, State of the Net 2010).',
		ok: 'No home address is visible on your profile.',
		exposures: {visible: 'Your home address is visible to {audience}'},
		steps: {
			facebook: [...facebookSteps.contact('Address').slice(0, 2), 'Next to your address, choose Edit › Delete (or set the audience to "Only me").'],
			linkedin: linkedinContactSteps('Delete the address.'),
		},
	},
	'birthdate-visible': {
		title: 'Your full birthdate, or your age, is on your profile',
		why: 'A full birth date is a classic identity-verification answer, and with a ZIP code and sex it singles out 87% of Americans (Sweeney, 2000); for a teen, a visible age tells strangers they are talking to a child.',
		ok: 'Your birth year is hidden, so neither your full birthdate nor your age is on your profile.',
		exposures: {
			'year-visible': 'Your birth year (your age) is visible to {audience}',
			'full-date-visible': 'Your full birthdate (day, month and year) is visible to {audience}',
			'date-visible': 'Your full birthdate is visible to {audience}',
		},
		steps: {facebook: facebookSteps.birthday, x: xBirthdaySteps,
			linkedin: linkedinContactSteps('Under "Birthday", choose who can see it: "Only you" (or delete the birthday).')},
	},
	'birthdate-line-x': {
		title: 'Your X profile shows a "Born …" line',
		why: 'Your birth date, or part of it, is shown to people other than you, and for a teen a visible age tells strangers they are talking to a child; a full date with ZIP code and sex singles out 87% of Americans (Sweeney, 2000).',
		ok: 'Your X profile shows no "Born …" line: there is no birth date, or only you can see it.',
		exposures: {shown: 'Your profile shows a "Born …" line to people other than you'},
		steps: {x: xBirthdaySteps},
	},
	'phone-visible': {
		title: 'Your phone number is on your profile',
		why: 'A visible number invites scam calls, phishing texts and SIM-swap attempts; scraped Facebook data tied 533 million phone numbers to profiles (Facebook, April 2021).',
		ok: 'Your phone number is visible only to you, or not on your profile.',
		exposures: {visible: 'Your phone number is visible to {audience}'},
		steps: {facebook: facebookSteps.contact('Mobile'), linkedin: linkedinContactSteps('Delete the phone number.')},
	},
	'email-visible': {
		title: 'Your email address is visible beyond your friends',
		why: 'A visible email address feeds phishing and account-recovery attacks, and links your accounts across sites.',
		ok: 'Your email address is visible only to friends or fewer.',
		exposures: {visible: 'Your email address is visible to {audience}'},
		steps: {
			facebook: facebookSteps.contact('Email'),
			linkedin: linkedinSteps(['Visibility', 'Who can see or download your email address'],
				'Choose "Only visible to me" or "1st-degree connections", and turn off the switch that lets connections export your email address.'),
			youtube: youtubeStudioSteps('Under "Contact info", delete the email address.'),
		},
	},
	'hometown-public': {
		title: 'Anyone can see your hometown',
		why: 'Birthplace is the second input to Social Security number prediction (Acquisti & Gross, 2009) and a common security-question answer.',
		ok: 'Your hometown is not public.',
		exposures: {public: 'Your hometown is visible to Public'},
		steps: {facebook: facebookSteps.places('Hometown')},
	},
	'current-city-public': {
		title: 'Anyone can see the city you live in',
		why: 'Your city narrows down who you are, and for a teen, where to find them: 71% of teens post their city or town (Pew Research, 2013).',
		ok: 'Your current city is not public.',
		exposures: {public: 'Your current city is visible to Public'},
		steps: {
			facebook: facebookSteps.places('Current city'),
			x: ['Open your profile and choose "Edit profile".', 'Clear "Location", or make it vaguer (a region instead of a town).', 'Select "Save".'],
		},
	},
};
