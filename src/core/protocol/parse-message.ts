import {audiences} from '../model/audience.js';
import {isFieldId, isValidValue, type Observations} from '../model/fields.js';
import {unknownReasons, type Observed} from '../model/observed.js';
import type {PageReading, PageStatus} from '../model/page-reading.js';
import {maxBioLength} from '../bio/limits.js';
import {isAudienceProfile, type AudienceProfile} from '../model/severity.js';
import {isReminderEvery, type ReminderEvery} from '../scan/reminder.js';
import {rules} from '../rules/index.js';
import {crossRules} from '../rules/across/index.js';
import {isAnswerTo} from '../questions/answers.js';
import {platformById, questionById} from '../questions/index.js';
import {isRecord} from '../is-record.js';
import {parseReviewAction} from '../review/parse-review-action.js';
import {detectPage} from '../sites/detect-page.js';
import {sites, siteById} from '../sites/index.js';
import type {ReviewAction} from '../review/review-action.js';

const ruleById = (id: string) => rules.find(rule => rule.id === id);

export type Message =
	| {name: 'reportPage'; payload: PageReading}
	| {name: 'notePage'; payload: {site: string; pageKind: string; status: 'reading' | 'not-audited'}}
	| {name: 'getState'; payload: {tabId?: number}}
	| {name: 'forgetSite'; payload: {site: string}}
	| {name: 'setProfile'; payload: {profile: AudienceProfile}}
	| {name: 'forgetEverything'; payload: Record<string, never>}
	| {name: 'showMe'; payload: {site: string; ruleId: string; role?: string; steps: string[]}}
	| {name: 'startScan'; payload: Record<string, never>}
	| {name: 'cancelScan'; payload: Record<string, never>}
	| {name: 'setReminder'; payload: {every: ReminderEvery}}
	| {name: 'answerQuestion'; payload: {question: string; answer: string}}
	| {name: 'clearAnswer'; payload: {question: string}}
	| {name: 'setAppUse'; payload: {platform: string; uses: boolean | null}}
	| {name: 'review'; payload: ReviewAction}
	| {name: 'deleteReview'; payload: Record<string, never>};

const statuses: readonly PageStatus[] = ['read', 'not-own-profile', 'logged-out', 'language-unsupported', 'page-not-ready'];

function isObservations(value: unknown, allowedFields: ReadonlySet<string>): value is Observations {
	if (!isRecord(value)) {
		return false;
	}

	return Object.entries(value).every(([field, observed]) => {
		if (!isFieldId(field) || !allowedFields.has(field) || !isRecord(observed)) {
			return false;
		}

		if (observed.state === 'unknown') {
			return Object.keys(observed).length === 2 && (unknownReasons as readonly unknown[]).includes(observed.reason);
		}

		const audienceOk = observed.audience === undefined || (audiences as readonly unknown[]).includes(observed.audience);
		const keysOk = Object.keys(observed).every(key => key === 'state' || key === 'value' || key === 'audience');
		return observed.state === 'known' && keysOk && audienceOk && isValidValue(field, observed.value);
	});
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

/**
 * Validates a message's shape before anything acts on it: messages from content scripts carry
 * what hostile pages rendered. A report must also come from a URL of the site it names.
 */
export function parseMessage(raw: unknown, senderUrl: string | undefined): Message | undefined {
	if (!isRecord(raw) || !isRecord(raw.payload)) {
		return undefined;
	}

	const {name, payload} = raw;
	switch (name) {
		case 'reportPage': {
			const site = typeof payload.site === 'string' ? siteById(payload.site) : undefined;
			const page = site && typeof payload.pageKind === 'string' ? site.pages[payload.pageKind] : undefined;
			const fromSite = senderUrl !== undefined && detectSite(senderUrl) === site?.id;
			if (!site || !page || !fromSite || !(statuses as readonly unknown[]).includes(payload.status)
				|| !isObservations(payload.observations, new Set(page.fields))
				|| !isBio(payload.bio, page.readsBio === true && payload.status === 'read')) {
				return undefined;
			}

			if (payload.live !== undefined && payload.live !== true) {
				return undefined;
			}

			const bio = payload.bio === undefined ? {} : {bio: payload.bio};
			const live = payload.live ? {live: true as const} : {};
			return {name, payload: {site: site.id, pageKind: payload.pageKind as string, status: payload.status as PageStatus, observations: payload.observations, ...bio, ...live}};
		}

		case 'notePage': {
			// "reading" names one of the site's audited pages; "not-audited" names none. Either from the site's own URL.
			const site = typeof payload.site === 'string' ? siteById(payload.site) : undefined;
			const fromSite = senderUrl !== undefined && site !== undefined && detectSite(senderUrl) === site.id;
			const pageOk = payload.status === 'reading' ? typeof payload.pageKind === 'string' && site?.pages[payload.pageKind] !== undefined
				: payload.status === 'not-audited' && payload.pageKind === '';
			return site && fromSite && pageOk && Object.keys(payload).length === 3
				? {name, payload: {site: site.id, pageKind: payload.pageKind as string, status: payload.status as 'reading' | 'not-audited'}} : undefined;
		}

		case 'showMe': {
			const steps = payload.steps;
			const stepsOk = Array.isArray(steps) && steps.length <= 12 && steps.every(step => typeof step === 'string' && step.length <= 500);
			// A one-site rule without a role, or a rule across accounts with one of its roles.
			const cross = typeof payload.ruleId === 'string' ? crossRules.find(rule => rule.id === payload.ruleId) : undefined;
			const ruleOk = payload.role === undefined ? typeof payload.ruleId === 'string' && ruleById(payload.ruleId) !== undefined
				: typeof payload.role === 'string' && cross !== undefined && Object.hasOwn(cross.fixes, payload.role);
			const known = typeof payload.site === 'string' && siteById(payload.site) && ruleOk;
			const role = payload.role === undefined ? {} : {role: payload.role as string};
			return known && stepsOk ? {name, payload: {site: payload.site as string, ruleId: payload.ruleId as string, ...role, steps: steps as string[]}} : undefined;
		}

		case 'getState':
			return payload.tabId === undefined || Number.isInteger(payload.tabId) ? {name, payload: payload as {tabId?: number}} : undefined;
		case 'forgetSite':
			return typeof payload.site === 'string' && (siteById(payload.site) ?? platformById(payload.site)) ? {name, payload: {site: payload.site}} : undefined;
		case 'answerQuestion': {
			// A known question, and one of its own options (or "no app" / "not sure"): nothing else is stored.
			const question = typeof payload.question === 'string' ? questionById(payload.question) : undefined;
			return question && isAnswerTo(question, payload.answer) ? {name, payload: {question: question.id, answer: payload.answer}} : undefined;
		}

		case 'clearAnswer':
			return typeof payload.question === 'string' && questionById(payload.question) ? {name, payload: {question: payload.question}} : undefined;
		case 'setAppUse':
			return typeof payload.platform === 'string' && platformById(payload.platform) && (typeof payload.uses === 'boolean' || payload.uses === null)
				? {name, payload: {platform: payload.platform, uses: payload.uses}} : undefined;
		case 'review': {
			const action = parseReviewAction(payload, id => siteById(id) !== undefined || platformById(id) !== undefined);
			return action ? {name, payload: action} : undefined;
		}

		case 'forgetEverything':
		case 'deleteReview':
		case 'startScan':
		case 'cancelScan':
			return {name, payload: {}};
		case 'setReminder':
			return isReminderEvery(payload.every) ? {name, payload: {every: payload.every}} : undefined;
		case 'setProfile':
			return isAudienceProfile(payload.profile) ? {name, payload: {profile: payload.profile}} : undefined;
		default:
			return undefined;
	}
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

// The page-sample messages are validated in parse-capture.ts: the content scripts and the popup
// import that small module alone, not this one, which brings every site adapter and rule with it.
export {isCaptureRequest, parseCaptureReply} from './parse-capture.js';
