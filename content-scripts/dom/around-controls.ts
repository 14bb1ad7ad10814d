/**
 * The part of a root without a landmark that holds the page's controls: the smallest element inside
 * `root` enclosing every match of the first of `controls` that matches anything, and its parent (a
 * group's heading or a row's description can sit beside the controls' own container) unless that is
 * the root. `root` itself when nothing matches or the controls are spread over it.
 *
 * Why: Strava's, TikTok's and YouTube's settings pages have no documented landmark, so their content
 * root is the body, and a reading walked the whole app shell (navigation, subscriptions, contacts) to
 * find a few switches: 7–17 walks of a 100k-node page (bench (g)). Where the controls are is asked of
 * the browser instead: each selector asked is a search of the whole page (about 0.8 of a walk), so
 * they are asked in order and the first that finds controls decides. extract-page.ts reads a field
 * again over the whole root when it comes out unknown here (a control of another kind, a label
 * elsewhere), so the narrower part only ever saves time: it never hides a label.
 */
export function aroundControls(root: Element, controls: readonly string[]): Element {
	for (const selector of controls) {
		let scope: Element | undefined;
		for (const control of root.querySelectorAll(selector)) {
			scope ??= control;
			while (scope !== root && !scope.contains(control)) {
				scope = scope.parentElement ?? root;
			}

			if (scope === root) {
				return root;
			}
		}

		if (scope) {
			const parent = scope.parentElement;
			return parent && parent !== root ? parent : scope;
		}
	}

	return root;
}
