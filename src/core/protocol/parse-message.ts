import {audiences} from '../model/audience.js';
import {isFieldId, type Observations} from '../model/fields.js';
import {isValidObserved} from '../model/valid-observed.js';
import {unknownReasons, type Observed} from '../model/observed.js';
import {pageStatuses, type PageStatus} from '../model/page-reading.js';
import {maxBioLength} from '../bio/limits.js';
import {isAudienceProfile} from '../model/severity.js';
import {isReminderEvery} from '../scan/reminder-due.js';
import {rules} from '../rules/index.js';
import {crossRules} from '../rules/across/index.js';
import {isAnswerTo} from '../questions/answers.js';
import {platformById, questionById} from '../questions/index.js';
import {isRecord} from '../is-record.js';
import {parseReviewAction} from '../review/parse-review-action.js';
import {detectPage} from '../sites/detect-page.js';
import {sites, siteById} from '../sites/index.js';
import {pageOf} from '../sites/define-site.js';
import type {Message, MessageName, Payload} from './protocol.js';

const ruleById = (id: string) => rules.find(rule => rule.id === id);

/**
 * One parser per message of the protocol: a name without one, or a parser whose result is not that
 * message's payload, is a type error. Each gets the payload as an object of unknowns (and the URL
 * of the page that sent it) and returns a fresh payload built from checked values, or undefined.
 */
export type Parsers = {[N in MessageName]: (payload: Record<string, unknown>, senderUrl: string | undefined) => Payload<N> | undefined};

const noPayload = (): Record<string, never> => ({});

function isObservations(value: unknown, allowedFields: ReadonlySet<string>): value is Observations {
	if (!isRecord(value)) {
		return false;
	}

	return Object.entries(value).every(([field, observed]) => isFieldId(field) && allowedFields.has(field) && isValidObserved(field, observed));
}

/** A bio reading: absent, unknown with a reason, or known text under the length cap with a valid audience. */
function isBio(value: unknown, pageReadsBio: boolean): value is Observed<string> | undefined {
	if (value === undefined) {
		return true;
	}

	if (!pageReadsBio || !isRecord(value)) {
		return false;
	}

	if (value.state === 'unknown') {
		return Object.keys(value).length === 2 && (unknownReasons as readonly unknown[]).includes(value.reason);
	}

	const keysOk = Object.keys(value).every(key => key === 'state' || key === 'value' || key === 'audience');
	const audienceOk = value.audience === undefined || (audiences as readonly unknown[]).includes(value.audience);
	return value.state === 'known' && keysOk && audienceOk && typeof value.value === 'string' && value.value.length <= maxBioLength;
}

// Messages from content scripts carry what hostile pages rendered; a report must also come from a URL of the site it names.
const parsers: Parsers = {
	reportPage(payload, senderUrl) {
		const site = typeof payload.site === 'string' ? siteById(payload.site) : undefined;
		const page = site && typeof payload.pageKind === 'string' ? pageOf(site, payload.pageKind) : undefined;
		const fromSite = senderUrl !== undefined && detectSite(senderUrl) === site?.id;
		if (!site || !page || !fromSite || !(pageStatuses as readonly unknown[]).includes(payload.status)
			|| !isObservations(payload.observations, new Set(page.fields))
			|| !isBio(payload.bio, page.readsBio === true && payload.status === 'read')) {
			return undefined;
		}

		if (payload.live !== undefined && payload.live !== true) {
			return undefined;
		}

		const bio = payload.bio === undefined ? {} : {bio: payload.bio};
		const live = payload.live ? {live: true as const} : {};
		return {site: site.id, pageKind: payload.pageKind as string, status: payload.status as PageStatus, observations: payload.observations, ...bio, ...live};
	},
	labelTable(payload, senderUrl) {
		// Asked from the site's own pages, for a language subtag as extract-page.ts reads `<html lang>`.
		const site = typeof payload.site === 'string' ? siteById(payload.site) : undefined;
		const fromSite = senderUrl !== undefined && site !== undefined && detectSite(senderUrl) === site.id;
		const language = typeof payload.language === 'string' && /^[a-z]{2,8}$/.test(payload.language) ? payload.language : undefined;
		return site && fromSite && language && Object.keys(payload).length === 2 ? {site: site.id, language} : undefined;
	},
	notePage(payload, senderUrl) {
		// "reading" names one of the site's audited pages; "not-audited" names none. Either from the site's own URL.
		const site = typeof payload.site === 'string' ? siteById(payload.site) : undefined;
		const fromSite = senderUrl !== undefined && site !== undefined && detectSite(senderUrl) === site.id;
		const pageOk = payload.status === 'reading' ? typeof payload.pageKind === 'string' && site !== undefined && pageOf(site, payload.pageKind) !== undefined
			: payload.status === 'not-audited' && payload.pageKind === '';
		return site && fromSite && pageOk && Object.keys(payload).length === 3
			? {site: site.id, pageKind: payload.pageKind as string, status: payload.status as 'reading' | 'not-audited'} : undefined;
	},
	showMe(payload) {
		const steps = payload.steps;
		const stepsOk = Array.isArray(steps) && steps.length <= 12 && steps.every(step => typeof step === 'string' && step.length <= 500);
		// A one-site rule without a role, or a rule across accounts with one of its roles.
		const cross = typeof payload.ruleId === 'string' ? crossRules.find(rule => rule.id === payload.ruleId) : undefined;
		const ruleOk = payload.role === undefined ? typeof payload.ruleId === 'string' && ruleById(payload.ruleId) !== undefined
			: typeof payload.role === 'string' && cross !== undefined && Object.hasOwn(cross.fixes, payload.role);
		const known = typeof payload.site === 'string' && siteById(payload.site) && ruleOk;
		const role = payload.role === undefined ? {} : {role: payload.role as string};
		return known && stepsOk ? {site: payload.site as string, ruleId: payload.ruleId as string, ...role, steps: steps as string[]} : undefined;
	},
	getState: payload => payload.tabId === undefined ? {} : Number.isInteger(payload.tabId) ? {tabId: payload.tabId as number} : undefined,
	forgetSite: payload => typeof payload.site === 'string' && (siteById(payload.site) ?? platformById(payload.site)) ? {site: payload.site} : undefined,
	answerQuestion(payload) {
		// A known question, and one of its own options (or "no app" / "not sure"): nothing else is stored.
		const question = typeof payload.question === 'string' ? questionById(payload.question) : undefined;
		return question && isAnswerTo(question, payload.answer) ? {question: question.id, answer: payload.answer} : undefined;
	},
	clearAnswer: payload => typeof payload.question === 'string' && questionById(payload.question) ? {question: payload.question} : undefined,
	setAppUse: payload => typeof payload.platform === 'string' && platformById(payload.platform) && (typeof payload.uses === 'boolean' || payload.uses === null)
		? {platform: payload.platform, uses: payload.uses} : undefined,
	review: payload => parseReviewAction(payload, id => siteById(id) !== undefined || platformById(id) !== undefined),
	forgetEverything: noPayload,
	deleteReview: noPayload,
	startScan: noPayload,
	cancelScan: noPayload,
	setReminder: payload => isReminderEvery(payload.every) ? {every: payload.every} : undefined,
	setProfile: payload => isAudienceProfile(payload.profile) ? {profile: payload.profile} : undefined,
};

/** Validates a message's shape before anything acts on it: an unknown name, or a payload its parser refuses, is dropped. */
export function parseMessage(raw: unknown, senderUrl: string | undefined): Message | undefined {
	if (!isRecord(raw) || !isRecord(raw.payload) || typeof raw.name !== 'string' || !Object.hasOwn(parsers, raw.name)) {
		return undefined;
	}

	const name = raw.name as MessageName;
	const payload = parsers[name](raw.payload, senderUrl);
	return payload === undefined ? undefined : {name, payload} as Message;
}

/** The site a URL belongs to, by host: in a single-page app the page kind may have moved on. */
function detectSite(href: string): string | undefined {
	const detected = detectPage(sites, href);
	if (detected) {
		return detected.site.id;
	}

	try {
		const {hostname} = new URL(href);
		return sites.find(site => site.matches.some(pattern => new URL(pattern.replace('*', 'x')).hostname === hostname))?.id;
	} catch {
		return undefined;
	}
}
