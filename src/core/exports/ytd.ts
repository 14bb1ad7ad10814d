/**
 * X's archive files are JavaScript, not JSON: `window.YTD.<name>.part0 = [ … ]` (platform-pages.md §7,
 * H: Cyd's importXArchive strips this prefix). This takes the prefix off a stream of text and hands
 * the rest on; a file that does not start so is not one of X's.
 */
const prefix = /^\s*window\.YTD\.[A-Za-z0-9_]+\.part\d+\s*=\s*/;
const maxPrefix = 200;

export class YtdError extends Error {}

export function ytdText(next: {write(text: string): void; end(): void}): {write(text: string): void; end(): void} {
	let head = '';
	let started = false;
	return {
		write(text) {
			if (started) {
				next.write(text);
				return;
			}

			head += text;
			const match = prefix.exec(head);
			if (match && match[0].length < head.length) {
				started = true;
				next.write(head.slice(match[0].length));
				head = '';
			} else if (head.length > maxPrefix) {
				throw new YtdError('not an X archive file');
			}
		},
		end() {
			if (!started) {
				throw new YtdError('not an X archive file');
			}

			next.end();
		},
	};
}
