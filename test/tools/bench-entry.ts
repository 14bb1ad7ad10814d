// Bundled by test/tools/bench.ts and injected into a page sample: the content script's extraction
// (URL detection + own-account check + every field reader) against one plain DOM walk of the page.
import {contentRootOf} from '../../content-scripts/define-site-readers.js';
import {detectReadablePage} from '../../content-scripts/detect-readable-page.js';
import {readPinned} from '../../content-scripts/dom/current-page-map.js';
import {extractPage, labelsFor} from '../../content-scripts/extract-page.js';
import {siteReaders} from '../../content-scripts/sites/index.js';
import {allWordings, shapes, type ShapeName} from '../hostile-pages.js';
import {growRealistic, realisticSizes} from '../realistic-pages.js';

/**
 * How many runs make a batch last at least `minMs` (performance.now() is coarse: 0.1 ms). The
 * fastest of three tries counts, so one pause (GC, another process) cannot end the search early.
 */
function calibrate(run: () => unknown, minMs: number): number {
	for (let perBatch = 1; ; perBatch *= 2) {
		let fastest = Number.POSITIVE_INFINITY;
		for (let trial = 0; trial < 3; trial++) {
			const start = performance.now();
			for (let index = 0; index < perBatch; index++) {
				run();
			}

			fastest = Math.min(fastest, performance.now() - start);
		}

		if (fastest >= minMs) {
			return perBatch;
		}
	}
}

/** Median (and fastest) per-run time in ms over `batches` batches of calibrated size. */
function median(run: () => unknown, batches: number, minBatchMs: number): {ms: number; fastest: number; perBatch: number} {
	const perBatch = calibrate(run, minBatchMs);
	const times: number[] = [];
	for (let batch = 0; batch < batches; batch++) {
		const start = performance.now();
		for (let index = 0; index < perBatch; index++) {
			run();
		}

		times.push((performance.now() - start) / perBatch);
	}

	times.sort((a, b) => a - b);
	return {ms: times[Math.floor(times.length / 2)]!, fastest: times[0]!, perBatch};
}

type Timed = {ms: number; fastest: number; perBatch: number; paired: number};

/**
 * Median (and fastest) per-run time of each of `runs`, their batches taken in turn: a pause or a
 * burst of load on the machine falls on both sides of a ratio, not on one of them.
 */
function sideBySide(runs: ReadonlyArray<() => unknown>, batches: number, minBatchMs: number): Timed[] {
	const perBatch = runs.map(run => calibrate(run, minBatchMs));
	const times = runs.map((): number[] => []);
	for (let batch = 0; batch < batches; batch++) {
		runs.forEach((run, which) => {
			const start = performance.now();
			for (let index = 0; index < perBatch[which]!; index++) {
				run();
			}

			times[which]!.push((performance.now() - start) / perBatch[which]!);
		});
	}

	// Each batch against the last run's batch (the walk) taken beside it, the median of those: what a drift in the machine's speed leaves alone.
	const middle = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
	return times.map((each, which) => {
		const paired = middle(each.map((ms, batch) => ms / times[runs.length - 1]![batch]!));
		const sorted = [...each].sort((a, b) => a - b);
		return {ms: sorted[Math.floor(sorted.length / 2)]!, fastest: sorted[0]!, perBatch: perBatch[which]!, paired};
	});
}

function walkAll(): number {
	const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
	let count = 0;
	while (walker.nextNode()) {
		count++;
	}

	return count;
}

/** Where each run changes the page: the content root, found once (the search is not the extraction's). */
let changed: Element | undefined;

function contentRoot(): Element | null {
	const detected = detectReadablePage(siteReaders, location.href);
	return detected ? contentRootOf(detected.siteReaders, document) : null;
}

/**
 * A change to the page, as between two real readings: nothing from the previous run is reused. A
 * node added and taken away inside the content root also drops the browser's cached lists (tag and
 * selector counts) of the root and of everything around it, as a page's own updates do.
 */
function changePage(): void {
	document.documentElement.toggleAttribute('data-bench-run');
	changed ??= contentRoot() ?? document.body;
	changed.append(document.createElement('i'));
	changed.lastChild!.remove();
}

/** The part of a reading no page kind can skip: the own-account check and the content root, on a changed page. */
function checkOnce() {
	changePage();
	const detected = detectReadablePage(siteReaders, location.href)!;
	return readPinned(document, () => [detected.siteReaders.identify(document, detected.page.owner), contentRootOf(detected.siteReaders, document)]);
}

function extractOnce() {
	changePage();
	const detected = detectReadablePage(siteReaders, location.href);
	return detected ? extractPage(detected, document) : undefined;
}

(globalThis as unknown as {overshareBench: unknown}).overshareBench = {
	/** Grows the page by hostile shapes (test/hostile-pages.ts), as a page's own script could; returns the node count. */
	grow(grown: Array<[ShapeName, number]>) {
		const detected = detectReadablePage(siteReaders, location.href)!;
		const root = contentRootOf(detected.siteReaders, document)!;
		for (const [shape, size] of grown) {
			shapes[shape](document, root, size, allWordings(labelsFor(detected.siteReaders, document) ?? {}));
		}

		return walkAll();
	},
	/** Grows the page to a realistic size for its kind (test/realistic-pages.ts); returns the node count. */
	realistic() {
		const detected = detectReadablePage(siteReaders, location.href)!;
		const root = contentRootOf(detected.siteReaders, document)!;
		growRealistic(document, root, detected.site.id, realisticSizes[detected.page.owner]);
		return walkAll();
	},
	/** Where an extraction's time goes (ms, fastest of a few): detection, own-account check, content root, the rest. */
	phases(batches: number, minBatchMs: number) {
		const detected = detectReadablePage(siteReaders, location.href)!;
		const time = (run: () => unknown) => median(run, batches, minBatchMs).fastest;
		return {
			detect: time(() => detectReadablePage(siteReaders, location.href)),
			identify: time(() => detected.siteReaders.identify(document, detected.page.owner)),
			root: time(() => contentRootOf(detected.siteReaders, document)),
			all: time(extractOnce),
		};
	},
	/** run(), with the own-account check and the content root (checkOnce) timed beside the extraction and the walk. */
	realisticRun(batches: number, minBatchMs: number) {
		const reading = extractOnce();
		const [extract, check, walk] = sideBySide([extractOnce, checkOnce, walkAll], batches, minBatchMs) as [Timed, Timed, Timed];
		return {status: reading?.status ?? 'not detected', extractMs: extract.ms, walkMs: walk.ms, ratio: extract.paired, checkRatio: check.paired};
	},
	run(batches: number, minBatchMs: number) {
		const reading = extractOnce();
		const [extract, walk] = sideBySide([extractOnce, walkAll], batches, minBatchMs) as [Timed, Timed];
		return {
			status: reading?.status ?? 'not detected', nodes: walkAll(), extractMs: extract.ms, walkMs: walk.ms,
			fastestExtractMs: extract.fastest, fastestWalkMs: walk.fastest, runs: [extract.perBatch, walk.perBatch],
		};
	},
};
