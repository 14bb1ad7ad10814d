import type {FieldId} from '../model/fields.js';

/** The popup's "Show me": a one-site finding (no role), or one site's part of a finding across accounts. */
export type ShowMePress = {site: string; ruleId: string; role?: string; steps: string[]};

/** What "Show me" asks of the page: the fields whose control to point at, and the steps to show. */
export type ShowMeRequest = {fields: FieldId[]; steps: string[]};
