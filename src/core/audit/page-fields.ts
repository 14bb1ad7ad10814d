import type {PageSpec} from '../../../content-scripts/define-site.js';
import {bioFieldIds, type FieldId} from '../model/fields.js';

// Kept out of define-site.ts: content bundles import that file, and must not carry the field table.
/** Every field a page kind answers: its extractors' fields, and the bio fields when it reads a bio. */
export const pageFields = (page: PageSpec): FieldId[] =>
	[...Object.keys(page.fields) as FieldId[], ...(page.bio ? bioFieldIds : [])];

export const showsField = (page: PageSpec | undefined, field: FieldId): boolean =>
	page !== undefined && (page.fields[field] !== undefined || (page.bio !== undefined && (bioFieldIds as readonly FieldId[]).includes(field)));
