import {isRecord} from '../is-record.js';
import type {Audit} from '../model/audit.js';

const statuses = new Set(['risk', 'unknown', 'ok']);

const isFinding = (value: unknown): boolean =>
	isRecord(value) && typeof value.ruleId === 'string' && typeof value.site === 'string' && statuses.has(value.status as string)
	&& typeof value.severity === 'string' && isRecord(value.exposure) && isRecord(value.fix);

const isScore = (value: unknown): boolean => isRecord(value) && typeof value.checked === 'number' && typeof value.total === 'number';

const isSiteAudit = (value: unknown): boolean =>
	isRecord(value) && typeof value.site === 'string' && typeof value.siteName === 'string' && Array.isArray(value.findings)
	&& value.findings.every(isFinding) && Array.isArray(value.pagesRead) && Array.isArray(value.pagesToVisit) && isScore(value.score);

/**
 * Whether a stored audit has the shape the popup draws. The audit is derived from the stored pages:
 * one that does not fit is rebuilt from them rather than shown (a wrong shape once left the popup on
 * "Loading…").
 */
export const isAuditShape = (value: unknown): value is Audit =>
	isRecord(value) && Array.isArray(value.sites) && value.sites.every(isSiteAudit)
	&& (value.across === undefined || (Array.isArray(value.across) && value.across.every(isFinding)))
	&& isRecord(value.counts) && typeof value.urgent === 'number' && isScore(value.score) && typeof value.profile === 'string'
	&& typeof value.updatedAt === 'number';
