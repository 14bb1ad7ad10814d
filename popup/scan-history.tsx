import type {ScanRecord} from '../src/core/scan/scan-history.js';
import {dateTimeOf} from './date-of.js';
import * as t from './strings.js';

const date = (at: number) => dateTimeOf(at, 'medium');

/** Past scans, newest first: when, how many risks, and what each changed against the one before. */
export function ScanHistory({scans}: {scans: readonly ScanRecord[]}) {
	if (scans.length === 0) {
		return null;
	}

	return (
		<details class="scan-history">
			<summary>{t.historyTitle} ({scans.length})</summary>
			<ol>
				{scans.map(record => {
					const risks = record.findings.filter(mark => mark.status === 'risk').length;
					const parts = [
						record.outcome === 'cancelled' ? t.historyCancelled : undefined,
						record.diff?.appeared.length ? t.historyAppeared(record.diff.appeared.length) : undefined,
						record.diff?.fixed.length ? t.historyFixed(record.diff.fixed.length) : undefined,
						record.diff?.unreadable.length ? t.historyUnreadable(record.diff.unreadable.length) : undefined,
					].filter(Boolean);
					return (
						<li key={record.startedAt} data-outcome={record.outcome}>
							{t.historyLine(date(record.endedAt), risks)}{parts.length > 0 ? ` · ${parts.join(' · ')}` : ''}
						</li>
					);
				})}
			</ol>
		</details>
	);
}
