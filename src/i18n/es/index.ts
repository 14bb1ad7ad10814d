import type {TextCatalog} from '../text-catalog.js';
import {audienceIn, audienceNames, choices, couldntCheck, fields, reasons} from './model.js';
import {dataRules} from './rules-data.js';
import {profileRules} from './rules-profile.js';
import {reachRules} from './rules-reach.js';
import {sites} from './sites.js';

/** Spanish for everything the engine says in English (rules, fields, audiences, page titles). */
export const esText: TextCatalog = {
	rules: {...profileRules, ...reachRules, ...dataRules},
	fields, audienceNames, audienceIn, choices, reasons, couldntCheck, sites,
};
