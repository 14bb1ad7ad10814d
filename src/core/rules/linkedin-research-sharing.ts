import {linkedinSwitchRule} from './linkedin-switch-rule.js';

// Your data made available, anonymized, to outside researchers and policy partners (Data privacy ›
// "Social, economic and workplace research", switch allowAnonymizedDataResearch, platform-pages-3.md
// §5.3, H-ish): shared beyond the platform, TP-04.
export default linkedinSwitchRule({id: 'linkedin-research-sharing', ref: 'TP-04', family: 'third-party', field: 'researchDataSharing', page: 'research', confidence: 'M'});
