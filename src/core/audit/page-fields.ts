import {bioFieldIds, type FieldId} from '../model/fields.js';
import type {PageDescription} from '../sites/define-site.js';

// Kept out of the site descriptions: content bundles import those, and must not carry the field table.
/** Every field a page kind answers: the fields it lists, and the bio fields when it reads a bio. */
export const pageFields = (page: PageDescription): FieldId[] =>
	[...page.fields, ...(page.readsBio ? bioFieldIds : [])];

export const showsField = (page: PageDescription | undefined, field: FieldId): boolean =>
	page !== undefined && (page.fields.includes(field) || (page.readsBio === true && (bioFieldIds as readonly FieldId[]).includes(field)));
