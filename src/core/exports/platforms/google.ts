import {datedItems} from '../dated-items.js';
import type {EntryHandler, ExportPlatform} from '../export-platform.js';
import {SpanCounter, timeOf} from '../facts.js';
import {matches} from '../path-pattern.js';

/**
 * The on-device Timeline export (Android: Settings › Location › Timeline › Export; the only way out
 * since Google moved Timeline to the phone in 2024): `semanticSegments` (visits, activities and
 * `timelinePath` points, each with `startTime`), `rawSignals` (`position.timestamp`) and
 * `userLocationProfile.frequentPlaces`; a visit's `topCandidate.semanticType` may be HOME or WORK.
 * M: nabedroid/google-timeline-viewer's field table and a public Kotlin parser, 2025. iOS exports
 * the segments as a bare array, with the same keys (L).
 */
function deviceTimeline(): EntryHandler {
	const counter = new SpanCounter();
	let homeOrWork = false;
	let segmentTime: number | undefined;
	return {
		value(path, value) {
			const root = typeof path[0] === 'number' ? 0 : 1; // a bare array (iOS) or {semanticSegments: […]}
			if (value.kind !== 'string') {
				return;
			}

			if ((root === 0 || path[0] === 'semanticSegments') && path.length === root + 2 && path[root + 1] === 'startTime') {
				segmentTime = timeOf(value.text);
				counter.add(segmentTime);
			} else if ((root === 0 || path[0] === 'semanticSegments') && path.length === root + 4 && path[root + 1] === 'timelinePath' && path[root + 3] === 'time') {
				counter.add(timeOf(value.text));
			} else if (matches(path, ['rawSignals', '#', 'position', 'timestamp'])) {
				counter.add(timeOf(value.text));
			} else if (path.at(-1) === 'semanticType' && /^(HOME|WORK|INFERRED_HOME|INFERRED_WORK)$/.test(value.text)) {
				homeOrWork = true;
			} else if (matches(path, ['userLocationProfile', 'frequentPlaces', '#', 'label']) && /^(HOME|WORK)$/.test(value.text)) {
				homeOrWork = true;
			}
		},
		done(facts) {
			facts.locationPoints = counter.span(facts.locationPoints);
			facts.homeLocation = homeOrWork;
		},
	};
}

/**
 * Google Takeout (takeout.google.com) and the phone's Timeline export. Takeout's folder names follow
 * the account's language ("Location History (Timeline)", "Standortverlauf (Zeitachse)"), so files are
 * matched by their own names, which do not change.
 */
export const google: ExportPlatform = {
	id: 'google',
	name: 'Google',
	recognise: paths => paths.some(path => /^Takeout\//.test(path) || /(^|\/)archive_browser\.html$/.test(path)
		|| /(^|\/)(Records|Timeline|location-history)\.json$/.test(path)),
	entries: [
		{
			// {locations: [{latitudeE7, longitudeE7, accuracy, timestamp | timestampMs, …}]}: the raw points.
			path: /(^|\/)Records\.json$/,
			syntax: 'json',
			answers: ['locationPoints'],
			read: datedItems({items: ['locations', '#'], times: [['timestamp'], ['timestampMs']]}, (facts, counter) => {
				facts.locationPoints = counter.span(facts.locationPoints);
			}),
			source: 'H: Takeout Location History Records.json (locations[].latitudeE7/longitudeE7, timestampMs until 2022, then ISO timestamp), many public parsers; Google stopped Takeout exports of Timeline in 2024–25',
		},
		{
			// Semantic Location History/<year>/<year>_<MONTH>.json: {timelineObjects: [{placeVisit: {duration: {startTimestamp}}} | {activitySegment}]}.
			path: /(^|\/)\d{4}\/\d{4}_[A-Z]+\.json$/,
			syntax: 'json',
			answers: ['locationPoints'],
			read: datedItems({items: ['timelineObjects', '#'], times: [['placeVisit', 'duration', 'startTimestamp'], ['placeVisit', 'duration', 'startTimestampMs']], only: ['placeVisit']}, (facts, counter) => {
				facts.locationPoints = counter.span(facts.locationPoints);
			}),
			source: 'M: Semantic Location History monthly files (timelineObjects[].placeVisit.duration.startTimestamp), public parsers (e.g. GoogleTimelineMapper), 2019–2024',
		},
		{
			path: /(^|\/)(Timeline|location-history)\.json$/,
			syntax: 'json',
			answers: ['locationPoints', 'homeLocation'],
			read: deviceTimeline,
			source: 'M: on-device Timeline export (semanticSegments, rawSignals, userLocationProfile), nabedroid/google-timeline-viewer, 2025',
		},
	],
	fixes: {
		locationPoints: 'https://myactivity.google.com/activitycontrols?settings=location',
		homeLocation: 'https://myaccount.google.com/address/home',
	},
};
