import type {PageReading} from '../model/page-reading.js';
import type {BioFieldId, Observations} from '../model/fields.js';
import {bioFieldIds} from '../model/fields.js';
import {known, unknown, type Observed} from '../model/observed.js';
import {regionsFor, scanBio, type BioKind} from './scan-bio.js';

const fieldOf: Record<BioKind, BioFieldId> = {
	phone: 'bioPhone', email: 'bioEmail', fullDate: 'bioFullDate', address: 'bioAddress', age: 'bioAge', school: 'bioSchool',
};

/**
 * A page reading with its bio text replaced by the kinds the text mentions, each "shown" to the bio's
 * audience or "not set". The reading returned never carries the text: this runs before anything is
 * stored. An unreadable bio makes every bio field unknown for the same reason.
 */
export function withBioKinds(reading: PageReading, language = globalThis.navigator?.language): PageReading {
	const {bio, ...rest} = reading;
	if (!bio || reading.status !== 'read') {
		return rest;
	}

	const observations: Partial<Record<BioFieldId, Observed<'shown' | 'not-set'>>> = {};
	const kinds = bio.state === 'known' ? scanBio(bio.value, regionsFor(language)) : undefined;
	for (const field of bioFieldIds) {
		observations[field] = bio.state === 'unknown' ? unknown(bio.reason) : known('not-set');
	}

	for (const kind of kinds ?? []) {
		observations[fieldOf[kind]] = known('shown', bio.state === 'known' ? bio.audience ?? 'public' : undefined);
	}

	return {...rest, observations: {...rest.observations, ...observations} as Observations};
}
