/** Quiet time after the last change before the page is read again: one re-read per user action. */
const settleMs = 400;

/**
 * Calls `onChange` (debounced) when the user changes a control inside `root`: attribute changes a
 * site makes to its switches and buttons, new rows, and native inputs (whose `.checked` changes no
 * attribute, hence the change listener). Returns the function that stops watching; nothing is
 * watched outside `root`, and nothing after the page is left.
 */
export function watchControls(root: Element, onChange: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const changed = () => {
		clearTimeout(timer);
		timer = setTimeout(onChange, settleMs);
	};

	const observer = new MutationObserver(changed);
	observer.observe(root, {subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-checked', 'aria-label', 'aria-selected', 'checked', 'value']});
	root.addEventListener('change', changed, true);
	return () => {
		clearTimeout(timer);
		observer.disconnect();
		root.removeEventListener('change', changed, true);
	};
}
