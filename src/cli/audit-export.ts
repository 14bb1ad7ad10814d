import {checkExport, ExportProblemError, type ExportReport} from '../core/exports/check-export.js';
import type {Status} from '../core/model/audit.js';
import type {Severity} from '../core/model/severity.js';
import {NotAZipError} from '../archive/zip-source.js';
import {catalog} from '../i18n/en/index.js';
import {renderMessage, ruleTitle} from '../i18n/render.js';
import {exportSourceAt} from './export-sources.js';

export type ExportAuditOutput = {
	download: Pick<ExportReport, 'platform' | 'read' | 'skipped'>;
	/** In English, like the page audit's: the rule's title, and what is kept (or why it could not be checked). */
	findings: Array<{status: Status; ruleId: string; platform: string; severity: Severity; title: string; exposure: string; fix?: string}>;
};

/** A download that could not be checked at all, with the one sentence that says why. */
export class ExportAuditError extends Error {}

/** `npm run audit -- --export <zip, folder or file>`: the download's findings, counts and spans only. */
export async function auditExport(path: string): Promise<ExportAuditOutput> {
	let source;
	try {
		source = await exportSourceAt(path);
	} catch (error) {
		if (error instanceof NotAZipError) {
			throw new ExportAuditError(renderMessage(catalog, {id: 'download-not-a-zip'}));
		}

		const code = (error as {code?: string}).code;
		throw new ExportAuditError(code === 'ENOENT' ? `There is no file or folder at ${path}.` : `Overshare could not open ${path} (${code ?? (error as Error).message}).`);
	}

	try {
		const report = await checkExport(source);
		return {
			download: {platform: report.platform, read: report.read, skipped: report.skipped},
			findings: report.findings.map(({status, ruleId, platform, severity, exposure, fix}) => ({
				status, ruleId, platform, severity, title: ruleTitle(catalog, ruleId), exposure: renderMessage(catalog, exposure), ...(fix ? {fix} : {}),
			})),
		};
	} catch (error) {
		if (error instanceof ExportProblemError) {
			throw new ExportAuditError(renderMessage(catalog, {id: error.problem}));
		}

		throw error;
	} finally {
		await source.close?.();
	}
}
