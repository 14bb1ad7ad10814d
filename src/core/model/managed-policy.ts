import {isRecord} from '../is-record.js';
import {isReminderEvery, type ReminderEvery} from '../scan/reminder-due.js';
import {isAudienceProfile, type AudienceProfile} from './severity.js';

/**
 * Defaults a school or a family sets for the browsers it manages (Chrome's `storage.managed_schema`,
 * Firefox's enterprise policies): whose severities to use, the check-up reminder, and sites Overshare
 * does not read. Each is optional; what is set wins over the user's choice and the popup says so.
 */
export type ManagedPolicy = {profile?: AudienceProfile; reminder?: ReminderEvery; sitesOff?: string[]};

/** The policy as the browser hands it over: a value that does not fit is ignored, never guessed at. */
export function parseManagedPolicy(raw: unknown, knownSites: readonly string[]): ManagedPolicy {
	if (!isRecord(raw)) {
		return {};
	}

	const sitesOff = Array.isArray(raw.sitesOff) ? [...new Set(raw.sitesOff.filter((site): site is string => typeof site === 'string' && knownSites.includes(site)))] : [];
	return {
		...(isAudienceProfile(raw.audienceProfile) ? {profile: raw.audienceProfile} : {}),
		...(isReminderEvery(raw.checkupReminder) ? {reminder: raw.checkupReminder} : {}),
		...(sitesOff.length > 0 ? {sitesOff} : {}),
	};
}
