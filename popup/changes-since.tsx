import type {SiteCatalog} from '../src/core/model/site-catalog.js';
import type {Change, ChangeRecord} from '../src/core/history/diff-observations.js';
import {audiences, type Audience} from '../src/core/model/audience.js';
import {shortDateOf} from './date-of.js';
import * as e from './engine-texts.js';
import * as t from './strings.js';

/** How many change records to show: the newest few; older ones are in storage, capped. */
const shown = 5;

function describe(observed: Change['from']): string {
	if (observed.state === 'unknown') {
		return t.valueText.unreadable;
	}

	const {value, audience} = observed;
	if (value === 'shown') {
		return t.valueText.shownTo(e.audienceName(audience ?? 'public'));
	}

	if (value === 'not-set') {
		return t.valueText.notSet;
	}

	if (typeof value === 'boolean') {
		return value ? t.valueText.on : t.valueText.off;
	}

	if (typeof value === 'string') {
		return (audiences as readonly string[]).includes(value) ? e.audienceName(value as Audience) : e.choiceName(value);
	}

	return String(value);
}

/** Settings that differ from the last time the same page was read: the user's, or the site's doing. */
export function ChangesSince({changes, catalog}: {changes: readonly ChangeRecord[]; catalog: SiteCatalog}) {
	if (changes.length === 0) {
		return null;
	}

	return (
		<section class="changes" aria-labelledby="changes-title">
			<h2 id="changes-title">{t.changesTitle}</h2>
			<ul class="change-records">
				{changes.slice(0, shown).map(record => (
					<li key={`${record.site}/${record.pageKind}/${record.at}`}>
						<p class="change-page">{t.changedSince(e.page(record.site, record.pageKind), shortDateOf(record.since))}</p>
						<ul>
							{record.changes.map(change => (
								<li key={change.field} data-field={change.field} data-direction={change.direction}>
									{e.fieldLabel(change.field)}: {describe(change.from)} → {describe(change.to)}{' '}
									<span class={`direction direction-${change.direction}`}>({t.direction[change.direction]})</span>
								</li>
							))}
						</ul>
					</li>
				))}
			</ul>
		</section>
	);
}
