import type {RuleTexts} from '../catalog.js';

// Rules across accounts (src/core/rules/across/*.ts). They have no steps of their own: each site's
// part shows the steps of the one-site rule that fixes it there.
export const acrossRules: Readonly<Record<string, RuleTexts>> = {
	'birthdate-across-sites': {
		title: 'Your full birthdate can be pieced together from two of your profiles',
		why: 'Hiding the year on one site does not help if another shows it: a full birth date is a classic identity-verification answer, and with a ZIP code and sex it singles out 87% of Americans (Sweeney, 2000).',
		ok: 'No two of your profiles together show your full birthdate to more people than one of them alone.',
		exposures: {pieced: 'Your birthday on {site} and your birth year on {otherSite} are both visible to {audience}: together, your full birthdate'},
		steps: {},
	},
	'phone-shown-and-findable': {
		title: 'Your phone number is shown on one profile, and leads to another',
		why: 'A number people can read on one site lets them find your account on another: phone look-up tied 533 million Facebook and 5.4 million Twitter accounts to their owners (Facebook, April 2021; Twitter, August 2022).',
		ok: 'No profile shows your phone number while another lets people find you by it.',
		exposures: {'shown-and-findable': 'Your phone number is visible to {audience} on {site}, and {who:who} who has it can find you on {otherSite}'},
		steps: {},
	},
	'city-on-several-sites': {
		title: 'A city or hometown is public on more than one of your profiles',
		why: 'The same place on several public profiles helps strangers tie your accounts together and narrows down where you are; 71% of teens post their city or town (Pew Research, 2013).',
		ok: 'No more than one of your profiles shows a city or hometown publicly.',
		exposures: {'public-on': 'A city or hometown is visible to Public on {sites}. If it is the same place, it links those profiles'},
		steps: {},
	},
};
