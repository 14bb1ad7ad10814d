import type {ChangeRecord} from '../history/diff-observations.js';
import {isFieldId} from '../model/fields.js';
import {isValidObserved} from '../model/valid-observed.js';
import type {ScanRecord} from '../scan/scan-history.js';
import {isRecord} from '../is-record.js';
import type {Repaired} from './repair-pages.js';

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

const isChange = (value: unknown): boolean =>
	isRecord(value) && isFieldId(value.field) && isValidObserved(value.field, value.from) && isValidObserved(value.field, value.to)
	&& typeof value.direction === 'string';

const isChangeRecord = (value: unknown): value is ChangeRecord =>
	isRecord(value) && typeof value.site === 'string' && typeof value.pageKind === 'string' && isNumber(value.at) && isNumber(value.since)
	&& Array.isArray(value.changes) && value.changes.every(isChange);

const isList = (value: unknown): boolean => Array.isArray(value);

/** What reading a scan record needs (older versions wrote fewer fields): numbers, lists, marks that are objects. */
const isScanRecord = (value: unknown): value is ScanRecord =>
	isRecord(value) && isNumber(value.startedAt) && isNumber(value.endedAt)
	&& Array.isArray(value.findings) && value.findings.every(isRecord) && isList(value.sites) && isList(value.pagesRead)
	&& (value.diff === undefined || (isRecord(value.diff) && isList(value.diff.appeared) && isList(value.diff.fixed) && isList(value.diff.unreadable)));

/** A stored list, entry by entry: what does not fit is dropped, the rest kept in order. */
function repairList<T>(raw: unknown, fits: (value: unknown) => value is T): Repaired<T[]> {
	if (raw === undefined) {
		return {value: [], damaged: false};
	}

	if (!Array.isArray(raw)) {
		return {value: [], damaged: true};
	}

	const value = raw.filter(fits);
	return {value, damaged: value.length !== raw.length};
}

/** The "what changed" log. */
export const repairChanges = (raw: unknown): Repaired<ChangeRecord[]> => repairList(raw, isChangeRecord);

/** "Scan all" history. */
export const repairScans = (raw: unknown): Repaired<ScanRecord[]> => repairList(raw, isScanRecord);
