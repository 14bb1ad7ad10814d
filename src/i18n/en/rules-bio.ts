import type {RuleTexts} from '../catalog.js';
import {bioSteps} from './fix-steps.js';

// What the user's own bio shows, by kind (src/core/rules/bio-*.ts; the fields of src/core/bio/scan-bio.ts).
export const bioRules: Readonly<Record<string, RuleTexts>> = {
	'bio-address': {
		title: 'Your bio looks like it shows a street address',
		why: 'A home address lets someone turn online contact into stalking or a burglary; 7–8% of social network users posted one (Consumer Reports, 2010).',
		ok: 'Your bio has nothing that looks like a street address.',
		exposures: {shown: 'Your bio shows what looks like a street address to {audience}'},
		steps: bioSteps('the address'),
	},
	'bio-phone': {
		title: 'Your bio shows a phone number',
		why: 'A visible number invites scam calls, phishing texts and SIM-swap attempts, and lets people find your other accounts by it; scraped Facebook data tied 533 million phone numbers to profiles (Facebook, April 2021).',
		ok: 'Your bio has no phone number in it.',
		exposures: {shown: 'Your bio shows a phone number to {audience}'},
		steps: bioSteps('the phone number'),
	},
	'bio-age-or-school': {
		title: 'Your bio says how old you are or where you go to school',
		why: 'An age tells strangers they are talking to a child, and a school gives a predictable daily place to find one: 71% of teens posted their school name (Pew Research, 2013).',
		ok: 'Your bio does not mention your age or school.',
		exposures: {
			'age-and-school': 'Your bio shows your age and your school to {audience}',
			age: 'Your bio shows your age or school year to {audience}',
			school: 'Your bio shows your school to {audience}',
		},
		steps: bioSteps('your age, school year and school name'),
	},
	'bio-full-date': {
		title: 'Your bio shows a full date, with the year',
		why: 'If it is your birthday, text like this undoes the profile setting that hides it: 42% of Facebook users exposed a full birth date with year (Consumer Reports, 2010).',
		ok: 'Your bio has no full date in it.',
		exposures: {shown: 'Your bio shows a full date (day, month and year) to {audience}'},
		steps: bioSteps('the date (or at least its year)'),
	},
	'bio-email': {
		title: 'Your bio shows an email address',
		why: 'A visible email address feeds phishing and account-recovery attacks, and lets people look up your other accounts by it (Twitter, August 2022).',
		ok: 'Your bio has no email address in it, or only your connections see it.',
		exposures: {shown: 'Your bio shows an email address to {audience}'},
		steps: bioSteps('the email address'),
	},
};
