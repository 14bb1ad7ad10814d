/** Quiet time after the last change before the page is read again: one re-read per user action. */
const settleMs = 400;

/**
 * Calls `onChange` (debounced) when the user changes a control: attribute changes a site makes to
 * its switches and buttons inside `root`, new rows there, and native inputs anywhere on the page
 * (whose `.checked` or selected option changes no attribute, hence the change listener). Inputs are
 * heard page-wide because a site's settings dialog can sit outside its main region (X's "Edit
 * profile", whose birth date selects are read there); a change event only follows a user's input.
 * Returns the function that stops watching; nothing is watched after the page is left.
 */
export function watchControls(root: Element, onChange: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const changed = () => {
		clearTimeout(timer);
		timer = setTimeout(onChange, settleMs);
	};

	const observer = new MutationObserver(changed);
	observer.observe(root, {subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-checked', 'aria-label', 'aria-selected', 'checked', 'value']});
	const page = root.ownerDocument;
	page.addEventListener('change', changed, true);
	return () => {
		clearTimeout(timer);
		observer.disconnect();
		page.removeEventListener('change', changed, true);
	};
}
