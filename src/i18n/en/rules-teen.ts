import type {RuleTexts} from '../catalog.js';
import {xSteps} from './fix-steps.js';

// Conversation prompts for a teen and a parent (src/core/rules/teen-*.ts, family supervision).
export const teenRules: Readonly<Record<string, RuleTexts>> = {
	'teen-defaults-instagram': {
		title: 'Talk it over: this Instagram account is public, though teen accounts start private',
		why: 'Instagram Teen Accounts are private by default and under-16s need a parent to loosen that (Meta, September 2024); a public teen account means that was agreed, or that the account\'s age says 18 or over, which switches every teen protection off.',
		ok: 'The account is private, as Instagram Teen Accounts start.',
		exposures: {
			public: 'Was opening it agreed together? If not, check the birthday on the account: if it says 18 or over, teen protections are off',
			'public-birthday-on-account': 'Was opening it agreed together? If not, check the birthday in Accounts Center › Personal details: if it says 18 or over, teen protections are off',
		},
		steps: {instagram: [
			'Decide together whether the account should be public.',
			'To make it private: More (☰) › Settings › "Account privacy", turn on "Private account".',
			'If the age is wrong, correct the birthday in Accounts Center › Personal details.',
		]},
	},
	'teen-defaults-x': {
		title: 'Talk it over: these X posts are public, though X protects teens\' posts',
		why: 'X protects the posts of known minors by default and has no parental tool; public posts mean the protection was turned off, or that X does not know the account holder is under 18.',
		ok: 'Posts are protected, as X sets them for known minors.',
		exposures: {public: 'Was turning protection off agreed together? If the birth date on the account says 18 or over, X treats it as an adult\'s'},
		steps: {x: xSteps(['Audience, media and tagging'], 'Decide together; to protect the posts, turn on "Protect your posts". If the age is wrong, correct the birth date in Edit profile.')},
	},
	'teen-defaults-facebook': {
		title: 'Talk it over: new Facebook posts go beyond friends, though teen accounts keep them to friends',
		why: 'Facebook Teen Accounts are private and under-16s need a parent to loosen them (Meta, April 2025); posts beyond friends mean that was agreed, or that the account\'s age says 18 or over.',
		ok: 'New posts go to friends or fewer, as Facebook Teen Accounts start.',
		exposures: {'beyond-friends': 'New posts go to {audience}. Was that agreed together? If not, check the birthday on the account'},
		steps: {facebook: [
			'Decide together who should see new posts.',
			'Open Settings & privacy › Settings › "Posts".',
			'At "Who can see your future posts?", choose "Friends".',
			'If the age is wrong, correct the birthday in Accounts Center › Personal details.',
		]},
	},
	'teen-age-on-account': {
		title: 'Talk it over: TikTok treats this account as an adult\'s',
		why: 'TikTok\'s teen protections (private by default under 16, no direct messages under 16, downloads off) depend on the birthdate on the account (TikTok, 2021); an account whose age says 18 or over gets none of them.',
		ok: 'TikTok treats the account as a teen\'s, so its teen protections apply.',
		exposures: {adult: 'TikTok does not treat this account as under 18: if the account holder is a teen, its teen protections are off'},
		steps: {tiktok: [
			'Check together which birthdate the account was made with.',
			'If it is wrong, ask TikTok to correct it (in the app: Profile › ☰ › Settings and privacy › Report a problem), or make a new account with the right birthdate.',
		]},
	},
	'google-timeline-teen-age': {
		title: 'Talk it over: this Google account\'s age may say 18 or over',
		why: 'Google keeps Timeline (Location History) off for under-18s and does not let them turn it on (Google, August 2021); it is on here, so the account probably states an adult age, and Google\'s teen protections (SafeSearch, no ads by age, gender or interests) do not apply.',
		ok: 'Timeline is off, as Google keeps it for under-18s.',
		exposures: {adult: 'Timeline is on, which Google allows only on accounts that say 18 or over'},
		steps: {google: [
			'Check together which birthday the account states (myaccount.google.com › \'Personal info\' › \'Birthday\').',
			'If it is wrong, correct it there, or set up supervision with Family Link.',
			'Turn Timeline off in the meantime (Data & privacy › History settings › Timeline).',
		]},
	},
};
