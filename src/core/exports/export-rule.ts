import type {MessageRef} from '../model/message.js';
import type {Severity} from '../model/severity.js';
import type {ExportFacts, FactName} from './facts.js';

/**
 * A rule over a data download: what one fact says the platform keeps. Its words are in each
 * language's catalog under its id, like a page rule's (title, why, ok, exposures, and per platform
 * the steps to delete it or turn it off).
 */
export type ExportRule = {
	readonly id: string;
	readonly fact: FactName;
	readonly severity: Severity;
	/** Risk with what is kept, or ok; called only when the fact was read. */
	readonly judge: (facts: ExportFacts) => {status: 'risk' | 'ok'; exposure: MessageRef};
	/** The page rule that checks the same setting on the live site, where there is one (the download page links them). */
	readonly pageRule?: string;
};

export const defineExportRule = (rule: ExportRule): ExportRule => rule;
