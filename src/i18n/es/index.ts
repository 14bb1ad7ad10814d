import type {TextCatalog} from '../text-catalog.js';
import {audienceIn, audienceNames, choices, couldntCheck, fields, reasons} from './model.js';
import {dataRules} from './rules-data.js';
import {profileRules} from './rules-profile.js';
import {questions} from './questions.js';
import {appRules} from './rules-apps.js';
import {reachRules} from './rules-reach.js';
import {sites} from './sites.js';

/** Spanish for everything the engine says in English (rules, fields, audiences, page titles, guided questions). */
export const esText: TextCatalog = {
	rules: {...profileRules, ...reachRules, ...dataRules, ...appRules},
	fields, audienceNames, audienceIn, choices, reasons, couldntCheck, sites, questions, inApp: 'la app de {app}',
};
