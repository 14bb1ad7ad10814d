import type {TextCatalog} from '../text-catalog.js';
import {audienceIn, audienceNames, bioFields, choices, couldntCheck, fields, reasons} from './model.js';
import {acrossRules, and, couldntCheckOn} from './rules-across.js';
import {bioRules} from './rules-bio.js';
import {dataRules} from './rules-data.js';
import {profileRules} from './rules-profile.js';
import {questions} from './questions.js';
import {appRules} from './rules-apps.js';
import {reachRules} from './rules-reach.js';
import {teenRules} from './rules-teen.js';
import {sites} from './sites.js';

/** Spanish for everything the engine says in English (rules, fields, audiences, page titles, guided questions). */
export const esText: TextCatalog = {
	rules: {...profileRules, ...reachRules, ...dataRules,
		...bioRules, ...teenRules, ...appRules},
	fields: {...fields, ...bioFields},
	audienceNames, audienceIn, choices, reasons, couldntCheck, sites, questions, inApp: 'la app de {app}',
	across: acrossRules, couldntCheckOn, and,
};
