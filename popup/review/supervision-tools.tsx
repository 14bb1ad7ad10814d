import {ExternalLink} from '../external-link.js';
import * as r from './review-strings.js';

/** The platforms' own supervision tools: offered as optional next steps, never required. */
export function SupervisionTools() {
	return (
		<details class="tools no-print">
			<summary><h2>{r.toolsTitle}</h2></summary>
			<p>{r.toolsIntro}</p>
			<ul>
				{r.tools.map(tool => (
					<li key={tool.name}>
						<strong>{tool.name}</strong>
						<p>{tool.how}</p>
						{tool.url && <ExternalLink href={tool.url}>{r.toolLink}</ExternalLink>}
					</li>
				))}
			</ul>
		</details>
	);
}
