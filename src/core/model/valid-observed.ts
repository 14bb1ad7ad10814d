import {audiences} from './audience.js';
import {isValidValue, type FieldId} from './fields.js';
import {unknownReasons, type Observed} from './observed.js';
import {isRecord} from '../is-record.js';

/**
 * One field's observation as a page reports it and as storage keeps it: unknown with a reason a page
 * may give, or known with a value of the field's kind and, if any, an audience. Nothing else, no
 * other keys. Messages and stored records are both checked with it: both are input.
 */
export function isValidObserved(field: FieldId, observed: unknown): observed is Observed<unknown> {
	if (!isRecord(observed)) {
		return false;
	}

	if (observed.state === 'unknown') {
		return Object.keys(observed).length === 2 && (unknownReasons as readonly unknown[]).includes(observed.reason);
	}

	const audienceOk = observed.audience === undefined || (audiences as readonly unknown[]).includes(observed.audience);
	const keysOk = Object.keys(observed).every(key => key === 'state' || key === 'value' || key === 'audience');
	return observed.state === 'known' && keysOk && audienceOk && isValidValue(field, observed.value);
}
