import type {Catalog} from '../catalog.js';
import {audiences, bioFields, choices, fields, list, messages, reasons} from './model.js';
import {questions} from './questions.js';
import {acrossRules} from './rules-across.js';
import {appRules} from './rules-apps.js';
import {downloadRules} from './rules-downloads.js';
import {bioRules} from './rules-bio.js';
import {dataRules} from './rules-data.js';
import {profileRules} from './rules-profile.js';
import {reachRules} from './rules-reach.js';
import {redditRules} from './rules-reddit.js';
import {teenRules} from './rules-teen.js';
import {stravaRules} from './rules-strava.js';
import {youtubeRules} from './rules-youtube.js';
import {sites} from './sites.js';

/** Everything the engine says, in English: the source every other language follows key for key. */
export const catalog: Catalog = {
	language: 'en',
	rules: {...profileRules, ...reachRules, ...dataRules, ...bioRules, ...teenRules, ...appRules, ...acrossRules, ...downloadRules, ...redditRules, ...stravaRules, ...youtubeRules},
	messages,
	fields: {...fields, ...bioFields},
	audiences, choices, reasons, list, sites, questions,
};
