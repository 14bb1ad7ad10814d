import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {linkedinFix, xFix} from './fix-steps.js';

export default defineRule({
	id: 'ai-training',
	ref: 'TP-05',
	family: 'third-party',
	reads: ['aiTrainingAllowed'],
	severity: severityFor('low', 'medium'),
	title: 'Your posts and data train the site\'s AI models',
	why: 'X switched Grok training on for every account by default in July 2024 (Reclaim The Net, 2024-07-26), LinkedIn did the same in September 2024 (LinkedIn Help a6278444), and opting out does not undo past training.',
	okText: 'Your data is not used to train the site\'s AI models.',
	judge: ({aiTrainingAllowed}) => (aiTrainingAllowed.value ? risk('Your posts, profile and AI chats may be used for AI training') : ok),
	fixes: {x: xFix('settings-grok', ['Data sharing and personalization', 'Grok & Third-party Collaborators'],
		'Turn off "Allow your public data … to be used for training and fine-tuning", and delete your Grok conversation history.', 'H'),
		linkedin: linkedinFix('data-for-ai', ['Data privacy', 'Data for Generative AI Improvement'],
			'Turn off "Use my data for training content creation AI models".', '2025-11', 'H')},
	examples: {risky: [{aiTrainingAllowed: known(true)}], ok: [{aiTrainingAllowed: known(false)}]},
});
