import {csvRows} from './csv-rows.js';
import type {EntryFormat, EntryHandler} from './export-platform.js';
import type {ExportEntry, ExportSource} from './export-source.js';
import {ExportLimitError, type ExportLimits} from './limits.js';
import {jsonScanner} from './json-scanner.js';
import {ytdText} from './ytd.js';

/** Bytes read so far from the whole download, shared by its entries (the total limit). */
export type ReadBudget = {used: number};

/**
 * Streams one entry through its format's reader: bytes decoded as UTF-8 as they come, counted against
 * the limits, parsed by syntax. Throws on damaged text (JsonError, CsvError, YtdError), on a limit
 * (ExportLimitError) and on cancel (the signal's reason). `onBytes` reports progress, and may pause
 * the reading (it is awaited).
 */
export async function readEntry(
	source: ExportSource, entry: ExportEntry, format: EntryFormat, handler: EntryHandler,
	{limits, budget, signal, onBytes}: {limits: ExportLimits; budget: ReadBudget; signal?: AbortSignal; onBytes?: (bytes: number) => void | Promise<void>},
): Promise<void> {
	const sink = format.syntax === 'csv'
		? csvRows(fields => handler.row?.(fields))
		: jsonScanner((path, value) => handler.value?.(path, value), {onOpen: handler.open, onClose: handler.close});
	const text = format.syntax === 'ytd' ? ytdText(sink) : sink;
	const decoder = new TextDecoder('utf-8', {fatal: false, ignoreBOM: false});
	let read = 0;
	for await (const chunk of source.open(entry.path, signal)) {
		signal?.throwIfAborted();
		read += chunk.byteLength;
		budget.used += chunk.byteLength;
		if (read > limits.entryBytes) {
			throw new ExportLimitError('entryBytes');
		}

		if (budget.used > limits.totalBytes) {
			throw new ExportLimitError('totalBytes');
		}

		if (entry.packedSize !== undefined && read > limits.ratioFrom && read > limits.ratio * Math.max(entry.packedSize, 1)) {
			throw new ExportLimitError('ratio');
		}

		text.write(decoder.decode(chunk, {stream: true}));
		// Awaited: the page's progress callback is where it gives the browser a moment to paint and take clicks.
		await onBytes?.(chunk.byteLength);
	}

	text.write(decoder.decode());
	text.end();
}
