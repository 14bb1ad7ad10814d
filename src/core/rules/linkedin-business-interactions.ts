import {linkedinSwitchRule} from './linkedin-switch-rule.js';

// What businesses know of you off LinkedIn (your email on their lists, visits, purchases) matched to
// your account for ads (Advertising data › "Interactions with businesses", switch
// allowUseOfThirdPartyData, platform-pages-3.md §5.3, H-ish): off-platform activity linked, TP-02.
export default linkedinSwitchRule({id: 'linkedin-business-interactions', ref: 'TP-02', family: 'third-party', field: 'adsFromBusinessInteractions', page: 'ads-business-interactions', confidence: 'M'});
